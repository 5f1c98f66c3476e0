//! `cargo xtask`: see the library's documentation for the commands.

use std::process::ExitCode;

fn main() -> ExitCode {
    xtask::run(std::env::args_os()).into()
}
