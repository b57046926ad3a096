"""Excel import/export: validation per row, dry run, all-or-nothing, round trip,
formula injection, management commands."""

import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook, load_workbook

from cchc.core.models import AuditEvent
from cchc.directory.excel import (
    AGENCY_COLUMNS,
    LEADER_COLUMNS,
    ImportFileError,
    export_workbook,
    import_workbook,
)
from cchc.directory.models import Agency, ContactChange, Leader

A_HEAD = ["Mã đơn vị", "Tên cơ quan", "Cấp", "Mã cơ quan cấp trên", "Điện thoại", "Thư điện tử"]
L_HEAD = ["ID", "Mã đơn vị", "Họ và tên", "Chức vụ", "Di động", "Công khai di động"]


def xlsx(agency_rows, leader_rows=None, *, a_head=A_HEAD, l_head=L_HEAD):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cơ quan"
    ws.append(a_head)
    for row in agency_rows:
        ws.append(row)
    if leader_rows is not None:
        ws2 = wb.create_sheet("Lãnh đạo")
        ws2.append(l_head)
        for row in leader_rows:
            ws2.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    return buffer


VALID = [
    ["T", "Ủy ban nhân dân tỉnh Thử", "Cấp tỉnh", "", "0200 5550 100", "t@example.gov.vn"],
    ["S1", "Sở Nội vụ", "department", "T", "+84 200 5550 101", "S1@example.gov.vn"],
    ["H1", "Ủy ban nhân dân huyện Một", "Cấp huyện", "T", "0200.5550.102", ""],
    ["X1", "Ủy ban nhân dân xã Một", "xã", "H1", "", ""],
]


def snapshot():
    return (
        Agency.objects.count(),
        Leader.objects.count(),
        ContactChange.objects.count(),
        AuditEvent.objects.count(),
    )


def test_valid_import_creates_tree(db):
    """A valid file creates agencies (parents resolved, phones normalised) and leaders."""
    report = import_workbook(
        xlsx(VALID, [["", "S1", "Lê Văn Cường", "Giám đốc", "0500555003", "Có"]]), dry_run=False
    )
    assert report.ok and report.applied
    assert report.tally("Cơ quan", "create") == 4
    x1 = Agency.objects.get(code="X1")
    assert x1.parent.code == "H1" and x1.level == "commune"
    s1 = Agency.objects.get(code="S1")
    assert s1.phone == "0200 5550 101" and s1.email == "s1@example.gov.vn"
    leader = Leader.objects.get()
    assert leader.mobile == "0500 555 003" and leader.mobile_public is True
    assert ContactChange.objects.filter(source="import").exists()


def test_rows_in_any_order_children_before_parents(db):
    """A child row above its parent row still imports (parents are created first)."""
    report = import_workbook(xlsx(list(reversed(VALID))), dry_run=False)
    assert report.ok
    assert Agency.objects.get(code="X1").parent.code == "H1"


def test_dry_run_writes_nothing(db):
    """A dry run reports what would happen and leaves no row behind, not even audit rows."""
    before = snapshot()
    report = import_workbook(xlsx(VALID), dry_run=True)
    assert report.ok and not report.applied
    assert report.tally("Cơ quan", "create") == 4
    assert snapshot() == before


@pytest.mark.parametrize(
    ("row", "column", "needle"),
    [
        (["B", "Sở Sai", "department", "T", "0293 3870 12", ""], "Điện thoại", "11 chữ số"),
        (["B", "Sở Sai", "department", "T", "0612 345 678", ""], "Điện thoại", "định dạng"),
        (["B", "Sở Sai", "department", "T", "091 234 567", ""], "Điện thoại", "10 chữ số"),
        (["B", "Sở Sai", "department", "T", "", "khong-phai-email"], "Thư điện tử", "không hợp lệ"),
        (["B", "Sở Sai", "department", "KHONGCO", "", ""], "Mã cơ quan cấp trên", "KHONGCO"),
        (["B", "Sở Sai", "cấp lạ", "T", "", ""], "Cấp", "không hợp lệ"),
        (["B", "", "department", "T", "", ""], "Tên cơ quan", "bắt buộc"),
        (["S1", "Sở trùng mã", "department", "T", "", ""], "Mã đơn vị", "trùng"),
    ],
)
def test_row_errors(db, row, column, needle):
    """Each bad row is reported with its row number and column, and nothing is imported
    (the valid rows included)."""
    before = snapshot()
    report = import_workbook(xlsx([*VALID, row]), dry_run=False)
    assert not report.ok and not report.applied
    errors = [e for e in report.errors if e.row == 6]
    assert errors, report.errors
    assert errors[0].column == column
    assert needle in errors[0].message
    assert "dòng 6" in str(errors[0])
    assert snapshot() == before


