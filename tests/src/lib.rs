//! Shared by the workspace tests (nothing yet).
