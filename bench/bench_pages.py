"""Public pages at cache speed: one table from one run on one machine.

Builds a throwaway site (production settings, SQLite in a temporary folder, the demo data),
serves it with gunicorn (4 workers) behind the shipped Varnish configuration, and measures
with wrk (2 threads, 32 connections unless told otherwise):

- nginx serving the article's HTML as a static file (the ceiling);
- the article through Varnish (the shipped cache), at 32 and at 64 connections;
- the article and the home page uncached, straight from the app server;
- the visit beacon for a returning reader, and a counted page view (the cached HTML and its
  beacon, alternating on each connection);
- the stock Wagtail starter site's home page (the peer: `wagtail start` in a throwaway venv
  from the Wagtail version in uv.lock, cached under bench/out/peer), gunicorn 4 workers;

then exactness: 32 clients × 500 beacons, each a new visitor, must count exactly 16,000
visits. For each row: req/s, p50, p99, the share of the ceiling and, for rows the app or the
peer serves, the CPU time its workers spent per request (from /proc: on a machine shared with
other work, req/s moves with their load, CPU per request hardly does); then the peak RSS of
the app's workers. Needs wrk, nginx and varnishd (Debian packages); a missing one skips its rows.

Run: ``make bench-pages`` (options: --duration 10 --no-peer --beacons 500 --port-base N; with
--port-base the servers listen on N…N+4 instead of free ports the system picks, for a machine
whose users share out port ranges).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
OUT = ROOT / "bench" / "out"
UA = "Mozilla/5.0 (X11; Linux x86_64) Firefox/130 bench"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).close()  # noqa: S310
            return
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"server for {url} exited") from None
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer")


def manage(env, *args, capture=False) -> str:
    result = subprocess.run(  # noqa: S603
        [PY, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout if capture else ""


def gunicorn(bin_dir: Path, module: str, port: int, env, cwd) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603
        [
            str(bin_dir / "gunicorn"),
            module,
            "-w",
            "4",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


WRK_RE = {
    "rps": re.compile(r"Requests/sec:\s+([\d.]+)"),
    "requests": re.compile(r"(\d+) requests in"),
    "p50": re.compile(r"^\s+50%\s+([\d.]+)(us|ms|s)\s*$", re.M),
    "p99": re.compile(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", re.M),
}
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def cpu_seconds(master: subprocess.Popen | None) -> float:
    """User + system CPU time of a gunicorn master's workers so far."""
    if master is None:
        return 0.0
    pids = subprocess.run(  # noqa: S603
        ["pgrep", "-P", str(master.pid)], capture_output=True, text=True, check=False
    ).stdout.split()
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
    return total / os.sysconf("SC_CLK_TCK")


def wrk(
    url: str,
    duration: int,
    connections: int = 32,
    script: Path | None = None,
    server: subprocess.Popen | None = None,
) -> dict:
    cmd = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{duration}s",
        "--latency",
        "-H",
        f"User-Agent: {UA}",
    ]
    if script:
        cmd += ["-s", str(script)]
    cpu_before = cpu_seconds(server)
    out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    row = {"rps": float(WRK_RE["rps"].search(out).group(1))}
    # CPU time of the app's workers per request: unlike req/s, it hardly moves with the load
    # other processes put on a shared machine
    requests = int(WRK_RE["requests"].search(out).group(1))
    row["cpu_ms"] = (
        (cpu_seconds(server) - cpu_before) * 1000 / requests
        if server is not None and requests
        else float("nan")
    )
    for key in ("p50", "p99"):
        m = WRK_RE[key].search(out)
        row[key] = float(m.group(1)) * UNIT_MS[m.group(2)] if m else float("nan")
    return row


BEACON_LUA = """
wrk.method = "POST"
wrk.body = ""
wrk.headers["Cookie"] = "cchc_vid=benchreturningreader00; cchc_visit=1; cchc_seen=1"
"""

PAGE_VIEW_LUA = """
local n = 0
request = function()
  n = n + 1
  if n % 2 == 1 then
    return wrk.format("GET", "%(page)s", {["Accept"] = "text/html"})
  end
  return wrk.format("POST", "/api/v1/luot-truy-cap/",
    {["Cookie"] = "cchc_vid=benchreturningreader00; cchc_visit=1; cchc_seen=1"}, "")
end
"""


def peak_rss_mb(master: subprocess.Popen) -> float:
    pids = subprocess.run(  # noqa: S603
        ["pgrep", "-P", str(master.pid)], capture_output=True, text=True, check=False
    ).stdout.split()
    peaks = []
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        m = re.search(r"VmHWM:\s+(\d+) kB", status)
        if m:
            peaks.append(int(m.group(1)) / 1024)
    return max(peaks, default=float("nan"))


def wagtail_version() -> str:
    lock = (ROOT / "uv.lock").read_text(encoding="utf-8")
    return re.search(r'name = "wagtail"\nversion = "([^"]+)"', lock).group(1)


