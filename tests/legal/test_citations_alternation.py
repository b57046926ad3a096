"""The trie alternation matches exactly what the flat, longest-first alternation matches."""

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cchc.legal.citations.alternation import _flat, alt

LETTERS = list("abAB đĐơƠ.,")
words = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=5), min_size=1, max_size=6)
texts = st.text(alphabet=[*LETTERS, "\n", "x"], max_size=12)
# What follows the alternation decides which branch is kept: the one the flat list tries first.
TAILS = ["", "x", r"(?!\w)", r"[ \n]*\Z", r"\.?x"]


def _flat_of(ws: list[str]) -> str:
    return _flat(sorted(set(ws), key=lambda w: (-len(w), w)))


@settings(max_examples=400, deadline=None)
@given(words, texts, st.sampled_from(TAILS), st.booleans())
def test_trie_matches_like_the_flat_list(ws: list[str], text: str, tail: str, ic: bool) -> None:
    flags = re.I if ic else 0
    flat = re.compile(f"(?P<w>{_flat_of(ws)}){tail}", flags)
    trie = re.compile(f"(?P<w>{alt(ws)}){tail}", flags)
    for pos in range(len(text) + 1):
        a, b = flat.match(text, pos), trie.match(text, pos)
        assert (a and (a.span(), a.span("w"))) == (b and (b.span(), b.span("w")))


def test_shared_prefixes_are_written_once() -> None:
    assert alt(["Nghị định", "Nghị quyết", "Nghị quyết liên tịch"]) == (
        r"Nghị[ \n]+(?:quyết(?:[ \n]+liên[ \n]+tịch|)|định)"
    )


def test_siblings_equal_under_ignorecase_keep_the_flat_list() -> None:
    assert alt(["Điều", "điểm"]) == _flat_of(["Điều", "điểm"])


@settings(max_examples=300, deadline=None)
@given(words, texts, st.sampled_from(TAILS))
def test_word_start_is_a_lookbehind_before_the_alternation(
    ws: list[str], text: str, tail: str
) -> None:
    try:
        bounded = alt(ws, word_start=True)
    except ValueError:
        assume(False)  # no trie for these words: the flat list is needed
        return
    flat = re.compile(rf"(?<!\w)(?P<w>{_flat_of(ws)}){tail}")
    trie = re.compile(f"(?P<w>{bounded}){tail}")
    a, b = flat.search(text), trie.search(text)
    assert (a and (a.span(), a.span("w"))) == (b and (b.span(), b.span("w")))
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in trie.finditer(text)]
