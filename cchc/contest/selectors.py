"""Reads of the contest: public pages, the author's entries, the jury's blind view, the
secretary's progress and outliers, the ranking input, the score export."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q
from django.utils.translation import gettext as _

from cchc.core.redact import redact

from . import ranking
from .choices import ConflictReason, EntryStatus, ResultsStatus, RoundKind
from .models import Conflict, Contest, Entry, EntryAttachment, JuryMember, Round, Score
from .workflow import IN_SCORING

SCORING_KINDS = (RoundKind.PRELIMINARY, RoundKind.FINAL)


# --- public --------------------------------------------------------------------------------


def contest_list_public():
    return Contest.objects.filter(is_visible=True).prefetch_related("rounds")


def contest_get_public(slug: str) -> Contest | None:
    return (
        Contest.objects.filter(is_visible=True, slug=slug)
        .prefetch_related("rounds", "criteria", "prizes")
        .first()
    )


def contest_get(slug: str) -> Contest | None:
    return (
        Contest.objects.filter(slug=slug).prefetch_related("rounds", "criteria", "prizes").first()
    )


@dataclass(frozen=True)
class Countdown:
    label: str
    target: dt.datetime
    days: int
    hours: int
    minutes: int


def countdown(contest: Contest, now: dt.datetime) -> Countdown | None:
    """Time left until the submission window opens or closes (None once closed)."""
    window = contest.submission_round
    if window is None or now >= window.closes_at:
        return None
    if now < window.opens_at:
        label, target = _("Còn đến khi mở nhận bài"), window.opens_at
    else:
        label, target = _("Thời gian nộp bài còn lại"), window.closes_at
    left = int((target - now).total_seconds())
    return Countdown(label, target, left // 86400, left % 86400 // 3600, left % 3600 // 60)


def winners_public(contest: Contest):
    if contest.results_status != ResultsStatus.PUBLISHED:
        return Entry.objects.none()
    return (
        Entry.objects.filter(contest=contest, status=EntryStatus.AWARDED)
        .select_related("prize")
        .prefetch_related("authors")
        .order_by("rank")
    )


def winner_get_public(contest: Contest, code: str) -> Entry | None:
    """An awarded entry whose author consented to publish the full text."""
    return winners_public(contest).filter(code=code, consent_publish=True).first()


# --- authors -------------------------------------------------------------------------------


def entries_for_owner(user):
    return (
        Entry.objects.filter(owner=user)
        .select_related("contest")
        .prefetch_related("contest__rounds")
        .order_by("-submitted_at")
    )


def entry_for_owner(user, contest: Contest) -> Entry | None:
    return (
        Entry.objects.filter(owner=user, contest=contest)
        .prefetch_related("authors", "attachments")
        .first()
    )


def entry_get_for_owner(user, code: str) -> Entry | None:
    return (
        Entry.objects.filter(owner=user, code=code)
        .select_related("contest", "prize")
        .prefetch_related("authors", "attachments", "events", "contest__rounds")
        .first()
    )


# --- rounds --------------------------------------------------------------------------------


def scoring_round_open(contest: Contest, now: dt.datetime) -> Round | None:
    for r in contest.rounds.all():
        if r.kind in SCORING_KINDS and r.is_open(now):
            return r
    return None


def ranking_round(contest: Contest, now: dt.datetime) -> Round | None:
    """The scoring round that counts now: the latest one that has opened."""
    started = [r for r in contest.rounds.all() if r.kind in SCORING_KINDS and r.opens_at <= now]
    return max(started, key=lambda r: r.opens_at) if started else None


# --- jury ----------------------------------------------------------------------------------


def jury_seat(user, contest: Contest) -> JuryMember | None:
    if user is None or not user.is_authenticated:
        return None
    return JuryMember.objects.filter(contest=contest, user=user).select_related("agency").first()


def seats_for(user):
    if user is None or not user.is_authenticated:
        return JuryMember.objects.none()
    return JuryMember.objects.filter(user=user).select_related("contest")


def exclusion(seat: JuryMember, entry: Entry) -> str:
    """Why ``seat`` may not see or score ``entry`` ("" when they may)."""
    if seat.agency_id is not None and seat.agency_id == entry.agency_id:
        return str(ConflictReason.SAME_AGENCY.label)
    if Conflict.objects.filter(juror=seat, entry=entry).exists():
        return str(ConflictReason.DECLARED.label)
    return ""


def _declared(contest: Contest) -> set[tuple[int, int]]:
    return set(Conflict.objects.filter(entry__contest=contest).values_list("juror_id", "entry_id"))


def _excluded(seat: JuryMember, entry: Entry, declared: set[tuple[int, int]]) -> bool:
    same = seat.agency_id is not None and seat.agency_id == entry.agency_id
    return same or (seat.pk, entry.pk) in declared


@dataclass(frozen=True)
class BlindAttachment:
    pk: int
    name: str  # neutral: "<code>-tep-<n>.<ext>"
    mime: str
    size: int


@dataclass
class BlindEntry:
    """An entry as a juror sees it: no author, no agency, no contact, neutral file names."""

    pk: int
    code: str
    title: str
    summary: str
    full_text: str
    status: str
    attachments: list[BlindAttachment] = field(default_factory=list)
    excluded: str = ""
    my_scores: int = 0


def _unmask(e: Entry) -> Callable[[str], str]:
    """A function that masks, in an entry's free text, who wrote it: the authors' and the
    owner's names, their units, and any phone number, e-mail or ID number (an author who
    signs the text against the rules stays anonymous to the jury)."""
    authors = list(e.authors.all())
    names = [a.full_name for a in authors] + [e.owner.get_full_name()]
    units = [a.unit for a in authors] + [e.unit]
    return lambda text: redact(text, names=[n for n in names if n], addresses=units)


def _blind(e: Entry, attachments) -> BlindEntry:
    mask = _unmask(e)
    return BlindEntry(
        pk=e.pk,
        code=e.code,
        title=mask(e.title),
        summary=mask(e.summary),
        full_text=mask(e.full_text),
        status=e.get_status_display(),
        attachments=[
            BlindAttachment(a.pk, f"{e.code}-tep-{i}.{a.extension}", a.mime, a.size)
            for i, a in enumerate(attachments, start=1)
        ],
    )


def jury_entries(seat: JuryMember, now: dt.datetime) -> list[BlindEntry]:
    """Every entry in scoring, the excluded ones marked (title hidden), with the number of
    criteria this juror has scored in the round that counts."""
    contest = seat.contest
    rnd = ranking_round(contest, now)
    declared = _declared(contest)
    mine: dict[int, int] = defaultdict(int)
    if rnd is not None:
        for entry_id in Score.objects.filter(juror=seat, round=rnd).values_list(
            "entry_id", flat=True
        ):
            mine[entry_id] += 1
    result = []
    for e in (
        Entry.objects.filter(
            contest=contest, status__in=[*IN_SCORING, EntryStatus.RANKED, EntryStatus.AWARDED]
        )
        .select_related("owner")
        .prefetch_related("authors")
        .order_by("code")
    ):
        if _excluded(seat, e, declared):
            result.append(BlindEntry(e.pk, e.code, "", "", "", "", excluded="1"))
            continue
        b = _blind(e, [])
        b.my_scores = mine.get(e.pk, 0)
        result.append(b)
    return result


def blind_entry(seat: JuryMember, code: str) -> BlindEntry | None:
    e = (
        Entry.objects.filter(
            contest=seat.contest,
            code=code,
            status__in=[*IN_SCORING, EntryStatus.RANKED, EntryStatus.AWARDED],
        )
        .select_related("owner")
        .prefetch_related("attachments", "authors")
        .first()
    )
    if e is None:
        return None
    reason = exclusion(seat, e)
    if reason:
        return BlindEntry(e.pk, e.code, "", "", "", "", excluded=reason)
    return _blind(e, list(e.attachments.all()))


def entry_get_for_jury(contest: Contest, code: str) -> Entry:
    """The entry a juror scores or declares a conflict on (the caller has checked the
    seat and :func:`blind_entry`); raises ``Entry.DoesNotExist``."""
    return Entry.objects.get(contest=contest, code=code)


def blind_attachment(
    seat: JuryMember, code: str, number: int
) -> tuple[Entry, EntryAttachment] | None:
    e = Entry.objects.filter(contest=seat.contest, code=code, status__in=[*IN_SCORING, EntryStatus.RANKED, EntryStatus.AWARDED]).first()  # fmt: skip
    if e is None or exclusion(seat, e):
        return None
    attachments = list(e.attachments.all())
    if not 1 <= number <= len(attachments):
        return None
    return e, attachments[number - 1]


@dataclass(frozen=True)
class ScoreLine:
    criterion: str
    max_points: int
    points: Decimal | None
    comment: str


@dataclass
class SheetView:
    juror: str
    lines: list[ScoreLine]
    total: Decimal | None


def my_sheet(seat: JuryMember, entry_pk: int, rnd: Round | None) -> dict[int, Score]:
    if rnd is None:
        return {}
    return {
        s.criterion_id: s for s in Score.objects.filter(juror=seat, entry_id=entry_pk, round=rnd)
    }


def others_visible(rnd: Round | None, now: dt.datetime) -> bool:
    """A juror sees the other jurors' scores only once the round has closed."""
    return rnd is not None and now >= rnd.closes_at


