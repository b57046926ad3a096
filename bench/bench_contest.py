"""Benchmark: the contest ranking (cchc/contest/ranking.py, pure) for a large edition:
--entries entries × --jurors jurors × 5 criteria, with ties; mean and trimmed mean, and
the outlier scan of the secretary's screen. No database.

    .venv/bin/python bench/bench_contest.py [--entries 2000 --jurors 9]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cchc.contest import ranking  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--jurors", type=int, default=9)
    args = parser.parse_args()
    rng = random.Random(18)
    criteria = [
        ranking.Criterion(i, Decimal(w), Decimal(10), i) for i, w in enumerate([3, 3, 2, 1, 1])
    ]
    t0 = dt.datetime(2022, 4, 1, tzinfo=dt.UTC)
    entries = [
        ranking.EntryScores(
            e,
            f"SK22-{e:06d}",
            t0 + dt.timedelta(minutes=rng.randint(0, 100_000)),
            [
                ranking.Sheet(j, {c.id: Decimal(rng.randint(4, 10)) for c in criteria})
                for j in range(args.jurors)
            ],
        )
        for e in range(args.entries)
    ]
    print(f"{args.entries} entries × {args.jurors} jurors × {len(criteria)} criteria")
    for method in (ranking.MEAN, ranking.TRIMMED_MEAN):
        start = time.perf_counter()
        result = ranking.rank(entries, criteria, method, Decimal("0.2"))
        took = time.perf_counter() - start
        ties = sum(1 for r in result if r.tied_on)
        print(f"  rank ({method}): {took * 1000:.0f} ms, {ties} entries placed by the tie-break")
    start = time.perf_counter()
    found = 0
    for e in entries:
        totals = {s.juror: ranking.sheet_total(s, criteria) for s in e.sheets}
        found += len(ranking.outliers(totals, ranking.HUNDRED))
    took = time.perf_counter() - start
    print(f"  outlier scan: {took * 1000:.0f} ms, {found} outlier totals")


if __name__ == "__main__":
    main()
