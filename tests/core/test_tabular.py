"""cchc.core.tabular: headers found folded and anywhere in the first rows, typed row
errors, bounded input, dry run and all-or-nothing writes, formula-safe output."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from cchc.core import tabular as t

COLUMNS = [
    t.Column("code", "Mã thủ tục", aliases=("Mã TTHC",), required=True, parse=t.text(20)),
    t.Column("name", "Tên thủ tục", required=True, parse=t.text(200)),
    t.Column("days", "Thời hạn (ngày)", parse=t.decimal(0, 365)),
    t.Column("count", "Số bản", parse=t.integer(0, 10), default=0),
    t.Column("on", "Ngày hiệu lực", parse=t.date()),
    t.Column("public", "Công khai", parse=t.boolean(), default=False),
    t.Column(
        "level", "Cấp", parse=t.choice([("commune", ["Cấp xã", "xã"]), ("province", ["Cấp tỉnh"])])
    ),
    t.Column("steps", "Trình tự", parse=t.text(multiline=True)),
]


def xlsx(rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_headers_are_matched_folded_in_any_order_below_a_title():
    """A title row above the header (as national exports have), headers typed without
    marks, in another order and case, are all recognised; row numbers are the sheet's."""
    data = xlsx(
        [
            ["DANH MỤC THỦ TỤC HÀNH CHÍNH"],
            [],
            ["ten thu tuc", "MÃ TTHC", "cap", "Trình tự", "Công khai"],
            ["Đăng ký khai sinh", "1.001193", "Cấp Xã", "Bước 1\r\nBước  2", "có"],
        ]
    )
    table = t.read_table(data, COLUMNS, filename="a.xlsx")
    assert table.ok, table.errors
    assert table.header_row == 3
    (row,) = table.rows
    assert row.number == 4
    assert row["code"] == "1.001193"
    assert row["level"] == "commune"
    assert row["steps"] == "Bước 1\nBước 2"
    assert row["public"] is True
    assert row["count"] == 0  # default for an absent column


def test_missing_required_column_is_one_error_on_the_header_row():
    table = t.read_table(xlsx([["Tên thủ tục"], ["X"]]), COLUMNS, filename="a.xlsx")
    assert [(e.row, e.column) for e in table.errors] == [(1, "")]
    assert "Mã thủ tục" in table.errors[0].message


def test_cell_errors_carry_row_column_and_message():
    data = xlsx(
        [
            ["Mã thủ tục", "Tên thủ tục", "Thời hạn (ngày)", "Số bản", "Ngày hiệu lực", "Cấp"],
            ["1.1", "", "abc", "11", "31/02/2024", "Cấp huyện"],
            ["1.2", "Ổn", "2,5", "3", "01/07/2025", "xa"],
        ]
    )
    table = t.read_table(data, COLUMNS, filename="a.xlsx")
    got = {(e.row, e.column) for e in table.errors}
    assert got == {
        (2, "Tên thủ tục"),
        (2, "Thời hạn (ngày)"),
        (2, "Số bản"),
        (2, "Ngày hiệu lực"),
        (2, "Cấp"),
    }
    assert str(table.errors[0]).startswith("Dòng 2, cột")
    good = table.rows[1]
    assert good["days"] == Decimal("2.5")
    assert good["on"] == dt.date(2025, 7, 1)
    assert good["level"] == "commune"


def test_number_parsers_accept_vietnamese_thousands():
    assert t.decimal()("1.000.000") == Decimal(1000000)
    assert t.integer()("50.000") == 50000
    assert t.decimal()(3) == Decimal(3)
    with pytest.raises(t.CellError):
        t.integer()("2,5")


