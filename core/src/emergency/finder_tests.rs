//! Each way of starting the volunteers' question gives the answer of the one query this
//! module began with (kept here as the reference): the same volunteers in the same order,
//! and the same count, on a generated department.

use super::*;

/// The finder's first query, which ranked every holder of what was asked: slow at a
/// district's size, and the meaning every faster way must keep.
const REFERENCE: &str = "
    WITH wanted AS (SELECT json_extract(value, '$[0]') AS term, json_extract(value, '$[1]') AS capability_id
                      FROM json_each(?1)),
         holders AS (HOLDERS),
         placed AS (
            SELECT v.*, CASE
                WHEN ?6 THEN 0
                WHEN ?3 IS NOT NULL AND (v.home_settlement_id = ?3 OR EXISTS (
                        SELECT 1 FROM volunteer_settlements vs WHERE vs.person_id = v.person_id AND vs.settlement_id = ?3)) THEN 0
                WHEN ?4 IS NOT NULL AND (EXISTS (
                        SELECT 1 FROM volunteer_clusters vc WHERE vc.person_id = v.person_id AND vc.cluster_id = ?4)
                     OR (?3 IS NULL AND (EXISTS (
                        SELECT 1 FROM settlements s WHERE s.id = v.home_settlement_id AND s.cluster_id = ?4) OR EXISTS (
                        SELECT 1 FROM volunteer_settlements vs JOIN settlements s ON s.id = vs.settlement_id
                         WHERE vs.person_id = v.person_id AND s.cluster_id = ?4)))) THEN CASE WHEN ?3 IS NULL THEN 0 ELSE 1 END
                WHEN v.whole_council THEN 2
            END AS rank
              FROM holders h CROSS JOIN volunteers v ON v.person_id = h.person_id
             WHERE v.left_on IS NULL),
         -- The first ?5 by nearness, then the most recently confirmed (never confirmed last),
         -- then name; every one counted.
         -- What is shown of each (their capabilities) is read for those alone.
         chosen AS (
            SELECT v.person_id, v.rank, v.availability, v.confirmed_on, p.full_name,
                   coalesce(p.mobile, p.office_phone) AS phone, count(*) OVER () AS total
              FROM placed v CROSS JOIN people p ON p.id = v.person_id
             WHERE v.rank IS NOT NULL AND p.archived_at IS NULL
             ORDER BY v.rank, v.confirmed_on IS NULL, v.confirmed_on DESC, p.full_name COLLATE hebrew
             LIMIT ?5)
    SELECT c.person_id AS id, c.full_name AS name, c.rank, c.phone, NULL AS contact_name,
           coalesce((SELECT group_concat(k.name, ' · ') FROM volunteer_capabilities vc
                       JOIN emergency_capabilities k ON k.id = vc.capability_id
                      WHERE vc.person_id = c.person_id), '') AS capabilities,
           c.availability, c.confirmed_on, c.total
      FROM chosen c
     ORDER BY c.rank, c.confirmed_on IS NULL, c.confirmed_on DESC, c.full_name COLLATE hebrew";

const REFERENCE_HOLDERS: &str = "SELECT vc.person_id FROM wanted w
      CROSS JOIN volunteer_capabilities vc ON vc.capability_id = w.capability_id
      GROUP BY vc.person_id HAVING count(DISTINCT w.term) >= ?2";
const REFERENCE_EVERY: &str = "SELECT person_id FROM volunteers WHERE ?2 >= 0 AND ?1 IS NOT NULL";

