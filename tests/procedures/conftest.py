"""Procedure fixtures: agencies, fields, a procedure builder and an editor."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from openpyxl import Workbook

from cchc.core.text import slugify_vi
from cchc.directory.models import Agency
from cchc.legal.models import LegalDocument
from cchc.procedures import services
from cchc.procedures.choices import Channel, Level, OnlineLevel
from cchc.procedures.models import Procedure, ProcedureChannel, ProcedureField, RequiredDocument


@pytest.fixture
def agencies(db):
    def make(code, name, level):
        return Agency.objects.create(code=code, name=name, slug=slugify_vi(name), level=level)

    return {
        "stp": make("STP", "Sở Tư pháp", "department"),
        "p1": make("P1", "Ủy ban nhân dân phường Một", "commune"),
    }


@pytest.fixture
def ho_tich(db):
    return ProcedureField.objects.create(name="Hộ tịch", sort_order=1)


@pytest.fixture
def chung_thuc(db):
    return ProcedureField.objects.create(name="Chứng thực", sort_order=2)


@pytest.fixture
def nghi_dinh(db):
    doc = LegalDocument(
        key="123/2015/NĐ-CP", title="Quy định chi tiết Luật Hộ tịch", issued=dt.date(2015, 11, 15)
    )
    doc.full_clean()
    doc.save()
    return doc


@pytest.fixture
def make_procedure(ho_tich):
    counter = {"n": 0}

    def make(
        name=None,
        *,
        code=None,
        field=None,
        published=True,
        documents=(),
        channels=(),
        legal=(),
        **fields,
    ):
        counter["n"] += 1
        procedure = Procedure(
            code=code or f"1.{counter['n']:06d}.000.00.00.H38",
            name=name or f"Thủ tục mẫu số {counter['n']}",
            field=field or ho_tich,
            level=fields.pop("level", Level.COMMUNE),
            published=published,
            **fields,
        )
        procedure.documents = [
            RequiredDocument(name=d, sort_order=i) for i, d in enumerate(documents)
        ]
        procedure.channels = [
            ProcedureChannel(channel=c, sort_order=i) for i, c in enumerate(channels)
        ]
        procedure.legal_documents = list(legal)
        return services.procedure_save(procedure=procedure, source="test")

    return make


@pytest.fixture
def khai_sinh(make_procedure, agencies, nghi_dinh):
    return make_procedure(
        "Đăng ký khai sinh",
        code="1.001193.000.00.00.H38",
        agency=agencies["p1"],
        time_limit_days=Decimal(0),
        time_limit_text="Ngay trong ngày tiếp nhận hồ sơ.",
        fee_amount=0,
        online_level=OnlineLevel.FULL,
        postal_return=True,
        steps="Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.",
        result="Giấy khai sinh.",
        legal_basis_text="Luật Hộ tịch số 60/2014/QH13\nNghị định số 123/2015/NĐ-CP của Chính phủ",
        documents=["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"],
        channels=[Channel.DIRECT, Channel.ONLINE],
    )


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("bientap_tthc", password="x")
    user.groups.add(Group.objects.get(name=services.EDITORS_GROUP))
    return user


@pytest.fixture
def outsider(db):
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user("ngoai", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def xlsx(rows, title=None) -> bytes:
    wb = Workbook()
    ws = wb.active
    if title:
        ws.title = title
    for row in rows:
        ws.append(list(row))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
