"""Yearly results: the rules, and the Excel import that never half-applies."""

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from cchc.core.audit import AuditEvent
from cchc.core.exceptions import ValidationError
from cchc.indices import services
from cchc.indices.models import IndexResult


def test_default_definitions_are_installed(db):
    from cchc.indices.models import IndexDefinition

    codes = set(IndexDefinition.objects.values_list("short_name", flat=True))
    assert {"PAR INDEX", "SIPAS", "PAPI", "PCI", "DDCI", "DTI"} <= codes
    assert IndexDefinition.objects.get(code="papi").components.count() == 8


def test_result_with_components_is_saved_and_audited(par):
    result = services.result_create(
        data=services.ResultInput(
            index=par,
            year=2023,
            score=Decimal("86.5"),
            rank=12,
            rank_total=63,
            components=[("the-che", Decimal("90")), ("tthc", Decimal("88.2"))],
        )
    )
    assert result.component_scores.count() == 2
    assert AuditEvent.objects.filter(action="cchc.indices.result.create").exists()


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"score": Decimal("101")}, "ngoài thang điểm"),
        ({"score": Decimal("-1")}, "ngoài thang điểm"),
        ({"rank": 70, "rank_total": 63}, "lớn hơn số tỉnh"),
        ({"year": 1999}, "không hợp lệ"),
        ({"components": [("khong-co", Decimal(1))]}, "không thuộc PAR INDEX"),
        ({"components": [("tthc", Decimal(1)), ("tthc", Decimal(2))]}, "hai lần"),
    ],
)
def test_impossible_results_are_refused_clearly(par, changes, message):
    data = {"index": par, "year": 2023, "score": Decimal("80")}
    data.update(changes)
    with pytest.raises(ValidationError, match=message):
        services.result_create(data=services.ResultInput(**data))
    assert not IndexResult.objects.exists()


def test_component_over_its_own_maximum_is_refused(papi):
    with pytest.raises(ValidationError, match="0–10"):
        services.result_create(
            data=services.ResultInput(
                index=papi,
                year=2023,
                score=Decimal("45"),
                components=[("tham-gia", Decimal("10.5"))],
            )
        )


def test_duplicate_year_is_refused(par):
    services.result_create(data=services.ResultInput(index=par, year=2022, score=Decimal(80)))
    with pytest.raises(ValidationError, match="đã có kết quả năm 2022"):
        services.result_create(data=services.ResultInput(index=par, year=2022, score=Decimal(81)))


HEADERS = ["Chỉ số", "Năm", "Thành phần", "Điểm", "Xếp hạng", "Số tỉnh xếp hạng", "Ghi chú"]


def xlsx(rows, headers=HEADERS):
    wb = Workbook()
    ws = wb.active
    ws.append(["Kết quả các chỉsố của tỉnh"])  # a title row above the header
    ws.append(headers)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


GOOD = [
    ["PAR INDEX", 2021, "", 84.1, 20, 63, "Công bố 2022"],
    ["par-index", 2021, "the-che", 88, None, None, None],
    ["PAR INDEX", 2022, "", 85.3, 15, 63, None],
    ["PAPI", 2022, "", 43.2, 30, 63, None],
    ["papi", 2022, "tham-gia", 5.1, None, None, None],
]


def test_import_dry_run_then_real(db):
    data = xlsx(GOOD)
    dry = services.results_import(data=data, filename="chi-so.xlsx", dry_run=True)
    assert dry.ok and dry.counts["create"] == 3
    assert not IndexResult.objects.exists()
    real = services.results_import(data=data, filename="chi-so.xlsx", dry_run=False)
    assert real.applied
    par2021 = IndexResult.objects.get(index__code="par-index", year=2021)
    assert par2021.rank == 20 and par2021.component_scores.get().value == Decimal("88")
    assert IndexResult.objects.count() == 3


@pytest.mark.parametrize(
    "bad_row, message",
    [
        (["PAR INDEX", 2023, "", 120, 5, 63, None], "ngoài thang điểm"),
        (["PAR INDEX", 2021, "", 80, 5, 63, None], "xuất hiện hai lần"),
        (
            [
                "PAR INDEX",
                2023,
                "",
                80,
                5,
                63,
                None,
            ],
            None,
        ),
        (["PAR INDEX", 2022, "khong-co", 5, None, None, None], "không thuộc"),
        (["CHI-SO-LA", 2023, "", 5, None, None, None], "Không có chỉ số"),
        (["PAPI", 2023, "", 40, 70, 63, None], "lớn hơn số tỉnh"),
    ],
)
def test_one_bad_row_and_nothing_is_written(db, bad_row, message):
    rows = [*GOOD, bad_row]
    if message is None:  # control: the same file with a valid extra row goes through
        report = services.results_import(data=xlsx(rows), filename="a.xlsx", dry_run=False)
        assert report.applied
        return
    report = services.results_import(data=xlsx(rows), filename="a.xlsx", dry_run=False)
    assert not report.applied
    assert any(message in e.message for e in report.errors), report.errors
    assert any(e.row for e in report.errors)  # the row is named
    assert not IndexResult.objects.exists()


def test_year_already_in_database_is_refused_on_import(par):
    services.result_create(data=services.ResultInput(index=par, year=2021, score=Decimal(80)))
    report = services.results_import(data=xlsx(GOOD), filename="a.xlsx", dry_run=False)
    assert not report.applied
    assert any("đã có kết quả năm 2021" in e.message for e in report.errors)
    assert IndexResult.objects.count() == 1


def test_components_without_overall_row_are_refused(db):
    report = services.results_import(
        data=xlsx([["PAR INDEX", 2020, "tthc", 80, None, None, None]]),
        filename="a.xlsx",
        dry_run=False,
    )
    assert not report.applied and "thiếu dòng điểm chung" in report.errors[0].message


def test_missing_column_is_reported(db):
    report = services.results_import(
        data=xlsx([["PAR INDEX", 2020, 80]], headers=["Chỉ số", "Năm", "Xếp hạng"]),
        filename="a.xlsx",
        dry_run=True,
    )
    assert not report.ok and "Điểm" in report.errors[0].message


def test_source_document_is_linked_from_the_legal_library(db):
    from cchc.legal.models import DocumentType, LegalDocument

    doc_type = DocumentType.objects.first() or DocumentType.objects.create(name="Quyết định")
    doc = LegalDocument.objects.create(
        doc_type=doc_type, key="1150/QĐ-BNV", title="Phê duyệt PAR INDEX", issuer_name="Bộ Nội vụ"
    )
    rows = [["PAR INDEX", 2019, "", 80, 1, 63, None]]
    headers = [
        "Chỉ số",
        "Năm",
        "Thành phần",
        "Điểm",
        "Xếp hạng",
        "Số tỉnh xếp hạng",
        "Văn bản công bố",
    ]
    rows[0][-1] = "1150/QD-BNV"
    report = services.results_import(data=xlsx(rows, headers), filename="a.xlsx", dry_run=False)
    assert report.applied, report.errors
    assert IndexResult.objects.get(year=2019).source_document == doc
    rows[0][1] = 2018
    rows[0][-1] = "999/QĐ-XYZ"
    report = services.results_import(data=xlsx(rows, headers), filename="a.xlsx", dry_run=False)
    assert not report.applied and "thư viện văn bản" in report.errors[0].message
