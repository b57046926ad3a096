"""Fees: paid online once (forged, stale, replayed or second transactions change nothing),
recorded at the desk, refunded; each paid or refunded fee is a case event of the dossier."""

import pytest
from django.test import Client

from cchc.core.exceptions import PermissionDeniedError, ValidationError
from cchc.dossiers.models import DossierEvent
from cchc.payments import services
from cchc.payments.models import Payment, PaymentCallback
from cchc.payments.providers import TestProvider

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def test_provider(settings):
    settings.PAYMENTS_TEST_PROVIDER = True
    settings.PAYMENTS_TEST_SECRET = "s3cret"
    return TestProvider()


@pytest.fixture
def dossier(ruleset, procedure, agencies):
    from cchc.dossiers import services as ds

    return ds.dossier_receive(
        procedure=procedure,
        receiving_agency=agencies["a"],
        applicant=ds.Applicant(name="Lê Văn Tám"),
        channel="online",
    )


@pytest.fixture
def pending(dossier):
    payment, url = services.payment_start_online(
        dossier=dossier, amount=50000, description="Lệ phí", provider_code="test", return_url="/"
    )
    assert url == f"/thanh-toan/thu-nghiem/{payment.reference}/"
    return payment


def fee_events(dossier, action="fee_paid"):
    return DossierEvent.objects.filter(dossier=dossier, action=action).count()


def test_callback_pays_once_and_replay_changes_nothing(pending, test_provider, client):
    params = test_provider.signed_callback(reference=pending.reference, amount=50000, success=True)
    r = client.post("/thanh-toan/callback/test/", params)
    assert r.status_code == 200 and r.json()["status"] == "paid"
    r = client.post("/thanh-toan/callback/test/", params)  # replayed
    assert r.status_code == 200
    pending.refresh_from_db()
    assert pending.status == Payment.Status.PAID
    assert fee_events(pending.dossier) == 1
    assert list(PaymentCallback.objects.values_list("outcome", flat=True).order_by("pk")) == [
        "applied",
        "duplicate",
    ]
    # a second, different transaction for the same payment: refused
    again = test_provider.signed_callback(reference=pending.reference, amount=50000, success=True)
    assert client.post("/thanh-toan/callback/test/", again).status_code == 400
    assert fee_events(pending.dossier) == 1


@pytest.mark.parametrize(
    "change",
    [{"amount": "1"}, {"signature": "f" * 64}, {"reference": "TTNOPE"}, {"result": "00x"}],
)
def test_forged_callback_refused(pending, test_provider, client, change):
    params = test_provider.signed_callback(reference=pending.reference, amount=50000, success=True)
    params.update(change)
    r = client.post("/thanh-toan/callback/test/", params)
    assert r.status_code == 400
    pending.refresh_from_db()
    assert pending.status == Payment.Status.PENDING and fee_events(pending.dossier) == 0
    assert PaymentCallback.objects.get().outcome == "refused"


def test_signed_callback_with_wrong_amount_refused(pending, test_provider):
    params = test_provider.signed_callback(reference=pending.reference, amount=1000, success=True)
    with pytest.raises(services.CallbackRefused):
        services.payment_apply_callback(provider_code="test", params=params)
    pending.refresh_from_db()
    assert pending.status == Payment.Status.PENDING


def test_failed_payment_records_no_fee(pending, test_provider):
    params = test_provider.signed_callback(reference=pending.reference, amount=50000, success=False)
    services.payment_apply_callback(provider_code="test", params=params)
    pending.refresh_from_db()
    assert pending.status == Payment.Status.FAILED and fee_events(pending.dossier) == 0


def test_test_gateway_page_and_return(pending):
    c = Client()
    assert c.get(f"/thanh-toan/thu-nghiem/{pending.reference}/").status_code == 200
    r = c.post(f"/thanh-toan/thu-nghiem/{pending.reference}/", {"result": "ok"})
    assert r.status_code == 302 and r["Location"].startswith("/thanh-toan/ket-qua/test/?")
    page = c.get(r["Location"])  # the return applies the same transaction: a duplicate
    assert page.status_code == 200 and "Đã thanh toán" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert fee_events(pending.dossier) == 1


