//! Shared helpers for the salient benchmarks.
