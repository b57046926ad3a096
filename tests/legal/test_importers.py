"""Import/export of the library (CSV, XLSX): per-row errors, all-or-nothing, dry run,
round trip, formula-injection-safe Excel."""

import csv
import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook, load_workbook

from cchc.core.models import AuditEvent
from cchc.legal import importers, services
from cchc.legal.choices import RelationType, ReviewState, Status
from cchc.legal.models import DocumentRelation, LegalDocument

HEADER = [c.header for c in importers.COLUMNS]


def csv_bytes(rows, header=HEADER):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def xlsx_bytes(rows, header=HEADER):
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


GOOD = [
    ["63/2010/NĐ-CP", "Nghị định", "Về kiểm soát thủ tục hành chính", "Chính phủ",
     "08/06/2010", "2010-07-01", "Hết hiệu lực một phần", "Nguyễn Tấn Dũng", "", ""],
    ["48/2013/NĐ-CP", "", "Sửa đổi, bổ sung", "Chính phủ", "14-5-2013", "", "con hieu luc",
     "", "Đã kiểm tra", "Sửa đổi, bổ sung: 63/2010/NĐ-CP"],
]  # fmt: skip


def run(data, filename="thu-vien.csv", dry_run=False):
    return services.library_import(filename=filename, data=data, dry_run=dry_run)


@pytest.mark.django_db
def test_csv_import_creates_documents_and_relations():
    """A valid CSV creates documents with parsed dates, statuses, derived type and relations."""
    report = run(csv_bytes(GOOD))
    assert report.ok and (report.created, report.updated) == (2, 0)
    nd = LegalDocument.objects.get(key="63/2010/NĐ-CP")
    assert nd.issued == dt.date(2010, 6, 8) and nd.effective == dt.date(2010, 7, 1)
    assert nd.status == Status.PARTLY_EXPIRED and nd.review_state == ReviewState.VERIFIED
    amend = LegalDocument.objects.get(key="48/2013/NĐ-CP")
    assert amend.doc_type.name == "Nghị định"  # from the key
    assert amend.status == Status.IN_FORCE  # folded label
    assert DocumentRelation.objects.filter(
        source=amend, target=nd, relation_type=RelationType.AMENDS
    ).exists()
    assert AuditEvent.objects.filter(action="cchc.legal.library.import").count() == 1


@pytest.mark.django_db
def test_xlsx_import_with_real_dates_and_update():
    """XLSX cells holding dates are accepted; importing again updates, never duplicates."""
    rows = [["76/NQ-CP", "Nghị quyết", "Chương trình tổng thể", "Chính phủ",
             dt.datetime(2021, 7, 15), None, "Còn hiệu lực", None, None, None]]  # fmt: skip
    assert run(xlsx_bytes(rows), "a.xlsx").created == 1
    rows[0][2] = "Về ban hành Chương trình tổng thể"
    report = run(xlsx_bytes(rows), "a.xlsx")
    assert (report.created, report.updated) == (0, 1)
    doc = LegalDocument.objects.get()
    assert doc.title == "Về ban hành Chương trình tổng thể"
    assert doc.issued == dt.date(2021, 7, 15)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("row", "column", "fragment"),
    [
        (["63/2010"], "Số ký hiệu", "không đúng dạng"),
        (["", "Nghị định"], "Số ký hiệu", "để trống"),
        (["76/NQ-CP", "Sắc lệnh"], "Loại văn bản", "không có"),
        (["76/NQ-CP", "", "", "", "31/02/2021"], "Ngày ban hành", "không hợp lệ"),
        (["76/NQ-CP", "", "", "", "2021-13-01"], "Ngày ban hành", "không hợp lệ"),
        (["76/NQ-CP", "", "", "", "hôm qua"], "Ngày ban hành", "không hợp lệ"),
        (["76/NQ-CP", "", "", "", "15/07/2021", "01/07/2021"], "Ngày có hiệu lực", "trước"),
        (["76/NQ-CP", "", "", "", "", "", "Còn hiệu lực ít"], "Tình trạng hiệu lực", "không có"),
        (["76/NQ-CP", "", "", "", "", "", "", "", "Có lẽ"], "Kiểm tra", "không có"),
        (["76/NQ-CP", "", "", "", "", "", "", "", "", "Thay thế 1/NQ-CP"], "Văn bản liên quan", "không đúng dạng"),
        (["76/NQ-CP", "", "", "", "", "", "", "", "", "Thay thế: 1/NQ-CP"], "Văn bản liên quan", "không có trong thư viện"),
        (["76/NQ-CP", "", "", "", "", "", "", "", "", "Thay thế: 76/NQ-CP"], "Văn bản liên quan", "chính nó"),
        (["76/NQ-CP", "", "x" * 1001], "Trích yếu", "Dài quá"),
    ],
)  # fmt: skip
def test_each_error_kind_is_reported_per_row_and_nothing_written(row, column, fragment):
    """Every invalid value gives an error naming the spreadsheet row and column; a valid
    row in the same file is not written either (all or nothing)."""
    report = run(csv_bytes([GOOD[0], row + [""] * (10 - len(row))]))
    assert not report.ok
    assert [(e.row, e.column) for e in report.errors] == [(3, column)]
    assert fragment in report.errors[0].message
    assert LegalDocument.objects.count() == 0


