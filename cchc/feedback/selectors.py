"""Reads on feedback cases: public answers, lookup, officers' queues, statistics."""

from __future__ import annotations

import datetime as dt
import hmac
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Avg, Count, F, Q, QuerySet
from django.utils import timezone

from cchc.core.calendar import get_work_calendar
from cchc.core.text import fold
from cchc.directory.selectors import AREA_LEVELS, Agency, agency_names

from . import permissions
from .choices import Status
from .models import Feedback, FeedbackCategory
from .workflow import OPEN_STATUSES

# Fields a public page may read. Personal data (submitter_*) is never in this list.
PUBLIC_FIELDS = (
    "id",
    "code",
    "kind",
    "category__name",
    "public_subject",
    "public_content",
    "public_answer",
    "answering_agency__name",
    "received_on",
    "answered_on",
    "published_at",
    "status",
)


def feedback_list_public(q: str = "") -> QuerySet:
    """Published answers, newest first; ``q`` searched accent-insensitively."""
    qs = Feedback.objects.filter(is_published=True).select_related("category", "answering_agency")
    for word in fold(q or "").split()[:8]:
        qs = qs.filter(search_text__contains=word)
    listed = [f for f in PUBLIC_FIELDS if f != "status"]  # a published case is answered
    return qs.only(*listed).order_by("-published_at", "-id")


def feedback_get_public(code: str) -> Feedback | None:
    return feedback_list_public().filter(code=code).first()


