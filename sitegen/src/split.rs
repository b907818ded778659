//! Splits the app's wasm at its `#[lazy]` points (each page is one), so that a first visit loads the
//! framework, the layout and the page it opens, not every page. Trunk cannot do it (trunk-rs/trunk#1022):
//! the splitter must read the linker's output, relocations included, before wasm-bindgen drops them.
//! So this step starts again from cargo's artifact, which trunk has just built, and replaces trunk's
//! wasm-bindgen output under the same file names:
//!
//! 1. `wasm_split_cli_support` (the splitter Leptos and cargo-leptos use, pinned by Cargo.lock next to
//!    the `wasm_split_helpers` that leptos links) writes the main module, one module per page, chunks
//!    of code shared by several pages, and the JavaScript that loads them;
//! 2. wasm-bindgen runs on the main module, as trunk did on the whole;
//! 3. in release builds, wasm-opt shrinks every module (trunk's own pass is off: `data-wasm-opt="0"`).
//!
//! The page modules sit in a folder named after the build (`decoupe-<hash>/`): their file names are
//! fixed by the splitter, and a host or a browser must never mix two builds' modules.

use std::path::{Path, PathBuf};
use std::process::Command;

const CRATE: &str = "metiers-soin";

pub fn split(out: &Path, release: bool) -> Result<(), String> {
    let stem = trunk_output_stem(out)?;
    let raw = raw_artifact(release);
    let input = std::fs::read(&raw).map_err(|e| format!("lecture de {} : {e}", raw.display()))?;
    let hash = stem.trim_start_matches(CRATE).trim_start_matches('-');
    let folder = format!("decoupe-{hash}");
    let work = out.join(".decoupe");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(work.join(&folder)).map_err(|e| e.to_string())?;
    let main_wasm = work.join("main.wasm");
    let link_name = format!("./{folder}/chargeur.js");
    let main_module = format!("../{stem}.js");
    let split = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = &work;
        options.main_out_path = &main_wasm;
        options.link_name = &link_name;
        options.main_module = &main_module;
        options
    })
    .map_err(|e| format!("découpage du wasm ({}) : {e:?}", raw.display()))?;

    // The loader fetches each module next to itself.
    for module in &split.split_modules {
        let name = module.file_name().expect("a module file");
        std::fs::rename(module, work.join(&folder).join(name)).map_err(|e| e.to_string())?;
    }
    run(Command::new("wasm-bindgen")
        .arg(&main_wasm)
        .args(["--out-dir"])
        .arg(out)
        .args(["--out-name", &stem, "--target", "web", "--no-typescript", "--keep-lld-exports"])
        .args(if release { &[][..] } else { &["--debug", "--keep-debug"][..] }))?;
    let final_folder = out.join(&folder);
    let _ = std::fs::remove_dir_all(&final_folder);
    std::fs::rename(work.join(&folder), &final_folder).map_err(|e| e.to_string())?;
    std::fs::remove_dir_all(&work).map_err(|e| e.to_string())?;
    if release {
        let mut modules = vec![out.join(format!("{stem}_bg.wasm"))];
        for entry in std::fs::read_dir(&final_folder).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            let size = std::fs::metadata(&path).map_err(|e| e.to_string())?.len();
            if path.extension().is_some_and(|e| e == "wasm") && size >= WORTH_OPTIMISING {
                modules.push(path);
            }
        }
        optimise(&modules)?;
    }
    Ok(())
}

/// wasm-opt (binaryen's npm build) takes half a second to start: the many small modules of shared code,
/// already shrunk by LLVM, would cost minutes for a few bytes.
const WORTH_OPTIMISING: u64 = 2048;

/// Runs wasm-opt on the modules, as many at a time as the machine has cores.
fn optimise(modules: &[PathBuf]) -> Result<(), String> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(module) = modules.get(i) else { return Ok(()) };
                    run(Command::new("wasm-opt").arg("-Oz").args(WASM_FEATURES).arg(module).arg("-o").arg(module))?;
                })
            })
            .collect();
        handles.into_iter().try_for_each(|h| h.join().unwrap_or_else(|_| Err("wasm-opt : fil interrompu".into())))
    })
}

/// What the wasm32 target emits since Rust 1.87; the page modules never went through wasm-bindgen, which
/// would otherwise tell wasm-opt.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Trunk names its output `metiers-soin-<hash>.js`; the split output keeps that name, so that
/// index.html's loader, preload links and the service worker's list need no other change.
fn trunk_output_stem(out: &Path) -> Result<String, String> {
    for entry in std::fs::read_dir(out).map_err(|e| e.to_string())? {
        let name = entry.map_err(|e| e.to_string())?.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix("_bg.wasm") {
            if stem.starts_with(CRATE) {
                return Ok(stem.to_string());
            }
        }
    }
    Err(format!("pas de {CRATE}-*_bg.wasm dans {}", out.display()))
}

/// Cargo's own output for the wasm target, which trunk has just built (same target folder rules as cargo).
fn raw_artifact(release: bool) -> PathBuf {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| crate::root().join("target"));
    let target = if target.is_relative() { crate::root().join(target) } else { target };
    target.join("wasm32-unknown-unknown").join(if release { "release" } else { "debug" }).join(format!("{CRATE}.wasm"))
}

/// Runs a tool quietly (wasm-opt warns about every name subsection it does not know); its output is
/// shown only when it fails.
fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let output = command.output().map_err(|e| format!("{shown} : {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{shown} a échoué ({}) :\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}
