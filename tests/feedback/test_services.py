"""Workflow services: transitions, permissions, deadlines, events, audit."""

import datetime as dt

import pytest
from django.core.cache import cache

from cchc.core.calendar import invalidate_work_calendar
from cchc.core.exceptions import InvalidTransitionError, PermissionDeniedError, ValidationError
from cchc.core.models import AuditEvent, Holiday
from cchc.feedback import services
from cchc.feedback.choices import Status
from cchc.feedback.models import Feedback, FeedbackEvent

pytestmark = pytest.mark.django_db


def test_submit_assigns_code_deadlines_and_event(make_feedback, category):
    """A web submission gets PAKN-<year>-000001, both deadlines in working days, one event and an audit row."""
    fb = make_feedback()
    assert fb.code.startswith(f"PAKN-{fb.received_on.year}-") and fb.code.endswith("000001")
    assert fb.status == Status.RECEIVED
    assert fb.forward_due > fb.received_on and fb.answer_due > fb.forward_due
    assert FeedbackEvent.objects.filter(feedback=fb, action="submit").count() == 1
    assert AuditEvent.objects.filter(
        action="cchc.feedback.feedback.submit", object_id=str(fb.pk)
    ).exists()
    second = make_feedback()
    assert second.code.endswith("000002")


def test_submit_requires_identity_for_web(make_feedback):
    """Đ.7: a written feedback without name, address and phone/e-mail is refused with the decree cited."""
    with pytest.raises(ValidationError, match="Điều 7"):
        make_feedback(submitter_phone="", submitter_email="")
    with pytest.raises(ValidationError):
        make_feedback(submitter_address="")
    assert Feedback.objects.count() == 0


def test_social_channel_accepted_without_identity(make_feedback):
    """Messages from Zalo are accepted as they come (the coordinator may refuse them later)."""
    fb = make_feedback(
        channel="zalo",
        submitter_name="",
        submitter_address="",
        submitter_phone="",
        submitter_email="",
        external_ref="z1",
    )
    assert fb.pk and fb.channel == "zalo"
    again = make_feedback(
        channel="zalo",
        submitter_name="",
        submitter_address="",
        submitter_phone="",
        submitter_email="",
        external_ref="z1",
    )
    assert again.pk == fb.pk  # idempotent by external reference


def test_attachments_checked_by_content(make_feedback, png_file, pdf_file):
    """Images and PDFs are stored under random names; a renamed executable is refused; max 5 files."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    fb = make_feedback(files=[png_file("ảnh hiện trường.png"), pdf_file()])
    names = [a.file.name for a in fb.attachments.all()]
    assert len(names) == 2 and all(n.startswith("feedback/") for n in names)
    assert "hiện" not in names[0] and names[0].endswith(".png") and names[1].endswith(".pdf")
    evil = SimpleUploadedFile("anh.jpg", b"MZ\x90\x00" + b"\x00" * 100, content_type="image/jpeg")
    with pytest.raises(ValidationError, match="không phải ảnh"):
        make_feedback(files=[evil])
    with pytest.raises(ValidationError, match="tối đa 5"):
        make_feedback(files=[png_file() for _ in range(6)])


def test_attachment_size_limit(make_feedback):
    """A file over 10 MB is refused even when its content is a real PNG."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from cchc.feedback.services import MAX_ATTACHMENT_BYTES

    from .conftest import PNG_1PX

    big = SimpleUploadedFile(
        "to.png", PNG_1PX + b"\x00" * MAX_ATTACHMENT_BYTES, content_type="image/png"
    )
    with pytest.raises(ValidationError, match="10 MB"):
        make_feedback(files=[big])


def test_full_workflow_by_coordinator_and_officer(make_feedback, users, agencies):
    """received → accepted → assigned(A) → answered by A's officer → published → closed, with events."""
    fb = make_feedback()
    coord, officer_a = users["coordinator"], users["officer_a"]
    fb = services.feedback_accept(feedback=fb, actor=coord)
    fb = services.feedback_assign(feedback=fb, actor=coord, agency=agencies["a"])
    fb = services.feedback_answer(feedback=fb, actor=officer_a, answer="Đã cấp phép ngày 20.")
    assert (
        fb.answering_agency == agencies["a"]
        and fb.answered_on
        and fb.answer_working_days is not None
    )
    fb = services.feedback_publish(feedback=fb, actor=officer_a)
    assert fb.is_published and "0912345678" not in fb.public_content
    fb = services.feedback_close(feedback=fb, actor=officer_a)
    assert fb.status == Status.CLOSED
    actions = list(FeedbackEvent.objects.filter(feedback=fb).values_list("action", flat=True))
    assert actions == ["submit", "accept", "assign", "answer", "publish", "close"]
    assert (
        AuditEvent.objects.filter(object_id=str(fb.pk), action__startswith="cchc.feedback.").count()
        == 6
    )


def test_invalid_transition_refused(make_feedback, users):
    """A received case cannot be answered or published before acceptance and assignment."""
    fb = make_feedback()
    with pytest.raises(InvalidTransitionError):
        services.feedback_answer(feedback=fb, actor=users["coordinator"], answer="x")
    with pytest.raises(InvalidTransitionError):
        services.feedback_publish(feedback=fb, actor=users["coordinator"])
    fb.refresh_from_db()
    assert fb.status == Status.RECEIVED


