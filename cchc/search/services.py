"""Writes to the search index: index, remove, rebuild. Signals only call these."""

from __future__ import annotations

import logging
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F

from cchc.core.audit import record_event
from cchc.core.text import nfc

from .analysis import analyse_document, field_terms
from .backends import backend_for, bulk_row_function
from .models import BODY_MAX_CHARS, SORT_KEY_FACTOR, SearchEntry, SearchWord
from .registry import SearchDocument, Source, source_for_model, sources

logger = logging.getLogger("cchc.search")

INDEX_VERSION_KEY = "sitesearch:version"


def _bump_version() -> None:
    try:
        cache.incr(INDEX_VERSION_KEY)
    except ValueError:
        cache.set(INDEX_VERSION_KEY, 1, None)


ENTRY_FIELDS = ("sort_key", "title", "body", "kind", "year", "keys", "date")


def _terms(title, body, kind, year, keys, date):
    return analyse_document(
        title=title,
        body=body,
        kind=kind,
        year=year,
        keys=keys.split() if keys else (),
        month=date.year * 100 + date.month if date else None,
    )


def entry_terms(entry: SearchEntry):
    """The index terms of a stored entry (deterministic: used to add and to delete)."""
    return _terms(entry.title, entry.body, entry.kind, entry.year, entry.keys, entry.date)


def prepare_rows(vendor: str, rows: list[tuple]) -> tuple[list[tuple], Counter]:
    """Analyse entry rows (``ENTRY_FIELDS``) into the backend's bulk row format, plus
    their title vocabulary. Pure: runs in worker processes."""
    prepare = bulk_row_function(vendor)
    out: list[tuple] = []
    vocab: Counter[str] = Counter()
    for sort_key, *fields in rows:
        terms = _terms(*fields)
        out.append(prepare(sort_key, terms))
        vocab.update(terms.title_words)
    return out, vocab


def _prepare_chunk(args):
    return prepare_rows(*args)


def title_words(title: str) -> set[str]:
    """Folded single syllables of a title (the "did you mean" vocabulary)."""
    return {t for t in field_terms(title) if "_" not in t and t.isascii()}  # = .title_words


def _vocab_add(words: set[str], delta: int) -> None:
    if not words:
        return
    if delta > 0:
        existing = set(SearchWord.objects.filter(word__in=words).values_list("word", flat=True))
        SearchWord.objects.bulk_create(
            [SearchWord(word=w[:64], df=0) for w in words - existing], ignore_conflicts=True
        )
    SearchWord.objects.filter(word__in=words).update(df=F("df") + delta)
    if delta < 0:
        SearchWord.objects.filter(word__in=words, df__lte=0).delete()


def _sort_key(entry: SearchEntry) -> int:
    ordinal = entry.date.toordinal() if entry.date else 0
    return ordinal * SORT_KEY_FACTOR + entry.pk % SORT_KEY_FACTOR


def _remove_entry(entry: SearchEntry) -> None:
    terms = entry_terms(entry)
    if entry.sort_key is not None:
        backend_for(connection).remove([(entry.sort_key, terms)])
    _vocab_add(terms.title_words, -1)


@transaction.atomic
def entry_index(*, source: Source, obj) -> SearchEntry | None:
    """Index (or re-index) ``obj`` of ``source``; removes it when it is not searchable."""
    document = source.to_document(obj)
    if document is None:
        entry_remove(model=type(obj), object_id=obj.pk)
        return None
    content_type = ContentType.objects.get_for_model(source.model)
    entry = (
        SearchEntry.objects.select_for_update()
        .filter(content_type=content_type, object_id=str(obj.pk))
        .first()
    )
    if entry is not None:
        _remove_entry(entry)
    else:
        entry = SearchEntry(content_type=content_type, object_id=str(obj.pk))
    _fill(entry, source.kind, document)
    entry.sort_key = None
    entry.save()
    entry.sort_key = _sort_key(entry)
    entry.save(update_fields=["sort_key"])
    terms = entry_terms(entry)
    backend_for(connection).add([(entry.sort_key, terms)])
    _vocab_add(terms.title_words, +1)
    _bump_version()
    return entry


def _fill(entry: SearchEntry, kind: str, document: SearchDocument) -> None:
    entry.kind = kind
    entry.title = nfc(document.title or "")[:500]
    entry.url = (document.url or "")[:500]
    entry.date = document.date
    entry.year = document.year or (document.date.year if document.date else None)
    entry.body = nfc(document.body or "")[:BODY_MAX_CHARS]
    entry.keys = " ".join(nfc(k).replace(" ", "") for k in document.keys if k)[:500]
    entry.facets = document.facets or {}


@transaction.atomic
def entry_remove(*, model: type, object_id) -> bool:
    """Remove the entry of ``model`` #``object_id`` (no-op when absent)."""
    source = source_for_model(model)
    if source is None:
        return False
    content_type = ContentType.objects.get_for_model(source.model)
    entry = (
        SearchEntry.objects.select_for_update()
        .filter(content_type=content_type, object_id=str(object_id))
        .first()
    )
    if entry is None:
        return False
    _remove_entry(entry)
    entry.delete()
    _bump_version()
    return True


def object_index(obj) -> SearchEntry | None:
    """Index ``obj`` if its model (or a base class) is a registered source."""
    source = source_for_model(type(obj))
    if source is None:
        return None
    return entry_index(source=source, obj=obj)


def object_remove(obj) -> bool:
    return entry_remove(model=type(obj), object_id=obj.pk)


