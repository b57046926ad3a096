"""Find references in rich-text HTML and wrap them in links. Pure Python (no Django).

The HTML is tokenised with :mod:`html.parser` (never regex over markup). Text nodes are laid
out as one plain text, inline tags being transparent and block tags becoming paragraph
breaks, and the extractor runs once over it. Each citation's span is mapped back to the text
node it falls in:

* references inside an existing ``<a>`` are counted (for backlinks) but never re-linked;
* references split by an inline tag (``Nghị định số <b>63/2010/NĐ-CP</b>``) are counted but
  not linked, as a link cannot straddle the markup cleanly;
* everything else is wrapped in ``<a href="..." class="legal-ref">``.

Markup of the input is re-emitted verbatim (start tags from the source text); text nodes are
re-escaped, so the output is well-formed whenever the input was.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from cchc.core.text import nfc

from .citations import Citation, extract

__all__ = ["LINK_CLASS", "references_in_html", "link_references", "html_text"]

LINK_CLASS = "legal-ref"

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl",
        "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "img", "embed",
    }
)  # fmt: skip
RAW_TEXT_TAGS = frozenset({"script", "style", "textarea", "title"})
BREAK = "\n\n"


@dataclass(slots=True)
class _Token:
    kind: str  # data | start | end | startend | raw
    value: str  # text (data), tag source (start/startend/raw) or tag name (end)
    tag: str = ""
    linkable: bool = True  # data only: outside <a> and raw-text elements
    in_raw: bool = False


class _Tokeniser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens: list[_Token] = []
        self._anchor_depth = 0
        self._raw: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tokens.append(_Token("start", self.get_starttag_text() or f"<{tag}>", tag))
        if tag == "a":
            self._anchor_depth += 1
        elif tag in RAW_TEXT_TAGS:
            self._raw = tag

    def handle_startendtag(self, tag, attrs):
        self.tokens.append(_Token("startend", self.get_starttag_text() or f"<{tag}/>", tag))

    def handle_endtag(self, tag):
        self.tokens.append(_Token("end", tag, tag))
        if tag == "a":
            self._anchor_depth = max(0, self._anchor_depth - 1)
        elif tag == self._raw:
            self._raw = None

    def handle_data(self, data):
        if self._raw is not None:
            self.tokens.append(_Token("data", data, linkable=False, in_raw=True))
            return
        data = nfc(data)
        last = self.tokens[-1] if self.tokens else None
        if last is not None and last.kind == "data" and not last.in_raw:
            last.value += data
            last.linkable = last.linkable and self._anchor_depth == 0
            return
        self.tokens.append(_Token("data", data, linkable=self._anchor_depth == 0))

    def handle_comment(self, data):
        self.tokens.append(_Token("raw", f"<!--{data}-->"))

    def handle_decl(self, decl):
        self.tokens.append(_Token("raw", f"<!{decl}>"))

    def handle_pi(self, data):
        self.tokens.append(_Token("raw", f"<?{data}>"))

    def unknown_decl(self, data):
        self.tokens.append(_Token("raw", f"<![{data}]>"))


def _tokenise(source: str) -> list[_Token]:
    parser = _Tokeniser()
    parser.feed(source or "")
    parser.close()
    return parser.tokens


@dataclass(slots=True)
class _Layout:
    text: str
    starts: list[int]  # text offset of each laid-out data token
    token_index: list[int]  # which token each of those is


def _layout(tokens: list[_Token]) -> _Layout:
    parts: list[str] = []
    starts: list[int] = []
    index: list[int] = []
    pos = 0
    for i, tok in enumerate(tokens):
        if tok.kind == "data":
            if tok.in_raw:
                continue
            starts.append(pos)
            index.append(i)
            parts.append(tok.value)
            pos += len(tok.value)
        elif tok.tag in BLOCK_TAGS:
            parts.append(BREAK)
            pos += len(BREAK)
    return _Layout("".join(parts), starts, index)


def _extract(text: str) -> list[Citation]:
    # The extractor's offsets index the NFC text; every text node is NFC already, so the
    # joined text is NFC too except for a combining mark right after a tag (then the
    # offsets cannot be trusted and nothing is returned rather than a wrong link).
    if nfc(text) != text:
        return []
    return extract(text)


def html_text(source: str) -> str:
    """The plain text of ``source`` as the linker sees it (blocks separated by blank lines)."""
    return _layout(_tokenise(source)).text


def references_in_html(source: str) -> list[Citation]:
    """Every reference in the HTML's text, including those inside links or split by tags."""
    return _extract(_layout(_tokenise(source)).text)


def link_references(
    source: str,
    resolve: Callable[[list[Citation]], dict[str, str] | Sequence[str | None]],
    *,
    link_class: str = LINK_CLASS,
) -> str:
    """Return ``source`` with each resolvable reference wrapped in a link.

    ``resolve(citations)`` returns ``{citation.key: url}`` for the keys that have a page,
    or a list with one URL (or ``None``) per citation, in order; references without a URL
    are left as they are.
    """
    if not source or "/" not in source:
        return source
    tokens = _tokenise(source)
    layout = _layout(tokens)
    citations = _extract(layout.text)
    if not citations:
        return source
    resolved = resolve(citations) or {}
    if isinstance(resolved, dict):
        urls = [resolved.get(c.key) for c in citations]
    else:
        urls = list(resolved) + [None] * (len(citations) - len(resolved))
    wraps: dict[int, list[tuple[int, int, str]]] = {}
    for citation, url in zip(citations, urls, strict=False):
        if not url:
            continue
        start, end = citation.span
        k = bisect_right(layout.starts, end - 1) - 1
        if k < 0:
            continue
        tok_i = layout.token_index[k]
        tok = tokens[tok_i]
        local_start = max(0, start - layout.starts[k])
        local_end = end - layout.starts[k]
        if not tok.linkable or local_end > len(tok.value):
            continue  # inside a link already, or not in one text node: leave it
        if local_start == 0 and start < layout.starts[k]:
            # Split by markup ("<b>Nghị định</b> số 63/2010/NĐ-CP"): link the part in the
            # last text node only when it holds the whole number and symbol.
            part = tok.value[:local_end]
            if citation.number not in part or citation.symbol not in part:
                continue
            local_start = len(part) - len(part.lstrip())
        wraps.setdefault(tok_i, []).append((local_start, local_end, url))
    if not wraps:
        return source
    return _serialise(tokens, wraps, link_class)


def _serialise(
    tokens: Iterable[_Token], wraps: dict[int, list[tuple[int, int, str]]], link_class: str
) -> str:
    out: list[str] = []
    cls = html.escape(link_class, quote=True)
    for i, tok in enumerate(tokens):
        if tok.kind == "data":
            if tok.in_raw:
                out.append(tok.value)
                continue
            pos = 0
            for start, end, url in sorted(wraps.get(i, ())):
                if start < pos:
                    continue
                out.append(html.escape(tok.value[pos:start], quote=False))
                out.append(f'<a href="{html.escape(url, quote=True)}" class="{cls}">')
                out.append(html.escape(tok.value[start:end], quote=False))
                out.append("</a>")
                pos = end
            out.append(html.escape(tok.value[pos:], quote=False))
        elif tok.kind == "end":
            out.append(f"</{tok.value}>")
        else:
            out.append(tok.value)
    return "".join(out)
