"""Writes of the indices: yearly results validated against their index, and the Excel
import (all or nothing, dry run first).

Rules, in one place (``result_errors``), used by the admin form and the import alike:
- the score lies within the index's scale;
- a component score belongs to a component of that index and lies within the component's
  maximum (or the index's scale when it has none), each component at most once;
- rank is 1..rank_total; the year is 2000..2100;
- one result per index and year (a duplicate year is refused, never overwritten).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from cchc.core import tabular
from cchc.core.audit import record_event
from cchc.core.exceptions import ValidationError

from .models import ComponentScore, IndexComponent, IndexDefinition, IndexResult

YEAR_MIN, YEAR_MAX = 2000, 2100


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)


@dataclass
class ResultInput:
    index: IndexDefinition
    year: int
    score: Decimal
    rank: int | None = None
    rank_total: int | None = None
    components: list[tuple[str, Decimal]] = field(default_factory=list)  # (code, value)
    source_document_id: int | None = None
    source_note: str = ""
    is_sample: bool = False


def result_errors(data: ResultInput, *, exclude_pk: int | None = None) -> list[str]:
    """Every reason ``data`` cannot be saved (empty list: it can)."""
    return [
        *_score_errors(data),
        *_duplicate_errors(data, exclude_pk=exclude_pk),
        *_component_errors(data),
    ]


def _score_errors(data: ResultInput) -> list[str]:
    """The year, the score within the index's scale, the rank."""
    errors = []
    index = data.index
    if not YEAR_MIN <= data.year <= YEAR_MAX:
        errors.append(
            _("Năm %(year)s không hợp lệ (từ %(a)s đến %(b)s).")
            % {"year": data.year, "a": YEAR_MIN, "b": YEAR_MAX}
        )
    if data.score is None or not index.scale_min <= data.score <= index.scale_max:
        errors.append(
            _("Điểm %(score)s nằm ngoài thang điểm của %(index)s (%(min)s–%(max)s).")
            % {
                "score": _fmt(data.score) if data.score is not None else "",
                "index": index.short_name,
                "min": _fmt(index.scale_min),
                "max": _fmt(index.scale_max),
            }
        )
    if data.rank is not None and data.rank < 1:
        errors.append(_("Xếp hạng phải từ 1 trở lên."))
    if data.rank is not None and data.rank_total is not None and data.rank > data.rank_total:
        errors.append(
            _("Xếp hạng %(rank)s lớn hơn số tỉnh được xếp hạng (%(total)s).")
            % {"rank": data.rank, "total": data.rank_total}
        )
    return errors


def _duplicate_errors(data: ResultInput, *, exclude_pk: int | None) -> list[str]:
    index = data.index
    duplicate = IndexResult.objects.filter(index=index, year=data.year)
    if exclude_pk:
        duplicate = duplicate.exclude(pk=exclude_pk)
    if index.pk and duplicate.exists():
        return [
            _("%(index)s đã có kết quả năm %(year)s; sửa kết quả đó thay vì nhập trùng.")
            % {"index": index.short_name, "year": data.year}
        ]
    return []


def _component_errors(data: ResultInput) -> list[str]:
    """Each component score: of this index, once, within its range."""
    errors = []
    index = data.index
    components = {c.code: c for c in index.components.all()} if index.pk else {}
    seen = set()
    for code, value in data.components:
        component = components.get(code)
        if component is None:
            errors.append(
                _("Chỉ số thành phần “%(code)s” không thuộc %(index)s (có: %(known)s).")
                % {
                    "code": code,
                    "index": index.short_name,
                    "known": ", ".join(sorted(components)) or "—",
                }
            )
            continue
        if code in seen:
            errors.append(_("Chỉ số thành phần “%(code)s” bị nhập hai lần.") % {"code": code})
        seen.add(code)
        high = component.max_score if component.max_score is not None else index.scale_max
        low = Decimal(0) if component.max_score is not None else index.scale_min
        if value is None or not low <= value <= high:
            errors.append(
                _("Điểm “%(name)s” %(value)s nằm ngoài khoảng %(low)s–%(high)s.")
                % {
                    "name": component.name,
                    "value": _fmt(value) if value is not None else "",
                    "low": _fmt(low),
                    "high": _fmt(high),
                }
            )
    return errors


