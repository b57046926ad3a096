import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# --- nfc: only the lines that need it are normalised; the result equals unicodedata's ------


def _stable_code_points():
    from cchc.core.text import _STABLE

    ranges = re.findall(r"(.)-(.)", _STABLE, re.S)
    return [cp for a, b in ranges for cp in range(ord(a), ord(b) + 1)]


def test_every_stable_character_is_nfc_alone_and_never_composes():
    # The second characters of every canonical two-character decomposition: a character
    # that can compose with the one before it. None of them may be "stable".
    seconds = set()
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d and not d.startswith("<"):
            parts = d.split()
            if len(parts) == 2:
                seconds.add(int(parts[1], 16))
    stable = _stable_code_points()
    assert len(stable) > 1000
    for cp in stable:
        ch = chr(cp)
        assert unicodedata.combining(ch) == 0, hex(cp)
        assert unicodedata.normalize("NFC", ch) == ch, hex(cp)
        assert cp not in seconds, hex(cp)
        assert not 0x1160 <= cp <= 0x11FF, hex(cp)  # Hangul vowels and finals compose


_ALPHABET = (
    "aăâeêoôơuưyđĐ \n\r\t.,"  # stable
    "\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b"  # Vietnamese marks, decomposed
    "\u2000\u2001\u212b\u2126\u0340\u0344"  # singletons and non-NFC characters
    "\u1100\u1161\u11a8\uac00"  # Hangul jamo and a syllable
    "\u0958\u093c\u0915"  # Devanagari with a composition exclusion
)


@given(st.text(alphabet=_ALPHABET, max_size=300))
@settings(max_examples=400, deadline=None)
def test_nfc_equals_unicodedata_on_any_mix(text):
    assert nfc(text) == unicodedata.normalize("NFC", text)


def test_nfc_normalises_only_decomposed_lines_of_a_long_text():
    line = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;"
    decomposed = unicodedata.normalize("NFD", line)
    for gap in (1, 3, 200):  # lines between decomposed ones: merged into one block or not
        lines = [decomposed if i % gap == 0 else line for i in range(2000)]
        text = "\n".join(lines)
        assert nfc(text) == "\n".join([line] * 2000)
    assert nfc(line) is line  # already NFC: the same object, no copy
    assert nfc(decomposed + "\n" + line + "\n" + decomposed) == "\n".join([line] * 3)
