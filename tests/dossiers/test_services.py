"""The one-stop services: full path, guards, deadlines under the rules in force, history."""

import datetime as dt

import pytest

from cchc.core.exceptions import InvalidTransitionError, PermissionDeniedError, ValidationError
from cchc.core.models import AuditEvent
from cchc.dossiers import services
from cchc.dossiers.models import Dossier, DossierEvent, RuleSet

from .conftest import local, pdf_file

pytestmark = pytest.mark.django_db


def walk_to_result(d, users, clock=None):
    d = services.dossier_accept(dossier=d, actor=users["desk"])
    d = services.dossier_assign(dossier=d, actor=users["leader"], officer=users["handler"])
    d = services.dossier_assess(dossier=d, actor=users["handler"], note="Đủ điều kiện")
    d = services.dossier_approve(dossier=d, actor=users["leader"])
    return services.dossier_result_ready(dossier=d, actor=users["handler"])


def test_full_path_records_every_step(receive, users, clock):
    """Desk receipt → accept → assign → assess → approve → result → return → close."""
    clock(2026, 3, 2, 9)
    d = receive(files=[pdf_file(title="Đơn đề nghị")])
    assert d.code == "000.00.15.H38-260302-0001"
    assert d.status == "received" and d.attachments.count() == 1
    d = walk_to_result(d, users)
    assert d.deadline == dt.date(2026, 3, 9)  # 5 working days from Monday morning
    clock(2026, 3, 5, 10)
    d = services.dossier_return(dossier=d, actor=users["desk"])
    assert d.status == "returned" and d.outcome == "early"
    d = services.dossier_close(dossier=d, actor=users["desk"])
    actions = list(d.events.values_list("action", "from_status", "to_status"))
    assert actions == [
        ("receive", "", "received"),
        ("accept", "received", "accepted"),
        ("assign", "accepted", "assigned"),
        ("assess", "assigned", "assessed"),
        ("approve", "assessed", "approved"),
        ("result_ready", "approved", "result_ready"),
        ("return", "result_ready", "returned"),
        ("close", "returned", "closed"),
    ]
    assert all(e.actor_id for e in d.events.all())
    assert AuditEvent.objects.filter(action__startswith="cchc.dossiers.dossier.").count() == 8


def test_outcome_counts_the_day_the_result_was_ready(receive, users, clock):
    clock(2026, 3, 2, 9)
    d = receive()
    d = services.dossier_accept(dossier=d, actor=users["desk"])
    d = services.dossier_assign(dossier=d, actor=users["leader"], officer=users["handler"])
    d = services.dossier_assess(dossier=d, actor=users["handler"], note="ok")
    d = services.dossier_approve(dossier=d, actor=users["leader"])
    clock(2026, 3, 10, 9)
    d = services.dossier_result_ready(dossier=d, actor=users["handler"])
    d = services.dossier_return(dossier=d, actor=users["desk"])
    assert d.outcome == "late"
    assert d.working_days_taken == 6


def test_deadline_across_tet(receive, users, tet_2026, clock):
    """Received Friday 13/02/2026 morning, 5 working days: due Friday 27/02."""
    clock(2026, 2, 13, 9)
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    assert d.deadline == dt.date(2026, 2, 27) == d.appointment_date


def test_after_cutoff_before_tet(receive, users, tet_2026, clock):
    """Friday 13/02 at 16:00: counted from Monday 23/02; 5 days → Monday 02/03."""
    clock(2026, 2, 13, 16)
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    assert d.deadline == dt.date(2026, 3, 2)


def test_rules_in_force_when_received(receive, users, clock, ruleset):
    """A new rule set without cut-off from 01/04/2026: a dossier received on 31/03 at 16:00
    keeps the old rule (counts from 01/04), one received 01/04 at 16:00 does not."""
    RuleSet.objects.create(
        name="Quy tắc mới",
        effective_from=dt.date(2026, 4, 1),
        cutoff=None,
        after_cutoff_next_day=False,
    )
    clock(2026, 3, 31, 16)
    old = receive()
    clock(2026, 4, 1, 16)
    new = receive()
    clock(2026, 4, 2, 8)
    old = services.dossier_accept(dossier=old, actor=users["desk"])
    new = services.dossier_accept(dossier=new, actor=users["desk"])
    assert old.rules.effective_from == dt.date(2025, 7, 1)
    assert new.rules.effective_from == dt.date(2026, 4, 1)
    assert old.deadline == dt.date(2026, 4, 8)  # from Wed 1/4: Thu, Fri, Mon, Tue, Wed
    assert new.deadline == dt.date(2026, 4, 8)  # from Wed 1/4 (no cut-off): same day count
    # The same moment under each rule: 16:00 on Wednesday 1/4.
    clock(2026, 4, 1, 16)
    RuleSet.objects.filter(effective_from=dt.date(2026, 4, 1)).update(
        effective_from=dt.date(2026, 4, 2)
    )
    again = services.dossier_accept(dossier=receive(), actor=users["desk"])
    assert again.rules.effective_from == dt.date(2025, 7, 1)
    assert again.deadline == dt.date(2026, 4, 9)


