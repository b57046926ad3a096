"""Import in the national export's layout: row-level errors, dry run, all or nothing,
upsert by code, round trip with the export, and the management commands."""

import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from cchc.core import tabular
from cchc.core.models import AuditEvent
from cchc.procedures import importer, services
from cchc.procedures.models import Procedure, ProcedureField

from .conftest import xlsx

pytestmark = pytest.mark.django_db

HEADER = [
    "STT", "Mã thủ tục", "Tên thủ tục", "Cấp thực hiện", "Lĩnh vực", "Cơ quan thực hiện",
    "Cách thức thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Phí, lệ phí",
    "Căn cứ pháp lý", "Mức độ",
]  # fmt: skip
KHAI_SINH = [
    1, "1.001193.000.00.00.H38", "Đăng ký khai sinh", "Cấp Xã", "Hộ tịch",
    "Ủy ban nhân dân phường Một",
    "Trực tiếp tại Bộ phận Một cửa\nTrực tuyến trên Cổng Dịch vụ công quốc gia\nQua bưu chính công ích",
    "- Tờ khai đăng ký khai sinh (Bản chính: 1 - Bản sao: 0)\n- Giấy chứng sinh (01 bản chính)",
    "Ngay trong ngày tiếp nhận hồ sơ", "Miễn lệ phí",
    "Luật Hộ tịch số 60/2014/QH13\nNghị định số 123/2015/NĐ-CP", "Mức độ 4",
]  # fmt: skip
CHUNG_THUC = [
    2, "2.000815.000.00.00.H38", "Chứng thực bản sao từ bản chính", "Cấp Tỉnh", "Chứng thực",
    "Sở Tư pháp", "Trực tiếp", "- Bản chính giấy tờ\n- Bản sao cần chứng thực (01 bản sao)",
    "02 ngày làm việc", "2.000 đồng/trang", "", "Mức độ 3",
]  # fmt: skip


def national(*rows) -> bytes:
    """A sheet like the national database's: a title, a blank line, then the header."""
    return xlsx([["DANH MỤC THỦ TỤC HÀNH CHÍNH"], [], HEADER, *rows])


def run(data, dry_run=False, **kw):
    return services.procedure_import(data=data, filename="tthc.xlsx", dry_run=dry_run, **kw)


def test_import_creates_procedures_with_structure(agencies, nghi_dinh):
    report = run(national(KHAI_SINH, CHUNG_THUC), publish=True)
    assert report.ok, report.errors
    assert report.applied and report.counts["create"] == 2 and report.counts["field_create"] == 2
    ks = Procedure.objects.get(code="1.001193.000.00.00.H38")
    assert ks.level == "commune" and ks.field.name == "Hộ tịch"
    assert ks.agency == agencies["p1"] and ks.agency_text == ""
    assert ks.online_level == "full" and ks.postal_return is True and ks.published
    assert ks.time_limit_days == Decimal(0) and ks.fee_amount == 0
    assert list(ks.channels.values_list("channel", flat=True)) == ["direct", "online", "postal"]
    assert [(d.name, d.originals, d.copies) for d in ks.documents.all()] == [
        ("Tờ khai đăng ký khai sinh", 1, 0),
        ("Giấy chứng sinh", 1, 0),
    ]
    assert list(ks.legal_documents.all()) == [nghi_dinh]  # the one the library knows
    ct = Procedure.objects.get(code="2.000815.000.00.00.H38")
    assert ct.online_level == "partial" and ct.time_limit_days == Decimal(2)
    assert ct.fee_amount == 2000 and ct.agency == agencies["stp"]
    assert AuditEvent.objects.filter(action="cchc.procedures.import.apply").count() == 1
    assert AuditEvent.objects.filter(action="cchc.procedures.procedure.create").count() == 2


def test_new_procedures_are_drafts_unless_published(agencies):
    run(national(KHAI_SINH))
    assert Procedure.objects.get().published is False


def test_dry_run_writes_nothing_and_reports_what_it_would_do(agencies):
    report = run(national(KHAI_SINH, CHUNG_THUC), dry_run=True)
    assert report.ok and not report.applied
    assert report.counts["create"] == 2
    assert [i[1] for i in report.items] == ["1.001193.000.00.00.H38", "2.000815.000.00.00.H38"]
    assert not Procedure.objects.exists() and not ProcedureField.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="cchc.procedures").exists()


def test_row_errors_name_row_and_column_and_nothing_is_written(agencies):
    bad_code = [3, "1.948", "Tên", "Cấp Xã", "Hộ tịch"] + [""] * 7
    bad_level = [4, "1.000894", "Đăng ký kết hôn", "Cấp Bộ", "Hộ tịch"] + [""] * 7
    two_levels = [5, "1.000656", "Đăng ký khai tử", "Cấp Huyện, Cấp Xã", "Hộ tịch"] + [""] * 7
    no_name = [6, "1.004873", "", "Cấp Xã", "Hộ tịch"] + [""] * 7
    dup = list(KHAI_SINH)
    bad_online = list(CHUNG_THUC)
    bad_online[-1] = "Mức độ 9"
    report = run(national(KHAI_SINH, bad_code, bad_level, two_levels, no_name, dup, bad_online))
    got = [(e.row, e.column) for e in report.errors]
    assert got == [
        (5, "Mã thủ tục"),
        (6, "Cấp thực hiện"),
        (7, "Cấp thực hiện"),
        (8, "Tên thủ tục"),
        (9, "Mã thủ tục"),
        (10, "Dịch vụ công trực tuyến"),
    ]
    assert "dòng 4" in report.errors[4].message  # duplicate of the first data row
    assert not report.applied and not Procedure.objects.exists()