const REFERENCE_ORGANIZATIONS: &str = "
    WITH wanted AS (SELECT json_extract(value, '$[0]') AS term, json_extract(value, '$[1]') AS capability_id
                      FROM json_each(?1)),
         holders AS (HOLDERS),
         placed AS (
            SELECT r.*, CASE
                WHEN ?6 THEN 0
                WHEN ?3 IS NOT NULL AND EXISTS (
                        SELECT 1 FROM organization_settlements os WHERE os.organization_id = r.organization_id AND os.settlement_id = ?3) THEN 0
                WHEN ?4 IS NOT NULL AND (EXISTS (
                        SELECT 1 FROM organization_clusters oc WHERE oc.organization_id = r.organization_id AND oc.cluster_id = ?4)
                     OR (?3 IS NULL AND EXISTS (
                        SELECT 1 FROM organization_settlements os JOIN settlements s ON s.id = os.settlement_id
                         WHERE os.organization_id = r.organization_id AND s.cluster_id = ?4))) THEN CASE WHEN ?3 IS NULL THEN 0 ELSE 1 END
                WHEN r.whole_council THEN 2
            END AS rank
              FROM holders h CROSS JOIN organization_readiness r ON r.organization_id = h.organization_id),
         chosen AS (
            SELECT r.organization_id, r.rank, r.main_program, r.confirmed_on, o.name, r.contact_id,
                   count(*) OVER () AS total
              FROM placed r CROSS JOIN organizations o ON o.id = r.organization_id
             WHERE r.rank IS NOT NULL AND o.archived_at IS NULL
             ORDER BY r.rank, r.confirmed_on IS NULL, r.confirmed_on DESC, o.name COLLATE hebrew
             LIMIT ?5)
    SELECT c.organization_id AS id, c.name, c.rank, coalesce(p.mobile, p.office_phone) AS phone, p.full_name AS contact_name,
           coalesce((SELECT group_concat(k.name, ' · ') FROM organization_capabilities oc
                       JOIN emergency_capabilities k ON k.id = oc.capability_id
                      WHERE oc.organization_id = c.organization_id), '') AS capabilities,
           c.main_program AS availability, c.confirmed_on, c.total
      FROM chosen c LEFT JOIN people p ON p.id = c.contact_id
     ORDER BY c.rank, c.confirmed_on IS NULL, c.confirmed_on DESC, c.name COLLATE hebrew";

const REFERENCE_ORGANIZATION_HOLDERS: &str = "SELECT oc.organization_id FROM wanted w
      CROSS JOIN organization_capabilities oc ON oc.capability_id = w.capability_id
      GROUP BY oc.organization_id HAVING count(DISTINCT w.term) >= ?2";
const REFERENCE_EVERY_ORGANIZATION: &str =
    "SELECT organization_id FROM organization_readiness WHERE ?2 >= 0 AND ?1 IS NOT NULL";

fn reference(
    conn: &Connection,
    kind: HelperKind,
    (settlement, cluster): (Option<&Id>, Option<&Id>),
    json: &str,
    need: i64,
) -> (Vec<(Id, i64)>, u32) {
    let (sql, holders) = match (kind, need) {
        (HelperKind::Volunteer, 0) => (REFERENCE, REFERENCE_EVERY),
        (HelperKind::Volunteer, _) => (REFERENCE, REFERENCE_HOLDERS),
        (HelperKind::Organization, 0) => (REFERENCE_ORGANIZATIONS, REFERENCE_EVERY_ORGANIZATION),
        (HelperKind::Organization, _) => (REFERENCE_ORGANIZATIONS, REFERENCE_ORGANIZATION_HOLDERS),
    };
    let council = settlement.is_none() && cluster.is_none();
    let found = rows(
        conn,
        &sql.replace("HOLDERS", holders),
        params![
            json,
            need.max(1),
            settlement,
            cluster,
            HELPERS_SHOWN as i64,
            council
        ],
        Found::from_row,
    )
    .unwrap();
    let total = found.first().map_or(0, |f| f.total);
    (found.into_iter().map(|f| (f.id, f.rank)).collect(), total)
}

fn answer(
    conn: &Connection,
    kind: HelperKind,
    start: Start,
    place: (Option<&Id>, Option<&Id>),
    json: &str,
    need: i64,
) -> (Vec<(Id, i64)>, u32) {
    let (found, total, more) = super::found(conn, kind, start, place, json, need).unwrap();
    assert!(
        !more,
        "{start:?} {json}: a small department counts everyone"
    );
    (found.into_iter().map(|f| (f.id, f.rank)).collect(), total)
}

