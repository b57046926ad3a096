"""A real Varnish with the shipped VCL (deploy/varnish/cchc.vcl) in front of a live server,
for the unit tests of the HTTP cache and the browser tests that count views through it."""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def varnishd_path() -> str | None:
    found = shutil.which("varnishd") or "/usr/sbin/varnishd"
    return found if os.access(found, os.X_OK) else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_varnish(live_server, settings):
    """Varnish with the shipped VCL, in front of the live server; purges go to it.
    A generator: yields the cache's base URL, stops it afterwards."""
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = (ROOT / "deploy" / "varnish" / "cchc.vcl").read_text(encoding="utf-8")
    vcl = vcl.replace('.port = "8001";', f'.port = "{backend_port}";')
    # varnishd reads the VCL as its own unprivileged user: pytest's tmp_path (mode 700) won't do
    run = Path(tempfile.mkdtemp(prefix="cchc-varnish-"))
    os.chmod(run, 0o755)  # noqa: S103
    (run / "cchc.vcl").write_text(vcl, encoding="utf-8")
    os.chmod(run / "cchc.vcl", 0o644)  # noqa: S103
    port = _free_port()
    varnishd = varnishd_path() or "/usr/sbin/varnishd"
    proc = subprocess.Popen(  # noqa: S603
        [
            varnishd,
            "-F",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(run / "cchc.vcl"),
            "-s",
            "malloc,32m",
            "-n",
            str(run / "n"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=2).close()  # noqa: S310
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"varnishd exited: {proc.stdout.read().decode(errors='replace')}")
            time.sleep(0.2)
    settings.CCHC_CACHE_PURGE_URL = url
    yield url
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(run, ignore_errors=True)


def fetch(url, cookie=None):
    headers = {"User-Agent": "Mozilla/5.0 Firefox/130", "Accept": "text/html"}
    if cookie:
        headers["Cookie"] = cookie
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.headers, response.read().decode()
