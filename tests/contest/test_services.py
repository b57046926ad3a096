"""Services: deadline to the second, one entry per author, receipt, sanitising, blind
scoring with conflicts, ranges, audit of every score change, ranking to publication."""

import datetime as dt
from decimal import Decimal

import pytest

from cchc.accounts.models import OutboundMessage
from cchc.contest import selectors, services
from cchc.contest.choices import EntryStatus, ResultsStatus
from cchc.contest.models import Entry, EntryEvent, Score
from cchc.core.exceptions import PermissionDeniedError, ValidationError
from cchc.core.models import AuditEvent

from .conftest import entry_data, pdf_checked, sheet

pytestmark = pytest.mark.django_db


def test_submit_writes_entry_authors_files_event_and_receipt(submit, contest):
    entry = submit(files=[pdf_checked()])
    assert entry.code.startswith("SK")
    assert entry.status == EntryStatus.SUBMITTED
    assert entry.authors.get().full_name == "Nguyễn Văn Tác"
    assert entry.attachments.count() == 1
    assert EntryEvent.objects.filter(entry=entry, action="submit").count() == 1
    receipt = OutboundMessage.objects.get(recipient="tacgia@example.org")
    assert entry.code in receipt.subject
    assert entry.code in receipt.body
    assert AuditEvent.objects.filter(action="cchc.contest.entry.submit").count() == 1


def test_full_text_is_sanitised(submit):
    entry = submit()
    assert "<script>" not in entry.full_text
    assert "<b>quét</b>" in entry.full_text
    assert entry.full_text.startswith("<p>Thực trạng.</p>")


def test_submission_one_second_after_closing_is_refused(submit, contest):
    closes = contest.submission_round.closes_at
    with pytest.raises(ValidationError) as exc:
        submit(now=closes + dt.timedelta(seconds=1))
    assert exc.value.code == "closed"
    assert "Đã hết hạn nhận bài dự thi" in str(exc.value.message)
    assert Entry.objects.count() == 0
    assert OutboundMessage.objects.count() == 0


def test_submission_at_the_closing_second_is_refused_and_one_second_before_accepted(
    submit, contest
):
    closes = contest.submission_round.closes_at
    with pytest.raises(ValidationError):
        submit(now=closes)
    entry = submit(now=closes - dt.timedelta(seconds=1))
    assert entry.pk is not None


def test_submission_before_opening_is_refused(submit, contest):
    with pytest.raises(ValidationError) as exc:
        submit(now=contest.submission_round.opens_at - dt.timedelta(seconds=1))
    assert exc.value.code == "not_open"


def test_double_submission_gives_one_entry(submit, people):
    first = submit()
    with pytest.raises(ValidationError) as exc:
        submit()
    assert exc.value.code == "exists"
    assert first.code in str(exc.value.message)
    assert Entry.objects.filter(owner=people["author"]).count() == 1


def test_edit_until_deadline_then_refused(submit, people, contest):
    entry = submit()
    closes = contest.submission_round.closes_at
    edited = services.entry_update(
        entry=entry,
        actor=people["author"],
        data=entry_data(title="Tên mới"),
        files=[pdf_checked()],
        now=closes - dt.timedelta(seconds=1),
    )
    assert edited.title == "Tên mới"
    with pytest.raises(ValidationError) as exc:
        services.entry_update(
            entry=entry,
            actor=people["author"],
            data=entry_data(title="Quá hạn"),
            now=closes + dt.timedelta(seconds=1),
        )
    assert exc.value.code == "closed"
    entry.refresh_from_db()
    assert entry.title == "Tên mới"
    assert OutboundMessage.objects.filter(subject__contains="Đã cập nhật").count() == 1


def test_only_the_owner_edits(submit, people):
    entry = submit()
    with pytest.raises(PermissionDeniedError):
        services.entry_update(entry=entry, actor=people["author2"], data=entry_data())


def test_too_many_attachments_refused_and_nothing_saved(submit, contest):
    with pytest.raises(ValidationError) as exc:
        submit(files=[pdf_checked()] * (contest.max_attachments + 1))
    assert exc.value.code == "count"
    assert Entry.objects.count() == 0


def test_juror_scores_and_every_change_is_audited(eligible, people, contest):
    juror = people["juror"]
    services.score_save(entry=eligible, juror=juror, sheet=sheet(contest, 8, 15, comment="Tốt"))
    assert Score.objects.filter(entry=eligible).count() == 2
    assert AuditEvent.objects.filter(action="cchc.contest.score.create").count() == 2
    services.score_save(entry=eligible, juror=juror, sheet=sheet(contest, 9, 15, comment="Tốt"))
    updates = AuditEvent.objects.filter(action="cchc.contest.score.update")
    assert updates.count() == 1
    assert updates.get().data["old"]["points"] == "8.00"
    assert updates.get().data["new"]["points"] == "9.00"
    # an identical save changes nothing and records nothing
    services.score_save(entry=eligible, juror=juror, sheet=sheet(contest, 9, 15, comment="Tốt"))
    assert AuditEvent.objects.filter(action__startswith="cchc.contest.score.").count() == 3


