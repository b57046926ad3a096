"""Mask personal data that citizens type into free text before it is published. Pure Python.

Phone numbers (Vietnamese mobile/landline forms) and e-mail addresses are replaced with
a placeholder; officers review and may edit the public text before publishing.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 0xxx xxx xxx, +84 xxx..., with spaces, dots or dashes; 9–11 digits in all.
_PHONE = re.compile(r"(?<!\d)(?:\+?84|0)(?:[\s.\-]?\d){8,10}(?!\d)")
PLACEHOLDER = "[đã ẩn]"


def redact(text: str, *, names: list[str] | tuple[str, ...] = ()) -> str:
    """``text`` with e-mails, phone numbers and the given personal names masked."""
    text = _EMAIL.sub(PLACEHOLDER, text)
    text = _PHONE.sub(PLACEHOLDER, text)
    for name in names:
        name = name.strip()
        if len(name) >= 4:
            text = re.sub(re.escape(name), PLACEHOLDER, text, flags=re.IGNORECASE)
    return text
