#!/usr/bin/env python3
"""Reference values for HearthResearch's statistics, computed independently with SciPy
and NumPy on fixed data. Regenerate with:

    python3 Tests/HearthResearchTests/Fixtures/make_statistics_fixtures.py

Edge cases (n = 1, zero variance, all missing) are listed with "error": true where SciPy
returns NaN and Hearth throws insufficientData.
"""
import json
import math
import os
from fractions import Fraction

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261122)


def clean(x):
    return [float(v) for v in x]


def t_distribution():
    rows = []
    for df in [1, 2, 3.5, 5, 10, 29.7, 100, 1000, 100000]:
        for t in [-40, -5, -2.5, -1, -0.1, 0, 0.3, 1.96, 3, 8, 50]:
            rows.append({"t": t, "df": df, "cdf": float(stats.t.cdf(t, df)), "twoSided": float(2 * stats.t.sf(abs(t), df))})
    return rows


def descriptives():
    sets = {
        "normal": rng.normal(50, 10, 37),
        "largeOffset": 1e9 + rng.normal(0, 1, 25),
        "two": np.array([3.0, 8.0]),
        "one": np.array([4.5]),
        "constant": np.full(6, 7.25),
        "empty": np.array([]),
    }
    out = []
    for name, x in sets.items():
        entry = {"name": name, "values": clean(x), "count": int(x.size)}
        if x.size:
            entry["mean"] = float(np.mean(x))
            entry["min"] = float(np.min(x))
            entry["max"] = float(np.max(x))
        if x.size > 1:
            entry["sd"] = float(np.std(x, ddof=1))
        out.append(entry)
    return out


def welch():
    cases = [
        ("unequal", rng.normal(55, 14, 41), rng.normal(46, 6, 63)),
        ("small", np.array([1.0, 2.0, 4.0]), np.array([2.0, 9.0, 11.0, 15.0])),
        ("oneConstant", np.array([5.0, 5.0, 5.0]), np.array([1.0, 2.0, 3.0, 4.0])),
        ("bothConstant", np.array([5.0, 5.0]), np.array([3.0, 3.0, 3.0])),
        ("singleton", np.array([5.0]), np.array([1.0, 2.0, 3.0])),
    ]
    out = []
    for name, a, b in cases:
        entry = {"name": name, "a": clean(a), "b": clean(b)}
        with np.errstate(all="ignore"):
            res = stats.ttest_ind(a, b, equal_var=False)
        if not np.isfinite(res.statistic):
            entry["error"] = True
        else:
            va, vb = np.var(a, ddof=1) / a.size, np.var(b, ddof=1) / b.size
            entry.update(t=float(res.statistic), p=float(res.pvalue), df=float((va + vb) ** 2 / (va**2 / (a.size - 1) + vb**2 / (b.size - 1))))
            pooled = np.sqrt(((a.size - 1) * np.var(a, ddof=1) + (b.size - 1) * np.var(b, ddof=1)) / (a.size + b.size - 2))
            entry["cohensD"] = float((np.mean(a) - np.mean(b)) / pooled)
        out.append(entry)
    return out


def paired():
    before = rng.normal(120, 60, 30)
    cases = [
        ("decrease", before, before - rng.normal(40, 35, 30)),
        ("pair", np.array([10.0, 12.0]), np.array([7.0, 10.0])),
        ("sameDifference", np.array([10.0, 12.0, 14.0]), np.array([8.0, 10.0, 12.0])),
        ("onePair", np.array([10.0]), np.array([7.0])),
    ]
    out = []
    for name, a, b in cases:
        entry = {"name": name, "before": clean(a), "after": clean(b)}
        with np.errstate(all="ignore"):
            res = stats.ttest_rel(a, b)
        if np.isnan(res.statistic) or np.isinf(res.statistic):
            entry["error"] = True
        else:
            entry.update(t=float(res.statistic), p=float(res.pvalue), df=float(a.size - 1))
        out.append(entry)
    return out


def pearson():
    x = rng.normal(0, 1, 48)
    cases = [
        ("moderate", x, 0.4 * x + rng.normal(0, 1, 48)),
        ("three", np.array([1.0, 2.0, 4.0]), np.array([2.0, 1.0, 5.0])),
        ("offset", 1e8 + x[:20], 3 * x[:20] + rng.normal(0, 0.5, 20)),
        ("constant", np.array([1.0, 2.0, 3.0, 4.0]), np.array([2.0, 2.0, 2.0, 2.0])),
    ]
    out = []
    for name, a, b in cases:
        entry = {"name": name, "x": clean(a), "y": clean(b)}
        if np.std(b) == 0 or np.std(a) == 0:
            entry["error"] = True
        else:
            # r from exact rational sums (the 1e8 offset defeats float one-pass formulas);
            # the p-value from SciPy's t distribution on that r.
            fa, fb = [Fraction(v) for v in a], [Fraction(v) for v in b]
            ma, mb = sum(fa) / len(fa), sum(fb) / len(fb)
            sxy = sum((u - ma) * (v - mb) for u, v in zip(fa, fb))
            sxx = sum((u - ma) ** 2 for u in fa)
            syy = sum((v - mb) ** 2 for v in fb)
            r = float(sxy) / math.sqrt(float(sxx) * float(syy))
            df = len(a) - 2
            t = r * math.sqrt(df / ((1 - r) * (1 + r)))
            entry.update(r=r, p=float(2 * stats.t.sf(abs(t), df)), scipyR=float(stats.pearsonr(a, b)[0]))
        out.append(entry)
    return out


def alpha(items):
    k = items.shape[1]
    return float(k / (k - 1) * (1 - items.var(axis=0, ddof=1).sum() / items.sum(axis=1).var(ddof=1)))


def cronbach():
    latent = rng.normal(0, 1, 60)
    items = np.clip(np.round(3 + latent[:, None] + rng.normal(0, 0.9, (60, 6))), 1, 5)
    with_missing = items.copy()
    with_missing[[2, 7, 7, 19], [0, 3, 4, 5]] = np.nan
    complete = with_missing[~np.isnan(with_missing).any(axis=1)]
    cases = [
        {"name": "sixItems", "rows": items.tolist(), "alpha": alpha(items), "cases": 60},
        {"name": "listwise", "rows": [[None if np.isnan(v) else float(v) for v in row] for row in with_missing],
         "alpha": alpha(complete), "cases": int(complete.shape[0])},
        {"name": "constantTotal", "rows": [[1.0, 2.0], [2.0, 1.0], [0.0, 3.0]], "error": True},
        {"name": "allMissing", "rows": [[None, None], [None, 1.0]], "error": True},
    ]
    return cases


fixtures = {
    "generator": f"scipy {scipy.__version__}, numpy {np.__version__}",
    "tDistribution": t_distribution(),
    "descriptives": descriptives(),
    "welch": welch(),
    "paired": paired(),
    "pearson": pearson(),
    "cronbachAlpha": cronbach(),
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "statistics-fixtures.json")
with open(path, "w") as handle:
    json.dump(fixtures, handle, indent=1)
    handle.write("\n")
