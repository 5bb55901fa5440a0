//! Runtime tests of the generated API.

mod api;
mod deep;
mod formatted;
mod large;
mod placeholders;
mod postgresql;
mod string_codes;
