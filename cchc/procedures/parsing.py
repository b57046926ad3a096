"""Reading the free-text cells of a national procedure export. Pure Python (no Django).

The national database (Cơ sở dữ liệu quốc gia về TTHC) exports each procedure as one
row whose cells are prose: "Thời hạn giải quyết" reads "05 ngày làm việc kể từ ngày nhận
đủ hồ sơ hợp lệ", "Thành phần hồ sơ" is a list of lines with "Bản chính: 1 - Bản sao: 0"
or "(01 bản sao)", "Cách thức thực hiện" names the channels. These functions recover the
structured parts and leave the prose as it was; what they cannot read stays text only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from cchc.core.text import fold

__all__ = [
    "DocumentItem",
    "parse_time_limit",
    "parse_fee",
    "parse_channels",
    "parse_documents",
    "format_document",
]

_DAYS = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:\(\s*[^)]*\)\s*)?ngay")
_SAME_DAY = re.compile(r"\b(?:trong|ngay trong|ngay) ngay\b|\btrong ngay lam viec\b|\bngay khi\b")
_HOURS = re.compile(r"(\d+(?:[.,]\d+)?)\s*gio")
_AMOUNT = re.compile(r"(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:dong|d\b|vnd|vnđ)")
_FREE = re.compile(r"\b(?:khong thu|mien (?:phi|le phi)|mien\b|khong co\b|khong\b\s*$|^khong$)")


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def parse_time_limit(text: str) -> Decimal | None:
    """Working days stated in ``text``: the first "N ngày"; "trong ngày" / hours only → 0
    (same day); ``None`` when no duration is stated.

    >>> parse_time_limit("05 ngày làm việc kể từ ngày nhận đủ hồ sơ")
    Decimal('5')
    >>> parse_time_limit("Ngay trong ngày tiếp nhận hồ sơ") is not None
    True
    """
    folded = fold(text or "")
    if not folded.strip():
        return None
    match = _DAYS.search(folded)
    if match:
        return _decimal(match.group(1))
    if _SAME_DAY.search(folded):
        return Decimal(0)
    hours = _HOURS.search(folded)
    if hours:
        # an 8-hour working day: "04 giờ làm việc" → 0.5 day
        return round(_decimal(hours.group(1)) / 8, 1)
    return None


def parse_fee(text: str) -> int | None:
    """The fee in đồng when ``text`` states one amount (or says none is charged → 0);
    ``None`` when it states several amounts or none (the text is then shown as is)."""
    folded = fold(text or "").strip()
    if not folded:
        return None
    amounts = {int(re.sub(r"[.,]", "", a)) for a in _AMOUNT.findall(folded)}
    if len(amounts) == 1:
        return amounts.pop()
    if not amounts and (_FREE.search(folded) or folded in {"0", "0 dong", "khong"}):
        return 0
    return None


_CHANNEL_WORDS = {
    "direct": ("truc tiep", "bo phan mot cua", "bo phan tiep nhan"),
    "online": ("truc tuyen", "dich vu cong", "qua mang", "dien tu"),
    "postal": ("buu chinh",),
}


def parse_channels(text: str) -> list[tuple[str, str, Decimal | None]]:
    """``[(channel, note, days)]`` for each channel ``text`` names, in the order
    direct, online, postal; ``note`` joins the lines about that channel, ``days`` is a
    time limit stated on them (a channel-specific deadline)."""
    lines = [line.strip(" -+•*\t") for line in (text or "").splitlines()]
    lines = [line for line in lines if line]
    found: list[tuple[str, str, Decimal | None]] = []
    for channel, words in _CHANNEL_WORDS.items():
        mine = [line for line in lines if any(w in fold(line) for w in words)]
        if not mine:
            continue
        days = None
        for line in mine:
            if _DAYS.search(fold(line)):
                days = parse_time_limit(line)
                break
        found.append((channel, "\n".join(mine), days))
    return found


@dataclass
class DocumentItem:
    name: str
    originals: int = 1
    copies: int = 0
    required: bool = True


_BULLET = re.compile(r"^\s*(?:[-+•*–]|\(?\d{1,2}[.)]|\(?[a-zđ][.)])\s*", re.IGNORECASE)
_COUNTS_ALT = re.compile(
    r"\s*[-–(,;]?\s*b[aả]n ch[ií]nh\s*:\s*(\d+)\s*[-–,;]?\s*b[aả]n sao\s*:\s*(\d+)\s*\)?\s*$",
    re.IGNORECASE,
)
_COUNT_PAREN = re.compile(r"\s*\(([^()]*\bb[aả]n\b[^()]*)\)\s*[.;,]?$", re.IGNORECASE)
_N_ORIGINAL = re.compile(r"(\d+)\s*b[aả]n\s*ch[ií]nh", re.IGNORECASE)
_N_COPY = re.compile(r"(\d+)\s*b[aả]n\s*sao", re.IGNORECASE)
_SKIP = ("so luong ho so", "thanh phan ho so", "ho so gom", "ho so bao gom")
_OPTIONAL = ("(neu co)", "neu co)", "truong hop")


def parse_documents(text: str) -> list[DocumentItem]:
    """One item per line of a "Thành phần hồ sơ" cell, with its counts read from
    "Bản chính: 1 - Bản sao: 0" or "(01 bản chính, 01 bản sao)"; heading lines such as
    "Số lượng hồ sơ: 01 bộ" are skipped; "(nếu có)" makes an item optional."""
    items: list[DocumentItem] = []
    for raw in (text or "").splitlines():
        line = _BULLET.sub("", raw).strip()
        if not line:
            continue
        folded = fold(line)
        if folded.startswith(_SKIP):
            continue
        originals, copies = 1, 0
        match = _COUNTS_ALT.search(line)
        if match:
            originals, copies = int(match.group(1)), int(match.group(2))
            line = line[: match.start()].strip()
        else:
            paren = _COUNT_PAREN.search(line)
            if paren and (_N_ORIGINAL.search(paren.group(1)) or _N_COPY.search(paren.group(1))):
                inner = paren.group(1)
                o, c = _N_ORIGINAL.search(inner), _N_COPY.search(inner)
                originals = int(o.group(1)) if o else 0
                copies = int(c.group(1)) if c else 0
                line = line[: paren.start()].strip()
        if not line:
            continue
        required = not any(word in folded for word in _OPTIONAL)
        items.append(DocumentItem(line.rstrip(";.,"), originals, copies, required))
    return items


def format_document(name: str, originals: int, copies: int, required: bool = True) -> str:
    """A line :func:`parse_documents` reads back to the same item."""
    suffix = "" if required or "nếu có" in name.lower() else " (nếu có)"
    return f"{name}{suffix} (Bản chính: {originals} - Bản sao: {copies})"
