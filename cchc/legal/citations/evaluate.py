"""Precision and recall of the extractor against a labelled JSONL corpus.

Run: ``python -m cchc.legal.citations.evaluate tests/legal/data/citations_corpus.jsonl`` (the
hand-written corpus) or ``... tests/legal/data/real/dev.jsonl`` (real text, see its README).

Two corpus formats are understood:

* **Hand-written** rows (``{"shape", "text", "expected"}``): a predicted citation counts as a
  true positive when its key equals an expected key on the same line and every field given in
  the expectation (doc_type, issued, issuer, subject, kind, year, symbol, number, pinpoint)
  matches. Otherwise the expectation is a false negative and any prediction left over is a false
  positive. ``main`` exits 1 below 0.99.
* **Real-text** rows (``{"category", "source", "text", "shapes", "expected"}``, each expectation
  with a ``shape`` list): a prediction matches an expectation when the keys are equal (first
  unused expectation, in text order). Matches are TP, expectations left over FN, predictions left
  over FP. Recall per shape counts each expectation under every one of its shape tags; a FP is
  charged to the passage's shapes (the union of its expectations' tags, ``negative`` when it has
  none). Field accuracy (year, type, issue date, issuer, kind, pinpoint) is measured on matched
  references only. A predicted relation is correct when the reference matches and the relation
  equals the label; relation precision is over every prediction with a non-null relation,
  relation recall over every expectation with one. ``main`` exits 0 (it is a measurement).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extract import extract
from .models import Citation

__all__ = ["RealReport", "Score", "evaluate", "evaluate_real", "main", "mismatches"]


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


def _nfc(v: Any) -> Any:
    return unicodedata.normalize("NFC", " ".join(v.split())) if isinstance(v, str) else v


FIELDS = ("year", "doc_type", "issued", "issuer", "kind", "pinpoint")


@dataclass
class RealReport:
    """Scores of the extractor on a real-text corpus."""

    by_category: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_shape: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    total: Score = field(default_factory=Score)
    fields: dict[str, list[int]] = field(
        default_factory=lambda: {f: [0, 0] for f in FIELDS}
    )  # name -> [correct, matched]
    field_errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    relations: dict[str, int] = field(
        default_factory=lambda: {"correct": 0, "predicted": 0, "labelled": 0}
    )

    @property
    def relation_precision(self) -> float | None:
        """Correct relations / predictions with a relation; None when none was predicted."""
        r = self.relations
        return r["correct"] / r["predicted"] if r["predicted"] else None

    @property
    def relation_recall(self) -> float | None:
        """Correct relations / labelled relations; None when none is labelled."""
        r = self.relations
        return r["correct"] / r["labelled"] if r["labelled"] else None

    def accuracy(self, name: str) -> float | None:
        """Share of matched references whose ``name`` field is right."""
        ok, n = self.fields[name]
        return ok / n if n else None


def is_real(rows: list[dict[str, Any]]) -> bool:
    """True for the real-text format (rows carry a ``category``)."""
    return bool(rows) and all("category" in r for r in rows)


def _pin(c: Citation) -> dict[str, Any] | None:
    p = c.pinpoint
    return None if p is None else {"article": p.article, "clause": p.clause, "point": p.point}


def _got(c: Citation, name: str) -> Any:
    if name == "pinpoint":
        return _pin(c)
    if name == "issued":
        return c.issued.isoformat() if c.issued else None
    return getattr(c, name)


def evaluate_real(
    rows: list[dict[str, Any]], extractor: Callable[[str], list[Citation]] = extract
) -> RealReport:
    """Score ``extractor`` on real-text rows (see the module docstring for the rules)."""
    rep = RealReport()
    for row in rows:
        cat = rep.by_category[row["category"]]
        cat.lines += 1
        rep.total.lines += 1
        passage_shapes = (
            row.get("shapes")
            or sorted({t for e in row["expected"] for t in e.get("shape", [])})
            or ["negative"]
        )
        for t in passage_shapes:
            rep.by_shape[t].lines += 1
        preds = extractor(row["text"])
        used = [False] * len(preds)
        for exp in row["expected"]:
            key = unicodedata.normalize("NFC", exp["key"])
            tags = exp.get("shape") or ["untagged"]
            if exp.get("relation"):
                rep.relations["labelled"] += 1
            hit = next((i for i, c in enumerate(preds) if not used[i] and c.key == key), None)
            scores = [rep.total, cat, *(rep.by_shape[t] for t in tags)]
            if hit is None:
                for sc in scores:
                    sc.fn += 1
                    sc.errors.append(f"{row['text']!r}: missing {key}")
                continue
            used[hit] = True
            for sc in scores:
                sc.tp += 1
            c = preds[hit]
            for name in FIELDS:
                if name not in exp:
                    continue
                want, got = _nfc(exp[name]), _nfc(_got(c, name))
                rep.fields[name][1] += 1
                if got == want:
                    rep.fields[name][0] += 1
                else:
                    rep.field_errors[name].append(f"{key}: got {got!r}, want {want!r}")
            if c.relation is not None and c.relation == exp.get("relation"):
                rep.relations["correct"] += 1
        for i, c in enumerate(preds):
            if c.relation is not None:
                rep.relations["predicted"] += 1
            if used[i]:
                continue
            for sc in [rep.total, cat, *(rep.by_shape[t] for t in passage_shapes)]:
                sc.fp += 1
                sc.errors.append(f"{row['text']!r}: unexpected {c.key}")
    return rep


def _fmt(v: float | None) -> str:
    return "    n/a" if v is None else f"{v:7.4f}"


def real_table(rep: RealReport) -> str:
    """Plain-text tables: per category, per shape, overall, field accuracy, relations."""
    head = f"{'':<16} {'lines':>5} {'tp':>5} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"

    def row(name: str, s: Score) -> str:
        return (
            f"{name:<16} {s.lines:5d} {s.tp:5d} {s.fp:4d} {s.fn:4d}"
            f" {s.precision:9.4f} {s.recall:7.4f}"
        )

    out = ["by category", head.replace(" " * 16, "category".ljust(16), 1)]
    out += [row(k, rep.by_category[k]) for k in sorted(rep.by_category)]
    out += ["", "by shape", head.replace(" " * 16, "shape".ljust(16), 1)]
    out += [row(k, rep.by_shape[k]) for k in sorted(rep.by_shape)]
    out += ["", row("ALL", rep.total), "", "field accuracy on matched references"]
    for name in FIELDS:
        ok, n = rep.fields[name]
        out.append(f"{name:<16} {ok:5d}/{n:<5d} {_fmt(rep.accuracy(name))}")
    r = rep.relations
    out += [
        "",
        f"relations: correct {r['correct']}, predicted {r['predicted']}, labelled {r['labelled']};"
        f" precision {_fmt(rep.relation_precision).strip()},"
        f" recall {_fmt(rep.relation_recall).strip()}",
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Print the table (and up to 20 errors with ``-v``); exit 1 below 0.99 on the hand-written
    corpus, 0 on a real-text corpus."""
    args = sys.argv[1:] if argv is None else argv
    if "-h" in args or "--help" in args:
        print("usage: python -m cchc.legal.citations.evaluate [-v] [FILE.jsonl ...]")
        print("  labelled passages (the hand-written corpus by default, or real-text sets);")
        print("  -v also prints up to 20 errors per shape and field")
        return 0
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"] or ["tests/legal/data/citations_corpus.jsonl"]
    rows = load(paths)
    if is_real(rows):
        rep = evaluate_real(rows)
        print(real_table(rep))
        if verbose:
            for shape, s in sorted(rep.by_shape.items()):
                for e in s.errors[:20]:
                    print(f"[{shape}] {e}")
            for name, errs in sorted(rep.field_errors.items()):
                for e in errs[:20]:
                    print(f"[field {name}] {e}")
        return 0
    scores = evaluate(rows)
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
