"""Import and export of the library as CSV or Excel (.xlsx).

Reading and validation are separate from writing: :func:`parse_table` turns a file into
rows, :func:`validate_rows` checks every row and returns the planned records plus the
errors (row number as in the spreadsheet, column, message). The service
``services.library_import`` writes only when there is no error at all.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from cchc.core.dates import DateParseError, parse_vi_date
from cchc.core.text import fold, normalize_space

from .choices import RelationType, ReviewState, Status
from .citations import extract
from .identity import Candidate, cited_year, issuer_fold, resolve
from .keys import key_fold, key_year, parse_key

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000

# (field, Vietnamese header). Headers are matched folded, or by the field name.
COLUMNS = [
    ("key", "Số ký hiệu"),
    ("doc_type", "Loại văn bản"),
    ("title", "Trích yếu"),
    ("issuer", "Cơ quan ban hành"),
    ("issued", "Ngày ban hành"),
    ("effective", "Ngày có hiệu lực"),
    ("status", "Tình trạng hiệu lực"),
    ("signer", "Người ký"),
    ("review", "Kiểm tra"),
    ("relations", "Văn bản liên quan"),
]
_HEADER_TO_FIELD = {fold(label): name for name, label in COLUMNS} | {
    name: name for name, _ in COLUMNS
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SAFE_PREFIX = ("=", "+", "-", "@", "\t", "\r")


class ImportFileError(ValueError):
    """The file as a whole cannot be read (wrong format, too big, no header)."""


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        return f"{_('Dòng')} {self.row}, {self.column}: {self.message}"


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


# --- reading ---------------------------------------------------------------------------


def detect_format(filename: str, data: bytes) -> str:
    """ "xlsx" or "csv", checked by content (magic bytes), not only by the name."""
    name = (filename or "").lower()
    if data[:4] == b"PK\x03\x04":
        if not name.endswith(".xlsx"):
            raise ImportFileError(_("Tệp Excel phải có đuôi .xlsx."))
        return "xlsx"
    if name.endswith(".xlsx"):
        raise ImportFileError(_("Tệp không phải là tệp Excel (.xlsx) hợp lệ."))
    if not name.endswith(".csv"):
        raise ImportFileError(_("Chỉ nhận tệp .csv hoặc .xlsx."))
    if b"\x00" in data[:8192]:
        raise ImportFileError(_("Tệp CSV không phải văn bản."))
    return "csv"


def parse_table(filename: str, data: bytes) -> list[tuple[int, dict]]:
    """``[(row number, {field: raw value})]`` for every non-empty data row."""
    if len(data) > MAX_BYTES:
        raise ImportFileError(_("Tệp lớn hơn 5 MB."))
    if not data:
        raise ImportFileError(_("Tệp rỗng."))
    fmt = detect_format(filename, data)
    rows = _read_xlsx(data) if fmt == "xlsx" else _read_csv(data)
    if not rows:
        raise ImportFileError(_("Tệp không có dòng tiêu đề."))
    header = [_HEADER_TO_FIELD.get(fold(normalize_space(str(h or "")))) for h in rows[0]]
    if "key" not in header:
        raise ImportFileError(_("Thiếu cột “Số ký hiệu”."))
    out = []
    for number, raw in enumerate(rows[1:], start=2):
        if len(out) >= MAX_ROWS:
            raise ImportFileError(_("Tệp có quá nhiều dòng (tối đa 10.000)."))
        record = {}
        for name, value in zip(header, raw, strict=False):
            if name is not None:
                record[name] = value
        if any(v not in (None, "") for v in record.values()):
            out.append((number, record))
    return out


def _read_csv(data: bytes) -> list[list]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(_("Tệp CSV phải mã hoá UTF-8.")) from exc
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [[_unprotect(c) for c in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise ImportFileError(_("Tệp CSV sai định dạng.")) from exc


def _read_xlsx(data: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(_("Tệp không phải là tệp Excel (.xlsx) hợp lệ.")) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        workbook.close()


def _unprotect(value: str) -> str:
    # Our CSV export prefixes "'" to cells that a spreadsheet would run as a formula.
    if len(value) > 1 and value[0] == "'" and value[1] in _SAFE_PREFIX:
        return value[1:]
    return value


# --- validation ------------------------------------------------------------------------


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize_space(str(value))


def parse_date(value) -> dt.date | None:
    """dd/mm/yyyy, d-m-yyyy, yyyy-mm-dd, or a spreadsheet date; ``None`` when blank."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day)  # ValueError for 2021-02-30
    try:
        return parse_vi_date(text.replace(".", "/"))
    except DateParseError as exc:
        raise ValueError(text) from exc