#[test]
fn every_start_answers_as_the_reference_query() {
    let mut store = Store::open_in_memory().unwrap();
    // 480 volunteers: more than the 200 shown, so the walk's cut and its ties are tested.
    store
        .generate(crate::generate::Scale::DISTRICT.times(0.024))
        .unwrap();
    let conn = store.connection();
    let all = |sql: &str| -> Vec<Id> { rows(conn, sql, [], |r| r.get(0)).unwrap() };
    let capabilities = all("SELECT id FROM emergency_capabilities ORDER BY id");
    let mut questions: Vec<(String, i64)> = vec![("[]".to_owned(), 0)];
    for (n, c) in capabilities.iter().enumerate().step_by(3) {
        let next = &capabilities[(n + 1) % capabilities.len()];
        questions.push((format!("[[0,\"{c}\"]]"), 1));
        // Two capabilities, every one and any one.
        questions.push((format!("[[0,\"{c}\"],[1,\"{next}\"]]"), 2));
        questions.push((format!("[[0,\"{c}\"],[1,\"{next}\"]]"), 1));
    }
    // A whole emergency cluster as one term, and two clusters.
    for cluster in ["emotional", "social"] {
        let ids = all(&format!(
            "SELECT id FROM emergency_capabilities WHERE emergency_cluster = '{cluster}'"
        ));
        let term = |t: usize| ids.iter().map(move |i| format!("[{t},\"{i}\"]"));
        questions.push((format!("[{}]", term(0).collect::<Vec<_>>().join(",")), 1));
        let social =
            all("SELECT id FROM emergency_capabilities WHERE emergency_cluster = 'pedagogical'");
        let both: Vec<String> = term(0)
            .chain(social.iter().map(|i| format!("[1,\"{i}\"]")))
            .collect();
        questions.push((format!("[{}]", both.join(",")), 2));
    }
    // The settlements most volunteers live in and most organizations act in, with their
    // clusters.
    let settlements: Vec<(Id, Id)> = rows(
        conn,
        "SELECT s.id, s.cluster_id FROM settlements s
          WHERE s.id IN (SELECT home_settlement_id FROM volunteers GROUP BY 1 ORDER BY count(*) DESC LIMIT 3)
             OR s.id IN (SELECT settlement_id FROM organization_settlements GROUP BY 1 ORDER BY count(*) DESC LIMIT 2)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    let clusters = all(
        "SELECT * FROM (SELECT cluster_id FROM volunteer_clusters GROUP BY 1 ORDER BY count(*) DESC LIMIT 2)
         UNION SELECT * FROM (SELECT cluster_id FROM organization_clusters GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)",
    );
    let mut walked_past_the_cut = false;
    for (json, need) in &questions {
        let council = (None, None);
        let expected = reference(conn, HelperKind::Volunteer, council, json, *need);
        walked_past_the_cut |= expected.1 > HELPERS_SHOWN as u32;
        let volunteers = |start| answer(conn, HelperKind::Volunteer, start, council, json, *need);
        assert_eq!(volunteers(Start::Walk), expected, "walk {json} {need}");
        let organizations = reference(conn, HelperKind::Organization, council, json, *need);
        let by = |start| answer(conn, HelperKind::Organization, start, council, json, *need);
        assert_eq!(
            by(Start::Walk),
            organizations,
            "organizations walked {json} {need}"
        );
        if *need > 0 {
            assert_eq!(
                volunteers(Start::Holders),
                expected,
                "holders {json} {need}"
            );
            assert_eq!(
                by(Start::Holders),
                organizations,
                "organizations {json} {need}"
            );
        }
        let mut places: Vec<(Option<&Id>, Option<&Id>)> = Vec::new();
        for (settlement, cluster) in &settlements {
            places.push((Some(settlement), Some(cluster)));
        }
        for cluster in &clusters {
            places.push((None, Some(cluster)));
        }
        for place in places {
            for kind in [HelperKind::Volunteer, HelperKind::Organization] {
                assert_eq!(
                    answer(conn, kind, Start::Place, place, json, *need),
                    reference(conn, kind, place, json, *need),
                    "{kind:?} {json} in {place:?}"
                );
            }
        }
    }
    assert!(
        walked_past_the_cut,
        "some question finds more than are shown"
    );
}
