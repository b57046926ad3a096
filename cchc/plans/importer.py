"""Import a plan's items (nội dung, nhiệm vụ) from a spreadsheet (.xlsx or CSV).

Columns, found by header in any order below any title rows: STT, Nội dung tuyên truyền
(required), Hình thức (required; a name from the configurable list), Cơ quan chủ trì
(required; code, name or short name from the directory), Cơ quan phối hợp (several,
separated by ";" or new lines), Văn bản (document numbers such as 76/NQ-CP, separated by
";"), Thời gian thực hiện, Thời hạn (dd/mm/yyyy), Chỉ tiêu, Số lượng.

Rows with the same STT as an existing item of the plan update it; others are added.
Every row is checked first; writes run in one transaction (:func:`cchc.core.tabular.run_import`),
so a dry run or any error leaves the plan as it was: nothing is ever half-imported.
"""

from __future__ import annotations

import re
from typing import Any

from django.db.models import Max
from django.utils.translation import gettext as _

from cchc.core import tabular as t
from cchc.core.audit import record_event
from cchc.core.text import fold
from cchc.directory.selectors import Agency, agency_list_active

from .choices import Metric
from .models import CommunicationForm, CommunicationPlan, PlanItem

SPLIT = re.compile(r"[;\n]+")
METRIC_SPELLINGS = [
    (Metric.ARTICLES, [str(Metric.ARTICLES.label), "tin bài", "bài viết", "số tin bài"]),
    (Metric.SESSIONS, [str(Metric.SESSIONS.label), "lớp", "buổi", "hội nghị", "số lớp"]),
    (Metric.PARTICIPANTS, [str(Metric.PARTICIPANTS.label), "người", "lượt người", "học viên"]),
    (Metric.BANNERS, [str(Metric.BANNERS.label), "pano", "băng rôn", "áp phích"]),
    (Metric.ACTIVITIES, [str(Metric.ACTIVITIES.label), "hoạt động", "lần"]),
]


def columns() -> list[t.Column]:
    return [
        t.Column("number", "STT", aliases=("Số thứ tự", "TT"), parse=t.text(20)),
        t.Column(
            "content",
            "Nội dung tuyên truyền",
            aliases=("Nội dung", "Nhiệm vụ", "Nội dung, nhiệm vụ"),
            required=True,
            parse=t.text(5000, multiline=True),
        ),
        t.Column("form", "Hình thức", aliases=("Hình thức tuyên truyền",), required=True, parse=t.text(200)),
        t.Column(
            "responsible",
            "Cơ quan chủ trì",
            aliases=("Chủ trì", "Cơ quan thực hiện"),
            required=True,
            parse=t.text(255),
        ),
        t.Column("coordinating", "Cơ quan phối hợp", aliases=("Phối hợp",), parse=t.text(2000, multiline=True), default=""),
        t.Column("documents", "Văn bản", aliases=("Văn bản tuyên truyền", "Căn cứ"), parse=t.text(2000, multiline=True), default=""),
        t.Column("period", "Thời gian thực hiện", aliases=("Thời gian",), parse=t.text(200), default=""),
        t.Column("deadline", "Thời hạn", aliases=("Hạn hoàn thành",), parse=t.date()),
        t.Column("metric", "Chỉ tiêu", aliases=("Chỉ số",), parse=t.choice(METRIC_SPELLINGS), default=Metric.ACTIVITIES),
        t.Column("target", "Số lượng", aliases=("Chỉ tiêu số lượng", "Số lượng chỉ tiêu"), parse=t.integer(0, 1_000_000), default=0),
    ]  # fmt: skip


