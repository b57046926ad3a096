"""Applicant accounts (tài khoản người nộp hồ sơ), one-time sign-in codes and the outbox.

An applicant signs in with a phone number or an e-mail address and a one-time code; there
is no password. Codes are stored hashed (HMAC with the site key), expire, and allow a few
attempts only. Every message to the outside world is first an :class:`OutboundMessage` row
written in the same transaction as the change that caused it, and sent later
(``services.outbox_send_pending``), so a slow SMS gateway never holds a request.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ContactKind(models.TextChoices):
    PHONE = "phone", _("Số điện thoại")
    EMAIL = "email", _("Thư điện tử")


class Applicant(models.Model):
    """A citizen or organisation that files dossiers (người nộp hồ sơ) online."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applicant"
    )
    contact = models.CharField(_("số điện thoại hoặc thư điện tử"), max_length=254, unique=True)
    contact_kind = models.CharField(_("loại liên hệ"), max_length=10, choices=ContactKind.choices)
    full_name = models.CharField(_("họ và tên"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    last_login_at = models.DateTimeField(_("lần đăng nhập cuối"), null=True, blank=True)

    class Meta:
        verbose_name = _("người nộp hồ sơ")
        verbose_name_plural = _("người nộp hồ sơ")

    def __str__(self):
        return self.full_name or self.masked_contact

    @property
    def masked_contact(self) -> str:
        if self.contact_kind == ContactKind.EMAIL:
            local, _sep, domain = self.contact.partition("@")
            return f"{local[:2]}***@{domain}"
        return f"{self.contact[:3]}****{self.contact[-3:]}"


class OneTimeCode(models.Model):
    """A sign-in code sent to ``contact``: hashed, expiring, attempt-limited, single use."""

    contact = models.CharField(max_length=254, db_index=True)
    contact_kind = models.CharField(max_length=10, choices=ContactKind.choices)
    code_hash = models.CharField(max_length=128)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("mã xác thực một lần")
        verbose_name_plural = _("mã xác thực một lần")
        indexes = [models.Index(fields=["contact", "-created_at"])]

    def __str__(self):
        return f"{self.contact[:3]}… {self.created_at:%Y-%m-%d %H:%M}"


class OutboundMessage(models.Model):
    """One SMS or e-mail waiting to be sent, sent, or given up (the outbox)."""

    class Channel(models.TextChoices):
        SMS = "sms", _("Tin nhắn SMS")
        EMAIL = "email", _("Thư điện tử")

    class Status(models.TextChoices):
        PENDING = "pending", _("Chờ gửi")
        SENT = "sent", _("Đã gửi")
        FAILED = "failed", _("Gửi không thành công")

    channel = models.CharField(_("kênh"), max_length=10, choices=Channel.choices)
    recipient = models.CharField(_("người nhận"), max_length=254)
    subject = models.CharField(_("tiêu đề"), max_length=255, blank=True)
    body = models.TextField(_("nội dung"))
    # a message carrying a secret (a sign-in code) has its body erased once sent
    sensitive = models.BooleanField(default=False)
    status = models.CharField(
        _("trạng thái"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("số lần thử"), default=0)
    next_attempt_at = models.DateTimeField(_("thử lại lúc"), db_index=True)
    last_error = models.CharField(_("lỗi gần nhất"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    sent_at = models.DateTimeField(_("ngày gửi"), null=True, blank=True)

    class Meta:
        verbose_name = _("tin nhắn đi")
        verbose_name_plural = _("hộp thư đi")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.get_channel_display()} {self.recipient[:3]}… {self.get_status_display()}"
