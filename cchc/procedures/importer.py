"""Import and export of the catalogue in the layout of the national procedure database's
export (Cơ sở dữ liệu quốc gia về TTHC): one procedure per row, columns found by their
header ("Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện",
"Cách thức thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Phí, lệ phí",
"Căn cứ pháp lý" …) in any order, below any title rows.

Rows are keyed by the procedure code: an existing procedure is updated (its channels and
documents replaced by the row's; uploaded form files kept for documents of the same
name), a new one created. Fields (lĩnh vực) are created when new. Built on
:mod:`cchc.core.tabular`: every row is checked first, the writes run in one transaction
through the services, and a dry run or any error rolls everything back.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cchc.core import tabular as t
from cchc.core.text import fold

from . import parsing, selectors, services
from .choices import LEVEL_SPELLINGS, ONLINE_LEVEL_SPELLINGS, Channel, Level, OnlineLevel
from .models import (
    CODE_RE,
    Procedure,
    ProcedureChannel,
    ProcedureField,
    RequiredDocument,
    normalize_code,
)

SHEET = "Thủ tục hành chính"
MAX_ROWS = 5000


def _code(value: Any) -> str:
    code = normalize_code(t.cell_text(value))
    if not CODE_RE.match(code):
        raise t.CellError(
            _("Mã “%(code)s” không đúng dạng (ví dụ: 1.000948.000.00.00.H38).")
            % {"code": code[:60]}
        )
    return code


_level_choice = t.choice(LEVEL_SPELLINGS)


def _level(value: Any) -> str:
    parts = {p.strip() for p in t.cell_text(value).replace(";", ",").split(",") if p.strip()}
    if len(parts) > 1:
        # "Cấp Tỉnh, Cấp Huyện": the catalogue keeps one level per procedure.
        levels = set()
        for part in parts:
            try:
                levels.add(_level_choice(part))
            except t.CellError:
                return _level_choice(value)  # a single spelling with a comma
        if len(levels) > 1:
            raise t.CellError(
                _(
                    "Mỗi dòng chỉ một cấp thực hiện; hãy tách thủ tục liên thông nhiều cấp thành nhiều dòng."
                )
            )
        return levels.pop()
    return _level_choice(value)


COLUMNS = [
    t.Column("code", "Mã thủ tục", ("Mã TTHC", "Mã số", "Mã thủ tục hành chính", "Mã số TTHC"), True, _code),
    t.Column("name", "Tên thủ tục", ("Tên thủ tục hành chính", "Tên TTHC"), True, t.text(1000)),
    t.Column("field", "Lĩnh vực", ("Tên lĩnh vực",), True, t.text(255)),
    t.Column("level", "Cấp thực hiện", ("Cấp", "Cấp giải quyết"), True, _level),
    t.Column("agency", "Cơ quan thực hiện", ("Cơ quan giải quyết", "Cơ quan có thẩm quyền"), False, t.text(500)),
    t.Column("agency_code", "Mã cơ quan", ("Mã đơn vị", "Mã cơ quan thực hiện"), False, t.text(50)),
    t.Column("subjects", "Đối tượng thực hiện", ("Đối tượng",), False, t.text(multiline=True)),
    t.Column("steps", "Trình tự thực hiện", ("Trình tự",), False, t.text(multiline=True)),
    t.Column("channels", "Cách thức thực hiện", ("Cách thức",), False, t.text(multiline=True)),
    t.Column("documents", "Thành phần hồ sơ", ("Hồ sơ",), False, t.text(multiline=True)),
    t.Column("time_limit", "Thời hạn giải quyết", ("Thời gian giải quyết",), False, t.text(multiline=True)),
    t.Column("time_limit_days", "Thời hạn (ngày làm việc)", ("Số ngày giải quyết",), False, t.decimal(0, 3650)),
    t.Column("fees", "Phí, lệ phí", ("Phí", "Lệ phí", "Phí/Lệ phí", "Phí, lệ phí (nếu có)"), False, t.text(multiline=True)),
    t.Column("fee_amount", "Mức phí, lệ phí (đồng)", ("Mức thu",), False, t.integer(0, 10**12)),
    t.Column("eligibility", "Yêu cầu, điều kiện thực hiện", ("Yêu cầu, điều kiện", "Điều kiện thực hiện"), False, t.text(multiline=True)),
    t.Column("result", "Kết quả thực hiện", ("Kết quả",), False, t.text(multiline=True)),
    t.Column("legal_basis", "Căn cứ pháp lý", ("Căn cứ pháp lý của thủ tục",), False, t.text(multiline=True)),
    t.Column(
        "online_level",
        "Dịch vụ công trực tuyến",
        ("Mức độ", "Mức độ DVC", "Mức độ dịch vụ công trực tuyến", "DVCTT", "Mức độ DVCTT"),
        False,
        t.choice(ONLINE_LEVEL_SPELLINGS),
    ),
    t.Column("postal_return", "Trả kết quả qua bưu chính", ("Bưu chính công ích",), False, t.boolean()),
    t.Column("effective_from", "Ngày có hiệu lực", ("Hiệu lực từ",), False, t.date()),
    t.Column("effective_until", "Ngày hết hiệu lực", ("Hết hiệu lực",), False, t.date()),
    t.Column("published", "Công khai", (), False, t.boolean()),
]  # fmt: skip
HEADERS = {c.key: c.header for c in COLUMNS}
FIELD_TO_COLUMN = {
    "code": "code",
    "name": "name",
    "time_limit_days": "time_limit_days",
    "fee_amount": "fee_amount",
    "effective_until": "effective_until",
    "effective_from": "effective_from",
    "agency_text": "agency",
}


class _Lookups:
    """What every row needs from the database, read once."""

    def __init__(self, columns=()):
        from cchc.directory.selectors import agency_all

        self.columns = set(columns)
        self.procedures = {p.code: p for p in Procedure.objects.all()}
        self.fields = {fold(f.name): f for f in ProcedureField.objects.all()}
        self.agencies_by_code = {a.code.upper(): a for a in agency_all()}
        self.agencies_by_name: dict[str, Any] = {}
        for agency in self.agencies_by_code.values():
            for name in (agency.name, agency.short_name):
                if name:
                    self.agencies_by_name.setdefault(fold(name), agency)


def _apply_row(
    row: t.Row, report: t.ImportReport, lookups: _Lookups, *, publish, actor, dry_run
) -> None:
    code = row["code"]
    existing = lookups.procedures.get(code)
    procedure = existing or Procedure(code=code)
    errors_before = len(report.errors)
    agency = _row_agency(row, report, lookups)
    if len(report.errors) > errors_before:
        return
    field = lookups.fields.get(fold(row["field"]))
    if field is None:
        field, _created = services.field_get_or_create(name=row["field"], actor=actor)
        lookups.fields[fold(field.name)] = field
        report.count("field_create")
    procedure.field = field
    procedure.agency = agency
    channels = _fill_fields(procedure, row, lookups, is_new=existing is None, publish=publish)
    if not _valid(procedure, row, report):
        return
    _fill_relations(procedure, row, existing, channels)
    services.procedure_save(
        procedure=procedure, actor=actor, source="import", index_references=not dry_run
    )
    lookups.procedures[code] = procedure
    report.note(row.number, code, "update" if existing else "create")


def _row_agency(row: t.Row, report: t.ImportReport, lookups: _Lookups):
    """The row's agency: by code (an unknown code is the row's error), else by name."""
    if row["agency_code"]:
        agency = lookups.agencies_by_code.get(row["agency_code"].upper())
        if agency is None:
            report.error(
                row.number,
                HEADERS["agency_code"],
                _("Không có cơ quan mã “%(code)s” trong danh bạ.") % {"code": row["agency_code"]},
            )
        return agency
    if row["agency"]:
        return lookups.agencies_by_name.get(fold(row["agency"]))
    return None


def _fill_fields(procedure: Procedure, row: t.Row, lookups: _Lookups, *, is_new, publish):
    """The procedure's own fields from the row; returns the channels read from it. A new
    procedure takes defaults where the file says nothing; an existing one keeps its own."""
    # The numbers come from their own columns when the file has them (our export does),
    # else they are read from the prose of the national export.
    time_text = row["time_limit"] or ""
    days = row["time_limit_days"]
    if "time_limit_days" not in lookups.columns and time_text:
        days = parsing.parse_time_limit(time_text)
    fee_text = row["fees"] or ""
    fee_amount = row["fee_amount"]
    if "fee_amount" not in lookups.columns and fee_text:
        fee_amount = parsing.parse_fee(fee_text)
    agency = procedure.agency
    procedure.name = row["name"]
    procedure.level = row["level"]
    procedure.agency_text = (
        "" if agency is not None and agency.name == row["agency"] else (row["agency"] or "")
    )
    procedure.subjects = row["subjects"] or ""
    procedure.steps = row["steps"] or ""
    procedure.time_limit_days = days
    procedure.time_limit_text = time_text
    procedure.fee_text = fee_text
    procedure.fee_amount = fee_amount
    procedure.eligibility = row["eligibility"] or ""
    procedure.result = row["result"] or ""
    procedure.legal_basis_text = row["legal_basis"] or ""
    if row["online_level"] is not None:
        procedure.online_level = row["online_level"]
    elif is_new:
        procedure.online_level = OnlineLevel.NONE
    channels = parsing.parse_channels(row["channels"] or "")
    if row["postal_return"] is not None:
        procedure.postal_return = row["postal_return"]
    elif is_new:
        procedure.postal_return = any(c[0] == Channel.POSTAL for c in channels)
    procedure.effective_from = row["effective_from"]
    procedure.effective_until = row["effective_until"]
    if row["published"] is not None:
        procedure.published = row["published"]
    elif is_new:
        procedure.published = publish
    return channels


def _valid(procedure: Procedure, row: t.Row, report: t.ImportReport) -> bool:
    """The model's own checks; each failure is an error of the row, in its column."""
    try:
        procedure.full_clean(exclude=["field", "agency", "legal_documents", "slug"])
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            column = HEADERS.get(FIELD_TO_COLUMN.get(name, ""), "")
            for message in messages:
                report.error(row.number, column, message)
        return False
    return True


