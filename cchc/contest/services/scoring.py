"""The jury: score sheets (points per criterion, comments) and declared conflicts of
interest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext_lazy

from cchc.core.audit import record_event
from cchc.core.exceptions import PermissionDeniedError, ValidationError
from cchc.core.permissions import check_perm
from cchc.core.text import nfc

from .. import selectors
from ..models import Conflict, Contest, Criterion, Entry, JuryMember, Round, Score
from ..workflow import IN_SCORING
from .common import ERR_NO_ROUND, now_or_clock

ERR_NOT_JUROR = gettext_lazy("Bạn không phải là giám khảo của cuộc thi này.")
ERR_EXCLUDED = gettext_lazy(
    "Bạn không được chấm bài này vì có xung đột lợi ích (%(reason)s). Bài đã được loại khỏi danh sách chấm của bạn."
)
ERR_NOT_IN_SCORING = gettext_lazy("Bài này không ở trạng thái được chấm.")
ERR_RANGE = gettext_lazy("Điểm tiêu chí “%(criterion)s” phải từ 0 đến %(max)s.")
ERR_POINTS = gettext_lazy("Điểm tiêu chí “%(criterion)s” không phải là số hợp lệ.")


@dataclass
class SheetInput:
    """A juror's points and comments for one entry: criterion id → (points text, comment)."""

    values: Mapping[int, tuple[str, str]] = field(default_factory=dict)


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
    now = now_or_clock(now)
    with transaction.atomic():
        e = Entry.objects.select_for_update().select_related("contest").get(pk=entry.pk)
        seat, rnd = _scoring_guard(e, juror, now)
        criteria = list(e.contest.criteria.all())
        parsed = _parse_sheet(criteria, sheet)
        existing = {
            s.criterion_id: s
            for s in Score.objects.select_for_update().filter(entry=e, juror=seat, round=rnd)
        }
        saved = []
        for c in criteria:
            if c.pk not in parsed:
                continue
            score = _score_write(
                e, seat, rnd, c, parsed[c.pk], existing.get(c.pk),
                juror=juror, now=now, request=request,
            )  # fmt: skip
            if score is not None:
                saved.append(score)
    return saved


def _scoring_guard(e: Entry, juror, now: dt.datetime) -> tuple[JuryMember, Round]:
    """The juror's seat and the round open now, or the refusal."""
    seat = _seat(e.contest, juror)
    reason = selectors.exclusion(seat, e)
    if reason:
        raise ValidationError(ERR_EXCLUDED % {"reason": reason}, code="excluded")
    if e.status not in IN_SCORING:
        raise ValidationError(ERR_NOT_IN_SCORING, code="status")
    rnd = selectors.scoring_round_open(e.contest, now)
    if rnd is None:
        raise ValidationError(ERR_NO_ROUND, code="no_round")
    return seat, rnd


def _parse_sheet(criteria: list[Criterion], sheet: SheetInput) -> dict[int, tuple[Decimal, str]]:
    """Criterion id → (points to the hundredth, comment) for the criteria given points;
    every value is checked before anything is saved."""
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
    return parsed


def _score_write(
    e: Entry,
    seat: JuryMember,
    rnd: Round,
    c: Criterion,
    value: tuple[Decimal, str],
    old: Score | None,
    *,
    juror,
    now: dt.datetime,
    request=None,
) -> Score | None:
    """Create or change one score (None when unchanged), audited with old and new."""
    points, comment = value
    if old is not None and old.points == points and old.comment == comment:
        return None
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
    return score


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
