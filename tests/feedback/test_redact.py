"""Issue 12, point 2: personal data masked in text pre-filled for publishing (pure)."""

import pytest

from cchc.core.redact import (
    ADDRESS,
    CITIZEN_ID,
    EMAIL,
    NAME,
    PHONE,
    PLACEHOLDER,
    redact,
    redact_segments,
    redact_spans,
)

NAME_ = "Nguyễn Văn Bình"
ADDR = "Số 12, đường Trần Phú, phường 3, TP Cà Mau"


def masked(text, **kw):
    kw.setdefault("names", [NAME_])
    kw.setdefault("addresses", [ADDR])
    return redact(text, **kw)


NAMES = [
    "Nguyễn Văn Bình",
    "nguyễn văn bình",
    "NGUYỄN VĂN BÌNH",
    "Nguyen Van Binh",
    "NGUYEN VAN BINH",
    "nguyen  van\nbinh",
    "Nguyễn-Văn-Bình",
    "Văn Bình",
    "van binh",
    "Nguye\u0302\u0303n Va\u0306n Bi\u0300nh",  # decomposed (NFD) input
]


@pytest.mark.parametrize("written", NAMES)
def test_name_in_any_spelling_is_masked(written):
    out = masked(f"Tôi là {written}, cư trú tại địa phương.")
    assert out == f"Tôi là {PLACEHOLDER}, cư trú tại địa phương.", out


TITLED = [
    "anh Bình",
    "Anh Bình",
    "ông Bình",
    "bà Bình",
    "chị Binh",
    "cô Bình",
    "chú BÌNH",
    "em Bình",
    "bác Bình",
]


@pytest.mark.parametrize("written", TITLED)
def test_given_name_after_a_form_of_address_is_masked(written):
    title = written.split()[0]
    assert masked(f"Gặp {written} hôm qua.") == f"Gặp {title} {PLACEHOLDER} hôm qua."


@pytest.mark.parametrize("written", ["ông Nguyễn Văn Bình", "Ông NGUYEN VAN BINH", "anh Văn Bình"])
def test_title_and_full_name(written):
    out = masked(f"Kính gửi {written}.")
    assert PLACEHOLDER in out and "Bình" not in out and "Binh" not in out.replace("BINH", "x")


PHONES = [
    "0912345678",
    "0912 345 678",
    "0912.345.678",
    "0912-345-678",
    "+84912345678",
    "+84 912 345 678",
    "(+84) 912-345-678",
    "(+84)912345678",
    "(84) 912 345 678",
    "84912345678",
    "+84 (0) 912 345 678"[:0] or "84 912 345 678",
    "(0290) 3 812 345",
    "(028) 3829 1234",
    "028 3829 1234",
    "02903812345",
    "0290.3812.345",
]


@pytest.mark.parametrize("phone", PHONES)
def test_phone_shapes(phone):
    out = masked(f"Liên hệ {phone} để biết thêm.")
    assert out == f"Liên hệ {PLACEHOLDER} để biết thêm.", out


EMAILS = [
    "binh@example.com",
    "binh.nguyen+pakn@mail.example.vn",
    "binh(at)example.com",
    "binh (at) example (dot) com",
    "binh[at]example.com",
    "binh [at] example [dot] vn",
    "binh{at}example.com",
    "BINH(AT)EXAMPLE.COM",
    "binh(a còng)gmail.com",
]


@pytest.mark.parametrize("address", EMAILS)
def test_email_shapes(address):
    out = masked(f"Thư: {address} nhé")
    assert out == f"Thư: {PLACEHOLDER} nhé", out


IDS = [
    "CMND 123456789",
    "CMND số 123456789",
    "CCCD 001203004567",
    "căn cước 001203004567",
    "CCCD: 001 203 004 567",
    "số CCCD 001.203.004.567",
    "chứng minh nhân dân số 123 456 789",
    "mã định danh 001203004567",
    "số 001203004567",
    "số 123456789",
]


@pytest.mark.parametrize("text", IDS)
def test_citizen_id_numbers(text):
    out = masked(text)
    assert PLACEHOLDER in out and not any(ch.isdigit() for ch in out), out


