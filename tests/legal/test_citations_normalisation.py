"""NFD input, no-break and thin spaces, dashes, line breaks inside a reference; offsets."""

import datetime
import unicodedata

import pytest

from cchc.legal.citations import extract

BASE = "Quyết định số 1226/QĐ-UBND ngày 29 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Hậu Giang về ban hành mã định."


def check(text: str) -> None:
    (c,) = extract(text)
    assert c.key == "1226/QĐ-UBND"
    assert c.doc_type == "Quyết định"
    assert c.issued == datetime.date(2021, 6, 29)
    assert c.issuer == "Ủy ban nhân dân tỉnh Hậu Giang"
    assert c.subject == "ban hành mã định"
    nfc = unicodedata.normalize("NFC", text)
    assert nfc[c.span[0] : c.span[1]] == c.text


def test_plain():
    check(BASE)


def test_nfd():
    text = unicodedata.normalize("NFD", BASE)
    assert text != BASE
    check(text)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u2007", "\t"])
def test_odd_spaces(space):
    check(BASE.replace(" ", space))


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2212", "\u2011"])
def test_dashes_in_symbol(dash):
    text = BASE.replace("QĐ-UBND", f"QĐ{dash}UBND")
    check(text)
    (c,) = extract(text)
    assert dash in c.text  # text is the source text, symbol/key are normalised


def test_party_with_en_dash():
    (c,) = extract("Nghị quyết số 03\u2013NQ/TU")
    assert c.key == "03-NQ/TU"


def test_line_breaks_inside_reference():
    check(
        BASE.replace("định số", "định\nsố")
        .replace("tháng 6", "tháng\n6")
        .replace("nhân dân", "nhân\ndân")
    )
    check(BASE.replace(" ", "\r\n", 3))


def test_fullwidth_slash():
    (c,) = extract("Quyết định số 1226\uff0fQĐ-UBND")
    assert c.key == "1226/QĐ-UBND"


def test_offsets_on_nfc_string():
    text = unicodedata.normalize(
        "NFD", "Ghi chú: Nghị định số 63/2010/NĐ-CP và Chỉ thị số 40-CT/TU."
    )
    nfc = unicodedata.normalize("NFC", text)
    cites = extract(text)
    assert [c.key for c in cites] == ["63/2010/NĐ-CP", "40-CT/TU"]
    for c in cites:
        assert nfc[c.span[0] : c.span[1]] == c.text
    assert cites[0].text == "Nghị định số 63/2010/NĐ-CP"


def test_clean_text_is_its_own_shadow_and_any_odd_character_is_seen():
    from cchc.legal.citations.normalize import _TABLE, plain, shadow

    assert plain(BASE)
    assert not plain(unicodedata.normalize("NFD", BASE))
    for cp in _TABLE:  # each look-alike, alone in a long clean text, is unified
        text = BASE.replace("29 tháng", f"29{chr(cp)}tháng") * 3
        assert not plain(text), hex(cp)
        assert shadow(text) != text
    # a look-alike inside the reference, far from the start of a long clean text
    text = BASE * 50 + BASE.replace("QĐ-UBND", "QĐ\u2013UBND")
    refs = extract(text)
    assert len(refs) == 51 and {c.key for c in refs} == {"1226/QĐ-UBND"}
    assert refs[-1].text.endswith("QĐ\u2013UBND")


def test_plain_class_is_the_stable_characters_without_the_look_alikes():
    from cchc.core.text import STABLE_RANGES
    from cchc.legal.citations.normalize import _TABLE, plain

    allowed = {cp for a, b in STABLE_RANGES for cp in range(a, b + 1)} - set(_TABLE)
    wrong = [cp for cp in range(0x20000) if plain(chr(cp)) != (cp in allowed)]
    assert wrong == []