def test_supplement_at_receipt_starts_the_clock_at_the_supplement(receive, users, clock):
    clock(2026, 3, 2, 9)
    d = receive()
    d = services.dossier_request_supplement(dossier=d, actor=users["desk"], missing="Thiếu bản vẽ")
    assert d.status == "supplement_requested"
    clock(2026, 3, 4, 9)
    d = services.dossier_supplement_received(
        dossier=d, actor=users["desk"], files=[pdf_file("ban-ve.pdf")]
    )
    assert d.status == "received"
    d = services.dossier_accept(dossier=d, actor=users["desk"])
    assert d.deadline == dt.date(2026, 3, 11)  # 5 days from Wednesday 4/3


def test_supplement_during_processing_pause_rule(receive, users, clock, ruleset):
    RuleSet.objects.filter(pk=ruleset.pk).update(supplement_clock="pause")
    clock(2026, 3, 2, 9)
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    d = services.dossier_assign(dossier=d, actor=users["leader"], officer=users["handler"])
    assert d.deadline == dt.date(2026, 3, 9)
    clock(2026, 3, 3, 9)
    d = services.dossier_request_supplement(
        dossier=d, actor=users["handler"], missing="Thiếu giấy tờ đất"
    )
    clock(2026, 3, 6, 9)  # paused Tue → Fri: 3 working days lost
    d = services.dossier_supplement_received(dossier=d, actor=users["handler"])
    assert d.status == "assigned" and d.paused_days == 3
    assert d.deadline == dt.date(2026, 3, 12)


def test_supplement_during_processing_restart_rule(receive, users, clock):
    clock(2026, 3, 2, 9)
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    d = services.dossier_assign(dossier=d, actor=users["leader"], officer=users["handler"])
    clock(2026, 3, 3, 9)
    d = services.dossier_request_supplement(dossier=d, actor=users["handler"], missing="Thiếu")
    clock(2026, 3, 6, 9)
    d = services.dossier_supplement_received(dossier=d, actor=users["handler"])
    assert d.deadline == dt.date(2026, 3, 13)  # 5 days again from Friday 6/3


def test_refuse_receipt_needs_a_reason(receive, users):
    d = receive()
    with pytest.raises(ValidationError):
        services.dossier_refuse_receipt(dossier=d, actor=users["desk"], reason="  ")
    d = services.dossier_refuse_receipt(
        dossier=d, actor=users["desk"], reason="Không thuộc thẩm quyền"
    )
    assert d.status == "receipt_refused" and d.refusal_reason == "Không thuộc thẩm quyền"


def test_wrong_order_refused(receive, users):
    d = receive()
    with pytest.raises(InvalidTransitionError):
        services.dossier_approve(dossier=d, actor=users["leader"])
    with pytest.raises(InvalidTransitionError):
        services.dossier_return(dossier=d, actor=users["desk"])
    assert DossierEvent.objects.filter(dossier=d).count() == 1


def test_roles_are_checked(receive, users):
    d = receive()
    for name in ("handler", "leader", "desk_b", "citizen", "nobody_staff"):
        with pytest.raises(PermissionDeniedError):
            services.dossier_accept(dossier=d, actor=users[name])
    d = services.dossier_accept(dossier=d, actor=users["desk"])
    for name in ("desk", "handler", "leader_b"):
        with pytest.raises(PermissionDeniedError):
            services.dossier_assign(dossier=d, actor=users[name], officer=users["handler"])
    with pytest.raises(ValidationError):  # officer of another agency
        services.dossier_assign(dossier=d, actor=users["leader"], officer=users["handler_b"])
    services.dossier_assign(dossier=d, actor=users["admin"], officer=users["handler"])


def test_desk_receipt_only_at_own_agency(receive, users, agencies):
    with pytest.raises(PermissionDeniedError):
        receive(actor=users["desk_b"])
    with pytest.raises(PermissionDeniedError):
        receive(actor=users["citizen"])