def component_foreign_message(*, component: IndexComponent, index: IndexDefinition) -> str:
    return _("“%(component)s” là thành phần của %(other)s, không phải của %(index)s.") % {
        "component": component.name,
        "other": component.index.short_name,
        "index": index.short_name,
    }


def result_create(*, data: ResultInput, actor=None, request=None) -> IndexResult:
    errors = result_errors(data)
    if errors:
        raise ValidationError(" ".join(errors))
    with transaction.atomic():
        result = IndexResult.objects.create(
            index=data.index,
            year=data.year,
            score=data.score,
            rank=data.rank,
            rank_total=data.rank_total,
            source_document_id=data.source_document_id,
            source_note=data.source_note,
            is_sample=data.is_sample,
        )
        components = {c.code: c for c in data.index.components.all()}
        ComponentScore.objects.bulk_create(
            ComponentScore(result=result, component=components[code], value=value, sort_order=i)
            for i, (code, value) in enumerate(data.components)
        )
        record_event(
            "cchc.indices.result.create",
            actor=actor,
            obj=result,
            data={"index": data.index.code, "year": data.year, "score": str(data.score)},
            request=request,
        )
    return result


def result_save_from_admin(*, result: IndexResult, actor, request=None) -> IndexResult:
    """The admin form already validated with :func:`result_errors`; save and audit."""
    created = result.pk is None
    with transaction.atomic():
        result.save()
        record_event(
            f"cchc.indices.result.{'create' if created else 'edit'}",
            actor=actor,
            obj=result,
            data={"index": result.index.code, "year": result.year, "score": str(result.score)},
            request=request,
        )
    return result


def definition_save_from_admin(*, definition: IndexDefinition, actor, request=None):
    created = definition.pk is None
    with transaction.atomic():
        definition.save()
        record_event(
            f"cchc.indices.definition.{'create' if created else 'edit'}",
            actor=actor,
            obj=definition,
            request=request,
        )
    return definition


# --- Excel import ------------------------------------------------------------------------

# One row per (index, year) for the overall score, and one per component score (the
# "Thành phần" column filled): long format, any number of components, any index.
COLUMNS = [
    tabular.Column(
        "index", "Chỉ số", aliases=("Mã chỉ số",), required=True, parse=tabular.text(30)
    ),
    tabular.Column("year", "Năm", required=True, parse=tabular.integer(1900, 2999)),
    tabular.Column(
        "component",
        "Thành phần",
        aliases=("Mã thành phần", "Chỉ số thành phần"),
        parse=tabular.text(30),
        default="",
    ),
    tabular.Column("score", "Điểm", required=True, parse=tabular.decimal()),
    tabular.Column("rank", "Xếp hạng", aliases=("Thứ hạng",), parse=tabular.integer(0, 1000)),
    tabular.Column(
        "rank_total", "Số tỉnh xếp hạng", aliases=("Trên tổng số",), parse=tabular.integer(1, 1000)
    ),
    tabular.Column(
        "document",
        "Văn bản công bố",
        aliases=("Số ký hiệu văn bản",),
        parse=tabular.text(100),
        default="",
    ),
    tabular.Column("note", "Ghi chú", aliases=("Nguồn",), parse=tabular.text(500), default=""),
    tabular.Column("sample", "Số liệu mẫu", parse=tabular.boolean(), default=False),
]


def _index_by_code(code: str) -> IndexDefinition | None:
    from cchc.core.text import fold

    wanted = fold(code).replace(" ", "").replace("_", "-")
    for index in IndexDefinition.objects.prefetch_related("components"):
        if wanted in {fold(index.code).replace(" ", ""), fold(index.short_name).replace(" ", "")}:
            return index
    return None


def _document_id(key: str) -> int | None:
    from cchc.legal.keys import key_fold
    from cchc.legal.models import LegalDocument

    return (
        LegalDocument.objects.filter(key_folded=key_fold(key)).values_list("pk", flat=True).first()
    )


