"""Native index v2: one flat term list per entry (plain, ``_t`` title, ``_k`` keys,
``_m`` filters); SQLite's FTS5 table becomes ``detail=none``. The native table is
recreated and refilled from the stored entries (analysis is deterministic)."""

from django.db import migrations

BATCH = 2000


def rebuild(apps, schema_editor):
    from cchc.search.analysis import analyse_document
    from cchc.search.backends import backend_for

    connection = schema_editor.connection
    backend = backend_for(connection)
    with connection.cursor() as cursor:
        backend.drop_schema(cursor)
        backend.create_schema(cursor)
    SearchEntry = apps.get_model("sitesearch", "SearchEntry")
    rows = []
    entries = SearchEntry.objects.exclude(sort_key=None).order_by("sort_key")
    for entry in entries.iterator(chunk_size=BATCH):
        terms = analyse_document(
            title=entry.title,
            body=entry.body,
            kind=entry.kind,
            year=entry.year,
            keys=entry.keys.split() if entry.keys else (),
            month=entry.date.year * 100 + entry.date.month if entry.date else None,
        )
        rows.append((entry.sort_key, terms))
        if len(rows) >= BATCH:
            backend.add(rows)
            rows = []
    if rows:
        backend.add(rows)


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_native_index")]

    operations = [migrations.RunPython(rebuild, migrations.RunPython.noop)]
