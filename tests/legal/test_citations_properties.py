"""Hypothesis: never raises; spans in bounds, sorted, non-overlapping, equal to the text."""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.legal.citations import extract

ALPHABET = list("0123456789/-–:., \n\u00a0NQĐCPTKHUBDVLSOaàạịốệgnymsốvềủđ()“”") + [
    "số ",
    "Nghị định ",
    "Quyết định ",
    "ngày ",
    "tháng ",
    "năm ",
    "của ",
    "về ",
    "Điều ",
    "khoản ",
    "điểm ",
    "và ",
    "/NĐ-CP",
    "/QĐ-UBND",
    "-NQ/TU",
    "/2021/",
    "QH14",
    "UBND tỉnh",
    "Chính phủ",
]

texts = st.lists(st.sampled_from(ALPHABET), max_size=80).map("".join)


def check(text: str) -> None:
    cites = extract(text)
    nfc = unicodedata.normalize("NFC", text)
    prev_end = 0
    for c in cites:
        s, e = c.span
        assert 0 <= s < e <= len(nfc)
        assert s >= prev_end
        assert nfc[s:e] == c.text
        assert c.key.endswith(c.symbol.split("/")[-1])
        assert c.kind in ("normative", "administrative", "party", "law")
        if c.full_span is not None:
            assert c.full_span[0] == s and c.full_span[1] >= e and c.full_span[1] <= len(nfc)
        c.to_json()
        prev_end = e


@settings(max_examples=400, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_structured_random_text(text):
    check(text)


@settings(max_examples=300, deadline=2000)
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    check(text)


@settings(max_examples=100, deadline=5000)
@given(st.lists(texts, min_size=1, max_size=40).map("\n".join))
def test_longer_documents(text):
    check(text)
