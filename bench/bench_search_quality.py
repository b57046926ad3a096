"""Search relevance benchmark on real Vietnamese legal documents.

    python bench/bench_search_quality.py [--split test|dev|all] [--show-misses]

Imports ``bench/search_quality/documents.jsonl`` (1,000 real documents; source and
method in ``bench/search_quality/extract_diepxuan.py``) into a throwaway SQLite database
under /tmp through the legal library's model (so the search index sees exactly what the
library registers), runs the labelled queries of ``queries.jsonl`` through
``cchc.search.selectors.search`` (the search page's code) and prints success@1,
success@3 and MRR (first relevant document within the first 10 results) per kind of
query. ``--split dev`` is for tuning; report the ``test`` figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "search_quality"
sys.path.insert(0, str(ROOT))

KINDS = [
    "name",
    "name_without_type",
    "type_number_year",
    "key_forms",
    "typo",
    "abbreviation",
    "topical_year",
]


def setup(var_dir: str, db: str | None = None) -> bool:
    """Django on a throwaway SQLite database (or ``db``); True when it was already filled."""
    os.environ["CCHC_VAR_DIR"] = var_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "cchc.settings.test"
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.conf import settings

    path = Path(db) if db else Path(var_dir) / "quality.sqlite3"
    existed = path.exists()
    settings.DATABASES["default"]["NAME"] = str(path)
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    return existed


def load() -> dict[int, str]:
    from django.core.exceptions import ValidationError

    from cchc.legal.models import DocumentType, LegalDocument

    skipped = 0
    types: dict[str, DocumentType] = {}
    ids = {}
    for line in (DATA / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        name = row["doc_type"] or "Văn bản"
        if name not in types:
            types[name], _ = DocumentType.objects.get_or_create(name=name)
        doc = LegalDocument(
            key=row["key"],
            doc_type=types[name],
            title=row["title"],
            issuer_name=row["issuer"],
            issued=dt.date.fromisoformat(row["issued"]) if row["issued"] else None,
            status=row["status"],
            full_text=row["body"],
        )
        try:
            doc.clean()
        except ValidationError:
            skipped += 1  # a key the library refuses (the extractor's or the source's slip)
            continue
        doc.save()
        ids[doc.pk] = row["key"]
    if skipped:
        print(f"{skipped} documents skipped: key refused by the library")
    return ids


def reuse() -> dict[int, str]:
    """The documents already imported (``--db``): re-index with the current analysis."""
    from django.core.management import call_command

    from cchc.legal.models import LegalDocument

    call_command("rebuild_search", verbosity=0)
    return dict(LegalDocument.objects.values_list("pk", "key"))


def evaluate(queries, ids, show_misses=False):
    from cchc.search.selectors import search

    per_kind = defaultdict(list)
    for item in queries:
        results = search(item["q"])
        got = []
        for hit in results.hits:
            if hit.entry.kind == "legal":
                got.append(ids.get(int(hit.entry.object_id), "?"))
        relevant = set(item["relevant"])
        rank = next((i + 1 for i, key in enumerate(got) if key in relevant), None)
        per_kind[item["kind"]].append(rank)
        if show_misses and rank != 1:
            print(
                f"  miss [{item['kind']}] {item['q']!r}: want {sorted(relevant)}, rank {rank}, "
                f"top {got[:3]}"
                + (f" (suggestion: {results.suggestion!r})" if results.suggestion else "")
            )
    return per_kind


def figures(ranks):
    n = len(ranks)
    s1 = sum(1 for r in ranks if r == 1) / n
    s3 = sum(1 for r in ranks if r and r <= 3) / n
    mrr = sum(1 / r for r in ranks if r) / n
    return n, s1, s3, mrr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["test", "dev", "all"])
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--db", help="keep the database in this SQLite file and reuse it (faster re-runs)"
    )
    args = parser.parse_args()
    var_dir = tempfile.mkdtemp(prefix="cchc-bench-quality-", dir="/tmp")
    try:
        t = time.perf_counter()
        ids = reuse() if setup(var_dir, args.db) else load()
        print(
            f"{len(ids)} documents imported and indexed in {time.perf_counter() - t:.1f} s (SQLite)"
        )
        queries = [
            json.loads(line)
            for line in (DATA / "queries.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        if args.split != "all":
            queries = [q for q in queries if q["split"] == args.split]
        per_kind = evaluate(queries, ids, args.show_misses)
        print(f"\nsplit: {args.split}, {len(queries)} queries")
        print(f"{'kind':<20}{'n':>5}{'success@1':>11}{'success@3':>11}{'MRR':>8}")
        for kind in KINDS + sorted(set(per_kind) - set(KINDS)):
            if per_kind.get(kind):
                n, s1, s3, mrr = figures(per_kind[kind])
                print(f"{kind:<20}{n:>5}{s1:>11.2f}{s3:>11.2f}{mrr:>8.2f}")
        n, s1, s3, mrr = figures([r for ranks in per_kind.values() for r in ranks])
        print(f"{'all':<20}{n:>5}{s1:>11.2f}{s3:>11.2f}{mrr:>8.2f}")
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
