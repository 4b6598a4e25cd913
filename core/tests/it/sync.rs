//! Laptops of one department taking in each other's changes: every laptop ends with the same
//! records whatever order the changes arrive in, with duplicates and delays, and nothing
//! anyone wrote is lost from the record. Volunteers and their lists of settlements and
//! capabilities are among the records, edited on any laptop.

use std::collections::HashSet;

use eshkol_core::{
    Store,
    directory::RecordKind,
    forums::{AgendaItemInput, MeetingInput, MemberInput, Template},
    directory::*,
    search::SearchQuery,
    sync::Change,
    visits::VisitInput,
};

use crate::common;

/// A small deterministic generator (xorshift), so a failing seed can be run again.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SHARED: &[&str] = &[
    "organizations",
    "clusters",
    "settlements",
    "settlement_youth_movements",
    "people",
    "forums",
    "forum_members",
    "meetings",
    "agenda_items",
    "attendance",
    "visits",
    "visit_staff",
    "emergency_capabilities",
    "volunteers",
    "volunteer_settlements",
    "volunteer_capabilities",
];

/// Every row of the shared tables, in a fixed order, as text.
fn rows(store: &Store) -> Vec<String> {
    let conn = store.connection();
    let mut out = Vec::new();
    for table in SHARED {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let columns = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                Ok((0..columns)
                    .map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort();
        out.extend(rows.into_iter().map(|r| format!("{table}: {r}")));
    }
    out
}

/// The conflicts, as stamps: the same changes whatever a laptop calls the others.
fn conflicts(store: &Store) -> Vec<(String, String, String, String, Vec<String>)> {
    store
        .conflicts()
        .unwrap()
        .into_iter()
        .map(|c| {
            (
                c.table,
                c.key,
                c.column,
                c.shown.stamp,
                c.others.into_iter().map(|o| o.stamp).collect(),
            )
        })
        .collect()
}

/// The rows waiting for a row they refer to.
fn waiting(store: &Store) -> Vec<(String, String)> {
    let conn = store.connection();
    let mut stmt = conn
        .prepare("SELECT tbl, pk FROM sync_waiting ORDER BY tbl, pk")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn ids(store: &Store, table: &str) -> Vec<String> {
    let conn = store.connection();
    let mut stmt = conn
        .prepare(&format!("SELECT id FROM {table} ORDER BY id"))
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// One random thing a person might do on laptop `who`. Refusals (a cluster that still has
/// settlements, say) are part of a real day too, and change nothing.
fn act(store: &mut Store, rng: &mut Random, who: usize, step: usize) {
    let tag = format!("{who}-{step}");
    let clusters = ids(store, "clusters");
    let settlements = ids(store, "settlements");
    let people = ids(store, "people");
    let organizations = ids(store, "organizations");
    let forums = ids(store, "forums");
    let meetings = ids(store, "meetings");
    let visits = ids(store, "visits");
    let _ = match rng.below(17) {
        // Emergency capabilities added, and volunteers made or edited on any laptop: where
        // they act and what they can do, lists two laptops may change at once.
        14 | 15 => {
            let capabilities = ids(store, "emergency_capabilities");
            if capabilities.len() < 3 || rng.chance(20) {
                store
                    .save_emergency_capability(
                        None,
                        &eshkol_core::emergency::CapabilityInput {
                            name: format!("יכולת {tag}"),
                            emergency_cluster: "emotional".into(),
                        },
                    )
                    .map(drop)
            } else {
                match (rng.pick(&people).cloned(), rng.pick(&settlements).cloned()) {
                    (Some(person), Some(settlement)) => {
                        let chosen: Vec<String> = capabilities
                            .iter()
                            .filter(|_| rng.chance(40))
                            .cloned()
                            .collect();
                        store
                            .save_volunteer(
                                &eshkol_core::emergency::VolunteerInput {
                                    person_id: Some(person),
                                    reach: eshkol_core::emergency::Reach {
                                        settlements: vec![settlement],
                                        ..Default::default()
                                    },
                                    capabilities: chosen,
                                    confirmed_on: format!("2026-11-{:02}", 1 + rng.below(28)),
                                    ..Default::default()
                                },
                                true,
                            )
                            .map(drop)
                    }
                    _ => Ok(()),
                }
            }
        }
        0 => store
            .add_cluster(&ClusterInput {
                name: format!("אשכול {tag}"),
                region: Some(Region::North),
                ..Default::default()
            })
            .map(drop),
        1 => store
            .add_organization(&OrganizationInput {
                sector: None,
                name: format!("תנועה {tag}"),
                kind: Some(OrganizationKind::YouthMovement),
                notes: String::new(),
            })
            .map(drop),
        2 => match rng.pick(&clusters).cloned() {
            Some(cluster) => store
                .add_settlement(&SettlementInput {
                    name: format!("יישוב {tag}"),
                    kind: Some(SettlementKind::Kibbutz),
                    cluster_id: Some(cluster),
                    youth_movement_ids: rng.pick(&organizations).cloned().into_iter().collect(),
                    ..Default::default()
                })
                .map(drop),
            None => Ok(()),
        },
        3 => store
            .add_person(&PersonInput {
                full_name: format!("אדם {tag}"),
                cluster_id: rng.pick(&clusters).cloned(),
                ..Default::default()
            })
            .map(drop),
        // Edits of one field of a record: two laptops often edit the same one.
        4 => match rng.pick(&people).cloned() {
            Some(id) => {
                let mut person = store.person(&id).unwrap();
                if rng.chance(50) {
                    person.role_title = format!("תפקיד {tag}");
                } else {
                    person.notes = format!("הערה {tag}");
                }
                store
                    .save_person(
                        Some(&id),
                        &PersonInput {
                            full_name: person.full_name,
                            role_title: person.role_title,
                            organization_id: person.organization_id,
                            cluster_id: person.cluster_id,
                            settlement_id: person.settlement_id,
                            office_phone: person.office_phone,
                            mobile: person.mobile,
                            email: person.email,
                            notes: person.notes,
                            active: person.active,
                        },
                        true,
                    )
                    .map(drop)
            }
            None => Ok(()),
        },
        5 => match rng.pick(&settlements).cloned() {
            Some(id) => {
                let s = store.settlement(&id).unwrap();
                store
                    .save_settlement(
                        Some(&id),
                        &SettlementInput {
                            name: format!("{} ({tag})", s.name),
                            kind: Some(s.kind),
                            cluster_id: Some(s.cluster_id),
                            local_coordinator_id: rng.pick(&people).cloned(),
                            children_count: s.children_count.into(),
                            children_participating: s.children_participating.into(),
                            youth_count: s.youth_count.into(),
                            youth_participating: s.youth_participating.into(),
                            youth_movement_ids: rng
                                .pick(&organizations)
                                .cloned()
                                .into_iter()
                                .collect(),
                            notes: s.notes,
                        },
                    )
                    .map(drop)
            }
            None => Ok(()),
        },
        6 => match rng.pick(&people).cloned() {
            Some(id) => store.set_archived(RecordKind::Person, &id, rng.chance(70)),
            None => Ok(()),
        },
        7 => match rng.pick(&clusters).cloned() {
            Some(id) => store.set_archived(RecordKind::Cluster, &id, rng.chance(50)),
            None => Ok(()),
        },
        8 => {
            let mut input = store.forum_template(Template::Authority);
            input.name = format!("פורום {tag}");
            input.members = rng
                .pick(&people)
                .map(|p| MemberInput {
                    person_id: p.clone(),
                    role: "חבר".into(),
                })
                .into_iter()
                .collect();
            store.save_forum(None, &input).map(drop)
        }
        9 => match rng.pick(&forums).cloned() {
            Some(forum) => store
                .save_meeting(
                    None,
                    &forum,
                    &MeetingInput {
                        date: format!("2026-12-{:02}", 1 + rng.below(28)),
                        ..Default::default()
                    },
                )
                .map(drop),
            None => Ok(()),
        },
        // Visits logged, and one logged by mistake removed with who went.
        12 => match (rng.pick(&settlements).cloned(), rng.pick(&people).cloned()) {
            (Some(settlement), Some(person)) => store
                .save_visit(
                    None,
                    &VisitInput {
                        settlement_id: settlement,
                        date: "2026-11-29".into(),
                        purpose_id: store.visit_purposes().unwrap()[0].id.clone(),
                        visitors: vec![person],
                        summary: format!("ביקור {tag}"),
                        ..Default::default()
                    },
                )
                .map(drop),
            _ => Ok(()),
        },
        13 => match rng.pick(&visits).cloned() {
            Some(visit) => store.remove_visit(&visit),
            None => Ok(()),
        },
        // Minutes typed on two laptops at once, and agenda items added and removed.
        10 => match rng.pick(&meetings).cloned() {
            Some(meeting) => store.set_minutes(&meeting, &format!("פרוטוקול {tag}")),
            None => Ok(()),
        },
        _ => match rng.pick(&meetings).cloned() {
            Some(meeting) => {
                let items = store.meeting(&meeting).unwrap().agenda;
                match rng.pick(&items) {
                    Some(item) if rng.chance(40) => store.remove_agenda_item(&item.id),
                    _ => store
                        .save_agenda_item(
                            &meeting,
                            None,
                            &AgendaItemInput {
                                title: format!("נושא {tag}"),
                                ..Default::default()
                            },
                        )
                        .map(drop),
                }
            }
            None => Ok(()),
        },
    };
}

/// `changes` as another laptop might receive them: some of them, in any order, some twice.
fn scrambled(rng: &mut Random, changes: &[Change]) -> Vec<Change> {
    let mut out: Vec<Change> = changes.iter().filter(|_| rng.chance(70)).cloned().collect();
    let twice: Vec<Change> = out.iter().filter(|_| rng.chance(10)).cloned().collect();
    out.extend(twice);
    for i in (1..out.len()).rev() {
        out.swap(i, rng.below(i + 1));
    }
    out
}

/// A change by what tells it apart.
type Key = (String, String, String, String);

fn key(c: &Change) -> Key {
    (c.stamp.clone(), c.tbl.clone(), c.pk.clone(), c.col.clone())
}

/// Four laptops act and hear from each other at random; a fifth and a sixth join midway from a
/// snapshot of another (the sixth, maybe, from the fifth's), and from then on hear only the
/// changes their snapshot did not cover, as the files would bring them.
fn run(seed: u64, laptops: usize, steps: usize) -> usize {
    let mut rng = Random(seed);
    let mut stores: Vec<Store> = (0..laptops)
        .map(|i| {
            let mut store = Store::open_in_memory().unwrap();
            store.start_sharing(&format!("מחשב {i}")).unwrap();
            store
        })
        .collect();
    // The changes each laptop's snapshot covered: they never reach it again.
    let mut covered: Vec<HashSet<Key>> = vec![HashSet::new(); laptops];
    let deliver =
        |stores: &mut Vec<Store>, covered: &[HashSet<Key>], to: usize, changes: Vec<Change>| {
            let changes: Vec<Change> = changes
                .into_iter()
                .filter(|c| !covered[to].contains(&key(c)))
                .collect();
            stores[to].apply_changes(&changes).unwrap();
        };
    for step in 0..steps {
        if step == steps / 3 || step == 2 * steps / 3 {
            let from = rng.below(stores.len());
            let mut joiner = Store::open_in_memory().unwrap();
            joiner
                .start_sharing(&format!("מחשב {}", stores.len()))
                .unwrap();
            assert!(joiner.starts_afresh().unwrap());
            joiner
                .take_snapshot(&stores[from].snapshot().unwrap())
                .unwrap();
            let mut skip = covered[from].clone();
            skip.extend(stores[from].changes_since(None).unwrap().iter().map(key));
            covered.push(skip);
            stores.push(joiner);
        }
        let who = rng.below(stores.len());
        act(&mut stores[who], &mut rng, who, step);
        // Now and then a laptop hears part of what another one knows (partitions and delays
        // are the times it does not).
        if rng.chance(30) {
            let from = rng.below(stores.len());
            let to = rng.below(stores.len());
            if from != to {
                let changes = scrambled(&mut rng, &stores[from].changes_since(None).unwrap());
                deliver(&mut stores, &covered, to, changes);
            }
        }
    }
    // In the end everyone hears everything, in an order of their own.
    for _ in 0..2 {
        for to in 0..stores.len() {
            for from in 0..stores.len() {
                if from != to {
                    let mut changes = stores[from].changes_since(None).unwrap();
                    for i in (1..changes.len()).rev() {
                        changes.swap(i, rng.below(i + 1));
                    }
                    deliver(&mut stores, &covered, to, changes);
                }
            }
        }
    }
    let first = rows(&stores[0]);
    let listed = conflicts(&stores[0]);
    let known = stores[0].changes_since(None).unwrap();
    assert!(
        first.len() > 10,
        "seed {seed}: too little happened to prove anything"
    );
    for (i, store) in stores.iter().enumerate() {
        let these = rows(store);
        let only_here: Vec<&String> = these.iter().filter(|r| !first.contains(r)).collect();
        let only_there: Vec<&String> = first.iter().filter(|r| !these.contains(r)).collect();
        assert!(
            only_here.is_empty() && only_there.is_empty(),
            "seed {seed}: laptop {i} differs from laptop 0:\n{only_here:#?}\nlaptop 0 has:\n{only_there:#?}"
        );
        // A laptop that started from a snapshot holds less: what was replaced before it.
        let held = store.changes_since(None).unwrap();
        if i < laptops {
            assert_eq!(held, known, "seed {seed}: laptop {i} knows other changes");
        } else {
            assert!(
                held.iter().all(|c| known.contains(c)),
                "seed {seed}: laptop {i} holds a change no other does"
            );
        }
        let conn = store.connection();
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok");
        let dangling: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(
            dangling, 0,
            "seed {seed}: laptop {i} has rows referring to none"
        );
        assert_eq!(
            conflicts(store),
            listed,
            "seed {seed}: laptop {i} lists other conflicts"
        );
        // Rows may still wait only for a row that is gone (a visit removed on one laptop while
        // another added who went on it), and then on every laptop alike.
        assert_eq!(
            waiting(store),
            waiting(&stores[0]),
            "seed {seed}: laptop {i} waits for other rows"
        );
    }
    // The search index follows on every laptop by its own triggers.
    let found = |store: &Store| {
        let query = SearchQuery {
            text: "אדם".into(),
            include_sensitive: false,
        };
        store.search(&query).unwrap().total()
    };
    let expected = found(&stores[0]);
    for store in &stores {
        assert_eq!(found(store), expected, "seed {seed}: search differs");
    }
    // How many changes the snapshots left out.
    stores[laptops..]
        .iter()
        .map(|s| known.len() - s.changes_since(None).unwrap().len())
        .sum()
}

#[test]
fn four_laptops_end_with_the_same_records_whatever_order_changes_arrive_in() {
    // Two threads, each half of the seeds: the test threads are free by the time this long
    // test is the one still running.
    let left_out: usize = std::thread::scope(|scope| {
        let halves = [1..=10u64, 11..=20u64].map(|seeds| {
            scope.spawn(move || seeds.map(|seed| run(seed * 7919, 4, 150)).sum::<usize>())
        });
        halves.into_iter().map(|h| h.join().unwrap()).sum()
    });
    // The laptops that joined from snapshots held less and still showed the same.
    assert!(
        left_out > 100,
        "the snapshots left out only {left_out} changes"
    );
}

#[test]
fn a_change_taken_twice_is_taken_once() {
    let mut a = Store::open_in_memory().unwrap();
    let mut b = Store::open_in_memory().unwrap();
    a.start_sharing("א").unwrap();
    b.start_sharing("ב").unwrap();
    a.add_cluster(&ClusterInput {
        name: "צפון".into(),
        region: Some(Region::North),
        ..Default::default()
    })
    .unwrap();
    let changes = a.changes_since(None).unwrap();
    let first = b.apply_changes(&changes).unwrap();
    let again = b.apply_changes(&changes).unwrap();
    assert_eq!((first.new, first.known), (changes.len(), 0));
    assert_eq!((again.new, again.known), (0, changes.len()));
    assert_eq!(b.clusters(false).unwrap().len(), 1);
}

#[test]
fn edits_of_two_fields_of_one_record_on_two_laptops_both_survive() {
    let mut a = Store::open_in_memory().unwrap();
    let mut b = Store::open_in_memory().unwrap();
    a.start_sharing("א").unwrap();
    b.start_sharing("ב").unwrap();
    let id = a
        .add_person(&PersonInput {
            full_name: "דנה לוי".into(),
            ..Default::default()
        })
        .unwrap();
    b.apply_changes(&a.changes_since(None).unwrap()).unwrap();
    let mut on_a = PersonInput {
        full_name: "דנה לוי".into(),
        role_title: "רכזת".into(),
        ..Default::default()
    };
    a.save_person(Some(&id), &on_a, false).unwrap();
    on_a.role_title.clear();
    let on_b = PersonInput {
        full_name: "דנה לוי".into(),
        notes: "נפגשנו בכפר".into(),
        ..Default::default()
    };
    b.save_person(Some(&id), &on_b, false).unwrap();
    a.apply_changes(&b.changes_since(None).unwrap()).unwrap();
    b.apply_changes(&a.changes_since(None).unwrap()).unwrap();
    for store in [&a, &b] {
        let person = store.person(&id).unwrap();
        assert_eq!(
            (person.role_title.as_str(), person.notes.as_str()),
            ("רכזת", "נפגשנו בכפר")
        );
    }
}

#[test]
fn a_laptop_that_does_not_share_records_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .add_cluster(&ClusterInput {
            name: "צפון".into(),
            region: Some(Region::North),
            ..Default::default()
        })
        .unwrap();
    assert!(store.changes_since(None).unwrap().is_empty());
    // Starting to share records what is there as it stands.
    store.start_sharing("המחשב של מיכל").unwrap();
    let changes = store.changes_since(None).unwrap();
    assert!(
        changes
            .iter()
            .any(|c| c.tbl == "clusters" && c.col == "name")
    );
    assert!(
        changes.iter().all(|c| c.stamp == changes[0].stamp),
        "one stamp for what was there"
    );
}

#[test]
fn the_same_field_changed_on_two_laptops_is_a_conflict_on_both_until_one_is_chosen() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), (_b, mut coordinator), _) = common::department();
    let id = manager
        .add_person(&PersonInput {
            full_name: "דנה לוי".into(),
            ..Default::default()
        })
        .unwrap();
    manager.send_changes(shared.path()).unwrap();
    coordinator.receive_changes(shared.path()).unwrap();
    // The same field on both laptops, neither seeing the other; another field on one only.
    let on = |role: &str, notes: &str| PersonInput {
        full_name: "דנה לוי".into(),
        role_title: role.into(),
        notes: notes.into(),
        ..Default::default()
    };
    manager
        .save_person(Some(&id), &on("רכזת אשכול", ""), false)
        .unwrap();
    coordinator
        .save_person(Some(&id), &on("רכזת נוער", "נפגשנו"), false)
        .unwrap();
    manager.send_changes(shared.path()).unwrap();
    coordinator.send_changes(shared.path()).unwrap();
    manager.receive_changes(shared.path()).unwrap();
    coordinator.receive_changes(shared.path()).unwrap();
    for store in [&manager, &coordinator] {
        let conflicts = store.conflicts().unwrap();
        assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
        let c = &conflicts[0];
        assert_eq!(
            (c.table.as_str(), c.key.as_str(), c.column.as_str()),
            ("people", id.as_str(), "role_title")
        );
        let mut values: Vec<(Option<String>, String)> = std::iter::once(&c.shown)
            .chain(&c.others)
            .map(|v| (v.value.clone(), v.laptop.clone()))
            .collect();
        values.sort();
        assert_eq!(
            values,
            [
                (Some("רכזת אשכול".to_owned()), "המחשב של מיכל".to_owned()),
                (Some("רכזת נוער".to_owned()), "המחשב של רוני".to_owned()),
            ]
        );
        assert_eq!(
            store.person(&id).unwrap().role_title,
            c.shown.value.clone().unwrap()
        );
        assert_eq!(
            store.person(&id).unwrap().notes,
            "נפגשנו",
            "the other field is no conflict"
        );
        assert!(c.shown.at.ends_with('Z'));
    }
    // The manager chooses the value that was not shown; the choice reaches the other laptop.
    let loser = manager.conflicts().unwrap()[0].others[0].value.clone();
    manager
        .resolve_conflict("people", &id, "role_title", loser.as_deref())
        .unwrap();
    assert!(manager.conflicts().unwrap().is_empty());
    manager.send_changes(shared.path()).unwrap();
    coordinator.receive_changes(shared.path()).unwrap();
    for store in [&manager, &coordinator] {
        assert!(store.conflicts().unwrap().is_empty());
        assert_eq!(Some(store.person(&id).unwrap().role_title), loser);
    }
}