def _fill_relations(procedure: Procedure, row: t.Row, existing, channels) -> None:
    """Channels and documents when the row has them (or the procedure is new); a document
    keeps its form by name. Library documents cited by the legal basis are added."""
    if row["channels"] is not None or existing is None:
        procedure.channels = [
            ProcedureChannel(channel=channel, note=note, time_limit_days=ch_days, sort_order=i)
            for i, (channel, note, ch_days) in enumerate(channels)
        ]
    if row["documents"] is not None or existing is None:
        old_forms = {}
        if existing is not None:
            old_forms = {fold(d.name): d.form_id for d in existing.documents.all() if d.form_id}
        procedure.documents = [
            RequiredDocument(
                name=item.name[:4000],
                originals=min(item.originals, 99),
                copies=min(item.copies, 99),
                required=item.required,
                form_id=old_forms.get(fold(item.name)),
                sort_order=i,
            )
            for i, item in enumerate(parsing.parse_documents(row["documents"] or ""))
        ]
    cited = selectors.legal_documents_cited(procedure.legal_basis_text)
    if cited:
        current = list(procedure.legal_documents.all()) if existing else []
        known = {d.pk for d in current}
        procedure.legal_documents = current + [d for d in cited if d.pk not in known]


def _check_duplicates(table: t.Table) -> None:
    seen: dict[str, int] = {}
    for row in table.rows:
        code = row.get("code")
        if not code:
            continue
        if code in seen:
            table.errors.append(
                t.RowError(
                    row.number,
                    HEADERS["code"],
                    _("Mã thủ tục trùng với dòng %(row)d.") % {"row": seen[code]},
                )
            )
        else:
            seen[code] = row.number


