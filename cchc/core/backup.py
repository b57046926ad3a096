"""Backups that restore: the database, public media and private files in one archive.

An archive (``.tar.gz``) holds ``manifest.json`` (format, creation time, database vendor,
applied migrations, and the size and SHA-256 of every member), the database
(``database.sqlite3`` made with SQLite's online backup API while the site runs, or
``database.pgdump`` from ``pg_dump --format=custom``) and the files under ``media/`` and
``private/``. :func:`restore_archive` checks every checksum before it touches anything,
refuses a database or storage that is not empty unless told to replace them, and extracts
with tarfile's ``data`` filter (no absolute paths, links or traversal).

Commands: ``manage.py backup [--output DIR]`` and ``manage.py restore ARCHIVE [--force]``
(``make backup`` / ``make restore ARCHIVE=…``); documented in docs/deployment.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone
from django.utils.translation import gettext as _

from .exceptions import CchcError

FORMAT = 1
SQLITE_MEMBER = "database.sqlite3"
PG_MEMBER = "database.pgdump"
TREES = {"media": "MEDIA_ROOT", "private": "PRIVATE_MEDIA_ROOT"}


class BackupError(CchcError):
    """A backup could not be made or restored; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class Target:
    """Where a restore writes: a database connection's settings and two storage folders."""

    database: dict
    media_root: Path
    private_root: Path


