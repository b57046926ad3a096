"""Backups that restore: every row and every file comes back, checksums guard the archive."""

import hashlib
import io
import sqlite3
import tarfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection

from cchc.core.backup import BackupError, Target, make_backup, read_manifest, restore_archive


@pytest.fixture
def storage(tmp_path, settings):
    media, private = tmp_path / "media", tmp_path / "private"
    (media / "images").mkdir(parents=True)
    (private / "feedback" / "2026").mkdir(parents=True)
    (media / "images" / "ảnh-trụ-sở.jpg").write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    (private / "feedback" / "2026" / "don.pdf").write_bytes("%PDF-1.7 riêng tư".encode())
    settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT = media, private
    return media, private


@pytest.fixture
def some_rows(home_page):
    group = Group.objects.create(name="Cán bộ một cửa")
    user = User.objects.create_user("canbo", "canbo@example.gov.vn", "x", first_name="Bình")
    user.groups.add(group)
    return user


def files_of(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file()
    }


def sqlite_rows(conn) -> dict[str, list]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
        # virtual (FTS5) tables are compared through their shadow tables, which hold the index
        if not r[0].startswith("sqlite_")
    ]
    return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}  # noqa: S608


@pytest.mark.django_db(transaction=True)
def test_sqlite_backup_restores_every_row_and_file(tmp_path, storage, some_rows):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite test (the PostgreSQL one follows)")
    archive = make_backup(tmp_path / "out")
    manifest = read_manifest(archive)
    assert manifest["database"]["vendor"] == "sqlite"
    assert "media/images/ảnh-trụ-sở.jpg" in manifest["members"]
    assert "private/feedback/2026/don.pdf" in manifest["members"]

    target = Target(
        database={"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "new.sqlite3")},
        media_root=tmp_path / "new-media",
        private_root=tmp_path / "new-private",
    )
    restore_archive(archive, target)

    # both read raw (Django's own connection converts booleans and dates)
    with sqlite3.connect(connection.settings_dict["NAME"]) as original:
        source = sqlite_rows(original)
    with sqlite3.connect(target.database["NAME"]) as restored:
        assert sqlite_rows(restored) == source
    assert source["auth_user"] and source["wagtailcore_page"]
    assert files_of(target.media_root) == files_of(storage[0])
    assert files_of(target.private_root) == files_of(storage[1])


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_postgresql_backup_restores_every_row_and_file(tmp_path, storage, some_rows):
    import psycopg

    db = connection.settings_dict
    name = f"{db['NAME']}_restore"
    params = {
        k: db[v]
        for k, v in (("host", "HOST"), ("port", "PORT"), ("user", "USER"), ("password", "PASSWORD"))
        if db.get(v)
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        archive = make_backup(tmp_path / "out")
        target = Target(
            database={**db, "NAME": name},
            media_root=tmp_path / "new-media",
            private_root=tmp_path / "new-private",
        )
        restore_archive(archive, target)
        with connection.cursor() as cursor:
            tables = connection.introspection.table_names(cursor)
        # both read through plain psycopg connections (same type adaptation on each side)
        with (
            psycopg.connect(dbname=db["NAME"], **params) as original,
            psycopg.connect(dbname=name, **params) as restored,
        ):
            for table in tables:
                want = sorted(map(repr, original.execute(f'SELECT * FROM "{table}"').fetchall()))  # noqa: S608
                got = sorted(map(repr, restored.execute(f'SELECT * FROM "{table}"').fetchall()))  # noqa: S608
                assert got == want, table
        assert files_of(target.private_root) == files_of(storage[1])
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.django_db(transaction=True)
def test_a_tampered_archive_is_refused_before_anything_is_written(tmp_path, storage, some_rows):
    if connection.vendor != "sqlite":
        pytest.skip("uses the SQLite target")
    archive = make_backup(tmp_path / "out")
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(archive, "r:gz") as src, tarfile.open(tampered, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()
            if member.name.endswith("don.pdf"):
                data = data.replace(b"PDF", b"PDX")
            member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    target = Target(
        database={"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "new.sqlite3")},
        media_root=tmp_path / "new-media",
        private_root=tmp_path / "new-private",
    )
    with pytest.raises(BackupError, match="sai mã kiểm tra"):
        restore_archive(tampered, target)
    assert not Path(target.database["NAME"]).exists()
    assert not target.private_root.exists()


@pytest.mark.django_db(transaction=True)
def test_a_non_empty_target_is_refused_without_force(tmp_path, storage, some_rows):
    if connection.vendor != "sqlite":
        pytest.skip("uses the SQLite target")
    archive = make_backup(tmp_path / "out")
    occupied = tmp_path / "occupied-media"
    occupied.mkdir()
    (occupied / "keep.txt").write_text("dữ liệu đang dùng")
    target = Target(
        database={"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "new.sqlite3")},
        media_root=occupied,
        private_root=tmp_path / "new-private",
    )
    with pytest.raises(BackupError, match="không trống"):
        restore_archive(archive, target)
    assert (occupied / "keep.txt").read_text() == "dữ liệu đang dùng"
    assert not Path(target.database["NAME"]).exists()
    restore_archive(archive, target, force=True)
    assert files_of(occupied) == files_of(storage[0])


def test_a_file_that_is_not_an_archive_gets_a_clear_error(tmp_path):
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"not a backup")
    with pytest.raises(BackupError, match="hỏng hoặc không đúng định dạng"):
        read_manifest(junk)
