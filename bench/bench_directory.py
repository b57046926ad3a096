"""Directory benchmark: tree selector, /danh-ba/ page, JSON list and Excel import/export
for a large province (default 3,000 agencies, 6,000 leaders) on a throwaway SQLite
database (or DATABASE_URL). Prints figures; asserts nothing.

    .venv/bin/python bench/bench_directory.py [N_AGENCIES]
"""

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CCHC_VAR_DIR", tempfile.mkdtemp(prefix="cchc-bench-dir-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cchc.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def timed(label, func, repeat=5):
    func()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<48} {best * 1000:9.1f} ms")
    return result


def main(n: int) -> None:
    call_command("migrate", verbosity=0)
    from cchc.directory import selectors
    from cchc.directory.excel import export_workbook, import_workbook
    from cchc.directory.models import Agency, Leader

    Agency.objects.all().delete()
    root = Agency.objects.create(code="T", name="Ủy ban nhân dân tỉnh", slug="t", level="province")
    n_districts = max(1, n // 30)
    districts = Agency.objects.bulk_create(
        Agency(
            code=f"D{i}",
            name=f"Ủy ban nhân dân huyện Số {i}",
            slug=f"d{i}",
            level="district",
            parent=root,
            phone="0200 5550 100",
        )
        for i in range(n_districts)
    )
    communes = Agency.objects.bulk_create(
        Agency(
            code=f"C{i}",
            name=f"Ủy ban nhân dân xã Đồng Số {i}",
            slug=f"c{i}",
            level="commune",
            parent=districts[i % n_districts],
            phone="0200 5550 101",
            email=f"c{i}@example.gov.vn",
        )
        for i in range(n - n_districts - 1)
    )
    Leader.objects.bulk_create(
        Leader(
            agency=a,
            full_name=f"Nguyễn Văn {i}",
            title="Chủ tịch UBND",
            office_phone="0200 5552 001",
            mobile="0500 555 001",
        )
        for i, a in enumerate(communes * 2)
    )
    print(
        f"{Agency.objects.count()} agencies, {Leader.objects.count()} leaders, {connection.vendor}"
    )
    timed("agency_tree() (1 query)", selectors.agency_tree)
    timed("agency_tree('dong so 12') filter", lambda: selectors.agency_tree("dong so 12"))
    client = Client()
    with CaptureQueriesContext(connection) as ctx:
        client.get("/danh-ba/", HTTP_HOST="localhost")
    print(f"{'GET /danh-ba/ queries':<48} {len(ctx.captured_queries):9d}")
    timed("GET /danh-ba/", lambda: client.get("/danh-ba/", HTTP_HOST="localhost"), repeat=3)
    timed(
        "GET /danh-ba/?q=dong so 12",
        lambda: client.get("/danh-ba/", {"q": "dong so 12"}, HTTP_HOST="localhost"),
        repeat=3,
    )
    timed(
        "GET /api/v1/danh-ba/",
        lambda: client.get("/api/v1/danh-ba/", HTTP_HOST="localhost"),
        repeat=3,
    )
    data = timed("export_workbook()", export_workbook, repeat=1)
    print(f"{'export size':<48} {len(data) / 1024:9.0f} KiB")
    import io

    report = timed(
        "import_workbook(dry_run=True), no changes",
        lambda: import_workbook(io.BytesIO(data), dry_run=True),
        repeat=1,
    )
    print(f"{'import errors':<48} {len(report.errors):9d}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
