"""Dossiers plug into the satisfaction survey (docs/surveys.md): a returned dossier invites
its applicant once, through the outbox, after commit; withdrawn or refused-at-receipt ones
never got a result and are not invited."""

import pytest

from cchc.accounts.models import OutboundMessage
from cchc.dossiers import services
from cchc.dossiers.surveys import register
from cchc.surveys.models import Invitation
from cchc.surveys.registry import get_case_kind
from cchc.surveys.services import invitation_create, invitations_catch_up

pytestmark = pytest.mark.django_db

APPLICANT = services.Applicant(name="Trần Văn Bình", phone="0912345678", email="binh@example.org")


@pytest.fixture(autouse=True)
def _registered():
    """Another test may unregister the kind; the app registers it in ``ready()``."""
    register()


def to_result(d, users, *, refuse=False):
    d = services.dossier_accept(dossier=d, actor=users["desk"])
    d = services.dossier_assign(dossier=d, actor=users["leader"], officer=users["handler"])
    d = services.dossier_assess(dossier=d, actor=users["handler"], note="Đã thẩm định")
    if refuse:
        d = services.dossier_refuse(dossier=d, actor=users["leader"], reason="Không đủ điều kiện")
    else:
        d = services.dossier_approve(dossier=d, actor=users["leader"])
    return services.dossier_result_ready(dossier=d, actor=users["handler"])


def test_the_app_registers_the_dossier_kind():
    assert get_case_kind("dossier") is not None


def test_a_returned_dossier_yields_exactly_one_invitation(
    receive, users, procedure, django_capture_on_commit_callbacks
):
    d = to_result(receive(applicant=APPLICANT), users)
    OutboundMessage.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        d = services.dossier_return(dossier=d, actor=users["desk"])
    invitations = list(Invitation.objects.filter(kind="dossier"))
    assert len(invitations) == 1
    inv = invitations[0]
    assert (inv.case_id, inv.case_reference) == (d.pk, d.code)
    assert (inv.agency_id, inv.procedure) == (d.handling_agency_id, procedure.code)
    messages = list(OutboundMessage.objects.order_by("channel"))
    assert [(m.channel, m.recipient) for m in messages] == [
        ("email", "binh@example.org"),
        ("sms", "0912345678"),
    ]
    assert all("/danh-gia/" in m.body and d.code in m.body for m in messages)
    # closing afterwards, a second signal or the catch-up command invite nobody again
    with django_capture_on_commit_callbacks(execute=True):
        services.dossier_close(dossier=d, actor=users["desk"])
    assert invitation_create(kind="dossier", case_id=d.pk) is None
    assert invitations_catch_up(since=d.received_at.date()) == 0
    assert Invitation.objects.filter(kind="dossier").count() == 1
    assert OutboundMessage.objects.count() == 2


def test_a_refused_dossier_returned_is_invited(receive, users, django_capture_on_commit_callbacks):
    """Refused on substance, the refusal is the result the applicant receives: rateable."""
    d = to_result(receive(applicant=APPLICANT), users, refuse=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.dossier_return(dossier=d, actor=users["desk"])
    assert Invitation.objects.filter(kind="dossier", case_id=d.pk).count() == 1


def test_withdrawn_and_refused_at_receipt_are_not_invited(
    receive, users, django_capture_on_commit_callbacks
):
    withdrawn = receive(channel="online", applicant=APPLICANT, applicant_user=users["citizen"])
    refused = receive(applicant=APPLICANT)
    with django_capture_on_commit_callbacks(execute=True):
        services.dossier_withdraw(dossier=withdrawn, actor=users["citizen"], reason="Không cần")
        services.dossier_refuse_receipt(dossier=refused, actor=users["desk"], reason="Sai nơi")
        services.dossier_close(dossier=withdrawn, actor=users["desk"])
    assert not Invitation.objects.filter(kind="dossier").exists()
    assert invitation_create(kind="dossier", case_id=withdrawn.pk) is None
    assert invitations_catch_up(since=withdrawn.received_at.date()) == 0
    assert not Invitation.objects.exists()


def test_no_contact_no_invitation(receive, users, django_capture_on_commit_callbacks):
    d = to_result(receive(applicant=services.Applicant(name="Lê Thị Cúc")), users)
    with django_capture_on_commit_callbacks(execute=True):
        services.dossier_return(dossier=d, actor=users["desk"])
    assert not Invitation.objects.exists()


def test_the_signal_waits_for_the_commit(receive, users, django_capture_on_commit_callbacks):
    """A return rolled back (the transaction fails later) invites nobody."""
    from django.db import transaction

    d = to_result(receive(applicant=APPLICANT), users)
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        services.dossier_return(dossier=d, actor=users["desk"])
        raise RuntimeError("rolled back")
    assert not Invitation.objects.exists()
    d.refresh_from_db()
    assert d.status == "result_ready"


def test_catch_up_invites_returned_dossiers_missed_by_the_signal(receive, users):
    d = to_result(receive(applicant=APPLICANT), users)
    services.dossier_return(dossier=d, actor=users["desk"])  # on_commit never runs here
    assert not Invitation.objects.exists()
    assert invitations_catch_up(since=d.received_at.date()) == 1
    assert Invitation.objects.get().case_id == d.pk
