//! The output pasted under the main-job command in the READMEs is what the
//! command prints today.

mod support;

use support::errcat;

/// The `text` block that follows the block holding `command` in `readme`.
fn pasted_output<'a>(readme: &'a str, command: &str) -> &'a str {
    let after_command = readme.find(command).map(|at| &readme[at..]).expect("the README shows the command");
    let block = after_command.find("```text\n").expect("the README shows the command's output") + "```text\n".len();
    let output = &after_command[block..];
    &output[..output.find("```").expect("the output block is closed")]
}

#[test]
fn readmes_show_the_real_output_of_the_main_job() {
    let run = errcat(&["lookup", "-61"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for readme in ["../README.md", "README.md"] {
        let text = std::fs::read_to_string(support::package_path(readme)).expect("the README exists");
        assert_eq!(
            pasted_output(&text, "cargo run --release -- lookup -61"),
            run.stdout,
            "{readme}: paste the output of `cargo run --release -- lookup -61` again"
        );
    }
}
