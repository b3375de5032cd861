#!/usr/bin/env python3
"""Writes a synthetic CTS2 cohort CSV for the CLI benchmarks and golden checks.

    python3 Benchmarks/cli/make_cohort_csv.py ROWS OUT.csv [--seed N]

Columns: id, sex, age, wave, then the 52 CTS2 items (self_1..26, partner_1..26), codes
1..8 (the study's coding: 1 never) with 3 % skipped (empty) cells; ids are unique (R<row>) and every row is a pure
function of the seed and its index, so a file of any size is reproducible. SYNTHETIC
data: no real respondent.
"""
import argparse
import random

ITEMS = [f"cts2_{actor}_{i}" for actor in ("self", "partner") for i in range(1, 27)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2009)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    codes = [str(c) for c in range(1, 9)]
    with open(args.out, "w", newline="") as out:
        out.write(",".join(["id", "sex", "age", "wave"] + ITEMS) + "\n")
        lines = []
        for row in range(args.rows):
            sex = "female" if rng.random() < 0.9 else "male"
            age = str(rng.randint(18, 65))
            wave = str(rng.randint(1, 3))
            # Most acts never happen; violent families answer higher codes.
            level = rng.random()
            cells = []
            for _ in ITEMS:
                draw = rng.random()
                if draw < 0.03:
                    cells.append("")
                elif draw < 0.03 + 0.6 * (1 - level):
                    cells.append("1")
                else:
                    cells.append(codes[rng.randint(0, 7)])
            lines.append(",".join([f"R{row}", sex, age, wave] + cells))
            if len(lines) == 10000:
                out.write("\n".join(lines) + "\n")
                lines = []
        if lines:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
