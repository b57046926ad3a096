"""Print what `make test` ran, skipped and why, from the JUnit XML files of its pytest runs.

Usage: ``python tools/test_summary.py var/test-results/unit.xml var/test-results/browser.xml``.
Plain Python (no Django): it runs after the suites, whatever they left behind. A missing file
is reported (that run did not finish), never an error.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own pytest output, not untrusted input
from collections import Counter
from pathlib import Path

NAMES = {
    "unit.xml": "Unit and integration tests",
    "browser.xml": "Browser tests",
    "faults.xml": "Fault tests",
}


def summarise(path: Path) -> list[str]:
    """Lines describing one run: totals, then each skip reason with its count."""
    title = NAMES.get(path.name, path.name)
    if not path.exists():
        return [f"{title}: no result file ({path}); the run did not finish"]
    root = ET.parse(path).getroot()  # noqa: S314
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    totals: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    notes: Counter[str] = Counter()
    for suite in suites:
        for case in suite.iter("testcase"):
            totals["tests"] += 1
            outcome = "passed"
            for child in case:
                if child.tag == "skipped":
                    outcome = "skipped"
                    reason = (child.get("message") or "").removeprefix("Skipped: ")
                    reasons[reason or "no reason given"] += 1
                elif child.tag in ("failure", "error"):
                    outcome = "failed"
                elif child.tag == "properties":
                    for prop in child.iter("property"):
                        if prop.get("name") == "skipped_check":
                            notes[prop.get("value") or ""] += 1
            totals[outcome] += 1
    lines = [
        f"{title}: {totals['passed']} passed, {totals['failed']} failed, "
        f"{totals['skipped']} skipped"
    ]
    lines += [f"  skipped {n}× — {reason}" for reason, n in sorted(reasons.items())]
    lines += [f"  check left out in {n} test(s) — {note}" for note, n in sorted(notes.items())]
    return lines


def main(argv: list[str]) -> int:
    print("\n==== make test: summary ====")
    for arg in argv:
        for line in summarise(Path(arg)):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
