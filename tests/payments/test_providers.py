"""The test provider signs and verifies callbacks like a real gateway."""

import time

import pytest

from cchc.payments.providers import SignatureError, TestProvider, sign


@pytest.fixture
def provider(settings):
    settings.PAYMENTS_TEST_SECRET = "test-secret"
    return TestProvider()


def test_signed_callback_verifies(provider):
    params = provider.signed_callback(reference="TTABC", amount=50000, success=True)
    data = provider.verify_callback(params)
    assert (data.reference, data.amount, data.success) == ("TTABC", 50000, True)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda p: p.update(amount="1"),
        lambda p: p.update(reference="TTOTHER"),
        lambda p: p.update(result="00") if p["result"] != "00" else p.update(result="24"),
        lambda p: p.update(signature="0" * 64),
        lambda p: p.pop("signature"),
        lambda p: p.pop("timestamp"),
    ],
)
def test_tampered_callback_refused(provider, tamper):
    params = provider.signed_callback(reference="TTABC", amount=50000, success=True)
    tamper(params)
    with pytest.raises(SignatureError):
        provider.verify_callback(params)


def test_stale_callback_refused(provider):
    params = provider.signed_callback(
        reference="TTABC", amount=50000, success=True, now=time.time() - 3600
    )
    with pytest.raises(SignatureError, match="stale"):
        provider.verify_callback(params)


def test_other_secret_refused(provider, settings):
    params = provider.signed_callback(reference="TTABC", amount=50000, success=True)
    forged = dict(params)
    forged["signature"] = sign({k: v for k, v in params.items() if k != "signature"}, b"guess")
    with pytest.raises(SignatureError):
        provider.verify_callback(forged)