def sheets_for_entry(
    entry_pk: int, rnd: Round, *, exclude_seat: JuryMember | None = None
) -> list[SheetView]:
    contest = rnd.contest
    criteria = list(contest.criteria.all())
    rubric = ranking_criteria(contest)
    scores = Score.objects.filter(entry_id=entry_pk, round=rnd).select_related("juror__user")
    if exclude_seat is not None:
        scores = scores.exclude(juror=exclude_seat)
    by_juror: dict[int, dict[int, Score]] = defaultdict(dict)
    names: dict[int, str] = {}
    for s in scores:
        by_juror[s.juror_id][s.criterion_id] = s
        names[s.juror_id] = str(s.juror)
    result = []
    for juror_id, sheet in sorted(by_juror.items()):
        lines = [
            ScoreLine(
                c.name,
                c.max_points,
                sheet[c.pk].points if c.pk in sheet else None,
                sheet[c.pk].comment if c.pk in sheet else "",
            )
            for c in criteria
        ]
        total = ranking.sheet_total(
            ranking.Sheet(juror_id, {k: v.points for k, v in sheet.items()}), rubric
        )
        result.append(
            SheetView(names[juror_id], lines, ranking.q(total) if total is not None else None)
        )
    return result


# --- secretary -----------------------------------------------------------------------------