def _choice(value: str, choices) -> str | None:
    folded = fold(value)
    for code, label in choices:
        if folded in (fold(str(code)), fold(str(label))):
            return code
    return None


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


def validate_rows(
    rows: list[tuple[int, dict]],
    *,
    type_names: dict[str, str],
    existing: dict[str, list[Candidate]],
) -> ImportPlan:
    """Check every row. ``type_names``: folded name → name of the known document types;
    ``existing``: folded key → the library's documents with that key. A row updates the
    document its key, year of issue and issuer identify (see ``identity.resolve``), or
    creates one; a row several documents fit is an error (no guess)."""
    plan = ImportPlan()
    seen: dict[tuple, int] = {}
    matched: dict[int, int] = {}
    pending_relations: list[tuple[PlannedRecord, str, object, int]] = []
    labels = dict(COLUMNS)
    for number, raw in rows:
        errors_before = len(plan.errors)

        def error(column, message, number=number):
            plan.errors.append(RowError(number, labels[column], message))

        key_text = _text(raw.get("key"))
        citation = parse_key(key_text) if key_text else None
        if not key_text:
            error("key", _("Thiếu số ký hiệu."))
        elif citation is None:
            error("key", _("Số ký hiệu “%(key)s” không đúng dạng.") % {"key": key_text[:80]})
        folded = key_fold(citation.key) if citation else ""

        type_text = _text(raw.get("doc_type"))
        doc_type = None
        if type_text:
            doc_type = type_names.get(fold(type_text))
            if doc_type is None:
                error("doc_type", _("Loại văn bản “%(t)s” không có.") % {"t": type_text[:80]})
        elif citation is not None and citation.doc_type:
            doc_type = type_names.get(fold(citation.doc_type))

        dates = {}
        for name in ("issued", "effective"):
            try:
                dates[name] = parse_date(raw.get(name))
            except ValueError:
                error(
                    name,
                    _("Ngày “%(d)s” không hợp lệ (dd/mm/yyyy).") % {"d": _text(raw.get(name))[:40]},
                )
                dates[name] = None
        if dates["issued"] and dates["effective"] and dates["effective"] < dates["issued"]:
            error("effective", _("Ngày có hiệu lực trước ngày ban hành."))

        status_text = _text(raw.get("status"))
        status = Status.UNKNOWN
        if status_text:
            status = _choice(status_text, Status.choices)
            if status is None:
                error("status", _("Tình trạng “%(s)s” không có.") % {"s": status_text[:60]})

        review_text = _text(raw.get("review"))
        review = ReviewState.VERIFIED
        if review_text:
            review = _choice(review_text, ReviewState.choices)
            if review is None:
                error("review", _("Giá trị “%(s)s” không có.") % {"s": review_text[:60]})

        title = _text(raw.get("title"))
        issuer = _text(raw.get("issuer"))
        signer = _text(raw.get("signer"))
        for name, value, limit in (
            ("title", title, 1000),
            ("issuer", issuer, 255),
            ("signer", signer, 200),
        ):
            if len(value) > limit:
                error(name, _("Dài quá %(n)s ký tự.") % {"n": limit})

        relations = None
        targets = []
        if "relations" in raw:
            relations = []
            for part in filter(None, (p.strip() for p in _text(raw.get("relations")).split(";"))):
                label, sep, target = part.partition(":")
                rel_type = _choice(label.strip(), RelationType.choices) if sep else None
                target_citation = parse_target(target) if sep else None
                if rel_type is None or target_citation is None:
                    error(
                        "relations",
                        _("“%(p)s” không đúng dạng “thay thế: 63/2010/NĐ-CP”.") % {"p": part[:80]},
                    )
                    continue
                targets.append((rel_type, target_citation))

        identity = ()
        match = None
        if citation is not None:
            year_in_key = key_year(citation.key) is not None
            issue_year = key_year(citation.key) or (
                dates["issued"].year if dates["issued"] else None
            )
            identity = row_identity(folded, year_in_key, issue_year, issuer_fold(issuer))
            if identity in seen:
                error("key", _("Văn bản trùng với dòng %(row)s.") % {"row": seen[identity]})
            else:
                seen[identity] = number
            found = resolve(
                existing.get(folded, []),
                year=None if year_in_key else issue_year,
                issuer="" if year_in_key else issuer_fold(issuer),
            )
            if found.ambiguous:
                error(
                    "key",
                    _(
                        "Thư viện có nhiều văn bản số %(key)s: ghi ngày ban hành và cơ quan "
                        "ban hành để xác định văn bản."
                    )
                    % {"key": citation.key},
                )
            elif found.document is not None:
                match = found.document
                if match in matched:
                    error(
                        "key",
                        _("Dòng này và dòng %(row)s cùng cập nhật một văn bản.")
                        % {"row": matched[match]},
                    )
                else:
                    matched[match] = number

        if len(plan.errors) > errors_before or citation is None:
            continue
        record = PlannedRecord(
            row=number,
            key=citation.key,
            key_folded=folded,
            values={
                "doc_type": doc_type,
                "number": citation.number[:20],
                "year": key_year(citation.key),
                "symbol": citation.symbol[:80],
                "title": title,
                "issuer_name": issuer,
                "issued": dates["issued"],
                "effective": dates["effective"],
                "status": status,
                "signer": signer,
            },
            review=review,
            relations=relations,
            match=match,
            identity=identity,
        )
        plan.records.append(record)
        for rel_type, target in targets:
            pending_relations.append((record, rel_type, target, number))

    # Relation targets: library documents and rows of this file, resolved like references.
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
    for record, rel_type, target, number in pending_relations:
        folded = key_fold(target.key)
        rows_here = [c for c, _r in in_file.get(folded, [])]
        updated = {r.match for _c, r in in_file.get(folded, []) if r.match}
        library = [c for c in existing.get(folded, []) if c.pk not in updated]
        found = resolve(
            library + rows_here, year=cited_year(target), issuer=issuer_fold(target.issuer)
        )

        def relation_error(message, number=number):
            plan.errors.append(RowError(number, labels["relations"], message))

        if found.ambiguous:
            relation_error(
                _(
                    "Có nhiều văn bản số %(k)s: ghi thêm ngày ban hành, ví dụ “thay thế: "
                    "%(k)s ngày 21/01/2021”."
                )
                % {"k": target.key}
            )
        elif found.document is None:
            relation_error(
                _("Văn bản liên quan “%(k)s” không có trong thư viện hay trong tệp.")
                % {"k": target.key}
            )
        else:
            pk = found.document
            ref = ("row", -pk) if pk < 0 else ("db", pk)
            if ref == ("row", record.row) or (ref[0] == "db" and ref[1] == record.match):
                relation_error(_("Văn bản không thể liên quan chính nó."))
            else:
                record.relations.append((rel_type, ref))
    plan.errors.sort(key=lambda e: e.row)
    return plan


# --- writing ---------------------------------------------------------------------------


def _safe_csv(value) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_SAFE_PREFIX) else text


def write_csv(rows: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([label for _, label in COLUMNS])
    for row in rows:
        writer.writerow([_safe_csv(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_xlsx(rows: list[list]) -> bytes:
    """Every text cell is written as text (``data_type = "s"``): no formula injection."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Van ban"
    sheet.append([label for _, label in COLUMNS])
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            elif isinstance(value, dt.date):
                cell.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJ", (18, 14, 60, 30, 14, 14, 20, 20, 14, 40), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
