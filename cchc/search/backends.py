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

from collections.abc import Iterable, Sequence

from django.db import transaction

from .analysis import META_PREFIX, DocumentTerms, Tier, index_terms, tier_clauses

FTS_TABLE = "sitesearch_fts"
TSV_TABLE = "sitesearch_tsv"


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

    def optimize(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")

    # -- reads
    @staticmethod
    def match_expression(tier: Tier, filters: Sequence[str]) -> str:
        parts = []
        for clause in tier_clauses(tier, filters):
            if len(clause) == 1:
                parts.append(_q(clause[0]))
            else:
                parts.append("(" + " OR ".join(_q(t) for t in clause) + ")")
        return " AND ".join(parts)

    def keys(self, tier: Tier, filters: Sequence[str], limit: int) -> list[int]:
        expr = self.match_expression(tier, filters)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
                "ORDER BY rowid DESC LIMIT %s",
                [expr, limit],
            )
            return [r[0] for r in cursor.fetchall()]

    def count(self, tier: Tier, filters: Sequence[str], limit: int) -> int:
        expr = self.match_expression(tier, filters)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH %s LIMIT %s)",
                [expr, limit],
            )
            return cursor.fetchone()[0]

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

    def __init__(self, connection):
        self.connection = connection

    def create_schema(self, cursor) -> None:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {TSV_TABLE} ("
            "sort_key bigint PRIMARY KEY, tsv tsvector NOT NULL)"
        )
        # Vectors go to TOAST so heap rows stay ~50 bytes: a bitmap heap scan (exact GIN
        # matches need no recheck) then touches few pages. Plans that would filter rows
        # by detoasting vectors are disabled per query (see keys()).
        cursor.execute(f"ALTER TABLE {TSV_TABLE} SET (toast_tuple_target = 128)")
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {TSV_TABLE}_gin ON {TSV_TABLE} USING gin (tsv)")

    def drop_schema(self, cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {TSV_TABLE}")

    @staticmethod
    def lexemes(terms: DocumentTerms) -> list[str]:
        return index_terms(terms)

    @staticmethod
    def tsvector_literal(terms: DocumentTerms) -> str:
        return " ".join(_tsq(t) for t in index_terms(terms))

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

    def month_windows(self) -> list[tuple[int, ...]]:
        """Recency windows as month lists: the newest months holding ≥ 1% of entries,
        then ≥ 10%; the caller falls back to everything. Cached until the index changes."""
        from django.core.cache import cache

        version = cache.get("sitesearch:version", 0)
        key = f"sitesearch:pg-windows:{version}"
        windows = cache.get(key)
        if windows is None:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT (extract(year FROM date) * 100 + extract(month FROM date))::int m, "
                    "count(*) FROM sitesearch_searchentry WHERE date IS NOT NULL "
                    "GROUP BY 1 ORDER BY 1 DESC"
                )
                months = cursor.fetchall()
            total = sum(n for _m, n in months) or 1
            windows, acc, chosen = [], 0, []
            targets = [max(2000, total // 100), max(20000, total // 10)]
            for month, n in months:
                chosen.append(month)
                acc += n
                if targets and acc >= targets[0]:
                    targets.pop(0)
                    if acc < total:
                        windows.append(tuple(chosen))
                if not targets:
                    break
            cache.set(key, windows, 3600)
        return windows

    def _select(self, cursor, tsquery: str, limit: int) -> list[int]:
        cursor.execute(
            f"SELECT sort_key FROM {TSV_TABLE} WHERE tsv @@ %s::tsquery "
            "ORDER BY sort_key DESC LIMIT %s",
            [tsquery, limit],
        )
        return [r[0] for r in cursor.fetchall()]

    def keys(self, tier: Tier, filters: Sequence[str], limit: int) -> list[int]:
        """Newest ``limit`` matches: searched in the newest months first, so a syllable
        found in 90% of documents reads a few thousand rows, not all of them."""
        query = self.tsquery(tier, filters)
        with transaction.atomic(using=self.connection.alias), self.connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_indexscan = off")
            cursor.execute("SET LOCAL enable_seqscan = off")
            for months in self.month_windows():
                window = " | ".join(_tsq(f"{META_PREFIX}m{m}") for m in months)
                found = self._select(cursor, f"{query} & ({window})", limit)
                if len(found) >= limit:
                    return found
            return self._select(cursor, query, limit)

    def count(self, tier: Tier, filters: Sequence[str], limit: int) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {TSV_TABLE} "
                "WHERE tsv @@ %s::tsquery LIMIT %s) s",
                [self.tsquery(tier, filters), limit],
            )
            return cursor.fetchone()[0]

    def size_bytes(self) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT pg_total_relation_size('{TSV_TABLE}')")
            return int(cursor.fetchone()[0] or 0)


def backend_for(connection):
    """The index backend for ``connection`` (SQLite or PostgreSQL)."""
    if connection.vendor == "postgresql":
        return PostgresBackend(connection)
    if connection.vendor == "sqlite":
        return SqliteBackend(connection)
    raise NotImplementedError(f"site search has no backend for {connection.vendor}")