def test_unknown_agency_code_is_a_row_error(agencies):
    data = xlsx(
        [
            ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Mã cơ quan"],
            ["1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", "KHONG-CO"],
        ]
    )
    report = run(data)
    assert [(e.row, e.column) for e in report.errors] == [(2, "Mã cơ quan")]
    assert not Procedure.objects.exists()


def test_unmatched_agency_name_is_kept_as_text(agencies):
    row = list(KHAI_SINH)
    row[5] = "Ủy ban nhân dân cấp xã"
    run(national(row))
    p = Procedure.objects.get()
    assert p.agency is None and p.agency_text == "Ủy ban nhân dân cấp xã"


def test_reimport_updates_by_code_and_keeps_form_files(agencies, khai_sinh):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    form = Document.objects.create(title="Mẫu", file=ContentFile(b"x", name="mau.docx"))
    doc = khai_sinh.documents.get(name="Tờ khai đăng ký khai sinh")
    doc.form = form
    doc.save()
    row = list(KHAI_SINH)
    row[2] = "Đăng ký khai sinh (sửa)"
    report = run(national(row))
    assert report.counts == {"update": 1}
    khai_sinh.refresh_from_db()
    assert khai_sinh.name == "Đăng ký khai sinh (sửa)"
    assert khai_sinh.published  # the file says nothing about publication: unchanged
    assert khai_sinh.documents.get(name="Tờ khai đăng ký khai sinh").form == form
    assert Procedure.objects.count() == 1


def test_database_error_midway_rolls_everything_back(agencies, monkeypatch):
    calls = {"n": 0}
    real = services.procedure_save

    def flaky(**kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            from django.db import IntegrityError

            raise IntegrityError("boom")
        return real(**kwargs)

    monkeypatch.setattr(services, "procedure_save", flaky)
    report = run(national(KHAI_SINH, CHUNG_THUC))
    assert not report.ok and "boom" in report.errors[0].message
    assert not Procedure.objects.exists() and not ProcedureField.objects.exists()


def test_file_errors():
    with pytest.raises(tabular.TableFileError):
        run(b"not a spreadsheet\x00")
    report = run(xlsx([["Tên thủ tục"], ["x"]]))
    assert "Mã thủ tục" in report.errors[0].message


def test_export_round_trips(khai_sinh, make_procedure, chung_thuc):
    make_procedure('=HYPERLINK("http://evil")', field=chung_thuc, fee_text="+1 đồng")
    data = importer.export_procedures()
    ws = load_workbook(io.BytesIO(data)).active
    assert [c.value for c in ws[1]][:4] == [
        "Mã thủ tục",
        "Tên thủ tục",
        "Lĩnh vực",
        "Cấp thực hiện",
    ]
    names = [row[1].value for row in ws.iter_rows(min_row=2)]
    evil = next(r for r in ws.iter_rows(min_row=2) if r[1].value.startswith("="))
    assert evil[1].data_type == "s"
    assert "Đăng ký khai sinh" in names
    before = {
        p.code: (
            p.name,
            p.level,
            p.time_limit_days,
            p.fee_amount,
            p.published,
            [(d.name, d.originals, d.copies, d.required) for d in p.documents.all()],
        )
        for p in Procedure.objects.all()
    }
    report = run(data)
    assert report.ok, report.errors
    assert report.counts == {"update": 2}
    after = {
        p.code: (
            p.name,
            p.level,
            p.time_limit_days,
            p.fee_amount,
            p.published,
            [(d.name, d.originals, d.copies, d.required) for d in p.documents.all()],
        )
        for p in Procedure.objects.all()
    }
    assert after == before


def test_commands(tmp_path, agencies):
    path = tmp_path / "tthc.xlsx"
    path.write_bytes(national(KHAI_SINH))
    out = io.StringIO()
    call_command("procedures_import", str(path), "--dry-run", stdout=out)
    assert "thêm 1" in out.getvalue() and not Procedure.objects.exists()
    call_command("procedures_import", str(path), "--publish", stdout=io.StringIO())
    assert Procedure.objects.get().published
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(national([9, "1.948", "x", "Cấp Xã", "Hộ tịch"]))
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 lỗi"):
        call_command("procedures_import", str(bad), stderr=err)
    assert "Dòng 4" in err.getvalue()
    with pytest.raises(CommandError):
        call_command("procedures_import", str(tmp_path / "none.xlsx"))
    exported = tmp_path / "out.xlsx"
    call_command("procedures_export", str(exported), stdout=io.StringIO())
    assert exported.read_bytes()[:2] == b"PK"