def page_privacy_changed(page) -> int:
    """Re-index ``page`` and every page below it after its privacy changed.

    A view restriction (logged-in users, groups, password) added to a page hides it and
    its whole subtree; removing it shows them again. Each page's source decides (its
    document is ``None`` for a restricted page, which removes the entry). Returns the
    number of pages looked at.
    """
    from wagtail.models import Page

    count = 0
    subtree = Page.objects.descendant_of(page, inclusive=True).specific().iterator(chunk_size=500)
    for descendant in subtree:
        if source_for_model(type(descendant)) is None:
            continue
        count += 1
        if descendant.live:
            object_index(descendant)
        else:
            object_remove(descendant)
    return count


@transaction.atomic
def index_rebuild(
    *, kinds: list[str] | None = None, stdout=None, batch_size: int = 500, actor=None
) -> int:
    """Empty the index and index every object of every source (or of ``kinds``)."""
    backend = backend_for(connection)
    selected = [s for s in sources() if kinds is None or s.kind in kinds]
    if kinds is None:
        backend.clear()
        SearchEntry.objects.all().delete()
        SearchWord.objects.all().delete()
    else:
        for entry in SearchEntry.objects.filter(kind__in=kinds).iterator():
            _remove_entry(entry)
        SearchEntry.objects.filter(kind__in=kinds).delete()
    total = 0
    vocab: Counter[str] = Counter()
    for source in selected:
        content_type = ContentType.objects.get_for_model(source.model)
        count = 0
        # Added in key order per batch: FTS5 flushes when a rowid goes backwards.
        pending: list = []
        for obj in source.queryset():
            document = source.to_document(obj)
            if document is None:
                continue
            entry = SearchEntry(content_type=content_type, object_id=str(obj.pk))
            _fill(entry, source.kind, document)
            entry.save()
            entry.sort_key = _sort_key(entry)
            entry.save(update_fields=["sort_key"])
            terms = entry_terms(entry)
            pending.append((entry.sort_key, terms))
            if len(pending) >= batch_size:
                backend.add(sorted(pending, key=lambda row: row[0]))
                pending = []
            vocab.update(terms.title_words)
            count += 1
        if pending:
            backend.add(sorted(pending, key=lambda row: row[0]))
            pending = []
        total += count
        if stdout is not None:
            stdout.write(f"{source.kind}: {count}\n")
    for word, df in vocab.items():
        updated = SearchWord.objects.filter(word=word[:64]).update(df=F("df") + df)
        if not updated:
            SearchWord.objects.create(word=word[:64], df=df)
    backend.optimize()
    _bump_version()
    record_event(
        "cchc.search.index.rebuild", actor=actor, data={"kinds": kinds or "all", "total": total}
    )
    return total


def index_rebuild_native(*, workers: int = 1, stdout=None, chunk: int = 5000, actor=None) -> int:
    """Rebuild the native inverted index and the word list from the stored entries (after
    a change to the analysis code): no source object is read, analysis runs in
    ``workers`` processes, rows are written in bulk. On PostgreSQL the GIN index is
    rebuilt at the end; searches wait until the rebuild commits: run it off-peak."""
    import multiprocessing

    backend = backend_for(connection)
    total = 0
    vocab: Counter[str] = Counter()
    with transaction.atomic():
        backend.bulk_begin()
        pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None
        try:
            for out, words in _analysed(_entry_chunks(chunk), pool, workers):
                backend.bulk_add(out)
                vocab.update(words)
                total += len(out)
                if stdout is not None and total % 100_000 < chunk:
                    stdout.write(f"  … {total:,}\n")
        finally:
            if pool:
                pool.close()
                pool.join()
        SearchWord.objects.all().delete()
        SearchWord.objects.bulk_create(
            [SearchWord(word=w[:64], df=n) for w, n in vocab.items()], batch_size=5000
        )
        backend.bulk_end(workers=workers)  # all or nothing: a failure keeps the old index
    _bump_version()
    record_event("cchc.search.index.rebuild_native", actor=actor, data={"total": total})
    return total


def _entry_chunks(chunk: int):
    """The stored entries, ``chunk`` rows at a time, each with the database's vendor."""
    vendor = connection.vendor
    rows = (
        SearchEntry.objects.exclude(sort_key=None).order_by("sort_key").values_list(*ENTRY_FIELDS)
    )
    batch = []
    for row in rows.iterator(chunk_size=chunk):
        batch.append(row)
        if len(batch) >= chunk:
            yield (vendor, batch)
            batch = []
    if batch:
        yield (vendor, batch)


def _analysed(chunks, pool, workers: int):
    """Each chunk analysed (``_prepare_chunk``), in order, by ``pool`` when there is one.

    Entries are read here, in this thread (the connection is thread-bound); at most
    2 × workers chunks are in flight."""
    if pool is None:
        yield from map(_prepare_chunk, chunks)
        return
    pending = []
    for job in chunks:
        pending.append(pool.apply_async(_prepare_chunk, (job,)))
        if len(pending) >= 2 * workers:
            yield pending.pop(0).get()
    for result in pending:
        yield result.get()


ABBREVIATIONS_VERSION_KEY = "sitesearch:abbreviations:version"


def abbreviations_changed() -> None:
    """The abbreviation table changed: searches read it afresh (and cached query
    results, keyed by the index version, are dropped)."""
    try:
        cache.incr(ABBREVIATIONS_VERSION_KEY)
    except ValueError:
        cache.set(ABBREVIATIONS_VERSION_KEY, 1, None)
    _bump_version()
