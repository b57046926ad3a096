"""Benchmark: online filings with two attachments each from 32 concurrent clients through the
real form (/dich-vu-cong/<procedure>/), on PostgreSQL by default.

Creates a throwaway database (``--database-url``, default ``cchc_filing_bench`` on the local
PostgreSQL; ``--sqlite`` for a temporary SQLite file), migrates, creates a procedure with two
required documents and one signed-in applicant per client, then starts gunicorn. Each client
keeps a connection and, per filing, GETs the form (CSRF token, idempotency key) and POSTs it
as multipart with a PDF and a PNG; one filing in ten is POSTed a second time with the same
key (a retry after a timeout) and must land on the same dossier. Prints throughput and
latency percentiles of the submissions, then proves from the database that no dossier, file
or code was lost or duplicated and that the day's serials are gap-free.

    .venv/bin/python bench/bench_filings.py [--filings 1000] [--clients 32] [--workers 4]
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CODE = "1.888001.000.00.00.H99"

SETTINGS = """
from cchc.settings.base import *  # noqa
DEBUG = False
SECRET_KEY = "bench-only"
ALLOWED_HOSTS = ["*"]
AXES_ENABLED = False
ESERVICES_RATE_LIMIT_ENABLED = False
ACCOUNTS_RATE_LIMIT_ENABLED = False
ACCOUNTS_SMS_BACKEND = "cchc.accounts.sms.LocmemSmsBackend"
STORAGES["private"] = {"BACKEND": "django.core.files.storage.FileSystemStorage",
                       "OPTIONS": {"location": str(VAR_DIR / "private")}}
LOGGING["loggers"]["cchc"]["level"] = "WARNING"
"""

SETUP = """
import datetime as dt, json, sys
from decimal import Decimal
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from cchc.accounts.services import applicant_get_or_create
from cchc.directory.models import Agency
from cchc.dossiers.models import RuleSet
from cchc.procedures import services
from cchc.procedures.models import Procedure, ProcedureField, RequiredDocument
RuleSet.objects.get_or_create(effective_from=dt.date(2018, 8, 21), defaults={"name": "NĐ 61/2018", "cutoff": dt.time(15, 0)})
agency = Agency.objects.get_or_create(code="000.00.99.H99", defaults={"name": "Sở Thử nghiệm", "slug": "so-thu-nghiem", "level": "department"})[0]
p = Procedure(code="%(code)s", name="Thủ tục đo hiệu năng", field=ProcedureField.objects.get_or_create(name="Đo hiệu năng")[0],
              level="province", agency=agency, published=True, online_level="full", time_limit_days=Decimal(3))
p.documents = [RequiredDocument(name="Đơn đề nghị", sort_order=0), RequiredDocument(name="Giấy tờ tùy thân", sort_order=1)]
p = services.procedure_save(procedure=p, source="bench")
out = {"slots": [d.pk for d in p.documents.all()], "sessions": []}
for i in range(%(clients)d):
    a = applicant_get_or_create(contact=f"09{i:08d}", kind="phone")
    s = SessionStore()
    s[SESSION_KEY] = str(a.user.pk)
    s[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    s[HASH_SESSION_KEY] = a.user.get_session_auth_hash()
    s.create()
    out["sessions"].append(s.session_key)
json.dump(out, sys.stdout)
"""


def cpu_seconds(*, session: int | None = None, database: str | None = None) -> float:
    """User + system CPU time of the live processes of a session (the gunicorn master and
    its workers) or of the PostgreSQL backends serving ``database``, from /proc: the
    server's work per filing, which other processes on a shared machine do not change."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            if session is not None and int(fields[3]) != session:
                continue
            if database is not None:
                title = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                if f" {database} " not in title:
                    continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, ValueError, IndexError):
            continue
    return total / tick


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def sample_files() -> tuple[bytes, bytes]:
    from PIL import Image
    from pypdf import PdfWriter

    buffer = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.write(buffer)
    pdf = buffer.getvalue()
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(buffer, format="PNG")
    return pdf, buffer.getvalue()


