//! Runtime tests of the generated API.

mod api;
mod deep;
mod formatted;
mod large;
mod placeholders;
mod string_codes;
