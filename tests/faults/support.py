"""What the fault tests share: the real app server (gunicorn, as deploy/serve.sh runs it) on a
free port against a throwaway database, an own PostgreSQL cluster and an own Redis server
(never the machine's shared ones), citizens submitting feedback with attachments from
several threads, and the checks on what was stored (issue 12 point 15, docs/security.md).

Nothing here sleeps a fixed time: every wait polls a condition with a deadline.
"""

from __future__ import annotations

import contextlib
import glob
import http.client
import io
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
FORM = "/phan-anh-kien-nghi/gui/"
BEACON = "/api/v1/luot-truy-cap/"
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0"
TOKEN_RE = re.compile(r"\[ft-([a-z0-9-]+)\]")
ATTACHMENTS_PER_SUBMISSION = 2

SETTINGS = """
from cchc.settings.base import *  # noqa
DEBUG = False
SECRET_KEY = "fault-tests-only-0123456789"
ALLOWED_HOSTS = ["*"]
FEEDBACK_RATE_LIMIT_ENABLED = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
FEEDBACK_SMS_BACKEND = "cchc.feedback.sms.LocmemSmsBackend"
AXES_ENABLED = False
CCHC_VISITOR_STATS_MAX_AGE = 0
LOGGING["root"]["level"] = "CRITICAL"
LOGGING["loggers"]["cchc"]["level"] = "CRITICAL"
LOGGING["loggers"]["django.request"] = {"level": "CRITICAL"}
"""
# Migrations are slow on a busy disk: the template database is migrated without fsync.
MIGRATE_SETTINGS = """
from fault_settings import *  # noqa
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["OPTIONS"]["init_command"] = (
        "PRAGMA journal_mode=WAL;PRAGMA synchronous=OFF;PRAGMA foreign_keys=ON;"
    )
"""


def which_gunicorn() -> str | None:
    own = Path(PY).parent / "gunicorn"
    return str(own) if os.access(own, os.X_OK) else shutil.which("gunicorn")


def postgres_bindir() -> str | None:
    """Debian's server binaries (initdb, pg_ctl, postgres), newest version first."""
    for bindir in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(f"{bindir}/initdb", os.X_OK) and os.access(f"{bindir}/pg_ctl", os.X_OK):
            return bindir
    found = shutil.which("initdb")
    return str(Path(found).resolve().parent) if found else None


