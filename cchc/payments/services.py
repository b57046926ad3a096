"""Writes of payments: start an online payment, apply a provider's callback (signature
checked, paid once), record a payment at the desk, refund. A paid and a refunded fee are
case events on the dossier, written through ``cchc.dossiers.services``."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cchc.core.audit import record_event
from cchc.core.exceptions import CchcError, PermissionDeniedError, ValidationError

from .models import Payment, PaymentCallback
from .providers import SignatureError, get_provider

logger = logging.getLogger("cchc.payments")

ERR_PROVIDER = _(
    "Cổng thanh toán không khả dụng. Vui lòng thử lại sau hoặc nộp phí tại Bộ phận Một cửa."
)
ERR_AMOUNT = _("Số tiền phải là số nguyên dương (đồng).")
ERR_ALREADY_PAID = _("Khoản phí này đã được thanh toán.")
ERR_NOT_REFUNDABLE = _("Chỉ hoàn trả được khoản đã thanh toán.")
ERR_REASON = _("Vui lòng ghi lý do hoàn trả.")


class CallbackRefused(CchcError):
    default_message = _("Thông báo thanh toán không hợp lệ.")


def _dossier_event(dossier, *, verb: str, actor, payment: Payment) -> None:
    """Record the fee as a case event of the dossier (through the dossiers services)."""
    from cchc.dossiers import services as dossier_services

    dossier_services.dossier_record_event(
        dossier=dossier,
        actor=actor,
        action=f"fee_{verb}",
        note=_("%(amount)s đồng, %(method)s, mã giao dịch %(ref)s")
        % {
            "amount": f"{payment.amount:,}".replace(",", "."),
            "method": payment.get_method_display(),
            "ref": payment.reference,
        },
        data={"payment": payment.reference, "amount": payment.amount, "method": payment.method},
    )


def can_take_fees(user, dossier) -> bool:
    """The desk of the receiving agency, or a one-stop administrator."""
    from cchc.dossiers import permissions
    from cchc.dossiers.workflow import ADMIN, DESK

    return bool(permissions.roles_for(user, dossier) & {DESK, ADMIN})


def payment_start_online(
    *, dossier, amount: int, description: str, provider_code: str, return_url: str, actor=None
):
    """A pending online payment and the provider URL to send the payer to."""
    if not isinstance(amount, int) or amount <= 0:
        raise ValidationError(ERR_AMOUNT, code="amount")
    provider = get_provider(provider_code)
    if provider is None:
        raise ValidationError(ERR_PROVIDER, code="provider")
    if Payment.objects.filter(dossier=dossier, status=Payment.Status.PAID).exists():
        raise ValidationError(ERR_ALREADY_PAID, code="paid")
    payment = Payment.objects.create(
        dossier=dossier,
        amount=amount,
        description=description[:255],
        method=Payment.Method.ONLINE,
        provider=provider.code,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    url = provider.create(
        reference=payment.reference, amount=amount, description=description, return_url=return_url
    )
    return payment, url


def _log_callback(provider_code, params, outcome, reason="", ip=None) -> None:
    safe = {str(k)[:40]: str(v)[:200] for k, v in list(params.items())[:30]}
    PaymentCallback.objects.create(
        provider=provider_code[:40],
        reference=str(params.get("reference", ""))[:40],
        params=safe,
        outcome=outcome,
        reason=reason[:200],
        ip_address=ip,
    )


def payment_apply_callback(*, provider_code: str, params: Mapping[str, str], ip=None) -> Payment:
    """Apply a provider's callback. A forged, tampered or stale one raises
    :class:`CallbackRefused` and changes nothing; a replay of an applied one returns the
    payment unchanged; a second, different transaction for a paid payment is refused
    (one payment). Every callback is logged."""
    provider = get_provider(provider_code)
    if provider is None:
        raise CallbackRefused()
    try:
        data = provider.verify_callback(params)
    except SignatureError as exc:
        _log_callback(provider_code, params, PaymentCallback.Outcome.REFUSED, str(exc), ip)
        raise CallbackRefused() from exc
    outcome, reason = PaymentCallback.Outcome.REFUSED, ""
    try:
        with transaction.atomic():
            payment = (
                Payment.objects.select_for_update()
                .filter(reference=data.reference, provider=provider.code)
                .first()
            )
            if payment is None:
                reason = "unknown reference"
                raise CallbackRefused()
            if payment.status != Payment.Status.PENDING:
                if payment.provider_transaction_id == data.transaction_id:
                    outcome = PaymentCallback.Outcome.DUPLICATE
                    return payment
                reason = "payment already settled"
                raise CallbackRefused()
            if data.amount != payment.amount:
                reason = "amount mismatch"
                raise CallbackRefused()
            payment.provider_transaction_id = data.transaction_id
            if data.success:
                payment.status = Payment.Status.PAID
                payment.paid_at = timezone.now()
            else:
                payment.status = Payment.Status.FAILED
            try:
                with transaction.atomic():
                    payment.save(update_fields=["provider_transaction_id", "status", "paid_at"])
            except IntegrityError as exc:  # the transaction id was used for another payment
                reason = "transaction id reused"
                raise CallbackRefused() from exc
            if data.success:
                _dossier_event(payment.dossier, verb="paid", actor=None, payment=payment)
            record_event(
                f"cchc.payments.payment.{payment.status}",
                obj=payment,
                data={"provider": provider.code, "transaction": data.transaction_id},
            )
            outcome = PaymentCallback.Outcome.APPLIED
            return payment
    finally:
        _log_callback(provider_code, params, outcome, reason, ip)


def payment_record_at_desk(
    *, dossier, amount: int, method: str, actor, note: str = "", request=None
) -> Payment:
    """The desk took the fee in cash or saw a transfer: a paid payment and its case event.
    Only staff who may act on the dossier (``can_act``, from the dossiers permissions)."""
    if not can_take_fees(actor, dossier):
        raise PermissionDeniedError()
    if method not in (Payment.Method.CASH, Payment.Method.TRANSFER):
        raise ValidationError(_("Hình thức nộp phí không hợp lệ."), code="method")
    if not isinstance(amount, int) or amount <= 0:
        raise ValidationError(ERR_AMOUNT, code="amount")
    with transaction.atomic():
        payment = Payment.objects.create(
            dossier=dossier,
            amount=amount,
            description=note[:255] or str(_("Phí, lệ phí nộp tại Bộ phận Một cửa")),
            method=method,
            status=Payment.Status.PAID,
            paid_at=timezone.now(),
            created_by=actor,
        )
        _dossier_event(dossier, verb="paid", actor=actor, payment=payment)
        record_event(
            "cchc.payments.payment.desk",
            actor=actor,
            obj=payment,
            data={"method": method},
            request=request,
        )
    return payment


def payment_refund(*, payment: Payment, actor, reason: str, request=None) -> Payment:
    """Give a paid fee back (through its provider when paid online): a case event."""
    if not can_take_fees(actor, payment.dossier):
        raise PermissionDeniedError()
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(ERR_REASON, code="reason")
    with transaction.atomic():
        payment = Payment.objects.select_for_update().get(pk=payment.pk)
        if payment.status != Payment.Status.PAID:
            raise ValidationError(ERR_NOT_REFUNDABLE, code="status")
        if payment.method == Payment.Method.ONLINE:
            provider = get_provider(payment.provider)
            if provider is None:
                raise ValidationError(ERR_PROVIDER, code="provider")
            payment.refund_reference = provider.refund(
                reference=payment.reference,
                transaction_id=payment.provider_transaction_id or "",
                amount=payment.amount,
            )[:100]
        payment.status = Payment.Status.REFUNDED
        payment.refunded_at = timezone.now()
        payment.refund_reason = reason[:500]
        payment.save(update_fields=["status", "refunded_at", "refund_reason", "refund_reference"])
        _dossier_event(payment.dossier, verb="refunded", actor=actor, payment=payment)
        record_event(
            "cchc.payments.payment.refund",
            actor=actor,
            obj=payment,
            data={"reason": reason[:200]},
            request=request,
        )
    return payment
