"""Hypothesis on extraction noise: glued words, spaced dashes, odd separators, lower case,
relation verbs. Never raises; spans in bounds, sorted, non-overlapping, equal to the text;
relation is one of the known values."""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.legal.citations import extract
from cchc.legal.citations.models import RELATIONS

PIECES = [
    *list("0123456789/-.&:, \n"),
    " - ",
    "- ",
    " -",
    "-\n",
    "số",
    "số ",
    "Số hiệu:",
    "Nghị định",
    "Quyết định ",
    "Kết luận ",
    "ngày",
    "ngày 1/2/2020",
    "của UBND tỉnh",
    "Điều 5",
    "khoản 2",
    "điểm a, b",
    "NĐ",
    "CP",
    "QĐ",
    "UBND",
    "TTg",
    "KL",
    "TW",
    "TƯ",
    "kh",
    "ubnd",
    "SKH&CN",
    "CPngày",
    "2020",
    "12a",
    "TTLT",
    "BTC",
    "thay thế ",
    "bãi bỏ ",
    "sửa đổi, bổ sung ",
    "hướng dẫn ",
    "thực hiện ",
    "Căn cứ ",
    "này ",
    "hết hiệu lực",
    "và ",
    "các ",
    "&#x002F;",
    "&amp;",
    "&nbsp;",
    "&#47",
    "&",
    "73-CP",
    "mẫu ",
]

texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=400, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_noisy_text_invariants(text):
    cites = extract(text)
    nfc = unicodedata.normalize("NFC", text)
    prev_end = 0
    for c in cites:
        s, e = c.span
        assert 0 <= s < e <= len(nfc)
        assert s >= prev_end
        assert nfc[s:e] == c.text
        assert c.relation is None or c.relation in RELATIONS
        assert " " not in c.key and "\n" not in c.key
        assert c.full_span is not None and c.full_span[0] == s and e <= c.full_span[1] <= len(nfc)
        c.to_json()
        prev_end = e