def ranking_criteria(contest: Contest) -> list[ranking.Criterion]:
    return [
        ranking.Criterion(c.pk, Decimal(c.weight), Decimal(c.max_points), c.sort_order)
        for c in contest.criteria.all()
    ]


def _sheets(contest: Contest, rnd: Round, entries) -> dict[int, dict[int, dict[int, Decimal]]]:
    """entry → juror → criterion → points, excluded jurors' scores left out."""
    declared = _declared(contest)
    seats = {s.pk: s for s in JuryMember.objects.filter(contest=contest)}
    by_pk = {e.pk: e for e in entries}
    data: dict[int, dict[int, dict[int, Decimal]]] = defaultdict(lambda: defaultdict(dict))
    for entry_id, juror_id, criterion_id, points in Score.objects.filter(
        round=rnd, entry_id__in=list(by_pk)
    ).values_list("entry_id", "juror_id", "criterion_id", "points"):
        if _excluded(seats[juror_id], by_pk[entry_id], declared):
            continue
        data[entry_id][juror_id][criterion_id] = points
    return data


def complete_sheets(entry: Entry, rnd: Round) -> int:
    rubric = ranking_criteria(entry.contest)
    sheets = _sheets(entry.contest, rnd, [entry]).get(entry.pk, {})
    return sum(
        1
        for j, pts in sheets.items()
        if ranking.sheet_total(ranking.Sheet(j, pts), rubric) is not None
    )