def test_officer_permissions(make_feedback, users, agencies):
    """Officers cannot accept; an officer of agency B cannot answer agency A's case; citizens nothing."""
    fb = make_feedback()
    for role in ("officer_a", "officer_b", "citizen"):
        with pytest.raises(PermissionDeniedError):
            services.feedback_accept(feedback=fb, actor=users[role])
    services.feedback_accept(feedback=fb, actor=users["coordinator"])
    services.feedback_assign(feedback=fb, actor=users["coordinator"], agency=agencies["a"])
    with pytest.raises(PermissionDeniedError):
        services.feedback_answer(
            feedback=fb, actor=users["officer_b"], answer="Không phải việc của tôi"
        )
    with pytest.raises(PermissionDeniedError):
        services.feedback_answer(feedback=fb, actor=users["citizen"], answer="x")
    fb.refresh_from_db()
    assert fb.status == Status.ASSIGNED and fb.answer == ""


def test_reject_needs_legal_reason(make_feedback, users):
    """Refusal needs one of the reasons of NĐ 20 Đ.7/Đ.9 and is recorded with it."""
    fb = make_feedback()
    with pytest.raises(ValidationError):
        services.feedback_reject(feedback=fb, actor=users["coordinator"], reason="vi_khong_thich")
    fb = services.feedback_reject(
        feedback=fb, actor=users["coordinator"], reason="complaint", note="Là đơn khiếu nại"
    )
    assert fb.status == Status.REJECTED and fb.reject_reason == "complaint"
    assert fb.events.last().data["reason"] == "complaint"


def test_forward_within_five_working_days_and_acknowledge(make_feedback, users, agencies):
    """A's officer forwards to B in time; B's officer acknowledges (assign to own agency); A loses access."""
    fb = make_feedback()
    coord = users["coordinator"]
    services.feedback_accept(feedback=fb, actor=coord)
    services.feedback_assign(feedback=fb, actor=coord, agency=agencies["a"])
    fb = services.feedback_forward(
        feedback=fb,
        actor=users["officer_a"],
        agency=agencies["b"],
        note="Thuộc thẩm quyền Sở TN&MT",
    )
    assert fb.status == Status.FORWARDED and fb.assigned_agency == agencies["b"]
    with pytest.raises(PermissionDeniedError):
        services.feedback_answer(feedback=fb, actor=users["officer_a"], answer="x")
    with pytest.raises(
        PermissionDeniedError
    ):  # B's officer cannot push it to a third agency by "assign"
        services.feedback_assign(feedback=fb, actor=users["officer_b"], agency=agencies["commune"])
    fb = services.feedback_assign(feedback=fb, actor=users["officer_b"], agency=agencies["b"])
    assert fb.status == Status.ASSIGNED


def test_forward_after_limit_needs_override_counted_over_tet(
    make_feedback, users, agencies, settings
):
    """The 5-working-day limit skips weekends and Tết (holiday table); late forwarding needs a reason."""
    Holiday.objects.bulk_create(
        [Holiday(date=dt.date(2026, 2, d), name="Tết Nguyên đán") for d in range(16, 21)]
    )
    invalidate_work_calendar()
    cache.clear()
    fb = make_feedback()
    # Pretend it was received on Friday 13-02-2026: +5 working days over Tết = 27-02-2026.
    from cchc.core.calendar import get_work_calendar

    received = dt.date(2026, 2, 13)
    due = get_work_calendar().add_working_days(received, 5)
    assert due == dt.date(2026, 2, 27)  # 23,24,25,26,27 (16–20 Tết, 21–22 weekend)
    Feedback.objects.filter(pk=fb.pk).update(received_on=received, forward_due=due)
    coord = users["coordinator"]
    services.feedback_accept(feedback=fb, actor=coord)
    services.feedback_assign(feedback=fb, actor=coord, agency=agencies["a"])
    services.feedback_forward(
        feedback=fb, actor=coord, agency=agencies["b"], today=dt.date(2026, 2, 27)
    )
    services.feedback_assign(feedback=fb, actor=users["officer_b"], agency=agencies["b"])
    with pytest.raises(InvalidTransitionError, match="05 ngày làm việc"):
        services.feedback_forward(
            feedback=fb, actor=users["officer_b"], agency=agencies["a"], today=dt.date(2026, 3, 2)
        )
    fb = services.feedback_forward(
        feedback=fb,
        actor=users["officer_b"],
        agency=agencies["a"],
        today=dt.date(2026, 3, 2),
        override_reason="Mới xác định được thẩm quyền sau khi xác minh",
    )
    last = fb.events.last()
    assert last.data["late"] is True and "xác minh" in last.data["override_reason"]


def test_spam_goes_to_moderation_and_can_be_restored(make_feedback, users):
    """A link-farm message lands in status spam (no notification); a moderator restores it."""
    fb = make_feedback(content="casino http://a.example http://b.example http://c.example nạp tiền")
    assert fb.status == Status.SPAM and fb.notifications.count() == 0
    fb = services.feedback_restore(feedback=fb, actor=users["coordinator"])
    assert fb.status == Status.RECEIVED
    fb = services.feedback_mark_spam(feedback=fb, actor=users["coordinator"], note="quảng cáo")
    assert fb.status == Status.SPAM


def test_accept_reclassify_recomputes_deadline(make_feedback, users, agencies):
    """Changing the category on acceptance recomputes the answer deadline from the receipt date."""
    from cchc.feedback.models import FeedbackCategory

    quick = FeedbackCategory.objects.create(code="nhanh", name="Nhanh", deadline_days=3)
    fb = make_feedback()
    before = fb.answer_due
    fb = services.feedback_accept(feedback=fb, actor=users["coordinator"], category=quick)
    assert fb.answer_due < before
