"""Writes of the contest: submit and edit an entry, check it, score it, rank, approve and
publish the results. Every write is atomic, locks the row it changes, is guarded (deadline to
the second, permission, jury seat, conflict of interest, state) and audited
(``cchc.contest.<thing>.<verb>``). ``now`` may be passed in (tests); it defaults to the clock.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import nh3
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cchc.core.audit import record_event
from cchc.core.exceptions import InvalidTransitionError, PermissionDeniedError, ValidationError
from cchc.core.permissions import check_perm
from cchc.core.text import nfc

from . import ranking, selectors
from .choices import EntryStatus, ResultsStatus
from .models import (
    Conflict,
    Contest,
    Entry,
    EntryAttachment,
    EntryAuthor,
    EntryEvent,
    JuryMember,
    Score,
)
from .uploads import ERR_COUNT, CheckedFile
from .workflow import EDITABLE, IN_SCORING, can_transition

ERR_NOT_OPEN = gettext_lazy("Cuộc thi chưa mở nhận bài dự thi.")
ERR_CLOSED = gettext_lazy(
    "Đã hết hạn nhận bài dự thi (hạn cuối %(deadline)s). Bài dự thi không thể nộp hoặc sửa sau hạn."
)
ERR_EXISTS = gettext_lazy(
    "Bạn đã nộp bài dự thi cho cuộc thi này (mã %(code)s). Bạn có thể sửa bài đến hết hạn nộp."
)
ERR_NOT_EDITABLE = gettext_lazy("Bài dự thi đã được xét, không thể sửa nữa.")
ERR_NOT_JUROR = gettext_lazy("Bạn không phải là giám khảo của cuộc thi này.")
ERR_EXCLUDED = gettext_lazy(
    "Bạn không được chấm bài này vì có xung đột lợi ích (%(reason)s). Bài đã được loại khỏi danh sách chấm của bạn."
)
ERR_NO_ROUND = gettext_lazy("Hiện không có vòng chấm nào đang mở.")
ERR_NOT_IN_SCORING = gettext_lazy("Bài này không ở trạng thái được chấm.")
ERR_RANGE = gettext_lazy("Điểm tiêu chí “%(criterion)s” phải từ 0 đến %(max)s.")
ERR_POINTS = gettext_lazy("Điểm tiêu chí “%(criterion)s” không phải là số hợp lệ.")
ERR_NO_SHEET = gettext_lazy("Bài chưa có phiếu chấm đầy đủ nào của giám khảo.")
ERR_ROUND_NOT_CLOSED = gettext_lazy("Chỉ xếp hạng sau khi vòng chấm đã đóng (%(closes)s).")
ERR_NOTHING_TO_RANK = gettext_lazy("Chưa có bài nào được chấm đầy đủ để xếp hạng.")
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


@dataclass
class SheetInput:
    """A juror's points and comments for one entry: criterion id → (points text, comment)."""

    values: Mapping[int, tuple[str, str]] = field(default_factory=dict)


# --- helpers -------------------------------------------------------------------------------


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or timezone.now()


def _local(value: dt.datetime) -> str:
    return timezone.localtime(value).strftime("%H:%M:%S %d-%m-%Y")


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


def _event(entry, action, *, actor=None, from_status="", to_status="", note="", now=None):
    EntryEvent.objects.create(
        entry=entry,
        action=action,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        from_status=from_status,
        to_status=to_status,
        note=note[:500],
        at=_now(now),
    )


def _check_window(contest: Contest, now: dt.datetime) -> None:
    window = contest.submission_round
    if window is None or now < window.opens_at:
        raise ValidationError(ERR_NOT_OPEN, code="not_open")
    if now >= window.closes_at:
        raise ValidationError(ERR_CLOSED % {"deadline": _local(window.closes_at)}, code="closed")


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
        "at": _local(now),
        "files": entry.attachments.count(),
        "deadline": _local(window.closes_at) if window else "",
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
    now = _now(now)
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
            _event(entry, "submit", actor=owner, to_status=EntryStatus.SUBMITTED, now=now)
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
    now = _now(now)
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
        _event(e, "edit", actor=actor, now=now)
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


def _transition(e: Entry, to: str, *, actor, action: str, note="", now=None, request=None):
    if not can_transition(e.status, to):
        raise InvalidTransitionError()
    before = e.status
    e.status = to
    e.status_note = note[:500] if note else e.status_note
    e.save(update_fields=["status", "status_note"])
    _event(e, action, actor=actor, from_status=before, to_status=to, note=note, now=now)
    record_event(
        f"cchc.contest.entry.{action}",
        actor=actor,
        obj=e,
        data={"from": before, "to": to, "note": note},
        request=request,
    )
    return e


