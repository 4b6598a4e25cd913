//! Another laptop of the department, driven from the command line: what the end-to-end tests
//! and the Syncthing test use to stand for a colleague's Eshkol beside the one in the window.
//!
//! ```text
//! laptop <db> create <folder> <name> <join-file> [--sample]
//! laptop <db> join <folder> <join-file> <name>
//! laptop <db> add-cluster <name>
//! laptop <db> rename-cluster <old name> <new name>
//! laptop <db> log-visit <settlement> <summary>
//! laptop <db> sync
//! laptop <db> snapshot  (send, then write a snapshot into the shared folder now)
//! laptop <db> show      (clusters, visit summaries, conflicts, as JSON)
//! ```

use std::{path::Path, process::ExitCode};

use eshkol_core::{
    Store,
    directory::{ClusterInput, Region},
    sync::JoinFile,
    visits::VisitInput,
};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            if !out.is_empty() {
                println!("{out}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("laptop: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<String, Box<dyn std::error::Error>> {
    let [db, command, rest @ ..] = args else {
        return Err("usage: laptop <db> <command> ...".into());
    };
    let mut store = Store::open(Path::new(db))?;
    let arg = |i: usize| -> Result<&str, String> {
        rest.get(i)
            .map(String::as_str)
            .ok_or_else(|| format!("{command}: missing argument {}", i + 1))
    };
    match command.as_str() {
        "create" => {
            if rest.iter().any(|a| a == "--sample") {
                store.load_sample()?;
            }
            let join = store.create_department_in(Path::new(arg(0)?), arg(1)?)?;
            std::fs::write(arg(2)?, join.to_bytes())?;
        }
        "join" => {
            let join = JoinFile::read(Path::new(arg(1)?))?;
            let got = store.join_department_in(Path::new(arg(0)?), &join, arg(2)?, true)?;
            return Ok(serde_json::to_string(&got)?);
        }
        "add-cluster" => {
            store.add_cluster(&ClusterInput {
                name: arg(0)?.into(),
                region: Some(Region::North),
                ..Default::default()
            })?;
        }
        "rename-cluster" => {
            let cluster = store
                .clusters(true)?
                .into_iter()
                .find(|c| c.name == arg(0).unwrap_or_default())
                .ok_or("no such cluster")?;
            let stored = store.cluster(&cluster.id)?;
            store.save_cluster(
                Some(&cluster.id),
                &ClusterInput {
                    name: arg(1)?.into(),
                    region: Some(stored.region),
                    coordinator_id: stored.coordinator_id,
                    colour: stored.colour,
                    notes: stored.notes,
                },
            )?;
        }
        "log-visit" => {
            let settlement = store
                .clusters(false)?
                .into_iter()
                .flat_map(|c| c.settlements)
                .find(|s| s.name == arg(0).unwrap_or_default())
                .ok_or("no such settlement")?;
            store.save_visit(
                None,
                &VisitInput {
                    settlement_id: settlement.id,
                    date: eshkol_core::today().to_string(),
                    purpose_id: store.visit_purposes()?[0].id.clone(),
                    visitors: vec![
                        store
                            .people(false)?
                            .first()
                            .ok_or("nobody to visit with")?
                            .id
                            .clone(),
                    ],
                    summary: arg(1)?.into(),
                    ..Default::default()
                },
            )?;
        }
        "sync" => return Ok(serde_json::to_string(&store.sync_now()?)?),
        "snapshot" => {
            let folder = store.shared_folder()?;
            store.write_snapshot(&folder)?;
        }
        "show" => {
            let clusters: Vec<String> =
                store.clusters(false)?.into_iter().map(|c| c.name).collect();
            let conflicts = store.conflicts()?;
            let visits: Vec<String> = store
                .recent_visits(1000)?
                .into_iter()
                .map(|v| v.summary)
                .collect();
            return Ok(serde_json::json!({ "clusters": clusters, "visits": visits, "conflicts": conflicts }).to_string());
        }
        other => return Err(format!("unknown command {other}").into()),
    }
    Ok(String::new())
}
