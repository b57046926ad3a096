"""Benchmark: the SIPAS formula (cchc/surveys/formula.py, pure) over a year of ratings of
a large province: --responses responses × 9 scale questions, 60 agencies, 500
procedures. Prints the time of the overall/element/question report and of the per-agency
and per-procedure breakdowns. No database: the selector's single query is not included.

    .venv/bin/python bench/bench_sipas.py [--responses 50000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cchc.surveys import formula  # noqa: E402

ELEMENTS = [
    "access",
    "access",
    "procedure",
    "procedure",
    "officer",
    "officer",
    "result",
    "result",
    "feedback",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=50_000)
    args = parser.parse_args()
    rng = random.Random(17)  # noqa: S311
    ratings = []
    for resp in range(args.responses):
        agency = rng.randrange(60)
        procedure = rng.randrange(500)
        for q, element in enumerate(ELEMENTS):
            score = None if rng.random() < 0.1 else rng.choice((1, 2, 3, 4, 4, 5, 5, 5))
            ratings.append(formula.Rating(resp, q, element, score, agency, procedure, 2026))
    scored = sum(1 for r in ratings if r.score is not None)
    for name, run in (
        ("report (overall, 5 elements, 9 questions)", lambda: formula.satisfaction(ratings)),
        ("per agency (60)", lambda: formula.by_agency(ratings)),
        ("per procedure (500)", lambda: formula.by_procedure(ratings)),
    ):
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
        print(f"{name:45s} {elapsed * 1000:8.1f} ms  ({scored:,} scored ratings)")
    report = formula.satisfaction(ratings)
    print(
        f"overall {report.overall.percent}% "
        f"[{report.overall.low_percent}–{report.overall.high_percent}] "
        f"n={report.overall.responses:,}"
    )
    del result


if __name__ == "__main__":
    main()
