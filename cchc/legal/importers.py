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
from .keys import key_fold, parse_key

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
    relations: list[tuple[str, str]] | None  # (relation type, target key folded) or None


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


def validate_rows(
    rows: list[tuple[int, dict]],
    *,
    type_names: dict[str, str],
    existing_keys: set[str],
) -> ImportPlan:
    """Check every row. ``type_names``: folded name → name of the known document types;
    ``existing_keys``: folded keys already in the library (relation targets)."""
    plan = ImportPlan()
    seen: dict[str, int] = {}
    pending_relations: list[tuple[PlannedRecord, str, str, int]] = []
    labels = dict(COLUMNS)
    targets_shown: dict[str, str] = {}
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
        if citation is not None:
            if folded in seen:
                error(
                    "key",
                    _("Số ký hiệu trùng với dòng %(row)s.") % {"row": seen[folded]},
                )
            else:
                seen[folded] = number

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
        if "relations" in raw:
            relations = []
            for part in filter(None, (p.strip() for p in _text(raw.get("relations")).split(";"))):
                label, sep, target = part.partition(":")
                rel_type = _choice(label.strip(), RelationType.choices) if sep else None
                target_citation = parse_key(target.strip()) if sep else None
                if rel_type is None or target_citation is None:
                    error(
                        "relations",
                        _("“%(p)s” không đúng dạng “thay thế: 63/2010/NĐ-CP”.") % {"p": part[:80]},
                    )
                    continue
                relations.append((rel_type, key_fold(target_citation.key)))
                targets_shown[key_fold(target_citation.key)] = target_citation.key

        if len(plan.errors) > errors_before or citation is None:
            continue
        record = PlannedRecord(
            row=number,
            key=citation.key,
            key_folded=folded,
            values={
                "doc_type": doc_type,
                "number": citation.number[:20],
                "year": citation.year,
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
        )
        plan.records.append(record)
        for rel_type, target in relations or []:
            pending_relations.append((record, rel_type, target, number))

    known = existing_keys | set(seen)
    for record, _rel_type, target, number in pending_relations:
        if target == record.key_folded:
            plan.errors.append(
                RowError(number, labels["relations"], _("Văn bản không thể liên quan chính nó."))
            )
        elif target not in known:
            plan.errors.append(
                RowError(
                    number,
                    labels["relations"],
                    _("Văn bản liên quan “%(k)s” không có trong thư viện hay trong tệp.")
                    % {"k": targets_shown.get(target, target)},
                )
            )
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
