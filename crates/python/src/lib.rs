//! Python bindings for salient: the `salient._salient` extension module, which the `salient`
//! Python package (`python/salient/`) re-exports with type stubs.
//!
//! Everything here is a thin conversion layer over `salient-rank`, `salient-text` and
//! `salient-eval`: options arrive as the command line's text forms and are parsed by the
//! libraries' own `FromStr`s, byte spans leave as character offsets into the Python string,
//! and every library error becomes a `salient.SalientError` (a `ValueError`). Work on lists
//! of texts runs on rayon with the GIL released.
#![deny(missing_docs)]

use pyo3::prelude::*;

mod offsets;
mod rouge;
mod summarize;
mod text;

pyo3::create_exception!(
    salient,
    SalientError,
    pyo3::exceptions::PyValueError,
    "Raised for a bad option or input: an unknown method or language, a zero budget, ..."
);

/// Turns any library error into a `SalientError` with the option named.
pub(crate) fn error(option: &str, e: impl std::fmt::Display) -> PyErr {
    SalientError::new_err(format!("{option}: {e}"))
}

/// Runs `work` over `items` in parallel with the GIL released, on `jobs` threads (all cores
/// when `None`). Output order is input order.
pub(crate) fn parallel<T, R, F>(
    py: Python<'_>,
    items: &[T],
    jobs: Option<usize>,
    work: F,
) -> PyResult<Vec<R>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
{
    use rayon::prelude::*;
    if jobs == Some(0) {
        return Err(error("jobs", "must be at least 1"));
    }
    py.detach(|| {
        let run = || items.par_iter().map(&work).collect::<Vec<R>>();
        match jobs {
            None => Ok(run()),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map(|pool| pool.install(run))
                .map_err(|e| error("jobs", e)),
        }
    })
}

/// The extension module.
#[pymodule]
fn _salient(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("SalientError", m.py().get_type::<SalientError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    summarize::register(m)?;
    text::register(m)?;
    rouge::register(m)?;
    Ok(())
}
