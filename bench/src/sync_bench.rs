//! Sharing a department between laptops, measured: what a laptop's first share holds when it
//! starts to share a department of a given size, how long another laptop takes to take it in,
//! the time to take in 10,000 changes, the size of a day of typical use in the folder, and a
//! laptop joining after a long history: by replaying every file, and from a snapshot.

use std::time::Instant;

use eshkol_core::{
    Store,
    forums::{MeetingInput, Template},
    generate::Scale,
    directory::{OrganizationInput, OrganizationKind},
    visits::VisitInput,
};

use crate::{Result, verdict};

/// Bytes of every file under `dir`.
fn folder_bytes(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| {
                    if e.path().is_dir() {
                        folder_bytes(&e.path())
                    } else {
                        e.metadata().map(|m| m.len()).unwrap_or(0)
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

fn line(what: &str, value: f64, unit: &str, limit: Option<f64>) {
    match limit {
        Some(limit) => println!(
            "{what:<52} {value:>10.1} {unit:<3} limit {limit:>8.1}   ratio {:>5.2}  {}",
            value / limit,
            verdict(value / limit)
        ),
        None => println!("{what:<52} {value:>10.1} {unit}"),
    }
}

/// Run on a department of `factor` × a district.
pub fn run(factor: f64) -> Result {
    let work = tempfile::tempdir()?;
    let folder = work.path().join("shared");
    std::fs::create_dir(&folder)?;
    let mut manager = Store::open(&work.path().join("manager.sqlite3"))?;
    manager.generate(Scale::DISTRICT.times(factor))?;
    let people = manager.people(false)?.len();

    let started = Instant::now();
    let join = manager.create_department("manager")?;
    manager.send_changes(&folder)?.ok_or("nothing to send")?;
    let recorded = started.elapsed().as_secs_f64();
    let changes = manager.changes_since(None)?.len();
    line(
        &format!("start sharing {people} people: record and write"),
        recorded,
        "s",
        None,
    );
    line("  changes in the first share", changes as f64, "", None);
    line(
        "  size of the first share's files",
        folder_bytes(&folder) as f64 / 1e6,
        "MB",
        None,
    );

    let mut coordinator = Store::open(&work.path().join("coordinator.sqlite3"))?;
    coordinator.join_department(&join, "coordinator", false)?;
    let started = Instant::now();
    let received = coordinator.receive_changes(&folder)?;
    let seconds = started.elapsed().as_secs_f64();
    line("  a joining laptop takes it in", seconds, "s", None);
    line(
        "  changes taken in per second",
        received.changes as f64 / seconds.max(1e-9),
        "/s",
        None,
    );

    // About 10,000 changes to take in: 1,430 organizations added, seven cells each.
    for i in 0..1_430 {
        coordinator.add_organization(&OrganizationInput {
            sector: None,
            name: format!("ארגון {i}"),
            kind: Some(OrganizationKind::Partner),
            notes: String::new(),
        })?;
    }
    coordinator.send_changes(&folder)?;
    let started = Instant::now();
    let got = manager.receive_changes(&folder)?;
    line(
        &format!("take in {} changes", got.changes),
        started.elapsed().as_secs_f64(),
        "s",
        Some(10.0),
    );

    // A day of typical use on one laptop, sent every hour: visits, minutes typed, edits.
    let before = folder_bytes(&folder);
    let settlements: Vec<String> = manager
        .clusters(false)?
        .into_iter()
        .flat_map(|c| c.settlements.into_iter().map(|s| s.id))
        .take(30)
        .collect();
    let purpose = manager.visit_purposes()?[0].id.clone();
    let visitor = manager.people(false)?[0].id.clone();
    let mut forum = manager.forum_template(Template::Authority);
    forum.name = "פורום היום".into();
    let forum = manager.save_forum(None, &forum)?;
    let meetings: Vec<String> = (0..3)
        .map(|i| {
            manager.save_meeting(
                None,
                &forum,
                &MeetingInput {
                    date: format!("2026-12-0{}", i + 1),
                    ..Default::default()
                },
            )
        })
        .collect::<eshkol_core::Result<_>>()?;
    for hour in 0..8 {
        for settlement in settlements.iter().skip(hour * 4).take(4) {
            manager.save_visit(
                None,
                &VisitInput {
                    settlement_id: settlement.clone(),
                    date: "2026-12-01".into(),
                    purpose_id: purpose.clone(),
                    visitors: vec![visitor.clone()],
                    summary: "ביקור שגרתי, שיחה עם הרכזת ועם בני הנוער על פעילות החורף.".into(),
                    ..Default::default()
                },
            )?;
        }
        if hour < 3 {
            let mut text = String::new();
            for word in 0..200 {
                text.push_str(&format!("דיון בנושא ההסעות {word}. "));
                manager.set_minutes(&meetings[hour], &text)?;
            }
        }
        manager.send_changes(&folder)?;
    }
    line(
        "a day of typical use in the folder (8 files)",
        (folder_bytes(&folder) - before) as f64 / 1e3,
        "KB",
        None,
    );

    // A long history, as the window makes it: the minutes of 200 meetings typed live, 50 saves
    // each, sent after every save as the five-second round does (10,000 files), and the minutes
    // of up to 2,000 meetings rewritten twice. Then a laptop joins by replaying every file, and
    // another from a snapshot.
    let ids: Vec<String> = manager
        .connection()
        .prepare("SELECT id FROM meetings WHERE approved_at IS NULL ORDER BY id LIMIT 2000")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let started = Instant::now();
    for id in ids.iter().take(200) {
        let mut text = String::new();
        for save in 0..50 {
            for word in 0..6 {
                text.push_str(&format!("סיכום{} ", (save * 6 + word) % 97));
            }
            manager.set_minutes(id, &text)?;
            manager.send_changes(&folder)?;
        }
    }
    for round in 0..2 {
        for id in &ids {
            let text: String = (0..300)
                .map(|w| format!("מילה{} ", (w * 7 + round) % 97))
                .collect();
            manager.set_minutes(id, &text)?;
        }
        manager.send_changes(&folder)?;
    }
    line(
        &format!(
            "history: 200 minutes typed live, {} rewritten twice",
            ids.len()
        ),
        started.elapsed().as_secs_f64(),
        "s",
        None,
    );
    let history = manager.changes_since(None)?.len();
    line("  changes the department holds", history as f64, "", None);
    line(
        "  size of the folder",
        folder_bytes(&folder) as f64 / 1e6,
        "MB",
        None,
    );

    let mut replaying = Store::open(&work.path().join("replaying.sqlite3"))?;
    replaying.join_department(&join, "replaying", false)?;
    let started = Instant::now();
    let got = replaying.receive_changes(&folder)?;
    line(
        &format!("join by replaying every file ({} changes)", got.changes),
        started.elapsed().as_secs_f64(),
        "s",
        None,
    );
    // The five-second round on a laptop that has read them all: nothing new among the files.
    let files = std::fs::read_dir(folder.join(format!("eshkol-{}", join.department_id)))?
        .filter_map(|e| e.ok())
        .map(|e| std::fs::read_dir(e.path()).map(|d| d.count()).unwrap_or(0))
        .sum::<usize>();
    let started = Instant::now();
    replaying.receive_changes(&folder)?;
    line(
        &format!("  a round with nothing new among {files} files"),
        started.elapsed().as_secs_f64() * 1e3,
        "ms",
        None,
    );

    let before = folder_bytes(&folder);
    let started = Instant::now();
    manager.write_snapshot(&folder)?;
    line(
        "write a snapshot",
        started.elapsed().as_secs_f64(),
        "s",
        None,
    );
    line(
        "  its size",
        (folder_bytes(&folder) - before) as f64 / 1e6,
        "MB",
        None,
    );
    let mut late = Store::open(&work.path().join("late.sqlite3"))?;
    late.join_department(&join, "late", false)?;
    let started = Instant::now();
    let got = late.receive_changes(&folder)?;
    if got.snapshot.is_none() {
        return Err("the late laptop did not start from the snapshot".into());
    }
    line(
        &format!("join from the snapshot ({} changes)", got.changes),
        started.elapsed().as_secs_f64(),
        "s",
        None,
    );
    let same = late.counts()? == replaying.counts()?;
    println!("  the two joined laptops hold the same records: {same}");
    Ok(())
}