def current_target(alias: str = "default") -> Target:
    return Target(
        database=connections[alias].settings_dict,
        media_root=Path(settings.MEDIA_ROOT),
        private_root=Path(settings.PRIVATE_MEDIA_ROOT),
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise BackupError(
            _("Không tìm thấy chương trình %(name)s (gói postgresql-client).") % {"name": name}
        )
    return path


def _pg_env(db: dict) -> dict:
    env = {**os.environ}
    for key, var in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if db.get(key):
            env[var] = str(db[key])
    return env


def _pg_run(db: dict, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run a PostgreSQL client (fixed program, arguments from settings) against ``db``."""
    return subprocess.run(  # noqa: S603
        args, env=_pg_env(db), capture_output=True, text=True, check=False
    )


def _dump_database(alias: str, into: Path) -> str:
    connection = connections[alias]
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(into / SQLITE_MEMBER)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
        return SQLITE_MEMBER
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        dump = [_tool("pg_dump"), "--format=custom", "--no-owner", "--file"]
        result = _pg_run(db, [*dump, str(into / PG_MEMBER), db["NAME"]])
        if result.returncode:
            raise BackupError(
                _("pg_dump thất bại: %(err)s") % {"err": result.stderr.strip()[-500:]}
            )
        return PG_MEMBER
    raise BackupError(
        _("Chưa hỗ trợ sao lưu cơ sở dữ liệu %(vendor)s.") % {"vendor": connection.vendor}
    )


def _migrations(alias: str) -> dict[str, str]:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        latest: dict[str, str] = {}
        for app, name in cursor.fetchall():
            latest[app] = max(latest.get(app, ""), name)
    return latest


def make_backup(
    output_dir: Path, *, alias: str = "default", now: dt.datetime | None = None
) -> Path:
    """Write one archive into ``output_dir``; return its path."""
    now = now or timezone.now()
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime(now).strftime("%Y%m%d-%H%M%S")
    archive = output_dir / f"cchc-backup-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="cchc-backup-") as tmp:
        work = Path(tmp)
        db_member = _dump_database(alias, work)
        members = {db_member: work / db_member}
        for tree, setting in TREES.items():
            root = Path(getattr(settings, setting))
            if root.is_dir():
                for path in sorted(
                    p for p in root.rglob("*") if p.is_file() and not p.is_symlink()
                ):
                    members[f"{tree}/{path.relative_to(root).as_posix()}"] = path
        manifest = {
            "format": FORMAT,
            "created": now.isoformat(),
            "database": {"vendor": connections[alias].vendor, "member": db_member},
            "migrations": _migrations(alias),
            "members": {
                name: {"size": path.stat().st_size, "sha256": _sha256(path)}
                for name, path in members.items()
            },
        }
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            info.mtime = int(now.timestamp())
            tar.addfile(info, io.BytesIO(data))
            for name, path in members.items():
                tar.add(path, arcname=name, recursive=False)
        partial.replace(archive)
    return archive


def read_manifest(archive: Path) -> dict:
    try:
        with tarfile.open(archive, "r:gz") as tar:
            member = tar.extractfile("manifest.json")
            if member is None:
                raise KeyError("manifest.json")
            manifest = json.loads(member.read())
    except (OSError, KeyError, tarfile.TarError, json.JSONDecodeError) as exc:
        raise BackupError(
            _("Tệp sao lưu hỏng hoặc không đúng định dạng: %(err)s") % {"err": exc}
        ) from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(_("Định dạng sao lưu không được hỗ trợ."))
    return manifest


def _verify(work: Path, manifest: dict) -> None:
    for name, meta in manifest["members"].items():
        path = work / name
        if (
            not path.is_file()
            or path.stat().st_size != meta["size"]
            or _sha256(path) != meta["sha256"]
        ):
            raise BackupError(
                _("Tệp “%(name)s” trong bản sao lưu bị thiếu hoặc sai mã kiểm tra.")
                % {"name": name}
            )


def _database_is_empty(db: dict, vendor: str) -> bool:
    if vendor == "sqlite":
        path = Path(db["NAME"])
        if not path.exists() or path.stat().st_size == 0:
            return True
        with sqlite3.connect(path) as conn:
            return not conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' LIMIT 1"
            ).fetchone()
    count = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
    result = _pg_run(db, [_tool("psql"), "-tAc", count, db["NAME"]])
    if result.returncode:
        raise BackupError(
            _("Không kết nối được cơ sở dữ liệu đích: %(err)s")
            % {"err": result.stderr.strip()[-300:]}
        )
    return result.stdout.strip() == "0"


def _restore_database(work: Path, manifest: dict, target: Target, *, force: bool) -> None:
    vendor = manifest["database"]["vendor"]
    db = target.database
    want = "sqlite" if db["ENGINE"].endswith("sqlite3") else "postgresql"
    if want != vendor:
        raise BackupError(
            _("Bản sao lưu là cơ sở dữ liệu %(have)s, nơi khôi phục là %(want)s.")
            % {"have": vendor, "want": want}
        )
    if not force and not _database_is_empty(db, vendor):
        raise BackupError(_("Cơ sở dữ liệu đích không trống; dùng --force để thay thế."))
    source = work / manifest["database"]["member"]
    if vendor == "sqlite":
        dest = Path(db["NAME"])
        dest.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(f"{dest}{suffix}").unlink(missing_ok=True)
        with sqlite3.connect(source) as src, sqlite3.connect(dest) as dst:
            src.backup(dst)
        return
    args = [_tool("pg_restore"), "--no-owner", "--exit-on-error", "--dbname", db["NAME"]]
    if force:
        args[1:1] = ["--clean", "--if-exists"]
    result = _pg_run(db, [*args, str(source)])
    if result.returncode:
        raise BackupError(_("pg_restore thất bại: %(err)s") % {"err": result.stderr.strip()[-500:]})


def _restore_files(work: Path, target: Target, *, force: bool) -> int:
    count = 0
    for tree, root in (("media", target.media_root), ("private", target.private_root)):
        source = work / tree
        if root.exists() and any(root.iterdir()):
            if not force:
                raise BackupError(
                    _("Thư mục “%(dir)s” không trống; dùng --force để thay thế.") % {"dir": root}
                )
            shutil.rmtree(root)
        root.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            for path in source.rglob("*"):
                if path.is_file():
                    dest = root / path.relative_to(source)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(path, dest)
                    count += 1
    return count


def restore_archive(archive: Path, target: Target, *, force: bool = False) -> dict:
    """Restore ``archive`` into ``target``; return the manifest. Nothing is written when a
    checksum fails or the target is not empty (without ``force``)."""
    manifest = read_manifest(archive)
    with tempfile.TemporaryDirectory(prefix="cchc-restore-") as tmp:
        work = Path(tmp)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")
        _verify(work, manifest)
        if not force:  # check both before writing either
            if not _database_is_empty(target.database, manifest["database"]["vendor"]):
                raise BackupError(_("Cơ sở dữ liệu đích không trống; dùng --force để thay thế."))
            for root in (target.media_root, target.private_root):
                if root.exists() and any(root.iterdir()):
                    raise BackupError(
                        _("Thư mục “%(dir)s” không trống; dùng --force để thay thế.")
                        % {"dir": root}
                    )
        _restore_database(work, manifest, target, force=force)
        _restore_files(work, target, force=force)
    return manifest
