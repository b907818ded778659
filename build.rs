//! Validates content/ and compiles the catalogue into the app. Invalid content stops the build
//! with one line per problem: file, line, field.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    println!("cargo:rerun-if-changed={}", dir.display());
    match guide_domain::content::load(&dir) {
        Ok(content) => {
            for file in &content.files {
                println!("cargo:rerun-if-changed={}", file.display());
            }
            let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalog.rs");
            std::fs::write(out, guide_domain::content::catalog_source(&content)).unwrap();
        }
        Err(errors) => {
            for e in &errors {
                println!("cargo:warning={e}");
            }
            eprint!("{}", guide_domain::content::report(&errors));
            panic!("le contenu n'est pas valide : {} problème(s), voir ci-dessus", errors.len());
        }
    }
}
