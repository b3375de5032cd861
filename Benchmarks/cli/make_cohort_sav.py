#!/usr/bin/env python3
"""Writes a cohort CSV (from make_cohort_csv.py) as an uncompressed SPSS system file, row
by row, for the `hearth score --input x.sav` measurements:

    python3 Benchmarks/cli/make_cohort_sav.py IN.csv OUT.sav

id and sex become strings (A16, A8), every other column a number; an empty cell is
system-missing. A minimal writer of the published format (header, variable records,
machine records, UTF-8 encoding, long names, data): SYNTHETIC data only.
"""
import csv
import struct
import sys

SYSMIS = -1.7976931348623157e308


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        widths = [16 if name == "id" else 8 if name == "sex" else 0 for name in header]
        with open(target, "wb") as out:
            out.write(b"$FL2" + b"@(#) SPSS DATA FILE make_cohort_sav".ljust(60))
            out.write(struct.pack("<iiiii", 2, sum(max(1, (w + 7) // 8) for w in widths), 0, 0, -1))
            out.write(struct.pack("<d", 100.0) + b"01 Jan 26" + b"00:00:00" + b"SYNTHETIC".ljust(64) + b"\0\0\0")
            shorts = [f"V{i:07d}" for i in range(len(header))]
            for short, width in zip(shorts, widths):
                fmt = (1 << 16 | width << 8) if width else (5 << 16 | 8 << 8)
                out.write(struct.pack("<iiiiii", 2, width, 0, 0, fmt, fmt) + short.encode().ljust(8))
                for _ in range(max(1, (width + 7) // 8) - 1):
                    out.write(struct.pack("<iiiiii", 2, -1, 0, 0, 0, 0) + b" " * 8)
            out.write(struct.pack("<iiii8i", 7, 3, 4, 8, 1, 0, 0, -1, 1, 1, 2, 65001))
            out.write(struct.pack("<iiii3d", 7, 4, 8, 3, SYSMIS, 1.7976931348623157e308, -1.7976931348623155e308))
            names = "\t".join(f"{s}={n}" for s, n in zip(shorts, header)).encode()
            out.write(struct.pack("<iiii", 7, 13, 1, len(names)) + names)
            out.write(struct.pack("<iiii", 7, 20, 1, 5) + b"UTF-8")
            out.write(struct.pack("<ii", 999, 0))
            numeric = struct.Struct("<d")
            for row in reader:
                parts = []
                for cell, width in zip(row, widths):
                    if width:
                        parts.append(cell.encode()[:width].ljust((width + 7) // 8 * 8))
                    else:
                        parts.append(numeric.pack(float(cell) if cell else SYSMIS))
                out.write(b"".join(parts))


if __name__ == "__main__":
    main()