def test_online_receipt_and_double_submission(receive, users):
    a = receive(channel="online", applicant_user=users["citizen"], submission_key="k-1")
    b = receive(channel="online", applicant_user=users["citizen"], submission_key="k-1")
    assert a.pk == b.pk and a.created_by is None
    assert Dossier.objects.count() == 1


def test_post_delivery_needs_address_and_tracking(receive, users, procedure):
    with pytest.raises(ValidationError):
        receive(delivery="post")
    d = receive(delivery="post", delivery_address="Số 3 đường Lê Lợi")
    d = walk_to_result(d, users)
    with pytest.raises(ValidationError):
        services.dossier_return(dossier=d, actor=users["desk"])
    d = services.dossier_return(dossier=d, actor=users["desk"], tracking_number="EL123456789VN")
    assert d.tracking_number == "EL123456789VN"
    procedure.postal_return = False
    procedure.save()
    with pytest.raises(ValidationError):
        receive(delivery="post", delivery_address="Số 3 đường Lê Lợi")


def test_transfer_legs(receive, users, agencies, clock):
    clock(2026, 3, 2, 9)
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    d = services.dossier_assign(dossier=d, actor=users["leader"], officer=users["handler"])
    leg = services.dossier_consult(
        dossier=d, actor=users["handler"], to_agency=agencies["b"], days=2, task="Cho ý kiến về đất"
    )
    assert leg.deadline == dt.date(2026, 3, 4)
    d.refresh_from_db()
    assert d.status == "consulting"
    with pytest.raises(PermissionDeniedError):  # not the leg's agency
        services.dossier_leg_complete(leg=leg, actor=users["handler"], reply="x")
    with pytest.raises(ValidationError):
        services.dossier_consult(dossier=d, actor=users["handler"], to_agency=agencies["a"], days=2)
    clock(2026, 3, 5, 9)
    leg = services.dossier_leg_complete(leg=leg, actor=users["handler_b"], reply="Đồng ý")
    assert leg.outcome == "late"
    d.refresh_from_db()
    assert d.status == "assessed"


def test_apology_once_and_before_the_deadline(receive, users, clock):
    clock(2026, 3, 2, 9)
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    with pytest.raises(ValidationError):  # new date not after the deadline
        services.dossier_apologize(
            dossier=d, actor=users["desk"], reason="Chờ ý kiến", new_date=dt.date(2026, 3, 9)
        )
    with pytest.raises(ValidationError):  # Saturday
        services.dossier_apologize(
            dossier=d, actor=users["desk"], reason="Chờ", new_date=dt.date(2026, 3, 14)
        )
    d = services.dossier_apologize(
        dossier=d, actor=users["desk"], reason="Chờ ý kiến", new_date=dt.date(2026, 3, 12)
    )
    assert d.appointment_date == dt.date(2026, 3, 12) and d.deadline == dt.date(2026, 3, 9)
    with pytest.raises(ValidationError):
        services.dossier_apologize(
            dossier=d, actor=users["desk"], reason="Lần 2", new_date=dt.date(2026, 3, 13)
        )


def test_apology_too_late(receive, users, clock):
    clock(2026, 3, 2, 9)
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    clock(2026, 3, 9, 9)  # deadline day
    with pytest.raises(ValidationError):
        services.dossier_apologize(
            dossier=d, actor=users["desk"], reason="Muộn", new_date=dt.date(2026, 3, 12)
        )


def test_withdraw_by_applicant(receive, users):
    d = receive(channel="online", applicant_user=users["citizen"])
    with pytest.raises(PermissionDeniedError):
        services.dossier_withdraw(dossier=d, actor=users["citizen2"], reason="x")
    d = services.dossier_withdraw(dossier=d, actor=users["citizen"], reason="Không còn nhu cầu")
    assert d.status == "withdrawn"


def test_bulk_assign_reports_failures(receive, users):
    ok = services.dossier_accept(dossier=receive(), actor=users["desk"])
    not_yet = receive()
    done, failed = services.dossier_bulk_assign(
        dossiers=[ok, not_yet], actor=users["leader"], officer=users["handler"]
    )
    assert [d.pk for d in done] == [ok.pk] and failed[0][0] == not_yet


def test_record_event_without_status_change(receive, users):
    d = receive()
    services.dossier_record_event(
        dossier=d, actor=users["desk"], action="fee_paid", data={"amount": 50000}
    )
    e = d.events.last()
    assert e.action == "fee_paid" and e.from_status == e.to_status == "received"


def test_received_in_the_future_refused(receive, users):
    with pytest.raises(ValidationError):
        receive(received_at=local(2099, 1, 1, 9))
