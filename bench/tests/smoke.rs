//! The benchmarks run on a small generated database: every raw SQL limit reads as many rows as
//! the core query beside it (the benchmark fails otherwise), and search, the PDF and the import
//! complete. Timings are printed, never asserted.

use eshkol_core::{Store, generate::Scale};

#[test]
fn the_core_benchmark_runs_and_its_raw_queries_agree_with_core() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.sqlite3");
    let mut store = Store::open(&path).unwrap();
    store.generate(Scale::DISTRICT.times(0.002)).unwrap();
    drop(store);
    eshkol_bench::core_bench::run(
        &path,
        eshkol_bench::core_bench::Settings {
            import_rows: 300,
            quick: true,
        },
    )
    .unwrap();
}

#[test]
fn the_durability_benchmark_runs() {
    eshkol_bench::durable_bench::run(5, 50).unwrap();
}
