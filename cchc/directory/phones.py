"""Vietnamese telephone numbers: validation, normalisation, display and ``tel:`` links.

Pure Python (no Django), so it can be tested in isolation and reused by the Excel import,
the admin forms and the templates.

The national numbering plan (since the 2017–2018 conversions):

* landlines (cố định): ``0`` + area code starting with ``2`` + subscriber number, always
  11 digits: ``024 3825 1234`` (Hà Nội, 2-digit code 24 + 8 digits), ``0293 3870 123``
  (3-digit code 2xx + 7 digits);
* mobiles (di động): 10 digits, ``03x``, ``05x``, ``07x``, ``08x``, ``09x``;
* service numbers (tổng đài): ``1800`` (free) or ``1900`` (paid) + 4 to 6 digits;
* short codes (số ngắn): 3-4 digits starting with ``1`` (``113``, ``1022`` – the
  public-service hotline several provinces use).

Input may contain spaces, dots, dashes, parentheses and a ``+84``/``0084``/``(+84)``
prefix. The stored form is the canonical display form returned by :func:`normalize`
(``0293 3870 123``); :func:`tel_href` gives the ``tel:`` target (``+842933870123``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "PhoneError",
    "PhoneKind",
    "PhoneNumber",
    "parse",
    "normalize",
    "is_valid",
    "tel_href",
    "format_display",
]

_SEPARATORS = re.compile(r"[\s.\-()/\u00a0]+")
_LANDLINE = re.compile(r"^02\d{9}$")
_MOBILE = re.compile(r"^0[35789]\d{8}$")
_SERVICE = re.compile(r"^(1800|1900)\d{4,6}$")
_SHORT = re.compile(r"^1\d{2,3}$")
# Area codes with two digits (the rest have three): Hà Nội 24, TP. Hồ Chí Minh 28.
_TWO_DIGIT_AREAS = ("24", "28")


class PhoneKind(StrEnum):
    LANDLINE = "landline"
    MOBILE = "mobile"
    SERVICE = "service"
    SHORT = "short"


class PhoneError(ValueError):
    """Not a Vietnamese telephone number; ``code`` tells why (for translated messages)."""

    def __init__(self, code: str, value: str):
        self.code = code
        self.value = value
        super().__init__(f"{code}: {value!r}")


@dataclass(frozen=True)
class PhoneNumber:
    digits: str  # national form, digits only: "02933870123", "0912345678", "19001234"
    kind: PhoneKind

    @property
    def display(self) -> str:
        return format_display(self.digits, self.kind)

    @property
    def href(self) -> str:
        if self.kind in (PhoneKind.LANDLINE, PhoneKind.MOBILE):
            return "+84" + self.digits[1:]
        return self.digits


def _strip(raw: str) -> str:
    text = raw.strip()
    text = _SEPARATORS.sub("", text)
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("0084"):
        text = "0" + text[4:]
    # "+84 (0) 293 ..." leaves "00293...": one trunk zero too many.
    if text.startswith("00") and len(text) in (11, 12):
        text = text[1:]
    return text


def parse(raw: str) -> PhoneNumber:
    """Parse one number; raise :class:`PhoneError` (code ``empty``, ``chars``, ``landline``,
    ``mobile``, ``service`` or ``format``)."""
    if raw is None or not str(raw).strip():
        raise PhoneError("empty", raw or "")
    raw = str(raw)
    text = _strip(raw)
    if not text.isdigit() or not text.isascii():
        raise PhoneError("chars", raw)
    if _LANDLINE.match(text):
        return PhoneNumber(text, PhoneKind.LANDLINE)
    if _MOBILE.match(text):
        return PhoneNumber(text, PhoneKind.MOBILE)
    if _SERVICE.match(text):
        return PhoneNumber(text, PhoneKind.SERVICE)
    if _SHORT.match(text):
        return PhoneNumber(text, PhoneKind.SHORT)
    if text.startswith("02"):
        raise PhoneError("landline", raw)
    if text.startswith(("03", "05", "07", "08", "09")):
        raise PhoneError("mobile", raw)
    if text.startswith(("1800", "1900")):
        raise PhoneError("service", raw)
    raise PhoneError("format", raw)


def normalize(raw: str) -> str:
    """Canonical display form: ``"+84 293.3870.123"`` → ``"0293 3870 123"``."""
    return parse(raw).display


def is_valid(raw: str) -> bool:
    try:
        parse(raw)
    except PhoneError:
        return False
    return True


def format_display(digits: str, kind: PhoneKind) -> str:
    if kind == PhoneKind.LANDLINE:
        if digits[1:3] in _TWO_DIGIT_AREAS:
            return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
        return f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    if kind == PhoneKind.MOBILE:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    if kind == PhoneKind.SERVICE:
        rest = digits[4:]
        if len(rest) == 6:
            return f"{digits[:4]} {rest[:3]} {rest[3:]}"
        return f"{digits[:4]} {rest}"
    return digits


def tel_href(raw: str) -> str:
    """The ``tel:`` target: ``+84…`` for landlines and mobiles, digits for service numbers.

    Text that is not a valid number still yields its digits (and a leading ``+``), so a
    legacy value never breaks a page.
    """
    try:
        return parse(raw).href
    except PhoneError:
        text = (raw or "").strip()
        digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
        return ("+" + digits) if text.startswith("+") else digits
