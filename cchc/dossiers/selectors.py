"""Reads of the one-stop shop: staff queues, the public lookup, statistics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Avg, Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from . import permissions
from .choices import LegStatus, Outcome, Status
from .models import Dossier, DossierEvent, TransferLeg
from .workflow import FINISHED_STATUSES, OPEN_STATUSES, RUNNING_STATUSES

QUEUES = (
    "all",
    "receiving",
    "due_today",
    "overdue",
    "supplement",
    "mine",
    "unassigned",
    "result_ready",
    "legs",
)


def dossiers_visible_to(user) -> QuerySet[Dossier]:
    """Every dossier the user may open on the staff screens (object-level, in SQL)."""
    qs = Dossier.objects.all()
    if permissions.is_admin(user):
        return qs
    agency = permissions.officer_agency(user)
    if agency is None:
        return qs.none()
    cond = Q(pk__in=[])
    if user.has_perm("dossiers.desk_dossier"):
        cond |= Q(receiving_agency=agency)
    if user.has_perm("dossiers.handle_dossier") or user.has_perm("dossiers.lead_dossier"):
        cond |= Q(handling_agency=agency)
    if any(user.has_perm(p) for p in permissions.STAFF_PERMS):
        open_leg = TransferLeg.objects.filter(
            dossier=OuterRef("pk"), to_agency=agency, status=LegStatus.OPEN
        )
        cond |= Q(Exists(open_leg))
    return qs.filter(cond)


def dossier_get_for_staff(user, pk: int) -> Dossier | None:
    d = (
        dossiers_visible_to(user)
        .select_related("procedure", "receiving_agency", "handling_agency", "assigned_to", "rules")
        .filter(pk=pk)
        .first()
    )
    if d is None or not permissions.can_view_staff(user, d):
        return None
    return d


def dossier_queue(
    user, *, queue: str = "all", officer_id: int | None = None, q: str = ""
) -> QuerySet[Dossier]:
    today = timezone.localdate()
    qs = dossiers_visible_to(user).select_related("procedure", "handling_agency", "assigned_to")
    agency = permissions.officer_agency(user)
    if queue == "receiving":
        qs = qs.filter(status=Status.RECEIVED)
    elif queue == "due_today":
        qs = qs.filter(status__in=RUNNING_STATUSES, deadline=today)
    elif queue == "overdue":
        qs = qs.filter(status__in=RUNNING_STATUSES, deadline__lt=today)
    elif queue == "supplement":
        qs = qs.filter(status=Status.SUPPLEMENT_REQUESTED)
    elif queue == "mine":
        qs = qs.filter(assigned_to=user, status__in=OPEN_STATUSES)
    elif queue == "unassigned":
        qs = qs.filter(status=Status.ACCEPTED)
    elif queue == "result_ready":
        qs = qs.filter(status=Status.RESULT_READY)
    elif queue == "legs":
        qs = (
            qs.filter(legs__to_agency=agency, legs__status=LegStatus.OPEN).distinct()
            if agency
            else qs.none()
        )
    else:
        qs = qs.filter(status__in=OPEN_STATUSES)
    if officer_id:
        qs = qs.filter(assigned_to_id=officer_id)
    q = (q or "").strip()[:80]
    if q:
        qs = qs.filter(
            Q(code__icontains=q) | Q(procedure__name__icontains=q) | Q(procedure__code__icontains=q)
        )
    return qs.order_by("deadline", "received_at", "pk")


def queue_counts(user) -> dict[str, int]:
    return {name: dossier_queue(user, queue=name).count() for name in QUEUES if name != "all"}


# --- public lookup: status and dated history, no personal data ------------------------


@dataclass(frozen=True)
class PublicStep:
    at: dt.datetime
    status_label: str
    agency: str


@dataclass(frozen=True)
class PublicDossier:
    code: str
    procedure: str
    procedure_code: str
    receiving_agency: str
    handling_agency: str
    status: str
    status_label: str
    received_at: dt.datetime
    deadline: dt.date | None
    appointment_date: dt.date | None
    outcome_label: str
    steps: tuple[PublicStep, ...]


def dossier_lookup_public(code: str) -> PublicDossier | None:
    """What anyone with the code may see: no name, address, phone, files or notes."""
    code = (code or "").strip().upper()
    d = (
        Dossier.objects.select_related("procedure", "receiving_agency", "handling_agency")
        .filter(code=code)
        .first()
    )
    if d is None:
        return None
    events = (
        DossierEvent.objects.filter(dossier=d)
        .exclude(to_status="")
        .select_related("agency")
        .order_by("created_at", "pk")
    )
    steps, last = [], None
    for e in events:
        if e.to_status == last and e.action not in ("apologize",):
            continue
        label = Status(e.to_status).label if e.action != "apologize" else _apology_label()
        steps.append(
            PublicStep(
                at=e.created_at, status_label=str(label), agency=e.agency.name if e.agency else ""
            )
        )
        last = e.to_status
    return PublicDossier(
        code=d.code,
        procedure=d.procedure.name,
        procedure_code=d.procedure.code,
        receiving_agency=d.receiving_agency.name,
        handling_agency=d.handling_agency.name,
        status=d.status,
        status_label=str(Status(d.status).label),
        received_at=d.received_at,
        deadline=d.deadline,
        appointment_date=d.appointment_date,
        outcome_label=str(Outcome(d.outcome).label) if d.outcome else "",
        steps=tuple(steps),
    )


def _apology_label():
    from django.utils.translation import gettext_lazy as _

    return _("Hẹn lại ngày trả kết quả")


# --- statistics per agency, procedure and month ----------------------------------------


@dataclass(frozen=True)
class StatsRow:
    month: dt.date
    agency: str
    procedure: str
    received: int
    resolved: int
    early: int
    on_time: int
    late: int
    avg_days: float | None
    backlog: int


def dossier_stats(
    user,
    *,
    start: dt.date,
    end: dt.date,
    agency_id: int | None = None,
    procedure_id: int | None = None,
) -> list[StatsRow]:
    """Per month (of receipt), handling agency and procedure: received, resolved early /
    on time / late, average working days taken, still open (backlog). Query count does not
    grow with the rows."""
    tz = timezone.get_current_timezone()
    qs = dossiers_visible_to(user).filter(received_at__date__gte=start, received_at__date__lte=end)
    if agency_id:
        qs = qs.filter(handling_agency_id=agency_id)
    if procedure_id:
        qs = qs.filter(procedure_id=procedure_id)
    rows = (
        qs.annotate(month=TruncMonth("received_at", tzinfo=tz))
        .values("month", "handling_agency__name", "procedure__name")
        .annotate(
            received=Count("pk"),
            resolved=Count("pk", filter=Q(status__in=FINISHED_STATUSES) & ~Q(outcome="")),
            early=Count("pk", filter=Q(outcome=Outcome.EARLY)),
            on_time=Count("pk", filter=Q(outcome=Outcome.ON_TIME)),
            late=Count("pk", filter=Q(outcome=Outcome.LATE)),
            avg_days=Avg("working_days_taken"),
            backlog=Count("pk", filter=Q(status__in=OPEN_STATUSES)),
        )
        .order_by("month", "handling_agency__name", "procedure__name")
    )
    out = []
    for r in rows:
        month = r["month"]
        if isinstance(month, dt.datetime):
            month = month.date()
        out.append(
            StatsRow(
                month=month,
                agency=r["handling_agency__name"],
                procedure=r["procedure__name"],
                received=r["received"],
                resolved=r["resolved"],
                early=r["early"],
                on_time=r["on_time"],
                late=r["late"],
                avg_days=round(float(r["avg_days"]), 1) if r["avg_days"] is not None else None,
                backlog=r["backlog"],
            )
        )
    return out


def stats_by_month(rows: list[StatsRow]) -> list[dict]:
    months: dict[dt.date, dict] = {}
    for r in rows:
        m = months.setdefault(
            r.month,
            {"month": r.month, "received": 0, "early": 0, "on_time": 0, "late": 0, "backlog": 0},
        )
        for key in ("received", "early", "on_time", "late", "backlog"):
            m[key] += getattr(r, key)
    return [months[k] for k in sorted(months)]


def stats_filter_options(user) -> dict:
    """The handling agencies and the procedures of the dossiers ``user`` sees, by name: the
    choices of the statistics' filters (lazy querysets, one query each)."""
    from cchc.directory.selectors import agency_list_among
    from cchc.procedures.selectors import procedure_list_among

    visible = dossiers_visible_to(user)
    return {
        "agencies": agency_list_among(visible.values("handling_agency")),
        "procedures": procedure_list_among(visible.values("procedure")),
    }