def results_import(*, data: bytes, filename: str, dry_run: bool, actor=None, request=None):
    """Read, check and (unless ``dry_run``) write every result of the file, or none."""
    table = tabular.read_table(data, COLUMNS, filename=filename)

    def write(rows: Iterable[tabular.Row], report: tabular.ImportReport) -> None:
        for group in _group_rows(rows, report).values():
            _write_group(group, report, actor=actor, request=request)

    report = tabular.run_import(table, write, dry_run=dry_run)
    if report.applied:
        record_event(
            "cchc.indices.result.import",
            actor=actor,
            data={"file": filename[:200], "created": report.counts.get("create", 0)},
            request=request,
        )
    return report


def _group_rows(
    rows: Iterable[tabular.Row], report: tabular.ImportReport
) -> dict[tuple[int, int], dict]:
    """The file's rows by (index, year): the overall score's row (with its document's id)
    and the component scores; unknown indices and repeated years are row errors."""
    groups: dict[tuple[int, int], dict] = {}
    for row in rows:
        index = _index_by_code(row["index"])
        if index is None:
            report.error(
                row.number, "Chỉ số", _("Không có chỉ số “%(code)s”.") % {"code": row["index"]}
            )
            continue
        group = groups.setdefault(
            (index.pk, row["year"]),
            {"index": index, "year": row["year"], "main": None, "components": [], "rows": []},
        )
        group["rows"].append(row.number)
        if row["component"]:
            group["components"].append((row["component"], row["score"], row.number))
        elif group["main"] is not None:
            report.error(
                row.number,
                "Năm",
                _("%(index)s năm %(year)s xuất hiện hai lần trong tệp.")
                % {"index": index.short_name, "year": row["year"]},
            )
        else:
            group["main"] = (row, _row_document_id(row, report))
    return groups


def _row_document_id(row: tabular.Row, report: tabular.ImportReport) -> int | None:
    if not row["document"]:
        return None
    doc_id = _document_id(row["document"])
    if doc_id is None:
        report.error(
            row.number,
            "Văn bản công bố",
            _("Không có văn bản “%(key)s” trong thư viện văn bản.") % {"key": row["document"]},
        )
    return doc_id


def _write_group(group: dict, report: tabular.ImportReport, *, actor, request) -> None:
    """One (index, year): checked like a result typed in, created if the file has no error."""
    index = group["index"]
    if group["main"] is None:
        report.error(
            group["rows"][0],
            "Thành phần",
            _(
                "%(index)s năm %(year)s có điểm thành phần nhưng thiếu dòng điểm chung "
                "(cột “Thành phần” để trống)."
            )
            % {"index": index.short_name, "year": group["year"]},
        )
        return
    row, doc_id = group["main"]
    data_in = ResultInput(
        index=index,
        year=group["year"],
        score=row["score"],
        rank=row["rank"] or None,
        rank_total=row["rank_total"],
        components=[(c, v) for c, v, _n in group["components"]],
        source_document_id=doc_id,
        source_note=row["note"],
        is_sample=bool(row["sample"]),
    )
    errors = result_errors(data_in)
    if row["rank"] == 0:
        errors.append(_("Xếp hạng phải từ 1 trở lên."))
    for message in errors:
        report.error(row.number, "", message)
    if errors or report.errors:
        return
    result_create(data=data_in, actor=actor, request=request)
    report.note(row.number, f"{index.short_name} {group['year']}", "create")


def definitions_ensure(definitions: list[dict], *, actor=None) -> list[IndexDefinition]:
    """Create the indices (and their components) that do not exist yet, by code."""
    out = []
    with transaction.atomic():
        for spec in definitions:
            spec = dict(spec)
            components = spec.pop("components", [])
            index, created = IndexDefinition.objects.get_or_create(code=spec["code"], defaults=spec)
            if created:
                IndexComponent.objects.bulk_create(
                    IndexComponent(
                        index=index, code=code, name=name, max_score=max_score, sort_order=i
                    )
                    for i, (code, name, max_score) in enumerate(components)
                )
                record_event("cchc.indices.definition.create", actor=actor, obj=index)
            out.append(index)
    return out
