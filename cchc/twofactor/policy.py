"""Which requests need a verified second factor (pure: no Django import).

Every account with back-office power (``selectors.account_needs_second_factor``; applicants
of the one-stop shop sign in with a one-time code and hold none) follows a *deny by default*
rule: a signed-in request needs a second factor everywhere except the paths a
half-signed-in user must still reach: the 2FA pages themselves, sign-in and sign-out, static
files, the language switch. A new back-office URL is covered without being listed anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit


def needs_second_factor(path: str, exempt_prefixes: Iterable[str]) -> bool:
    """``True`` unless ``path`` starts with one of ``exempt_prefixes`` (or equals it)."""
    for prefix in exempt_prefixes:
        if path == prefix or path.startswith(prefix):
            return False
        # "/quan-tri/login/" also exempts "/quan-tri/login" (APPEND_SLASH redirects)
        if prefix.endswith("/") and path == prefix[:-1]:
            return False
    return True


def normalise_token(raw: str) -> str:
    """What the user typed → what the devices compare: no spaces or hyphens, lower case.

    Authenticator apps show "123 456"; recovery codes are printed "abcd-efgh".
    """
    return "".join(ch for ch in raw if not ch.isspace() and ch != "-").lower()[:32]


def is_totp_shape(token: str) -> bool:
    return token.isascii() and token.isdigit() and len(token) in (6, 8)


def is_local_path(url: str) -> bool:
    """A ``next`` target we may redirect to: a path on this site, never another host."""
    if not url or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return False
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not any(ord(c) < 32 for c in url)


def group_code(code: str, size: int = 4) -> str:
    """``abcdefgh`` → ``abcd-efgh`` (easier to copy by hand)."""
    return "-".join(code[i : i + size] for i in range(0, len(code), size))
