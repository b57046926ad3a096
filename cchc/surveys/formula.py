"""Satisfaction index (SIPAS, chỉ số hài lòng) from 5-point ratings. Pure: no Django.

The scale (thang đo 5 mức) is 1 rất không hài lòng, 2 không hài lòng, 3 bình thường,
4 hài lòng, 5 rất hài lòng. A question left unanswered, or answered "không ý kiến",
carries no score and counts nowhere (neither in k nor in n).

Definitions, for a set of ratings (one rating = one score a respondent gave one question):

- **Question** q: ``n_q`` = ratings of q with a score; ``k_q`` = those scoring 4 or 5.
  ``share_q = k_q / n_q`` (tỷ lệ hài lòng).
- **Element** e (yếu tố: tiếp cận dịch vụ, thủ tục hành chính, công chức, kết quả, tiếp
  nhận và xử lý góp ý): the ratings of all its questions pooled,
  ``share_e = Σ k_q / Σ n_q`` over the questions of e.
- **Overall** (chỉ số chung): all ratings pooled the same way, ``Σ k / Σ n``.
- **Sample size** ``responses``: the number of distinct responses (phiếu) that gave at
  least one score in the group; ``ratings`` is ``Σ n``.
- **Confidence interval**: Wilson score interval at ``z`` (default 1.96, ~95 %) around the
  share ``p``::

      centre = (p + z²/2m) / (1 + z²/m)
      half   = z · sqrt(p(1−p)/m + z²/4m²) / (1 + z²/m)

  with ``m = n_q`` for a question. For an element and the overall figure the scores one
  person gives are not independent, so ``m`` is the number of responses, not of ratings:
  the interval is honest (wider) rather than falsely narrow.
- **Breakdowns** (per agency, procedure, period...): the overall figure computed on the
  ratings of each group separately, listed worst first.

The share is a fraction in [0, 1]; templates show it as a percentage. An empty group has
share ``None`` (not 0: no data is not dissatisfaction).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

SCALE_MIN = 1
SCALE_MAX = 5
SATISFIED_FROM = 4  # "hài lòng" (4) and "rất hài lòng" (5)
Z_95 = 1.959963984540054


@dataclass(frozen=True)
class Rating:
    """One score one response gave one question, with what it may be grouped by."""

    response: Hashable
    question: Hashable
    element: Hashable
    score: int | None
    agency: Hashable = None
    procedure: Hashable = None
    period: Hashable = None


@dataclass(frozen=True)
class Share:
    """``satisfied`` of ``ratings`` scored 4-5, from ``responses`` responses."""

    satisfied: int
    ratings: int
    responses: int
    share: float | None
    low: float | None
    high: float | None

    @property
    def percent(self) -> float | None:
        return None if self.share is None else round(100 * self.share, 1)

    @property
    def low_percent(self) -> float | None:
        return None if self.low is None else round(100 * self.low, 1)

    @property
    def high_percent(self) -> float | None:
        return None if self.high is None else round(100 * self.high, 1)


@dataclass(frozen=True)
class Report:
    overall: Share
    by_element: dict[Hashable, Share] = field(default_factory=dict)
    by_question: dict[Hashable, Share] = field(default_factory=dict)


def wilson(p: float, m: float, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval for proportion ``p`` observed on ``m`` trials (m > 0)."""
    if m <= 0:
        raise ValueError("m must be positive")
    if not 0.0 <= p <= 1.0:
        raise ValueError("p must be in [0, 1]")
    z2 = z * z
    denom = 1 + z2 / m
    centre = (p + z2 / (2 * m)) / denom
    half = z * math.sqrt(p * (1 - p) / m + z2 / (4 * m * m)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def is_valid_score(score: object) -> bool:
    return (
        isinstance(score, int) and not isinstance(score, bool) and SCALE_MIN <= score <= SCALE_MAX
    )


def _scored(ratings: Iterable[Rating]) -> list[Rating]:
    out = []
    for r in ratings:
        if r.score is None:
            continue
        if not is_valid_score(r.score):
            raise ValueError(f"score outside the scale {SCALE_MIN}-{SCALE_MAX}: {r.score!r}")
        out.append(r)
    return out


def share_of(ratings: Iterable[Rating], *, per_response: bool = True, z: float = Z_95) -> Share:
    """The satisfied share of these ratings. ``per_response`` chooses the interval's ``m``:
    responses (pooled groups) or ratings (one question)."""
    scored = _scored(ratings)
    n = len(scored)
    k = sum(1 for r in scored if r.score is not None and r.score >= SATISFIED_FROM)
    responses = len({r.response for r in scored})
    if n == 0:
        return Share(0, 0, 0, None, None, None)
    p = k / n
    low, high = wilson(p, responses if per_response else n, z)
    return Share(k, n, responses, p, low, high)


def satisfaction(ratings: Iterable[Rating], *, z: float = Z_95) -> Report:
    """Overall, per-element and per-question shares of one set of ratings."""
    scored = _scored(ratings)
    by_element: dict[Hashable, list[Rating]] = defaultdict(list)
    by_question: dict[Hashable, list[Rating]] = defaultdict(list)
    for r in scored:
        by_element[r.element].append(r)
        by_question[r.question].append(r)
    return Report(
        overall=share_of(scored, z=z),
        by_element={e: share_of(rs, z=z) for e, rs in by_element.items()},
        by_question={q: share_of(rs, per_response=False, z=z) for q, rs in by_question.items()},
    )


def breakdown(
    ratings: Iterable[Rating], key: Callable[[Rating], Hashable], *, z: float = Z_95
) -> list[tuple[Hashable, Share]]:
    """The overall share per group (``key(rating)``), worst first; ties by fewer ratings
    first (less evidence), then by key text."""
    groups: dict[Hashable, list[Rating]] = defaultdict(list)
    for r in _scored(ratings):
        groups[key(r)].append(r)
    rows = [(g, share_of(rs, z=z)) for g, rs in groups.items()]
    rows.sort(key=lambda row: (row[1].share, row[1].ratings, str(row[0])))
    return rows


def by_agency(ratings: Iterable[Rating], *, z: float = Z_95) -> list[tuple[Hashable, Share]]:
    return breakdown(ratings, lambda r: r.agency, z=z)


def by_procedure(ratings: Iterable[Rating], *, z: float = Z_95) -> list[tuple[Hashable, Share]]:
    return breakdown(ratings, lambda r: r.procedure, z=z)


def by_period(ratings: Iterable[Rating], *, z: float = Z_95) -> list[tuple[Hashable, Share]]:
    """Per period, in period order (not worst first: a trend reads left to right)."""
    rows = breakdown(ratings, lambda r: r.period, z=z)
    rows.sort(key=lambda row: (row[0] is None, row[0]))
    return rows
