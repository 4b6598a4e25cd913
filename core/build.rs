//! Embeds every `locales/<lang>/*.ftl` file into the crate, so that Rust and the UI read the
//! same Fluent sources and adding a file needs no code change.
use std::{env, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let locales = manifest.join("..").join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut entries = Vec::new();
    let mut dirs: Vec<_> = fs::read_dir(&locales)
        .expect("locales/ beside core/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    dirs.sort_by_key(|e| e.file_name());
    for dir in dirs {
        println!("cargo:rerun-if-changed={}", dir.path().display());
        let lang = dir.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let abs = file.canonicalize().unwrap();
            entries.push(format!(
                "    FtlSource {{ lang: {lang:?}, file: {name:?}, text: include_str!({:?}) }},\n",
                abs.display().to_string()
            ));
        }
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("locales.rs");
    fs::write(
        out,
        format!(
            "pub static SOURCES: &[FtlSource] = &[\n{}];\n",
            entries.concat()
        ),
    )
    .unwrap();
}