def redis_server() -> str | None:
    return shutil.which("redis-server") or (
        "/usr/bin/redis-server" if os.access("/usr/bin/redis-server", os.X_OK) else None
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, *, timeout: float, what: str, interval: float = 0.05):
    """Poll ``condition()`` until it returns a truthy value; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


# --------------------------------------------------------------------------- the app
@dataclass
class App:
    """A site directory (settings, var/, media) and the environment its processes run in."""

    tmp: Path
    database_url: str = ""
    redis_url: str = ""
    extra_settings: str = ""
    env: dict = field(default_factory=dict)

    def __post_init__(self):
        (self.tmp / "fault_settings.py").write_text(
            SETTINGS + self.extra_settings, encoding="utf-8"
        )
        (self.tmp / "fault_migrate_settings.py").write_text(MIGRATE_SETTINGS, encoding="utf-8")
        self.env = {
            **os.environ,
            "CCHC_VAR_DIR": str(self.tmp / "var"),
            "MEDIA_ROOT": str(self.tmp / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.tmp / "private"),
            "DJANGO_SETTINGS_MODULE": "fault_settings",
            "PYTHONPATH": f"{self.tmp}{os.pathsep}{ROOT}",
            "CCHC_CONTENT_GENERATION": "",
        }
        for name in ("DATABASE_URL", "REDIS_URL"):
            self.env.pop(name, None)
        if self.database_url:
            self.env["DATABASE_URL"] = self.database_url
        if self.redis_url:
            self.env["REDIS_URL"] = self.redis_url

    @property
    def sqlite_path(self) -> Path:
        return self.tmp / "var" / "cchc.sqlite3"

    @property
    def private_root(self) -> Path:
        return self.tmp / "private"

    def manage(self, *args: str, settings: str = "fault_settings", timeout: float = 600) -> str:
        env = {**self.env, "DJANGO_SETTINGS_MODULE": settings}
        done = subprocess.run(  # noqa: S603
            [PY, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode == 0, f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}"
        return done.stdout

    def migrate(self) -> None:
        self.manage("migrate", "--noinput", "-v0", settings="fault_migrate_settings")

    def query(self, sql: str) -> list[tuple]:
        """Rows of a read-only query, straight from the database (no Django)."""
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url, connect_timeout=10) as conn:
                return list(conn.execute(sql).fetchall())
        with sqlite3.connect(self.sqlite_path, timeout=30) as conn:
            return list(conn.execute(sql).fetchall())


class AppServer:
    """gunicorn with ``workers`` gthread workers, in its own process group."""

    def __init__(self, app: App, *, workers: int = 2, threads: int = 4):
        self.app = app
        self.workers = workers
        self.threads = threads
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.stray: list[subprocess.Popen] = []
        self.log = open(app.tmp / "gunicorn.log", "ab")  # noqa: SIM115 - closed in stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc = subprocess.Popen(  # noqa: S603
            [
                which_gunicorn() or "gunicorn",
                "cchc.wsgi:application",
                "-b",
                f"127.0.0.1:{self.port}",
                "-w",
                str(self.workers),
                "-k",
                "gthread",
                "--threads",
                str(self.threads),
                "--timeout",
                "60",
                "--graceful-timeout",
                "5",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.app.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(self._ready, timeout=120, what="gunicorn to answer /healthz")

    def _ready(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise AssertionError(f"gunicorn exited: {self.log_tail()}")
        return healthy(self.port) and len(self.worker_pids()) == self.workers

    def worker_pids(self) -> list[int]:
        assert self.proc is not None
        try:
            text = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        except OSError:
            return []
        return [int(pid) for pid in text.split()]

    def kill_worker(self) -> int:
        """SIGKILL one worker (the master starts another); the killed pid."""
        pid = self.worker_pids()[0]
        os.kill(pid, signal.SIGKILL)
        wait_for(
            lambda: pid not in self.worker_pids() and len(self.worker_pids()) == self.workers,
            timeout=60,
            what="the master to replace the killed worker",
        )
        return pid

    def kill_master_and_restart(self) -> None:
        """SIGKILL the master (its workers notice and exit), then start a new server on the
        same port, as a process supervisor would."""
        assert self.proc is not None
        workers = self.worker_pids()
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.stray.append(self.proc)
        wait_for(
            lambda: not any(_alive(pid) for pid in workers),
            timeout=60,
            what="the orphaned workers to exit",
        )
        self.start()

    def stop(self) -> None:
        for proc in [*self.stray, self.proc]:
            if proc is None:
                continue
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        if self.proc is not None:
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self.log.close()

    def log_tail(self) -> str:
        self.log.flush()
        return (self.app.tmp / "gunicorn.log").read_text(errors="replace")[-3000:]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


# --------------------------------------------------------------------------- HTTP
def request(port: int, method: str, path: str, *, body=b"", headers=None, timeout=30):
    """One request on a fresh connection: (status, headers, body)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body or None, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


def healthy(port: int) -> bool:
    try:
        return request(port, "GET", "/healthz", timeout=5)[0] == 200
    except (OSError, http.client.HTTPException):
        return False


def png(seed: int) -> bytes:
    """A small valid PNG, different for every seed (the app re-encodes pictures)."""
    from PIL import Image

    colour = ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256)
    out = io.BytesIO()
    Image.new("RGB", (24, 16), colour).save(out, format="PNG")
    return out.getvalue()


def multipart(fields: dict[str, str], files: list[tuple[str, str, bytes, str]]):
    boundary = "----cchcfault" + secrets.token_hex(8)
    out = io.BytesIO()
    for name, value in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
        out.write(value.encode() + b"\r\n")
    for name, filename, data, content_type in files:
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
        )
        out.write(data + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


@dataclass
class Attempt:
    """One submission as the client saw it."""

    token: str
    outcome: str  # "acknowledged", an HTTP status ("503"), or an exception class name
    code: str | None = None
    retry_after: str | None = None
    body: str = ""


class Citizen:
    """One browser: gets the form (CSRF cookie and token), then submits feedback."""

    def __init__(self, port: int, name: str):
        self.port = port
        self.name = name
        self.csrf_cookie = ""
        self.token = ""

    def _get_form(self) -> None:
        status, headers, body = request(self.port, "GET", FORM, headers={"User-Agent": BROWSER_UA})
        if status != 200:
            raise http.client.HTTPException(f"form answered {status}")
        cookies = headers.get_all("Set-Cookie") or []
        self.csrf_cookie = next(
            c.split(";")[0].split("=", 1)[1] for c in cookies if c.startswith("csrftoken=")
        )
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body.decode())
        self.token = found.group(1)

    def submit(self, n: int) -> Attempt:
        token = f"{self.name}-{n}"
        try:
            if not self.token:
                self._get_form()
            fields = {
                "csrfmiddlewaretoken": self.token,
                "submitter_name": f"Nguyễn Văn Thử {n}",
                "submitter_address": f"Số {n}, đường Kiểm Thử",
                "submitter_phone": f"09{zlib.crc32(token.encode()) % 10**8:08d}",
                "submitter_email": f"{token}@example.org",
                "kind": "phan_anh",
                "subject": f"Phản ánh kiểm thử sự cố [ft-{token}]",
                "content": "Đèn đường hỏng nhiều ngày, đề nghị sửa chữa. (kiểm thử sự cố)",
                "consent": "on",
                "website": "",
            }
            files = [
                ("attachments", f"anh-{token}-{i}.png", png(n * 7 + i), "image/png")
                for i in range(ATTACHMENTS_PER_SUBMISSION)
            ]
            body, content_type = multipart(fields, files)
            status, headers, answer = request(
                self.port,
                "POST",
                FORM,
                body=body,
                headers={
                    "Content-Type": content_type,
                    "Cookie": f"csrftoken={self.csrf_cookie}",
                    "Referer": f"http://127.0.0.1:{self.port}{FORM}",
                    "User-Agent": BROWSER_UA,
                },
                timeout=60,
            )
        except (OSError, http.client.HTTPException, StopIteration, AttributeError) as exc:
            return Attempt(token, type(exc).__name__)
        if status == 302:
            return Attempt(token, "acknowledged", code=_code_from(headers))
        return Attempt(
            token,
            str(status),
            retry_after=headers.get("Retry-After"),
            body=answer.decode(errors="replace"),
        )


