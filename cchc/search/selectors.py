"""Reads: search, facets, suggestions, autocomplete.

Ranking is by tiers (``analysis.plan_tiers``): the results are the matches of the first
tier (newest first), then those of the next tier not already listed, and so on, until
the requested page is filled. Each tier is one bounded index query
(``ORDER BY key DESC LIMIT n``), so a query for a syllable found in 90% of documents
costs no more than one for a rare word.

Totals are exact up to ``COUNT_EXACT`` matches. Beyond that they are *estimated* from
how deep in the index (newest first) the ``COUNT_EXACT + 1``-th match lies: if it is
found among the newest 5% of entries, there are about 20 × that many matches
("khoảng 1.200 kết quả"). An exact total would mean intersecting the whole posting
lists of common syllables, which costs tens of milliseconds at a million documents.
Paging to the end turns an estimate into the exact total.

Why over 500 lines: the ranking tiers, facets and suggestions read the same cached
statistics; to be split into a package (search/selectors/) when next touched.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection

from cchc.core.text import fold, nfc

from . import ranking
from .analysis import (
    ParsedQuery,
    Tier,
    edit_distance,
    highlight,
    highlight_title,
    meta_terms,
    parse_query,
    plan_tiers,
    syllables,
)
from .backends import backend_for
from .models import SORT_KEY_FACTOR, SearchAbbreviation, SearchEntry, SearchWord
from .registry import get_source, sources
from .services import ABBREVIATIONS_VERSION_KEY, INDEX_VERSION_KEY

logger = logging.getLogger("cchc.search")

PER_PAGE = 10
MAX_RESULTS = 1000  # deepest result reachable by paging
COUNT_EXACT = 50  # totals up to this are exact; beyond, estimated ("khoảng 1.200")
MAX_PAGE = MAX_RESULTS // PER_PAGE
HISTOGRAM_DAYS = 30  # entries are counted per 30-day bucket for estimates
QUERY_CACHE_TTL = 300  # seconds: ranked keys of a query (dropped at once on index changes)
HISTOGRAM_TTL = 300  # seconds: estimates tolerate a histogram a few minutes old


@dataclass
class Hit:
    entry: SearchEntry
    title_html: str
    snippet_html: str
    kind_label: str


@dataclass
class Facet:
    kind: str
    label: str
    count: int | None  # None: present beyond the sampled matches, not counted
    approximate: bool
    selected: bool


@dataclass
class SearchResults:
    query: ParsedQuery
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    approximate: bool = False  # total (and facet counts) estimated
    page: int = 1
    num_pages: int = 0
    facets: list[Facet] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    kind: str = ""
    year: int | None = None
    suggestion: str = ""
    corrected_from: str = ""  # the query as typed, when its correction's results are shown
    best_level: int = 0  # best title match among the first results (ranking.title_level)

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def start_index(self) -> int:
        return (self.page - 1) * PER_PAGE + 1

    @property
    def page_range(self) -> list[int]:
        return [n for n in range(max(1, self.page - 2), min(self.num_pages, self.page + 2) + 1)]


def _filters(kind: str, year: int | None) -> list[str]:
    terms = []
    if kind:
        terms.append(meta_terms(kind, None)[0])
    if year:
        terms.append(f"y{int(year)}")
    return terms


class _Run:
    """One search's index queries, memoised per (tier, filters, limit)."""

    def __init__(self):
        self.backend = backend_for(connection)
        self.memo: dict[tuple, tuple[int, list[int]]] = {}

    def keys(
        self, tier: Tier, filters: list[str], limit: int, expected: float | None = None
    ) -> list[int]:
        memo_key = (tier.terms, tier.field, tier.required, tier.any_of, tuple(filters))
        hit = self.memo.get(memo_key)
        if hit is not None and (len(hit[1]) < hit[0] or hit[0] >= limit):
            return hit[1][:limit]
        keys = self.backend.keys(tier, filters, limit, expected)
        self.memo[memo_key] = (limit, keys)
        return list(keys)


