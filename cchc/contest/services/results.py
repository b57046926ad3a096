"""Results: rank once the scoring round has closed, reopen, approve (the chair), publish
with the prizes."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy

from cchc.core.audit import record_event
from cchc.core.exceptions import ValidationError

from .. import ranking, selectors
from ..choices import EntryStatus, ResultsStatus
from ..models import Contest, Entry
from ..workflow import IN_SCORING
from .common import ERR_NO_ROUND, entry_transition, local_time, now_or_clock

ERR_ROUND_NOT_CLOSED = gettext_lazy("Chỉ xếp hạng sau khi vòng chấm đã đóng (%(closes)s).")
ERR_NOTHING_TO_RANK = gettext_lazy("Chưa có bài nào được chấm đầy đủ để xếp hạng.")


def _locked_contest(contest: Contest, actor, verb: str) -> Contest:
    from ..actions import CONTEST_TABLE

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
    now = now_or_clock(now)
    with transaction.atomic():
        c = _locked_contest(contest, actor, "rank")
        rnd = selectors.ranking_round(c, now)
        if rnd is None:
            raise ValidationError(ERR_NO_ROUND, code="no_round")
        if now < rnd.closes_at:
            raise ValidationError(ERR_ROUND_NOT_CLOSED % {"closes": local_time(rnd.closes_at)})
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
                entry_transition(e, EntryStatus.SCORED, actor=actor, action="mark_scored", now=now)
            if e.status == EntryStatus.SCORED:
                entry_transition(e, EntryStatus.RANKED, actor=actor, action="rank", now=now)
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
            entry_transition(e, EntryStatus.SCORED, actor=actor, action="reopen")
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
            entry_transition(
                e, EntryStatus.AWARDED, actor=actor, action="award", note=prize.name, now=now
            )
        return _results(
            c, ResultsStatus.PUBLISHED, actor=actor, verb="publish", request=request,
            data={"awarded": min(len(ranked), len(slots))}, published_at=now,
        )  # fmt: skip