def build_peer() -> tuple[Path, Path]:
    """The stock Wagtail starter site in bench/out/peer (built once, reused)."""
    version = wagtail_version()
    base = OUT / f"peer-wagtail-{version}"
    venv, site = base / "venv", base / "site"
    if not (site / "db.sqlite3").exists():
        shutil.rmtree(base, ignore_errors=True)
        site.mkdir(parents=True)
        uv = (
            shutil.which("uv")
            or next((str(p) for p in (Path(sys.base_prefix) / "bin" / "uv",) if p.exists()), "")
            or f"{PY} -m uv"
        )
        subprocess.run([*uv.split(), "venv", "-q", "-p", PY, str(venv)], check=True)  # noqa: S603
        subprocess.run(  # noqa: S603
            [
                *uv.split(),
                "pip",
                "install",
                "-q",
                "--python",
                str(venv / "bin" / "python"),
                f"wagtail=={version}",
                "gunicorn",
            ],
            check=True,
        )
        subprocess.run([str(venv / "bin" / "wagtail"), "start", "stocksite", str(site)], check=True)  # noqa: S603
        (site / "stocksite" / "settings" / "local.py").write_text(
            'SECRET_KEY = "bench-peer-' + "x" * 40 + '"\nALLOWED_HOSTS = ["127.0.0.1"]\n',
            encoding="utf-8",
        )
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "stocksite.settings.production"}
        py = str(venv / "bin" / "python")
        subprocess.run([py, "manage.py", "migrate", "-v0"], cwd=site, env=env, check=True)  # noqa: S603
        subprocess.run(
            [py, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=site, env=env, check=True
        )  # noqa: S603
    return venv, site


def count_exactly(base_url: str, clients: int, per_client: int) -> tuple[int, int]:
    """Beacons from new visitors (no cookies): (sent and acknowledged, errors)."""
    ok = [0] * clients
    errors = [0] * clients

    def worker(i):
        for _ in range(per_client):
            req = urllib.request.Request(  # noqa: S310
                base_url + "/api/v1/luot-truy-cap/",
                data=b"",
                method="POST",
                headers={"User-Agent": UA},
            )
            try:
                with urllib.request.urlopen(req, timeout=60) as r:  # noqa: S310
                    r.read()
                    ok[i] += r.status == 200
            except OSError:
                errors[i] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(ok), sum(errors)


def total_counted(env) -> int:
    out = manage(
        env,
        "shell",
        "-c",
        "from cchc.portal import visitors; visitors.flush_pending(); "
        "print('TOTAL', visitors.get_stats().total)",
        capture=True,
    )
    return int(re.search(r"TOTAL (\d+)", out).group(1))


def main() -> None:  # noqa: C901, PLR0915 - a linear script
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--beacons", type=int, default=500, help="per client, 32 clients")
    parser.add_argument("--port-base", type=int, default=0, help="listen on N…N+4")
    args = parser.parse_args()
    ports = iter(range(args.port_base, args.port_base + 5)) if args.port_base else None

    def port() -> int:
        return next(ports) if ports else free_port()

    for tool in ("wrk", "nginx", "varnishd"):
        if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists()):
            raise SystemExit(f"{tool} not found: apt-get install wrk nginx varnish")

    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-pages-"))
    os.chmod(tmp, 0o755)  # noqa: S103 - nginx and varnishd read their files as other users
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cchc.settings.production",
        "SECRET_KEY": "bench-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CCHC_VAR_DIR": str(tmp / "var"),
    }
    procs: list[subprocess.Popen] = []
    rows: list[tuple[str, dict]] = []
    if not args.no_peer:
        venv, site = build_peer()  # first: a failed build costs no measurement
    try:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo_data")
        manage(env, "collectstatic", "--noinput", "-v0")
        out = manage(
            env,
            "shell",
            "-c",
            "from cchc.news.models import ArticlePage; "
            "print('URL', ArticlePage.objects.live().first().url)",
            capture=True,
        )
        article = re.search(r"URL (\S+)", out).group(1)

        app_port, cache_port, static_port = port(), port(), port()
        app = gunicorn(Path(PY).parent, "cchc.wsgi", app_port, env, ROOT)
        procs.append(app)
        app_url = f"http://127.0.0.1:{app_port}"
        wait_for(app_url + "/healthz", app)

        vcl = (ROOT / "deploy" / "varnish" / "cchc.vcl").read_text(encoding="utf-8")
        (tmp / "cchc.vcl").write_text(vcl.replace('.port = "8001";', f'.port = "{app_port}";'))
        varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
        cache = subprocess.Popen(  # noqa: S603
            [
                varnishd,
                "-F",
                "-a",
                f"127.0.0.1:{cache_port}",
                "-f",
                str(tmp / "cchc.vcl"),
                "-s",
                "malloc,128m",
                "-n",
                str(tmp / "varnish"),
                "-T",
                f"127.0.0.1:{port()}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(cache)
        cache_url = f"http://127.0.0.1:{cache_port}"
        wait_for(cache_url + "/healthz", cache)

        static = tmp / "static"
        static.mkdir()
        req = urllib.request.Request(app_url + article, headers={"User-Agent": UA})  # noqa: S310
        html = urllib.request.urlopen(req, timeout=30).read()  # noqa: S310
        (static / "article.html").write_bytes(html)
        os.chmod(static, 0o755)  # noqa: S103
        (tmp / "nginx.conf").write_text(
            f"daemon off; worker_processes 2; user root; pid {tmp}/nginx.pid;\n"
            f"error_log {tmp}/nginx-error.log;\n"
            "events { worker_connections 1024; }\n"
            "http { access_log off; sendfile on; keepalive_requests 100000;\n"
            f"  server {{ listen 127.0.0.1:{static_port}; root {static};\n"
            "    default_type text/html; } }\n",
            encoding="utf-8",
        )
        nginx = subprocess.Popen(  # noqa: S603
            [
                shutil.which("nginx") or "/usr/sbin/nginx",
                "-c",
                str(tmp / "nginx.conf"),
                "-p",
                str(tmp),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(nginx)
        static_url = f"http://127.0.0.1:{static_port}/article.html"
        wait_for(static_url, nginx)

        d = args.duration
        print(
            f"page: {article}; app: gunicorn 4 workers, SQLite; wrk -t2, {d} s per row", flush=True
        )
        rows.append(("nginx, static copy of the article (ceiling)", wrk(static_url, d)))
        urllib.request.urlopen(
            urllib.request.Request(cache_url + article, headers={"User-Agent": UA})
        ).read()  # noqa: S310
        rows.append(("article through Varnish", wrk(cache_url + article, d)))
        rows.append(("article through Varnish, 64 connections", wrk(cache_url + article, d, 64)))
        rows.append(("article uncached (app server)", wrk(app_url + article, d, server=app)))
        rows.append(("home uncached (app server)", wrk(app_url + "/", d, server=app)))
        beacon_lua = tmp / "beacon.lua"
        beacon_lua.write_text(BEACON_LUA, encoding="utf-8")
        rows.append(
            (
                "beacon, returning reader",
                wrk(cache_url + "/api/v1/luot-truy-cap/", d, script=beacon_lua, server=app),
            )
        )
        view_lua = tmp / "view.lua"
        view_lua.write_text(PAGE_VIEW_LUA.replace("%(page)s", article), encoding="utf-8")
        view = wrk(cache_url + "/", d, script=view_lua)
        rows.append(("counted page view (cached HTML + beacon)", {**view, "rps": view["rps"] / 2}))

        if not args.no_peer:
            peer_port = port()
            peer_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "stocksite.settings.production"}
            peer = gunicorn(venv / "bin", "stocksite.wsgi", peer_port, peer_env, site)
            procs.append(peer)
            peer_url = f"http://127.0.0.1:{peer_port}/"
            wait_for(peer_url, peer)
            rows.append(
                (
                    f"stock Wagtail {wagtail_version()} starter home (peer)",
                    wrk(peer_url, d, server=peer),
                )
            )

        before = total_counted(env)
        started = time.perf_counter()
        acknowledged, errors = count_exactly(cache_url, 32, args.beacons)
        elapsed = time.perf_counter() - started
        counted = total_counted(env) - before

        ceiling = rows[0][1]["rps"]
        print(
            f"\n| {'what':<48} | {'req/s':>9} | {'p50 ms':>7} | {'p99 ms':>7} | {'of ceiling':>10} "
            f"| {'app CPU ms/req':>14} |"
        )
        print(f"|{'-' * 50}|{'-' * 11}|{'-' * 9}|{'-' * 9}|{'-' * 12}|{'-' * 16}|")
        for name, row in rows:
            cpu = row.get("cpu_ms", float("nan"))
            print(
                f"| {name:<48} | {row['rps']:>9,.0f} | {row['p50']:>7.1f} | {row['p99']:>7.1f} | "
                f"{row['rps'] / ceiling:>9.1%} | {'' if cpu != cpu else f'{cpu:.2f}':>14} |"
            )
        by_name = dict(rows)
        peer_row = next((r for n, r in rows if n.startswith("stock Wagtail")), None)
        if peer_row:
            for name in ("article uncached (app server)", "home uncached (app server)"):
                ours = by_name[name]
                print(
                    f"{name} vs the peer: {ours['rps'] / peer_row['rps']:.2f}× req/s, "
                    f"{peer_row['cpu_ms'] / ours['cpu_ms']:.2f}× less CPU per request"
                )
        print(f"\npeak RSS per app worker: {peak_rss_mb(app):.0f} MB")
        print(
            f"exactness: 32 clients × {args.beacons} beacons (new visitors) in {elapsed:.1f} s "
            f"→ {acknowledged} acknowledged, {counted} counted, {errors} errors, "
            f"{'EXACT' if counted == acknowledged and not errors else 'MISMATCH'}"
        )
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
