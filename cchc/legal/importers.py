"""Import and export of the library as CSV or Excel (.xlsx), on :mod:`cchc.core.tabular`.

The library's own part is its columns (:data:`COLUMNS`, with their cell rules) and the
checks across rows: :func:`parse_table` reads a file (``tabular.read_table``),
:func:`validate_rows` resolves keys, types, duplicates and relation targets and returns the
planned records plus every error (row number as in the spreadsheet, column, message). The
service ``services.library_import`` writes only when there is no error at all, in one
transaction rolled back on a dry run (``tabular.apply_all_or_nothing``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from cchc.core import tabular as t
from cchc.core.dates import DateParseError, parse_vi_date
from cchc.core.tabular import CellError, Column, RowError
from cchc.core.text import fold, normalize_space

from .choices import RelationType, ReviewState, Status
from .citations import extract
from .identity import Candidate, cited_year, issuer_fold, resolve
from .keys import key_fold, key_year, parse_key

MAX_BYTES = t.MAX_BYTES
MAX_ROWS = t.MAX_ROWS
ImportFileError = t.TableFileError  # the file as a whole cannot be read


def parse_date(value: Any) -> dt.date:
    """dd/mm/yyyy, d-m-yyyy, yyyy-mm-dd, "ngày 29 tháng 3 năm 2022", or a spreadsheet date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = normalize_space(t.cell_text(value))
    try:
        return t.date()(text)
    except CellError:
        pass
    try:
        return parse_vi_date(text.replace(".", "/"))
    except DateParseError as exc:
        raise CellError(_("Ngày “%(d)s” không hợp lệ (dd/mm/yyyy).") % {"d": text[:40]}) from exc


def _status(value: Any) -> str:
    text = normalize_space(t.cell_text(value))
    code = _choice(text, Status.choices)
    if code is None:
        raise CellError(_("Tình trạng “%(s)s” không có.") % {"s": text[:60]})
    return code


def _review(value: Any) -> str:
    text = normalize_space(t.cell_text(value))
    code = _choice(text, ReviewState.choices)
    if code is None:
        raise CellError(_("Giá trị “%(s)s” không có.") % {"s": text[:60]})
    return code


def _choice(value: str, choices) -> str | None:
    folded = fold(value)
    for code, label in choices:
        if folded in (fold(str(code)), fold(str(label))):
            return code
    return None


COLUMNS = [
    Column("key", "Số ký hiệu", required=True, parse=t.text(), default=""),
    Column("doc_type", "Loại văn bản", parse=t.text(), default=""),
    Column("title", "Trích yếu", parse=t.text(1000), default=""),
    Column("issuer", "Cơ quan ban hành", parse=t.text(255), default=""),
    Column("issued", "Ngày ban hành", parse=parse_date),
    Column("effective", "Ngày có hiệu lực", parse=parse_date),
    Column("status", "Tình trạng hiệu lực", parse=_status, default=Status.UNKNOWN),
    Column("signer", "Người ký", parse=t.text(200), default=""),
    Column(
        "review",
        "Kiểm tra",
        parse=_review,
        default=ReviewState.VERIFIED,
    ),
    Column("relations", "Văn bản liên quan", parse=t.text(), default=""),
]
_LABELS = {c.key: c.header for c in COLUMNS}


@dataclass
class PlannedRecord:
    row: int
    key: str
    key_folded: str
    values: dict
    review: str
    # (relation type, ("db", document id) or ("row", row number)), or None (no column)
    relations: list[tuple[str, tuple[str, int]]] | None
    match: int | None = None  # the library document this row updates, if any
    identity: tuple = ()


@dataclass
class ImportPlan:
    records: list[PlannedRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, row: int, column: str, message: str) -> None:
        self.errors.append(RowError(row, _LABELS[column], message))


# --- reading ---------------------------------------------------------------------------


def _check_file_name(filename: str, data: bytes) -> None:
    """The library takes .csv and .xlsx files whose name and content agree."""
    name = (filename or "").lower()
    if data[:4] == b"PK\x03\x04":
        if not name.endswith(".xlsx"):
            raise ImportFileError(_("Tệp Excel phải có đuôi .xlsx."))
    elif not name.endswith((".csv", ".xlsx")):
        raise ImportFileError(_("Chỉ nhận tệp .csv hoặc .xlsx."))
    elif name.endswith(".csv") and b"\x00" in data[:8192]:
        raise ImportFileError(_("Tệp CSV không phải văn bản."))


