"""Where an online filing spends its Python time: CPU time and queries of the filing form's
GET and of its multipart POST (two real files), through Django's WSGI handler (the whole
middleware stack: sessions, CSRF, authentication; no HTTP server) in this process.

Uses the settings of ``bench/bench_filings.py`` (a throwaway database: PostgreSQL by
default, ``--sqlite`` for a temporary file), the same procedure and signed-in applicants.
Each filing is a GET of the form (its CSRF token and idempotency key are read from the
HTML) and a POST of the form with a PDF and a PNG; the request bodies are built before the
clock starts. Timed with ``time.process_time`` (CPU time of this process, not wall-clock),
queries counted per request, then one profiled batch whose top functions are printed with
the number of Python function calls per filing (a figure the machine's load does not move).

Run: ``.venv/bin/python bench/profile_filings.py [--filings 200] [--top 30] [--sqlite]``
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from bench_filings import CODE, SETTINGS, SETUP, multipart, sample_files  # noqa: E402


def setup(args) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="cchc-profile-filings-"))
    (tmp / "profile_settings.py").write_text(SETTINGS)
    sys.path.insert(0, str(tmp))
    os.environ.update(
        {
            "CCHC_VAR_DIR": str(tmp),
            "MEDIA_ROOT": str(tmp / "media"),
            "DJANGO_SETTINGS_MODULE": "profile_settings",
        }
    )
    os.environ.pop("REDIS_URL", None)
    if args.sqlite:
        os.environ.pop("DATABASE_URL", None)
    else:
        import psycopg

        os.environ["DATABASE_URL"] = args.database_url
        dbname = args.database_url.rsplit("/", 1)[1]
        with psycopg.connect(args.database_url.rsplit("/", 1)[0] + "/postgres") as conn:
            conn.autocommit = True
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
            conn.execute(f'CREATE DATABASE "{dbname}"')
    import django

    django.setup()
    import json
    from contextlib import redirect_stdout

    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    out = io.StringIO()
    with redirect_stdout(out):
        exec(SETUP % {"code": CODE, "clients": 4}, {})  # noqa: S102 (our own fixture code)
    return json.loads(out.getvalue().strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--filings", type=int, default=200)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sql", action="store_true", help="print each query of one filing")
    parser.add_argument("--sqlite", action="store_true")
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "PROFILE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cchc_filing_profile"
        ),
        help="PostgreSQL URL of a throwaway database (dropped and created)",
    )
    args = parser.parse_args()
    fixture = setup(args)
    from django.core.wsgi import get_wsgi_application
    from django.db import connection

    app = get_wsgi_application()
    session = fixture["sessions"][0]
    slots = fixture["slots"]
    pdf, png = sample_files()
    url = f"/dich-vu-cong/{CODE}/"
    state = {"csrf": None}

    def call(method, body=b"", ctype="", cookie=""):
        result = {}

        def start_response(s, headers, exc_info=None):
            result["status"] = s
            result["headers"] = headers

        environ = {
            "REQUEST_METHOD": method,
            "PATH_INFO": url,
            "QUERY_STRING": "",
            "CONTENT_LENGTH": str(len(body)),
            "CONTENT_TYPE": ctype,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "HTTP_HOST": "127.0.0.1",
            "HTTP_COOKIE": cookie,
            "HTTP_USER_AGENT": "bench",
            "HTTP_REFERER": f"http://127.0.0.1{url}",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(body),
            "wsgi.errors": sys.stderr,
            "wsgi.version": (1, 0),
            "wsgi.multithread": True,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
        }
        response = app(environ, start_response)
        content = b"".join(response)
        if hasattr(response, "close"):
            response.close()
        return result, content

    def get():
        cookie = f"sessionid={session}" + (f"; csrftoken={state['csrf']}" if state["csrf"] else "")
        result, content = call("GET", cookie=cookie)
        assert result["status"].startswith("200"), result["status"]
        for name, value in result["headers"]:
            if name == "Set-Cookie" and value.startswith("csrftoken="):
                state["csrf"] = value.split(";")[0].split("=", 1)[1]
        html = content.decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        key = re.search(r'name="key" value="([0-9a-f-]{36})"', html).group(1)
        return token, key

    def body_for(token, key, n):
        return multipart(
            {
                "csrfmiddlewaretoken": token,
                "key": key,
                "applicant_name": f"Người nộp thử {n}",
                "applicant_address": f"Số {n} đường Thử Nghiệm",
                "applicant_phone": "0912345678",
                "delivery": "desk",
                "action": "submit",
            },
            {
                f"doc_{slots[0]}": ("don.pdf", "application/pdf", pdf),
                f"doc_{slots[1]}": ("cccd.png", "image/png", png),
            },
        )

    def post(body, ctype):
        cookie = f"sessionid={session}; csrftoken={state['csrf']}"
        result, content = call("POST", body, ctype, cookie)
        assert result["status"].startswith("302"), (result["status"], content[:3000])

    def queries_of(fn, *a):
        seen = []

        def note(execute, sql, params, many, context):
            seen.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(note):
            out = fn(*a)
        return out, seen

    for n in range(10):  # warm-up
        token, key = get()
        post(*body_for(token, key, n))
    (token, key), get_queries = queries_of(get)
    body = body_for(token, key, 0)
    _, post_queries = queries_of(post, *body)
    get_cpu = post_cpu = 0.0
    for n in range(args.filings):
        started = time.process_time()
        token, key = get()
        get_cpu += time.process_time() - started
        body = body_for(token, key, n)
        started = time.process_time()
        post(*body)
        post_cpu += time.process_time() - started
    get_ms, post_ms = get_cpu * 1000 / args.filings, post_cpu * 1000 / args.filings
    load = os.getloadavg()
    print(
        f"database: {connection.vendor}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n"
        f"GET  {get_ms:6.2f} ms CPU, {len(get_queries)} queries\n"
        f"POST {post_ms:6.2f} ms CPU, {len(post_queries)} queries\n"
        f"filing {get_ms + post_ms:6.2f} ms CPU ≈ {1000 / (get_ms + post_ms):.0f} filings/s per core",
        flush=True,
    )
    if args.sql:
        print("GET queries:\n" + "\n".join(f"  {q[:220]}" for q in get_queries))
        print("POST queries:\n" + "\n".join(f"  {q[:220]}" for q in post_queries))
    for label, batch_fn in (("GET", "get"), ("POST", "post")):
        profiler = cProfile.Profile(time.process_time)  # CPU, not waits
        batch = min(args.filings, 100)
        prepared = []
        for n in range(batch):
            token, key = get()
            prepared.append(body_for(token, key, n))
        for n in range(batch):
            if batch_fn == "get":
                profiler.enable()
                get()
                profiler.disable()
            else:
                profiler.enable()
                post(*prepared[n])
                profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        print(f"{label}: {stats.total_calls / batch:,.0f} Python function calls per request")
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(
            r"cchc/|template/loader_tags|forms/(widgets|boundfield|renderers)", args.top
        )
        print(out.getvalue())


if __name__ == "__main__":
    main()
