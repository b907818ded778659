//! The content editors' command: `verifier` checks the content folder and prints each problem with
//! its file, line and field; `rapport` lists every cited fact with its source, oldest check first.
//! Usage: cargo run -q -p sitegen --bin contenu -- verifier|rapport [dossier content]

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    // `cargo run` starts in the project's folder.
    let dir = args.next().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("content"));
    if command != "verifier" && command != "rapport" {
        eprintln!("usage : contenu verifier|rapport [dossier content]");
        return ExitCode::FAILURE;
    }
    match guide_domain::content::load(&dir) {
        Ok(content) => {
            if command == "rapport" {
                let base = dir.parent().map(PathBuf::from).unwrap_or_default();
                print!("{}", guide_domain::content::facts_table(&content, &base));
            } else {
                println!(
                    "Contenu valide : {} fiches, {} diplômes.",
                    content.catalog.profiles.len(),
                    content.catalog.diplomas.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprint!("{}", guide_domain::content::report(&errors));
            eprintln!("{} problème(s) à corriger.", errors.len());
            ExitCode::FAILURE
        }
    }
}