def test_same_agency_juror_is_excluded(eligible, people, contest):
    """The entry's author is of agency A; juror_a works there."""
    with pytest.raises(ValidationError) as exc:
        services.score_save(entry=eligible, juror=people["juror_a"], sheet=sheet(contest, 5, 5))
    assert exc.value.code == "excluded"
    assert "xung đột lợi ích" in str(exc.value.message)
    assert Score.objects.count() == 0


def test_declared_conflict_excludes(eligible, people, contest):
    services.conflict_declare(entry=eligible, juror=people["juror"], note="Người quen")
    with pytest.raises(ValidationError) as exc:
        services.score_save(entry=eligible, juror=people["juror"], sheet=sheet(contest, 5, 5))
    assert exc.value.code == "excluded"
    seat = selectors.jury_seat(people["juror"], contest)
    assert selectors.blind_entry(seat, eligible.code).excluded


def test_juror_without_seat_refused(eligible, people, contest):
    with pytest.raises(PermissionDeniedError):
        services.score_save(entry=eligible, juror=people["juror_other"], sheet=sheet(contest, 5, 5))


@pytest.mark.parametrize("points", ["11", "-1", "abc", "NaN"])
def test_score_out_of_range_refused(eligible, people, contest, points):
    with pytest.raises(ValidationError) as exc:
        services.score_save(entry=eligible, juror=people["juror"], sheet=sheet(contest, points, 5))
    assert exc.value.code in {"range", "points"}
    assert Score.objects.count() == 0


def test_scoring_outside_the_round_refused(eligible, people, contest):
    rnd = selectors.scoring_round_open(contest, eligible.updated_at)
    with pytest.raises(ValidationError) as exc:
        services.score_save(
            entry=eligible,
            juror=people["juror"],
            sheet=sheet(contest, 5, 5),
            now=rnd.closes_at + dt.timedelta(seconds=1),
        )
    assert exc.value.code == "no_round"


def test_unchecked_entry_cannot_be_scored(submit, people, contest):
    entry = submit()
    with pytest.raises(ValidationError) as exc:
        services.score_save(entry=entry, juror=people["juror"], sheet=sheet(contest, 5, 5))
    assert exc.value.code == "status"


def test_blind_entry_has_no_author_data(eligible, people, contest):
    seat = selectors.jury_seat(people["juror"], contest)
    blind = selectors.blind_entry(seat, eligible.code)
    text = repr(blind)
    assert "Nguyễn Văn Tác" not in text and "tacgia@example.org" not in text
    assert "de-an.pdf" not in text
    assert blind.attachments[0].name == f"{eligible.code}-tep-1.pdf"


def test_others_scores_hidden_until_round_closes(eligible, people, contest):
    rnd = selectors.ranking_round(contest, eligible.updated_at)
    assert not selectors.others_visible(rnd, rnd.closes_at - dt.timedelta(seconds=1))
    assert selectors.others_visible(rnd, rnd.closes_at)


def test_rank_approve_publish(submit, people, contest, agencies):
    sec, chair = people["secretary"], people["chair"]
    e1 = services.entry_accept(entry=submit(agency="c"), actor=sec)
    e2 = services.entry_accept(entry=submit(people["author2"], agency="c"), actor=sec)
    for juror in (people["juror"], people["juror_a"]):
        services.score_save(entry=e1, juror=juror, sheet=sheet(contest, 6, 12))
        services.score_save(entry=e2, juror=juror, sheet=sheet(contest, 9, 18))
    rnd = selectors.ranking_round(contest, e1.updated_at)
    with pytest.raises(ValidationError):
        services.contest_rank(contest=contest, actor=sec)  # the round is still open
    after = rnd.closes_at + dt.timedelta(seconds=1)
    with pytest.raises(PermissionDeniedError):
        services.contest_rank(contest=contest, actor=people["juror"], now=after)
    c = services.contest_rank(contest=contest, actor=sec, now=after)
    assert c.results_status == ResultsStatus.RANKED
    e1.refresh_from_db()
    e2.refresh_from_db()
    assert (e2.rank, e2.final_score, e2.status) == (1, Decimal("90.00"), EntryStatus.RANKED)
    assert (e1.rank, e1.final_score) == (2, Decimal("60.00"))
    with pytest.raises(PermissionDeniedError):
        services.contest_approve(contest=contest, actor=sec)
    services.contest_approve(contest=contest, actor=chair)
    c = services.contest_publish(contest=contest, actor=chair)
    assert c.results_status == ResultsStatus.PUBLISHED
    e2.refresh_from_db()
    assert e2.status == EntryStatus.AWARDED and e2.prize.name == "Giải Nhất"
    assert list(selectors.winners_public(c)) == [e2, e1]
    assert selectors.winner_get_public(c, e2.code) is None  # no consent
