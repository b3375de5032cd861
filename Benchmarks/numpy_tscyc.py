#!/usr/bin/env python3
"""The tscyc-shape scoring in vectorised NumPy, as a peer for hearth-bench.

Scores the SYNTHETIC TSCYC key (docs/examples/keys/tscyc.SYNTHETIC.json) on an N x 90
matrix of codes 1-4 with 5 % missing, exactly as docs/scoring.md states the rules: reverse
keying, value tables, proration by count and proportion, rounding, statuses, stratified
validity rules, the protocol missing-item limit. Then:

  1. verifies itself against the `hearth` CLI on a small cohort (every value and status);
  2. times itself (best of 3) and `hearth-bench --only tscyc-shape --threads 1` on the
     same shape, and prints the ratio of their item rates, measured in this one run.

Usage: python3 Benchmarks/numpy_tscyc.py [--respondents N]   (needs numpy; builds release)
"""
import argparse, csv, io, json, os, subprocess, sys, tempfile, time
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = os.path.join(ROOT, "docs/examples/keys/tscyc.SYNTHETIC.json")
COMPLETE, PRORATED, DETERMINED, INSUFFICIENT, INVALID = 0, 1, 2, 3, 4
NAMES = {0: "complete", 1: "prorated", 2: "determined", 3: "insufficient", 4: "invalid"}
LOW, HIGH, ITEMS = 1, 4, 90


def round_rule(values, rule):
    if rule == "halfAwayFromZero":
        return np.sign(values) * np.floor(np.abs(values) + 0.5)
    if rule == "halfToEven":
        return np.round(values)
    return values


def allowed(rule, n):
    limits = []
    if rule and "maximumMissingItems" in rule: limits.append(rule["maximumMissingItems"])
    if rule and "maximumMissingProportion" in rule: limits.append(int(np.floor(rule["maximumMissingProportion"] * n + 1e-9)))
    return max(0, min(min(limits), n - 1)) if limits else 0


def score(codes, sex, age, key):
    """codes: uint8 (N, 90), 255 = missing; sex: 0 female 1 male 2 unknown; age: years or -1."""
    valid = (codes >= LOW) & (codes <= HIGH)
    out = {}
    for scale in key["scales"]:
        items = np.array(scale["items"]) - 1
        sub = codes[:, items]
        ok = valid[:, items]
        reverse = np.isin(items + 1, scale.get("reverseKeyed", []))
        keyed = np.where(reverse, LOW + HIGH - sub.astype(np.int16), sub.astype(np.int16))
        if "codeValues" in scale:
            table = np.array(scale["codeValues"], dtype=np.int16)
            keyed = table[np.clip(keyed - LOW, 0, HIGH - LOW)]
        sums = np.where(ok, keyed, 0).sum(axis=1).astype(np.float64)
        answered = ok.sum(axis=1)
        missing = len(items) - answered  # no out-of-range codes in this cohort
        allow = allowed(scale.get("missingData"), len(items))
        status = np.select([missing == 0, missing <= allow], [COMPLETE, PRORATED], INSUFFICIENT)
        with np.errstate(divide="ignore", invalid="ignore"):
            value = np.where(status == COMPLETE, sums,
                             np.where(status == PRORATED, round_rule(sums / answered * len(items), scale.get("rounding", "none")), np.nan))
        out[scale["id"]] = (value, status)
    invalid = np.zeros(len(codes), dtype=bool)
    unassessed = np.zeros(len(codes), dtype=bool)
    for rule in key.get("validityRules", []):
        threshold = np.full(len(codes), np.nan)
        for t in reversed(rule["thresholds"]):  # the first matching threshold wins
            match = np.ones(len(codes), dtype=bool)
            if "sex" in t: match &= sex == {"female": 0, "male": 1, "unknown": 2}[t["sex"]]
            if "minimumAge" in t: match &= (age >= t["minimumAge"])
            if "maximumAge" in t: match &= (age >= 0) & (age <= t["maximumAge"])
            threshold = np.where(match, t["value"], threshold)
        value, status = out[rule["scale"]]
        usable = (status <= DETERMINED) & ~np.isnan(threshold)
        unassessed |= ~usable
        invalid |= usable & (value >= threshold)
    limit = key.get("maximumMissingItemsInProtocol")
    if limit is not None:
        invalid |= (codes >= 252).sum(axis=1) > limit
    verdict = np.where(invalid, "invalid", np.where(unassessed, "notAssessed", "valid"))
    validity_ids = {r["scale"] for r in key.get("validityRules", [])}
    for scale_id, (value, status) in out.items():
        if scale_id not in validity_ids:
            out[scale_id] = (value, np.where(invalid & (status <= DETERMINED), INVALID, status))
    return out, verdict


def cohort(n, seed):
    rng = np.random.default_rng(seed)
    codes = rng.integers(LOW, HIGH + 1, size=(n, ITEMS), dtype=np.uint8)
    codes[rng.random((n, ITEMS)) < 0.05] = 255
    return codes, rng.integers(0, 3, size=n), rng.integers(3, 13, size=n)


def verify_against_hearth(key, rows=2000):
    codes, sex, age = cohort(rows, seed=1)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "sex", "age"] + [f"tscyc_{i}" for i in range(1, ITEMS + 1)])
    for r in range(rows):
        writer.writerow([f"R{r}", ["female", "male", "unknown"][sex[r]], age[r]] + ["" if c == 255 else int(c) for c in codes[r]])
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as handle:
        handle.write(buffer.getvalue())
    result = subprocess.run(["swift", "run", "-c", "release", "-q", "hearth", "score", "tscyc", "--key", KEY, "--input", handle.name],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    os.unlink(handle.name)
    hearth = list(csv.DictReader(io.StringIO(result.stdout)))
    mine, verdict = score(codes, sex, age, key)
    mismatches = 0
    for r, row in enumerate(hearth):
        for scale_id, (value, status) in mine.items():
            theirs = row[scale_id]
            same_status = row[scale_id + "_status"] == NAMES[int(status[r])]
            same_value = (theirs == "" and (np.isnan(value[r]) or status[r] == INVALID)) or (theirs != "" and abs(float(theirs) - value[r]) < 1e-4)
            mismatches += not (same_status and same_value)
        mismatches += row["protocol_validity"] != verdict[r]
    print(f"verify: numpy and hearth agree on {rows} rows x {len(mine)} scales: {'yes' if mismatches == 0 else f'NO ({mismatches} mismatches)'}")
    return mismatches == 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=1_000_000)
    args = parser.parse_args()
    key = json.load(open(KEY))
    ok = verify_against_hearth(key)
    codes, sex, age = cohort(args.respondents, seed=2)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        score(codes, sex, age, key)
        best = min(best, time.perf_counter() - start)
    numpy_rate = codes.size / best
    print(f"numpy {np.__version__}: {args.respondents} rows in {best:.3f} s, {numpy_rate:.3g} items/s")
    bench = subprocess.run(["swift", "run", "-c", "release", "-q", "hearth-bench", "--json", "--only", "tscyc-shape", "--threads", "1",
                            "--respondents", str(args.respondents)], cwd=ROOT, capture_output=True, text=True, check=True)
    hearth = json.loads(bench.stdout)["results"][0]
    print(f"hearth: {hearth['respondents']} rows in {hearth['seconds']:.3f} s, {hearth['itemsPerSecond']:.3g} items/s")
    print(f"hearth / numpy, 1 thread: {hearth['itemsPerSecond'] / numpy_rate:.1f}x (target >= 4x)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
