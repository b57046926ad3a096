"""Entries: the author submits and edits (until the deadline, to the second); the secretary
accepts, rejects or marks them scored."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

import nh3
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cchc.core.audit import record_event
from cchc.core.exceptions import PermissionDeniedError, ValidationError
from cchc.core.text import nfc

from .. import selectors
from ..choices import EntryStatus
from ..models import Contest, Entry, EntryAttachment, EntryAuthor
from ..uploads import ERR_COUNT, CheckedFile
from ..workflow import EDITABLE
from .common import entry_event, entry_transition, local_time, now_or_clock

ERR_NOT_OPEN = gettext_lazy("Cuộc thi chưa mở nhận bài dự thi.")
ERR_CLOSED = gettext_lazy(
    "Đã hết hạn nhận bài dự thi (hạn cuối %(deadline)s). Bài dự thi không thể nộp hoặc sửa sau hạn."
)
ERR_EXISTS = gettext_lazy(
    "Bạn đã nộp bài dự thi cho cuộc thi này (mã %(code)s). Bạn có thể sửa bài đến hết hạn nộp."
)
ERR_NOT_EDITABLE = gettext_lazy("Bài dự thi đã được xét, không thể sửa nữa.")
ERR_NO_SHEET = gettext_lazy("Bài chưa có phiếu chấm đầy đủ nào của giám khảo.")
ERR_REASON = gettext_lazy("Vui lòng ghi lý do.")


ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "h2", "h3", "h4",
                "blockquote", "table", "thead", "tbody", "tr", "th", "td"}  # fmt: skip
BLOCK_TAG = re.compile(r"<(p|ul|ol|h[2-4]|blockquote|table)\b", re.IGNORECASE)
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class AuthorData:
    full_name: str
    position: str = ""
    unit: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class EntryData:
    """What the author typed (already validated by the form)."""

    title: str
    summary: str
    full_text: str
    contact_email: str
    authors: Sequence[AuthorData]
    agency_id: int | None = None
    unit: str = ""
    contact_phone: str = ""
    consent_publish: bool = False


def sanitise_full_text(value: str) -> str:
    """Author HTML → safe HTML (nh3, a short tag list, no attributes); text without block
    tags gets its paragraphs (blank lines) and line breaks."""
    value = nfc(value or "").strip()
    if not BLOCK_TAG.search(value):
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", value) if p.strip()]
        value = "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paragraphs)
    return nh3.clean(value, tags=ALLOWED_TAGS, attributes={}, link_rel=None)


def _new_code(contest: Contest) -> str:
    year = timezone.localtime(contest.created_at).strftime("%y") if contest.created_at else "00"
    while True:
        code = f"SK{year}-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
        if not Entry.objects.filter(code=code).exists():
            return code


def _check_window(contest: Contest, now: dt.datetime) -> None:
    window = contest.submission_round
    if window is None or now < window.opens_at:
        raise ValidationError(ERR_NOT_OPEN, code="not_open")
    if now >= window.closes_at:
        raise ValidationError(
            ERR_CLOSED % {"deadline": local_time(window.closes_at)}, code="closed"
        )


def _apply(entry: Entry, data: EntryData) -> None:
    entry.title = nfc(data.title).strip()[:255]
    entry.summary = nfc(data.summary).strip()[:2000]
    entry.full_text = sanitise_full_text(data.full_text)
    entry.agency_id = data.agency_id
    entry.unit = nfc(data.unit).strip()[:255]
    entry.contact_email = data.contact_email.strip().lower()
    entry.contact_phone = data.contact_phone.strip()[:20]
    entry.consent_publish = bool(data.consent_publish)


def _save_authors(entry: Entry, authors: Sequence[AuthorData]) -> None:
    entry.authors.all().delete()
    EntryAuthor.objects.bulk_create(
        EntryAuthor(
            entry=entry,
            full_name=nfc(a.full_name).strip()[:150],
            position=nfc(a.position).strip()[:150],
            unit=nfc(a.unit).strip()[:255],
            email=a.email.strip().lower(),
            phone=a.phone.strip()[:20],
            sort_order=i,
        )
        for i, a in enumerate(authors)
        if a.full_name.strip()
    )


def _save_files(entry: Entry, files: Sequence[CheckedFile]) -> None:
    limit = entry.contest.max_attachments
    if entry.attachments.count() + len(files) > limit:
        raise ValidationError(ERR_COUNT % {"count": limit}, code="count")
    for f in files:
        attachment = EntryAttachment(
            entry=entry, original_name=f.name, mime=f.mime, size=len(f.content)
        )
        ext = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}.get(
            f.mime, "docx"
        )
        attachment.file.save(f"{secrets.token_hex(8)}.{ext}", ContentFile(f.content), save=False)
        attachment.save()


def _receipt(entry: Entry, *, edited: bool, now: dt.datetime) -> None:
    from cchc.accounts.models import OutboundMessage
    from cchc.accounts.services import message_queue

    subject = (
        _("Đã cập nhật bài dự thi %(code)s") if edited else _("Đã nhận bài dự thi %(code)s")
    ) % {"code": entry.code}
    window = entry.contest.submission_round
    body = _(
        "Ban Tổ chức %(contest)s xác nhận đã %(what)s bài dự thi của bạn.\n\n"
        "Mã bài dự thi: %(code)s\nTên sáng kiến: %(title)s\nThời điểm: %(at)s\n"
        "Số tệp đính kèm: %(files)s\n\n"
        "Bạn có thể sửa bài đến %(deadline)s tại mục “Bài dự thi của tôi”. "
        "Vui lòng giữ mã bài dự thi để tra cứu."
    ) % {
        "contest": entry.contest.title,
        "what": _("cập nhật") if edited else _("nhận"),
        "code": entry.code,
        "title": entry.title,
        "at": local_time(now),
        "files": entry.attachments.count(),
        "deadline": local_time(window.closes_at) if window else "",
    }
    message_queue(
        channel=OutboundMessage.Channel.EMAIL,
        recipient=entry.contact_email,
        subject=subject,
        body=body,
    )


# --- authors -------------------------------------------------------------------------------


def entry_submit(
    *,
    contest: Contest,
    owner,
    data: EntryData,
    files: Sequence[CheckedFile] = (),
    now: dt.datetime | None = None,
    request=None,
) -> Entry:
    """A new entry with its authors and files, and its receipt e-mail (outbox).

    Refused before the window opens and from ``closes_at`` on (to the second); a second
    submission by the same account gives ``ValidationError(code="exists")``, never a second
    entry (the database's unique constraint holds it under concurrency too)."""
    now = now_or_clock(now)
    _check_window(contest, now)
    existing = Entry.objects.filter(contest=contest, owner=owner).first()
    if existing is not None:
        raise ValidationError(ERR_EXISTS % {"code": existing.code}, code="exists")
    try:
        with transaction.atomic():
            entry = Entry(
                contest=contest,
                owner=owner,
                code=_new_code(contest),
                submitted_at=now,
                updated_at=now,
            )
            _apply(entry, data)
            entry.save()
            _save_authors(entry, data.authors)
            _save_files(entry, files)
            entry_event(entry, "submit", actor=owner, to_status=EntryStatus.SUBMITTED, now=now)
            record_event(
                "cchc.contest.entry.submit",
                actor=owner,
                obj=entry,
                data={"contest": contest.slug, "files": len(files)},
                request=request,
            )
            _receipt(entry, edited=False, now=now)
    except IntegrityError:
        existing = Entry.objects.filter(contest=contest, owner=owner).first()
        if existing is None:
            raise
        raise ValidationError(ERR_EXISTS % {"code": existing.code}, code="exists") from None
    return entry


def entry_update(
    *,
    entry: Entry,
    actor,
    data: EntryData,
    files: Sequence[CheckedFile] = (),
    remove_attachments: Sequence[int] = (),
    now: dt.datetime | None = None,
    request=None,
) -> Entry:
    """The author edits their entry until the window closes (to the second)."""
    now = now_or_clock(now)
    with transaction.atomic():
        e = Entry.objects.select_for_update().select_related("contest").get(pk=entry.pk)
        if e.owner_id != getattr(actor, "pk", None):
            raise PermissionDeniedError()
        _check_window(e.contest, now)
        if e.status not in EDITABLE:
            raise ValidationError(ERR_NOT_EDITABLE, code="not_editable")
        _apply(e, data)
        e.updated_at = now
        e.save()
        _save_authors(e, data.authors)
        if remove_attachments:
            for attachment in e.attachments.filter(pk__in=list(remove_attachments)):
                attachment.file.delete(save=False)
                attachment.delete()
        _save_files(e, files)
        entry_event(e, "edit", actor=actor, now=now)
        record_event(
            "cchc.contest.entry.edit",
            actor=actor,
            obj=e,
            data={"files_added": len(files), "files_removed": len(remove_attachments)},
            request=request,
        )
        _receipt(e, edited=True, now=now)
    return e


# --- secretary: the entry's status ---------------------------------------------------------


def _locked(entry: Entry, actor, verb: str) -> Entry:
    from ..actions import ENTRY_TABLE

    e = Entry.objects.select_for_update().select_related("contest").get(pk=entry.pk)
    ENTRY_TABLE.check(e, actor, verb)
    return e


def entry_accept(*, entry: Entry, actor, note: str = "", request=None) -> Entry:
    with transaction.atomic():
        e = _locked(entry, actor, "accept")
        return entry_transition(
            e, EntryStatus.ELIGIBLE, actor=actor, action="accept", note=note, request=request
        )


def entry_reject(*, entry: Entry, actor, reason: str = "", request=None) -> Entry:
    if not (reason or "").strip():
        raise ValidationError(ERR_REASON, code="reason")
    with transaction.atomic():
        e = _locked(entry, actor, "reject")
        return entry_transition(
            e,
            EntryStatus.INELIGIBLE,
            actor=actor,
            action="reject",
            note=reason.strip(),
            request=request,
        )


def entry_mark_scored(*, entry: Entry, actor, request=None) -> Entry:
    with transaction.atomic():
        e = _locked(entry, actor, "mark_scored")
        rnd = selectors.ranking_round(e.contest, timezone.now())
        if rnd is None or not selectors.complete_sheets(e, rnd):
            raise ValidationError(ERR_NO_SHEET, code="no_sheet")
        return entry_transition(
            e, EntryStatus.SCORED, actor=actor, action="mark_scored", request=request
        )
