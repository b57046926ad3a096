"""The backend-native inverted index (FTS5 on SQLite, tsvector + GIN on PostgreSQL)."""

from django.db import migrations


def create(apps, schema_editor):
    from cchc.search.backends import backend_for

    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection).create_schema(cursor)


def drop(apps, schema_editor):
    from cchc.search.backends import backend_for

    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection).drop_schema(cursor)


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
