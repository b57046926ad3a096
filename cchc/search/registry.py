"""Which models the site search indexes, and how.

Any app makes its objects searchable with one call, usually in its ``AppConfig.ready()``::

    from cchc.search.registry import SearchDocument, register_source

    def legal_document(doc):
        if not doc.is_published:          # None = not searchable (removed from the index)
            return None
        return SearchDocument(
            title=doc.title, body=doc.summary, url=doc.get_absolute_url(),
            date=doc.issued_on, keys=[doc.number],       # "63/2010/NĐ-CP" ranks first
        )

    register_source("legal", LegalDocument, legal_document, label=_("Văn bản pháp luật"))

Registered models are re-indexed on ``post_save`` / Wagtail ``page_published`` and
removed on ``post_delete`` / ``page_unpublished``; ``manage.py rebuild_search`` walks
``queryset()`` of every source. The search page's type facets are the registered kinds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model
from django.utils.functional import Promise

StrOrPromise = str | Promise

__all__ = ["SearchDocument", "Source", "register_source", "get_source", "sources", "unregister"]


@dataclass
class SearchDocument:
    """What a source returns for one object."""

    title: str
    url: str
    body: str = ""
    date: dt.date | None = None
    year: int | None = None  # defaults to date.year
    keys: Iterable[str] = ()  # the object's own document keys, e.g. "76/NQ-CP"
    facets: dict[str, Any] = field(default_factory=dict)


@dataclass
class Source:
    kind: str
    model: type
    to_document: Callable[[Any], SearchDocument | None]
    label: str
    queryset: Callable[[], Iterable[Any]]
    order: int = 100


_sources: dict[str, Source] = {}


def register_source(
    kind: str,
    model: type[Model],
    to_document: Callable[[Any], SearchDocument | None],
    *,
    label: StrOrPromise | None = None,
    queryset: Callable[[], Iterable[Any]] | None = None,
    order: int = 100,
) -> Source:
    """Index ``model`` objects as ``kind`` (a short ASCII name: article, legal...).

    ``to_document(obj)`` returns a :class:`SearchDocument`, or None when the object must
    not be searchable (draft, private, withdrawn). ``queryset()`` lists the objects a
    rebuild indexes (default: every object). ``label`` names the facet; ``order`` sorts
    facets. Registering the same kind again replaces it.
    """
    if not kind or not kind.isascii() or not kind.replace("_", "").isalnum():
        raise ValueError("kind must be a short ASCII name such as 'legal'")
    source = Source(
        kind=kind,
        model=model,
        to_document=to_document,
        label=str(label or kind),
        queryset=queryset or (lambda: model._default_manager.all()),
        order=order,
    )
    _sources[kind] = source
    return source


def unregister(kind: str) -> None:
    _sources.pop(kind, None)


def sources() -> list[Source]:
    return sorted(_sources.values(), key=lambda s: (s.order, s.kind))


def get_source(kind: str) -> Source | None:
    return _sources.get(kind)


def source_for_model(model: type) -> Source | None:
    """The source of ``model`` or of its nearest registered base class."""
    for klass in getattr(model, "__mro__", (model,)):
        for source in _sources.values():
            if source.model is klass:
                return source
    return None


_SENTENCE_END = (".", "!", "?", "…", ":", ";")


def join_sentences(*parts: str | None) -> str:
    """Fields of one entry (title, body, issuer, signer…) as one text with a sentence
    boundary between them, so a snippet never runs one field into the next
    ("…thủ tục hành chính. Chính phủ. Nguyễn Xuân Phúc.")."""
    out = []
    for part in parts:
        text = " ".join((part or "").split())
        if not text:
            continue
        out.append(text if text.endswith(_SENTENCE_END) else f"{text}.")
    return " ".join(out)