def parse_table(filename: str, data: bytes) -> t.Table:
    """Every non-empty data row, its cells parsed by :data:`COLUMNS`; cell errors in
    ``Table.errors``. Raises :data:`ImportFileError` for a file that cannot be read."""
    if data:
        _check_file_name(filename, data)
    return t.read_table(data, COLUMNS, filename=filename)


# --- validation ------------------------------------------------------------------------


def parse_target(text: str):
    """A relation target: one reference, optionally with its date and issuer
    ("15/KH-UBND ngày 21/01/2021 của UBND tỉnh"), and nothing else."""
    text = normalize_space(text)
    found = extract(text) if text and len(text) <= 300 else []
    if len(found) != 1:
        return None
    citation = found[0]
    start, _end = citation.span
    end = (citation.full_span or citation.span)[1]
    if text[:start].strip() or text[end:].strip(" .;,"):
        return parse_key(text)
    return citation


def row_identity(key_folded: str, year_in_key: bool, issue_year, issuer_folded: str) -> tuple:
    """The identity of docs/decisions/0002: the key alone when it holds the year."""
    return (key_folded,) if year_in_key else (key_folded, issue_year or 0, issuer_folded)


@dataclass
class _Context:
    type_names: dict[str, str]
    existing: dict[str, list[Candidate]]
    seen: dict[tuple, int] = field(default_factory=dict)
    matched: dict[int, int] = field(default_factory=dict)


def _check_key(number: int, row: t.Row, plan: ImportPlan):
    key_text = row["key"]
    citation = parse_key(key_text) if key_text else None
    if key_text and citation is None:
        plan.error(
            number, "key", _("Số ký hiệu “%(key)s” không đúng dạng.") % {"key": key_text[:80]}
        )
    return citation


def _doc_type(number: int, row: t.Row, citation, ctx: _Context, plan: ImportPlan):
    type_text = row["doc_type"]
    if type_text:
        doc_type = ctx.type_names.get(fold(type_text))
        if doc_type is None:
            plan.error(
                number, "doc_type", _("Loại văn bản “%(t)s” không có.") % {"t": type_text[:80]}
            )
        return doc_type
    if citation is not None and citation.doc_type:
        return ctx.type_names.get(fold(citation.doc_type))
    return None


def _relation_targets(number: int, row: t.Row, plan: ImportPlan) -> list:
    targets = []
    for part in filter(None, (p.strip() for p in row["relations"].split(";"))):
        label, sep, target = part.partition(":")
        rel_type = _choice(label.strip(), RelationType.choices) if sep else None
        target_citation = parse_target(target) if sep else None
        if rel_type is None or target_citation is None:
            message = _("“%(p)s” không đúng dạng “thay thế: 63/2010/NĐ-CP”.") % {"p": part[:80]}
            plan.error(number, "relations", message)
            continue
        targets.append((rel_type, target_citation))
    return targets


def _identify(number: int, row: t.Row, citation, ctx: _Context, plan: ImportPlan):
    """The row's identity, and the library document it updates (or None)."""
    folded = key_fold(citation.key)
    year_in_key = key_year(citation.key) is not None
    issue_year = key_year(citation.key) or (row["issued"].year if row["issued"] else None)
    issuer = issuer_fold(row["issuer"])
    identity = row_identity(folded, year_in_key, issue_year, issuer)
    if identity in ctx.seen:
        plan.error(
            number, "key", _("Văn bản trùng với dòng %(row)s.") % {"row": ctx.seen[identity]}
        )
    else:
        ctx.seen[identity] = number
    found = resolve(
        ctx.existing.get(folded, []),
        year=None if year_in_key else issue_year,
        issuer="" if year_in_key else issuer,
    )
    if found.ambiguous:
        message = _(
            "Thư viện có nhiều văn bản số %(key)s: ghi ngày ban hành và cơ quan "
            "ban hành để xác định văn bản."
        )
        plan.error(number, "key", message % {"key": citation.key})
        return identity, None
    match = found.document
    if match is not None:
        if match in ctx.matched:
            message = _("Dòng này và dòng %(row)s cùng cập nhật một văn bản.")
            plan.error(number, "key", message % {"row": ctx.matched[match]})
        else:
            ctx.matched[match] = number
    return identity, match


