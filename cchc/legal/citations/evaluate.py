"""Precision and recall of the extractor against a labelled JSONL corpus, per shape.

Run: ``python -m cchc.legal.citations.evaluate tests/legal/data/citations_corpus.jsonl``.

A predicted citation counts as a true positive when its key equals an expected key on the same
line and every field given in the expectation (doc_type, issued, issuer, subject, kind, year,
symbol, number, pinpoint) matches. Otherwise the expectation is a false negative and any
prediction left over is a false positive.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extract import extract
from .models import Citation

__all__ = ["Score", "evaluate", "main", "mismatches"]


@dataclass
class Score:
    """Counts for one shape."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    lines: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _value(c: Citation, name: str) -> Any:
    j = c.to_json()
    if name == "pinpoint":
        p = j["pinpoint"]
        return None if p is None else {k: p[k] for k in ("article", "clause", "point")}
    return j[name]


def mismatches(c: Citation, exp: dict[str, Any]) -> list[str]:
    """Fields of ``exp`` that ``c`` gets wrong, as readable strings."""
    out = []
    for name, want in exp.items():
        if name == "key":
            continue
        if isinstance(want, str):
            want = unicodedata.normalize("NFC", want)
        got = _value(c, name)
        if got != want:
            out.append(f"{name}: got {got!r}, want {want!r}")
    return out


def load(paths: list[str | Path]) -> list[dict[str, Any]]:
    """Rows of one or more JSONL corpus files."""
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Score]:
    """Score every row; return ``{shape: Score}`` plus an ``"ALL"`` total."""
    scores: dict[str, Score] = defaultdict(Score)
    total = scores["ALL"]
    for row in rows:
        sc = scores[row["shape"]]
        sc.lines += 1
        total.lines += 1
        preds = extract(row["text"])
        used = [False] * len(preds)
        for exp in row["expected"]:
            key = unicodedata.normalize("NFC", exp["key"])
            hit = False
            for i, c in enumerate(preds):
                if not used[i] and c.key == key:
                    used[i] = True
                    bad = mismatches(c, exp)
                    if bad:
                        sc.errors.append(f"{row['text']!r}: {key}: {'; '.join(bad)}")
                        sc.fp += 1
                        total.fp += 1
                    else:
                        hit = True
                    break
            else:
                sc.errors.append(f"{row['text']!r}: missing {key}")
            if hit:
                sc.tp += 1
                total.tp += 1
            else:
                sc.fn += 1
                total.fn += 1
        for i, c in enumerate(preds):
            if not used[i]:
                sc.fp += 1
                total.fp += 1
                sc.errors.append(f"{row['text']!r}: unexpected {c.key}")
    return dict(scores)


def table(scores: dict[str, Score]) -> str:
    """A plain-text table of precision/recall per shape."""
    lines = [
        f"{'shape':<14} {'lines':>5} {'tp':>5} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"
    ]
    for shape in sorted(scores, key=lambda s: (s == "ALL", s)):
        s = scores[shape]
        lines.append(
            f"{shape:<14} {s.lines:5d} {s.tp:5d} {s.fp:4d} {s.fn:4d} {s.precision:9.4f} {s.recall:7.4f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table (and up to 20 errors with ``-v``); exit 1 below 0.99."""
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"] or ["tests/legal/data/citations_corpus.jsonl"]
    scores = evaluate(load(paths))
    print(table(scores))
    if verbose:
        for shape, s in sorted(scores.items()):
            if shape != "ALL":
                for e in s.errors[:20]:
                    print(f"[{shape}] {e}")
    ok = all(s.precision >= 0.99 and s.recall >= 0.99 for s in scores.values())
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
