"""PostgreSQL: every dated vector gains the year of its date (``_md2026``), the coarse
unit of the recency windows. SQLite's index is unchanged."""

from django.db import migrations


def add_date_years(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "UPDATE sitesearch_tsv t SET tsv = t.tsv || array_to_tsvector("
            "ARRAY['_md' || extract(year FROM e.date)::int::text]) "
            "FROM sitesearch_searchentry e WHERE e.sort_key = t.sort_key AND e.date IS NOT NULL"
        )


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0004_sortkey_kind_year_index")]

    operations = [migrations.RunPython(add_date_years, migrations.RunPython.noop)]
