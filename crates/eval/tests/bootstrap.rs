//! Bootstrap intervals and the paired test against an independent reimplementation in Python
//! (written from the documented procedure, not from the Rust code), on fixed data and seed.

use std::process::Command;

use salient_eval::{bootstrap_intervals, paired_test};

/// The documented procedure, straightforwardly: SplitMix64 draws `splitmix64(splitmix64(seed ^
/// splitmix64(sample)) ^ k)`, a row `(draw * n) >> 64`; the 95% interval is the sorted means at
/// ranks floor(0.025 B) and ceil(0.975 B) - 1; randomisation flips the sign of difference k in
/// sample s when the top bit of the draw under seed + 1 is set, and p = (1 + reached) / (1 + B).
const REFERENCE: &str = r#"
import json, math, sys
M = (1 << 64) - 1
def sm(x):
    x = (x + 0x9E3779B97F4A7C15) & M
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & M
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & M
    return x ^ (x >> 31)
def draw(seed, s, k):
    return sm(sm(seed ^ sm(s)) ^ k)
def boot(x, B, seed):
    n = len(x)
    means = []
    for s in range(B):
        total = 0.0
        for k in range(n):
            total += x[(draw(seed, s, k) * n) >> 64]
        means.append(total / n)
    means.sort()
    return [means[math.floor(0.025 * B)], means[math.ceil(0.975 * B) - 1]]
def randomisation(d, B, seed):
    obs = sum(d) / len(d)
    reached = 0
    for s in range(B):
        total = 0.0
        for k, x in enumerate(d):
            total += -x if draw((seed + 1) & M, s, k) >> 63 else x
        if abs(total / len(d)) >= abs(obs) - 1e-12:
            reached += 1
    return (1 + reached) / (1 + B)
data = json.load(sys.stdin)
a, b, B, seed = data["a"], data["b"], data["B"], data["seed"]
d = [x - y for x, y in zip(a, b)]
print(json.dumps({"ci_a": boot(a, B, seed), "ci_d": boot(d, B, seed),
                  "mean_d": sum(d) / len(d), "p": randomisation(d, B, seed)}))
"#;

#[test]
fn intervals_and_p_match_a_python_reimplementation() {
    // Fixed, uneven scores for 37 documents.
    let a: Vec<f64> = (0..37u32)
        .map(|i| ((i * 7919) % 101) as f64 / 100.0)
        .collect();
    let b: Vec<f64> = a
        .iter()
        .enumerate()
        .map(|(i, x)| (x - 0.03 + ((i * 31) % 13) as f64 / 200.0).clamp(0.0, 1.0))
        .collect();
    let (samples, seed) = (400usize, 20261126u64);
    let input = serde_json::json!({"a": a, "b": b, "B": samples, "seed": seed}).to_string();
    let run = Command::new("python3")
        .args(["-c", REFERENCE])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = run else {
        eprintln!("SKIPPED: python3 is not available to run the reference computation");
        return;
    };
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let want: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let close = |x: f64, v: &serde_json::Value| (x - v.as_f64().unwrap()).abs() < 1e-12;

    let ci = bootstrap_intervals(&[&a[..]], samples, seed)[0];
    assert!(
        close(ci.low, &want["ci_a"][0]) && close(ci.high, &want["ci_a"][1]),
        "{ci:?} {want}"
    );
    let p = paired_test(&a, &b, samples, seed);
    assert!(close(p.difference, &want["mean_d"]), "{p:?} {want}");
    assert!(
        close(p.interval.low, &want["ci_d"][0]) && close(p.interval.high, &want["ci_d"][1]),
        "{p:?} {want}"
    );
    assert!(close(p.p, &want["p"]), "{p:?} {want}");
    // Same seed, same numbers; another seed, other resamples.
    assert_eq!(bootstrap_intervals(&[&a[..]], samples, seed)[0], ci);
    assert_ne!(bootstrap_intervals(&[&a[..]], samples, seed + 1)[0], ci);
}
