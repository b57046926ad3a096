"""Demo data: several years of results for every index, all marked as sample data
(``is_sample``, and a note saying so) so nobody mistakes them for real figures.
Idempotent: years already present are left alone."""

from __future__ import annotations

import random
from decimal import Decimal

from django.utils import timezone

from . import services
from .defaults import DEFINITIONS
from .models import IndexDefinition, IndexResult

SAMPLE_NOTE = "SỐ LIỆU MẪU (minh họa, không phải kết quả chính thức)"
YEARS = 6


def _q(value: float, digits: int) -> Decimal:
    return Decimal(str(round(value, digits)))


def load_demo(stdout) -> None:
    services.definitions_ensure(DEFINITIONS)
    last = timezone.localdate().year - 1
    created = 0
    for index in IndexDefinition.objects.prefetch_related("components"):
        rng = random.Random(f"cchc-demo-{index.code}")  # noqa: S311 (demo numbers)
        lo, hi = float(index.scale_min), float(index.scale_max)
        digits = 4 if hi <= 1 else 2
        level = lo + (hi - lo) * rng.uniform(0.55, 0.7)
        for year in range(last - YEARS + 1, last + 1):
            level = min(hi, max(lo, level + (hi - lo) * rng.uniform(-0.015, 0.04)))
            if IndexResult.objects.filter(index=index, year=year).exists():
                continue
            share = (level - lo) / (hi - lo)
            components = []
            for c in index.components.all():
                top = float(c.max_score) if c.max_score is not None else hi
                bottom = 0.0 if c.max_score is not None else lo
                value = bottom + (top - bottom) * min(
                    1.0, max(0.0, share + rng.uniform(-0.12, 0.1))
                )
                components.append((c.code, _q(value, digits)))
            total = 63 if year < 2025 else 34  # 34 provinces after the 2025 merger
            services.result_create(
                data=services.ResultInput(
                    index=index,
                    year=year,
                    score=_q(level, digits),
                    rank=rng.randint(5, total - 5),
                    rank_total=total,
                    components=components,
                    source_note=SAMPLE_NOTE,
                    is_sample=True,
                )
            )
            created += 1
    stdout.write(f"Chỉ số CCHC: {created} kết quả mẫu (số liệu minh họa).")
