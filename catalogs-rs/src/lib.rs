//! Five real error-code catalogues declared with `errcat` (in progress).