def test_desk_records_cash_and_refunds(dossier, users):
    with pytest.raises(PermissionDeniedError):
        services.payment_record_at_desk(
            dossier=dossier, amount=50000, method="cash", actor=users["desk_b"]
        )
    with pytest.raises(ValidationError):
        services.payment_record_at_desk(
            dossier=dossier, amount=0, method="cash", actor=users["desk"]
        )
    p = services.payment_record_at_desk(
        dossier=dossier, amount=50000, method="cash", actor=users["desk"]
    )
    assert p.status == Payment.Status.PAID and fee_events(dossier) == 1
    with pytest.raises(ValidationError):
        services.payment_refund(payment=p, actor=users["desk"], reason=" ")
    services.payment_refund(payment=p, actor=users["desk"], reason="Nộp thừa")
    p.refresh_from_db()
    assert p.status == Payment.Status.REFUNDED and fee_events(dossier, "fee_refunded") == 1
    with pytest.raises(ValidationError):
        services.payment_refund(payment=p, actor=users["desk"], reason="lần hai")


def test_online_refund_goes_through_provider(pending, test_provider, users):
    params = test_provider.signed_callback(reference=pending.reference, amount=50000, success=True)
    services.payment_apply_callback(provider_code="test", params=params)
    pending.refresh_from_db()
    services.payment_refund(payment=pending, actor=users["desk"], reason="Hồ sơ bị từ chối")
    pending.refresh_from_db()
    assert pending.status == Payment.Status.REFUNDED and pending.refund_reference.startswith("R")


def test_disabled_provider_refuses(dossier, settings):
    settings.PAYMENTS_TEST_PROVIDER = False
    with pytest.raises(ValidationError):
        services.payment_start_online(
            dossier=dossier, amount=1, description="x", provider_code="test", return_url="/"
        )
    assert Client().post("/thanh-toan/callback/test/", {"reference": "x"}).status_code == 400


def test_desk_fee_screen(dossier, users):
    url = f"/mot-cua/thu-phi/{dossier.pk}/"
    desk = Client()
    desk.force_login(users["desk"])
    r = desk.get(url)
    assert r.status_code == 200 and "no-store" in r["Cache-Control"]
    assert desk.post(url, {"amount": "-5", "method": "cash"}).status_code == 400
    r = desk.post(url, {"amount": "30000", "method": "transfer", "note": "UNC số 12"})
    assert r.status_code == 302
    assert Payment.objects.get().method == "transfer" and fee_events(dossier) == 1
    other = Client()
    other.force_login(users["desk_b"])
    assert other.get(url).status_code == 404
    assert other.post(url, {"amount": "1", "method": "cash"}).status_code == 404
    assert Payment.objects.count() == 1


def test_applicant_starts_online_payment(dossier, procedure, users):
    import uuid

    from cchc.accounts.services import applicant_get_or_create
    from cchc.dossiers.models import Dossier
    from cchc.eservices.models import Filing

    applicant = applicant_get_or_create(contact="0912000111", kind="phone")
    Dossier.objects.filter(pk=dossier.pk).update(applicant_user=applicant.user)
    procedure.fee_amount = 70000
    procedure.save()
    key = uuid.uuid4()
    Filing.objects.create(
        key=key, applicant=applicant, procedure=procedure, status="submitted", dossier=dossier
    )
    c = Client()
    c.force_login(applicant.user)
    page = c.get(f"/dich-vu-cong/ho-so-cua-toi/{key}/").content.decode()
    assert "70000 đồng" in page
    r = c.post(f"/thanh-toan/ho-so/{key}/", {"provider": "test"})
    assert r.status_code == 302 and r["Location"].startswith("/thanh-toan/thu-nghiem/TT")
    assert Payment.objects.get().amount == 70000
    stranger = Client()
    stranger.force_login(users["citizen"])
    assert stranger.post(f"/thanh-toan/ho-so/{key}/").status_code == 404
