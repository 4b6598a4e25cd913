//! Search through the core API: every kind of record is found, by part of a word and across
//! Hebrew prefix letters; the index follows every write in the same transaction; hostile
//! queries are plain text; sensitive notes only on request.

use eshkol_core::{
    Error, Store,
    error::Field,
    forums::{ActionItemInput, DecisionInput, GapInput, MeetingInput, Template},
    model::Id, directory::{ClusterInput, PersonInput, Region, SettlementInput, SettlementKind},
    search::{MAX_QUERY_CHARS, SearchKind, SearchQuery, SearchResults},
    visits::VisitInput,
};

use crate::common;
use common::store;

const SECRET: &str = "חשדלהזנחה";

struct Records {
    person: Id,
    settlement: Id,
    forum: Id,
    meeting: Id,
    decision: Id,
    action: Id,
    gap: Id,
    visit: Id,
}

fn department(store: &mut Store) -> Records {
    let person = store
        .add_person(&PersonInput {
            full_name: "רבקה אבוטבול".into(),
            role_title: "רכזת נוער".into(),
            email: "rivka@example.org".into(),
            ..Default::default()
        })
        .unwrap();
    let cluster = store
        .save_cluster(
            None,
            &ClusterInput {
                name: "אשכול גליל".into(),
                region: Some(Region::North),
                ..Default::default()
            },
        )
        .unwrap();
    let settlement = store
        .save_settlement(
            None,
            &SettlementInput {
                name: "כפר ורדים".into(),
                kind: Some(SettlementKind::Community),
                cluster_id: Some(cluster),
                notes: "מועדון הנוער ליד בית העם".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let mut input = store.forum_template(Template::Authority);
    input.name = "פורום שותפות מעלות".into();
    let forum = store.save_forum(None, &input).unwrap();
    let meeting = store
        .save_meeting(
            None,
            &forum,
            &MeetingInput {
                date: "2026-10-12".into(),
                start_time: "18:00".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .set_minutes(
            &meeting,
            "נציג מהמועצה הציג את תוכנית הקיץ. הוחלט לבדוק הסעות.",
        )
        .unwrap();
    let decision = store
        .save_decision(
            &meeting,
            None,
            &DecisionInput {
                text: "לאשר תקציב לשיפוץ המקלט".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let action = store
        .save_action_item(
            &meeting,
            None,
            &ActionItemInput {
                what: "להזמין הסעות לטיול השנתי".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let gap = store
        .save_gap(
            &meeting,
            None,
            &GapInput {
                what: "חסר מדריך לשכבת ט".into(),
                mechanism: "גיוס דרך תנועת הנוער".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let visit = store
        .save_visit(
            None,
            &VisitInput {
                settlement_id: settlement.clone(),
                date: "2026-11-03".into(),
                purpose_id: store.visit_purposes().unwrap()[0].id.clone(),
                visitors: vec![person.clone()],
                people_met: "המזכירות".into(),
                summary: "שיחה על חוגי אומנות בבית".into(),
                sensitive_notes: Some(format!("דיווח: {SECRET}")),
            },
        )
        .unwrap();
    Records {
        person,
        settlement,
        forum,
        meeting,
        decision,
        action,
        gap,
        visit,
    }
}

fn search(store: &Store, text: &str) -> SearchResults {
    store
        .search(&SearchQuery {
            text: text.into(),
            include_sensitive: false,
        })
        .unwrap()
}

/// (kind, id) of every hit.
fn found(results: &SearchResults) -> Vec<(SearchKind, String)> {
    results
        .groups
        .iter()
        .flat_map(|g| g.hits.iter().map(|h| (h.kind, h.id.clone())))
        .collect()
}

#[test]
fn every_kind_of_record_is_found_and_says_where_it_opens() {
    let (_dir, mut store) = store();
    let r = department(&mut store);
    let one = |text: &str, kind: SearchKind, id: &Id| {
        let results = search(&store, text);
        assert!(
            found(&results).contains(&(kind, id.clone())),
            "{text} should find {kind:?}: {results:?}"
        );
        results
    };
    one("אבוטבול", SearchKind::Person, &r.person);
    one("RIVKA@", SearchKind::Person, &r.person);
    one("ורדים", SearchKind::Settlement, &r.settlement);
    one("שותפות", SearchKind::Forum, &r.forum);
    let minutes = one("תוכנית הקיץ", SearchKind::Minutes, &r.meeting);
    let hit = &minutes.groups[0].hits[0];
    assert_eq!(hit.meeting_id.as_deref(), Some(r.meeting.as_str()));
    assert_eq!(hit.title, "פורום שותפות מעלות");
    assert_eq!(hit.date.as_deref(), Some("2026-10-12"));
    let decision = one("המקלט", SearchKind::Decision, &r.decision);
    assert_eq!(
        decision.groups[0].hits[0].meeting_id.as_deref(),
        Some(r.meeting.as_str())
    );
    one("הסעות לטיול", SearchKind::ActionItem, &r.action);
    one("מדריך", SearchKind::Gap, &r.gap);
    one("גיוס", SearchKind::Gap, &r.gap);
    let visit = one("אומנות", SearchKind::Visit, &r.visit);
    let hit = &visit.groups[0].hits[0];
    assert_eq!(hit.visit_id.as_deref(), Some(r.visit.as_str()));
    assert_eq!(hit.title, "כפר ורדים");
}

#[test]
fn hebrew_prefix_letters_do_not_hide_a_word() {
    let (_dir, mut store) = store();
    let r = department(&mut store);
    // The text has מהמועצה; the query the bare word.
    let results = search(&store, "מועצה");
    assert_eq!(
        found(&results),
        vec![(SearchKind::Minutes, r.meeting.clone())]
    );
    let h = &results.groups[0].hits[0].snippet;
    assert_eq!(h.matched, "מועצה");
    assert!(h.before.ends_with("נציג מה"), "{h:?}");
    // The text has בית (and בבית); the query לבית.
    let results = search(&store, "לבית");
    let hits = found(&results);
    assert!(
        hits.contains(&(SearchKind::Settlement, r.settlement.clone())),
        "{hits:?}"
    );
    assert!(
        hits.contains(&(SearchKind::Visit, r.visit.clone())),
        "{hits:?}"
    );
    assert_eq!(results.groups[0].hits[0].snippet.matched, "בית");
    // All the words must be there, in any order.
    assert_eq!(
        found(&search(&store, "הקיץ נציג")),
        vec![(SearchKind::Minutes, r.meeting.clone())]
    );
    assert!(search(&store, "הקיץ חורף").groups.is_empty());
}

#[test]
fn a_match_in_the_name_is_marked_in_the_name() {
    let (_dir, mut store) = store();
    let r = department(&mut store);
    let results = search(&store, "רבקה");
    let hit = &results.groups[0].hits[0];
    assert_eq!((hit.kind, &hit.id), (SearchKind::Person, &r.person));
    assert!(hit.in_title);
    assert_eq!(hit.snippet.matched, "רבקה");
    assert_eq!(hit.snippet.text(), "רבקה אבוטבול");
}

#[test]
fn the_index_follows_every_write_in_the_same_transaction() {
    let (_dir, mut store) = store();
    let r = department(&mut store);
    // An edit: the old words go, the new ones come.
    store
        .set_minutes(&r.meeting, "סיכום: נבחר רכז חדש")
        .unwrap();
    assert!(search(&store, "הקיץ").groups.is_empty());
    assert_eq!(
        found(&search(&store, "רכז חדש")),
        vec![(SearchKind::Minutes, r.meeting.clone())]
    );
    // A removal.
    store.remove_decision(&r.decision).unwrap();
    assert!(search(&store, "המקלט").groups.is_empty());
    store.remove_visit(&r.visit).unwrap();
    assert!(search(&store, "אומנות").groups.is_empty());
    // A refused write leaves the index as it was: the person's name may not be empty.
    let before = found(&search(&store, "אבוטבול"));
    assert!(
        store
            .save_person(
                Some(&r.person),
                &PersonInput {
                    full_name: " ".into(),
                    ..Default::default()
                },
                false,
            )
            .is_err()
    );
    assert_eq!(found(&search(&store, "אבוטבול")), before);
    // Written by another tool (the sqlite3 command line), the index still follows.
    store
        .connection()
        .execute(
            "UPDATE settlements SET notes = 'חדר מחשבים חדש' WHERE id = ?1",
            [&r.settlement],
        )
        .unwrap();
    assert_eq!(
        found(&search(&store, "מחשבים")),
        vec![(SearchKind::Settlement, r.settlement.clone())]
    );
}

#[test]
fn sensitive_notes_only_when_asked_for() {
    let (_dir, mut store) = store();
    let r = department(&mut store);
    let plain = search(&store, SECRET);
    assert!(plain.groups.is_empty(), "{plain:?}");
    let json = serde_json::to_string(&search(&store, "ורדים")).unwrap();
    assert!(!json.contains(SECRET), "{json}");
    let asked = store
        .search(&SearchQuery {
            text: SECRET.into(),
            include_sensitive: true,
        })
        .unwrap();
    let hit = &asked.groups[0].hits[0];
    assert_eq!(
        (hit.kind, &hit.id, hit.sensitive),
        (SearchKind::Visit, &r.visit, true)
    );
    assert_eq!(hit.snippet.matched, SECRET);
}

#[test]
fn hostile_queries_are_plain_text() {
    let (_dir, mut store) = store();
    department(&mut store);
    for text in [
        "",
        "   ",
        "\"",
        "\"\"\"",
        "*",
        "OR",
        "AND OR NOT",
        "NEAR(a b)",
        "title:רבקה",
        "{title body}: x",
        "'; DROP TABLE people; --",
        "% _ \\",
        "<script>alert(1)</script>",
        "\u{202E}\u{2066}\u{0000}\u{0007}",
        "2026-02-30",
        "א",
        "אב",
    ] {
        let results = store
            .search(&SearchQuery {
                text: text.into(),
                include_sensitive: true,
            })
            .unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
        assert!(results.total() <= 8, "{text:?}");
    }
    // Two letters are looked for too, without the index.
    assert!(!search(&store, "אב").groups.is_empty());
    // A query as long as a book is refused with a message that says what to do.
    let long = "מ".repeat(100_000);
    let error = store
        .search(&SearchQuery {
            text: long,
            include_sensitive: false,
        })
        .unwrap_err();
    assert!(matches!(
        error,
        Error::TooLong {
            field: Field::Query,
            max
        } if max as usize == MAX_QUERY_CHARS
    ));
    assert!(error.localize(store.messages()).contains("200"));
    let people: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM people", [], |r| r.get(0))
        .unwrap();
    assert_eq!(people, 1);
}

#[test]
fn results_are_grouped_by_kind_with_a_count_beyond_the_first_twenty() {
    let (_dir, mut store) = store();
    for n in 0..25 {
        store
            .add_person(&PersonInput {
                full_name: format!("מדריך מספר {n}"),
                ..Default::default()
            })
            .unwrap();
    }
    let results = search(&store, "מדריך");
    assert_eq!(results.groups.len(), 1);
    assert_eq!(results.groups[0].kind, SearchKind::Person);
    assert_eq!(results.groups[0].total, 25);
    assert_eq!(results.groups[0].hits.len(), 20);
    // Newest first.
    assert_eq!(results.groups[0].hits[0].title, "מדריך מספר 24");
}

#[test]
fn the_sample_department_is_searchable_after_loading() {
    let (_dir, mut store) = store();
    store.load_sample().unwrap();
    let people: usize = store.people(false).unwrap().len();
    let indexed: i64 = store
        .connection()
        .query_row(
            "SELECT count(*) FROM search_docs WHERE kind = 'person'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexed as usize, people);
    let name = store.people(false).unwrap()[0].full_name.clone();
    let word = name.split_whitespace().last().unwrap().to_string();
    assert!(
        found(&search(&store, &word))
            .iter()
            .any(|(k, _)| *k == SearchKind::Person)
    );
}

#[test]
fn a_common_word_is_counted_up_to_the_limit_and_then_said_to_be_more() {
    use eshkol_core::search::COUNT_LIMIT;
    let (_dir, mut store) = store();
    // The sqlite3 tool's way in: the triggers index these like the app's own writes.
    store
        .connection()
        .execute_batch(&format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {})
             INSERT INTO people (id, full_name, role_title, created_at, updated_at)
             SELECT printf('019a0000-0000-7000-8000-%012d', i), printf('מדריכה %d', i), 'הדרכה',
                    '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z' FROM n;",
            COUNT_LIMIT + 5
        ))
        .unwrap();
    store
        .add_person(&PersonInput {
            full_name: "נועה הדרכה".into(),
            ..Default::default()
        })
        .unwrap();
    let results = search(&store, "מדריכה");
    let people = &results.groups[0];
    assert_eq!(
        (people.kind, people.total, people.more),
        (SearchKind::Person, COUNT_LIMIT, true)
    );
    assert_eq!(people.hits.len(), 20);
    assert_eq!(
        people.hits[0].title,
        format!("מדריכה {}", COUNT_LIMIT + 5),
        "newest first"
    );

    // Just under the limit: counted exactly, nothing more.
    let results = search(&store, "מדריכה 10");
    let people = &results.groups[0];
    assert!(!people.more);
    // Names holding "10": 10, 100–109, 110 to 910 by hundreds, and 1000–1005.
    assert_eq!(people.total, 1 + 10 + 9 + 6);

    // The person added through the app after the bulk insert is found by a rare word.
    let results = search(&store, "נועה");
    assert_eq!(
        (results.groups[0].total, results.groups[0].more),
        (1, false)
    );
}

/// The ids `search` finds of one kind.
fn found_of(store: &Store, text: &str, kind: SearchKind) -> Vec<String> {
    store
        .search(&SearchQuery {
            text: text.into(),
            include_sensitive: false,
        })
        .unwrap()
        .groups
        .into_iter()
        .filter(|g| g.kind == kind)
        .flat_map(|g| g.hits.into_iter().map(|h| h.id))
        .collect()
}

#[test]
fn a_phone_number_finds_its_person_in_every_form_people_write_it() {
    let (_dir, mut store) = store();
    let cluster = store
        .add_cluster(&ClusterInput {
            name: "אשכול צפון".into(),
            region: Some(Region::North),
            ..Default::default()
        })
        .unwrap();
    let settlement = store
        .add_settlement(&SettlementInput {
            name: "כפר הגפן".into(),
            kind: Some(SettlementKind::Kibbutz),
            cluster_id: Some(cluster),
            ..Default::default()
        })
        .unwrap();
    let person = store
        .add_person(&PersonInput {
            full_name: "דנה לוי".into(),
            role_title: "רכזת נוער".into(),
            settlement_id: Some(settlement),
            mobile: "052-5550113".into(),
            office_phone: "04-9109012".into(),
            ..Default::default()
        })
        .unwrap();
    for typed in [
        "052-5550113",
        "0525550113",
        "5550113",
        "+972 52 555 0113",
        "+972-52-5550113",
        "(052) 555-0113",
        "04-9109012",
        "049109012",
    ] {
        assert_eq!(
            found_of(&store, typed, SearchKind::Person),
            [person.clone()],
            "{typed}"
        );
    }
    assert!(found_of(&store, "0525550114", SearchKind::Person).is_empty());
    // The result says who she is beside her name.
    let results = store
        .search(&SearchQuery {
            text: "5550113".into(),
            include_sensitive: false,
        })
        .unwrap();
    let hit = &results
        .groups
        .iter()
        .find(|g| g.kind == SearchKind::Person)
        .unwrap()
        .hits[0];
    assert_eq!(hit.detail.as_deref(), Some("רכזת נוער · כפר הגפן"));
    // A new number is found, the old one no more.
    let stored = store.person(&person).unwrap();
    store
        .save_person(
            Some(&person),
            &PersonInput {
                full_name: stored.full_name,
                role_title: stored.role_title,
                settlement_id: stored.settlement_id,
                mobile: "050-6952119".into(),
                office_phone: stored.office_phone,
                ..Default::default()
            },
            false,
        )
        .unwrap();
    assert_eq!(
        found_of(&store, "0506952119", SearchKind::Person),
        [person.clone()]
    );
    assert!(found_of(&store, "5550113", SearchKind::Person).is_empty());
}

#[test]
fn organizations_are_found_by_part_of_their_name() {
    let (_dir, mut store) = common::sample();
    // The regional council, and the department that belongs to it.
    let hits = found_of(&store, "מועצה", SearchKind::Organization);
    assert_eq!(hits.len(), 2, "{hits:?}");
    let id = store
        .organizations(false)
        .unwrap()
        .into_iter()
        .find(|o| o.name == "מועצה אזורית עמק הגפן")
        .unwrap()
        .id;
    assert!(hits.contains(&id));
    // Renamed, it is found by its new name; removed from the index with it.
    store
        .save_organization(
            Some(&id),
            &eshkol_core::directory::OrganizationInput {
                sector: None,
                name: "מועצת עמק הגפן והגליל".into(),
                kind: Some(eshkol_core::directory::OrganizationKind::Authority),
                notes: String::new(),
            },
        )
        .unwrap();
    assert_eq!(found_of(&store, "והגליל", SearchKind::Organization), [id]);
}
