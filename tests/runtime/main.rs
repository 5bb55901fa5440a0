//! Runtime tests of the generated API.
#![deny(warnings)]

mod example;
