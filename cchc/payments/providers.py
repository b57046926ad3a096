"""Payment providers (cổng thanh toán): the interface every provider implements, and the test
provider used in development and tests. A real provider (the national payment platform of
the public-service portal, a bank, a wallet) is one more class named in
``settings.PAYMENTS_PROVIDERS``; nothing else changes (docs/eservices.md).

Pure Python but for settings: signatures are HMAC-SHA256 over the sorted parameters.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlencode

from django.conf import settings
from django.utils.crypto import salted_hmac
from django.utils.module_loading import import_string

CALLBACK_MAX_AGE = 15 * 60  # seconds: an older signed callback is stale


class SignatureError(Exception):
    """A callback whose signature, timestamp or shape is wrong: forged or tampered."""


@dataclass(frozen=True)
class CallbackData:
    """What a verified callback says about one payment."""

    reference: str  # our Payment.reference
    transaction_id: str  # the provider's id of the money movement
    amount: int  # đồng
    success: bool


class PaymentProvider(Protocol):
    code: str
    label: str

    def create(self, *, reference: str, amount: int, description: str, return_url: str) -> str:
        """Register the payment with the provider; the URL to send the payer to."""
        ...

    def verify_callback(self, params: Mapping[str, str]) -> CallbackData:
        """Check the signature and freshness of a callback (server-to-server or the payer's
        return); raise :class:`SignatureError` if anything is wrong."""
        ...

    def refund(self, *, reference: str, transaction_id: str, amount: int) -> str:
        """Give ``amount`` back; the provider's refund id."""
        ...


def sign(params: Mapping[str, str], secret: bytes) -> str:
    canonical = "&".join(f"{k}={params[k]}" for k in sorted(params) if k != "signature")
    return hmac.new(secret, canonical.encode(), hashlib.sha256).hexdigest()


class TestProvider:
    """A provider that moves no money: its payment page (``/thanh-toan/thu-nghiem/…``) lets
    the payer choose success or failure, and it signs callbacks with HMAC-SHA256 like real
    gateways do. Enabled only when ``settings.PAYMENTS_TEST_PROVIDER`` is true."""

    code = "test"
    label = "Cổng thanh toán thử nghiệm"

    @staticmethod
    def secret() -> bytes:
        configured = getattr(settings, "PAYMENTS_TEST_SECRET", "")
        if configured:
            return configured.encode()
        return salted_hmac("cchc.payments.test", "secret", algorithm="sha256").digest()

    def create(self, *, reference: str, amount: int, description: str, return_url: str) -> str:
        return f"/thanh-toan/thu-nghiem/{reference}/"

    def signed_callback(self, *, reference: str, amount: int, success: bool, now=None) -> dict:
        """The parameters the provider would send for this outcome (its page and tests)."""
        params = {
            "reference": reference,
            "transaction_id": "T" + secrets.token_hex(8),
            "amount": str(amount),
            "result": "00" if success else "24",
            "timestamp": str(int(now if now is not None else time.time())),
        }
        params["signature"] = sign(params, self.secret())
        return params

    def verify_callback(self, params: Mapping[str, str]) -> CallbackData:
        required = ("reference", "transaction_id", "amount", "result", "timestamp", "signature")
        if any(not isinstance(params.get(k), str) or not params.get(k) for k in required):
            raise SignatureError("missing fields")
        data = {k: params[k] for k in required}
        if not hmac.compare_digest(sign(data, self.secret()), data["signature"]):
            raise SignatureError("bad signature")
        try:
            stamp = int(data["timestamp"])
            amount = int(data["amount"])
        except ValueError as exc:
            raise SignatureError("malformed") from exc
        if abs(time.time() - stamp) > CALLBACK_MAX_AGE:
            raise SignatureError("stale")
        return CallbackData(
            reference=data["reference"],
            transaction_id=data["transaction_id"],
            amount=amount,
            success=data["result"] == "00",
        )

    def refund(self, *, reference: str, transaction_id: str, amount: int) -> str:
        return "R" + secrets.token_hex(8)

    @staticmethod
    def query(params: Mapping[str, str]) -> str:
        return urlencode(params)


def enabled_providers() -> dict[str, PaymentProvider]:
    paths = list(getattr(settings, "PAYMENTS_PROVIDERS", []))
    if getattr(settings, "PAYMENTS_TEST_PROVIDER", settings.DEBUG):
        paths.append("cchc.payments.providers.TestProvider")
    found: dict[str, PaymentProvider] = {}
    for path in paths:
        provider = import_string(path)()
        found[provider.code] = provider
    return found


def get_provider(code: str) -> PaymentProvider | None:
    return enabled_providers().get(code)
