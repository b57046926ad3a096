"""What leaves the contest as a file, each hand-out audited where it happens: an entry's
original file (secretary), the blind copy of it (jury), the score spreadsheet."""

from __future__ import annotations

from cchc.core.audit import record_event

from .. import exports, selectors
from ..models import Contest, Entry, EntryAttachment
from ..uploads import blind_copy


def attachment_open(*, entry: Entry, attachment: EntryAttachment, actor, request=None):
    """The original file, opened for reading (``cchc.contest.attachment.download``)."""
    record_event(
        "cchc.contest.attachment.download",
        actor=actor,
        obj=entry,
        data={"attachment": attachment.pk},
        request=request,
    )
    return attachment.file.open("rb")


def attachment_blind_copy(
    *, entry: Entry, attachment: EntryAttachment, number: int, actor, request=None
) -> bytes:
    """A juror's copy of the ``number``-th file, without what names the author
    (``cchc.contest.attachment.jury_download``). A copy that cannot be made raises
    ``ValidationError`` and is not audited: nothing was handed out."""
    with attachment.file.open("rb") as fh:
        data = fh.read()
    data = blind_copy(data, attachment.mime)
    record_event(
        "cchc.contest.attachment.jury_download",
        actor=actor,
        obj=entry,
        data={"number": number},
        request=request,
    )
    return data


def scores_export(*, contest: Contest, actor, request=None) -> bytes:
    """Every score of the contest as a spreadsheet (``cchc.contest.scores.export``)."""
    data = exports.scores_xlsx(
        contest, selectors.score_rows(contest), selectors.entries_for_secretary(contest)
    )
    record_event("cchc.contest.scores.export", actor=actor, obj=contest, request=request)
    return data
