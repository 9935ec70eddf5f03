//! Criterion benchmarks: `cargo bench -p salient-benches` (see BENCHMARKS.md).

use criterion::criterion_main;

mod benchmarks;

criterion_main!(
    benchmarks::analysis::benches,
    benchmarks::ranking::benches,
    benchmarks::stages::benches
);
