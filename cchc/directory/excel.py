"""Import and export the directory from/to Excel (.xlsx, openpyxl).

The workbook has two sheets: "Cơ quan" (one row per agency, keyed by its code) and
"Lãnh đạo" (one row per leader, keyed by the ID column; an empty ID adds a leader).
Columns are found by their header, in any order. Import is an upsert: rows update the
agency with the same code or create it; nothing is deleted; status and successor are
export-only (merges go through the merge service).

Every row is validated first (phones per the Vietnamese numbering plan, e-mails, URLs,
unknown parent or agency codes, duplicate codes, cycles); with any error nothing is
written. Then all rows are applied through the services inside one transaction, rolled
back at the end in dry-run mode, so a dry run reports exactly what a real run would do.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from cchc.core.exceptions import CchcError
from cchc.core.text import fold

from .models import Agency, Leader
from .services import (
    AGENCY_FIELDS,
    LEADER_FIELDS,
    FieldChange,
    agency_create,
    agency_update,
    diff_fields,
    leader_create,
    leader_update,
)
from .validation import DirectoryValidationError, clean_agency_data, clean_leader_data

AGENCY_SHEET = "Cơ quan"
LEADER_SHEET = "Lãnh đạo"
MAX_ROWS = 20000

AGENCY_COLUMNS = [
    ("code", "Mã đơn vị"),
    ("name", "Tên cơ quan"),
    ("short_name", "Tên viết tắt"),
    ("level", "Cấp"),
    ("parent", "Mã cơ quan cấp trên"),
    ("address", "Địa chỉ"),
    ("phone", "Điện thoại"),
    ("fax", "Fax"),
    ("email", "Thư điện tử"),
    ("website", "Trang thông tin"),
    ("working_hours", "Giờ làm việc"),
    ("sort_order", "Thứ tự"),
    ("latitude", "Vĩ độ"),
    ("longitude", "Kinh độ"),
    ("description", "Chức năng, nhiệm vụ"),
    ("status", "Tình trạng (chỉ xuất)"),
    ("successor", "Mã cơ quan kế thừa (chỉ xuất)"),
]
LEADER_COLUMNS = [
    ("id", "ID"),
    ("agency", "Mã đơn vị"),
    ("full_name", "Họ và tên"),
    ("title", "Chức vụ"),
    ("sort_order", "Thứ tự"),
    ("office_phone", "Điện thoại cơ quan"),
    ("phone_public", "Công khai điện thoại cơ quan"),
    ("mobile", "Di động"),
    ("mobile_public", "Công khai di động"),
    ("email", "Thư điện tử"),
    ("email_public", "Công khai thư điện tử"),
]
EXPORT_ONLY = {"status", "successor"}
AGENCY_REQUIRED = ("code", "name", "level")
LEADER_REQUIRED = ("agency", "full_name", "title")
BOOL_FIELDS = {"phone_public", "mobile_public", "email_public"}
_TRUE = {"co", "x", "1", "true", "yes", "c", "cong khai"}
_FALSE = {"khong", "0", "false", "no", "k", "an", "khong cong khai"}


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int  # 0 = the whole sheet/file
    column: str
    message: str

    def __str__(self) -> str:
        where = _("Trang “%(sheet)s”") % {"sheet": self.sheet} if self.sheet else ""
        if self.row:
            where += ", " + _("dòng %(row)d") % {"row": self.row}
        if self.column:
            where += ", " + _("cột “%(column)s”") % {"column": self.column}
        return f"{where}: {self.message}" if where else self.message


@dataclass
class RowChange:
    sheet: str
    row: int
    key: str
    action: str  # "create" | "update" | "unchanged"
    fields: list = field(default_factory=list)


@dataclass
class ImportReport:
    dry_run: bool
    errors: list[RowError] = field(default_factory=list)
    changes: list[RowChange] = field(default_factory=list)
    applied: bool = False

    def count(self, sheet: str, action: str) -> int:
        return sum(1 for c in self.changes if c.sheet == sheet and c.action == action)

    @property
    def has_changes(self) -> bool:
        return any(c.action != "unchanged" for c in self.changes)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return _(
            "Cơ quan: %(ac)d thêm mới, %(au)d cập nhật, %(an)d không đổi. "
            "Lãnh đạo: %(lc)d thêm mới, %(lu)d cập nhật, %(ln)d không đổi."
        ) % {
            "ac": self.count(AGENCY_SHEET, "create"),
            "au": self.count(AGENCY_SHEET, "update"),
            "an": self.count(AGENCY_SHEET, "unchanged"),
            "lc": self.count(LEADER_SHEET, "create"),
            "lu": self.count(LEADER_SHEET, "update"),
            "ln": self.count(LEADER_SHEET, "unchanged"),
        }


class ImportFileError(CchcError):
    """The file is not a readable .xlsx workbook of the expected shape."""


# --- Reading -------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


PHONE_KEYS = {"phone", "fax", "office_phone", "mobile"}


def _phone_cell(value: Any) -> str:
    """A number typed into a numeric cell loses its leading zero: 2933870123 → 0…."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = str(int(value))
        return digits if digits.startswith("1") else "0" + digits
    return _cell_text(value)


