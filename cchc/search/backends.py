# ruff: noqa: S608  -- only the constant table names below are interpolated; values are bound.
"""Native inverted indexes over pre-analysed terms, one per database vendor.

Both store, per ``SearchEntry.sort_key``, the flat term list of
:func:`cchc.search.analysis.index_terms` (plain "anywhere" terms, ``_t`` title terms,
``_k`` own keys, ``_m`` filters) and answer one question fast: *the newest N entries
whose terms satisfy a tier* (:func:`~cchc.search.analysis.tier_clauses`: a conjunction
of disjunctions). Ranking is the tier order (see ``selectors``), so no backend scores
documents.

* SQLite: an FTS5 table ``sitesearch_fts(terms)``, contentless, ``detail=none`` (posting
  lists are rowids only: no positions or columns to decode), ``columnsize=0``, tokenizer
  ``unicode61 remove_diacritics 0 tokenchars '_/-'`` fed with the terms. Its rowid is the
  sort key, so ``ORDER BY rowid DESC LIMIT n`` walks posting lists newest first and stops.
* PostgreSQL: ``sitesearch_tsv(sort_key bigint primary key, tsv tsvector)`` with a GIN
  index; lexemes are the terms, built with ``array_to_tsvector`` (no parser, so keys like
  ``63/2010/nd-cp`` stay whole and their parts are terms of their own).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from contextlib import contextmanager, nullcontext

from django.db import transaction

from .analysis import META_PREFIX, DocumentTerms, Tier, index_terms, tier_clauses
from .models import SORT_KEY_FACTOR

FTS_TABLE = "sitesearch_fts"
TSV_TABLE = "sitesearch_tsv"
_MONTH_TERM = re.compile(r"m\d{6}\Z")  # meta term of a date's month: m202611


def _q(term: str) -> str:
    """An FTS5 string literal."""
    return '"' + term.replace('"', '""') + '"'


def _tsq(term: str) -> str:
    """A tsquery lexeme literal."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class SqliteBackend:
    vendor = "sqlite"

    def __init__(self, connection):
        self.connection = connection

    # -- schema
    def create_schema(self, cursor) -> None:
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
            "terms, content='', detail=none, columnsize=0, "
            "tokenize=\"unicode61 remove_diacritics 0 tokenchars '_/-'\")"
        )

    def drop_schema(self, cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")

    # -- writes
    @staticmethod
    def row(sort_key: int, terms: DocumentTerms) -> tuple[int, str]:
        return (sort_key, " ".join(index_terms(terms)))

    def add(self, rows: Iterable[tuple[int, DocumentTerms]]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE}(rowid, terms) VALUES (%s, %s)",
                [self.row(k, t) for k, t in rows],
            )

    def remove(self, rows: Iterable[tuple[int, DocumentTerms]]) -> None:
        # Contentless FTS5 deletes need the indexed values; they are re-analysed from
        # the stored SearchEntry (analysis is deterministic). rebuild_search resets all.
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, terms) VALUES ('delete', %s, %s)",
                [self.row(k, t) for k, t in rows],
            )

    def clear(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")

    # -- bulk rebuild: bulk_begin(), bulk_add(rows made by row()) ..., bulk_end()
    def bulk_begin(self) -> None:
        with self.connection.cursor() as cursor:
            self.drop_schema(cursor)
            self.create_schema(cursor)

    def bulk_add(self, rows: list[tuple[int, str]]) -> None:
        # Ascending rowids: FTS5 flushes its pending index whenever a rowid goes back.
        with self.connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {FTS_TABLE}(rowid, terms) VALUES (%s, %s)", rows)

    def bulk_end(self, workers: int = 1) -> None:
        self.optimize()

    def optimize(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")

    # -- reads
    def read_session(self):
        return nullcontext()

    @staticmethod
    def match_expression(tier: Tier, filters: Sequence[str]) -> str:
        parts = []
        for clause in tier_clauses(tier, filters):
            if len(clause) == 1:
                parts.append(_q(clause[0]))
            else:
                parts.append("(" + " OR ".join(_q(t) for t in clause) + ")")
        return " AND ".join(parts)

    def keys(
        self, tier: Tier, filters: Sequence[str], limit: int, expected: float | None = None
    ) -> list[int]:
        """Newest ``limit`` matches: FTS5 walks the posting lists by rowid (= sort key)
        from the newest and stops (``expected`` is not needed)."""
        expr = self.match_expression(tier, filters)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                "ORDER BY rowid DESC LIMIT %s",
                [expr, limit],
            )
            return [r[0] for r in cursor.fetchall()]

    def size_bytes(self) -> int:
        with self.connection.cursor() as cursor:
            try:
                cursor.execute(
                    "SELECT sum(pgsize) FROM dbstat WHERE name LIKE %s", [FTS_TABLE + "%"]
                )
                return int(cursor.fetchone()[0] or 0)
            except Exception:  # noqa: BLE001 - dbstat is optional in SQLite builds
                return 0


class PostgresBackend:
    vendor = "postgresql"
    WINDOW_MIN_ENTRIES = (2000, 20000)  # smallest recency windows (months, years)

    def __init__(self, connection):
        self.connection = connection

    def create_schema(self, cursor) -> None:
        cursor.execute(
            "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' "
            "AND 'lz4' = ANY(enumvals)"
        )
        compression = " COMPRESSION lz4" if cursor.fetchone() else ""
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {TSV_TABLE} ("
            f"sort_key bigint PRIMARY KEY, tsv tsvector{compression} NOT NULL)"
        )
        # Vectors go to TOAST so heap rows stay ~50 bytes: a bitmap heap scan (exact GIN
        # matches need no recheck) then touches few pages. Plans that would filter rows
        # by detoasting vectors are disabled (see read_session()).
        cursor.execute(f"ALTER TABLE {TSV_TABLE} SET (toast_tuple_target = 128)")
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {TSV_TABLE}_gin ON {TSV_TABLE} USING gin (tsv)")

    def drop_schema(self, cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {TSV_TABLE}")

    @staticmethod
    def lexemes(terms: DocumentTerms) -> list[str]:
        """The shared index terms, plus the year of the document's date (``_md2026``,
        from its month term): the recency windows' coarse unit (see keys())."""
        out = index_terms(terms)
        out.extend(META_PREFIX + "d" + m[1:5] for m in terms.meta if _MONTH_TERM.match(m))
        return out

    @classmethod
    def tsvector_literal(cls, terms: DocumentTerms) -> str:
        return " ".join(_tsq(t) for t in cls.lexemes(terms))

    def add(self, rows: Iterable[tuple[int, DocumentTerms]]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TSV_TABLE}(sort_key, tsv) VALUES (%s, array_to_tsvector(%s)) "
                "ON CONFLICT (sort_key) DO UPDATE SET tsv = EXCLUDED.tsv",
                [(k, self.lexemes(t)) for k, t in rows],
            )

    def remove(self, rows: Iterable[tuple[int, DocumentTerms]]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"DELETE FROM {TSV_TABLE} WHERE sort_key = %s", [(k,) for k, _t in rows]
            )

    def clear(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {TSV_TABLE}")

    # -- bulk rebuild: bulk_begin(), bulk_add(rows made by copy_row()) ..., bulk_end()
    @staticmethod
    def copy_row(sort_key: int, terms: DocumentTerms) -> tuple[int, str]:
        return (sort_key, PostgresBackend.tsvector_literal(terms))

    def bulk_begin(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {TSV_TABLE}")
            cursor.execute(f"DROP INDEX IF EXISTS {TSV_TABLE}_gin")

    def bulk_add(self, rows: list[tuple[int, str]]) -> None:
        with (
            self.connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {TSV_TABLE} (sort_key, tsv) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    def bulk_end(self, workers: int = 1) -> None:
        """Build the GIN index after a bulk load (PostgreSQL 15 builds it on one core),
        then refresh the planner statistics the search relies on."""
        with self.connection.cursor() as cursor:
            cursor.execute(f"CREATE INDEX {TSV_TABLE}_gin ON {TSV_TABLE} USING gin (tsv)")
            cursor.execute(f"ANALYZE {TSV_TABLE}")

    def optimize(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {TSV_TABLE}")

    @classmethod
    def tsquery(cls, tier: Tier, filters: Sequence[str]) -> str:
        parts = []
        for clause in tier_clauses(tier, filters):
            if len(clause) == 1:
                parts.append(_tsq(clause[0]))
            else:
                parts.append("(" + " | ".join(_tsq(t) for t in clause) + ")")
        return " & ".join(parts)

    @contextmanager
    def read_session(self):
        """A transaction in which the planner may not filter rows by detoasting their
        vectors (index scan on the sort key, sequential scan): GIN bitmap scans only.
        Reentrant: a search opens one session for all of its index queries."""
        if getattr(self.connection, "_sitesearch_session", False):
            yield
            return
        with transaction.atomic(using=self.connection.alias):
            with self.connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off")
            self.connection._sitesearch_session = True
            try:
                yield
            finally:
                self.connection._sitesearch_session = False

    def recency_counts(self) -> list[tuple[int, int]]:
        """(yyyymm, entries) newest first, by date. Cached until the index changes, and
        read again whenever an entry is newer than the newest cached month (another
        process may have indexed it without a shared cache to tell this one): a window
        that missed the newest month would list older matches first."""
        from django.core.cache import cache

        version = cache.get("sitesearch:version", 0)
        key = f"sitesearch:pg-months:{version}"
        months = cache.get(key)
        if months is not None:
            # Any entry dated after the newest cached month? (one index probe)
            after = 1
            if months:
                year, month = divmod(months[0][0], 100)
                after = dt.date(year + month // 12, month % 12 + 1, 1).toordinal()
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT 1 FROM sitesearch_searchentry WHERE sort_key >= %s LIMIT 1",
                    [after * SORT_KEY_FACTOR],
                )
                if cursor.fetchone():
                    months = None
        if months is None:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT (extract(year FROM date) * 100 + extract(month FROM date))::int m, "
                    "count(*) FROM sitesearch_searchentry WHERE date IS NOT NULL "
                    "GROUP BY 1 ORDER BY 1 DESC"
                )
                months = [(int(m), int(n)) for m, n in cursor.fetchall()]
            cache.set(key, months, 3600)
        return months

    def recency_windows(self) -> list[tuple[tuple[str, ...], float]]:
        """Windows of the newest entries as (filter terms, any of which an entry in the
        window has; share of all entries): the newest months holding ≥ 1% of entries,
        then the newest (date) years holding ≥ 10%. Each window is a few terms: a
        disjunction of many terms costs the GIN scan more than it saves."""
        months = self.recency_counts()
        total = sum(n for _m, n in months)
        if not total:
            return []
        windows = []
        acc, chosen = 0, []
        for month, n in months:
            chosen.append(META_PREFIX + f"m{month}")
            acc += n
            if acc >= max(self.WINDOW_MIN_ENTRIES[0], total // 100):
                break
        if acc < total:
            windows.append((tuple(chosen), acc / total))
        by_year: dict[int, int] = {}
        for month, n in months:
            by_year[month // 100] = by_year.get(month // 100, 0) + n
        acc, chosen = 0, []
        for year, n in by_year.items():  # newest first
            chosen.append(META_PREFIX + f"d{year}")
            acc += n
            if acc >= max(self.WINDOW_MIN_ENTRIES[1], total // 10):
                break
        if acc < total and acc / total > (windows[-1][1] if windows else 0) and len(chosen) <= 3:
            windows.append((tuple(chosen), acc / total))
        return windows

    def term_frequencies(self) -> tuple[dict[str, float], float, float]:
        """(share of entries per common term, share assumed for any other term, number
        of entries), from the planner's statistics of the GIN column (most common
        elements, refreshed by ANALYZE). Cached for an hour."""
        from django.core.cache import cache

        key = "sitesearch:pg-term-freqs"
        found = cache.get(key)
        if found is None:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT most_common_elems::text::text[], most_common_elem_freqs "
                    "FROM pg_stats WHERE tablename = %s AND attname = 'tsv'",
                    [TSV_TABLE],
                )
                row = cursor.fetchone()
                # Rows of the table itself, or of its partitions if it has any.
                cursor.execute(
                    "SELECT greatest(c.reltuples, 0) + coalesce((SELECT sum(greatest("
                    "k.reltuples, 0)) FROM pg_inherits i JOIN pg_class k ON k.oid = i.inhrelid "
                    "WHERE i.inhparent = c.oid), 0) FROM pg_class c WHERE c.oid = %s::regclass",
                    [TSV_TABLE],
                )
                size = cursor.fetchone()
            entries = float(size[0]) if size and size[0] and size[0] > 0 else 0.0
            if row and row[0] and row[1] and len(row[1]) >= len(row[0]) + 2:
                elems, freqs = row
                found = (
                    dict(zip(elems, freqs, strict=False)),
                    float(freqs[len(elems)]) / 2,
                    entries,
                )
            else:
                found = ({}, 0.0, entries)  # no statistics yet: small or new index
            cache.set(key, found, 3600)
        return found

    def upper_bound(self, tier: Tier, filters: Sequence[str]) -> float:
        """At most how many entries can satisfy the tier (its rarest clause), or 0 when
        the statistics are not there yet."""
        freqs, other, entries = self.term_frequencies()
        if not entries or not freqs:
            return 0.0
        rarest = 1.0
        for clause in tier_clauses(tier, filters):
            rarest = min(rarest, sum(freqs.get(term, 2 * other) for term in clause))
        return min(1.0, rarest) * entries

    def _select(self, cursor, tsquery: str, limit: int) -> list[int]:
        cursor.execute(
            f"SELECT sort_key FROM {TSV_TABLE} WHERE tsv @@ %s::tsquery "
            "ORDER BY sort_key DESC LIMIT %s",
            [tsquery, limit],
        )
        return [r[0] for r in cursor.fetchall()]

    def keys(
        self, tier: Tier, filters: Sequence[str], limit: int, expected: float | None = None
    ) -> list[int]:
        """Newest ``limit`` matches.

        A GIN scan yields every match, unordered, and intersecting the long posting lists
        of common syllables costs tens of milliseconds; adding one rare term (a month)
        lets the scan skip through them. So the newest months (1% of entries) are tried
        first, unless the tier's rarest term says they cannot hold ``limit`` matches;
        how many they hold then predicts whether the newest years (10%) will, or only the
        whole index. ``expected``: the caller's own estimate of the tier's matches in the
        whole index (measured on a sample), used instead of the rarest clause."""
        query = self.tsquery(tier, filters)
        measured = expected is not None
        total = expected if measured else self.upper_bound(tier, filters)
        with self.read_session(), self.connection.cursor() as cursor:
            for terms, share in self.recency_windows():
                if (measured or total) and total * share < limit:
                    continue  # this window cannot fill the page: do not scan it
                window = " | ".join(_tsq(t) for t in terms)
                found = self._select(cursor, f"{query} & ({window})", limit)
                if len(found) >= limit:
                    return found
                total, measured = len(found) / share, True
            return self._select(cursor, query, limit)

    def tier_flags(self, keys: Sequence[int], tiers: Sequence[Tier]) -> dict[int, tuple]:
        """Which of ``tiers`` each of ``keys`` satisfies: one query reading those rows'
        vectors, no index scan."""
        if not keys or not tiers:
            return {}
        flags = ", ".join(["tsv @@ %s::tsquery"] * len(tiers))
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT sort_key, {flags} FROM {TSV_TABLE} WHERE sort_key = ANY(%s)",
                [*(self.tsquery(t, ()) for t in tiers), list(keys)],
            )
            return {key: tuple(matched) for key, *matched in cursor.fetchall()}

    def rank(self, keys: Sequence[int], tiers: Sequence[Tier]) -> list[int]:
        """``keys`` (a complete, small match set) in rank order: by the first tier each
        satisfies, newest first within a tier; one query, no further index scans."""
        ranked = []
        for key, matched in self.tier_flags(keys, tiers).items():
            first = next((i for i, hit in enumerate(matched) if hit), None)
            if first is not None:
                ranked.append((first, -key))
        return [-key for _first, key in sorted(ranked)]

    def size_bytes(self) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT pg_total_relation_size('{TSV_TABLE}')")
            return int(cursor.fetchone()[0] or 0)


def bulk_row_function(vendor: str):
    """The (picklable) function turning (sort key, DocumentTerms) into a bulk row."""
    return PostgresBackend.copy_row if vendor == "postgresql" else SqliteBackend.row


def backend_for(connection):
    """The index backend for ``connection`` (SQLite or PostgreSQL)."""
    if connection.vendor == "postgresql":
        return PostgresBackend(connection)
    if connection.vendor == "sqlite":
        return SqliteBackend(connection)
    raise NotImplementedError(f"site search has no backend for {connection.vendor}")