def ranked_keys(
    query: ParsedQuery,
    filters: list[str],
    need: int,
    run: _Run | None = None,
    newest: list[int] | None = None,
):
    """Sort keys of the best ``need`` matches, in rank order.

    ``newest``: the newest matches of the loosest tier, newest first, as many as were
    fetched (not all of them). Every word tier is a subset of the loosest one, so the
    newest matches of a word tier down to the last of these keys are exactly those
    among them that satisfy it: one query reads which tiers each satisfies
    (``tier_flags``), and a tier with enough of them needs no index scan; one with too
    few is searched with an estimate of its size (PostgreSQL: no recency window it
    cannot fill is scanned)."""
    run = run or _Run()
    tiers = plan_tiers(query)
    flags: dict[int, tuple] = {}
    newer = 0.0
    if newest and hasattr(run.backend, "tier_flags"):
        newer = newer_share(newest[-1])
        if newer > 0:
            flags = run.backend.tier_flags(newest, tiers)
    ordered: list[int] = []
    seen: set[int] = set()
    for i, tier in enumerate(tiers):
        if len(ordered) >= need:
            break
        if flags and not tier.any_of:  # a word tier (key tiers are not subsets)
            recent = [k for k in newest if flags.get(k, ())[i : i + 1] == (True,)]
            if len(recent) >= need:
                keys = recent[:need]
            else:
                keys = run.keys(tier, filters, need, expected=len(recent) / newer)
        else:
            keys = run.keys(tier, filters, need)
        for key in keys:
            if key not in seen:
                seen.add(key)
                ordered.append(key)
    return ordered[:need]


def matching_keys(query: ParsedQuery, filters: list[str], cap: int, run: _Run) -> list[int]:
    """Up to ``cap`` newest matches of the loose tier (plus key tiers): counts, facets."""
    tiers = plan_tiers(query)
    if not tiers:
        return []
    keys = run.keys(tiers[-1], filters, cap)
    if query.keys and query.words:
        # Key tiers may match documents the loose word tier does not.
        extra = set(keys)
        for key_tier in tiers[:3]:
            for key in run.keys(key_tier, filters, cap):
                if key not in extra:
                    extra.add(key)
                    keys.append(key)
    return keys


def bounded_count(query: ParsedQuery, filters: list[str], cap: int = COUNT_EXACT) -> int:
    """Number of matches, counting at most ``cap + 1``."""
    return len(matching_keys(query, filters, cap + 1, _Run()))


def _kinds(keys: list[int]) -> dict[int, str]:
    """The kind of each given entry (index-only lookups)."""
    if not keys:
        return {}
    table = SearchEntry._meta.db_table
    placeholders = ",".join(["%s"] * len(keys))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT sort_key, kind FROM {table} WHERE sort_key IN ({placeholders})",  # noqa: S608
            keys,
        )
        return dict(cursor.fetchall())


def entry_histogram() -> list[tuple[int, str, int | None, int]]:
    """Indexed entries per (30-day bucket of sort key, kind, year), for estimates
    (cached until the index changes, at most a few minutes)."""
    key = f"sitesearch:histogram:{cache.get('sitesearch:version', 0)}"
    rows = cache.get(key)
    if rows is None:
        width = SORT_KEY_FACTOR * HISTOGRAM_DAYS
        table = SearchEntry._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT sort_key / %s, kind, year, count(*) FROM {table} "  # noqa: S608
                "WHERE sort_key IS NOT NULL GROUP BY 1, 2, 3",
                [width],
            )
            rows = [(int(b), k, y, int(n)) for b, k, y, n in cursor.fetchall()]
        cache.set(key, rows, HISTOGRAM_TTL)
    return rows


def _newer_and_total(last_key: int, kind: str = "", year: int | None = None):
    """(entries at least as new as ``last_key``, all entries), optionally of one kind
    and year, from the cached histogram."""
    width = SORT_KEY_FACTOR * HISTOGRAM_DAYS
    bucket = last_key // width
    part = ((bucket + 1) * width - last_key) / width  # newer share of the last bucket
    newer = total = 0.0
    for b, k, y, n in entry_histogram():
        if (kind and k != kind) or (year and y != year):
            continue
        total += n
        if b > bucket:
            newer += n
        elif b == bucket:
            newer += n * part
    return newer, total


def estimate_total(found: int, last_key: int, *, kind: str = "", year: int | None = None) -> int:
    """Estimated number of matches when the ``found``-th newest match has ``last_key``:
    ``found`` ÷ the share of (filtered) entries at least as new as it."""
    newer, total = _newer_and_total(last_key, kind, year)
    if newer <= 0 or total <= 0:
        return found
    return max(found, min(int(total), round(found * total / newer)))


