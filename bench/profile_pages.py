"""Where an uncached public page spends its Python time: CPU time per request and a profile.

Builds a throwaway site (production settings, SQLite in a temporary folder, the demo data)
once per run, then renders each page anonymously through Django's WSGI handler (the whole
middleware stack, no HTTP server) in this process: a warm-up, then ``--requests`` renders
timed with ``time.process_time`` (CPU time of this process, far less noisy than wall-clock
on a shared machine), then one profiled batch whose top functions are printed.

The number of Python function calls per request (from the profile) is the figure to compare
before and after a change: it does not move with the load of other processes.

Run: ``.venv/bin/python bench/profile_pages.py [--requests 300] [--top 25] [--pages article home beacon beacon-new]
[--var /tmp/site] [--sort tottime]``
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UA = "Mozilla/5.0 (X11; Linux x86_64) Firefox/130 bench"


def setup(var_dir: str = "") -> None:
    """Production settings on a throwaway site; with ``var_dir`` (``--var``) one kept between runs
    (built on the first run, reused after: migrating and loading the demo data take a minute)."""
    var = Path(var_dir) if var_dir else Path(tempfile.mkdtemp(prefix="cchc-profile-pages-")) / "var"
    reuse = (var / "cchc.sqlite3").exists()
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "cchc.settings.production",
            "SECRET_KEY": "bench-" + "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "CCHC_VAR_DIR": str(var),
        }
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    if reuse:
        return
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo_data", stdout=io.StringIO())
    call_command("collectstatic", "--noinput", verbosity=0)


BEACON_COOKIE = "cchc_vid=benchreturningreader00; cchc_visit=1; cchc_seen=1"


def environ(path: str) -> dict:
    beacon = path.startswith("beacon")
    return {
        "REQUEST_METHOD": "POST" if beacon else "GET",
        "CONTENT_LENGTH": "0",
        **({"HTTP_COOKIE": BEACON_COOKIE} if path == "beacon" else {}),
        "PATH_INFO": "/api/v1/luot-truy-cap/" if beacon else path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_USER_AGENT": UA,
        "HTTP_ACCEPT": "text/html",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sql", action="store_true", help="print each query")
    parser.add_argument("--pages", nargs="*", default=["article", "home"])
    parser.add_argument("--var", default="", help="keep the site in this folder between runs")
    parser.add_argument("--sort", default="cumulative", help="profile order (cumulative, tottime)")
    args = parser.parse_args()
    setup(args.var)
    from django.core.wsgi import get_wsgi_application
    from django.db import connection

    from cchc.news.models import ArticlePage

    app = get_wsgi_application()
    paths = {
        "article": ArticlePage.objects.live().order_by("pk").first().url,
        "home": "/",
        "beacon": "beacon",  # a returning reader's visit beacon (POST)
        "beacon-new": "beacon-new",  # a new visitor's beacon: a visit and an online mark
    }
    paths.update({p: p for p in args.pages if p.startswith("/")})

    def hit(path: str) -> int:
        status = {}

        def start_response(s, headers, exc_info=None):
            status["s"] = s

        body = b"".join(app(environ(path), start_response))
        assert status["s"].startswith("200"), (path, status["s"])
        return len(body)

    for name in args.pages:
        path = paths[name]
        for _ in range(20):
            size = hit(path)
        queries = []

        def note(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(note):  # (request_started resets queries_log)
            hit(path)
        started = time.process_time()
        for _ in range(args.requests):
            hit(path)
        cpu_ms = (time.process_time() - started) * 1000 / args.requests
        print(
            f"{name} ({path}): {cpu_ms:.2f} ms CPU per request, {len(queries)} "
            f"queries, {size:,} bytes, ≈{1000 / cpu_ms:,.0f} req/s per core",
            flush=True,
        )
        if args.sql:
            print("\n".join(f"  {q[:200]}" for q in queries))
        profiler = cProfile.Profile()
        batch = min(args.requests, 200)
        profiler.enable()
        for _ in range(batch):
            hit(path)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        # Python function calls per request: deterministic, unlike time on a shared machine
        print(f"{name}: {stats.total_calls / batch:,.0f} Python function calls per request")
        stats.sort_stats(args.sort).print_stats(args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