def _level(value: str) -> str | None:
    folded = fold(value).strip()
    for key, label in Agency.Level.choices:
        if folded in (key, fold(str(label))):
            return key
    aliases = {
        "tinh": "province",
        "so": "department",
        "so, ban, nganh": "department",
        "huyen": "district",
        "cap huyen": "district",
        "xa": "commune",
        "cap xa": "commune",
        "don vi": "unit",
    }
    return aliases.get(folded)


def _bool(value: str) -> bool | None:
    folded = fold(value).strip()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    return None


def _read_sheet(ws, columns, sheet_name, required, errors) -> list[tuple[int, dict]]:
    rows = ws.iter_rows(values_only=True)
    try:
        header = next(rows)
    except StopIteration:
        errors.append(RowError(sheet_name, 0, "", _("Trang tính trống.")))
        return []
    by_label = {fold(label): key for key, label in columns}
    by_label.update({key: key for key, _label in columns})
    positions: dict[str, int] = {}
    for index, title in enumerate(header or ()):
        key = by_label.get(fold(_cell_text(title)))
        if key and key not in positions:
            positions[key] = index
    labels = dict(columns)
    missing = [labels[k] for k in required if k not in positions]
    if missing:
        errors.append(
            RowError(
                sheet_name,
                1,
                "",
                _("Thiếu cột bắt buộc: %(cols)s.") % {"cols": ", ".join(missing)},
            )
        )
        return []
    result = []
    for number, values in enumerate(rows, start=2):
        if values is None or all(_cell_text(v) == "" for v in values):
            continue
        if len(result) >= MAX_ROWS:
            errors.append(
                RowError(sheet_name, number, "", _("Quá %(max)d dòng.") % {"max": MAX_ROWS})
            )
            break
        row = {}
        for key, index in positions.items():
            value = values[index] if index < len(values) else None
            row[key] = _phone_cell(value) if key in PHONE_KEYS else _cell_text(value)
        result.append((number, row))
    return result


def _field_errors(sheet, number, exc: DirectoryValidationError, labels) -> list[RowError]:
    out = []
    for field_name, messages in exc.errors.items():
        for message in messages:
            out.append(RowError(sheet, number, labels.get(field_name, field_name), str(message)))
    return out


@dataclass
class _Plan:
    agencies: list[tuple[int, dict, str | None]]  # row, cleaned data (no parent), parent code
    leaders: list[tuple[int, dict, str, int | None]]  # row, cleaned, agency code, leader id


