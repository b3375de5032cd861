#!/usr/bin/env python3
"""hearth score against its peers on the same CSV file, timed in one run.

    python3 Benchmarks/cli/peer_cli.py --hearth .build/release/hearth [--rows 1000000]
        [--former PATH]   # a hearth binary to compare with (e.g. a build of an earlier commit)

Times (best of --repeat runs, wall clock, on this machine):
  - hearth score cts2 file -> file, scoring on one thread (--threads 1; reading and
    writing run on their own threads), with its peak memory;
  - pandas read_csv alone, polars read_csv (1 thread and all threads), polars write_csv of
    the scores-sized frame (1 thread);
  - the NumPy peer: pandas read_csv + CTS2 physical frequency and prevalence in NumPy,
    checked equal to hearth's on every row where those items are all answered.
  - with --redcap-rows N: the worked example's REDCap export repeated to N rows, imported
    by `hearth analyze` (one summary, so the import dominates), with peak memory, for this
    hearth and --former. --example DIR takes the export, mapping and keys from another
    checkout's docs/examples (e.g. the former's, whose build may not know later instruments).
Needs pandas, polars and numpy (PyPI). The file comes from make_cohort_csv.py (synthetic).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_cohort_csv  # noqa: E402

MIDPOINT = {1: 0, 2: 0, 3: 1, 4: 2, 5: 4, 6: 8, 7: 15, 8: 25}


def timed_process(arguments, env=None):
    """Wall seconds and peak resident memory (MiB) of a child process. The memory comes from
    /usr/bin/time (GNU time): a child's own rusage can include the memory of this Python
    process, which it was forked from."""
    start = time.perf_counter()
    process = subprocess.run(["/usr/bin/time", "-f", "%M"] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{arguments[0]} failed: {process.stderr.decode()[-300:]}")
    return seconds, int(process.stderr.decode().strip().splitlines()[-1]) / 1024


def best(function, repeat):
    return min(function() for _ in range(repeat))


def polars_seconds(code, threads, repeat):
    env = dict(os.environ)
    if threads:
        env["POLARS_MAX_THREADS"] = str(threads)
    script = f"import time, polars as pl\n{code}\nbest = min(run() for _ in range({repeat}))\nprint(best)"
    return float(subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hearth", required=True)
    parser.add_argument("--former")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--redcap-rows", type=int, default=0)
    parser.add_argument("--example", default=os.path.join(HERE, "..", "..", "docs", "examples"))
    args = parser.parse_args()
    import numpy as np
    import pandas as pd

    # The REDCap import first, while this process is small.
    redcap = redcap_rows(args) if args.redcap_rows else []
    with tempfile.TemporaryDirectory() as folder:
        data, scores = os.path.join(folder, "cohort.csv"), os.path.join(folder, "scores.csv")
        sys.argv = ["make_cohort_csv.py", str(args.rows), data]
        make_cohort_csv.main()
        size = os.path.getsize(data) / 1e6
        rows = []

        def hearth(binary):
            return lambda: timed_process([binary, "score", "cts2", "--input", data, "--output", scores, "--threads", "1"])

        runs = [hearth(args.hearth)() for _ in range(args.repeat)]
        hearth_seconds, hearth_memory = min(r[0] for r in runs), max(r[1] for r in runs)
        rows.append(("hearth score cts2 (read, score, write)", hearth_seconds, hearth_memory))
        if args.former:
            former = [hearth(args.former)() for _ in range(args.repeat)]
            rows.append(("former hearth score cts2", min(r[0] for r in former), max(r[1] for r in former)))

        def pandas_read():
            start = time.perf_counter()
            pd.read_csv(data)
            return time.perf_counter() - start

        pandas_seconds = best(pandas_read, args.repeat)
        rows.append(("pandas read_csv alone", pandas_seconds, None))
        read = f"def run():\n    t = time.perf_counter(); pl.read_csv({data!r}); return time.perf_counter() - t"
        rows.append(("polars read_csv, 1 thread", polars_seconds(read, 1, args.repeat), None))
        rows.append(("polars read_csv, all threads", polars_seconds(read, None, args.repeat), None))
        write = (f"frame = pl.read_csv({scores!r}, infer_schema_length=None)\n"
                 f"def run():\n    t = time.perf_counter(); frame.write_csv({os.path.join(folder, 'polars.csv')!r}); return time.perf_counter() - t")
        rows.append(("polars write_csv of the scores, 1 thread", polars_seconds(write, 1, args.repeat), None))

        # The NumPy peer: read, then physical frequency and prevalence (items 15-26) per actor.
        def numpy_peer():
            start = time.perf_counter()
            frame = pd.read_csv(data)
            result = {}
            for actor in ("self", "partner"):
                items = frame[[f"cts2_{actor}_{i}" for i in range(15, 27)]].to_numpy(dtype=float)
                complete = ~np.isnan(items).any(axis=1)
                codes = np.nan_to_num(items, nan=1).astype(int)
                midpoints = np.array([0, 0, 0, 1, 2, 4, 8, 15, 25])[codes]
                result[actor] = (complete, midpoints.sum(axis=1), (codes >= 3).any(axis=1).astype(int))
            return time.perf_counter() - start, result

        numpy_seconds, peer = min((numpy_peer() for _ in range(args.repeat)), key=lambda r: r[0])
        rows.append(("pandas read_csv + NumPy scoring (2 scales x 2 actors)", numpy_seconds, None))
        hearth_scores = pd.read_csv(scores)
        checked = 0
        for actor, (complete, frequency, prevalence) in peer.items():
            ours = hearth_scores[[f"{actor}_physical_frequency", f"{actor}_physical_prevalence"]].to_numpy()
            if not (np.array_equal(ours[complete, 0], frequency[complete]) and np.array_equal(ours[complete, 1], prevalence[complete])):
                raise SystemExit(f"hearth and NumPy disagree on {actor}_physical")
            checked += int(complete.sum())

    rows += redcap
    print(f"{args.rows:,} rows, {size:.0f} MB CSV; NumPy peer equal to hearth on {checked:,} complete actor rows")
    print(f"{'job':58} {'seconds':>8} {'peak MiB':>9}")
    for name, seconds, memory in rows:
        print(f"{name:58} {seconds:8.3f} {'' if memory is None else f'{memory:9.0f}'}")
    print(f"hearth whole job / pandas read_csv alone: {pandas_seconds / hearth_seconds:.2f}x faster (target >= 1.5)")
    if args.former:
        print(f"hearth / former hearth: {rows[1][1] / hearth_seconds:.1f}x faster (target >= 10)")
    if args.former and args.redcap_rows:
        print(f"REDCap import / former: {rows[-1][1] / rows[-2][1]:.1f}x faster (target >= 3)")


def redcap_rows(args):
    """hearth analyze importing a REDCap export of --redcap-rows rows (the worked example's rows, repeated with new ids)."""
    import csv
    import json
    example = os.path.abspath(args.example)
    with tempfile.TemporaryDirectory() as folder:
        rows = list(csv.reader(open(os.path.join(example, "research", "research-redcap-export.csv"))))
        header, data = rows[0], rows[1:]
        record, family = header.index("record_id"), header.index("family_id")
        with open(os.path.join(folder, "export.csv"), "w", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(header)
            for index in range(args.redcap_rows):
                row = list(data[index % len(data)])
                copy = index // len(data)
                row[record] += f"-r{copy}"
                row[family] += f"-r{copy}"
                writer.writerow(row)
        # The licensed keys the example's own study names (its export has those instruments' items).
        research = os.path.join(example, "research")
        named = json.load(open(os.path.join(research, "study.json")))["keys"]
        study = {
            "format": "hearth-study@1", "name": "REDCap import benchmark (SYNTHETIC)",
            "keys": {k: os.path.normpath(os.path.join(research, path)) for k, path in named.items()},
            "inputs": [{"format": "redcap", "path": "export.csv", "mapping": os.path.abspath(os.path.join(example, "research", "redcap-mapping.json"))}],
            "summaries": [{"column": "cts2.total_violence_frequency", "by": ["wave"]}], "formats": ["json"],
        }
        config = os.path.join(folder, "study.json")
        json.dump(study, open(config, "w"))
        results = []
        for name, binary in [("hearth analyze, REDCap import", args.hearth), ("former hearth analyze, REDCap import", args.former)]:
            if not binary:
                continue
            runs = [timed_process([binary, "analyze", "--config", config, "--output", os.path.join(folder, "out"), "--quiet"]) for _ in range(args.repeat)]
            results.append((f"{name} ({args.redcap_rows:,} rows)", min(r[0] for r in runs), max(r[1] for r in runs)))
        return results


if __name__ == "__main__":
    main()