def newer_share(last_key: int) -> float:
    """Share of all indexed entries at least as new as ``last_key``."""
    newer, total = _newer_and_total(last_key)
    return newer / total if total else 0.0


def round_estimate(n: int) -> int:
    """Two significant digits: 1,234 → 1,200; 87 → 87."""
    if n < 100:
        return n
    scale = 10 ** (int(math.log10(n)) - 1)
    return round(n / scale) * scale


def _count(query: ParsedQuery, kind: str, year: int | None, run: _Run) -> tuple[int, bool, list]:
    """(total, approximate, sample keys) for the query under the kind/year filters."""
    filters = _filters(kind, year)
    sample = matching_keys(query, filters, COUNT_EXACT + 1, run)
    if len(sample) <= COUNT_EXACT:
        return len(sample), False, sample
    loose = run.keys(plan_tiers(query)[-1], filters, COUNT_EXACT + 1)
    if len(loose) <= COUNT_EXACT:  # only the key tiers are capped
        return len(sample), True, sample
    estimate = estimate_total(len(loose), loose[-1], kind=kind, year=year)
    return round_estimate(max(estimate, len(sample))), True, sample


def year_list() -> list[int]:
    """Years present in the index, newest first (cached until the index changes)."""
    version = cache.get("sitesearch:version", 0)
    key = f"sitesearch:years:{version}"
    years = cache.get(key)
    if years is None:
        years = sorted(
            {y for y in SearchEntry.objects.values_list("year", flat=True).distinct() if y},
            reverse=True,
        )
        cache.set(key, years, 600)
    return years


def abbreviation_table() -> dict[str, str]:
    """Active abbreviations, folded short form → expansion (cached until edited)."""
    key = f"sitesearch:abbreviations:{cache.get(ABBREVIATIONS_VERSION_KEY, 0)}"
    table = cache.get(key)
    if table is None:
        table = {
            fold(short).strip(): nfc(expansion).lower().strip()
            for short, expansion in SearchAbbreviation.objects.filter(is_active=True).values_list(
                "short", "expansion"
            )
            if short.strip() and expansion.strip()
        }
        cache.set(key, table, 3600)
    return table


def search(
    raw_query: str | None, *, kind: str = "", year: int | None = None, page: int = 1
) -> SearchResults:
    """The search page's results; never raises on user input.

    When the query finds nothing, or nothing whose title holds its words, and a
    syllable-level correction does (``corrected_words``), the corrected query's results
    are shown with "Có phải bạn muốn tìm: …"; otherwise the correction is only suggested.
    """
    with backend_for(connection).read_session():
        results = _search(raw_query, kind=kind, year=year, page=page)
        query = results.query
        # A title holding the words as a phrase (or a one-word query's word) needs no
        # correction; otherwise a corrected query may find what was meant.
        if not query.words or page > 1 or results.best_level >= min(2, len(query.words)):
            return results
        if results.approximate and _all_known(query.words):
            # Very many matches of known words: a correction would cost more than it
            # could find (a typo of a known word still leaves few matches).
            return results
        run = _Run()
        corrected = corrected_words(query.words, run)
        if not corrected:
            if not results.hits and not kind and not year:
                results.suggestion = suggestion_for(query)
            return results
        better = _search(" ".join(corrected), kind=kind, year=year, page=1)
        if not better.hits:
            return results
        display = _accented(corrected, query.words, better)
        if not results.hits or better.best_level > results.best_level:
            better.suggestion = display
            better.corrected_from = query.text
            return better
        results.suggestion = display
        return results


def _all_known(words: list[str]) -> bool:
    folded = {fold(w) for w in words if not w.isdigit()}
    return SearchWord.objects.filter(word__in=folded).count() == len(folded)


def _accented(corrected: list[str], typed: list[str], results: SearchResults) -> str:
    """The corrected query for display: words as typed where unchanged, corrected words
    in the accented form found in the first results' titles (when the query was typed
    with marks; without, the suggestion is without too)."""
    if not any(fold(w) != w for w in typed):  # typed without marks: suggest without
        return " ".join(corrected)
    forms: dict[str, str] = {}
    for hit in results.hits[:5]:
        for word in syllables(hit.entry.title):
            forms.setdefault(fold(word), word)
    out = []
    for new, old in zip(corrected, typed, strict=False):
        out.append(old if fold(old) == new else forms.get(new, new))
    return " ".join(out)


