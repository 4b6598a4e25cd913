//! In the real window: start-up to the first painted home screen, and the memory of the whole
//! process tree (the shell and its WebKit processes) once it is painted, for Eshkol on the large
//! database beside a bare Tauri window built with the same profile. Runs alternate between the
//! two so both meet the same machine; medians are compared.

use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::{Duration, Instant},
};

use crate::{Result, verdict};

const RUNS: usize = 5;
const STARTUP_MULTIPLE: f64 = 1.5;
const MEMORY_MULTIPLE: f64 = 1.5;
/// How long after the paint memory is read: long enough for what start-up loaded to settle.
const SETTLE: Duration = Duration::from_millis(1500);

struct Run {
    startup_ms: f64,
    /// Proportional set size of the process tree: shared libraries counted once across it.
    pss_kib: u64,
    rss_kib: u64,
}

fn start(binary: &Path, args: &[&str]) -> Result<Run> {
    let started = Instant::now();
    let mut child = Command::new(binary)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let stderr = child.stderr.take().ok_or("no stderr")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(|l| l.ok()) {
            if line.contains("home screen painted") {
                let _ = tx.send(Instant::now());
            }
        }
    });
    let painted = match rx.recv_timeout(Duration::from_secs(120)) {
        Ok(at) => at,
        Err(_) => {
            stop(&mut child);
            return Err(format!("{} never painted its home screen", binary.display()).into());
        }
    };
    let startup_ms = (painted - started).as_secs_f64() * 1000.0;
    std::thread::sleep(SETTLE);
    let (pss_kib, rss_kib) = tree_memory(child.id())?;
    stop(&mut child);
    Ok(Run {
        startup_ms,
        pss_kib,
        rss_kib,
    })
}

fn stop(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// `pid` and every process descended from it.
fn tree(pid: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(child) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // The parent is the second field after the command name, which is in parentheses.
        if let Some(parent) = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|p| p.parse::<u32>().ok())
        {
            parents.push((child, parent));
        }
    }
    let mut found = vec![pid];
    let mut i = 0;
    while i < found.len() {
        let p = found[i];
        found.extend(parents.iter().filter(|(_, parent)| *parent == p).map(|(c, _)| *c));
        i += 1;
    }
    found
}

fn tree_memory(pid: u32) -> Result<(u64, u64)> {
    let (mut pss, mut rss) = (0, 0);
    for p in tree(pid) {
        let Ok(rollup) = std::fs::read_to_string(format!("/proc/{p}/smaps_rollup")) else {
            continue;
        };
        for line in rollup.lines() {
            let value = || {
                line.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse::<u64>().ok())
                    .unwrap_or(0)
            };
            if line.starts_with("Pss:") {
                pss += value();
            } else if line.starts_with("Rss:") {
                rss += value();
            }
        }
    }
    Ok((pss, rss))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

pub fn run(app: &Path, bare: &Path, database: &Path) -> Result {
    let db = database.to_str().ok_or("the database path is not UTF-8")?;
    // The day's automatic backup made now, as the app's first start of the day would: so no
    // measured start copies the large database in the background.
    eshkol_core::backup::daily_backup(database, eshkol_core::today())?;
    // A first start of each, not counted: the disk cache warms for both alike.
    start(app, &["--db", db])?;
    start(bare, &[])?;
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        ours.push(start(app, &["--db", db])?);
        theirs.push(start(bare, &[])?);
    }
    let page_cache_kib = eshkol_core::store::PAGE_CACHE_KIB as f64;

    let startup = median(ours.iter().map(|r| r.startup_ms).collect());
    let bare_startup = median(theirs.iter().map(|r| r.startup_ms).collect());
    let limit = STARTUP_MULTIPLE * bare_startup;
    println!(
        "{:<44} {:>9.0} ms  bare {:>6.0} ms  limit {:>6.0} ms  ratio {:>5.2}  {}",
        "start-up to the painted home screen",
        startup,
        bare_startup,
        limit,
        startup / limit,
        verdict(startup / limit)
    );
    let pss = median(ours.iter().map(|r| r.pss_kib as f64).collect()) / 1024.0;
    let bare_pss = median(theirs.iter().map(|r| r.pss_kib as f64).collect()) / 1024.0;
    let rss = median(ours.iter().map(|r| r.rss_kib as f64).collect()) / 1024.0;
    let bare_rss = median(theirs.iter().map(|r| r.rss_kib as f64).collect()) / 1024.0;
    let limit = MEMORY_MULTIPLE * bare_pss + page_cache_kib / 1024.0;
    println!(
        "{:<44} {:>9.1} MB  bare {:>6.1} MB  limit {:>6.1} MB  ratio {:>5.2}  {}",
        "memory after the home screen (PSS, tree)",
        pss,
        bare_pss,
        limit,
        pss / limit,
        verdict(pss / limit)
    );
    println!(
        "{:<44} {:>9.1} MB  bare {:>6.1} MB  (RSS counts shared libraries in each process)",
        "  the same as RSS", rss, bare_rss
    );
    println!(
        "  ({RUNS} runs each, alternating; SQLite page cache {:.1} MB)",
        page_cache_kib / 1024.0
    );
    Ok(())
}
