"""Attachment files without a database row (issue 12, point 11).

``feedback_submit`` writes each file to the private storage, then its row, inside the
case's transaction; on a storage error it deletes what it wrote. A crash (process killed,
database gone) between the file and the commit still leaves a file no row points to:
:func:`find_orphans` lists them, only those older than ``min_age`` so that a submission
still in flight (files written, transaction not yet committed) is never touched.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator

from django.utils import timezone

from .models import FeedbackAttachment

logger = logging.getLogger("cchc.feedback")
ROOT = "feedback"  # attachment_upload_to writes under feedback/YYYY/MM/
DEFAULT_MIN_AGE = dt.timedelta(hours=1)


def _storage():
    return FeedbackAttachment._meta.get_field("file").storage


def _walk(storage, path: str) -> Iterator[str]:
    try:
        dirs, files = storage.listdir(path)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{path}/{name}"
    for name in sorted(dirs):
        yield from _walk(storage, f"{path}/{name}")


def find_orphans(min_age: dt.timedelta = DEFAULT_MIN_AGE) -> list[tuple[str, int]]:
    """(name, size) of each stored attachment file without a row, older than ``min_age``."""
    storage = _storage()
    cutoff = timezone.now() - min_age
    known = set(FeedbackAttachment.objects.values_list("file", flat=True))
    orphans = []
    for name in _walk(storage, ROOT):
        if name in known:
            continue
        try:
            modified = storage.get_modified_time(name)
            size = storage.size(name)
        except (FileNotFoundError, NotImplementedError):
            continue
        if timezone.is_naive(modified):
            modified = timezone.make_aware(modified, dt.UTC)
        if modified > cutoff:
            continue  # perhaps a submission in flight
        # Checked again just before it is listed: a row committed meanwhile keeps the file.
        if FeedbackAttachment.objects.filter(file=name).exists():
            continue
        orphans.append((name, size))
    return orphans


def delete_orphans(orphans: list[tuple[str, int]]) -> int:
    storage = _storage()
    deleted = 0
    for name, _size in orphans:
        if FeedbackAttachment.objects.filter(file=name).exists():
            continue
        try:
            storage.delete(name)
        except OSError:
            logger.warning("could not delete orphan attachment %s", name)
            continue
        deleted += 1
    return deleted
