"""The audit log is append-only at the database level (PostgreSQL).

A trigger refuses UPDATE and DELETE on ``core_auditevent``. One UPDATE is allowed: the
``actor_id`` set to NULL by the foreign key's ``ON DELETE SET NULL`` when a user account
is deleted (every other column unchanged); Django emulates it with an UPDATE.
On SQLite the migration does nothing (documented in docs/security.md); the admin refuses
edits and deletes on every database.
"""

from django.db import migrations

CREATE = r"""
CREATE OR REPLACE FUNCTION cchc_auditevent_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND OLD.actor_id IS NOT NULL AND NEW.actor_id IS NULL
       AND (NEW.id, NEW.created_at, NEW.action, NEW.object_type, NEW.object_id,
            NEW.object_repr, NEW.data::text, NEW.ip_address)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.created_at, OLD.action, OLD.object_type, OLD.object_id,
            OLD.object_repr, OLD.data::text, OLD.ip_address) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'core_auditevent is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS cchc_auditevent_append_only ON core_auditevent;
CREATE TRIGGER cchc_auditevent_append_only
    BEFORE UPDATE OR DELETE ON core_auditevent
    FOR EACH ROW EXECUTE FUNCTION cchc_auditevent_append_only();
"""

DROP = r"""
DROP TRIGGER IF EXISTS cchc_auditevent_append_only ON core_auditevent;
DROP FUNCTION IF EXISTS cchc_auditevent_append_only();
"""


def _on_postgres(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, None)  # no parameters: keep % literal

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(_on_postgres(CREATE), _on_postgres(DROP), elidable=False)]