def _locked(entry: Entry, actor, verb: str) -> Entry:
    from .actions import ENTRY_TABLE

    e = Entry.objects.select_for_update().select_related("contest").get(pk=entry.pk)
    ENTRY_TABLE.check(e, actor, verb)
    return e


def entry_accept(*, entry: Entry, actor, note: str = "", request=None) -> Entry:
    with transaction.atomic():
        e = _locked(entry, actor, "accept")
        return _transition(
            e, EntryStatus.ELIGIBLE, actor=actor, action="accept", note=note, request=request
        )


def entry_reject(*, entry: Entry, actor, reason: str = "", request=None) -> Entry:
    if not (reason or "").strip():
        raise ValidationError(ERR_REASON, code="reason")
    with transaction.atomic():
        e = _locked(entry, actor, "reject")
        return _transition(
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
        return _transition(
            e, EntryStatus.SCORED, actor=actor, action="mark_scored", request=request
        )


# --- jury ----------------------------------------------------------------------------------


def _seat(contest: Contest, user) -> JuryMember:
    check_perm(user, "contest.score_entry", message=ERR_NOT_JUROR)
    seat = selectors.jury_seat(user, contest)
    if seat is None:
        raise PermissionDeniedError(ERR_NOT_JUROR)
    return seat


def score_save(
    *,
    entry: Entry,
    juror,
    sheet: SheetInput,
    now: dt.datetime | None = None,
    request=None,
) -> list[Score]:
    """Save a juror's points (0 to the criterion's maximum) and comments for one entry in
    the scoring round open now. Refused for a non-juror, an excluded juror (conflict of
    interest), an entry not in scoring, outside a round, or points out of range; nothing
    is saved then. Every created or changed score is one audit event with old and new."""
    now = _now(now)
    with transaction.atomic():
        e = Entry.objects.select_for_update().select_related("contest").get(pk=entry.pk)
        seat = _seat(e.contest, juror)
        reason = selectors.exclusion(seat, e)
        if reason:
            raise ValidationError(ERR_EXCLUDED % {"reason": reason}, code="excluded")
        if e.status not in IN_SCORING:
            raise ValidationError(ERR_NOT_IN_SCORING, code="status")
        rnd = selectors.scoring_round_open(e.contest, now)
        if rnd is None:
            raise ValidationError(ERR_NO_ROUND, code="no_round")
        criteria = list(e.contest.criteria.all())
        parsed: dict[int, tuple[Decimal, str]] = {}
        for c in criteria:
            if c.pk not in sheet.values:
                continue
            raw, comment = sheet.values[c.pk]
            raw = (raw or "").strip().replace(",", ".")
            if raw == "":
                continue
            try:
                points = Decimal(raw)
            except InvalidOperation:
                raise ValidationError(ERR_POINTS % {"criterion": c.name}, code="points") from None
            if not points.is_finite() or points < 0 or points > c.max_points:
                raise ValidationError(
                    ERR_RANGE % {"criterion": c.name, "max": c.max_points}, code="range"
                )
            parsed[c.pk] = (points.quantize(Decimal("0.01")), nfc(comment or "").strip()[:2000])
        existing = {
            s.criterion_id: s
            for s in Score.objects.select_for_update().filter(entry=e, juror=seat, round=rnd)
        }
        saved = []
        for c in criteria:
            if c.pk not in parsed:
                continue
            points, comment = parsed[c.pk]
            old = existing.get(c.pk)
            if old is not None and old.points == points and old.comment == comment:
                continue
            if old is None:
                score = Score.objects.create(
                    entry=e, juror=seat, round=rnd, criterion=c, points=points, comment=comment,
                    updated_at=now,
                )  # fmt: skip
                verb, before = "create", None
            else:
                before = {"points": str(old.points), "comment": old.comment}
                old.points, old.comment, old.updated_at = points, comment, now
                old.save(update_fields=["points", "comment", "updated_at"])
                score, verb = old, "update"
            record_event(
                f"cchc.contest.score.{verb}",
                actor=juror,
                obj=score,
                data={
                    "entry": e.code,
                    "round": rnd.kind,
                    "criterion": c.pk,
                    "old": before,
                    "new": {"points": str(points), "comment": comment},
                },
                request=request,
            )
            saved.append(score)
    return saved


def conflict_declare(*, entry: Entry, juror, note: str = "", request=None) -> Conflict:
    """The juror declares a conflict of interest: excluded from the entry from now on (the
    scores they gave it, if any, no longer count)."""
    with transaction.atomic():
        seat = _seat(entry.contest, juror)
        conflict, created = Conflict.objects.get_or_create(
            juror=seat, entry=entry, defaults={"note": nfc(note or "").strip()[:255]}
        )
        if created:
            record_event(
                "cchc.contest.conflict.declare",
                actor=juror,
                obj=conflict,
                data={"entry": entry.code},
                request=request,
            )
    return conflict


# --- results -------------------------------------------------------------------------------


def _locked_contest(contest: Contest, actor, verb: str) -> Contest:
    from .actions import CONTEST_TABLE

    c = Contest.objects.select_for_update().get(pk=contest.pk)
    CONTEST_TABLE.check(c, actor, verb)
    return c


def _results(c: Contest, to: str, *, actor, verb: str, request=None, data=None, **fields):
    before = c.results_status
    c.results_status = to
    for name, value in fields.items():
        setattr(c, name, value)
    c.save(update_fields=["results_status", *fields])
    record_event(
        f"cchc.contest.results.{verb}",
        actor=actor,
        obj=c,
        data={"from": before, "to": to, **(data or {})},
        request=request,
    )
    return c


def contest_rank(
    *, contest: Contest, actor, now: dt.datetime | None = None, request=None
) -> Contest:
    """Compute the ranking (``ranking.rank`` with the contest's aggregation and tie-break)
    from the complete sheets of the scoring round that counts, once that round has closed."""
    now = _now(now)
    with transaction.atomic():
        c = _locked_contest(contest, actor, "rank")
        rnd = selectors.ranking_round(c, now)
        if rnd is None:
            raise ValidationError(ERR_NO_ROUND, code="no_round")
        if now < rnd.closes_at:
            raise ValidationError(ERR_ROUND_NOT_CLOSED % {"closes": _local(rnd.closes_at)})
        entries = list(
            Entry.objects.select_for_update().filter(
                contest=c, status__in=[*IN_SCORING, EntryStatus.RANKED]
            )
        )
        results = ranking.rank(
            selectors.ranking_input(c, rnd, entries),
            selectors.ranking_criteria(c),
            c.aggregation,
            c.trim_fraction,
        )
        by_id = {e.pk: e for e in entries}
        ranked = 0
        for r in results:
            e = by_id[r.entry]
            e.final_score, e.rank, e.tie_break = r.final, r.rank, r.tied_on
            e.save(update_fields=["final_score", "rank", "tie_break"])
            if r.rank is None:
                continue
            ranked += 1
            if e.status == EntryStatus.ELIGIBLE:
                _transition(e, EntryStatus.SCORED, actor=actor, action="mark_scored", now=now)
            if e.status == EntryStatus.SCORED:
                _transition(e, EntryStatus.RANKED, actor=actor, action="rank", now=now)
        if not ranked:
            raise ValidationError(ERR_NOTHING_TO_RANK, code="empty")
        return _results(
            c, ResultsStatus.RANKED, actor=actor, verb="rank", request=request,
            data={"round": rnd.kind, "ranked": ranked}, ranked_at=now,
        )  # fmt: skip


def contest_reopen(*, contest: Contest, actor, request=None) -> Contest:
    """Back to scoring before approval (a score was corrected): ranked entries → scored."""
    with transaction.atomic():
        c = _locked_contest(contest, actor, "reopen")
        for e in Entry.objects.select_for_update().filter(contest=c, status=EntryStatus.RANKED):
            _transition(e, EntryStatus.SCORED, actor=actor, action="reopen")
        Entry.objects.filter(contest=c).update(rank=None, final_score=None, tie_break="")
        return _results(c, ResultsStatus.OPEN, actor=actor, verb="reopen", request=request)


def contest_approve(*, contest: Contest, actor, note: str = "", request=None) -> Contest:
    """The chair approves the computed ranking (nothing changes it afterwards)."""
    with transaction.atomic():
        c = _locked_contest(contest, actor, "approve")
        now = timezone.now()
        return _results(
            c, ResultsStatus.APPROVED, actor=actor, verb="approve", request=request,
            data={"note": note}, approved_by=actor, approved_at=now,
        )  # fmt: skip


def contest_publish(*, contest: Contest, actor, request=None) -> Contest:
    """Give the prizes in ranking order and publish: awarded entries appear publicly."""
    with transaction.atomic():
        c = _locked_contest(contest, actor, "publish")
        now = timezone.now()
        ranked = list(
            Entry.objects.select_for_update()
            .filter(contest=c, status=EntryStatus.RANKED, rank__isnull=False)
            .order_by("rank")
        )
        slots = [p for p in c.prizes.all() for _ in range(p.places)]
        for e, prize in zip(ranked, slots, strict=False):
            e.prize = prize
            e.save(update_fields=["prize"])
            _transition(
                e, EntryStatus.AWARDED, actor=actor, action="award", note=prize.name, now=now
            )
        return _results(
            c, ResultsStatus.PUBLISHED, actor=actor, verb="publish", request=request,
            data={"awarded": min(len(ranked), len(slots))}, published_at=now,
        )  # fmt: skip