def test_cycle_is_reported(db):
    """Parents that loop (A under B, B under A) are an error on the rows involved."""
    rows = [["A", "Đơn vị A", "unit", "B", "", ""], ["B", "Đơn vị B", "unit", "A", "", ""]]
    report = import_workbook(xlsx(rows), dry_run=False)
    assert not report.ok
    assert any("vòng lặp" in e.message for e in report.errors)
    assert not Agency.objects.exists()


def test_cycle_through_existing_agencies(tree):
    """A file row that puts the province under its own commune is a cycle, via the DB tree."""
    report = import_workbook(
        xlsx([["TINH", "Ủy ban nhân dân tỉnh Mẫu", "province", "H-DL-X1", "", ""]]), dry_run=False
    )
    assert any("vòng lặp" in e.message for e in report.errors)
    tree["root"].refresh_from_db()
    assert tree["root"].parent is None


def test_leader_errors(tree):
    """Unknown agency codes, unknown IDs, landlines as mobiles and bad yes/no are row errors."""
    rows = [
        ["", "KHONGCO", "Người A", "Giám đốc", "", ""],
        ["999999", "SNV", "Người B", "Giám đốc", "", ""],
        ["", "SNV", "Người C", "Giám đốc", "0200 5550 101", ""],
        ["", "SNV", "Người D", "Giám đốc", "0500 555 004", "có lẽ"],
    ]
    report = import_workbook(xlsx([], rows), dry_run=False)
    assert {e.row for e in report.errors} == {2, 3, 4, 5}
    assert not Leader.objects.exists()


def test_missing_required_column(db):
    report = import_workbook(xlsx([["A", "B"]], a_head=["Mã đơn vị", "Tên cơ quan"]), dry_run=False)
    assert not report.ok
    assert "Cấp" in report.errors[0].message


def test_not_an_excel_file(db):
    with pytest.raises(ImportFileError):
        import_workbook(io.BytesIO(b"PK\x03\x04 not really a zip"), dry_run=True)


def test_numeric_phone_cell_keeps_leading_zero(db):
    """2005550100 typed in a number cell is read as 0200 5550 100."""
    report = import_workbook(xlsx([["T", "Tỉnh", "province", "", 2005550100, ""]]), dry_run=False)
    assert report.ok
    assert Agency.objects.get().phone == "0200 5550 100"


def test_update_existing_agency_and_leader(tree, leader):
    """Rows with an existing code / leader ID update them and are versioned as imports."""
    rows = [["SNV", "Sở Nội vụ", "department", "TINH", "0200 5550 109", "snv@example.gov.vn"]]
    leaders = [[str(leader.pk), "SNV", "Nguyễn Văn An", "Giám đốc Sở", "0500 555 001", "Không"]]
    report = import_workbook(xlsx(rows, leaders), dry_run=False)
    assert report.ok
    assert report.tally("Cơ quan", "update") == 1 and report.tally("Lãnh đạo", "update") == 1
    tree["snv"].refresh_from_db()
    leader.refresh_from_db()
    assert tree["snv"].phone == "0200 5550 109"
    assert leader.title == "Giám đốc Sở"
    change = ContactChange.objects.get(agency=tree["snv"], field_name="phone")
    assert change.source == "import" and change.old_value == "0200 5550 101"


def test_export_round_trip_is_unchanged(tree, leader):
    """Exporting then importing the export changes nothing."""
    report = import_workbook(io.BytesIO(export_workbook()), dry_run=False)
    assert report.ok, report.errors
    assert report.tally("Cơ quan", "unchanged") == 5
    assert report.tally("Lãnh đạo", "unchanged") == 1
    assert not ContactChange.objects.exists()


def test_export_writes_text_as_text(tree):
    """Text that looks like a formula is exported as a string cell, never a formula."""
    Agency.objects.filter(pk=tree["snv"].pk).update(
        address='=HYPERLINK("http://evil.example","bấm")', working_hours="+1+1"
    )
    wb = load_workbook(io.BytesIO(export_workbook()))
    ws = wb["Cơ quan"]
    headers = [c.value for c in ws[1]]
    assert headers == [c.header for c in AGENCY_COLUMNS]
    assert [c.value for c in wb["Lãnh đạo"][1]] == [c.header for c in LEADER_COLUMNS]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "SNV")
    address = row[headers.index("Địa chỉ")]
    assert address.value.startswith("=HYPERLINK")
    assert address.data_type == "s"
    assert row[headers.index("Giờ làm việc")].data_type == "s"


def test_commands(tmp_path, tree, capsys):
    """directory_export writes a file; directory_import --dry-run reads it and writes nothing;
    a bad file makes the command fail."""
    path = tmp_path / "danh-ba.xlsx"
    call_command("directory_export", str(path))
    assert path.stat().st_size > 0
    before = snapshot()
    call_command("directory_import", str(path), "--dry-run")
    assert "Chạy thử" in capsys.readouterr().out
    assert snapshot() == before
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(xlsx([["B", "Sở Sai", "department", "TINH", "0293 12", ""]]).getvalue())
    with pytest.raises(CommandError):
        call_command("directory_import", str(bad))
    assert "dòng 2" in capsys.readouterr().err