def test_bounded_input():
    with pytest.raises(t.TableFileError):
        t.read_table(b"", COLUMNS)
    with pytest.raises(t.TableFileError):
        t.read_table(b"x" * 101, COLUMNS, filename="a.csv", max_bytes=100)
    with pytest.raises(t.TableFileError):
        t.read_table(b"PK\x03\x04garbage", COLUMNS, filename="a.xlsx")
    with pytest.raises(t.TableFileError):
        t.read_table(b"\x00\x01binary", COLUMNS, filename="a.bin")
    rows = [["Mã thủ tục", "Tên thủ tục"]] + [[f"1.{i}", "T"] for i in range(6)]
    table = t.read_table(xlsx(rows), COLUMNS, filename="a.xlsx", max_rows=5)
    assert len(table.rows) == 5
    assert table.errors and "quá 5" in table.errors[-1].message


def test_csv_is_read_and_our_apostrophe_undone():
    data = "\ufeffMã thủ tục;Tên thủ tục\n1.1;'=SUM(A1)\n".encode()
    table = t.read_table(data, COLUMNS, filename="a.csv")
    assert table.ok
    assert table.rows[0]["name"] == "=SUM(A1)"


def test_writing_never_makes_a_formula_and_round_trips():
    rows = [['=HYPERLINK("http://x")', "+1", dt.date(2025, 7, 1), Decimal("2.5")]]
    cols = [t.Column("a", "A"), t.Column("b", "B"), t.Column("c", "C"), t.Column("d", "D")]
    data = t.write_xlsx([("Trang", cols, rows)])
    ws = load_workbook(io.BytesIO(data)).active
    assert ws["A2"].data_type == "s"
    assert ws["A2"].value == '=HYPERLINK("http://x")'
    assert ws["A2"].quotePrefix
    assert ws["B2"].data_type == "s"
    assert ws["C2"].value == dt.datetime(2025, 7, 1)
    csv_data = t.write_csv(cols, rows).decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_data and "'+1" in csv_data and "01/07/2025" in csv_data


@pytest.mark.django_db
def test_dry_run_rolls_back_and_real_run_commits():
    from django.contrib.auth.models import Group

    table = t.read_table(
        xlsx([["Mã thủ tục", "Tên thủ tục"], ["1.1", "Nhóm A"], ["1.2", "Nhóm B"]]),
        COLUMNS,
        filename="a.xlsx",
    )

    def write(rows, report):
        for row in rows:
            Group.objects.create(name=row["name"])
            report.note(row.number, row["code"], "create")

    report = t.run_import(table, write, dry_run=True)
    assert report.ok and not report.applied and report.counts["create"] == 2
    assert not Group.objects.filter(name__startswith="Nhóm").exists()
    report = t.run_import(table, write, dry_run=False)
    assert report.applied
    assert Group.objects.filter(name__startswith="Nhóm").count() == 2
    assert t.ImportReport.from_dict(report.to_dict()) == report


@pytest.mark.django_db
def test_an_error_in_the_write_leaves_nothing_half_imported():
    from django.contrib.auth.models import Group

    table = t.read_table(
        xlsx([["Mã thủ tục", "Tên thủ tục"], ["1.1", "Nhóm C"], ["1.2", "Nhóm D"]]),
        COLUMNS,
        filename="a.xlsx",
    )

    def write(rows, report):
        for row in rows:
            Group.objects.create(name=row["name"])
            if row["code"] == "1.2":
                raise t.RowFailure(row.number, "Tên thủ tục", "hỏng")

    report = t.run_import(table, write, dry_run=False)
    assert [(e.row, e.message) for e in report.errors] == [(3, "hỏng")]
    assert not report.applied
    assert not Group.objects.filter(name__startswith="Nhóm").exists()


@pytest.mark.django_db
def test_table_errors_stop_before_writing():
    table = t.read_table(
        xlsx([["Mã thủ tục", "Tên thủ tục"], ["", "x"]]), COLUMNS, filename="a.xlsx"
    )
    called = []
    report = t.run_import(table, lambda rows, rep: called.append(1), dry_run=False)
    assert not report.ok and called == []
