"""Fees (phí, lệ phí) of a dossier: paid online through a provider, or recorded at the desk.

A :class:`Payment` is paid once: the provider's transaction id is unique per provider, and
the confirming service locks the row, so a replayed callback changes nothing. Every
callback received, valid or not, is kept in :class:`PaymentCallback` for the audit.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_reference() -> str:
    return "TT" + secrets.token_hex(8).upper()


class Payment(models.Model):
    class Method(models.TextChoices):
        ONLINE = "online", _("Thanh toán trực tuyến")
        CASH = "cash", _("Tiền mặt tại Bộ phận Một cửa")
        TRANSFER = "transfer", _("Chuyển khoản")

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ thanh toán")
        PAID = "paid", _("Đã thanh toán")
        FAILED = "failed", _("Không thành công")
        REFUNDED = "refunded", _("Đã hoàn trả")

    reference = models.CharField(
        _("mã giao dịch"), max_length=40, unique=True, default=new_reference, editable=False
    )
    dossier = models.ForeignKey(
        "dossiers.Dossier", on_delete=models.PROTECT, related_name="payments"
    )
    amount = models.PositiveBigIntegerField(_("số tiền (đồng)"))
    description = models.CharField(_("nội dung"), max_length=255)
    method = models.CharField(_("hình thức"), max_length=10, choices=Method.choices)
    provider = models.CharField(_("cổng thanh toán"), max_length=40, blank=True)
    provider_transaction_id = models.CharField(
        _("mã giao dịch của cổng"), max_length=100, null=True, blank=True
    )
    status = models.CharField(
        _("trạng thái"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    paid_at = models.DateTimeField(_("ngày thanh toán"), null=True, blank=True)
    refunded_at = models.DateTimeField(_("ngày hoàn trả"), null=True, blank=True)
    refund_reference = models.CharField(max_length=100, blank=True)
    refund_reason = models.CharField(_("lý do hoàn trả"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("khoản thanh toán")
        verbose_name_plural = _("thanh toán phí, lệ phí")
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "provider_transaction_id"],
                name="payments_one_provider_transaction",
            )
        ]

    def __str__(self):
        return f"{self.reference} {self.amount:,} đ {self.get_status_display()}"


class PaymentCallback(models.Model):
    """One callback from a provider as received: kept whatever its fate."""

    class Outcome(models.TextChoices):
        APPLIED = "applied", _("Đã ghi nhận")
        DUPLICATE = "duplicate", _("Trùng lặp, bỏ qua")
        REFUSED = "refused", _("Từ chối")

    provider = models.CharField(max_length=40)
    reference = models.CharField(max_length=40, blank=True, db_index=True)
    params = models.JSONField(default=dict)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    reason = models.CharField(max_length=200, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("thông báo từ cổng thanh toán")
        verbose_name_plural = _("thông báo từ cổng thanh toán")

    def __str__(self):
        return f"{self.provider} {self.reference} {self.outcome}"
