"""Importing a plan's items from a spreadsheet: row-level errors, dry run, all or nothing."""

import io

from openpyxl import Workbook

from cchc.plans.importer import import_items
from cchc.plans.models import PlanItem

HEADER = ["STT", "Nội dung tuyên truyền", "Hình thức", "Cơ quan chủ trì", "Cơ quan phối hợp",
          "Văn bản", "Thời gian thực hiện", "Thời hạn", "Chỉ tiêu", "Số lượng"]  # fmt: skip


def xlsx(rows, title_rows=1):
    wb = Workbook()
    ws = wb.active
    for _ in range(title_rows):
        ws.append(["KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH"])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


GOOD = [
    ["4", "Tuyên truyền Chỉ số SIPAS", "tin bai tren cong", "SNV", "Sở Xây dựng; STP", "76/NQ-CP",
     "Cả năm", "15/12/2022", "tin bài", 12],
    ["5", "Pano tại Bộ phận Một cửa", "Tuyên truyền trực quan", "Ủy ban nhân dân huyện Đồng Lúa", "",
     "", "Quý II", None, "pano", 8],
]  # fmt: skip


def test_dry_run_reports_and_writes_nothing(plan):
    before = plan.items.count()
    report = import_items(plan, xlsx(GOOD), filename="ke-hoach.xlsx", dry_run=True)
    assert report.ok and report.counts["created"] == 2
    assert not report.applied and plan.items.count() == before


def test_import_creates_items_with_agencies_and_unknown_documents_noted(plan):
    report = import_items(plan, xlsx(GOOD), filename="ke-hoach.xlsx", dry_run=False)
    assert report.applied, report.errors
    item = PlanItem.objects.get(plan=plan, number="4")
    assert item.form.name == "Tin bài trên Cổng" and item.responsible_agency.code == "SNV"
    assert {a.code for a in item.coordinating_agencies.all()} == {"SXD", "STP"}
    assert (
        item.metric == "articles"
        and item.target == 12
        and item.deadline.isoformat() == "2022-12-15"
    )
    assert (3, "76/NQ-CP", "document-not-found") in report.items  # row 3: title, header, data
    assert PlanItem.objects.get(plan=plan, number="5").metric == "banners"


def test_same_number_updates_the_item(plan):
    rows = [
        ["2", "Treo băng rôn (sửa)", "Tuyên truyền trực quan", "SXD", "", "", "", None, "pano", 30]
    ]
    report = import_items(plan, xlsx(rows), filename="x.xlsx", dry_run=False)
    assert report.counts["updated"] == 1
    item = plan.items.get(number="2")
    assert item.content == "Treo băng rôn (sửa)" and item.target == 30


def test_one_bad_row_imports_nothing_and_names_row_and_column(plan):
    rows = [
        GOOD[0],
        ["6", "Nội dung", "Hình thức lạ", "SNV", "", "", "", None, "", 1],
        [
            "7",
            "Nội dung",
            "Tuyên truyền trực quan",
            "Sở Không Có",
            "",
            "",
            "",
            "31/02/2022",
            "",
            -3,
        ],
    ]
    before = plan.items.count()
    report = import_items(plan, xlsx(rows), filename="x.xlsx", dry_run=False)
    assert not report.ok and not report.applied
    messages = [str(e) for e in report.errors]
    assert any(e.row == 4 and e.column == "Hình thức" for e in report.errors), messages
    assert any(e.row == 5 and e.column == "Cơ quan chủ trì" for e in report.errors), messages
    assert any(e.row == 5 and e.column == "Thời hạn" for e in report.errors), messages
    assert any(e.row == 5 and e.column == "Số lượng" for e in report.errors), messages
    assert plan.items.count() == before


def test_csv_is_accepted(plan):
    text = ",".join(HEADER) + "\n" + "8,Tập huấn,Lớp bồi dưỡng tập huấn,STP,,,,,lớp,2\n"
    report = import_items(plan, text.encode("utf-8"), filename="x.csv", dry_run=False)
    assert report.applied, report.errors
    assert plan.items.get(number="8").metric == "sessions"
