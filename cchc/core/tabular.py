"""One spreadsheet import/export module (.xlsx through openpyxl, and CSV).

An importer describes its columns once, as data::

    COLUMNS = [
        Column("code", "Mã thủ tục", aliases=("Mã TTHC",), required=True, parse=text(40)),
        Column("days", "Thời hạn giải quyết", parse=decimal(0, 3650)),
    ]

and gets, from :func:`read_table`, every data row parsed (headers found in any order and
on any of the first rows, matched after Vietnamese folding) or a list of typed
:class:`RowError` (row number as the spreadsheet shows it, column header, translated
message). :func:`run_import` then calls the importer's ``write(rows, report)`` inside one
``transaction.atomic()``: a dry run, or any error the write reports, rolls everything back,
so a dry run reports exactly what a real run would do and nothing is ever half-imported.

Writing (:func:`write_xlsx`, :func:`write_csv`) never lets a cell become a formula: text is
written as text, and text starting with ``= + - @`` (or a tab/CR) is neutralised: CSV gets
a leading apostrophe (read back by :func:`read_table`), .xlsx a quote-prefixed text cell.

Reading and parsing are pure (no database); only :func:`run_import` touches a transaction.

Why over 500 lines: it is the one place for spreadsheets (reading, cell parsers,
reports, the all-or-nothing import, writing); split, importers would need four imports.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext as _

from .text import fold, nfc, normalize_space

__all__ = [
    "Column",
    "CellError",
    "RowError",
    "Row",
    "Table",
    "ImportReport",
    "TableFileError",
    "read_table",
    "run_import",
    "apply_all_or_nothing",
    "sheet_names",
    "write_xlsx",
    "write_csv",
    "neutralise",
    "cell_text",
    "text",
    "integer",
    "decimal",
    "date",
    "boolean",
    "choice",
    "MAX_BYTES",
    "MAX_ROWS",
]

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
HEADER_SEARCH_ROWS = 10
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class CellError(ValueError):
    """Raised by a column parser: ``message`` is translated and shown to the user."""

    def __init__(self, message: str):
        self.message = str(message)
        super().__init__(self.message)


class TableFileError(ValueError):
    """The file as a whole cannot be used (not a spreadsheet, too big, no header row)."""

    def __init__(self, message: str):
        self.message = str(message)
        super().__init__(self.message)


@dataclass(frozen=True)
class Column:
    """One column of a sheet.

    ``header`` is the canonical Vietnamese header (written on export, shown in errors);
    ``aliases`` are other headers accepted on import (both compared folded: case, marks,
    đ and spacing do not matter). A ``required`` column must be present and non-blank in
    every row. ``parse(value)`` turns a non-blank cell (text already NFC and stripped,
    numbers and dates as the spreadsheet holds them) into the value the importer wants,
    or raises :class:`CellError`. Blank cells give ``default``.
    """

    key: str
    header: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    parse: Callable[[Any], Any] | None = None
    default: Any = None

    def __post_init__(self) -> None:
        keys = frozenset(_header_key(h) for h in (self.header, self.key, *self.aliases))
        object.__setattr__(self, "_keys", keys)

    def matches(self, title: str) -> bool:
        wanted = _header_key(title)
        return bool(wanted) and wanted in self._keys  # type: ignore[attr-defined]


@dataclass(frozen=True)
class RowError:
    """One problem: ``row`` as numbered in the spreadsheet (0 = the whole file)."""

    row: int
    column: str
    message: str
    sheet: str = ""  # for workbooks of several sheets

    def __str__(self) -> str:
        parts = []
        if self.sheet:
            parts.append(_("Trang “%(sheet)s”") % {"sheet": self.sheet})
        if self.row:
            template = _("dòng %(row)d") if parts else _("Dòng %(row)d")
            parts.append(template % {"row": self.row})
        if self.column:
            parts.append(_("cột “%(column)s”") % {"column": self.column})
        where = ", ".join(parts)
        return f"{where}: {self.message}" if where else self.message


@dataclass
class Row:
    number: int
    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


@dataclass
class Table:
    rows: list[Row] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    header_row: int = 0
    columns_found: list[str] = field(default_factory=list)  # keys, in sheet order

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportReport:
    """What an import did or (dry run) would do. ``counts`` is filled by the importer's
    write function (``report.count("create")``); ``items`` holds optional per-row notes."""

    dry_run: bool
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    items: list[tuple[int, str, str]] = field(default_factory=list)  # row, key, action
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, row: int, column: str, message: str, *, sheet: str = "") -> None:
        self.errors.append(RowError(row, column, str(message), sheet))

    def count(self, action: str, n: int = 1) -> None:
        self.counts[action] += n

    def note(self, row: int, key: str, action: str) -> None:
        self.items.append((row, key, action))
        self.count(action)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form, for the cache between preview and confirmation."""
        return {
            "dry_run": self.dry_run,
            "rows": self.rows,
            "errors": [[e.row, e.column, e.message, e.sheet] for e in self.errors],
            "counts": dict(self.counts),
            "items": [list(i) for i in self.items],
            "applied": self.applied,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportReport:
        return cls(
            dry_run=data["dry_run"],
            rows=data["rows"],
            errors=[RowError(*e) for e in data["errors"]],
            counts=Counter(data["counts"]),
            items=[tuple(i) for i in data["items"]],
            applied=data["applied"],
        )


# --- cell values ------------------------------------------------------------------------


def _header_key(title: Any) -> str:
    return fold(normalize_space(str(title or ""))).strip(" :*.")


def cell_text(value: Any) -> str:
    """A cell as text: NFC, stripped, line breaks kept (``\\n``), NBSP as space;
    whole floats without ".0" (a code typed as a number)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    text_value = nfc(str(value)).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text_value.split("\n")]
    return "\n".join(lines).strip()


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _unprotect(value: Any) -> Any:
    """Undo :func:`neutralise` (our CSV export's leading apostrophe)."""
    if (
        isinstance(value, str)
        and len(value) > 1
        and value[0] == "'"
        and value[1] in FORMULA_PREFIXES
    ):
        return value[1:]
    return value


# --- parsers (each returns a parse function) -------------------------------------------


def text(max_length: int | None = None, *, multiline: bool = False) -> Callable[[Any], str]:
    """Text; single-line text has its white space collapsed."""

    def parse(value: Any) -> str:
        result = cell_text(value)
        if not multiline:
            result = normalize_space(result)
        if max_length is not None and len(result) > max_length:
            raise CellError(_("Dài quá %(n)d ký tự.") % {"n": max_length})
        return result

    return parse


_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def _number_text(value: Any) -> str:
    raw = cell_text(value).replace(" ", "")
    # "1.000.000" and "1,000,000" are thousands; "2,5" and "2.5" are decimals.
    if re.fullmatch(r"\d{1,3}([.,])\d{3}(\1\d{3})+|\d{1,3}\.\d{3}", raw):
        raw = raw.replace(".", "").replace(",", "")
    return raw.replace(",", ".")


def integer(min_value: int | None = None, max_value: int | None = None) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool):
            raise CellError(_("Cần một số nguyên."))
        if isinstance(value, int):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        else:
            raw = _number_text(value)
            if not re.fullmatch(r"[+-]?\d+", raw):
                raise CellError(_("Cần một số nguyên."))
            number = int(raw)
        _check_range(number, min_value, max_value)
        return number

    return parse


def decimal(
    min_value: float | None = None, max_value: float | None = None
) -> Callable[[Any], Decimal]:
    def parse(value: Any) -> Decimal:
        if isinstance(value, bool):
            raise CellError(_("Cần một số."))
        if isinstance(value, int | float):
            number = Decimal(str(value))
        else:
            raw = _number_text(value)
            if not _NUMBER.match(raw):
                raise CellError(_("Cần một số."))
            try:
                number = Decimal(raw)
            except InvalidOperation as exc:
                raise CellError(_("Cần một số.")) from exc
        _check_range(number, min_value, max_value)
        return number

    return parse


def _check_range(number: Any, low: Any, high: Any) -> None:
    if low is not None and number < low:
        raise CellError(_("Không được nhỏ hơn %(n)s.") % {"n": low})
    if high is not None and number > high:
        raise CellError(_("Không được lớn hơn %(n)s.") % {"n": high})


_DATE_TEXT = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def date() -> Callable[[Any], dt.date]:
    """dd/mm/yyyy (also with "-" or "."), yyyy-mm-dd, or a spreadsheet date."""

    def parse(value: Any) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        raw = cell_text(value)
        try:
            if m := _DATE_TEXT.match(raw):
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if m := _ISO_DATE.match(raw):
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
        raise CellError(_("Ngày “%(d)s” không hợp lệ (dd/mm/yyyy).") % {"d": raw[:40]})

    return parse


_TRUE = {"co", "x", "1", "true", "yes", "c", "dung"}
_FALSE = {"khong", "0", "false", "no", "k", "sai"}


def boolean(*, true: Iterable[str] = (), false: Iterable[str] = ()) -> Callable[[Any], bool]:
    """Có/Không (x, 1, true, đúng… / 0, false, sai…); ``true``/``false`` add spellings."""
    yes = _TRUE | {fold(s) for s in true}
    no = _FALSE | {fold(s) for s in false}

    def parse(value: Any) -> bool:
        if isinstance(value, bool):
            return value
        folded = fold(cell_text(value))
        if folded in yes:
            return True
        if folded in no:
            return False
        raise CellError(_("Cần ghi “Có” hoặc “Không”."))

    return parse


def choice(options: Iterable[tuple[Any, Iterable[str]]]) -> Callable[[Any], Any]:
    """``options``: ``[(value, [accepted spellings...])]``, compared folded."""
    table: dict[str, Any] = {}
    shown: list[str] = []
    for value, spellings in options:
        spellings = list(spellings)
        if spellings:
            shown.append(str(spellings[0]))
        for spelling in [*spellings, str(value)]:
            table[_header_key(spelling)] = value

    def parse(raw: Any) -> Any:
        key = _header_key(cell_text(raw))
        if key in table:
            return table[key]
        raise CellError(
            _("Giá trị “%(v)s” không có; cần một trong: %(options)s.")
            % {"v": cell_text(raw)[:60], "options": ", ".join(shown)}
        )

    return parse


# --- reading ----------------------------------------------------------------------------


def detect_format(filename: str, data: bytes) -> str:
    """ "xlsx" or "csv", decided by the content (an .xlsx is a ZIP), not only the name."""
    name = (filename or "").lower()
    if data[:4] == b"PK\x03\x04":
        return "xlsx"
    if name.endswith((".xlsx", ".xlsm")):
        raise TableFileError(_("Tệp không phải là tệp Excel (.xlsx) hợp lệ."))
    if name.endswith(".xls"):
        raise TableFileError(
            _("Tệp .xls (Excel 97–2003) chưa được hỗ trợ: hãy lưu lại dạng .xlsx.")
        )
    if b"\x00" in data[:8192]:
        raise TableFileError(_("Chỉ nhận tệp Excel (.xlsx) hoặc CSV."))
    return "csv"


def _open_xlsx(data: bytes) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise TableFileError(_("Tệp không phải là tệp Excel (.xlsx) hợp lệ.")) from exc


def sheet_names(data: bytes) -> list[str]:
    """The sheet titles of an .xlsx (raises :class:`TableFileError` for anything else)."""
    if data[:4] != b"PK\x03\x04":
        raise TableFileError(_("Tệp không phải là tệp Excel (.xlsx) hợp lệ."))
    workbook = _open_xlsx(data)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _xlsx_rows(data: bytes, sheet: str | None, limit: int) -> list[tuple[Any, ...]]:
    workbook = _open_xlsx(data)
    try:
        if sheet and sheet in workbook.sheetnames:
            ws = workbook[sheet]
        elif workbook.worksheets:
            ws = workbook.worksheets[0]
        else:
            raise TableFileError(_("Tệp không có trang tính nào."))
        rows = []
        for values in ws.iter_rows(values_only=True):
            rows.append(values)
            if len(rows) > limit:
                break
        return rows
    finally:
        workbook.close()


def _csv_rows(data: bytes, limit: int) -> list[tuple[Any, ...]]:
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TableFileError(_("Tệp CSV phải mã hoá UTF-8.")) from exc
    try:
        dialect = csv.Sniffer().sniff(decoded[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    try:
        for row in csv.reader(io.StringIO(decoded), dialect):
            rows.append(tuple(_unprotect(v) for v in row))
            if len(rows) > limit:
                break
    except csv.Error as exc:
        raise TableFileError(_("Tệp CSV sai định dạng.")) from exc
    return rows


def _find_header(
    raw_rows: Sequence[tuple[Any, ...]], columns: Sequence[Column]
) -> tuple[int, dict[str, int]]:
    """Index of the header row among the first rows (the one naming the most columns;
    national exports put a title above it) and ``{column key: position}``."""
    best_index = -1
    best: dict[str, int] = {}
    for index, values in enumerate(raw_rows[:HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for position, title in enumerate(values or ()):
            if _blank(title):
                continue
            for column in columns:
                if column.key not in found and column.matches(str(title)):
                    found[column.key] = position
                    break
        if len(found) > len(best):
            best_index, best = index, found
    return best_index, best


def read_table(
    data: bytes,
    columns: Sequence[Column],
    *,
    filename: str = "",
    sheet: str | None = None,
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> Table:
    """Read and parse every data row. Raises :class:`TableFileError` for a file that
    cannot be used at all; everything else (missing columns, bad cells) is collected in
    ``Table.errors`` with the row and column it concerns."""
    if not data:
        raise TableFileError(_("Tệp rỗng."))
    if len(data) > max_bytes:
        raise TableFileError(
            _("Tệp lớn hơn %(mb)s MB.") % {"mb": round(max_bytes / 1024 / 1024, 1)}
        )
    fmt = detect_format(filename, data)
    limit = max_rows + HEADER_SEARCH_ROWS + 1
    raw_rows = _xlsx_rows(data, sheet, limit) if fmt == "xlsx" else _csv_rows(data, limit)
    table = Table()
    header_index, positions = _find_header(raw_rows, columns)
    if header_index < 0:
        raise TableFileError(
            _("Không tìm thấy dòng tiêu đề (cần các cột: %(cols)s).")
            % {"cols": ", ".join(c.header for c in columns if c.required)}
        )
    table.header_row = header_index + 1
    table.columns_found = [k for k, _p in sorted(positions.items(), key=lambda kv: kv[1])]
    missing = [c.header for c in columns if c.required and c.key not in positions]
    if missing:
        table.errors.append(
            RowError(
                table.header_row,
                "",
                _("Thiếu cột bắt buộc: %(cols)s.") % {"cols": ", ".join(missing)},
            )
        )
        return table
    data_rows = raw_rows[header_index + 1 :]
    for offset, values in enumerate(data_rows):
        number = header_index + 2 + offset
        values = values or ()
        cells = {
            key: _unprotect(values[pos]) if pos < len(values) else None
            for key, pos in positions.items()
        }
        if all(_blank(v) for v in cells.values()):
            continue
        if len(table.rows) >= max_rows:
            table.errors.append(
                RowError(number, "", _("Tệp có quá %(n)d dòng dữ liệu.") % {"n": max_rows})
            )
            break
        table.rows.append(Row(number, _parse_row(number, cells, columns, table.errors)))
    return table


def _parse_row(
    number: int, cells: dict[str, Any], columns: Sequence[Column], errors: list[RowError]
) -> dict[str, Any]:
    """Each column's value (its ``default`` where blank or bad; the problem in ``errors``)."""
    parsed: dict[str, Any] = {}
    for column in columns:
        raw = cells.get(column.key)
        if isinstance(raw, str):
            raw = cell_text(raw)
        if _blank(raw):
            if column.required:
                errors.append(RowError(number, column.header, _("Không được để trống.")))
            parsed[column.key] = column.default
            continue
        try:
            parsed[column.key] = column.parse(raw) if column.parse else cell_text(raw)
        except CellError as exc:
            errors.append(RowError(number, column.header, exc.message))
            parsed[column.key] = column.default
    return parsed


def run_import(
    table: Table,
    write: Callable[[list[Row], ImportReport], None],
    *,
    dry_run: bool,
) -> ImportReport:
    """Apply ``table`` with ``write(rows, report)`` in one transaction, all or nothing.

    Nothing is written when the table has errors. ``write`` reports row problems with
    ``report.error(...)`` (or raises :class:`RowFailure`); any error, or ``dry_run``,
    rolls the transaction back. Database errors roll back too and become a report error.
    """
    report = ImportReport(dry_run=dry_run, rows=len(table.rows))
    report.errors.extend(sorted(table.errors, key=lambda e: e.row))
    if report.errors:
        return report
    return apply_all_or_nothing(report, lambda: write(table.rows, report))


def apply_all_or_nothing(report: ImportReport, apply: Callable[[], None]) -> ImportReport:
    """Run ``apply()`` in one transaction, rolled back on ``report.dry_run`` or any error
    it reports (``report.error`` or :class:`RowFailure`); database errors become a report
    error. For importers whose rows are checked before (``run_import`` uses it)."""
    from django.db import DatabaseError, transaction

    try:
        with transaction.atomic():
            try:
                apply()
            except RowFailure as exc:
                report.error(exc.row, exc.column, exc.message)
            if report.errors or report.dry_run:
                transaction.set_rollback(True)
    except DatabaseError as exc:
        report.error(0, "", _("Lỗi cơ sở dữ liệu, chưa ghi gì: %(err)s") % {"err": exc})
    report.errors.sort(key=lambda e: e.row)
    report.applied = not report.dry_run and not report.errors
    return report


class RowFailure(Exception):
    """Raised by a write function to stop at one row; becomes a report error."""

    def __init__(self, row: int, column: str, message: str):
        self.row, self.column, self.message = row, column, str(message)
        super().__init__(self.message)


# --- writing ----------------------------------------------------------------------------


def neutralise(value: str) -> str:
    """Text a spreadsheet must not run as a formula gets a leading apostrophe (CSV)."""
    return f"'{value}" if value.startswith(FORMULA_PREFIXES) else value


def _xlsx_value(cell: Any, value: Any) -> None:
    if value is None or value == "":
        return
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # text stays text: "=HYPERLINK(...)" is never a formula
        if value.startswith(FORMULA_PREFIXES):
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        return
    cell.value = value
    if isinstance(value, dt.date):
        cell.number_format = "DD/MM/YYYY"


def write_xlsx(
    sheets: Sequence[tuple[str, Sequence[Column], Iterable[Sequence[Any]]]],
    *,
    widths: dict[str, int] | None = None,
    captions: dict[str, str] | None = None,
) -> bytes:
    """``[(sheet title, columns, rows)]`` → .xlsx bytes; a bold frozen header row.

    ``captions`` (sheet title → text) puts a bold caption line and a blank line above
    that sheet's header (e.g. "Thống kê … từ 01-01-2026 đến 31-03-2026").
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    widths = widths or {}
    captions = captions or {}
    for title, columns, rows in sheets:
        ws = workbook.create_sheet(title[:31])
        header_row = 1
        if title in captions:
            _xlsx_value(ws.cell(row=1, column=1), captions[title])
            ws.cell(row=1, column=1).font = Font(bold=True)
            header_row = 3
        for c, column in enumerate(columns, start=1):
            cell = ws.cell(row=header_row, column=c)
            _xlsx_value(cell, column.header)
            cell.font = Font(bold=True)
            ws.column_dimensions[get_column_letter(c)].width = widths.get(column.key, 22)
        for r, values in enumerate(rows, start=header_row + 1):
            for c, value in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c)
                _xlsx_value(cell, value)
                if isinstance(value, str) and "\n" in value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = f"A{header_row + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_csv(columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 CSV with a BOM (Excel opens it as UTF-8); formula prefixes neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(c.header) for c in columns])
    for values in rows:
        writer.writerow(
            [
                neutralise(v)
                if isinstance(v, str)
                else v.strftime("%d/%m/%Y")
                if isinstance(v, dt.date)
                else ("" if v is None else v)
                for v in values
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
