//! Eshkol's benchmarks, as a library so a test can run them on a small database: the figures
//! are read by people (BENCHMARKS.md); the test only proves the benchmarks still run and that
//! each raw SQL limit reads the same rows as the core query it stands beside.

pub mod core_bench;
pub mod durable_bench;
pub mod sync_bench;
pub mod window;

pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A figure beside its limit: `ratio` ≤ 1 meets it.
pub fn verdict(ratio: f64) -> &'static str {
    if ratio <= 1.0 { "ok" } else { "MISSED" }
}
