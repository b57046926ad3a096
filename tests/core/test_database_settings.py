"""A SQLite database given as ``DATABASE_URL`` gets the same settings as the default file
(WAL, busy timeout, IMMEDIATE transactions): without them the demo load failed with
"database is locked" as soon as background index tasks wrote beside it."""

import runpy
from pathlib import Path

BASE = Path(__file__).resolve().parents[2] / "cchc" / "settings" / "base.py"


def _database(monkeypatch, url: str | None) -> dict:
    if url:
        monkeypatch.setenv("DATABASE_URL", url)
    else:
        monkeypatch.delenv("DATABASE_URL", raising=False)
    return runpy.run_path(str(BASE))["DATABASES"]["default"]


def test_sqlite_url_gets_the_default_files_settings(monkeypatch, tmp_path):
    default = _database(monkeypatch, None)
    from_url = _database(monkeypatch, f"sqlite:///{tmp_path / 'cchc.sqlite3'}")
    assert from_url["ENGINE"] == default["ENGINE"] == "django.db.backends.sqlite3"
    assert from_url["OPTIONS"] == default["OPTIONS"]
    assert "busy_timeout" in from_url["OPTIONS"]["init_command"]
    assert from_url["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert from_url["NAME"] == str(tmp_path / "cchc.sqlite3")


def test_postgres_url_keeps_its_own_options(monkeypatch):
    pg = _database(monkeypatch, "postgres://u@127.0.0.1:5432/cchc")
    assert pg["ENGINE"] == "django.db.backends.postgresql"
    assert "transaction_mode" not in pg.get("OPTIONS", {})