@pytest.mark.django_db
def test_duplicate_keys_in_file_including_folded_forms():
    """ "63/2010/ND-CP" duplicates "63/2010/NĐ-CP" in the same file."""
    dup = ["63/2010/ND-CP"] + [""] * 9
    report = run(csv_bytes([GOOD[0], dup]))
    assert [(e.row, "trùng với dòng 2" in e.message) for e in report.errors] == [(3, True)]


@pytest.mark.django_db
def test_dry_run_writes_nothing():
    """A dry run reports what would be created and writes no document nor audit row."""
    report = run(csv_bytes(GOOD), dry_run=True)
    assert report.ok and report.created == 2
    assert LegalDocument.objects.count() == 0
    assert not AuditEvent.objects.filter(action="cchc.legal.library.import").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("a.pdf", b"%PDF-1.4", ".csv hoặc .xlsx"),
        ("a.xlsx", "Số ký hiệu\n1/KH-UBND\n".encode(), "Excel"),
        ("a.csv", b"PK\x03\x04rest", ".xlsx"),
        ("a.csv", b"", "rỗng"),
        ("a.csv", b"S\xe9 k\xfd hi\xeau\n", "UTF-8"),
        ("a.csv", "Số ký hiệu\n".encode("utf-16"), "không phải văn bản"),
        ("a.csv", "Tên,Ngày\nx,y\n".encode(), "Số ký hiệu"),
        ("a.xlsx", b"PK\x03\x04 not really a zip", "Excel"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(name, data, fragment):
    """Wrong type by content, empty, non-UTF-8 or headerless files raise ImportFileError."""
    with pytest.raises(importers.ImportFileError) as exc:
        run(data, name)
    assert fragment in str(exc.value)


@pytest.mark.django_db
def test_round_trip_csv_and_xlsx_and_formula_injection():
    """Export then import gives the same library; text starting with "=" stays text in
    Excel and is quoted in CSV."""
    run(csv_bytes(GOOD))
    doc = LegalDocument.objects.get(key="63/2010/NĐ-CP")
    doc.title = '=HYPERLINK("http://evil.example","x")'
    doc.save()
    xlsx = services.library_export(fmt="xlsx")
    sheet = load_workbook(io.BytesIO(xlsx)).active
    titles = [c for c in sheet["C"] if c.value and str(c.value).startswith("=")]
    assert titles and all(c.data_type == "s" for c in titles)
    csv_data = services.library_export(fmt="csv")
    assert "'=HYPERLINK" in csv_data.decode("utf-8-sig")
    before = sorted(services.library_export_rows())
    LegalDocument.objects.all().delete()
    assert run(xlsx, "x.xlsx").created == 2
    assert sorted(services.library_export_rows()) == before
    LegalDocument.objects.all().delete()
    assert run(csv_data, "x.csv").created == 2
    assert sorted(services.library_export_rows()) == before


@pytest.mark.django_db
def test_management_commands(tmp_path, capsys):
    """legal_import --dry-run writes nothing; errors fail the command; legal_export picks
    the format from the extension."""
    good = tmp_path / "ok.csv"
    good.write_bytes(csv_bytes(GOOD))
    call_command("legal_import", str(good), "--dry-run")
    assert LegalDocument.objects.count() == 0
    call_command("legal_import", str(good))
    assert LegalDocument.objects.count() == 2
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes([["sai"] + [""] * 9]))
    with pytest.raises(CommandError):
        call_command("legal_import", str(bad))
    out = tmp_path / "lib.xlsx"
    call_command("legal_export", str(out))
    assert out.read_bytes()[:4] == b"PK\x03\x04"
    with pytest.raises(CommandError):
        call_command("legal_export", str(tmp_path / "lib.txt"))


