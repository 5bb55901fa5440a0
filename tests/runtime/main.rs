//! Runtime tests of the generated API.

mod api;
mod deep;
mod large;
mod placeholders;
