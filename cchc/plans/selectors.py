"""Reads: plan lists, an agency's reports, the province summary (completion per item and
agency, missing reports, totals by form, portal articles counted from the news module)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet, Sum

from cchc.directory.selectors import Agency, agency_all
from cchc.news.selectors import article_count_published_between

from . import permissions
from .choices import Metric, ReportStatus
from .models import Activity, AgencyReport, CommunicationForm, CommunicationPlan, PlanItem
from .periods import Quarter, quarters_due, quarters_of_year

COUNT_FIELDS = ("articles", "sessions", "participants", "banners")


def plan_list_public() -> QuerySet[CommunicationPlan]:
    return CommunicationPlan.objects.filter(is_public=True).select_related("issuing_document")


def plan_get_public(pk: int) -> CommunicationPlan | None:
    return plan_list_public().filter(pk=pk).first()


def plan_list_for_user(user) -> QuerySet[CommunicationPlan]:
    qs = CommunicationPlan.objects.select_related("issuing_document")
    if permissions.can_manage_plans(user):
        return qs
    agency = permissions.reporter_agency(user)
    if agency is None:
        return qs.none()
    return qs.filter(
        Q(items__responsible_agency=agency) | Q(items__coordinating_agencies=agency)
    ).distinct()


def plan_get_for_user(user, pk: int) -> CommunicationPlan | None:
    return plan_list_for_user(user).filter(pk=pk).first()


def plan_agencies(plan: CommunicationPlan) -> list[Agency]:
    """Every agency that carries out part of the plan (responsible or co-ordinating)."""
    return list(
        agency_all()
        .filter(Q(plan_items__plan=plan) | Q(coordinated_plan_items__plan=plan))
        .distinct()
    )


def items_for_agency(plan: CommunicationPlan, agency: Agency) -> QuerySet[PlanItem]:
    return (
        plan.items.filter(Q(responsible_agency=agency) | Q(coordinating_agencies=agency))
        .select_related("form", "responsible_agency")
        .distinct()
    )


def report_get(plan: CommunicationPlan, agency: Agency, quarter: Quarter) -> AgencyReport | None:
    return AgencyReport.objects.filter(
        plan=plan, agency=agency, year=quarter.year, quarter=quarter.number
    ).first()


def reports_for_agency(plan: CommunicationPlan, agency: Agency) -> dict[int, AgencyReport]:
    return {
        r.quarter: r for r in AgencyReport.objects.filter(plan=plan, agency=agency, year=plan.year)
    }


def activity_list(report: AgencyReport) -> QuerySet[Activity]:
    return report.activities.select_related("item", "form").order_by("date", "id")


# --- the province summary ---------------------------------------------------------------


@dataclass
class ItemProgress:
    item: PlanItem
    reported: int = 0
    automatic: int = 0  # portal articles counted from the news module

    @property
    def achieved(self) -> int:
        return self.reported + self.automatic

    @property
    def percent(self) -> int | None:
        if not self.item.target:
            return None
        return min(100, round(100 * self.achieved / self.item.target))


@dataclass
class AgencyProgress:
    agency: Agency
    items: list[ItemProgress] = field(default_factory=list)
    reports_submitted: int = 0
    reports_due: int = 0
    activities: int = 0

    @property
    def percent(self) -> int | None:
        values = [p.percent for p in self.items if p.percent is not None]
        return round(sum(values) / len(values)) if values else None


@dataclass
class FormTotals:
    form: CommunicationForm
    activities: int = 0
    articles: int = 0
    sessions: int = 0
    participants: int = 0
    banners: int = 0
    automatic_articles: int = 0


@dataclass
class PlanSummary:
    plan: CommunicationPlan
    today: dt.date
    quarters: list[Quarter]
    items: list[ItemProgress]
    agencies: list[AgencyProgress]
    missing: list[tuple[Agency, Quarter]]
    forms: list[FormTotals]
    portal_articles: dict[int, int]  # quarter number → count

    @property
    def percent(self) -> int | None:
        values = [p.percent for p in self.items if p.percent is not None]
        return round(sum(values) / len(values)) if values else None

    @property
    def totals(self) -> FormTotals:
        total = FormTotals(form=CommunicationForm(name=""))
        for row in self.forms:
            for name in ("activities", *COUNT_FIELDS, "automatic_articles"):
                setattr(total, name, getattr(total, name) + getattr(row, name))
        return total


def portal_articles_by_quarter(plan: CommunicationPlan, today: dt.date) -> dict[int, int]:
    if plan.portal_category_id is None:
        return {}
    return {
        q.number: article_count_published_between(
            category=plan.portal_category, start=q.start, end=min(q.end, today)
        )
        for q in quarters_due(plan.year, today)
    }


def plan_summary(plan: CommunicationPlan, *, today: dt.date) -> PlanSummary:
    """Everything the Department's summary, PDF and Excel show. Submitted reports only.

    A fixed number of queries whatever the size of the plan."""
    items = list(
        plan.items.select_related("form", "responsible_agency").prefetch_related(
            "coordinating_agencies", "documents"
        )
    )
    submitted = Activity.objects.filter(report__plan=plan, report__status=ReportStatus.SUBMITTED)
    portal = portal_articles_by_quarter(plan, today)
    progress, auto_by_form = _item_progress(plan, items, submitted, sum(portal.values()))
    agency_rows, missing = _agency_progress(plan, progress, submitted, today)
    return PlanSummary(
        plan=plan,
        today=today,
        quarters=quarters_of_year(plan.year),
        items=progress,
        agencies=agency_rows,
        missing=missing,
        forms=_form_totals(items, submitted, auto_by_form),
        portal_articles=portal,
    )


def _item_progress(
    plan: CommunicationPlan, items: list[PlanItem], submitted, portal_total: int
) -> tuple[list[ItemProgress], dict[int, int]]:
    """Each item's reported count (its metric over submitted activities) and the portal's
    articles counted automatically; and those automatic counts by form."""
    sums = {
        row["item_id"]: row
        for row in submitted.values("item_id").annotate(
            n=Count("id"), **{f: Sum(f) for f in COUNT_FIELDS}
        )
    }
    progress: list[ItemProgress] = []
    auto_by_form: dict[int, int] = defaultdict(int)
    for item in items:
        row = sums.get(item.pk)
        reported = 0
        if row:
            reported = row["n"] if item.metric == Metric.ACTIVITIES else row[item.metric] or 0
        automatic = 0
        if (
            portal_total
            and item.form.counts_portal_articles
            and item.metric == Metric.ARTICLES
            and item.responsible_agency_id == plan.portal_agency_id
        ):
            automatic = portal_total
            auto_by_form[item.form_id] = portal_total
        progress.append(ItemProgress(item=item, reported=reported, automatic=automatic))
    return progress, auto_by_form


def _agency_progress(
    plan: CommunicationPlan, progress: list[ItemProgress], submitted, today: dt.date
) -> tuple[list[AgencyProgress], list[tuple[Agency, Quarter]]]:
    """Agencies (responsible or coordinating): their items, reports submitted against the
    quarters due, activities; and the reports missing."""
    due = quarters_due(plan.year, today)
    agencies: dict[int, AgencyProgress] = {}
    for p in progress:
        for agency in [p.item.responsible_agency, *p.item.coordinating_agencies.all()]:
            agencies.setdefault(agency.pk, AgencyProgress(agency=agency))
        agencies[p.item.responsible_agency_id].items.append(p)
    reports = AgencyReport.objects.filter(plan=plan, year=plan.year).values_list(
        "agency_id", "quarter", "status"
    )
    submitted_quarters: dict[int, set[int]] = defaultdict(set)
    for agency_id, quarter, status in reports:
        if status == ReportStatus.SUBMITTED:
            submitted_quarters[agency_id].add(quarter)
    per_agency_activities = dict(
        submitted.values_list("report__agency_id")
        .annotate(n=Count("id"))
        .values_list("report__agency_id", "n")
    )
    missing: list[tuple[Agency, Quarter]] = []
    for agency_id, row in agencies.items():
        row.reports_due = len(due)
        row.reports_submitted = len(submitted_quarters[agency_id] & {q.number for q in due})
        row.activities = per_agency_activities.get(agency_id, 0)
        missing += [(row.agency, q) for q in due if q.number not in submitted_quarters[agency_id]]
    agency_rows = sorted(agencies.values(), key=lambda r: (r.agency.sort_order, r.agency.name))
    missing.sort(key=lambda m: (m[1], m[0].sort_order, m[0].name))
    return agency_rows, missing


def _form_totals(
    items: list[PlanItem], submitted, auto_by_form: dict[int, int]
) -> list[FormTotals]:
    """Totals by the form recorded on each activity (forms unused and empty left out)."""
    forms = {f.pk: FormTotals(form=f) for f in CommunicationForm.objects.all()}
    for row in submitted.values("form_id").annotate(
        n=Count("id"), **{f: Sum(f) for f in COUNT_FIELDS}
    ):
        totals = forms[row["form_id"]]
        totals.activities = row["n"]
        for name in COUNT_FIELDS:
            setattr(totals, name, row[name] or 0)
    for form_id, count in auto_by_form.items():
        forms[form_id].automatic_articles = count
    used = {i.form_id for i in items}
    form_rows = [
        t for t in forms.values() if t.activities or t.automatic_articles or t.form.pk in used
    ]
    return form_rows


def missing_reports(plan: CommunicationPlan, quarter: Quarter) -> list[Agency]:
    """Agencies of the plan without a submitted report for ``quarter``."""
    done = set(
        AgencyReport.objects.filter(
            plan=plan,
            year=quarter.year,
            quarter=quarter.number,
            status=ReportStatus.SUBMITTED,
        ).values_list("agency_id", flat=True)
    )
    return [a for a in plan_agencies(plan) if a.pk not in done]
