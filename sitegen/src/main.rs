//! Run by trunk after each build (see Trunk.toml) with the staging folder as argument: writes
//! what the app fetches at run time — each profile body as an HTML fragment, the map's data — and the theme
//! stylesheet, fills the site name into the static shell, and adds the `404.html` fallback.

mod split;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = root();
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: sitegen <dossier de sortie>");
        return ExitCode::FAILURE;
    };
    let content = match guide_domain::content::load(&root.join("content")) {
        Ok(content) => content,
        Err(errors) => {
            eprint!("{}", guide_domain::content::report(&errors));
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = split::split(&out, release()) {
        eprintln!("sitegen : {e}");
        return ExitCode::FAILURE;
    }
    if let Err(e) = write_site(&content, &out) {
        eprintln!("sitegen: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn write_site(content: &guide_domain::content::Content, out: &Path) -> std::io::Result<()> {
    let bodies = out.join("contenu/metiers");
    std::fs::create_dir_all(&bodies)?;
    for (slug, html) in &content.bodies {
        std::fs::write(bodies.join(format!("{slug}.html")), html)?;
    }
    let sheets = out.join("contenu/fiches-activite");
    std::fs::create_dir_all(&sheets)?;
    for (slug, html) in &content.sheets {
        std::fs::write(sheets.join(format!("{slug}.html")), html)?;
    }
    std::fs::write(out.join("theme.css"), content.site.theme_css())?;
    let sprite = guide_domain::content::Sprite::of(&content.pictos);
    std::fs::write(out.join(&sprite.file_name), &sprite.svg)?;
    for page in &content.support_pages {
        let folder = out.join("contenu/territoires").join(&page.territory);
        std::fs::create_dir_all(&folder)?;
        std::fs::write(folder.join("accompagnement.html"), &page.html)?;
    }
    // The map's data, loaded only by the map page.
    let map = out.join("contenu/carte");
    std::fs::create_dir_all(&map)?;
    std::fs::write(map.join("fond.svg"), content.map.outline_svg())?;
    std::fs::write(map.join("departements.tsv"), content.map.departements_tsv())?;
    std::fs::write(map.join("centres.tsv"), content.map.centres_tsv())?;
    std::fs::write(map.join("communes.tsv"), content.map.communes_tsv())?;

    let index_path = out.join("index.html");
    let index = std::fs::read_to_string(&index_path)?;
    let index = refresh_integrity(&defer_loader_on_prerendered_pages(&index)?, out)?;
    let index = index
        .replace("__CSP_SCRIPT_HASHES__", &inline_script_hashes(&index).join(" "))
        .replace("__SITE_NAME__", &escape(&content.site.nom))
        .replace("__SITE_DESCRIPTION__", &escape(&content.site.description));
    std::fs::write(&index_path, &index)?;
    // Hosts without rewrite rules serve 404.html for unknown paths: the app then routes itself.
    std::fs::write(out.join("404.html"), &index)?;
    // The bare shell for paths that have no prerendered page (scripts/prerender.mjs fills
    // index.html and the main routes with their content): hosts and the service worker fall back here.
    std::fs::write(out.join("coquille.html"), &index)?;

    let assets = root().join("assets");
    std::fs::copy(assets.join("icone.svg"), out.join("icone.svg"))?;
    let manifest = std::fs::read_to_string(assets.join("manifest.webmanifest"))?
        .replace("__SITE_NAME__", &content.site.nom.replace('"', "'"))
        .replace("__SITE_DESCRIPTION__", &content.site.description.replace('"', "'"))
        .replace("__THEME_COLOR__", &content.site.couleurs.principale);
    std::fs::write(out.join("manifest.webmanifest"), manifest)?;
    // Offline support only for release builds: a worker would get in the way of live reload.
    if release() {
        write_service_worker(out, &assets)?;
    }
    Ok(())
}

fn release() -> bool {
    std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release")
}

/// The project being built: trunk says where it is. The compile-time path is only a fallback, since
/// one binary may serve several checkouts that share a target folder.
fn root() -> PathBuf {
    std::env::var_os("TRUNK_SOURCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."))
}

fn files_below(dir: &Path, prefix: &str, found: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type()?.is_dir() {
            files_below(&entry.path(), &format!("{name}/"), found)?;
        } else {
            found.push(name);
        }
    }
    Ok(())
}

/// The worker precaches every file of this build; its cache version is a hash of them all, so
/// any change to any file makes a new version, and the old caches are dropped on activation.
fn write_service_worker(out: &Path, assets: &Path) -> std::io::Result<()> {
    use sha2::Digest;
    let mut files = Vec::new();
    files_below(out, "", &mut files)?;
    files.retain(|f| !f.ends_with(".br") && !f.ends_with(".gz") && f != "sw.js" && f != "404.html");
    files.sort();
    let mut hasher = sha2::Sha256::new();
    for file in &files {
        hasher.update(file.as_bytes());
        hasher.update(std::fs::read(out.join(file))?);
    }
    let version: String = hasher.finalize().iter().take(6).map(|b| format!("{b:02x}")).collect();
    let list = format!("[{}]", files.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>().join(","));
    let worker =
        std::fs::read_to_string(assets.join("sw.js"))?.replace("__VERSION__", &version).replace("__PRECACHE__", &list);
    std::fs::write(out.join("sw.js"), worker)
}

/// Trunk's loader starts the wasm at once. A page that scripts/prerender.mjs filled is readable
/// without it: let that page paint first, so that the wasm download does not compete with the
/// first paint on a slow connection. The bare shell (nothing to read yet) still starts at once.
fn defer_loader_on_prerendered_pages(html: &str) -> std::io::Result<String> {
    const IMPORT: &str = "import init, * as bindings from '";
    let unexpected =
        || std::io::Error::other("chargeur de trunk inattendu dans index.html (import init, * as bindings …)");
    let start = html.find(IMPORT).ok_or_else(unexpected)?;
    let url_start = start + IMPORT.len();
    let url_len = html[url_start..].find("';").ok_or_else(unexpected)?;
    let url = &html[url_start..url_start + url_len];
    let deferred = format!(
        "if (document.querySelector('#app h1')) await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));\n\
         const bindings = await import('{url}');\nconst init = bindings.default;"
    );
    Ok(format!("{}{deferred}{}", &html[..start], &html[url_start + url_len + 2..]))
}

/// CSP hashes of the inline scripts trunk writes (the wasm loader, and live reload when serving),
/// so the policy allows exactly them without 'unsafe-inline'.
fn inline_script_hashes(html: &str) -> Vec<String> {
    use base64::Engine;
    use sha2::Digest;
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let tag = &after[..open_end];
        let body_and_rest = &after[open_end + 1..];
        let Some(close) = body_and_rest.find("</script>") else { break };
        if !tag.contains(" src=") {
            let digest = sha2::Sha256::digest(&body_and_rest.as_bytes()[..close]);
            hashes.push(format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest)));
        }
        rest = &body_and_rest[close..];
    }
    hashes
}

