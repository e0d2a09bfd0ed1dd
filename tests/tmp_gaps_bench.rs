use parcours::store::Store;
use std::time::Instant;

#[test]
fn bench() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let t = Instant::now();
    parcours::synthetic::generate(&mut store, 2000, 10, 7).unwrap();
    eprintln!("generate {:?}", t.elapsed());
    for _ in 0..3 {
        let t = Instant::now();
        let g = store.plan_gaps().unwrap();
        eprintln!("plan_gaps {:?} ({} listed)", t.elapsed(), g.len());
    }
    let t = Instant::now();
    let s = store.person_summaries_on(false, chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()).unwrap();
    eprintln!("person_summaries_on {:?} ({})", t.elapsed(), s.len());
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    let live = "o.status IN ('upcoming', 'in-progress') AND o.archived = 0 AND ax.archived = 0";
    for sql in [
        format!(
            "SELECT p.id, sum(NOT EXISTS (SELECT 1 FROM action a WHERE a.objective_id = o.id AND a.archived = 0)), sum(trim(o.indicator, ' ') = '') FROM person p CROSS JOIN axis ax ON ax.person_id = p.id CROSS JOIN objective o ON o.axis_id = ax.id WHERE p.status = 'active' AND p.archived = 0 AND {live} GROUP BY p.id"
        ),
        format!(
            "SELECT p.id, count(*) FROM person p CROSS JOIN diagnosis_entry e ON e.person_id = p.id CROSS JOIN diagnosis_need n ON n.entry_id = e.id WHERE p.status = 'active' AND p.archived = 0 AND e.revision = (SELECT max(x.revision) FROM diagnosis_entry x WHERE x.person_id = e.person_id AND x.domain = e.domain) AND (e.priority_person = 'high' OR e.priority_referent = 'high') AND NOT EXISTS (SELECT 1 FROM axis ax CROSS JOIN objective o ON o.axis_id = ax.id CROSS JOIN objective_need m ON m.objective_id = o.id WHERE ax.person_id = p.id AND {live} AND m.domain = e.domain AND m.text = n.text) GROUP BY p.id"
        ),
    ] {
        let mut st = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows: Vec<String> = st.query_map([], |r| r.get::<_, String>(3)).unwrap().map(|r| r.unwrap()).collect();
        eprintln!("---\n{}", rows.join("\n"));
    }
}
