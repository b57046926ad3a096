"""Feedback (phản ánh, kiến nghị) cases, their files, history, counters and outbox.

Personal data (name, address, phone, e-mail, social ids) lives only in ``Feedback``'s
``submitter_*`` fields and is never rendered by a public page or API.
"""

from __future__ import annotations

import secrets
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cchc.core.storage import private_storage

from .choices import (
    PUBLIC_STATUS_LABELS,
    VERB_LABELS,
    Channel,
    Kind,
    NotificationChannel,
    NotificationStatus,
    RejectReason,
    Status,
)


class FeedbackCategory(models.Model):
    """A field of feedback (lĩnh vực), with its default agency and answer deadline."""

    code = models.SlugField(_("mã"), max_length=50, unique=True)
    name = models.CharField(_("tên lĩnh vực"), max_length=200)
    description = models.TextField(_("mô tả"), blank=True)
    default_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan xử lý mặc định"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deadline_days = models.PositiveSmallIntegerField(
        _("thời hạn trả lời (ngày làm việc)"), default=10
    )
    is_active = models.BooleanField(_("đang sử dụng"), default=True)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("lĩnh vực phản ánh")
        verbose_name_plural = _("lĩnh vực phản ánh")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class TrackingCounter(models.Model):
    """The last tracking number handed out in one year (row-locked while allocating)."""

    year = models.PositiveIntegerField(_("năm"), unique=True)
    last = models.PositiveIntegerField(_("số cuối"), default=0)

    class Meta:
        verbose_name = _("bộ đếm mã phản ánh")
        verbose_name_plural = _("bộ đếm mã phản ánh")

    def __str__(self):
        return f"{self.year}: {self.last}"