/// Trunk's subresource-integrity hashes describe the files it wrote; the split step replaced some
/// of them, so every hash is computed again from the file the link points to.
fn refresh_integrity(html: &str, out: &Path) -> std::io::Result<String> {
    use base64::Engine;
    use sha2::Digest;
    const HREF: &str = "href=\"";
    const INTEGRITY: &str = "integrity=\"sha384-";
    let mut result = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link ") {
        let end = rest[start..].find('>').map_or(rest.len(), |e| start + e);
        let tag = &rest[start..end];
        let updated = match (tag.find(HREF), tag.find(INTEGRITY)) {
            (Some(h), Some(i)) => {
                let href = &tag[h + HREF.len()..];
                let href = &href[..href.find('"').unwrap_or(href.len())];
                let file = out.join(href.rsplit('/').next().unwrap_or(href));
                let digest = sha2::Sha384::digest(std::fs::read(&file)?);
                let hash_start = i + INTEGRITY.len();
                let hash_end = hash_start + tag[hash_start..].find('"').unwrap_or(0);
                format!(
                    "{}{}{}",
                    &tag[..hash_start],
                    base64::engine::general_purpose::STANDARD.encode(digest),
                    &tag[hash_end..]
                )
            }
            _ => tag.to_string(),
        };
        result.push_str(&rest[..start]);
        result.push_str(&updated);
        rest = &rest[end..];
    }
    result.push_str(rest);
    Ok(result)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
