"""Visitor counters: exactness under concurrency and their cost on page serving.

Serves the app with gunicorn (2 workers × 4 threads) on a throwaway SQLite database
(or DATABASE_URL / REDIS_URL when set), loads the demo, then:
1. hits an article page with N concurrent clients, each request a new visitor (worst case:
   every request writes), and checks that the stored total equals the requests sent;
2. measures requests/s and latency of the article page for returning visitors with
   counting on and off (the cost readers actually pay).

Run: `make bench-counters` (options: --clients 32 --requests 3000).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(env, port):
    proc = subprocess.Popen(
        [
            str(Path(PY).parent / "gunicorn"),
            "cchc.wsgi",
            "-w",
            "2",
            "--threads",
            "4",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


def load(url, clients, total, fresh_visitor):
    per_client = total // clients
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def worker():
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        mine = []
        for _ in range(per_client):
            if fresh_visitor:
                opener = urllib.request.build_opener(
                    urllib.request.HTTPCookieProcessor(CookieJar())
                )
            req = urllib.request.Request(
                url, headers={"User-Agent": "Mozilla/5.0 bench", "Accept": "text/html"}
            )
            start = time.perf_counter()
            try:
                with opener.open(req, timeout=60) as response:
                    response.read()
            except Exception as exc:  # noqa: BLE001
                with lock:
                    errors.append(repr(exc))
            mine.append(time.perf_counter() - start)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    latencies.sort()
    n = len(latencies)
    return {
        "requests": n,
        "rps": n / elapsed,
        "p50": latencies[n // 2] * 1000,
        "p99": latencies[min(n - 1, int(n * 0.99))] * 1000,
        "errors": len(errors),
    }


def total_counter(env) -> int:
    out = subprocess.run(
        [
            PY,
            "manage.py",
            "shell",
            "-c",
            "from cchc.portal import visitors; visitors.flush_pending(); print('TOTAL', visitors.get_stats().total)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(re.search(r"TOTAL (\d+)", out).group(1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=3200)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cchc.settings.production",
        "SECRET_KEY": "bench-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CCHC_VAR_DIR": str(tmp),
    }
    try:
        subprocess.run(
            [PY, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
        )
        subprocess.run(
            [PY, "manage.py", "load_demo_data"],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            [PY, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
        )
        article = subprocess.run(
            [
                PY,
                "manage.py",
                "shell",
                "-c",
                "from cchc.news.models import ArticlePage; print('URL', ArticlePage.objects.live().first().url)",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        path = re.search(r"URL (\S+)", article).group(1)
        store = (
            "Redis"
            if env.get("REDIS_URL")
            else ("PostgreSQL" if env.get("DATABASE_URL") else "SQLite (WAL)")
        )
        print(f"store: {store}; server: gunicorn 2 workers x 4 threads; page: {path}")

        port = free_port()
        proc = serve(env, port)
        try:
            url = f"http://127.0.0.1:{port}{path}"
            before = total_counter(env)
            result = load(url, args.clients, args.requests, fresh_visitor=True)
            counted = total_counter(env) - before
            print(
                f"exactness: {result['requests']} new-visitor requests from {args.clients} clients -> "
                f"{counted} visits counted, lost {result['requests'] - counted - result['errors']}, errors {result['errors']}"
            )
            print(
                f"  new visitors (every request writes): {result['rps']:.0f} req/s, p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms"
            )
            on = load(url, args.clients, args.requests, fresh_visitor=False)
            print(
                f"  returning visitors, counting on:     {on['rps']:.0f} req/s, p50 {on['p50']:.1f} ms, p99 {on['p99']:.1f} ms"
            )
        finally:
            proc.terminate()
            proc.wait()
        port = free_port()
        proc = serve({**env, "CCHC_COUNT_VISITS": "false"}, port)
        try:
            off = load(
                f"http://127.0.0.1:{port}{path}", args.clients, args.requests, fresh_visitor=False
            )
            print(
                f"  returning visitors, counting off:    {off['rps']:.0f} req/s, p50 {off['p50']:.1f} ms, p99 {off['p99']:.1f} ms"
            )
        finally:
            proc.terminate()
            proc.wait()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
