"""Fixtures for the feedback app: agencies, officers, coordinator, categories, cases."""

import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from cchc.directory.models import Agency
from tests.factories import make_agency, make_user  # noqa: F401  (re-exported)

# A real 1×1 red PNG (uploads are decoded in full: a broken IDAT is refused).
PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
PDF_MIN = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _clean_cache_and_settings(settings):
    cache.clear()
    settings.FEEDBACK_SMS_BACKEND = "cchc.feedback.sms.LocmemSmsBackend"
    from cchc.feedback.sms import LocmemSmsBackend

    LocmemSmsBackend.outbox = []
    yield
    cache.clear()


@pytest.fixture
def agencies(db):
    province = make_agency("TINH", "Ủy ban nhân dân tỉnh", Agency.Level.PROVINCE)
    a = make_agency("SXD", "Sở Xây dựng", parent=province, email="sxd@example.gov.vn")
    b = make_agency(
        "STNMT", "Sở Tài nguyên và Môi trường", parent=province, email="stnmt@example.gov.vn"
    )
    commune = make_agency(
        "XA-AN-BINH", "Ủy ban nhân dân xã An Bình", Agency.Level.COMMUNE, parent=province
    )
    return {"province": province, "a": a, "b": b, "commune": commune}


@pytest.fixture
def users(agencies):
    return {
        "citizen": make_user("congdan"),
        "officer_a": make_user("canbo_a", agency=agencies["a"]),
        "officer_b": make_user("canbo_b", agency=agencies["b"]),
        "coordinator": make_user("dieuphoi", groups=["Điều phối PAKN"]),
        "superuser": make_user("quantri", superuser=True),
    }


@pytest.fixture
def category(agencies):
    from cchc.feedback.models import FeedbackCategory

    return FeedbackCategory.objects.create(
        code="xay-dung", name="Xây dựng, đô thị", default_agency=agencies["a"], deadline_days=10
    )


@pytest.fixture
def make_feedback(category):
    from cchc.feedback.services import Submission, feedback_submit

    def make(**overrides):
        files = overrides.pop("files", ())
        data = {
            "channel": "web",
            "subject": "Chậm cấp giấy phép xây dựng",
            "content": "Hồ sơ xin cấp giấy phép xây dựng nhà ở của tôi đã quá hạn 15 ngày.",
            "category": category,
            "submitter_name": "Nguyễn Thị Hoa",
            "submitter_address": "12 Lê Lợi, phường 1",
            "submitter_phone": "0912345678",
            "submitter_email": "hoa.nguyen@example.com",
        }
        data.update(overrides)
        return feedback_submit(submission=Submission(**data), files=files)

    return make


@pytest.fixture
def png_file():
    return lambda name="anh.png": SimpleUploadedFile(name, PNG_1PX, content_type="image/png")


@pytest.fixture
def pdf_file():
    return lambda name="van-ban.pdf": SimpleUploadedFile(
        name, PDF_MIN, content_type="application/pdf"
    )


def flow_to(fb, status, users, agencies):
    """Drive a case through the services up to ``status`` (as the coordinator)."""
    from cchc.feedback import services

    coord = users["coordinator"]
    steps = ["accepted", "assigned", "answered", "published", "closed"]
    for step in steps:
        if fb.status == status:
            break
        if step == "accepted":
            fb = services.feedback_accept(feedback=fb, actor=coord)
        elif step == "assigned":
            fb = services.feedback_assign(feedback=fb, actor=coord, agency=agencies["a"])
        elif step == "answered":
            fb = services.feedback_answer(
                feedback=fb, actor=coord, answer="Sở Xây dựng đã chỉ đạo giải quyết."
            )
        elif step == "published":
            fb = services.feedback_publish(feedback=fb, actor=coord)
        elif step == "closed":
            fb = services.feedback_close(feedback=fb, actor=coord)
    return fb


@pytest.fixture
def flow(users, agencies):
    return lambda fb, status: flow_to(fb, status, users, agencies)


__all__ = ["io", "make_agency", "make_user", "PNG_1PX", "PDF_MIN"]
