"""The content generation: one token that changes whenever anything public changes.

Everything the app keeps to avoid re-reading the database on a public render (the route of a
URL, the site, the set of restricted pages, the main menu, portlets, the header and footer,
an article's linked citations) is cached under a key that holds this token. When content
changes (``portal.invalidation`` hears of it, the same moments the HTTP cache is banned),
the token changes once the transaction commits, and every process stops using what it kept:
nothing is deleted, old keys simply fall out of the cache. Reading the token costs no query.

Where the token lives must be shared by every app process:
- ``cache`` (with Redis, ``REDIS_URL``): a key in the shared cache (one GET per request);
- ``file`` (the embedded default: one machine, several gunicorn workers): a small file under
  ``var/``, replaced atomically; reading it is one ``stat`` and a short read;
- ``memory`` (tests): a per-process counter, so parallel test workers never disturb each other.

A request reads the token once (``pinned``, entered by ``portal.middleware.PublicCacheMiddleware``):
an uncached page asks for ten keys or more (site, route, restrictions, menu, fragments), which
would otherwise be ten ``stat`` calls, or ten Redis round trips. A request that changes content
sees its own change (``bump_now`` moves the pinned token too); other requests see it from their
next request on, as before.

Every key also holds the code's release (``release``): what one version of the templates,
code and translations rendered or pickled is never served by another one after a deploy,
even when the shared cache (Redis) outlives the processes.
"""

from __future__ import annotations

import functools
import hashlib
import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

CACHE_KEY = "cchc:content-generation"
_memory = {"token": "0"}
_file_memo: dict[str, tuple[tuple[int, int], str]] = {}
# The token read by the current request, once it has been read (``pinned``); a list so that
# ``bump_now`` can move it without resetting the variable outside its scope.
_pin: ContextVar[list[str] | None] = ContextVar("cchc_generation_pin", default=None)


def _backend() -> str:
    configured = getattr(settings, "CCHC_CONTENT_GENERATION", "")
    if configured:
        return configured
    return "cache" if settings.REDIS_URL else "file"


def _path() -> Path:
    return Path(settings.CCHC_CONTENT_GENERATION_FILE)


@contextmanager
def pinned() -> Iterator[None]:
    """Within this block (one request), read the token at most once."""
    reset = _pin.set([])
    try:
        yield
    finally:
        _pin.reset(reset)


def current() -> str:
    """The token now (a short string, safe in a cache key); inside ``pinned``, the token
    this request read first."""
    pin = _pin.get()
    if pin:
        return pin[0]
    token = _read()
    if pin is not None:
        pin.append(token)
    return token


def _read() -> str:
    backend = _backend()
    if backend == "memory":
        return _memory["token"]
    if backend == "cache":
        token = cache.get(CACHE_KEY)
        if token is None:
            cache.add(CACHE_KEY, secrets.token_hex(4), timeout=None)
            token = cache.get(CACHE_KEY) or "0"
        return str(token)
    path = _path()
    try:
        stat = path.stat()
    except FileNotFoundError:
        bump_now()
        stat = path.stat()
    # each bump writes a new file (a new inode): inode + mtime tell a change even within
    # one tick of the file system's clock
    version = (stat.st_ino, stat.st_mtime_ns)
    memo = _file_memo.get(str(path))
    if memo and memo[0] == version:
        return memo[1]
    token = path.read_text(encoding="ascii").strip() or "0"
    _file_memo[str(path)] = (version, token)
    return token


def bump_now() -> None:
    """Change the token at once (use ``bump_on_commit`` inside a write)."""
    token = secrets.token_hex(4)
    pin = _pin.get()
    if pin is not None:  # this request sees its own change
        pin[:] = [token]
    backend = _backend()
    if backend == "memory":
        _memory["token"] = token
    elif backend == "cache":
        cache.set(CACHE_KEY, token, timeout=None)
    else:
        path = _path()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".generation-")
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(token)
        os.replace(tmp, path)


def bump_on_commit() -> None:
    """Change the token once the current transaction commits (once per transaction).

    In ``memory`` mode (tests, where a test's transaction never commits) it changes at once.
    """
    if _backend() == "memory":
        bump_now()
        return
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        func is bump_now for _sids, func, _robust in connection.run_on_commit
    ):
        return
    transaction.on_commit(bump_now, robust=True)


def key(*parts: object) -> str:
    """A cache key under the current generation and the running code's release."""
    return ":".join(["cchc", "gen", release(), current(), *(str(p) for p in parts)])


# What a release is made of: code, templates and compiled translations.
RELEASE_FILES = (
    ("cchc", ("*.py", "*.html", "*.txt")),
    ("templates", ("*",)),
    ("locale", ("*.mo",)),
)


@functools.cache
def release() -> str:
    """``CCHC_RELEASE`` when the deployment sets it, else a digest of the code's contents
    (the same on every machine running the same code), computed once per process."""
    configured = getattr(settings, "CCHC_RELEASE", "")
    return configured or code_digest(Path(settings.BASE_DIR))


def code_digest(base: Path) -> str:
    digest = hashlib.blake2b(digest_size=5)
    for folder, patterns in RELEASE_FILES:
        paths = {p for pattern in patterns for p in (base / folder).rglob(pattern) if p.is_file()}
        for path in sorted(paths):
            digest.update(str(path.relative_to(base)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