def _validate(wb) -> tuple[_Plan, list[RowError]]:
    errors: list[RowError] = []
    if AGENCY_SHEET in wb.sheetnames:
        agency_ws = wb[AGENCY_SHEET]
    elif LEADER_SHEET not in wb.sheetnames and wb.worksheets:
        agency_ws = wb.worksheets[0]
    else:
        agency_ws = None
    agency_rows = (
        _read_sheet(agency_ws, AGENCY_COLUMNS, AGENCY_SHEET, AGENCY_REQUIRED, errors)
        if agency_ws is not None
        else []
    )
    leader_rows = (
        _read_sheet(wb[LEADER_SHEET], LEADER_COLUMNS, LEADER_SHEET, LEADER_REQUIRED, errors)
        if LEADER_SHEET in wb.sheetnames
        else []
    )
    if agency_ws is None and LEADER_SHEET not in wb.sheetnames:
        errors.append(RowError("", 0, "", _("Không tìm thấy trang tính “Cơ quan”.")))

    a_labels, l_labels = dict(AGENCY_COLUMNS), dict(LEADER_COLUMNS)
    db_parents = {
        code: parent for code, parent in Agency.objects.values_list("code", "parent__code")
    }
    plan = _Plan(agencies=[], leaders=[])
    file_codes: dict[str, int] = {}
    file_parents: dict[str, str | None] = {}
    parent_checks: list[tuple[int, str, str | None]] = []
    for number, raw in agency_rows:
        level = raw.get("level", "")
        raw_level = _level(level) if level else ""
        data = {k: v for k, v in raw.items() if k not in EXPORT_ONLY and k != "parent"}
        data["level"] = raw_level if raw_level is not None else "?"
        try:
            cleaned = clean_agency_data(data)
        except DirectoryValidationError as exc:
            errors.extend(_field_errors(AGENCY_SHEET, number, exc, a_labels))
            cleaned = None
        code = (raw.get("code") or "").strip()
        if code:
            if code in file_codes:
                errors.append(
                    RowError(
                        AGENCY_SHEET,
                        number,
                        a_labels["code"],
                        _("Mã đơn vị “%(code)s” trùng với dòng %(row)d.")
                        % {"code": code, "row": file_codes[code]},
                    )
                )
                continue
            file_codes[code] = number
        parent_code = (raw.get("parent") or "").strip() or None
        if code:
            file_parents[code] = parent_code
            parent_checks.append((number, code, parent_code))
        if cleaned is not None:
            plan.agencies.append((number, cleaned, parent_code))

    known = set(db_parents) | set(file_codes)
    effective = {**db_parents, **file_parents}
    for number, code, parent_code in parent_checks:
        if parent_code is None:
            continue
        if parent_code not in known:
            errors.append(
                RowError(
                    AGENCY_SHEET,
                    number,
                    a_labels["parent"],
                    _("Không tìm thấy cơ quan cấp trên có mã “%(code)s”.") % {"code": parent_code},
                )
            )
            continue
        seen, current = {code}, parent_code
        while current is not None:
            if current in seen:
                errors.append(
                    RowError(
                        AGENCY_SHEET,
                        number,
                        a_labels["parent"],
                        _("Quan hệ cấp trên tạo thành vòng lặp (qua mã “%(code)s”).")
                        % {"code": current},
                    )
                )
                break
            seen.add(current)
            current = effective.get(current)

    leader_ids = set(Leader.objects.values_list("id", flat=True))
    seen_ids: dict[int, int] = {}
    for number, raw in leader_rows:
        data = {}
        for key, value in raw.items():
            if key in BOOL_FIELDS:
                if value == "":
                    continue
                parsed = _bool(value)
                if parsed is None:
                    errors.append(
                        RowError(
                            LEADER_SHEET, number, l_labels[key], _("Cần ghi “Có” hoặc “Không”.")
                        )
                    )
                    continue
                data[key] = parsed
            elif key in LEADER_FIELDS:
                data[key] = value
        leader_id = None
        raw_id = raw.get("id", "")
        if raw_id:
            try:
                leader_id = int(raw_id)
            except ValueError:
                leader_id = -1
            if leader_id not in leader_ids:
                errors.append(
                    RowError(
                        LEADER_SHEET,
                        number,
                        l_labels["id"],
                        _("Không có lãnh đạo với ID “%(id)s” (để trống để thêm mới).")
                        % {"id": raw_id},
                    )
                )
                continue
            if leader_id in seen_ids:
                errors.append(
                    RowError(
                        LEADER_SHEET,
                        number,
                        l_labels["id"],
                        _("ID “%(id)s” trùng với dòng %(row)d.")
                        % {"id": raw_id, "row": seen_ids[leader_id]},
                    )
                )
                continue
            seen_ids[leader_id] = number
        agency_code = (raw.get("agency") or "").strip()
        if agency_code and agency_code not in known:
            errors.append(
                RowError(
                    LEADER_SHEET,
                    number,
                    l_labels["agency"],
                    _("Không tìm thấy cơ quan có mã “%(code)s”.") % {"code": agency_code},
                )
            )
        elif not agency_code:
            errors.append(
                RowError(LEADER_SHEET, number, l_labels["agency"], _("Trường này là bắt buộc."))
            )
        try:
            cleaned = clean_leader_data(data)
        except DirectoryValidationError as exc:
            errors.extend(_field_errors(LEADER_SHEET, number, exc, l_labels))
            continue
        plan.leaders.append((number, cleaned, agency_code, leader_id))
    return plan, errors


