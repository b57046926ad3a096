"""Benchmark: 10,000 feedback submissions from 32 concurrent clients through the real web form.

Starts gunicorn on a free loopback port against a throwaway SQLite database under /tmp
(or PostgreSQL with --database-url), rate limits off (FEEDBACK_RATE_LIMIT_ENABLED=False
in a generated settings module), e-mail/SMS to in-memory backends. Each client keeps a
connection, GETs the form once for the CSRF cookie, then POSTs. Prints throughput and
latency percentiles, then counts the stored cases and distinct codes.

    .venv/bin/python bench/bench_feedback.py [--cases 10000] [--clients 32] [--workers 4]
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

SETTINGS = """
from cchc.settings.base import *  # noqa
DEBUG = False
SECRET_KEY = "bench-only"
ALLOWED_HOSTS = ["*"]
FEEDBACK_RATE_LIMIT_ENABLED = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
FEEDBACK_SMS_BACKEND = "cchc.feedback.sms.LocmemSmsBackend"
AXES_ENABLED = False
LOGGING["loggers"]["cchc"]["level"] = "WARNING"
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def client_worker(port, jobs, lock, latencies, errors, codes_seen, worker_id):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/phan-anh-kien-nghi/gui/", headers={"User-Agent": "bench"})
    response = conn.getresponse()
    body = response.read().decode()
    cookies = response.headers.get_all("Set-Cookie") or []
    csrf_cookie = next(
        c.split(";")[0].split("=", 1)[1] for c in cookies if c.startswith("csrftoken=")
    )
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
    while True:
        with lock:
            if not jobs:
                break
            n = jobs.pop()
        form = {
            "csrfmiddlewaretoken": token,
            "submitter_name": f"Người thử nghiệm {n}",
            "submitter_address": f"Số {n}, đường Thử Nghiệm",
            "submitter_phone": f"09{n:08d}",
            "submitter_email": f"bench{n}@example.org",
            "kind": "phan_anh",
            "subject": f"Phản ánh thử nghiệm số {n}",
            "content": "Nội dung phản ánh dùng để đo hiệu năng tiếp nhận của cổng thông tin.",
            "consent": "on",
            "website": "",
        }
        data = urllib.parse.urlencode(form).encode()
        start = time.perf_counter()
        try:
            conn.request(
                "POST",
                "/phan-anh-kien-nghi/gui/",
                body=data,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": f"csrftoken={csrf_cookie}",
                    "Referer": f"http://127.0.0.1:{port}/phan-anh-kien-nghi/gui/",
                    "User-Agent": "bench",
                },
            )
            response = conn.getresponse()
            response.read()
            elapsed = time.perf_counter() - start
            if response.status != 302:
                errors.append(response.status)
            latencies.append(elapsed)
        except (OSError, http.client.HTTPException) as exc:
            errors.append(repr(exc))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--database-url", default="", help="PostgreSQL URL of a throwaway database")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-feedback-"))
    (tmp / "bench_settings.py").write_text(SETTINGS)
    env = {
        **os.environ,
        "CCHC_VAR_DIR": str(tmp),
        "MEDIA_ROOT": str(tmp / "media"),
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "PYTHONPATH": f"{tmp}{os.pathsep}{ROOT}",
    }
    env.pop("REDIS_URL", None)
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    else:
        env.pop("DATABASE_URL", None)
    print(
        f"database: {'PostgreSQL' if args.database_url else 'SQLite ' + str(tmp / 'cchc.sqlite3')}"
    )
    t0 = time.perf_counter()
    subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    print(f"migrated in {time.perf_counter() - t0:.1f} s")

    port = free_port()
    gunicorn = shutil.which("gunicorn", path=str(Path(PY).parent)) or "gunicorn"
    server = subprocess.Popen(
        [
            gunicorn,
            "cchc.wsgi:application",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(args.workers),
            "-k",
            "gthread",
            "--threads",
            str(args.threads),
            "--log-level",
            "warning",
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    try:
        for _ in range(200):
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("server did not start")

        jobs = list(range(args.cases, 0, -1))
        lock = threading.Lock()
        latencies: list[float] = []
        errors: list = []
        threads = [
            threading.Thread(
                target=client_worker, args=(port, jobs, lock, latencies, errors, None, i)
            )
            for i in range(args.clients)
        ]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    ok = len(latencies) - sum(1 for e in errors if isinstance(e, int))
    print(
        f"server: gunicorn {args.workers} workers × {args.threads} threads (gthread); clients: {args.clients}"
    )
    print(
        f"submissions: {args.cases} in {wall:.1f} s → {args.cases / wall:.0f} req/s; errors: {len(errors)}"
    )
    if latencies:
        ms = [x * 1000 for x in latencies]
        print(
            f"latency ms: p50 {percentile(ms, 50):.0f} · p90 {percentile(ms, 90):.0f} · "
            f"p99 {percentile(ms, 99):.0f} · max {max(ms):.0f} · mean {statistics.mean(ms):.0f}"
        )
    if errors:
        print("first errors:", errors[:5])

    if args.database_url:
        import psycopg

        with psycopg.connect(args.database_url) as conn:
            total, distinct, counter = conn.execute(
                "SELECT COUNT(*), COUNT(DISTINCT code), (SELECT MAX(last) FROM feedback_trackingcounter) FROM feedback_feedback"
            ).fetchone()
    else:
        with sqlite3.connect(tmp / "cchc.sqlite3") as conn:
            total, distinct, counter = conn.execute(
                "SELECT COUNT(*), COUNT(DISTINCT code), (SELECT MAX(last) FROM feedback_trackingcounter) FROM feedback_feedback"
            ).fetchone()
    print(
        f"stored: {total} cases, {distinct} distinct codes, counter at {counter}, successful responses {ok}"
    )
    good = total == distinct == counter == ok == args.cases
    print("VERIFIED: every case stored with a unique, gapless code" if good else "MISMATCH")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(0 if good else 1)


if __name__ == "__main__":
    main()
