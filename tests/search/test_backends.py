"""Index backends: what the PostgreSQL planner-statistics shortcuts rely on."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cchc.search.analysis import Tier
from cchc.search.backends import TSV_TABLE, PostgresBackend, backend_for

pytestmark = pytest.mark.django_db


def test_estimate_lies_between_independent_product_and_rarest_clause(monkeypatch):
    """Correlated terms (a bigram and its words) are not multiplied as if independent."""
    backend = PostgresBackend(connection)
    freqs = {"cai": 0.5, "cach": 0.4, "cai_cach": 0.2}
    monkeypatch.setattr(backend, "term_frequencies", lambda: (freqs, 0.001, 1_000_000.0))
    expected = backend.estimated_matches(Tier("t", ("cai", "cach", "cai_cach")), ())
    assert 0.5 * 0.4 * 0.2 * 1_000_000 < expected < 0.2 * 1_000_000
    assert expected == pytest.approx(0.2 * 0.4**0.5 * 0.5**0.25 * 1_000_000)
    # An unknown (rare) term keeps the estimate small.
    rare = backend.estimated_matches(Tier("t", ("cai", "zzz")), ())
    assert rare < 0.001 * 1_000_000
    # No statistics: unknown, not zero matches.
    monkeypatch.setattr(backend, "term_frequencies", lambda: ({}, 0.0, 0.0))
    assert backend.estimated_matches(Tier("t", ("cai",)), ()) == 0.0


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
    assert backend.estimated_matches(Tier("t", ("cai", "cach")), ()) == pytest.approx(40, abs=1)


@pytest.mark.postgres
def test_rare_tier_skips_the_recency_windows(make_legal, monkeypatch):
    """A tier the statistics call rare is one query over the whole index; a dense one
    is looked for in the newest months first."""
    make_legal("Cải cách hành chính", description="Kiểm soát thủ tục")
    backend = backend_for(connection)
    monkeypatch.setattr(backend, "month_windows", lambda: [((202201,), 0.01, 0)])
    monkeypatch.setattr(backend, "term_frequencies", lambda: ({"cai": 0.9}, 1e-6, 1e6))

    def selects(tier):
        with CaptureQueriesContext(connection) as ctx:
            found = backend.keys(tier, [], 10)
        return found, [q for q in ctx.captured_queries if f"FROM {TSV_TABLE}" in q["sql"]]

    found, queries = selects(Tier("t", ("kiem",)))
    assert len(found) == 1 and len(queries) == 1
    found, queries = selects(Tier("t", ("cai",)))
    assert len(found) == 1 and len(queries) == 2  # the window, then the whole index