# --- Applying ------------------------------------------------------------------------


def _ordered(agencies):
    """Parents before children (rows whose parent is in the file)."""
    pending = list(agencies)
    in_file = {cleaned["code"] for _n, cleaned, _p in agencies}
    done: set[str] = set()
    ordered = []
    while pending:
        rest = []
        for item in pending:
            parent = item[2]
            if parent is None or parent not in in_file or parent in done:
                ordered.append(item)
                done.add(item[1]["code"])
            else:
                rest.append(item)
        if len(rest) == len(pending):  # a cycle: already reported by validation
            ordered.extend(rest)
            break
        pending = rest
    return ordered


def _apply(plan: _Plan, report: ImportReport, *, actor) -> None:
    by_code = {a.code: a for a in Agency.objects.all()}
    for number, cleaned, parent_code in _ordered(plan.agencies):
        data = {**cleaned, "parent": by_code.get(parent_code) if parent_code else None}
        existing = by_code.get(cleaned["code"])
        try:
            if existing is None:
                agency = agency_create(data=data, actor=actor, source="import")
                report.changes.append(RowChange(AGENCY_SHEET, number, agency.code, "create", []))
            else:
                changes = diff_fields(existing, data, AGENCY_FIELDS)
                agency = (
                    agency_update(agency=existing, data=data, actor=actor, source="import")
                    if changes
                    else existing
                )
                report.changes.append(
                    RowChange(
                        AGENCY_SHEET,
                        number,
                        agency.code,
                        "update" if changes else "unchanged",
                        changes,
                    )
                )
        except DirectoryValidationError as exc:
            report.errors.extend(_field_errors(AGENCY_SHEET, number, exc, dict(AGENCY_COLUMNS)))
            continue
        by_code[agency.code] = agency
    leaders = {leader.pk: leader for leader in Leader.objects.select_related("agency")}
    for number, cleaned, agency_code, leader_id in plan.leaders:
        agency = by_code.get(agency_code)
        if agency is None:  # its agency row failed above; that error is reported
            continue
        try:
            if leader_id is None:
                leader = leader_create(agency=agency, data=cleaned, actor=actor, source="import")
                report.changes.append(
                    RowChange(LEADER_SHEET, number, leader.full_name, "create", [])
                )
            else:
                existing = leaders[leader_id]
                changes = diff_fields(existing, cleaned, LEADER_FIELDS)
                if existing.agency_id != agency.pk:
                    changes.append(FieldChange("agency", existing.agency.code, agency.code))
                if changes:
                    leader_update(
                        leader=existing, data=cleaned, agency=agency, actor=actor, source="import"
                    )
                report.changes.append(
                    RowChange(
                        LEADER_SHEET,
                        number,
                        existing.full_name,
                        "update" if changes else "unchanged",
                        changes,
                    )
                )
        except DirectoryValidationError as exc:
            report.errors.extend(_field_errors(LEADER_SHEET, number, exc, dict(LEADER_COLUMNS)))


