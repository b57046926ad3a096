"""Benchmark: dossiers received by 32 concurrent desk clients through the services (each with
a PDF attachment), then walked through the whole workflow to the returned result.

A throwaway SQLite database under /tmp (or PostgreSQL with --database-url, which must be
empty or disposable: it is migrated). Prints throughput and latency percentiles of both
phases, then proves nothing was lost or duplicated: dossier count, distinct codes,
gap-free serials per day, one stored file each, every event.

    .venv/bin/python bench/bench_dossiers.py [--dossiers 5000] [--clients 32] [--database-url URL]

The citizen's online form (h-filing) feeds the same ``dossier_receive``; a through-the-form
HTTP benchmark belongs with it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

SETTINGS = """
from cchc.settings.base import *  # noqa
DEBUG = False
SECRET_KEY = "bench-only"
ALLOWED_HOSTS = ["*"]
AXES_ENABLED = False
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
STORAGES["private"]["OPTIONS"]["location"] = r"%(media)s"
if not DATABASE_URL:
    DATABASES["default"]["NAME"] = r"%(db)s"
"""


def percentile(values, p):
    values = sorted(values)
    if not values:
        return 0.0
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def run_threads(clients, work):
    """``work(i)`` in ``clients`` threads; returns (seconds, latencies, errors)."""
    from django.db import connections

    latencies, errors, lock = [], [], threading.Lock()
    barrier = threading.Barrier(clients)

    def worker(i):
        try:
            barrier.wait()
            for took in work(i):
                with lock:
                    latencies.append(took)
        except Exception as exc:  # reported below
            errors.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, latencies, errors


def report(name, seconds, latencies, errors):
    n = len(latencies)
    print(
        f"{name}: {n} in {seconds:.1f} s = {n / seconds:.1f}/s; latency ms p50 "
        f"{percentile(latencies, 50) * 1000:.0f}, p95 {percentile(latencies, 95) * 1000:.0f}, "
        f"p99 {percentile(latencies, 99) * 1000:.0f}, mean {statistics.fmean(latencies or [0]) * 1000:.0f}; "
        f"errors {len(errors)}"
    )
    for e in errors[:5]:
        print("  ", e)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="bench-dossiers-")
    Path(tmp, "bench_dossiers_settings.py").write_text(
        SETTINGS % {"media": f"{tmp}/private", "db": f"{tmp}/bench.sqlite3"}, encoding="utf-8"
    )
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench_dossiers_settings"
    sys.path[:0] = [tmp, str(ROOT)]
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    env = {**os.environ, "PYTHONPATH": f"{tmp}{os.pathsep}{ROOT}"}
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "migrate", "-v", "0"], check=True, env=env
    )

    import django

    django.setup()
    from decimal import Decimal

    from django.contrib.auth.models import Group, User
    from django.db import connection

    from cchc.directory.models import Agency, AgencyStaff
    from cchc.dossiers import services
    from cchc.dossiers.models import Dossier, DossierAttachment, DossierEvent
    from cchc.dossiers.permissions import GROUP_DESK, GROUP_LEADER
    from cchc.procedures.models import Procedure, ProcedureField

    agency = Agency.objects.create(
        code="BENCH", name="Sở thử tải", slug="so-thu-tai", level="department"
    )
    procedure = Procedure.objects.create(
        code="1.000001.000.00.00.H99",
        name="Thủ tục thử tải",
        level="province",
        agency=agency,
        field=ProcedureField.objects.create(name="Thử tải"),
        time_limit_days=Decimal(5),
        published=True,
    )
    desk = User.objects.create_user("bench_desk")
    desk.groups.add(Group.objects.get(name=GROUP_DESK), Group.objects.get(name=GROUP_LEADER))
    AgencyStaff.objects.create(user=desk, agency=agency)
    per_client = args.dossiers // args.clients
    total = per_client * args.clients
    ids: list[list[int]] = [[] for _ in range(args.clients)]

    def receive(i):
        actor = User.objects.get(pk=desk.pk)
        for j in range(per_client):
            t = time.perf_counter()
            d = services.dossier_receive(
                procedure=procedure,
                receiving_agency=agency,
                channel="desk",
                actor=actor,
                applicant=services.Applicant(name=f"Người nộp {i}-{j}", phone="0900000000"),
                files=[
                    services.UploadedFile(
                        content=PDF + f"% {i}-{j}".encode(), name="don.pdf", mime="application/pdf"
                    )
                ],
            )
            ids[i].append(d.pk)
            yield time.perf_counter() - t

    def walk(i):
        actor = User.objects.get(pk=desk.pk)
        for pk in ids[i]:
            t = time.perf_counter()
            d = services.dossier_accept(dossier=pk, actor=actor)
            d = services.dossier_assign(dossier=d, actor=actor, officer=actor)
            d = services.dossier_assess(dossier=d, actor=actor, note="ok")
            d = services.dossier_approve(dossier=d, actor=actor)
            d = services.dossier_result_ready(dossier=d, actor=actor)
            services.dossier_return(dossier=d, actor=actor)
            yield time.perf_counter() - t

    print(f"database: {connection.vendor}; {total} dossiers from {args.clients} clients")
    report("receipt (1 file each)", *run_threads(args.clients, receive))
    report("workflow accept → return (6 steps)", *run_threads(args.clients, walk))

    codes = list(Dossier.objects.values_list("code", flat=True))
    by_day: dict[str, list[int]] = {}
    for code in codes:
        prefix, serial = code.rsplit("-", 1)
        by_day.setdefault(prefix, []).append(int(serial))
    gap_free = all(sorted(v) == list(range(1, len(v) + 1)) for v in by_day.values())
    files = DossierAttachment.objects.count()
    returned = Dossier.objects.filter(status="returned").count()
    events = DossierEvent.objects.count()
    ok = (
        len(codes) == total == len(set(codes)) == files == returned
        and gap_free
        and events == total * 7
    )
    print(
        f"check: dossiers {len(codes)}/{total}, distinct codes {len(set(codes))}, gap-free {gap_free}, "
        f"files {files}, returned {returned}, events {events}/{total * 7} → {'OK' if ok else 'FAILED'}"
    )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
