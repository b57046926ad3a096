"""Side doors of exports: the feedback statistics workbook (``/phan-anh-kien-nghi/thong-ke/
excel/``). Its per-agency counts are for every officer, but its list of cases carries the
citizen's own subject line (personal data often sits there: "Nhà bà Hoa, 0912…"): an
officer sees the cases of their agency only, a coordinator all of them; anonymous
visitors and citizens get nothing.
"""

from __future__ import annotations

import io

import pytest
from django.test import Client
from openpyxl import load_workbook

from tests.feedback.conftest import flow_to
from tests.security.sidedoors import assert_absent

pytestmark = pytest.mark.django_db

SUBJECT_A = "Nhà bà Hoa số 12 Lê Lợi bị ngập, gọi 0912345678"
SUBJECT_B = "Ông Tâm phản ánh ô nhiễm, điện thoại 0987000111"
URL = "/phan-anh-kien-nghi/thong-ke/excel/"


@pytest.fixture
def cases(make_feedback, users, agencies):
    a = flow_to(make_feedback(subject=SUBJECT_A), "assigned", users, agencies)
    b = make_feedback(subject=SUBJECT_B)
    from cchc.feedback import services

    coordinator = users["coordinator"]
    b = services.feedback_accept(feedback=b, actor=coordinator)
    b = services.feedback_assign(feedback=b, actor=coordinator, agency=agencies["b"])
    return {"a": a, "b": b}


def _cells(response) -> str:
    book = load_workbook(io.BytesIO(response.content), read_only=True)
    return "\n".join(
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


@pytest.mark.parametrize("who", ["anonymous", "citizen"])
def test_outsiders_get_no_workbook(cases, users, who):
    client = Client()
    if who != "anonymous":
        client.force_login(users[who])
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert_absent(response, [SUBJECT_A, SUBJECT_B], where=f"{URL} as {who}")


def test_an_officer_exports_only_their_agency_cases(cases, users):
    client = Client()
    client.force_login(users["officer_b"])
    response = client.get(URL)
    assert response.status_code == 200
    cells = _cells(response)
    assert SUBJECT_B in cells
    assert SUBJECT_A not in cells and cases["a"].code not in cells
    assert "Sở Xây dựng" in cells  # the counts per agency stay for everyone


def test_a_coordinator_exports_every_case(cases, users):
    client = Client()
    client.force_login(users["coordinator"])
    cells = _cells(client.get(URL))
    assert SUBJECT_A in cells and SUBJECT_B in cells