def read(data: bytes, *, filename: str = "") -> t.Table:
    table = t.read_table(data, COLUMNS, filename=filename, sheet=SHEET, max_rows=MAX_ROWS)
    _check_duplicates(table)
    return table


def import_procedures(
    data: bytes, *, filename: str = "", dry_run: bool, publish: bool = False, actor=None
) -> t.ImportReport:
    """Check and (unless ``dry_run`` or on any error) apply a spreadsheet; raises
    :class:`cchc.core.tabular.TableFileError` for a file that is not a usable sheet."""
    table = read(data, filename=filename)

    def write(rows, report):
        lookups = _Lookups(table.columns_found)
        for row in rows:
            _apply_row(row, report, lookups, publish=publish, actor=actor, dry_run=dry_run)

    return t.run_import(table, write, dry_run=dry_run)


# --- export ------------------------------------------------------------------------------


def _days(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def export_rows():
    procedures = (
        Procedure.objects.select_related("field", "agency")
        .prefetch_related("channels", "documents", "legal_documents")
        .order_by("field__sort_order", "field__name", "name")
    )
    labels = dict(Level.choices)
    online = dict(OnlineLevel.choices)
    channel_labels = dict(Channel.choices)
    for p in procedures:
        channels = "\n".join(
            c.note or str(channel_labels[c.channel])
            for c in sorted(p.channels.all(), key=lambda c: c.sort_order)
        )
        documents = "\n".join(
            "- " + parsing.format_document(d.name, d.originals, d.copies, d.required)
            for d in sorted(p.documents.all(), key=lambda d: d.sort_order)
        )
        yield [
            p.code,
            p.name,
            p.field.name,
            str(labels[p.level]),
            p.agency.name if p.agency_id else p.agency_text,
            p.agency.code if p.agency_id else "",
            p.subjects,
            p.steps,
            channels,
            documents,
            p.time_limit_text,
            _days(p.time_limit_days),
            p.fee_text,
            p.fee_amount,
            p.eligibility,
            p.result,
            p.legal_basis_text,
            str(online[p.online_level]),
            "Có" if p.postal_return else "Không",
            p.effective_from,
            p.effective_until,
            "Có" if p.published else "Không",
        ]


def export_procedures() -> bytes:
    """The whole catalogue as an .xlsx that :func:`import_procedures` reads back."""
    widths = {"name": 60, "steps": 60, "documents": 60, "legal_basis": 40, "channels": 40}
    return t.write_xlsx([(SHEET, COLUMNS, export_rows())], widths=widths)
