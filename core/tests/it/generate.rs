//! The benchmark database: the counts its scale asks for, the same records every time, and
//! records the app reads like any other (foreign keys hold, search finds the minutes).

use eshkol_core::{
    Store,
    generate::{GENERATED_UNTIL, Scale},
    search::SearchQuery,
};

fn generated(scale: Scale) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.generate(scale).unwrap();
    store
}

fn fingerprint(store: &Store) -> Vec<String> {
    ["people", "settlements", "meetings", "action_items", "gaps", "visits"]
        .iter()
        .map(|table| {
            store
                .connection()
                .query_row(
                    &format!(
                        "SELECT count(*) || ':' || sum(length(t.id)) || ':' || (SELECT group_concat(id) FROM (SELECT id FROM {table} ORDER BY id LIMIT 5)) FROM {table} t"
                    ),
                    [],
                    |r| r.get::<_, String>(0),
                )
                .unwrap()
        })
        .collect()
}

#[test]
fn the_scale_gives_its_counts_and_the_same_records_each_time() {
    let scale = Scale::DISTRICT.times(0.002);
    assert_eq!(
        (scale.settlements, scale.clusters, scale.people, scale.meetings),
        (10, 1, 40, 200)
    );
    let a = generated(scale);
    let count = |table: &str| -> u32 {
        a.connection()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(count("settlements"), scale.settlements);
    assert_eq!(count("clusters"), scale.clusters);
    assert_eq!(count("people"), scale.people);
    assert_eq!(count("forums"), scale.forums);
    assert_eq!(count("meetings"), scale.meetings);
    assert_eq!(count("action_items") + count("gaps"), scale.items);
    assert_eq!(count("visits"), scale.visits);
    assert_eq!(count("volunteers"), scale.volunteers.min(scale.people));
    assert_eq!(count("organization_readiness"), scale.emergency_organizations);
    assert_eq!(fingerprint(&a), fingerprint(&generated(scale)));

    let violations: u32 = a
        .connection()
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(violations, 0);
    // Minutes hold about the asked number of words, and search finds them.
    let words: f64 = a
        .connection()
        .query_row(
            "SELECT avg(length(minutes) - length(replace(minutes, ' ', '')) + length(minutes) - length(replace(minutes, char(10), '')) + 1) FROM meetings WHERE minutes <> ''",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!((words - f64::from(scale.minutes_words)).abs() < 2.0, "{words}");
    let found = a
        .search(&SearchQuery {
            text: "מהמועצה".into(),
            include_sensitive: false,
        })
        .unwrap();
    assert!(found.total() > 0);
    // The home screen has something to show on the day the records end.
    let overview = a.overview(GENERATED_UNTIL).unwrap();
    assert!(!overview.open_gaps.is_empty());
}

#[test]
fn the_home_screen_lists_the_first_few_of_each_kind_with_the_count_of_all() {
    let store = generated(Scale::DISTRICT.times(0.01));
    let today = GENERATED_UNTIL;
    let overview = store.overview(today).unwrap();
    let limit = eshkol_core::home::HOME_LIST_LIMIT;
    let all_overdue = store
        .action_items(
            &eshkol_core::forums::ActionFilter {
                overdue: true,
                ..Default::default()
            },
            today,
        )
        .unwrap();
    assert!(all_overdue.len() > limit, "{}", all_overdue.len());
    assert_eq!(overview.overdue_actions_total, all_overdue.len());
    // The first of them all, the longest overdue first.
    let first: Vec<_> = all_overdue.iter().take(limit).map(|a| &a.id).collect();
    let shown: Vec<_> = overview.overdue_actions.iter().map(|a| &a.id).collect();
    assert_eq!(shown, first);
    let open_gaps: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM gaps WHERE status <> 'resolved'", [], |r| r.get(0))
        .unwrap();
    let open_gaps = open_gaps as usize;
    assert!(open_gaps > limit);
    assert_eq!(overview.open_gaps_total, open_gaps);
    assert_eq!(overview.open_gaps.len(), limit);
    assert!(overview.overdue_forums.len() <= limit);
    let stale = store.stale_on_home(today, None).unwrap();
    assert_eq!(stale.total, store.stale_settlements(today, None, None).unwrap().len());
    assert!(stale.total > limit, "{}", stale.total);
    assert_eq!(stale.rows.len(), limit);
    // The home screen's cluster filter: every live cluster, in Hebrew order, no settlements.
    let choices = store.cluster_choices().unwrap();
    assert_eq!(choices.len(), store.clusters(false).unwrap().len());
    assert!(choices.windows(2).all(|w| eshkol_core::store::collation::compare(&w[0].name, &w[1].name).is_le()));
    assert!(overview.overdue_forums_total >= overview.overdue_forums.len());
}