def _code_from(headers) -> str:
    """The tracking code from the signed cookie the success redirect sets ("code:ts:sig")."""
    for cookie in headers.get_all("Set-Cookie") or []:
        if cookie.startswith("cchc_pakn_code="):
            value = urllib.parse.unquote(cookie.split(";")[0].split("=", 1)[1].strip('"'))
            return value.rsplit(":", 2)[0]
    raise AssertionError("success redirect without the tracking-code cookie")


class Burst:
    """``clients`` citizens submitting from their own threads, ``per_client`` attempts each.
    After a failed attempt a citizen waits until the site answers again, as a person would."""

    def __init__(self, port_of, *, clients: int, per_client: int):
        self.port_of = port_of  # a callable: the port may change after a restart
        self.per_client = per_client
        self.attempts: list[Attempt] = []
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(clients)
        ]

    def _run(self, i: int) -> None:
        citizen = Citizen(self.port_of(), f"c{i}-{secrets.token_hex(3)}")
        for n in range(self.per_client):
            citizen.port = self.port_of()
            attempt = citizen.submit(n)
            with self.lock:
                self.attempts.append(attempt)
            if attempt.outcome != "acknowledged":
                citizen.token = ""  # a fresh form next time (the server may be a new one)
                wait_for(
                    lambda: healthy(self.port_of()),
                    timeout=120,
                    what="the site to answer again",
                    interval=0.1,
                )

    def start(self) -> Burst:
        for thread in self.threads:
            thread.start()
        return self

    def acknowledged(self) -> int:
        with self.lock:
            return sum(1 for a in self.attempts if a.outcome == "acknowledged")

    def join(self, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        for thread in self.threads:
            thread.join(max(0.1, deadline - time.monotonic()))
        assert not any(t.is_alive() for t in self.threads), "clients still running"


# --------------------------------------------------------------------------- the checks
@dataclass
class Stored:
    tried: int
    acknowledged: int
    stored: int
    unacknowledged_stored: int
    orphans_removed: int
    outcomes: Counter

    def line(self) -> str:
        seen = ", ".join(f"{k}: {v}" for k, v in sorted(self.outcomes.items()))
        return (
            f"submissions tried {self.tried}, acknowledged {self.acknowledged}, stored "
            f"{self.stored} (unacknowledged but complete: {self.unacknowledged_stored}); "
            f"orphan files removed by the cleanup command: {self.orphans_removed}; "
            f"client outcomes: {seen}"
        )


def check_submissions(app: App, attempts: list[Attempt]) -> Stored:
    """Every acknowledged submission stored exactly once with its code and its files; an
    unacknowledged one absent or complete; no file without a row once the cleanup command
    (feedback_cleanup_orphans, as the daily cron runs it) has run; no row without its file."""
    rows = app.query(
        "SELECT f.id, f.code, f.subject, COUNT(a.id) FROM feedback_feedback f "
        "LEFT JOIN feedback_feedbackattachment a ON a.feedback_id = f.id "
        "GROUP BY f.id, f.code, f.subject"
    )
    by_token: dict[str, list[tuple]] = {}
    for row in rows:
        match = TOKEN_RE.search(row[2])
        assert match, f"a case the test did not send: {row}"
        by_token.setdefault(match.group(1), []).append(row)
    codes = [row[1] for row in rows]
    assert len(codes) == len(set(codes)), "a tracking code was given twice"
    sent = {a.token: a for a in attempts}
    assert set(by_token) <= set(sent), "a stored case no client sent"
    unacked_stored = 0
    for token, attempt in sent.items():
        found = by_token.get(token, [])
        if attempt.outcome == "acknowledged":
            assert len(found) == 1, f"acknowledged {token} stored {len(found)} times"
            assert found[0][1] == attempt.code, f"{token}: code {found[0][1]} ≠ {attempt.code}"
        else:
            assert len(found) <= 1, f"unacknowledged {token} stored {len(found)} times"
            unacked_stored += len(found)
        for row in found:
            assert row[3] == ATTACHMENTS_PER_SUBMISSION, f"half-saved case {token}: {row}"
    files = app.query("SELECT file, size FROM feedback_feedbackattachment")
    for name, size in files:
        path = app.private_root / name
        assert path.is_file(), f"attachment row without its file: {name}"
        assert path.stat().st_size == size > 0, f"attachment file of the wrong size: {name}"
    known = {name for name, _size in files}
    on_disk = _attachment_files(app)
    orphans = on_disk - known
    # The daily job only removes files older than 10 minutes: age them as tomorrow would.
    old = time.time() - 2 * 3600
    for name in on_disk:
        os.utime(app.private_root / name, (old, old))
    app.manage("feedback_cleanup_orphans", "--delete", "--min-age", "10")
    left = _attachment_files(app)
    assert left == known, f"files left without a row: {sorted(left - known)[:5]}"
    return Stored(
        tried=len(attempts),
        acknowledged=sum(1 for a in attempts if a.outcome == "acknowledged"),
        stored=len(rows),
        unacknowledged_stored=unacked_stored,
        orphans_removed=len(orphans),
        outcomes=Counter(a.outcome for a in attempts),
    )


def _attachment_files(app: App) -> set[str]:
    base = app.private_root / "feedback"
    if not base.exists():
        return set()
    return {str(p.relative_to(app.private_root)) for p in base.rglob("*") if p.is_file()}


# --------------------------------------------------------------------------- PostgreSQL
class PostgresCluster:
    """An own cluster: initdb into a temporary directory, trust auth, a free port, no fsync
    (a throwaway; the tests crash the server process, never the machine, and that loses
    nothing committed without fsync). As the ``postgres`` user when run as root."""

    def __init__(self):
        self.bindir = postgres_bindir()
        self.port = free_port()
        # Not under pytest's tmp_path (mode 700): the server's user must reach it.
        self.tmp = Path(tempfile.mkdtemp(prefix="cchc-fault-pg-"))
        os.chmod(self.tmp, 0o755)  # noqa: S103
        self.data = self.tmp / "data"
        self.logfile = self.tmp / "postgres.log"
        self.socket_dir = self.tmp / "sock"
        self.user = pwd.getpwnam("postgres") if os.geteuid() == 0 else None

    def _run(self, *args: str, timeout: float = 120) -> None:
        cmd = [f"{self.bindir}/{args[0]}", *args[1:]]
        kwargs = {}
        if self.user is not None:  # initdb refuses root; no preexec_fn: threads are running
            kwargs = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        done = subprocess.run(  # noqa: S603
            cmd, capture_output=True, text=True, timeout=timeout, check=False, cwd="/", **kwargs
        )
        assert done.returncode == 0, f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}"

    def init(self) -> None:
        for path in (self.socket_dir, self.data):
            path.mkdir()
        self.logfile.touch()
        if self.user is not None:
            for path in (self.socket_dir, self.data, self.logfile):
                os.chown(path, self.user.pw_uid, self.user.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--no-sync",
        )  # fmt: skip

    def _options(self) -> str:
        return (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.socket_dir} "
            # fsync off is safe against a killed server (the OS keeps what was written);
            # synchronous_commit stays on: off, an acknowledged commit is lost by a crash.
            "-c fsync=off -c full_page_writes=off "
            "-c max_connections=60"
        )

    def _ctl(self, *args: str) -> None:
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.logfile), "-o", self._options(),
            "-w", "-t", "60", *args,
        )  # fmt: skip

    def start(self) -> None:
        self._ctl("start")

    def restart(self, mode: str) -> None:
        self._ctl("-m", mode, "restart")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')


# --------------------------------------------------------------------------- Redis
class RedisServer:
    """An own redis-server on a free port, its data in a temporary directory (append-only
    file on, so a stop and start keeps what it held, as a production Redis does)."""

    def __init__(self, tmp: Path):
        self.port = free_port()
        self.dir = tmp / "redis"
        self.dir.mkdir()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(  # noqa: S603
            [
                redis_server() or "redis-server",
                "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.dir),
                "--appendonly", "yes", "--save", "", "--daemonize", "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for(self.ping, timeout=30, what="redis-server to answer")

    def client(self):
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=2)

    def ping(self) -> bool:
        try:
            return bool(self.client().ping())
        except Exception:  # noqa: BLE001 - refused, still loading...
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: redis writes its append-only file and exits
            self.proc.wait(timeout=30)
