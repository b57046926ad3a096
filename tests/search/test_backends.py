"""Index backends: what the PostgreSQL planner-statistics shortcuts rely on."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cchc.search.analysis import Tier
from cchc.search.backends import TSV_TABLE, PostgresBackend, backend_for

pytestmark = pytest.mark.django_db


def test_upper_bound_is_the_rarest_clause(monkeypatch):
    """A conjunction matches at most as many entries as its rarest clause; a term the
    statistics do not list is rarer than every listed one."""
    backend = PostgresBackend(connection)
    freqs = {"cai": 0.5, "cach": 0.4, "cai_cach": 0.2, "_tcai": 0.03}
    monkeypatch.setattr(backend, "term_frequencies", lambda: (freqs, 0.001, 1_000_000.0))
    assert backend.upper_bound(Tier("t", ("cai", "cach", "cai_cach")), ()) == 200_000
    assert backend.upper_bound(Tier("t", ("cai", "zzz")), ()) == pytest.approx(2_000)
    # A disjunction (keys) adds its terms' shares.
    title = Tier("t", any_of=("cai", "cach"), field="title")  # _tcai | _tcach
    assert backend.upper_bound(title, ()) == pytest.approx(32_000)
    # No statistics: unknown (0), not "no matches".
    monkeypatch.setattr(backend, "term_frequencies", lambda: ({}, 0.0, 0.0))
    assert backend.upper_bound(Tier("t", ("cai",)), ()) == 0.0


@pytest.mark.postgres
def test_term_frequencies_count_the_indexed_entries(make_legal):
    """After ANALYZE the statistics know the table's size and its common terms
    (a regression: the size was read from partitions only, so it was always 0)."""
    for i in range(40):
        make_legal(f"Cải cách hành chính số {i}", description="Kiểm soát thủ tục")
    backend = backend_for(connection)
    backend.optimize()
    cache.delete("sitesearch:pg-term-freqs")
    freqs, other, entries = backend.term_frequencies()
    assert entries == pytest.approx(40, abs=1)
    assert freqs["cai"] == pytest.approx(1.0)
    assert 0 < other < 1
    assert backend.upper_bound(Tier("t", ("cai", "cach")), ()) == pytest.approx(40, abs=1)


def test_vectors_carry_the_year_of_the_date():
    """PostgreSQL vectors get ``_md<year>`` from the month term (recency windows)."""
    from cchc.search.analysis import analyse_document

    dated = analyse_document(title="Cải cách", body="", kind="article", year=2021, month=202203)
    assert "_md2022" in PostgresBackend.lexemes(dated)  # the date's year, not ``year``
    assert "_my2021" in PostgresBackend.lexemes(dated)
    undated = analyse_document(title="Cải cách", body="", kind="legal", year=2021)
    assert not [t for t in PostgresBackend.lexemes(undated) if t.startswith("_md")]
    assert "'_md2022'" in PostgresBackend.tsvector_literal(dated)


def test_recency_windows_are_newest_months_then_newest_years(monkeypatch):
    backend = PostgresBackend(connection)
    months = [(202611, 40), (202610, 40), (202609, 40)]
    months += [(202500 + m, 100) for m in range(12, 0, -1)]
    months += [(y * 100 + 6, 200) for y in range(2024, 2000, -1)]
    monkeypatch.setattr(backend, "recency_counts", lambda: months)
    monkeypatch.setattr(backend, "WINDOW_MIN_ENTRIES", (50, 1000))
    total = sum(n for _m, n in months)
    (recent, share1), (years, share2) = backend.recency_windows()
    assert recent == ("_mm202611", "_mm202610") and share1 == pytest.approx(80 / total)
    assert years == ("_md2026", "_md2025") and share2 == pytest.approx(1320 / total)
    # Too small an index for windows: none (every tier reads the whole index).
    monkeypatch.setattr(backend, "WINDOW_MIN_ENTRIES", (10**6, 10**7))
    assert backend.recency_windows() == []


@pytest.fixture
def spread(make_article):
    """Matching articles over 12 years, one a quarter, among as many that do not match."""
    import datetime as dt

    dates = [dt.date(2015 + i // 4, 1 + 3 * (i % 4), 10) for i in range(48)]
    for i, date in enumerate(dates):
        make_article(f"Hội nghị tiếp dân số {i}", date=date)
        make_article(f"Thông báo lịch công tác {i}", date=date)
    return sorted(dates, reverse=True)


@pytest.mark.postgres
@pytest.mark.parametrize("limit", [1, 3, 10, 30, 60])
def test_windows_give_the_newest_matches(spread, monkeypatch, limit):
    """Through the month window, the year window or the whole index, keys() returns
    exactly the newest ``limit`` matches, newest first."""
    from cchc.search.models import SearchEntry

    backend = backend_for(connection)
    monkeypatch.setattr(backend, "WINDOW_MIN_ENTRIES", (4, 24))
    monkeypatch.setattr(backend, "term_frequencies", lambda: ({"tiep": 0.5}, 0.5, 96.0))
    assert len(backend.recency_windows()) == 2
    found = backend.keys(Tier("t", ("tiep", "dan")), [], limit)
    dates = [SearchEntry.objects.get(sort_key=k).date for k in found]
    assert dates == spread[:limit]


@pytest.mark.postgres
def test_rare_tier_skips_the_recency_windows(make_legal, monkeypatch):
    """A tier the statistics call rare is one query over the whole index; a dense one
    is looked for in the newest months first, and a window that holds few matches
    rules out the larger one."""
    make_legal("Cải cách hành chính", description="Kiểm soát thủ tục")
    backend = backend_for(connection)
    windows = [(("_mm202201",), 0.01), (("_md2022",), 0.1)]
    monkeypatch.setattr(backend, "recency_windows", lambda: windows)
    monkeypatch.setattr(backend, "term_frequencies", lambda: ({"cai": 0.9}, 1e-6, 1e6))

    def selects(tier):
        with CaptureQueriesContext(connection) as ctx:
            found = backend.keys(tier, [], 10)
        return found, [q for q in ctx.captured_queries if f"FROM {TSV_TABLE}" in q["sql"]]

    found, queries = selects(Tier("t", ("kiem",)))
    assert len(found) == 1 and len(queries) == 1
    found, queries = selects(Tier("t", ("cai",)))
    # the month window (no match in it), then straight to the whole index
    assert len(found) == 1 and len(queries) == 2
    assert "_mm202201" in queries[0]["sql"] and "_m" not in queries[1]["sql"]


@pytest.mark.postgres
def test_migration_adds_the_date_years(make_article):
    import datetime as dt
    import importlib

    make_article("Cải cách hành chính", date=dt.date(2019, 4, 2))
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {TSV_TABLE} SET tsv = ts_delete(tsv, '_md2019')")
        cursor.execute(f"SELECT count(*) FROM {TSV_TABLE} WHERE tsv @@ '_md2019'::tsquery")
        assert cursor.fetchone()[0] == 0
        migration = importlib.import_module("cchc.search.migrations.0005_pg_date_year_terms")
        migration.add_date_years(None, connection.schema_editor())
        cursor.execute(f"SELECT count(*) FROM {TSV_TABLE} WHERE tsv @@ '_md2019'::tsquery")
        assert cursor.fetchone()[0] == 1


@pytest.mark.postgres
def test_windows_see_a_new_month_indexed_by_another_process(make_article, monkeypatch):
    """Without a shared cache, another process's new entries do not bump this process's
    index version: a new month must still join the newest window."""
    import datetime as dt

    backend = backend_for(connection)
    monkeypatch.setattr(backend, "WINDOW_MIN_ENTRIES", (1, 2))
    make_article("Tin tháng ba", date=dt.date(2026, 3, 5))
    make_article("Tin tháng tư", date=dt.date(2026, 4, 5))
    assert backend.recency_windows()[0][0] == ("_mm202604",)
    version = cache.get("sitesearch:version", 0)
    make_article("Tin tháng năm", date=dt.date(2026, 5, 5))
    cache.set("sitesearch:version", version)  # as if indexed elsewhere
    assert backend.recency_windows()[0][0] == ("_mm202605",)