def ranking_input(contest: Contest, rnd: Round, entries) -> list[ranking.EntryScores]:
    data = _sheets(contest, rnd, entries)
    return [
        ranking.EntryScores(
            e.pk,
            e.code,
            e.submitted_at,
            [ranking.Sheet(j, pts) for j, pts in data.get(e.pk, {}).items()],
        )
        for e in entries
    ]


@dataclass
class ProgressRow:
    entry: Entry
    expected: int  # jurors not excluded
    complete: int
    partial: int
    excluded: int
    mean: Decimal | None
    outliers: list[str]


def progress(contest: Contest, now: dt.datetime) -> tuple[Round | None, list[ProgressRow]]:
    """Per entry in scoring: jurors expected (not excluded), complete and partial sheets, the
    mean total so far and outlier marks (> 2 SD, or > 25 % of the maximum from the mean)."""
    rnd = ranking_round(contest, now)
    entries = list(
        Entry.objects.filter(
            contest=contest, status__in=[*IN_SCORING, EntryStatus.RANKED, EntryStatus.AWARDED]
        ).order_by("code")
    )
    seats = list(JuryMember.objects.filter(contest=contest).select_related("user"))
    names = {s.pk: str(s) for s in seats}
    declared = _declared(contest)
    rubric = ranking_criteria(contest)
    crit_names = {c.pk: c.name for c in contest.criteria.all()}
    data = _sheets(contest, rnd, entries) if rnd else {}
    rows = []
    for e in entries:
        excluded = sum(1 for s in seats if _excluded(s, e, declared))
        sheets = data.get(e.pk, {})
        totals = {
            j: t
            for j, pts in sheets.items()
            if (t := ranking.sheet_total(ranking.Sheet(j, pts), rubric)) is not None
        }
        marks = []
        for o in ranking.outliers(totals, ranking.HUNDRED):
            marks.append(
                _("%(juror)s: tổng %(value)s (trung bình %(mean)s)")
                % {"juror": names.get(o.juror, "?"), "value": ranking.q(o.value), "mean": o.mean}
            )
        for c in rubric:
            values = {j: pts[c.id] for j, pts in sheets.items() if c.id in pts}
            for o in ranking.outliers(values, c.max_points, criterion=c.id):
                marks.append(
                    _("%(juror)s: “%(criterion)s” %(value)s (trung bình %(mean)s)")
                    % {
                        "juror": names.get(o.juror, "?"),
                        "criterion": crit_names[c.id],
                        "value": o.value,
                        "mean": o.mean,
                    }
                )
        mean = ranking.q(sum(totals.values(), Decimal(0)) / len(totals)) if totals else None
        rows.append(
            ProgressRow(
                entry=e,
                expected=len(seats) - excluded,
                complete=len(totals),
                partial=len(sheets) - len(totals),
                excluded=excluded,
                mean=mean,
                outliers=marks,
            )
        )
    return rnd, rows


def entries_for_secretary(contest: Contest):
    return (
        Entry.objects.filter(contest=contest)
        .select_related("agency", "prize")
        .order_by("rank", "code")
    )


def entry_for_secretary(contest: Contest, code: str) -> Entry | None:
    return (
        Entry.objects.filter(contest=contest, code=code)
        .select_related("agency", "prize", "owner")
        .prefetch_related("authors", "attachments", "events")
        .first()
    )


def score_rows(contest: Contest):
    """Every score of the contest, for the spreadsheet (secretary)."""
    return (
        Score.objects.filter(entry__contest=contest)
        .select_related("entry", "juror__user", "criterion", "round")
        .order_by("round__opens_at", "entry__code", "juror_id", "criterion__sort_order")
    )


def contests_for_staff(user):
    """Contests a secretary or chair manages (all), or where the user sits on the jury."""
    if user.has_perm("contest.manage_contest"):
        return Contest.objects.all()
    return Contest.objects.filter(Q(jury__user=user)).distinct()
