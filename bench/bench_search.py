"""Site search benchmark: build the index over N synthetic Vietnamese documents, then
time 1,000 mixed queries through the real search code (``cchc.search.selectors.search``:
bounded count, ranking tiers, entry fetch, snippets, type facets).

    python bench/bench_search.py                    # 1,000,000 docs, SQLite (+ PostgreSQL
                                                    #   when DATABASE_URL is set)
    python bench/bench_search.py --docs 100000 --postgres postgres://postgres@127.0.0.1:5432/postgres
    python bench/bench_search.py --no-sqlite --postgres URL

SQLite goes into a throwaway directory under /tmp; for PostgreSQL a fresh database
``cchc_bench_search_<pid>`` is created on the given server and dropped afterwards.
Documents: titles of 8-18 syllables and bodies of 40-80 syllables (summary length),
drawn with a Zipf-like weight from bench/search_words.py; 15% are legal documents with a
key such as "63/2010/NĐ-CP", 10% of bodies cite a key.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import search_words as W  # noqa: E402

KINDS = [("article", 0.55), ("legal", 0.15), ("procedure", 0.15), ("feedback", 0.15)]
DATE_START = dt.date(2010, 1, 1)
DATE_DAYS = (dt.date(2026, 11, 1) - DATE_START).days
CHUNK = 10_000
SORT_KEY_FACTOR = 1_000_000_000


def _zipf_weights(n: int, s: float = 1.0) -> list[float]:
    return [1.0 / (i + 1) ** s for i in range(n)]


class Generator:
    """Deterministic documents: doc ``i`` is the same on every run and every backend."""

    def __init__(self):
        self.words = [w.replace("_", " ") for w in W.FUNCTION_WORDS + W.COMMON_WORDS]
        self.weights = _zipf_weights(len(self.words), 0.9)
        self.rare = [w.replace("_", " ") for w in W.RARE_WORDS]
        self.places = [w.replace("_", " ") for w in W.PLACES]
        self.verbs = [w.replace("_", " ") for w in W.TITLE_VERBS]
        self.topics = [w.replace("_", " ") for w in W.COMMON_WORDS[:120]]

    def key_for(self, i: int) -> tuple[str, str, str]:
        name, suffix = W.DOC_TYPES[i % len(W.DOC_TYPES)]
        year = 2005 + (i // len(W.DOC_TYPES)) % 21
        number = 1 + (i // (len(W.DOC_TYPES) * 21)) % 400
        return name, f"{number}/{year}/{suffix}", str(year)

    def sentence(self, rng: random.Random, n: int) -> str:
        out = rng.choices(self.words, self.weights, k=n)
        if rng.random() < 0.3:
            out.insert(rng.randrange(len(out) + 1), rng.choice(self.rare))
        if rng.random() < 0.3:
            out.insert(rng.randrange(len(out) + 1), rng.choice(self.places))
        return " ".join(out)

    def document(self, i: int) -> dict:
        rng = random.Random(i * 7919 + 17)
        r = rng.random()
        acc = 0.0
        kind = "article"
        for k, w in KINDS:
            acc += w
            if r < acc:
                kind = k
                break
        date = DATE_START + dt.timedelta(days=rng.randrange(DATE_DAYS))
        keys = ""
        if kind == "legal":
            name, key, _year = self.key_for(i)
            title = (
                f"{name} {key} về {rng.choice(self.topics)} {self.sentence(rng, rng.randint(3, 8))}"
            )
            keys = key
        else:
            title = (
                f"{rng.choice(self.verbs)} {rng.choice(self.topics)} "
                f"{self.sentence(rng, rng.randint(4, 10))}"
            )
            if rng.random() < 0.5:
                title += f" năm {date.year}"
        sentences = []
        remaining = rng.randint(40, 80)
        while remaining > 0:
            n = min(remaining, rng.randint(8, 20))
            sentences.append(self.sentence(rng, n).capitalize())
            remaining -= n
        if rng.random() < 0.1:
            _n, cited, _y = self.key_for(rng.randrange(1_000_000))
            sentences.append(f"Căn cứ {cited}")
        body = ". ".join(sentences) + "."
        return {"id": i, "kind": kind, "title": title, "body": body, "date": date, "keys": keys}


_gen: Generator | None = None


def _generate_chunk(bounds: tuple[int, int]) -> list[tuple]:
    """Worker: documents [start, stop) as entry rows, in ascending sort-key order."""
    global _gen
    if _gen is None:
        _gen = Generator()
    entries = []
    for i in range(*bounds):
        d = _gen.document(i)
        sort_key = d["date"].toordinal() * SORT_KEY_FACTOR + i
        entries.append(
            (
                i,
                d["kind"],
                d["title"],
                f"/bench/{i}/",
                d["date"].isoformat(),
                d["date"].year,
                d["body"],
                d["keys"],
                sort_key,
            )
        )
    entries.sort(key=lambda e: e[-1])
    return entries


def _chunks(n: int):
    for start in range(1, n + 1, CHUNK):
        yield (start, min(n + 1, start + CHUNK))


def _generated(pool, n: int, workers: int):
    """Generated chunks in order, at most ``2 × workers`` ahead of the consumer."""
    pending = []
    for bounds in _chunks(n):
        pending.append(pool.apply_async(_generate_chunk, (bounds,)))
        if len(pending) >= 2 * workers:
            yield pending.pop(0).get()
    for result in pending:
        yield result.get()


# ------------------------------------------------------------------ backends: build
# Two timed phases: loading the documents' search entries (what publishing them would
# have stored: title, body, date...), then building the search index from them with the
# product's own bulk path, ``rebuild_search --native`` (analysis in worker processes,
# bulk writes, FTS5 optimize / GIN build + ANALYZE). The index build is the figure the
# 10-minute target is about.
def load_sqlite(connection, n: int, ct_id: int, workers: int) -> None:
    raw = connection.connection
    raw.execute("PRAGMA cache_size=-800000")
    raw.execute("BEGIN")
    now = dt.datetime.now(dt.UTC).isoformat()
    done = 0
    with mp.get_context("fork").Pool(workers) as pool:
        for entries in _generated(pool, n, workers):
            raw.executemany(
                "INSERT INTO sitesearch_searchentry (id, content_type_id, object_id, kind, title,"
                " url, date, year, body, keys, facets, sort_key, indexed_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,'{}',?,?)",
                [(e[0], ct_id, str(e[0]), *e[1:], now) for e in entries],
            )
            done += len(entries)
            if done % 200_000 < CHUNK:
                print(f"  … {done:,} documents loaded", flush=True)
    raw.execute("COMMIT")
    raw.execute("ANALYZE")


def load_postgres(connection, n: int, ct_id: int, workers: int) -> None:
    now = dt.datetime.now(dt.UTC)
    raw = connection.connection
    done = 0
    with mp.get_context("fork").Pool(workers) as pool:
        for entries in _generated(pool, n, workers):
            with (
                raw.cursor() as cur,
                cur.copy(
                    "COPY sitesearch_searchentry (id, content_type_id, object_id, kind, title, url,"
                    " date, year, body, keys, facets, sort_key, indexed_at) FROM STDIN"
                ) as copy,
            ):
                for e in entries:
                    copy.write_row((e[0], ct_id, str(e[0]), *e[1:8], "{}", e[8], now))
            done += len(entries)
            if done % 200_000 < CHUNK:
                print(f"  … {done:,} documents loaded", flush=True)
    raw.commit()
    with connection.cursor() as c:
        c.execute(
            "SELECT setval(pg_get_serial_sequence('sitesearch_searchentry', 'id'), %s)", [n + 1]
        )
        c.execute("VACUUM ANALYZE sitesearch_searchentry")


def build_index(connection, workers: int) -> None:
    from cchc.search.services import index_rebuild_native

    class Out:
        @staticmethod
        def write(text):
            print(text.rstrip("\n").replace("…", "  … indexed"), flush=True)

    if connection.vendor == "postgresql":
        with connection.cursor() as c:
            c.execute("SET maintenance_work_mem = '1GB'")
    index_rebuild_native(workers=workers, stdout=Out())


# ----------------------------------------------------------------------- queries
def make_queries(n_docs: int, count: int = 1000) -> list[tuple[str, str]]:
    from cchc.core.text import fold

    rng = random.Random(42)
    gen = Generator()
    common = [
        "thông tin",
        "các",
        "cải cách hành chính",
        "thủ tục",
        "người dân",
        "của",
        "dịch vụ công trực tuyến",
        "một cửa liên thông",
        "hồ sơ",
        "công tác",
        "năm",
        "kết quả giải quyết",
        "cán bộ công chức",
        "chỉ số hài lòng",
        "tỉnh",
        "các thông tin",
    ]
    rare = [w.replace("_", " ") for w in W.RARE_WORDS] + [p.replace("_", " ") for p in W.PLACES]
    topics = [w.replace("_", " ") for w in W.COMMON_WORDS]
    out: list[tuple[str, str]] = []
    legal_ids = [i for i in range(1, min(n_docs, 20_000)) if gen.document(i)["kind"] == "legal"][
        :2000
    ]
    for _ in range(count):
        r = rng.random()
        if r < 0.20:
            out.append(("common", rng.choice(common)))
        elif r < 0.35:
            out.append(("rare", rng.choice(rare)))
        elif r < 0.50:
            a, b = rng.sample(topics, 2)
            out.append(("phrase", f'"{a}" {b}' if rng.random() < 0.5 else f'"{a} {b}"'))
        elif r < 0.65:
            out.append(("unaccented", fold(" ".join(rng.sample(topics, rng.randint(1, 3))))))
        elif r < 0.80:
            out.append(("accented", " ".join(rng.sample(topics + rare, rng.randint(1, 3)))))
        elif r < 0.95:
            name, key, year = gen.key_for(rng.choice(legal_ids) if legal_ids else 1)
            number, _y, suffix = key.split("/")
            form = rng.choice(
                [
                    key,
                    fold(key),
                    f"{fold(suffix).lower()} {number}",
                    f"{name} {number}",
                    f"{number}/{year}",
                ]
            )
            out.append(("key", form))
        else:
            word = rng.choice(topics).split()[0]
            typo = word[:-1] + "x" if len(word) > 2 else word + "q"
            out.append(("typo", f"{typo} {rng.choice(topics)}"))
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def run_queries(queries) -> dict:
    from cchc.search import selectors
    from cchc.search.selectors import autocomplete, search

    # Repeated queries would be served from the per-query result cache: measure the
    # index work of every query instead.
    selectors.QUERY_CACHE_TTL = 0
    for _cat, q in queries[:20]:  # warm caches (years list, page cache)
        search(q)
    times: dict[str, list[float]] = {}
    totals = Counter()
    for cat, q in queries:
        t = time.perf_counter()
        results = search(q)
        ms = (time.perf_counter() - t) * 1000
        times.setdefault(cat, []).append(ms)
        times.setdefault("all", []).append(ms)
        totals[
            "estimated" if results.approximate else ("zero" if not results.total else "exact")
        ] += 1
    ac = []
    for _cat, q in queries[:300]:
        t = time.perf_counter()
        autocomplete(q[: max(2, len(q) - 2)])
        ac.append((time.perf_counter() - t) * 1000)
    times["autocomplete"] = ac
    return {"times": times, "totals": dict(totals)}


def report(label: str, build_s: float, size: int, res: dict) -> None:
    print(f"\n== {label}: index build {build_s:.1f} s, index+entries size {size / 1e6:,.0f} MB")
    print(f"   results: {res['totals']}")
    print(f"   {'queries':<14}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for cat, values in res["times"].items():
        print(
            f"   {cat:<14}{len(values):>6}{pct(values, 50):>10.1f}{pct(values, 95):>10.1f}"
            f"{pct(values, 99):>10.1f}{max(values):>10.1f}"
        )


# ------------------------------------------------------------------------ driver
def setup_django(database_url: str | None, var_dir: str) -> None:
    os.environ["CCHC_VAR_DIR"] = var_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "cchc.settings.test"
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()


def bench_one(vendor: str, n: int, workers: int, database_url: str | None) -> dict:
    """Child process: migrate a fresh database, build, query; returns figures."""
    var_dir = tempfile.mkdtemp(prefix="cchc-bench-search-", dir="/tmp")
    try:
        setup_django(database_url if vendor == "postgresql" else None, var_dir)
        from django.contrib.contenttypes.models import ContentType
        from django.core.management import call_command
        from django.db import connection

        from cchc.search.backends import backend_for
        from cchc.search.registry import register_source

        t = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        print(f"[{vendor}] migrate: {time.perf_counter() - t:.1f} s", flush=True)
        from cchc.search.models import SearchEntry

        for kind, label in [
            ("legal", "Văn bản"),
            ("procedure", "Thủ tục"),
            ("feedback", "Phản ánh"),
        ]:
            register_source(kind, SearchEntry, lambda obj: None, label=label, queryset=list)
        ct_id = ContentType.objects.get_for_model(SearchEntry).id
        print(f"[{vendor}] loading {n:,} documents' entries", flush=True)
        t = time.perf_counter()
        if vendor == "sqlite":
            load_sqlite(connection, n, ct_id, workers)
        else:
            load_postgres(connection, n, ct_id, workers)
        load_s = time.perf_counter() - t
        print(f"[{vendor}] entries loaded in {load_s:.1f} s", flush=True)
        print(f"[{vendor}] building the index ({workers} analysis workers)", flush=True)
        t = time.perf_counter()
        build_index(connection, workers)
        build_s = time.perf_counter() - t
        backend = backend_for(connection)
        if vendor == "sqlite":
            connection.close()
            size = Path(connection.settings_dict["NAME"]).stat().st_size
            fts = backend_for(connection).size_bytes()
        else:
            fts = backend.size_bytes()
            with connection.cursor() as c:
                c.execute("SELECT pg_total_relation_size('sitesearch_searchentry')")
                size = fts + c.fetchone()[0]
        print(f"[{vendor}] build {build_s:.1f} s; inverted index {fts / 1e6:,.0f} MB", flush=True)
        queries = make_queries(n)
        res = run_queries(queries)
        res.update(build_s=build_s, load_s=load_s, size=size, index_size=fts)
        return res
    finally:
        if os.environ.get("BENCH_KEEP"):
            print(f"[{vendor}] kept {var_dir}", flush=True)
        else:
            shutil.rmtree(var_dir, ignore_errors=True)


def _child(vendor, n, workers, url, conn):
    try:
        conn.send(bench_one(vendor, n, workers, url))
    except BaseException as exc:  # noqa: BLE001 - report any failure to the parent
        import traceback

        traceback.print_exc()
        conn.send({"error": repr(exc)})


def run_isolated(vendor, n, workers, url) -> dict:
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_child, args=(vendor, n, workers, url, child))
    proc.start()
    result = parent.recv()
    proc.join()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=1_000_000)
    ap.add_argument(
        "--postgres",
        default=os.environ.get("DATABASE_URL", ""),
        help="PostgreSQL server URL (a throwaway database is created on it)",
    )
    ap.add_argument("--no-sqlite", action="store_true")
    ap.add_argument("--workers", type=int, default=max(1, min(2, os.cpu_count() or 1)))
    ap.add_argument("--json", help="also write figures to this file")
    args = ap.parse_args()
    figures = {}
    if not args.no_sqlite:
        figures["sqlite"] = run_isolated("sqlite", args.docs, args.workers, None)
    if args.postgres:
        import psycopg

        parts = urlsplit(args.postgres)
        admin_url = urlunsplit(parts._replace(path="/postgres"))
        name = f"cchc_bench_search_{os.getpid()}"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        try:
            figures["postgresql"] = run_isolated(
                "postgresql", args.docs, args.workers, urlunsplit(parts._replace(path="/" + name))
            )
        finally:
            if os.environ.get("BENCH_KEEP"):
                print(f"[postgresql] kept database {name}")
            else:
                with psycopg.connect(admin_url, autocommit=True) as conn:
                    conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    print(
        f"\nSite search benchmark: {args.docs:,} documents, 1,000 mixed queries "
        "(search page: count + ranking tiers + snippets + facets)"
    )
    for vendor, res in figures.items():
        if "error" in res:
            print(f"\n== {vendor}: FAILED {res['error']}")
            continue
        report(vendor, res["build_s"], res["size"], res)
        print(f"   entries loaded (before the index build): {res['load_s']:.1f} s")
        print(f"   inverted index alone: {res['index_size'] / 1e6:,.0f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, default=str, indent=1))


if __name__ == "__main__":
    main()
