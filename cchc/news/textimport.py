"""Parse a plain-text article shaped like a department portal page. Pure Python.

Shape: optional site heading lines, the title, a ``Ngày dd-mm-yyyy`` line, paragraphs
(lines beginning with "+", "-", "•" or "*" form bullet lists), the author on a short line of
its own, then footer lines (visitor counters, portlet notices) that are ignored.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass, field

MAX_BYTES = 2 * 1024 * 1024

_DATE_LINE = re.compile(
    r"^\s*(?:ngày|ngay|date)\s*:?\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$",
    re.IGNORECASE,
)
_FOOTER_LINE = re.compile(
    r"^\s*(đang online|hôm nay|đã truy cập|lượt truy cập|tổng lượt truy cập|trực tuyến)\s*:|"
    r"^\s*bạn chưa có đủ quyền truy nhập portlet",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[+\-•*]\s+")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


class ArticleFormatError(ValueError):
    """The text is not an article; ``message_vi`` / ``message_en`` say why."""

    def __init__(self, message_vi: str, message_en: str):
        self.message_vi = message_vi
        self.message_en = message_en
        super().__init__(f"{message_vi} / {message_en}")


@dataclass
class Block:
    kind: str  # "p" or "ul"
    items: list[str] = field(default_factory=list)


@dataclass
class ParsedArticle:
    title: str
    date: dt.date
    blocks: list[Block]
    author: str
    heading: str = ""

    def body_html(self) -> str:
        parts = []
        for block in self.blocks:
            if block.kind == "ul":
                items = "".join(
                    f"<li>{html.escape(item, quote=False)}</li>" for item in block.items
                )
                parts.append(f"<ul>{items}</ul>")
            else:
                parts.append(f"<p>{html.escape(block.items[0], quote=False)}</p>")
        return "".join(parts)

    def summary(self, limit: int = 300) -> str:
        for block in self.blocks:
            if block.kind == "p":
                text = block.items[0]
                if len(text) <= limit:
                    return text
                cut = text[:limit].rsplit(" ", 1)[0]
                return cut + "…"
        return ""


def decode(data: bytes) -> str:
    """Bytes → NFC text, refusing empty, oversized and binary input."""
    if len(data) > MAX_BYTES:
        raise ArticleFormatError("Tệp lớn hơn 2 MB", "file larger than 2 MB")
    if b"\x00" in data:
        raise ArticleFormatError("Tệp nhị phân, không phải văn bản", "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFormatError("Tệp không phải văn bản UTF-8", "file is not UTF-8 text") from exc
    if not text.strip():
        raise ArticleFormatError("Tệp rỗng", "empty file")
    return unicodedata.normalize("NFC", text)


def _clean(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _is_author_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 8 and len(line) <= 80 and not line.endswith((".", ":", ";", ","))


def parse(text: str) -> ParsedArticle:
    lines = [_clean(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if any(ord(c) < 32 and c not in "\t\n" for line in lines for c in line):
        raise ArticleFormatError("Tệp chứa ký tự điều khiển", "file contains control characters")
    date_index = None
    date = None
    for i, line in enumerate(lines):
        match = _DATE_LINE.match(line)
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                date = dt.date(year, month, day)
            except ValueError as exc:
                raise ArticleFormatError(
                    f"Ngày không hợp lệ: {line}", f"invalid date: {line}"
                ) from exc
            date_index = i
            break
    if date_index is None or date is None:
        raise ArticleFormatError(
            "Không tìm thấy dòng ngày (Ngày dd-mm-yyyy)", "no date line (Ngày dd-mm-yyyy)"
        )
    before = [line for line in lines[:date_index] if line]
    if not before:
        raise ArticleFormatError("Thiếu tiêu đề bài viết", "no title")
    title = before[-1]
    heading = before[-2] if len(before) > 1 else ""
    if len(title) > 255:
        raise ArticleFormatError("Tiêu đề dài quá 255 ký tự", "title longer than 255 characters")

    body_lines = [line for line in lines[date_index + 1 :]]
    # Drop footer lines, then trailing blanks.
    content = [line for line in body_lines if not _FOOTER_LINE.match(line)]
    while content and not content[-1]:
        content.pop()
    author = ""
    non_empty = [i for i, line in enumerate(content) if line]
    if len(non_empty) >= 2 and _is_author_line(content[non_empty[-1]]):
        author = content[non_empty[-1]]
        content = content[: non_empty[-1]]
    blocks: list[Block] = []
    for line in content:
        if not line:
            continue
        if _BULLET.match(line):
            item = _BULLET.sub("", line, count=1)
            if blocks and blocks[-1].kind == "ul":
                blocks[-1].items.append(item)
            else:
                blocks.append(Block("ul", [item]))
        else:
            blocks.append(Block("p", [line]))
    if not blocks:
        raise ArticleFormatError("Bài viết không có nội dung", "article has no body")
    return ParsedArticle(title=title, date=date, blocks=blocks, author=author, heading=heading)