class Feedback(models.Model):
    """One feedback or petition (phản ánh, kiến nghị) from any channel."""

    code = models.CharField(_("mã tra cứu"), max_length=32, unique=True)
    channel = models.CharField(_("kênh tiếp nhận"), max_length=20, choices=Channel.choices)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.REPORT)
    category = models.ForeignKey(
        FeedbackCategory,
        verbose_name=_("lĩnh vực"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="feedbacks",
    )
    subject = models.CharField(_("tiêu đề"), max_length=200)
    content = models.TextField(_("nội dung"))
    location_text = models.CharField(_("địa điểm"), max_length=255, blank=True)
    lat = models.DecimalField(_("vĩ độ"), max_digits=9, decimal_places=6, null=True, blank=True)
    lng = models.DecimalField(_("kinh độ"), max_digits=9, decimal_places=6, null=True, blank=True)
    area = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("địa bàn (xã, huyện)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Personal data: never public.
    submitter_name = models.CharField(_("họ và tên"), max_length=150, blank=True)
    submitter_address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    submitter_phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    submitter_email = models.EmailField(_("thư điện tử"), max_length=254, blank=True)
    submitter_social_id = models.CharField(_("tài khoản mạng xã hội"), max_length=100, blank=True)
    external_ref = models.CharField(
        _("mã tham chiếu bên ngoài"),
        max_length=255,
        blank=True,
        help_text=_("Message-ID của thư, mã tin nhắn Zalo/Facebook: chống tạo trùng."),
    )
    submitted_ip = models.GenericIPAddressField(_("địa chỉ IP"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cán bộ nhập"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    status = models.CharField(
        _("trạng thái"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    reject_reason = models.CharField(
        _("lý do không thụ lý"), max_length=30, choices=RejectReason.choices, blank=True
    )
    assigned_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan xử lý"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    received_on = models.DateField(_("ngày tiếp nhận"))
    forward_due = models.DateField(_("hạn chuyển cơ quan khác"))
    answer_due = models.DateField(_("hạn trả lời"))

    answer = models.TextField(_("nội dung trả lời"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người trả lời"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answering_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan trả lời"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("thời điểm trả lời"), null=True, blank=True)
    answered_on = models.DateField(_("ngày trả lời"), null=True, blank=True)
    answer_working_days = models.PositiveIntegerField(
        _("số ngày làm việc để trả lời"), null=True, blank=True
    )

    is_published = models.BooleanField(_("đã công khai"), default=False)
    published_at = models.DateTimeField(_("thời điểm công khai"), null=True, blank=True)
    public_subject = models.CharField(_("tiêu đề công khai"), max_length=200, blank=True)
    public_content = models.TextField(
        _("nội dung công khai (đã lược thông tin cá nhân)"), blank=True
    )
    public_answer = models.TextField(_("trả lời công khai (đã lược thông tin cá nhân)"), blank=True)
    search_text = models.TextField(_("chỉ mục tìm kiếm"), blank=True, editable=False)

    spam_score = models.PositiveSmallIntegerField(_("điểm nghi rác"), default=0)
    moderation_note = models.CharField(_("ghi chú kiểm duyệt"), max_length=255, blank=True)

    created_at = models.DateTimeField(_("thời điểm gửi"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("cập nhật"), auto_now=True)
    closed_at = models.DateTimeField(_("thời điểm kết thúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("phản ánh, kiến nghị")
        verbose_name_plural = _("phản ánh, kiến nghị")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "external_ref"],
                condition=~models.Q(external_ref=""),
                name="feedback_unique_external_ref",
            )
        ]
        indexes = [
            models.Index(fields=["status", "answer_due"]),
            models.Index(fields=["assigned_agency", "status"]),
            models.Index(fields=["is_published", "published_at"]),
        ]
        permissions = [
            ("coordinate_feedback", _("Điều phối mọi phản ánh, kiến nghị")),
        ]

    def __str__(self):
        return self.code

    def get_absolute_url(self):
        return reverse("feedback:officer-detail", args=[self.pk])

    def get_public_url(self):
        return reverse("feedback:public-detail", args=[self.code])

    @property
    def public_status_label(self) -> str:
        """The status in a citizen's words ("Đã trả lời công khai")."""
        return str(PUBLIC_STATUS_LABELS.get(self.status, self.get_status_display()))


def attachment_upload_to(instance: FeedbackAttachment, filename: str) -> str:
    """A random name under ``feedback/YYYY/MM/``; the citizen's file name is not used."""
    ext = PurePosixPath(filename).suffix.lower()[:6]
    now = timezone.localdate()
    return f"feedback/{now:%Y/%m}/{secrets.token_urlsafe(18)}{ext}"


class FeedbackAttachment(models.Model):
    """A photo or PDF sent with a feedback (type checked by content, ≤ 10 MB)."""

    feedback = models.ForeignKey(
        Feedback, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("phản ánh")
    )
    file = models.FileField(
        _("tệp"), upload_to=attachment_upload_to, max_length=255, storage=private_storage
    )
    original_name = models.CharField(_("tên tệp gốc"), max_length=255, blank=True)
    content_type = models.CharField(_("kiểu tệp"), max_length=50)
    size = models.PositiveIntegerField(_("dung lượng (byte)"))
    created_at = models.DateTimeField(_("thời điểm"), auto_now_add=True)

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")
        ordering = ["id"]

    def __str__(self):
        return self.original_name or self.file.name


class FeedbackEvent(models.Model):
    """One step in a case's history: who moved it from which status to which, and why."""

    feedback = models.ForeignKey(
        Feedback, on_delete=models.CASCADE, related_name="events", verbose_name=_("phản ánh")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        verbose_name=_("người thực hiện"),
        null=True,
        blank=True,
        related_name="+",
    )
    action = models.CharField(_("thao tác"), max_length=30)
    from_status = models.CharField(
        _("từ trạng thái"), max_length=20, blank=True, choices=Status.choices
    )
    to_status = models.CharField(_("sang trạng thái"), max_length=20, choices=Status.choices)
    note = models.TextField(_("ghi chú"), blank=True)
    data = models.JSONField(_("dữ liệu"), default=dict, blank=True)
    created_at = models.DateTimeField(_("thời điểm"), default=timezone.now)

    class Meta:
        verbose_name = _("diễn biến xử lý")
        verbose_name_plural = _("diễn biến xử lý")
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.feedback_id}: {self.from_status} → {self.to_status}"

    @property
    def action_label(self) -> str:
        """The verb in words ("Phân công"), not its code (``assign``)."""
        return str(VERB_LABELS.get(self.action, self.action))

    @property
    def public_status_label(self) -> str:
        return str(PUBLIC_STATUS_LABELS.get(self.to_status, self.get_to_status_display()))


class Notification(models.Model):
    """Outbox: a message to a citizen or an agency, retried until sent."""

    feedback = models.ForeignKey(
        Feedback,
        on_delete=models.CASCADE,
        related_name="notifications",
        null=True,
        blank=True,
        verbose_name=_("phản ánh"),
    )
    channel = models.CharField(_("kênh"), max_length=10, choices=NotificationChannel.choices)
    recipient = models.CharField(_("người nhận"), max_length=254)
    subject = models.CharField(_("tiêu đề"), max_length=255, blank=True)
    body = models.TextField(_("nội dung"))
    status = models.CharField(
        _("trạng thái"),
        max_length=10,
        choices=NotificationStatus.choices,
        default=NotificationStatus.PENDING,
        db_index=True,
    )
    attempts = models.PositiveSmallIntegerField(_("số lần gửi"), default=0)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    sent_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("gửi lại lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("thông báo")
        verbose_name_plural = _("hộp thư đi")
        ordering = ["id"]

    def __str__(self):
        return f"{self.channel} → {self.recipient} ({self.status})"


class ApiKey(models.Model):
    """A key for Open311 POST clients; only its SHA-256 is stored."""

    name = models.CharField(_("tên ứng dụng"), max_length=150)
    prefix = models.CharField(_("tiền tố"), max_length=12, unique=True)
    key_hash = models.CharField(_("mã băm"), max_length=64)
    is_active = models.BooleanField(_("đang dùng"), default=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("dùng gần nhất"), null=True, blank=True)

    class Meta:
        verbose_name = _("khóa API Open311")
        verbose_name_plural = _("khóa API Open311")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"
