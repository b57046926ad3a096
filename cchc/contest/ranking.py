"""Scores → ranking, and outlier detection (pure: no Django import, tested alone).

**A juror's total for an entry** is the weighted share of the maximum, on a 0–100 scale::

    total = 100 × Σ(weight_c × points_c / max_c) / Σ weight_c

**The entry's final score** aggregates the jurors' totals (only complete score sheets count)
with the contest's method:

* ``mean``: the arithmetic mean;
* ``trimmed_mean``: ``k = floor(n × trim)`` totals are dropped at each end (the highest and
  the lowest) before the mean; with ``k = 0`` (few jurors) it is the mean.

**Ties** (equal final scores, compared rounded to ``PLACES`` decimals) are broken, in order:

1. the aggregated score of each criterion, criteria taken by descending weight (then by
   their order in the rubric): the entry stronger on the heaviest criterion goes first;
2. the earlier first submission (``submitted_at``);
3. the entry code (only so that the order is deterministic).

Entries still equal after step 1 share nothing: steps 2–3 always separate them, so every
rank is distinct and prizes never have to be split. ``tied_on`` records which step decided,
for the secretary's screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

PLACES = Decimal("0.01")
HUNDRED = Decimal(100)

MEAN = "mean"
TRIMMED_MEAN = "trimmed_mean"


@dataclass(frozen=True)
class Criterion:
    id: int
    weight: Decimal
    max_points: Decimal
    order: int = 0


@dataclass(frozen=True)
class Sheet:
    """One juror's points for one entry: criterion id → points."""

    juror: int
    points: Mapping[int, Decimal]


@dataclass(frozen=True)
class EntryScores:
    entry: int
    code: str
    submitted_at: datetime
    sheets: Sequence[Sheet]


@dataclass
class Ranked:
    entry: int
    code: str
    final: Decimal | None
    by_criterion: dict[int, Decimal] = field(default_factory=dict)
    sheets: int = 0
    rank: int | None = None
    tied_on: str = ""  # "", "criteria", "submitted_at", "code"


def q(value: Decimal) -> Decimal:
    return value.quantize(PLACES, rounding=ROUND_HALF_UP)


def sheet_total(sheet: Sheet, criteria: Sequence[Criterion]) -> Decimal | None:
    """The juror's 0–100 total, or ``None`` if a criterion has no points yet."""
    weights = sum((c.weight for c in criteria), Decimal(0))
    if not criteria or weights <= 0:
        return None
    total = Decimal(0)
    for c in criteria:
        if c.id not in sheet.points:
            return None
        total += c.weight * Decimal(sheet.points[c.id]) / c.max_points
    return HUNDRED * total / weights


def aggregate(values: Iterable[Decimal], method: str, trim: Decimal = Decimal("0.2")) -> Decimal:
    """Mean or trimmed mean of ``values`` (at least one value)."""
    ordered = sorted(Decimal(v) for v in values)
    if not ordered:
        raise ValueError("no values to aggregate")
    if method == TRIMMED_MEAN:
        k = math.floor(len(ordered) * Decimal(trim))
        if k > 0 and len(ordered) - 2 * k >= 1:
            ordered = ordered[k : len(ordered) - k]
    elif method != MEAN:
        raise ValueError(f"unknown aggregation {method!r}")
    return sum(ordered, Decimal(0)) / len(ordered)


def score_entry(
    entry: EntryScores,
    criteria: Sequence[Criterion],
    method: str,
    trim: Decimal = Decimal("0.2"),
) -> Ranked:
    complete = [s for s in entry.sheets if sheet_total(s, criteria) is not None]
    result = Ranked(entry=entry.entry, code=entry.code, final=None, sheets=len(complete))
    if not complete:
        return result
    totals = [sheet_total(s, criteria) for s in complete]
    result.final = q(aggregate(totals, method, trim))  # type: ignore[arg-type]
    for c in criteria:
        result.by_criterion[c.id] = q(aggregate((s.points[c.id] for s in complete), method, trim))
    return result


def rank(
    entries: Sequence[EntryScores],
    criteria: Sequence[Criterion],
    method: str = MEAN,
    trim: Decimal = Decimal("0.2"),
) -> list[Ranked]:
    """Every entry scored and ordered; entries without a complete sheet come last, unranked."""
    heaviest = sorted(criteria, key=lambda c: (-c.weight, c.order, c.id))
    by_id = {e.entry: e for e in entries}
    scored = [score_entry(e, criteria, method, trim) for e in entries]

    def key(r: Ranked):
        e = by_id[r.entry]
        return (
            -(r.final or Decimal(0)),
            tuple(-r.by_criterion.get(c.id, Decimal(0)) for c in heaviest),
            e.submitted_at,
            r.code,
        )

    ranked = sorted((r for r in scored if r.final is not None), key=key)
    for position, r in enumerate(ranked, start=1):
        r.rank = position
    for previous, current in zip(ranked, ranked[1:], strict=False):
        kp, kc = key(previous), key(current)
        if kp[0] != kc[0]:
            continue
        step = "criteria" if kp[1] != kc[1] else "submitted_at" if kp[2] != kc[2] else "code"
        for r in (previous, current):
            if not r.tied_on or _weaker(r.tied_on, step):
                r.tied_on = step
    unranked = [r for r in scored if r.final is None]
    return ranked + sorted(unranked, key=lambda r: r.code)


_STEPS = ["criteria", "submitted_at", "code"]


def _weaker(have: str, new: str) -> bool:
    return _STEPS.index(new) > _STEPS.index(have)


# --- outliers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlier:
    juror: int
    criterion: int | None  # None: the juror's total
    value: Decimal
    mean: Decimal
    reason: str  # "sd" or "share"


def outliers(
    values: Mapping[int, Decimal],
    maximum: Decimal,
    *,
    criterion: int | None = None,
    sd_factor: Decimal = Decimal(2),
    share: Decimal = Decimal("0.25"),
) -> list[Outlier]:
    """Jurors whose value stands far from the others': more than ``sd_factor`` population
    standard deviations from the mean (three values or more), or further from the mean than
    ``share`` of the maximum. ``values``: juror → points (or total)."""
    if len(values) < 2:
        return []
    numbers = [Decimal(v) for v in values.values()]
    mean = sum(numbers, Decimal(0)) / len(numbers)
    variance = sum(((v - mean) ** 2 for v in numbers), Decimal(0)) / len(numbers)
    sd = variance.sqrt() if variance > 0 else Decimal(0)
    found = []
    for juror, value in values.items():
        gap = abs(Decimal(value) - mean)
        if len(numbers) >= 3 and sd > 0 and gap > sd_factor * sd:
            reason = "sd"
        elif gap > share * maximum:
            reason = "share"
        else:
            continue
        found.append(Outlier(juror, criterion, Decimal(value), q(mean), reason))
    return found