def _search(raw_query: str | None, *, kind: str, year: int | None, page: int) -> SearchResults:
    query = parse_query(raw_query, abbreviation_table())
    if kind and get_source(kind) is None:
        kind = ""
    years = year_list()
    if year not in years:
        year = None
    results = SearchResults(query=query, kind=kind, year=year, years=years)
    if query.is_empty:
        return results
    page = max(1, min(int(page or 1), MAX_PAGE))
    # The ranked keys, counts and facets of a query are cached until the index (or the
    # abbreviation table) changes: a repeated query costs the entry fetch only.
    digest = hashlib.sha256(f"{query.text}\x00{kind}\x00{year}\x00{page}".encode()).hexdigest()
    state_key = f"sitesearch:q:{cache.get(INDEX_VERSION_KEY, 0)}:{digest[:32]}"
    state = cache.get(state_key)
    if state is None:
        state = _ranked_state(query, kind, year, page)
        cache.set(state_key, state, QUERY_CACHE_TTL)
    ordered = state["ordered"]
    results.total, results.approximate = state["total"], state["approximate"]
    results.num_pages, results.best_level = state["num_pages"], state["best_level"]
    page = state["page"]
    kind_counts, overall = state["kind_counts"], state["overall"]
    overall_approx, sample_size = state["overall_approx"], state["sample_size"]
    results.page = page
    keys = ordered[(page - 1) * PER_PAGE : page * PER_PAGE]
    entries = _visible(SearchEntry.objects.filter(sort_key__in=keys))
    for key in keys:
        entry = entries.get(key)
        if entry is None:
            continue
        source = get_source(entry.kind)
        results.hits.append(
            Hit(
                entry=entry,
                title_html=highlight_title(entry.title, query),
                snippet_html=highlight(entry.body, query),
                kind_label=source.label if source else entry.kind,
            )
        )
    for source in sources():
        found = kind_counts.get(source.kind, 0)
        if not overall_approx:
            count, approx = found, False
        elif found:
            count = round_estimate(max(found, round(overall * found / sample_size)))
            approx = True
        else:
            count, approx = None, True  # none among the newest matches; maybe older ones
        results.facets.append(
            Facet(
                kind=source.kind,
                label=source.label,
                count=count,
                approximate=approx,
                selected=source.kind == kind,
            )
        )
    return results


