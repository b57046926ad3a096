"""Import and export the directory from/to Excel (.xlsx) on :mod:`cchc.core.tabular`.

The workbook has two sheets: "Cơ quan" (one row per agency, keyed by its code) and
"Lãnh đạo" (one row per leader, keyed by the ID column; an empty ID adds a leader).
Columns are found by their header, in any order (``tabular.read_table``). Import is an
upsert: rows update the agency with the same code or create it; nothing is deleted; status
and successor are export-only (merges go through the merge service).

What is the directory's own: the column lists below, and the checks across rows (phones
per the Vietnamese numbering plan, e-mails and URLs through ``validation``, unknown parent
or agency codes, duplicate codes, cycles). With any error nothing is written; then all
rows are applied through the services in one transaction
(``tabular.apply_all_or_nothing``), rolled back in dry-run mode, so a dry run reports
exactly what a real run would do. Export is ``tabular.write_xlsx`` (text stays text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from cchc.core import tabular as t
from cchc.core.tabular import Column, RowError
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
ImportFileError = t.TableFileError  # the file as a whole cannot be read


def _phone(value: Any) -> str:
    """A number typed into a numeric cell loses its leading zero: 2933870123 → 0…."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = str(int(value))
        return digits if digits.startswith("1") else "0" + digits
    return t.cell_text(value)


_LEVEL_ALIASES = {
    "tinh": "province",
    "so": "department",
    "so, ban, nganh": "department",
    "huyen": "district",
    "cap huyen": "district",
    "xa": "commune",
    "cap xa": "commune",
    "don vi": "unit",
}


def _level(value: Any) -> str:
    """A level code, from its code, its label or a common name; "?" (reported by the
    validation as an invalid level) otherwise."""
    folded = fold(t.cell_text(value)).strip()
    for key, label in Agency.Level.choices:
        if folded in (key, fold(str(label))):
            return key
    return _LEVEL_ALIASES.get(folded, "?")


_yes_no = t.boolean(true=("công khai",), false=("ẩn", "không công khai"))

AGENCY_COLUMNS = [
    Column("code", "Mã đơn vị", required=True, default=""),
    Column("name", "Tên cơ quan", required=True, default=""),
    Column("short_name", "Tên viết tắt", default=""),
    Column("level", "Cấp", required=True, parse=_level, default=""),
    Column("parent", "Mã cơ quan cấp trên", default=""),
    Column("address", "Địa chỉ", default=""),
    Column("phone", "Điện thoại", parse=_phone, default=""),
    Column("fax", "Fax", parse=_phone, default=""),
    Column("email", "Thư điện tử", default=""),
    Column("website", "Trang thông tin", default=""),
    Column("working_hours", "Giờ làm việc", default=""),
    Column("sort_order", "Thứ tự", default=""),
    Column("latitude", "Vĩ độ", default=""),
    Column("longitude", "Kinh độ", default=""),
    Column("description", "Chức năng, nhiệm vụ", parse=t.text(multiline=True), default=""),
    Column("status", "Tình trạng (chỉ xuất)", default=""),
    Column("successor", "Mã cơ quan kế thừa (chỉ xuất)", default=""),
]
LEADER_COLUMNS = [
    Column("id", "ID", default=""),
    Column("agency", "Mã đơn vị", required=True, default=""),
    Column("full_name", "Họ và tên", required=True, default=""),
    Column("title", "Chức vụ", required=True, default=""),
    Column("sort_order", "Thứ tự", default=""),
    Column("office_phone", "Điện thoại cơ quan", parse=_phone, default=""),
    Column("phone_public", "Công khai điện thoại cơ quan", parse=_yes_no),
    Column("mobile", "Di động", parse=_phone, default=""),
    Column("mobile_public", "Công khai di động", parse=_yes_no),
    Column("email", "Thư điện tử", default=""),
    Column("email_public", "Công khai thư điện tử", parse=_yes_no),
]
EXPORT_ONLY = {"status", "successor"}
_A_LABELS = {c.key: c.header for c in AGENCY_COLUMNS}
_L_LABELS = {c.key: c.header for c in LEADER_COLUMNS}


