//! `errcat`: look up, explain, search, export, import and check error-code
//! catalogues.

/// Reading a catalogue makes millions of small allocations (tokens, syntax
/// trees, strings); mimalloc serves them in about half the time glibc's
/// allocator takes.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    errcat_cli::main()
}
