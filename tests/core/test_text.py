import unicodedata

import pytest

from cchc.core.text import fold, has_diacritics, nfc, normalize_space, slugify_vi


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Cải cách hành chính", "cai cach hanh chinh"),
        ("CẢI CÁCH", "cai cach"),
        ("đường Đổi mới", "duong doi moi"),
        ("Hậu Giang", "hau giang"),
        ("cấp huyện", "cap huyen"),
        ("Nghị định 63/2010/NĐ-CP", "nghi dinh 63/2010/nd-cp"),
        ("plain ascii", "plain ascii"),
    ],
)
def test_fold_removes_every_mark_and_maps_d(raw, folded):
    assert fold(raw) == folded


def test_fold_accepts_nfd_input():
    decomposed = unicodedata.normalize("NFD", "Phản ánh kiến nghị")
    assert fold(decomposed) == "phan anh kien nghi"


def test_slug_keeps_d_and_joins_words():
    title = "Hậu Giang: Tuyên truyền cải cách hành chính năm 2022"
    assert slugify_vi(title) == "hau-giang-tuyen-truyen-cai-cach-hanh-chinh-nam-2022"
    assert slugify_vi("Quyết định Đổi mới") == "quyet-dinh-doi-moi"


def test_slug_is_truncated_on_a_word_boundary():
    slug = slugify_vi("cải cách " * 50, max_length=30)
    assert len(slug) <= 30
    assert not slug.endswith("-")


def test_nfc_and_space_normalisation():
    assert nfc(unicodedata.normalize("NFD", "ệ")) == "ệ"
    assert normalize_space("  a\u00a0\n b ") == "a b"


def test_has_diacritics():
    assert has_diacritics("đường")
    assert not has_diacritics("Duong")