ADDRESSES = [
    ADDR,
    "số 12, đường Trần Phú, phường 3, TP Cà Mau",
    "SO 12, DUONG TRAN PHU, PHUONG 3, TP CA MAU",
    "So 12 duong Tran Phu phuong 3 TP Ca Mau",
    "số 12, đường Trần Phú",
    "so 12 duong tran phu",
]


@pytest.mark.parametrize("text", ADDRESSES)
def test_home_address_is_masked(text):
    out = masked(f"Nhà tôi ở {text}, xin cảm ơn.")
    assert out.startswith(f"Nhà tôi ở {PLACEHOLDER}"), out
    assert "12" not in out


KEPT = [
    "Năm 2022 có 125 hồ sơ",
    "Kinh phí 150.000.000 đồng, tức 1.500.000.000 đ cho cả tỉnh",
    "Nghị định 20/2008/NĐ-CP, Quyết định số 12/QĐ-UBND",
    "Mã phản ánh PAKN-2026-000123",
    "Ngày 12/03/2024 lúc 08:30",
    "Tỉnh Thái Bình, bình thường, bình luận",
    "Đường Trần Phú bị hỏng ở Km 12+345",
    "Nhiệt độ 35 độ, 1234 hộ dân",
    "Hotline 1022 và tổng đài 1900 1234",
    "Anh em trong thôn",
    "ông bà",
    "",
]


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_text_is_kept(text):
    assert masked(text) == text


def test_without_names_or_address_only_patterns_apply():
    text = "Nguyễn Văn Bình gọi 0912345678"
    assert redact(text) == f"Nguyễn Văn Bình gọi {PLACEHOLDER}"
    assert redact(text, names=["", "  ", "A"]) == f"Nguyễn Văn Bình gọi {PLACEHOLDER}"


def test_segments_say_what_was_masked_for_the_officer():
    text = "Tôi là anh Bình, 0912345678, binh(at)example.com, CCCD 001203004567, ở số 12, đường Trần Phú."
    segments = redact_segments(text, names=[NAME_], addresses=[ADDR])
    kinds = [kind for _piece, kind in segments if kind]
    assert kinds == [NAME, PHONE, EMAIL, CITIZEN_ID, ADDRESS]
    assert "".join(p for p, _k in segments) == redact(text, names=[NAME_], addresses=[ADDR])
    assert all(p == PLACEHOLDER for p, k in segments if k)


def test_spans_are_sorted_and_disjoint():
    text = "anh Nguyễn Văn Bình 0912345678 Văn Bình binh@example.com"
    spans = redact_spans(text, names=[NAME_])
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


def test_regex_inputs_in_names_are_literal():
    assert redact("a.b*c (x) 0", names=["a.b*c (x)"]) == f"{PLACEHOLDER}) 0"
    assert redact("abc", names=["a.c"]) == "abc"


@pytest.mark.django_db
def test_publish_prefill_masks_address_and_officer_sees_highlights(
    client, make_feedback, flow, users
):
    """The publish form is pre-filled with the redacted text; the masked parts are shown
    highlighted; publishing without edits stores the masked text."""
    from django.urls import reverse

    from cchc.feedback import services

    fb = make_feedback(
        content="Tôi là Nguyen Van Binh, ở số 12, đường Trần Phú; CCCD 001203004567, (+84) 912-345-678.",
        submitter_name="Nguyễn Văn Bình",
        submitter_address="Số 12, đường Trần Phú, phường 3",
    )
    fb = flow(fb, "answered")
    client.force_login(users["coordinator"])
    html = client.get(reverse("feedback:officer-detail", args=[fb.pk])).content.decode()
    assert html.count('<mark data-kind="') == 4
    for kind in ("name", "address", "citizen_id", "phone"):
        assert f'data-kind="{kind}"' in html
    published = services.feedback_publish(feedback=fb, actor=users["coordinator"])
    for secret in ("Binh", "Trần Phú", "001203004567", "912-345"):
        assert secret not in published.public_content