def _plan_row(row: t.Row, ctx: _Context, plan: ImportPlan, has_relations: bool):
    """Check one row; returns its record and relation targets, or None on any error."""
    number = row.number
    errors_before = len(plan.errors)
    citation = _check_key(number, row, plan)
    doc_type = _doc_type(number, row, citation, ctx, plan)
    issued, effective = row["issued"], row["effective"]
    if issued and effective and effective < issued:
        plan.error(number, "effective", _("Ngày có hiệu lực trước ngày ban hành."))
    targets = _relation_targets(number, row, plan) if has_relations else []
    identity, match = (), None
    if citation is not None:
        identity, match = _identify(number, row, citation, ctx, plan)
    if len(plan.errors) > errors_before or citation is None:
        return None
    record = PlannedRecord(
        row=number,
        key=citation.key,
        key_folded=key_fold(citation.key),
        values={
            "doc_type": doc_type,
            "number": citation.number[:20],
            "year": key_year(citation.key),
            "symbol": citation.symbol[:80],
            "title": row["title"],
            "issuer_name": row["issuer"],
            "issued": issued,
            "effective": effective,
            "status": row["status"],
            "signer": row["signer"],
        },
        review=row["review"],
        relations=[] if has_relations else None,
        match=match,
        identity=identity,
    )
    return record, targets


def validate_rows(
    table: t.Table,
    *,
    type_names: dict[str, str],
    existing: dict[str, list[Candidate]],
) -> ImportPlan:
    """Check every row. ``type_names``: folded name → name of the known document types;
    ``existing``: folded key → the library's documents with that key. A row updates the
    document its key, year of issue and issuer identify (see ``identity.resolve``), or
    creates one; a row several documents fit is an error (no guess)."""
    plan = ImportPlan(errors=list(table.errors))
    ctx = _Context(type_names, existing)
    has_relations = "relations" in table.columns_found
    bad_rows = {e.row for e in table.errors}
    pending: list[tuple[PlannedRecord, str, object]] = []
    for row in table.rows:
        planned = _plan_row(row, ctx, plan, has_relations)
        if planned is None or row.number in bad_rows:
            continue
        record, targets = planned
        plan.records.append(record)
        pending.extend((record, rel_type, target) for rel_type, target in targets)
    _resolve_relations(plan, pending, existing)
    plan.errors.sort(key=lambda e: e.row)
    return plan


def _resolve_relations(plan: ImportPlan, pending, existing) -> None:
    """Relation targets: library documents and rows of this file, resolved like references."""
    in_file: dict[str, list[tuple[Candidate, PlannedRecord]]] = {}
    for record in plan.records:
        values = record.values
        issued = values["issued"]
        candidate = Candidate(
            -record.row,
            values["year"] is not None,
            values["year"] or (issued.year if issued else None),
            issuer_fold(values["issuer_name"]),
        )
        in_file.setdefault(record.key_folded, []).append((candidate, record))
    for record, rel_type, target in pending:
        folded = key_fold(target.key)
        rows_here = [c for c, _r in in_file.get(folded, [])]
        updated = {r.match for _c, r in in_file.get(folded, []) if r.match}
        library = [c for c in existing.get(folded, []) if c.pk not in updated]
        found = resolve(
            library + rows_here, year=cited_year(target), issuer=issuer_fold(target.issuer)
        )
        if found.ambiguous:
            message = _(
                "Có nhiều văn bản số %(k)s: ghi thêm ngày ban hành, ví dụ “thay thế: "
                "%(k)s ngày 21/01/2021”."
            )
            plan.error(record.row, "relations", message % {"k": target.key})
        elif found.document is None:
            message = _("Văn bản liên quan “%(k)s” không có trong thư viện hay trong tệp.")
            plan.error(record.row, "relations", message % {"k": target.key})
        else:
            pk = found.document
            ref = ("row", -pk) if pk < 0 else ("db", pk)
            if ref == ("row", record.row) or (ref[0] == "db" and ref[1] == record.match):
                plan.error(record.row, "relations", _("Văn bản không thể liên quan chính nó."))
            else:
                record.relations.append((rel_type, ref))


# --- writing ---------------------------------------------------------------------------

WIDTHS = dict(zip([c.key for c in COLUMNS], (18, 14, 60, 30, 14, 14, 20, 20, 14, 40), strict=True))


def write_csv(rows: list[list]) -> bytes:
    return t.write_csv(COLUMNS, rows)


def write_xlsx(rows: list[list]) -> bytes:
    """Every text cell is written as text: no formula injection."""
    return t.write_xlsx([("Van ban", COLUMNS, rows)], widths=WIDTHS)
