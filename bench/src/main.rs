//! Eshkol's benchmarks. Figures, never pass/fail timings: each line prints what was measured
//! and its ratio to its limit, and says MISSED where a target is not met.
//!
//!   eshkol-bench generate <db> [--scale F]   the deterministic large database (F × district)
//!   eshkol-bench core <db>                   core queries beside raw SQL, search, PDF, import
//!   eshkol-bench window <app> <bare> <db>    start-up and memory beside a bare Tauri window
//!   eshkol-bench size <binary>               the release binary's size
//!   eshkol-bench sync [--scale F]            sharing: first file, taking in, a day's files
//!   eshkol-bench durable                     what syncing each save to the disk costs

use std::{path::PathBuf, process::ExitCode, time::Instant};

use eshkol_bench::{Result, core_bench, durable_bench, sync_bench, verdict, window};
use eshkol_core::{Store, generate::Scale};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("generate") if args.len() >= 2 => generate(&args[1..]),
        Some("core") if args.len() == 2 => core_bench::run(&PathBuf::from(&args[1]), core_bench::Settings::FULL),
        Some("emergency") if args.len() == 2 => core_bench::run_emergency(&PathBuf::from(&args[1])),
        Some("window") if args.len() == 4 => window::run(
            &PathBuf::from(&args[1]),
            &PathBuf::from(&args[2]),
            &PathBuf::from(&args[3]),
        ),
        Some("size") if args.len() == 2 => size(&PathBuf::from(&args[1])),
        Some("sync") => match args.get(1..) {
            Some([flag, f]) if flag == "--scale" => f.parse().map_err(Into::into).and_then(sync_bench::run),
            _ => sync_bench::run(0.05),
        },
        Some("durable") => durable_bench::run(300, 20_000),
        _ => Err("usage: eshkol-bench generate <db> [--scale F] | core <db> | emergency <db> | window <app> <bare> <db> | size <binary> | sync [--scale F] | durable".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eshkol-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn generate(args: &[String]) -> Result {
    let path = PathBuf::from(&args[0]);
    let factor: f64 = match args.get(1..) {
        Some([flag, f]) if flag == "--scale" => f.parse()?,
        Some([]) | None => 1.0,
        _ => return Err("generate <db> [--scale F]".into()),
    };
    if path.exists() {
        return Err(format!("{} exists: generate only into a new file", path.display()).into());
    }
    let scale = Scale::DISTRICT.times(factor);
    println!(
        "generating {} at {factor} × district scale: {scale:?}",
        path.display()
    );
    let started = Instant::now();
    let mut store = Store::open(&path)?;
    store.generate(scale)?;
    store
        .connection()
        .execute_batch("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);")?;
    drop(store);
    let bytes = std::fs::metadata(&path)?.len();
    println!(
        "generated in {:.1} s: {:.0} MB",
        started.elapsed().as_secs_f64(),
        bytes as f64 / 1e6
    );
    Ok(())
}

fn size(binary: &PathBuf) -> Result {
    const LIMIT: f64 = 20.0 * 1024.0 * 1024.0;
    let bytes = std::fs::metadata(binary)?.len() as f64;
    println!(
        "{:<44} {:>9.1} MB   limit {:>7.1} MB   ratio {:>5.2}  {}",
        "release binary size",
        bytes / 1024.0 / 1024.0,
        LIMIT / 1024.0 / 1024.0,
        bytes / LIMIT,
        verdict(bytes / LIMIT)
    );
    Ok(())
}
