//! What saving durably costs: a save is synced to the disk before it is reported
//! (`synchronous = FULL`, `store/mod.rs`). Measured beside `NORMAL`, which survives a crash of
//! Eshkol but not a power cut: minutes saved as they are typed, and a contact-list import.

use std::time::Instant;

use eshkol_core::{
    Store,
    directory::import::ImportSession,
    forums::{MeetingInput, Template},
};

use crate::Result;

/// Milliseconds at the 50th and 95th percentile of `samples`.
fn percentiles(mut samples: Vec<f64>) -> (f64, f64) {
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95))
}

/// Run in a new folder: `saves` minutes saves and an import of `rows` people, each with the
/// log synced (FULL) and not (NORMAL).
pub fn run(saves: usize, rows: usize) -> Result {
    let dir = tempfile::tempdir()?;
    let mut csv = String::from("שם,תפקיד,טלפון,נייד,מייל\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "איש קשר {i},רכז/ת,04-{:07},050-{:07},import{i}@example.org\n",
            1_000_000 + i,
            2_000_000 + i
        ));
    }
    println!("{:<44} {:>9} {:>9}", "", "p50 ms", "p95 ms");
    for mode in ["NORMAL", "FULL"] {
        let mut store = Store::open(&dir.path().join(format!("minutes-{mode}.sqlite3")))?;
        store
            .connection()
            .pragma_update(None, "synchronous", mode)?;
        let mut forum = store.forum_template(Template::Authority);
        forum.name = "פורום".into();
        let forum = store.save_forum(None, &forum)?;
        let meeting = store.save_meeting(
            None,
            &forum,
            &MeetingInput {
                date: "2026-12-01".into(),
                ..Default::default()
            },
        )?;
        let mut text = String::new();
        let mut samples = Vec::with_capacity(saves);
        for i in 0..saves {
            text.push_str(&format!("מילה{i} "));
            let started = Instant::now();
            store.set_minutes(&meeting, &text)?;
            samples.push(started.elapsed().as_secs_f64() * 1e3);
        }
        let (p50, p95) = percentiles(samples);
        println!(
            "{:<44} {p50:>9.2} {p95:>9.2}",
            format!("minutes saved as typed, {mode} ({saves} saves)")
        );

        let mut fresh = Store::open(&dir.path().join(format!("import-{mode}.sqlite3")))?;
        fresh
            .connection()
            .pragma_update(None, "synchronous", mode)?;
        let started = Instant::now();
        let (session, preview) = ImportSession::open(&mut fresh, "contacts.csv", csv.as_bytes())?;
        let created = session.commit(&mut fresh, &preview.mapping)?.created;
        println!(
            "{:<44} {:>9.0}",
            format!("import {created} people, {mode}"),
            started.elapsed().as_secs_f64() * 1e3
        );
    }
    Ok(())
}
