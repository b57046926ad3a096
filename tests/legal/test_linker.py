"""The HTML linker (pure): finds references in rich text and wraps them in links."""

import unicodedata
from html.parser import HTMLParser

from cchc.legal.linker import html_text, link_references, references_in_html


def resolve_all(citations):
    return {c.key: "/van-ban/" + c.key.replace("/", "-").lower() + "/" for c in citations}


class AnchorChecker(HTMLParser):
    """Records the maximum <a> nesting depth and the text of each legal-ref link."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.max_depth = 0
        self.links = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
            if ("class", "legal-ref") in attrs:
                self._current = [dict(attrs)["href"], ""]

    def handle_endtag(self, tag):
        if tag == "a":
            self.depth -= 1
            if self._current is not None:
                self.links.append(tuple(self._current))
                self._current = None

    def handle_data(self, data):
        if self._current is not None:
            self._current[1] += data


def check(html):
    checker = AnchorChecker()
    checker.feed(html)
    checker.close()
    return checker


def test_wraps_each_reference_with_a_link():
    """Every reference in a paragraph becomes one link carrying the legal-ref class."""
    html = (
        "<p>Thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ và "
        "Nghị định số 63/2010/NĐ-CP.</p>"
    )
    out = link_references(html, resolve_all)
    links = check(out).links
    assert links == [
        ("/van-ban/76-nq-cp/", "Nghị quyết số 76/NQ-CP"),
        ("/van-ban/63-2010-nđ-cp/", "Nghị định số 63/2010/NĐ-CP"),
    ]
    assert html_text(out) == html_text(html)


def test_never_links_inside_an_existing_anchor():
    """A reference already inside <a> is left alone: no nested anchors."""
    html = '<p>Xem <a href="https://example.gov.vn/x">Quyết định số 749/QĐ-TTg</a> nhé.</p>'
    out = link_references(html, resolve_all)
    assert out == html
    assert check(out).max_depth == 1


def test_reference_split_by_inline_tag_is_skipped_or_linked_in_one_node():
    """A number split by markup is not linked; a type word in <b> leaves the symbol linked."""
    split = "<p>Nghị quyết số <i>76</i>/NQ-CP</p>"
    assert link_references(split, resolve_all) == split
    typed = "<p>Theo <b>Nghị định</b> số 63/2010/NĐ-CP.</p>"
    out = link_references(typed, resolve_all)
    assert check(out).links == [("/van-ban/63-2010-nđ-cp/", "số 63/2010/NĐ-CP")]
    assert "<b>Nghị định</b>" in out
    # Both still count as references for backlinks.
    assert [c.key for c in references_in_html(split + typed)] == ["76/NQ-CP", "63/2010/NĐ-CP"]


def test_escaping_of_text_and_urls():
    """Text around links stays escaped; a URL with quotes/ampersands is attribute-escaped."""
    html = "<p>&lt;script&gt; &amp; Kế hoạch số 15/KH-UBND &quot;x&quot;</p>"
    out = link_references(html, lambda cs: {c.key: '/van-ban/a"b&c/' for c in cs})
    assert "&lt;script&gt; &amp; " in out
    assert 'href="/van-ban/a&quot;b&amp;c/"' in out
    assert "<script>" not in out


def test_unresolved_keys_are_not_linked():
    """Only keys the resolver knows get a link."""
    html = "<p>Kế hoạch số 15/KH-UBND và Kế hoạch số 20/KH-UBND</p>"
    out = link_references(html, lambda cs: {"20/KH-UBND": "/van-ban/20-kh-ubnd/"})
    assert check(out).links == [("/van-ban/20-kh-ubnd/", "Kế hoạch số 20/KH-UBND")]


def test_block_boundaries_separate_references_and_lists():
    """Paragraphs and list items are separate blocks; each reference is found once."""
    html = "<ul><li>Chỉ thị số 40-CT/TU</li><li>Nghị quyết số 03-NQ/TU</li></ul><p>29/06/2006</p>"
    keys = [c.key for c in references_in_html(html)]
    assert keys == ["40-CT/TU", "03-NQ/TU"]
    links = check(link_references(html, resolve_all)).links
    assert [text for _, text in links] == ["Chỉ thị số 40-CT/TU", "Nghị quyết số 03-NQ/TU"]


def test_nfd_input_is_linked_as_nfc():
    """Decomposed (NFD) Vietnamese text is found and re-emitted in NFC."""
    html = unicodedata.normalize("NFD", "<p>Nghị định số 63/2010/NĐ-CP</p>")
    out = link_references(html, resolve_all)
    assert check(out).links == [("/van-ban/63-2010-nđ-cp/", "Nghị định số 63/2010/NĐ-CP")]


def test_markup_is_preserved_and_script_content_untouched():
    """Attributes, comments and raw-text elements survive; no link inside <script>."""
    html = (
        '<p class="a" data-x="1 &amp; 2">Kế hoạch số 15/KH-UBND<br/>x</p><!-- c -->'
        '<script>var s = "Kế hoạch số 15/KH-UBND";</script>'
    )
    out = link_references(html, resolve_all)
    assert out.count('class="legal-ref"') == 1
    assert '<p class="a" data-x="1 &amp; 2">' in out
    assert "<!-- c -->" in out
    assert '<script>var s = "Kế hoạch số 15/KH-UBND";</script>' in out


def test_no_references_returns_input_unchanged():
    """Text without references (dates, phone numbers) is returned as is."""
    html = "<p>Ngày 29/06/2006, gọi 0293/3870 123, tỉ lệ 3/4.</p>"
    assert link_references(html, resolve_all) == html
    assert references_in_html(html) == []


PIECES = [
    "Nghị định số 63/2010/NĐ-CP",
    "Kế hoạch số 15/KH-UBND ngày 21/01/2021",
    "03-NQ/TU",
    " và ",
    "29/06/2006",
    "&amp;",
    "&lt;",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    '<a href="/x">',
    "</a>",
    "<p>",
    "</p>",
    "<br>",
    "<li>",
    "</li>",
    "Đ",
    "/",
    "-",
    "12",
]


def test_linking_keeps_text_and_never_nests_anchors():
    """For arbitrary mixes of references, markup and entities, linking leaves the visible
    text unchanged and never opens an <a> inside another (hypothesis)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(PIECES), max_size=40))
    def run(parts):
        source = "".join(parts)
        out = link_references(source, resolve_all)
        assert html_text(out) == html_text(source)
        closing_balanced = source.count("<a ") == source.count("</a>")
        if closing_balanced:
            assert check(out).max_depth <= max(1, check(source).max_depth)

    run()


def test_long_inputs_finish():
    """A 1 MB body of slashes and digits without tags is processed (bounded time)."""
    source = "<p>" + "1/2/3-4/" * 130_000 + "</p>"
    assert link_references(source, resolve_all).startswith("<p>")