@dataclass
class RowChange:
    sheet: str
    row: int
    key: str
    action: str  # "create" | "update" | "unchanged"
    fields: list = field(default_factory=list)


@dataclass
class ImportReport(t.ImportReport):
    """``tabular``'s report, plus what changed on each row (shown before confirming)."""

    changes: list[RowChange] = field(default_factory=list)

    def change(self, sheet: str, row: int, key: str, action: str, fields=()) -> None:
        self.changes.append(RowChange(sheet, row, key, action, list(fields)))

    def tally(self, sheet: str, action: str) -> int:
        return sum(1 for c in self.changes if c.sheet == sheet and c.action == action)

    @property
    def has_changes(self) -> bool:
        return any(c.action != "unchanged" for c in self.changes)

    def summary(self) -> str:
        return _(
            "Cơ quan: %(ac)d thêm mới, %(au)d cập nhật, %(an)d không đổi. "
            "Lãnh đạo: %(lc)d thêm mới, %(lu)d cập nhật, %(ln)d không đổi."
        ) % {
            "ac": self.tally(AGENCY_SHEET, "create"),
            "au": self.tally(AGENCY_SHEET, "update"),
            "an": self.tally(AGENCY_SHEET, "unchanged"),
            "lc": self.tally(LEADER_SHEET, "create"),
            "lu": self.tally(LEADER_SHEET, "update"),
            "ln": self.tally(LEADER_SHEET, "unchanged"),
        }


# --- Reading and checking ------------------------------------------------------------


def _read_sheet(data: bytes, sheet: str, label: str, columns, errors) -> list[tuple[int, dict]]:
    """``[(row number, {key: value})]`` of the columns the sheet has."""
    try:
        table = t.read_table(data, columns, sheet=sheet, max_rows=MAX_ROWS)
    except t.TableFileError as exc:
        errors.append(RowError(0, "", exc.message, label))
        return []
    errors.extend(RowError(e.row, e.column, e.message, label) for e in table.errors)
    found = set(table.columns_found)
    return [(row.number, {k: v for k, v in row.values.items() if k in found}) for row in table.rows]


def _field_errors(sheet, number, exc: DirectoryValidationError, labels) -> list[RowError]:
    return [
        RowError(number, labels.get(name, name), str(message), sheet)
        for name, messages in exc.errors.items()
        for message in messages
    ]