def _key(text: str) -> str:
    """Names compared folded, punctuation and spacing ignored ("Lớp bồi dưỡng, tập huấn")."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text or "")).split())


class _Lookup:
    """Forms and agencies by folded name, code and short name (one query each)."""

    def __init__(self):
        self.forms = {_key(f.name): f for f in CommunicationForm.objects.all()}
        self.agencies: dict[str, list[Agency]] = {}
        for agency in agency_list_active():
            for key in {_key(agency.name), _key(agency.code), _key(agency.short_name)}:
                if key:
                    self.agencies.setdefault(key, []).append(agency)

    def form(self, name: str) -> CommunicationForm:
        form = self.forms.get(_key(name))
        if form is None:
            raise t.CellError(
                _("Không có hình thức “%(v)s”; cần một trong: %(options)s.")
                % {"v": name[:60], "options": "; ".join(f.name for f in self.forms.values())}
            )
        return form

    def agency(self, name: str) -> Agency:
        found = self.agencies.get(_key(name), [])
        if not found:
            raise t.CellError(_("Không có cơ quan “%(v)s” trong danh bạ.") % {"v": name[:80]})
        if len({a.pk for a in found}) > 1:
            raise t.CellError(
                _("Có nhiều cơ quan tên “%(v)s”; hãy ghi mã đơn vị.") % {"v": name[:80]}
            )
        return found[0]


def _documents(text: str) -> tuple[list, list[str]]:
    from cchc.legal.keys import key_fold
    from cchc.legal.models import LegalDocument

    found, unknown = [], []
    for key in (k.strip() for k in SPLIT.split(text or "")):
        if not key:
            continue
        matches = list(LegalDocument.objects.filter(key_folded=key_fold(key))[:2])
        if len(matches) == 1:
            found.append(matches[0])
        else:
            unknown.append(key)
    return found, unknown


def import_items(
    plan: CommunicationPlan, data: bytes, *, filename: str = "", dry_run: bool, actor=None
) -> t.ImportReport:
    table = t.read_table(data, columns(), filename=filename, max_rows=2000)
    lookup = _Lookup()
    resolved = {row.number: _resolve(row, lookup, table.errors) for row in table.rows}

    def write(rows, report: t.ImportReport) -> None:
        existing = {i.number: i for i in plan.items.all() if i.number}
        order = (plan.items.aggregate(m=Max("sort_order"))["m"] or 0) + 1
        for row in rows:
            item = existing.get(row["number"]) if row["number"] else None
            action = "updated" if item is not None else "created"
            if item is None:
                item = PlanItem(plan=plan, sort_order=order)
                order += 1
            _write_item(item, row, resolved[row.number], report)
            report.count(action)
            if item.number:
                existing[item.number] = item
        if not report.errors and not dry_run:
            record_event(
                "cchc.plans.plan.import_items",
                actor=actor,
                obj=plan,
                data={"rows": len(rows), "counts": dict(report.counts)},
            )

    return t.run_import(table, write, dry_run=dry_run)


def _resolve(row: t.Row, lookup: _Lookup, errors: list[t.RowError]) -> dict[str, Any]:
    """The row's form and agencies found by name; what is not found is a row error."""
    values: dict[str, Any] = {}
    try:
        values["form"] = lookup.form(row["form"]) if row["form"] else None
    except t.CellError as exc:
        errors.append(t.RowError(row.number, "Hình thức", exc.message))
    try:
        values["responsible"] = lookup.agency(row["responsible"]) if row["responsible"] else None
    except t.CellError as exc:
        errors.append(t.RowError(row.number, "Cơ quan chủ trì", exc.message))
    coordinating = []
    for name in (n.strip() for n in SPLIT.split(row["coordinating"] or "")):
        if not name:
            continue
        try:
            coordinating.append(lookup.agency(name))
        except t.CellError as exc:
            errors.append(t.RowError(row.number, "Cơ quan phối hợp", exc.message))
    values["coordinating"] = coordinating
    return values


def _write_item(item: PlanItem, row: t.Row, values: dict[str, Any], report: t.ImportReport) -> None:
    """Save one item from its row; unknown documents are noted, not errors."""
    item.number = row["number"] or ""
    item.content = row["content"]
    item.form = values["form"]
    item.responsible_agency = values["responsible"]
    item.period_text = row["period"] or ""
    item.deadline = row["deadline"]
    item.metric = row["metric"]
    item.target = row["target"] or 0
    item.save()
    item.coordinating_agencies.set(values["coordinating"])
    documents, unknown = _documents(row["documents"])
    item.documents.set(documents)
    item.save()
    for key in unknown:
        report.note(row.number, key, "document-not-found")