def multipart(fields: dict, files: dict) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
        out.write(str(value).encode() + b"\r\n")
    for name, (filename, mime, data) in files.items():
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            f"Content-Type: {mime}\r\n\r\n".encode()
        )
        out.write(data + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def client_worker(port, session, slots, files, jobs, lock, results, errors):
    pdf, png = files
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    csrf = None
    url = f"/dich-vu-cong/{CODE}/"
    while True:
        with lock:
            if not jobs:
                break
            n = jobs.pop()
        try:
            cookie = f"sessionid={session}" + (f"; csrftoken={csrf}" if csrf else "")
            conn.request("GET", url, headers={"Cookie": cookie, "User-Agent": "bench"})
            response = conn.getresponse()
            body = response.read().decode()
            for c in response.headers.get_all("Set-Cookie") or []:
                if c.startswith("csrftoken="):
                    csrf = c.split(";")[0].split("=", 1)[1]
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
            key = re.search(r'name="key" value="([0-9a-f-]{36})"', body).group(1)
            fields = {
                "csrfmiddlewaretoken": token,
                "key": key,
                "applicant_name": f"Người nộp thử {n}",
                "applicant_address": f"Số {n} đường Thử Nghiệm",
                "applicant_phone": "0912345678",
                "delivery": "desk",
                "action": "submit",
            }
            data, ctype = multipart(
                fields,
                {
                    f"doc_{slots[0]}": ("don.pdf", "application/pdf", pdf),
                    f"doc_{slots[1]}": ("cccd.png", "image/png", png),
                },
            )
            headers = {
                "Content-Type": ctype,
                "Cookie": f"sessionid={session}; csrftoken={csrf}",
                "Referer": f"http://127.0.0.1:{port}{url}",
                "User-Agent": "bench",
            }
            locations = []
            for _attempt in range(2 if n % 10 == 0 else 1):  # one in ten: a retry
                start = time.perf_counter()
                conn.request("POST", url, body=data, headers=headers)
                response = conn.getresponse()
                response.read()
                elapsed = time.perf_counter() - start
                if response.status != 302:
                    errors.append(response.status)
                    break
                locations.append(response.headers["Location"].split("?")[0])
                with lock:
                    results["latencies"].append(elapsed)
            with lock:
                results["keys"].append(key)
                if len(set(locations)) > 1:
                    results["retry_mismatch"] += 1
        except (OSError, http.client.HTTPException, AttributeError) as exc:
            errors.append(repr(exc))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filings", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cchc_filing_bench"
        ),
        help="PostgreSQL URL of a throwaway database (dropped and created)",
    )
    parser.add_argument(
        "--template",
        default=os.environ.get("BENCH_TEMPLATE_DATABASE", ""),
        help="PostgreSQL: copy the database from this migrated template (made if missing) "
        "instead of migrating it each run",
    )
    parser.add_argument("--sqlite", action="store_true", help="a temporary SQLite file instead")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-dossiers-"))
    (tmp / "bench_settings.py").write_text(SETTINGS)
    env = {
        **os.environ,
        "CCHC_VAR_DIR": str(tmp),
        "MEDIA_ROOT": str(tmp / "media"),
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "PYTHONPATH": f"{tmp}{os.pathsep}{ROOT}",
    }
    env.pop("REDIS_URL", None)
    if args.sqlite:
        env.pop("DATABASE_URL", None)
        print(f"database: SQLite {tmp / 'cchc.sqlite3'}")
    else:
        import psycopg

        env["DATABASE_URL"] = args.database_url
        dbname = args.database_url.rsplit("/", 1)[1]
        admin_url = args.database_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
            if args.template:
                exists = conn.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", [args.template]
                ).fetchone()
                if not exists:
                    conn.execute(f'CREATE DATABASE "{args.template}"')
                    template_env = {
                        **env,
                        "DATABASE_URL": args.database_url.rsplit("/", 1)[0] + "/" + args.template,
                    }
                    subprocess.run(
                        [PY, "manage.py", "migrate", "--noinput", "-v0"],
                        cwd=ROOT,
                        env=template_env,
                        check=True,
                    )
                conn.execute(f'CREATE DATABASE "{dbname}" TEMPLATE "{args.template}"')
            else:
                conn.execute(f'CREATE DATABASE "{dbname}"')
        print(
            f"database: PostgreSQL {dbname}" + (f" (from {args.template})" if args.template else "")
        )
    t0 = time.perf_counter()
    subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    setup = subprocess.run(
        [PY, "manage.py", "shell", "-c", SETUP % {"code": CODE, "clients": args.clients}],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    fixture = json.loads(setup.stdout.strip().splitlines()[-1])
    print(f"migrated and set up in {time.perf_counter() - t0:.1f} s")

    port = free_port()
    gunicorn = shutil.which("gunicorn", path=str(Path(PY).parent)) or "gunicorn"
    server = subprocess.Popen(
        [gunicorn, "cchc.wsgi:application", "-b", f"127.0.0.1:{port}", "-w", str(args.workers),
         "-k", "gthread", "--threads", str(args.threads), "--log-level", "warning", "--timeout", "120"],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    files = sample_files()
    try:
        for _ in range(300):
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("server did not start")
        jobs = list(range(args.filings, 0, -1))
        lock = threading.Lock()
        results = {"latencies": [], "keys": [], "retry_mismatch": 0}
        errors: list = []
        threads = [
            threading.Thread(
                target=client_worker,
                args=(
                    port,
                    fixture["sessions"][i],
                    fixture["slots"],
                    files,
                    jobs,
                    lock,
                    results,
                    errors,
                ),
            )
            for i in range(args.clients)
        ]
        dbname = None if args.sqlite else args.database_url.rsplit("/", 1)[1]
        cpu_before = (
            cpu_seconds(session=server.pid),
            cpu_seconds(database=dbname) if dbname else 0.0,
        )
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        cpu_after = cpu_seconds(session=server.pid), cpu_seconds(database=dbname) if dbname else 0.0
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    keys = results["keys"]
    print(
        f"server: gunicorn {args.workers} workers × {args.threads} threads; clients: {args.clients}"
    )
    print(
        f"filings: {len(keys)} of {args.filings} in {wall:.1f} s → {len(keys) / wall:.1f} filings/s "
        f"(each a GET of the form and a multipart POST with 2 files; {sum(1 for k in range(1, args.filings + 1) if k % 10 == 0)} retried); errors: {len(errors)}"
    )
    if keys:
        app_ms = (cpu_after[0] - cpu_before[0]) * 1000 / len(keys)
        db_ms = (cpu_after[1] - cpu_before[1]) * 1000 / len(keys)
        load = os.getloadavg()
        print(
            f"server CPU per filing: {app_ms:.1f} ms gunicorn"
            + (f" + {db_ms:.1f} ms PostgreSQL backends" if dbname else "")
            + f" (load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f})"
        )
    ms = [x * 1000 for x in results["latencies"]]
    if ms:
        print(
            f"POST latency ms: p50 {percentile(ms, 50):.0f} · p90 {percentile(ms, 90):.0f} · "
            f"p99 {percentile(ms, 99):.0f} · max {max(ms):.0f} · mean {statistics.mean(ms):.0f}"
        )
    if errors:
        print("first errors:", errors[:5])

    check = """
import json, sys
from django.db.models import Count, Sum
from cchc.dossiers.models import Dossier, DossierAttachment, DossierCounter
from cchc.eservices.models import Filing
d = Dossier.objects.count()
print(json.dumps({
  "dossiers": d,
  "codes": Dossier.objects.values("code").distinct().count(),
  "attachments": DossierAttachment.objects.count(),
  "dossiers_with_2_files": Dossier.objects.annotate(n=Count("attachments")).filter(n=2).count(),
  "filings_submitted": Filing.objects.filter(status="submitted", dossier__isnull=False).count(),
  "filing_keys": [str(k) for k in Filing.objects.values_list("key", flat=True)],
  "counter_total": DossierCounter.objects.aggregate(s=Sum("last"))["s"] or 0,
}))
"""
    out = subprocess.run(
        [PY, "manage.py", "shell", "-c", check], cwd=ROOT, env=env, check=True,
        capture_output=True, text=True,
    )  # fmt: skip
    db = json.loads(out.stdout.strip().splitlines()[-1])
    n = len(keys)
    print(
        f"stored: {db['dossiers']} dossiers, {db['codes']} distinct codes, {db['attachments']} files "
        f"({db['dossiers_with_2_files']} dossiers with both), {db['filings_submitted']} filings "
        f"submitted, serial counters at {db['counter_total']}, retries on another dossier: "
        f"{results['retry_mismatch']}"
    )
    good = (
        not errors
        and n == args.filings
        and db["dossiers"]
        == db["codes"]
        == db["dossiers_with_2_files"]
        == db["filings_submitted"]
        == n
        and db["attachments"] == 2 * n
        and db["counter_total"] == n
        and set(db["filing_keys"]) == set(keys)
        and results["retry_mismatch"] == 0
    )
    print(
        "VERIFIED: one dossier per filing (retries included), both files each, unique gap-free codes"
        if good
        else "MISMATCH"
    )
    shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(0 if good else 1)


if __name__ == "__main__":
    main()