def kh_row(issued, issuer, relations="", title="Kế hoạch"):
    return ["15/KH-UBND", "Kế hoạch", title, issuer, issued, "", "", "", "", relations]


@pytest.mark.django_db
def test_import_same_key_other_year_or_issuer_is_another_document():
    """ "15/KH-UBND" of 2021 and 2023, and of 2021 by another agency, are three documents;
    importing again updates each (matched by key + year of issue + issuer)."""
    rows = [
        kh_row("21/01/2021", "UBND tỉnh"),
        kh_row("10/01/2023", "UBND tỉnh"),
        kh_row("02/03/2021", "Sở Nội vụ"),
    ]
    report = run(csv_bytes(rows))
    assert report.ok and (report.created, report.updated) == (3, 0)
    rows[1][2] = "Kế hoạch 2023, sửa"
    report = run(csv_bytes(rows))
    assert report.ok and (report.created, report.updated) == (0, 3)
    assert LegalDocument.objects.get(key="15/KH-UBND", issue_year=2023).title == (
        "Kế hoạch 2023, sửa"
    )
    assert sorted(LegalDocument.objects.values_list("slug", flat=True)) == [
        "15-kh-ubnd-2021",
        "15-kh-ubnd-2021-so-noi-vu",
        "15-kh-ubnd-2023",
    ]


@pytest.mark.django_db
def test_import_refuses_duplicate_identity_and_ambiguous_rows():
    """The same identity twice in a file is an error; so is a row several library documents
    fit (no date, two years held), and a relation target that names no single document."""
    report = run(csv_bytes([kh_row("21/01/2021", "UBND tỉnh"), kh_row("05/05/2021", "UBND tỉnh")]))
    assert [e.message for e in report.errors] == ["Văn bản trùng với dòng 2."]
    run(csv_bytes([kh_row("21/01/2021", "UBND tỉnh"), kh_row("10/01/2023", "UBND tỉnh")]))
    report = run(csv_bytes([kh_row("", "")]))
    assert "Thư viện có nhiều văn bản số 15/KH-UBND" in report.errors[0].message
    report = run(
        csv_bytes([["5/2024/QĐ-UBND", "", "", "", "", "", "", "", "", "Thay thế: 15/KH-UBND"]])
    )
    assert "Có nhiều văn bản số 15/KH-UBND" in report.errors[0].message
    report = run(
        csv_bytes(
            [
                [
                    "5/2024/QĐ-UBND",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Thay thế: 15/KH-UBND ngày 10/01/2023 của UBND tỉnh",
                ]
            ]  # fmt: skip
        )
    )
    assert report.ok
    relation = DocumentRelation.objects.get()
    assert (relation.target.issue_year, relation.source.key) == (2023, "5/2024/QĐ-UBND")


@pytest.mark.django_db
def test_export_round_trips_relations_to_documents_without_year_in_key():
    """Export writes a target's date and issuer when the key alone does not identify it;
    importing the export again changes nothing."""
    run(csv_bytes([kh_row("21/01/2021", "UBND tỉnh"), kh_row("10/01/2023", "UBND tỉnh")]))
    run(
        csv_bytes(
            [
                [
                    "5/2024/QĐ-UBND",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Thay thế: 15/KH-UBND ngày 21/01/2021",
                ]
            ]  # fmt: skip
        )
    )
    rows = services.library_export_rows()
    assert "Thay thế: 15/KH-UBND ngày 21/01/2021 của UBND tỉnh" in [r[-1] for r in rows]
    report = run(csv_bytes(rows))
    assert report.ok and (report.created, report.updated) == (0, 3)
    relation = DocumentRelation.objects.get()
    assert relation.target.issue_year == 2021