def import_workbook(source, *, dry_run: bool, actor=None) -> ImportReport:
    """Validate and (unless ``dry_run`` or on any error) apply a workbook.

    ``source`` is a path or a binary file object. All or nothing: on any error the
    transaction is rolled back and the report lists every error found.
    """
    report = ImportReport(dry_run=dry_run)
    try:
        wb = load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on bad files
        raise ImportFileError(_("Không đọc được tệp: cần tệp Excel .xlsx hợp lệ.")) from exc
    try:
        plan, errors = _validate(wb)
    finally:
        wb.close()
    report.errors.extend(errors)
    if report.errors:
        return report
    try:
        with transaction.atomic():
            _apply(plan, report, actor=actor)
            if report.errors or dry_run:
                transaction.set_rollback(True)
    except DatabaseError as exc:
        report.errors.append(
            RowError("", 0, "", _("Lỗi cơ sở dữ liệu, chưa nhập gì: %(err)s") % {"err": exc})
        )
    report.applied = not dry_run and not report.errors
    if report.errors:
        report.changes.clear()
    return report


# --- Export --------------------------------------------------------------------------


def _write_row(ws, row: int, values: list) -> None:
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col)
        if value is None or value == "":
            continue
        if isinstance(value, str):
            cell.value = value
            # Text stays text: "=HYPERLINK(...)" typed by someone must not become a formula.
            cell.data_type = "s"
        else:
            cell.value = value


def _header(ws, columns) -> None:
    _write_row(ws, 1, [label for _k, label in columns])
    for col in range(1, len(columns) + 1):
        ws.cell(row=1, column=col).font = Font(bold=True)
        ws.column_dimensions[get_column_letter(col)].width = 22
    ws.freeze_panes = "A2"


def _yes_no(value: bool) -> str:
    return "Có" if value else "Không"


def export_workbook() -> bytes:
    """The whole directory (every status) as an .xlsx the import reads back."""
    wb = Workbook()
    ws = wb.active
    ws.title = AGENCY_SHEET
    _header(ws, AGENCY_COLUMNS)
    agencies = Agency.objects.select_related("parent", "successor").order_by(
        "sort_order", "name", "id"
    )
    for row, a in enumerate(agencies, start=2):
        _write_row(
            ws,
            row,
            [
                a.code,
                a.name,
                a.short_name,
                a.level,
                a.parent.code if a.parent else "",
                a.address,
                a.phone,
                a.fax,
                a.email,
                a.website,
                a.working_hours,
                a.sort_order,
                float(a.latitude) if a.latitude is not None else None,
                float(a.longitude) if a.longitude is not None else None,
                a.description,
                a.status,
                a.successor.code if a.successor else "",
            ],
        )
    ws2 = wb.create_sheet(LEADER_SHEET)
    _header(ws2, LEADER_COLUMNS)
    leaders = Leader.objects.select_related("agency").order_by(
        "agency__sort_order", "agency__name", "sort_order", "id"
    )
    for row, p in enumerate(leaders, start=2):
        _write_row(
            ws2,
            row,
            [
                p.pk,
                p.agency.code,
                p.full_name,
                p.title,
                p.sort_order,
                p.office_phone,
                _yes_no(p.phone_public),
                p.mobile,
                _yes_no(p.mobile_public),
                p.email,
                _yes_no(p.email_public),
            ],
        )
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
