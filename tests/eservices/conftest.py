"""Fixtures of online filing: a procedure filed online with two required documents, signed-in
applicants, and real small files (a PDF from pypdf, a PNG from Pillow)."""

import io
import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cchc.accounts.services import applicant_get_or_create
from cchc.core.text import slugify_vi
from cchc.directory.models import Agency
from cchc.procedures import services as procedure_services
from cchc.procedures.choices import Channel, Level, OnlineLevel
from cchc.procedures.models import Procedure, ProcedureChannel, ProcedureField, RequiredDocument


def pdf_bytes(text="hồ sơ") -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Title": text})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def png_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def upload(name, data, content_type="application/pdf"):
    return SimpleUploadedFile(name, data, content_type=content_type)


@pytest.fixture
def agency(db):
    return Agency.objects.create(
        code="000.00.15.H38", name="Sở Tư pháp", slug=slugify_vi("Sở Tư pháp"), level="department"
    )


@pytest.fixture
def ruleset(db):
    """The rule sets the dossiers migration seeds (transactional tests flush them)."""
    import datetime as dt

    from cchc.dossiers.models import RuleSet

    return RuleSet.objects.get_or_create(
        effective_from=dt.date(2018, 8, 21),
        defaults={"name": "NĐ 61/2018", "cutoff": dt.time(15, 0), "supplement_clock": "restart"},
    )[0]


@pytest.fixture
def procedure(agency, ruleset):
    field = ProcedureField.objects.create(name="Hộ tịch", sort_order=1)
    p = Procedure(
        code="1.001193.000.00.00.H38",
        name="Đăng ký khai sinh",
        field=field,
        level=Level.PROVINCE,
        agency=agency,
        published=True,
        online_level=OnlineLevel.FULL,
        postal_return=True,
        time_limit_days=Decimal(3),
        fee_amount=50000,
    )
    p.documents = [
        RequiredDocument(name="Tờ khai đăng ký khai sinh", sort_order=0),
        RequiredDocument(name="Giấy chứng sinh", sort_order=1),
        RequiredDocument(name="Giấy tờ khác (nếu có)", sort_order=2, required=False),
    ]
    p.channels = [ProcedureChannel(channel=Channel.ONLINE, sort_order=0)]
    return procedure_services.procedure_save(procedure=p, source="test")


@pytest.fixture
def slots(procedure):
    return list(procedure.documents.all())


@pytest.fixture
def applicant(db):
    return applicant_get_or_create(contact="0912345678", kind="phone")


@pytest.fixture
def other_applicant(db):
    return applicant_get_or_create(contact="0987654321", kind="phone")


@pytest.fixture
def citizen(client, applicant):
    client.force_login(applicant.user)
    return client


def form_key(html: str) -> str:
    return re.search(r'name="key" value="([0-9a-f-]{36})"', html).group(1)


@pytest.fixture
def filing_post(procedure, slots):
    """POST data for the filing form with both required documents."""

    def make(key, *, files=True, **overrides):
        data = {
            "key": key,
            "applicant_name": "Nguyễn Văn An",
            "applicant_address": "Số 1 đường 30/4, phường Một",
            "applicant_phone": "0912345678",
            "delivery": "desk",
            "action": "submit",
        }
        if files:
            data[f"doc_{slots[0].pk}"] = upload("to-khai.pdf", pdf_bytes())
            data[f"doc_{slots[1].pk}"] = upload("chung-sinh.png", png_bytes(), "image/png")
        data.update(overrides)
        return data

    return make