def _normalise_phone(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    if digits.startswith("84"):
        digits = "0" + digits[2:]
    return digits


def feedback_lookup(code: str, contact: str) -> Feedback | None:
    """The case with this code whose phone or e-mail matches ``contact``; else None.

    The same None for a wrong code and a wrong contact (no enumeration).
    """
    code = (code or "").strip().upper()[:32]
    contact = (contact or "").strip()[:254]
    if not code or not contact:
        return None
    fb = (
        Feedback.objects.select_related("assigned_agency", "answering_agency")
        .filter(code=code)
        .first()
    )
    if fb is None or fb.status == Status.SPAM:
        return None
    ok = False
    if "@" in contact and fb.submitter_email:
        ok = hmac.compare_digest(contact.lower().encode(), fb.submitter_email.lower().encode())
    elif fb.submitter_phone:
        given = _normalise_phone(contact)
        ok = len(given) >= 8 and hmac.compare_digest(
            given.encode(), _normalise_phone(fb.submitter_phone).encode()
        )
    return fb if ok else None


def due_soon_limit(today: dt.date | None = None) -> dt.date:
    days = int(getattr(settings, "FEEDBACK_DUE_SOON_DAYS", 2))
    return get_work_calendar().add_working_days(today or timezone.localdate(), days)


def feedback_queue_for_user(user, *, status: str = "", flag: str = "", q: str = "") -> QuerySet:
    """The officer's queue: their agency's cases (coordinators: every case but spam)."""
    qs = Feedback.objects.select_related("category", "assigned_agency")
    if not permissions.is_coordinator(user):
        agency = permissions.officer_agency(user)
        if agency is None:
            return Feedback.objects.none()
        qs = qs.filter(assigned_agency=agency)
    qs = qs.filter(status=status) if status else qs.exclude(status=Status.SPAM)
    today = timezone.localdate()
    if flag == "overdue":
        qs = qs.filter(status__in=OPEN_STATUSES, answer_due__lt=today)
    elif flag == "due_soon":
        qs = qs.filter(
            status__in=OPEN_STATUSES, answer_due__gte=today, answer_due__lte=due_soon_limit(today)
        )
    if q:
        q = q.strip()[:100]
        qs = qs.filter(Q(code__iexact=q) | Q(subject__icontains=q))
    return qs.order_by("answer_due", "id")


def feedback_get_for_user(user, pk: int) -> Feedback | None:
    """The case if ``user`` may see it; None otherwise (views answer 404)."""
    fb = (
        Feedback.objects.select_related("category", "assigned_agency", "answering_agency", "area")
        .filter(pk=pk)
        .first()
    )
    if fb is None or not permissions.can_view(user, fb):
        return None
    return fb


def deadline_flag(fb: Feedback, today: dt.date, soon: dt.date) -> str:
    if fb.status not in OPEN_STATUSES:
        return ""
    if fb.answer_due < today:
        return "overdue"
    if fb.answer_due <= soon:
        return "due_soon"
    return ""


def suggest_agency(fb: Feedback) -> Agency | None:
    """Routing suggestion: the area's agency for local matters (a commune or district
    chosen by the citizen), else the category's default agency."""
    if fb.area_id and fb.area and fb.area.status == Agency.Status.ACTIVE:
        if fb.category is None or fb.category.default_agency is None:
            return fb.area
        if fb.area.level in AREA_LEVELS and fb.category.code in set(
            getattr(settings, "FEEDBACK_LOCAL_CATEGORIES", ())
        ):
            return fb.area
    if fb.category_id and fb.category.default_agency_id:
        agency = fb.category.default_agency
        return agency if agency.status == Agency.Status.ACTIVE else None
    return None


def categories_active() -> QuerySet:
    return FeedbackCategory.objects.filter(is_active=True)


def category_get_active(code: str) -> FeedbackCategory | None:
    return categories_active().filter(code=code).first()


def feedback_list_open311() -> QuerySet:
    """Every case but spam, newest first: what the Open311 API lists (it shows each
    one's public fields only)."""
    return (
        Feedback.objects.exclude(status=Status.SPAM)
        .select_related("category", "assigned_agency", "answering_agency")
        .order_by("-created_at", "-id")
    )


# --- statistics ----------------------------------------------------------------------------


@dataclass
class AgencyStats:
    agency_id: int | None
    name: str
    received: int
    answered: int
    on_time: int
    late: int
    open_overdue: int
    avg_days: float | None

    @property
    def late_total(self) -> int:
        return self.late + self.open_overdue


def feedback_stats_by_agency(
    start: dt.date, end: dt.date, *, today: dt.date | None = None
) -> list[AgencyStats]:
    """Per agency, for cases received in [start, end]: two queries in all."""
    today = today or timezone.localdate()
    rows = (
        Feedback.objects.filter(received_on__gte=start, received_on__lte=end)
        .exclude(status__in=[Status.SPAM, Status.REJECTED])
        .values("assigned_agency")
        .annotate(
            received=Count("id"),
            answered=Count("id", filter=Q(answered_on__isnull=False)),
            on_time=Count(
                "id", filter=Q(answered_on__isnull=False, answered_on__lte=F("answer_due"))
            ),
            late=Count("id", filter=Q(answered_on__isnull=False, answered_on__gt=F("answer_due"))),
            open_overdue=Count(
                "id",
                filter=Q(answered_on__isnull=True, status__in=OPEN_STATUSES, answer_due__lt=today),
            ),
            avg_days=Avg("answer_working_days"),
        )
        .order_by()
    )
    rows = list(rows)
    names = agency_names(r["assigned_agency"] for r in rows)
    result = [
        AgencyStats(
            agency_id=r["assigned_agency"],
            name=names.get(r["assigned_agency"], "") or "(chưa giao cơ quan)",
            received=r["received"],
            answered=r["answered"],
            on_time=r["on_time"],
            late=r["late"],
            open_overdue=r["open_overdue"],
            avg_days=round(float(r["avg_days"]), 1) if r["avg_days"] is not None else None,
        )
        for r in rows
    ]
    result.sort(key=lambda s: (-s.received, s.name))
    return result


def feedback_due_by_agency(today: dt.date | None = None) -> dict[int, dict[str, Any]]:
    """Open cases per assigned agency, split into overdue and due soon (daily digest)."""
    today = today or timezone.localdate()
    soon = due_soon_limit(today)
    qs = (
        Feedback.objects.filter(
            status__in=OPEN_STATUSES, assigned_agency__isnull=False, answer_due__lte=soon
        )
        .select_related("assigned_agency")
        .order_by("answer_due", "id")
    )
    result: dict[int, dict[str, list[Feedback]]] = {}
    for fb in qs:
        bucket = result.setdefault(
            fb.assigned_agency_id, {"agency": fb.assigned_agency, "overdue": [], "due_soon": []}
        )
        bucket["overdue" if fb.answer_due < today else "due_soon"].append(fb)
    return result


def feedback_export_cases(start, end, *, user):
    """The cases received in [start, end] (spam left out) that ``user`` may see, oldest
    first, for the export; streamed in chunks. The list carries the citizen's own subject
    line, so an officer gets their agency's cases only, a coordinator every case."""
    qs = Feedback.objects.filter(received_on__gte=start, received_on__lte=end)
    if not permissions.is_coordinator(user):
        agency = permissions.officer_agency(user)
        if agency is None:
            return iter(())
        qs = qs.filter(assigned_agency=agency)
    return (
        qs.exclude(status=Status.SPAM)
        .select_related("category", "assigned_agency")
        .order_by("received_on", "id")
        .iterator(chunk_size=1000)
    )
