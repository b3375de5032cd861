#!/usr/bin/env python3
"""SPSS system files written by two independent implementations — PSPP (Debian's `pspp`)
and ReadStat (through pyreadstat) — and what pyreadstat reads back from each, for
HearthResearch's SPSS reader tests. Regenerate from the repository root with:

    python3 Tests/HearthResearchTests/Fixtures/SPSS/make_spss_fixtures.py

Every person, answer and label here is made up.
"""
import datetime
import json
import math
import os
import subprocess
import sys
import tempfile

import pandas as pd
import pyreadstat

HERE = os.path.dirname(os.path.abspath(__file__))

PSPP_SYNTAX = """SET LOCALE='{locale}'.
DATA LIST LIST /id (A8) item1 item2 item3 age visit (F8.0) born (DATE11) note (A20) remark (A300).
BEGIN DATA.
"p1" 1 2 3 34 1 "14-OCT-1982" "een" "long text"
"p2" 98 2 99 41 2 "01-JAN-1990" "{accented}" "{long}"
"p3" 4 . 1 . 1 "29-FEB-2000" "" ""
END DATA.
VARIABLE LABELS item1 'Eerste vraag' item2 'Second question' remark 'A very long string'.
VALUE LABELS item1 item2 item3 1 'nooit' 2 'soms' 4 'vaak' 98 'weigert' 99 'weet niet'.
MISSING VALUES item1 item2 (98, 99) item3 (97 THRU 99).
SAVE OUTFILE='{out}-uncompressed.sav' /UNCOMPRESSED.
SAVE OUTFILE='{out}-compressed.sav' /COMPRESSED.
"""


def pspp(locale, name):
    long_text = "x" * 140 + " middle " + "y" * 140
    syntax = PSPP_SYNTAX.format(locale=locale, accented="één café", long=long_text, out=os.path.join(HERE, name))
    with tempfile.NamedTemporaryFile("w", suffix=".sps", delete=False, encoding="utf-8") as handle:
        handle.write(syntax)
        path = handle.name
    subprocess.run(["pspp", path], check=True, capture_output=True)
    os.unlink(path)


# What files from practice hold that the basic file does not: a numeric sex with value
# labels, a string PSPP cuts inside a character (A5 holding "abcdé"), a variable label PSPP
# cuts at 255 bytes inside a character, two missing values of a long string (PSPP writes a
# length before each), a YMDHMS date-time and a label with a typographic apostrophe.
PSPP_EDGE = """SET LOCALE='UTF-8'.
DATA LIST LIST /id (A8) sex (F1.0) note (A5) mid (A20) stamp (YMDHMS19) item1 (F2.0).
BEGIN DATA.
"p1" 1 "abcdé" "refused" "1982-10-14 10:11:12" 1
"p2" 2 "ok" "no info" "2000-02-29 23:59:59" 98
END DATA.
VARIABLE LABELS item1 '{label}'.
VALUE LABELS sex 1 'vrouw' 2 'man' /item1 1 'nooit' 98 'don’t know'.
MISSING VALUES mid ('refused', 'no info') item1 (98).
SAVE OUTFILE='{out}' /COMPRESSED.
"""


def pspp_edge():
    syntax = PSPP_EDGE.format(label="é" * 200, out=os.path.join(HERE, "pspp-edge.sav"))
    with tempfile.NamedTemporaryFile("w", suffix=".sps", delete=False, encoding="utf-8") as handle:
        handle.write(syntax)
        path = handle.name
    subprocess.run(["pspp", path], check=True, capture_output=True)
    os.unlink(path)


def readstat():
    frame = pd.DataFrame({
        "record_id": ["r1", "r2", "r3", "r4"],
        "cts2_s01": [1.0, 8.0, math.nan, 97.0],
        "score": [2.5, -1.25, 0.0, 1e10],
        "city": ["Amsterdam", "Den Haag", "", "Utrecht"],
    })
    labels = {"cts2_s01": {1.0: "never", 8.0: "more than 20 times", 97.0: "refused"}}
    kwargs = dict(column_labels={"cts2_s01": "CTS2 item 1, self", "score": "A score"}, variable_value_labels=labels,
                  missing_ranges={"cts2_s01": [97.0]}, variable_format={"score": "F12.2"})
    pyreadstat.write_sav(frame, os.path.join(HERE, "readstat-uncompressed.sav"), **kwargs)
    pyreadstat.write_sav(frame, os.path.join(HERE, "readstat-compressed.sav"), row_compress=True, **kwargs)


def expected(name):
    frame, meta = pyreadstat.read_sav(os.path.join(HERE, name), user_missing=True, dates_as_pandas_datetime=False)
    def cell(value):
        if isinstance(value, float) and math.isnan(value):
            return None
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        if isinstance(value, float):
            return value
        return str(value)
    missing = {}
    for column, ranges in (meta.missing_ranges or {}).items():
        missing[column] = [[r["lo"], r["hi"]] for r in ranges]
    return {
        "file": name,
        "encoding": meta.file_encoding,
        "columns": meta.column_names,
        "labels": meta.column_names_to_labels,
        "formats": meta.original_variable_types,
        "measures": meta.variable_measure,
        "valueLabels": {column: {str(key): value for key, value in labels.items()} for column, labels in meta.variable_value_labels.items()},
        "missing": missing,
        "rows": [[cell(value) for value in row] for row in frame.itertuples(index=False)],
    }


def main():
    # --expected-only: read the committed files back again (the expectations grew) without
    # writing new ones.
    if "--expected-only" not in sys.argv:
        pspp("UTF-8", "pspp-utf8")
        pspp("ISO-8859-1", "pspp-latin1")
        readstat()
        pspp_edge()
    names = ["pspp-utf8-uncompressed.sav", "pspp-utf8-compressed.sav", "pspp-latin1-uncompressed.sav", "pspp-latin1-compressed.sav",
             "readstat-uncompressed.sav", "readstat-compressed.sav"]
    with open(os.path.join(HERE, "spss-fixtures.json"), "w") as handle:
        json.dump({"generator": "Tests/HearthResearchTests/Fixtures/SPSS/make_spss_fixtures.py", "pyreadstat": pyreadstat.__version__,
                   "fixtures": [expected(name) for name in names]}, handle, indent=1, ensure_ascii=False)
        handle.write("\n")


if __name__ == "__main__":
    main()