#[test]
fn minutes_approved_on_one_laptop_keep_the_approval_and_a_late_edit_waits_among_the_conflicts() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), (_b, mut coordinator), _) = common::department();
    let meeting = common::meeting(&mut manager);
    manager
        .set_minutes(&meeting, "הוחלט על קו הסעה נוסף.")
        .unwrap();
    manager.send_changes(shared.path()).unwrap();
    coordinator.receive_changes(shared.path()).unwrap();
    // The manager approves; before the approval reaches her, the coordinator edits the minutes.
    manager.approve_minutes(&meeting, "מיכל אבירם").unwrap();
    coordinator
        .set_minutes(&meeting, "הוחלט על שני קווי הסעה.")
        .unwrap();
    coordinator.send_changes(shared.path()).unwrap();
    manager.send_changes(shared.path()).unwrap();
    manager.receive_changes(shared.path()).unwrap();
    coordinator.receive_changes(shared.path()).unwrap();
    for store in [&manager, &coordinator] {
        let m = store.meeting(&meeting).unwrap();
        assert!(m.locked, "the approval holds");
        assert_eq!(
            m.minutes, "הוחלט על קו הסעה נוסף.",
            "the approved text is shown"
        );
        let conflicts = store.conflicts().unwrap();
        let late = conflicts
            .iter()
            .find(|c| c.table == "meetings" && c.column == "minutes")
            .expect("the late edit is kept");
        assert_eq!(late.shown.value.as_deref(), Some("הוחלט על קו הסעה נוסף."));
        assert_eq!(
            late.others[0].value.as_deref(),
            Some("הוחלט על שני קווי הסעה.")
        );
        assert_eq!(late.others[0].laptop, "המחשב של רוני");
    }
    // An amendment made after the approval is shown everywhere.
    manager
        .amend_minutes(&meeting, "מיכל אבירם", "תיקון", "הוחלט על שני קווי הסעה.")
        .unwrap();
    manager.send_changes(shared.path()).unwrap();
    coordinator.receive_changes(shared.path()).unwrap();
    for store in [&manager, &coordinator] {
        assert_eq!(
            store.meeting(&meeting).unwrap().minutes,
            "הוחלט על שני קווי הסעה."
        );
        assert_eq!(store.meeting(&meeting).unwrap().amendments.len(), 1);
    }
}