def _ranked_state(query: ParsedQuery, kind: str, year: int | None, page: int) -> dict:
    """Index work of one results page: ranked keys (up to the page), total, facets."""
    results = SearchResults(query=query)
    run = _Run()
    # One bounded scan of the loose tier gives the total (exact or estimated) and the
    # type facets (the kind of each sampled match comes from its entry).
    overall, overall_approx, sample = _count(query, "", year, run)
    kinds = _kinds(sample)
    kind_counts = Counter(kinds.values())
    if kind and overall_approx:
        total, approximate, _sample = _count(query, kind, year, run)
    elif kind:
        total, approximate = kind_counts.get(kind, 0), False
    else:
        total, approximate = overall, overall_approx
    results.total, results.approximate = total, approximate
    results.num_pages = max(1, -(-min(total, MAX_RESULTS) // PER_PAGE))
    page = min(page, results.num_pages)
    need = max(page * PER_PAGE, ranking.POOL)
    if not overall_approx and hasattr(run.backend, "rank"):
        # The sample is every match: rank it in one pass instead of a scan per tier.
        pool = [k for k in sample if not kind or kinds.get(k) == kind]
        ordered = run.backend.rank(pool, plan_tiers(query))[:need]
    else:
        filters = _filters(kind, year)
        loose = run.keys(plan_tiers(query)[-1], filters, COUNT_EXACT + 1)
        newest = loose if len(loose) > COUNT_EXACT else None  # a sample, not every match
        ordered = ranked_keys(query, filters, need, run, newest)
    if len(ordered) < need:
        # Every tier is exhausted: the ranked list is complete, its length exact.
        results.total, results.approximate = len(ordered), False
        results.num_pages = max(1, -(-len(ordered) // PER_PAGE))
        page = min(page, results.num_pages)
    elif not results.approximate and results.total < len(ordered):
        results.total = len(ordered)
    ordered, results.best_level = _intent_order(query, ordered, kind, year, run)
    if not results.approximate and results.total < len(ordered):
        results.total = len(ordered)
        results.num_pages = max(1, -(-min(results.total, MAX_RESULTS) // PER_PAGE))
    return {
        "ordered": ordered[: max(page * PER_PAGE, ranking.POOL)],
        "total": results.total,
        "approximate": results.approximate,
        "num_pages": results.num_pages,
        "best_level": results.best_level,
        "page": page,
        "kind_counts": dict(kind_counts),
        "overall": overall,
        "overall_approx": overall_approx,
        "sample_size": max(1, len(sample)),
    }


def _probes(query: ParsedQuery, intent: ranking.Intent, kind: str, year: int | None):
    """Extra bounded index queries for the documents a query most likely means, which
    the index order (newest first) may leave outside the pool: documents of the type
    named whose title holds the name ("luật …": titles "Luật số …"), laws and ordinances
    for a bare name, and title matches of the year asked."""
    name = tuple(dict.fromkeys(intent.name))
    if not name or len(name) > 10:
        return []
    probes = []
    if intent.type_name:
        heads = [intent.type_name.split()[-1] + "_so"]
    elif not query.keys:
        heads = ["luat_so", "lenh_so"]
    else:
        heads = []
    for head in heads:
        probes.append(
            (Tier("probe-type", terms=(*name, head), field="title"), _filters(kind, year))
        )
    if intent.years and not year:
        for y in sorted(intent.years)[:2]:
            probes.append((Tier("probe-year", terms=name, field="title"), _filters(kind, y)))
    return probes


def _intent_order(
    query: ParsedQuery, ordered: list[int], kind: str, year: int | None, run: _Run
) -> tuple[list[int], int]:
    """The index order with its first ``ranking.POOL`` results (plus probes) re-ordered
    by intent (``ranking.rerank``); and the best title match level among them."""
    intent = ranking.intent_of(query.words, query.keys, query.suffixes)
    pool = list(dict.fromkeys(ordered[: ranking.POOL]))
    for tier, filters in _probes(query, intent, kind, year):
        for key in run.keys(tier, filters, 10):
            if key not in pool:
                pool.append(key)
    if not pool:
        return ordered, 0
    rows = SearchEntry.objects.filter(sort_key__in=pool).values_list(
        "sort_key", "title", "keys", "facets", "year", "kind"
    )
    position = {key: i for i, key in enumerate(pool)}
    candidates = []
    for sort_key, title, keys, facets, entry_year, entry_kind in rows:
        if kind and entry_kind != kind:
            continue
        facets = facets if isinstance(facets, dict) else {}
        candidates.append(
            ranking.Candidate(
                sort_key=sort_key,
                title=title,
                keys=keys or "",
                doc_type=str(facets.get("doc_type") or ""),
                status=str(facets.get("status") or ""),
                year=entry_year,
                position=position[sort_key],
            )
        )
    top = ranking.rerank(intent, candidates)
    by_key = {c.sort_key: c for c in candidates}
    best = max(
        (ranking.title_level(intent, by_key[k].title, by_key[k].doc_type) for k in top[:PER_PAGE]),
        default=0,
    )
    seen = set(top)
    return top + [k for k in ordered[ranking.POOL :] if k not in seen], best


def _nearest_words(word: str, n: int = 8) -> list[str]:
    """Up to ``n`` title words near ``word`` (edit distance 1, or 2 from 5 letters),
    nearest and most frequent first."""
    if len(word) < 2 or len(word) > 20 or not word.isascii():
        return []
    limit = 1 if len(word) <= 4 else 2
    found = []
    candidates = SearchWord.objects.filter(
        word__gte=word[0], word__lt=word[0] + "\uffff"
    ).values_list("word", "df")
    for cand, df in candidates.iterator():
        if cand == word or abs(len(cand) - len(word)) > limit:
            continue
        dist = edit_distance(word, cand, limit)
        if dist <= limit:
            found.append((dist, -df, cand))
    if len(word) > 2:  # the first letter was the typo
        for cand, df in SearchWord.objects.filter(word__endswith=word[-2:]).values_list(
            "word", "df"
        )[:5000]:
            if cand[0] != word[0] and len(cand) == len(word) and edit_distance(word, cand, 1) <= 1:
                found.append((1, -df, cand))
    return [c for _d, _f, c in sorted(found)[:n]]


def corrected_words(words: list[str], run: _Run | None = None) -> list[str] | None:
    """Syllable-level correction of a query (folded words), or None.

    A word is suspect when it is not a title word of the index, or, when no title holds
    all the words, every word is (those forming no title bigram with a neighbour first).
    The change made is the nearby title word (edit distance on folded syllables) that
    lets one title hold all the words, then restores the most title bigrams with its
    neighbours, then is nearer and more frequent; at most two words change.
    """
    folded = [fold(w) for w in words][:MAX_CORRECTED_WORDS]
    if not folded:
        return None
    known = dict(SearchWord.objects.filter(word__in=folded).values_list("word", "df"))
    probe = _TitleProbe(run or _Run())
    current = list(folded)
    changed = 0
    for _round in range(2):
        best = _best_change(current, folded, known, probe)
        if best is None:
            break
        i, cand = best
        current[i] = cand
        known[cand] = 1
        changed += 1
    return current if changed else None


class _TitleProbe:
    """Whether titles of the index hold a term, or all of some words (one query each,
    remembered), for :func:`corrected_words`."""

    def __init__(self, run: _Run):
        self.run = run
        self.memo: dict = {}

    def in_titles(self, term: str) -> bool:
        if term not in self.memo:
            tier = Tier("probe", terms=(term,), field="title")
            self.memo[term] = bool(self.run.keys(tier, [], 1))
        return self.memo[term]

    def together(self, words: list[str]) -> bool:
        terms = tuple(dict.fromkeys(w for w in words if not w.isdigit()))
        if terms not in self.memo:
            tier = Tier("probe", terms=terms, field="title")
            self.memo[terms] = bool(self.run.keys(tier, [], 1))
        return self.memo[terms]

    def support(self, i: int, word: str, current: list[str]) -> int:
        """How many title bigrams ``word`` at ``i`` forms with its neighbours."""
        score = 0
        if i > 0 and self.in_titles(f"{current[i - 1]}_{word}"):
            score += 1
        if i + 1 < len(current) and self.in_titles(f"{word}_{current[i + 1]}"):
            score += 1
        return score


def _best_change(
    current: list[str], folded: list[str], known: dict, probe: _TitleProbe
) -> tuple[int, str] | None:
    """(position, replacement) of the best single change, or None."""
    suspects = []
    for i, w in enumerate(current):
        if w.isdigit() or not w.isalpha():
            continue
        if w not in known and current[i] == folded[i]:
            suspects.append((0, 0, i))
        elif len(current) > 1 and not probe.together(current):
            suspects.append((1, probe.support(i, w, current), i))
    best = None
    for _prio, _support, i in sorted(suspects)[:4]:
        base = probe.support(i, current[i], current) if current[i] in known else -1
        for rank, cand in enumerate(_nearest_words(current[i])):
            gain = probe.support(i, cand, current) if len(current) > 1 else 0
            whole = probe.together([*current[:i], cand, *current[i + 1 :]])
            if whole or gain > max(base, 0):
                score = (whole, gain, -rank)
                if best is None or score > best[0]:
                    best = (score, i, cand)
    return None if best is None else (best[1], best[2])


MAX_CORRECTED_WORDS = 8


def _nearest_word(word: str) -> str | None:
    """The nearest title word (used by :func:`suggestion_for`)."""
    if len(word) < 2 or len(word) > 20 or not word.isascii():
        return None
    limit = 1 if len(word) <= 4 else 2
    candidates = SearchWord.objects.filter(
        word__gte=word[0], word__lt=word[0] + "\uffff"
    ).values_list("word", "df")
    best = None
    for cand, df in candidates.iterator():
        if abs(len(cand) - len(word)) > limit:
            continue
        dist = edit_distance(word, cand, limit)
        if dist <= limit and (best is None or (dist, -df) < best[:2]):
            best = (dist, -df, cand)
    # Also words whose first letter was the typo (bounded: same length, same ending).
    if best is None and len(word) > 2:
        for cand, df in SearchWord.objects.filter(word__endswith=word[-2:]).values_list(
            "word", "df"
        )[:5000]:
            same = len(cand) == len(word) and edit_distance(word, cand, 1) <= 1
            if same and (best is None or -df < best[1]):
                best = (1, -df, cand)
    return best[2] if best else None


def suggestion_for(query: ParsedQuery) -> str:
    """A corrected query with results ("did you mean"), or ""."""
    if not query.words:
        return ""
    folded = query.folded
    known = set(SearchWord.objects.filter(word__in=folded).values_list("word", flat=True))
    changed = False
    words = []
    for word in folded:
        if word in known or word.isdigit():
            words.append(word)
            continue
        near = _nearest_word(word)
        if near and near != word:
            changed = True
            words.append(near)
        else:
            words.append(word)
    if not changed:
        return ""
    text = " ".join(words)
    if bounded_count(parse_query(text), [], 1) == 0:
        return ""
    return text


def _visible(entries) -> dict[int, SearchEntry]:
    """Entries by sort key, without pages under a view restriction.

    The second guard behind the index update on privacy changes (signals): a page made
    private by any route that bypassed the signals (raw SQL, a restore) still never shows.
    One query when no page anywhere is restricted; two otherwise.
    """
    from wagtail.models import Page, PageViewRestriction

    entries = list(entries)
    page_ids = {}
    for entry in entries:
        source = get_source(entry.kind)
        if source is not None and issubclass(source.model, Page) and entry.object_id.isdigit():
            page_ids[int(entry.object_id)] = entry.sort_key
    hidden: set[int] = set()
    if page_ids:
        restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        if restricted:
            for pk, path in Page.objects.filter(pk__in=page_ids).values_list("pk", "path"):
                if any(path.startswith(prefix) for prefix in restricted):
                    hidden.add(page_ids[pk])
            if hidden:
                logger.warning("search: %d restricted page(s) still indexed", len(hidden))
    return {e.sort_key: e for e in entries if e.sort_key not in hidden}


def autocomplete(raw_query: str | None, *, limit: int = 10) -> list[dict]:
    """Up to ``limit`` titles for the search box: whole words + the last word as prefix."""
    query = parse_query(raw_query)
    limit = max(1, min(limit, 10))
    if not query.words and not query.keys:
        return []
    backend = backend_for(connection)
    keys: list[int] = []
    tiers: list[Tier] = []
    if query.keys:
        tiers.append(plan_tiers(query)[0])
    head = query.folded[:-1]
    last = query.folded[-1] if query.words else ""
    if len(last) < 2 and head:  # "cai c": complete on the whole words only
        head, last = head[:-1], head[-1]
    expansions = [last] if last else []
    if last and len(last) >= 2 and last.isascii():
        expansions += list(
            SearchWord.objects.filter(word__gt=last, word__lt=last + "\uffff")
            .exclude(word__in=head)
            .order_by("-df")
            .values_list("word", flat=True)[:4]
        )
    for word in expansions:
        tiers.append(Tier("complete", tuple(dict.fromkeys([*head, word])), "title"))
    for tier in tiers:
        for key in backend.keys(tier, [], limit):
            if key not in keys:
                keys.append(key)
        if len(keys) >= limit:
            break
    keys = keys[:limit]
    entries = _visible(SearchEntry.objects.filter(sort_key__in=keys))
    out = []
    for key in keys:
        entry = entries.get(key)
        if entry is not None:
            source = get_source(entry.kind)
            out.append(
                {
                    "title": entry.title,
                    "url": entry.url,
                    "kind": entry.kind,
                    "kind_label": str(source.label) if source else entry.kind,
                    "date": entry.date.isoformat() if entry.date else None,
                }
            )
    return out


# The whole results page is kept per content generation (any publish, privacy change or
# document edit starts a new one; cchc/portal/generation.py) and at most a minute, so a hot
# query costs no index work between changes.
RESULTS_TTL_SECONDS = 60


def search_cached(raw_query: str, *, kind: str = "", year: int | None = None, page: int = 1):
    """:func:`search`, kept per content generation and query."""
    import hashlib

    from django.core.cache import cache

    from cchc.portal import generation

    digest = hashlib.sha256(f"{raw_query}\x1f{kind}\x1f{year}\x1f{page}".encode()).hexdigest()
    key = generation.key("search", digest[:32])
    results = cache.get(key)
    if results is None:
        results = search(raw_query, kind=kind, year=year, page=page)
        cache.set(key, results, RESULTS_TTL_SECONDS)
    return results
