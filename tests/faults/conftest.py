"""Fault tests (issue 12 point 15): the real app server killed, its database restarted, its
Redis stopped, under load. They start their own processes (gunicorn, PostgreSQL, Redis) and
take a couple of minutes, so they run in their own step: ``make test-faults`` (CI: .ci/run).
``make test`` lists them as skipped, saying so. Where gunicorn, initdb or redis-server is
missing they skip saying which; with ``CCHC_REQUIRE_FAULT_TOOLS=1`` (CI) that is a failure.
"""

import os
import shutil

import pytest

from .support import App, postgres_bindir, redis_server, which_gunicorn

NEEDS = {
    "fault_gunicorn": (which_gunicorn, "gunicorn is not installed in the virtualenv"),
    "fault_postgres": (
        postgres_bindir,
        "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql",
    ),
    "fault_redis": (redis_server, "redis-server not found: apt-get install redis-server"),
}


def pytest_collection_modifyitems(config, items):
    enabled = os.environ.get("CCHC_FAULT_TESTS") == "1"
    required = os.environ.get("CCHC_REQUIRE_FAULT_TOOLS") == "1"
    for item in items:
        if "fault" not in item.keywords:
            continue
        if not enabled:
            item.add_marker(
                pytest.mark.skip(
                    reason="fault tests run in their own step: make test-faults "
                    "(CCHC_FAULT_TESTS=1)"
                )
            )
            continue
        for marker, (found, why) in NEEDS.items():
            if marker in item.keywords and not found():
                if required:
                    raise pytest.UsageError(f"fault tests are required (CI) but {why}")
                item.add_marker(pytest.mark.skip(reason=f"fault test skipped: {why}"))


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory):
    """One migrated SQLite database for the session; each test works on a copy."""
    app = App(tmp_path_factory.mktemp("fault-template"))
    app.migrate()
    return app.sqlite_path


@pytest.fixture
def sqlite_app(tmp_path, migrated_sqlite):
    def make(**kwargs) -> App:
        app = App(tmp_path, **kwargs)
        app.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            source = migrated_sqlite.with_name(migrated_sqlite.name + suffix)
            if source.exists():
                shutil.copyfile(source, app.sqlite_path.with_name(app.sqlite_path.name + suffix))
        return app

    return make
