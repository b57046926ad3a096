"""Control characters in text: what the portal accepts, stores and emits. Pure Python.

* NUL (U+0000) cannot be stored by PostgreSQL (``text`` refuses it) and is never
  meaningful in a citizen's text: requests carrying one are refused at the edge
  (``cchc.core.middleware.InputCleaningMiddleware``) and service inputs drop it.
* Other C0 controls (U+0001–U+001F except tab, newline, carriage return), DEL (U+007F)
  and the non-characters U+FFFE/U+FFFF are invalid in XML 1.0, so one of them in a
  title makes RSS/Atom/Open311 XML unparseable. Vertical tab and form feed (Word pastes
  its manual line break as U+000B) become a newline; the rest are removed.
* Lone surrogates (only reachable through JSON ``\\ud800`` escapes) are removed too:
  they cannot be encoded as UTF-8.
"""

from __future__ import annotations

import re

__all__ = ["clean_text", "has_nul", "xml_safe", "BAD_CONTROL"]

# Everything XML 1.0 forbids, plus DEL; tab, LF and CR are kept.
BAD_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


def has_nul(value: str) -> bool:
    return "\x00" in value


def clean_text(value: str) -> str:
    """``value`` without control characters (tabs and newlines kept; VT/FF → newline)."""
    if not value or not BAD_CONTROL.search(value):
        return value
    return BAD_CONTROL.sub("", value.translate(_LINE_BREAKS))


def xml_safe(value: object) -> str:
    """``str(value)`` fit for an XML 1.0 text node or attribute (escaping is the caller's)."""
    return clean_text("" if value is None else str(value))