@dataclass
class _Plan:
    agencies: list[tuple[int, dict, str | None]] = field(default_factory=list)
    leaders: list[tuple[int, dict, str, int | None]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    def error(self, sheet: str, row: int, column: str, message: str) -> None:
        self.errors.append(RowError(row, column, message, sheet))


def _check_agencies(rows, plan: _Plan) -> set[str]:
    """Clean each agency row, then check codes and parents; returns every known code."""
    db_parents = dict(Agency.objects.values_list("code", "parent__code"))
    file_codes: dict[str, int] = {}
    file_parents: dict[str, str | None] = {}
    for number, raw in rows:
        data = {k: v for k, v in raw.items() if k not in EXPORT_ONLY and k != "parent"}
        try:
            cleaned = clean_agency_data(data)
        except DirectoryValidationError as exc:
            plan.errors.extend(_field_errors(AGENCY_SHEET, number, exc, _A_LABELS))
            cleaned = None
        code = (raw.get("code") or "").strip()
        if code in file_codes:
            message = _("Mã đơn vị “%(code)s” trùng với dòng %(row)d.")
            plan.error(
                AGENCY_SHEET,
                number,
                _A_LABELS["code"],
                message % {"code": code, "row": file_codes[code]},
            )
            continue
        parent_code = (raw.get("parent") or "").strip() or None
        if code:
            file_codes[code] = number
            file_parents[code] = parent_code
        if cleaned is not None:
            plan.agencies.append((number, cleaned, parent_code))
    known = set(db_parents) | set(file_codes)
    _check_parents(file_codes, file_parents, {**db_parents, **file_parents}, known, plan)
    return known


def _check_parents(file_codes, file_parents, effective, known, plan: _Plan) -> None:
    for code, parent_code in file_parents.items():
        number = file_codes[code]
        if parent_code is None:
            continue
        if parent_code not in known:
            message = _("Không tìm thấy cơ quan cấp trên có mã “%(code)s”.")
            plan.error(AGENCY_SHEET, number, _A_LABELS["parent"], message % {"code": parent_code})
            continue
        seen, current = {code}, parent_code
        while current is not None:
            if current in seen:
                message = _("Quan hệ cấp trên tạo thành vòng lặp (qua mã “%(code)s”).")
                plan.error(AGENCY_SHEET, number, _A_LABELS["parent"], message % {"code": current})
                break
            seen.add(current)
            current = effective.get(current)


def _leader_id(raw_id: str, number: int, existing: set, seen: dict, plan: _Plan):
    """The leader ID of a row (None: a new leader), or False when the ID is wrong."""
    if not raw_id:
        return None
    try:
        leader_id = int(raw_id)
    except ValueError:
        leader_id = -1
    if leader_id not in existing:
        message = _("Không có lãnh đạo với ID “%(id)s” (để trống để thêm mới).")
        plan.error(LEADER_SHEET, number, _L_LABELS["id"], message % {"id": raw_id})
        return False
    if leader_id in seen:
        message = _("ID “%(id)s” trùng với dòng %(row)d.")
        plan.error(
            LEADER_SHEET, number, _L_LABELS["id"], message % {"id": raw_id, "row": seen[leader_id]}
        )
        return False
    seen[leader_id] = number
    return leader_id


def _check_leaders(rows, known: set[str], plan: _Plan) -> None:
    existing = set(Leader.objects.values_list("id", flat=True))
    seen: dict[int, int] = {}
    for number, raw in rows:
        data = {k: v for k, v in raw.items() if k in LEADER_FIELDS and v is not None}
        leader_id = _leader_id(raw.get("id", ""), number, existing, seen, plan)
        if leader_id is False:
            continue
        agency_code = (raw.get("agency") or "").strip()
        if agency_code and agency_code not in known:
            message = _("Không tìm thấy cơ quan có mã “%(code)s”.")
            plan.error(LEADER_SHEET, number, _L_LABELS["agency"], message % {"code": agency_code})
        elif not agency_code:
            plan.error(LEADER_SHEET, number, _L_LABELS["agency"], _("Trường này là bắt buộc."))
        try:
            cleaned = clean_leader_data(data)
        except DirectoryValidationError as exc:
            plan.errors.extend(_field_errors(LEADER_SHEET, number, exc, _L_LABELS))
            continue
        plan.leaders.append((number, cleaned, agency_code, leader_id))


def _plan(data: bytes) -> _Plan:
    plan = _Plan()
    names = t.sheet_names(data)
    read_errors: list[RowError] = []
    if AGENCY_SHEET in names:
        agency_sheet = AGENCY_SHEET
    elif LEADER_SHEET not in names and names:
        agency_sheet = names[0]
    else:
        agency_sheet = None
    agency_rows = (
        _read_sheet(data, agency_sheet, AGENCY_SHEET, AGENCY_COLUMNS, read_errors)
        if agency_sheet
        else []
    )
    leader_rows = (
        _read_sheet(data, LEADER_SHEET, LEADER_SHEET, LEADER_COLUMNS, read_errors)
        if LEADER_SHEET in names
        else []
    )
    if agency_sheet is None and LEADER_SHEET not in names:
        plan.error("", 0, "", _("Không tìm thấy trang tính “Cơ quan”."))
    known = _check_agencies(agency_rows, plan)
    _check_leaders(leader_rows, known, plan)
    # A blank required cell is reported by the sheet reader and by the field checks:
    # keep the field check's (more specific) message.
    reported = {(e.sheet, e.row, e.column) for e in plan.errors}
    plan.errors.extend(e for e in read_errors if (e.sheet, e.row, e.column) not in reported)
    plan.errors.sort(key=lambda e: (e.sheet != AGENCY_SHEET, e.row))
    return plan


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


def _apply_agencies(plan: _Plan, report: ImportReport, *, actor) -> dict[str, Agency]:
    by_code = {a.code: a for a in Agency.objects.all()}
    for number, cleaned, parent_code in _ordered(plan.agencies):
        data = {**cleaned, "parent": by_code.get(parent_code) if parent_code else None}
        existing = by_code.get(cleaned["code"])
        try:
            if existing is None:
                agency = agency_create(data=data, actor=actor, source="import")
                report.change(AGENCY_SHEET, number, agency.code, "create")
            else:
                changes = diff_fields(existing, data, AGENCY_FIELDS)
                agency = existing
                if changes:
                    agency = agency_update(agency=existing, data=data, actor=actor, source="import")
                action = "update" if changes else "unchanged"
                report.change(AGENCY_SHEET, number, agency.code, action, changes)
        except DirectoryValidationError as exc:
            report.errors.extend(_field_errors(AGENCY_SHEET, number, exc, _A_LABELS))
            continue
        by_code[agency.code] = agency
    return by_code


def _apply_leaders(plan: _Plan, report: ImportReport, by_code, *, actor) -> None:
    leaders = {leader.pk: leader for leader in Leader.objects.select_related("agency")}
    for number, cleaned, agency_code, leader_id in plan.leaders:
        agency = by_code.get(agency_code)
        if agency is None:  # its agency row failed above; that error is reported
            continue
        try:
            if leader_id is None:
                leader = leader_create(agency=agency, data=cleaned, actor=actor, source="import")
                report.change(LEADER_SHEET, number, leader.full_name, "create")
                continue
            existing = leaders[leader_id]
            changes = diff_fields(existing, cleaned, LEADER_FIELDS)
            if existing.agency_id != agency.pk:
                changes.append(FieldChange("agency", existing.agency.code, agency.code))
            if changes:
                leader_update(
                    leader=existing, data=cleaned, agency=agency, actor=actor, source="import"
                )
            action = "update" if changes else "unchanged"
            report.change(LEADER_SHEET, number, existing.full_name, action, changes)
        except DirectoryValidationError as exc:
            report.errors.extend(_field_errors(LEADER_SHEET, number, exc, _L_LABELS))


def import_workbook(source, *, dry_run: bool, actor=None) -> ImportReport:
    """Validate and (unless ``dry_run`` or on any error) apply a workbook.

    ``source`` is a path, bytes or a binary file object. All or nothing: on any error the
    transaction is rolled back and the report lists every error found. Raises
    :data:`ImportFileError` for a file that is not a readable .xlsx workbook.
    """
    if isinstance(source, bytes):
        data = source
    elif hasattr(source, "read"):
        data = source.read(t.MAX_BYTES + 1)
    else:
        with open(source, "rb") as fh:
            data = fh.read(t.MAX_BYTES + 1)
    if len(data) > t.MAX_BYTES:
        raise ImportFileError(_("Tệp quá lớn (tối đa 5 MB)."))
    plan = _plan(data)
    report = ImportReport(dry_run=dry_run, errors=plan.errors)
    if report.errors:
        return report

    def apply() -> None:
        by_code = _apply_agencies(plan, report, actor=actor)
        _apply_leaders(plan, report, by_code, actor=actor)

    t.apply_all_or_nothing(report, apply)
    if report.errors:
        report.changes.clear()
    return report


# --- Export --------------------------------------------------------------------------


def _yes_no_text(value: bool) -> str:
    return "Có" if value else "Không"


def _agency_values(a: Agency) -> list:
    return [
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
    ]


def _leader_values(p: Leader) -> list:
    return [
        p.pk,
        p.agency.code,
        p.full_name,
        p.title,
        p.sort_order,
        p.office_phone,
        _yes_no_text(p.phone_public),
        p.mobile,
        _yes_no_text(p.mobile_public),
        p.email,
        _yes_no_text(p.email_public),
    ]


def export_workbook() -> bytes:
    """The whole directory (every status) as an .xlsx the import reads back."""
    agencies = Agency.objects.select_related("parent", "successor").order_by(
        "sort_order", "name", "id"
    )
    leaders = Leader.objects.select_related("agency").order_by(
        "agency__sort_order", "agency__name", "sort_order", "id"
    )
    return t.write_xlsx(
        [
            (AGENCY_SHEET, AGENCY_COLUMNS, (_agency_values(a) for a in agencies)),
            (LEADER_SHEET, LEADER_COLUMNS, (_leader_values(p) for p in leaders)),
        ]
    )
