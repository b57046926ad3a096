"""Gapless yearly tracking codes: ``PAKN-2026-000123``.

The number is taken from the year's ``TrackingCounter`` row, locked with
``select_for_update`` (PostgreSQL) or by the IMMEDIATE write transaction (SQLite), inside
the same transaction that inserts the case: a rolled-back insert gives its number back, so
numbers are unique and have no gaps.
"""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F

from .models import TrackingCounter


def format_code(year: int, number: int) -> str:
    prefix = getattr(settings, "FEEDBACK_CODE_PREFIX", "PAKN")
    return f"{prefix}-{year}-{number:06d}"


def allocate_number(year: int) -> int:
    """Next number of ``year``; must be called inside the transaction inserting the case."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("allocate_number() must run inside transaction.atomic()")
    try:
        counter = TrackingCounter.objects.select_for_update().get(year=year)
    except TrackingCounter.DoesNotExist:
        try:
            with transaction.atomic():
                TrackingCounter.objects.create(year=year, last=0)
        except IntegrityError:
            pass  # created concurrently: the row exists now
        counter = TrackingCounter.objects.select_for_update().get(year=year)
    TrackingCounter.objects.filter(pk=counter.pk).update(last=F("last") + 1)
    return TrackingCounter.objects.values_list("last", flat=True).get(pk=counter.pk)


def allocate_code(year: int) -> str:
    return format_code(year, allocate_number(year))
