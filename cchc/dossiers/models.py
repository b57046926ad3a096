"""Dossiers (hồ sơ thủ tục hành chính) of the one-stop shop, their history, files, legs
and the rules they are handled under.

Nothing here sets ``Dossier.status``: every change goes through one guarded, audited
service in ``services.py``; the history of a dossier is its ``DossierEvent`` rows.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cchc.core.storage import private_storage

from .choices import (
    AttachmentKind,
    Channel,
    Delivery,
    LegKind,
    LegStatus,
    Outcome,
    Status,
    SupplementClock,
)


class RuleSet(models.Model):
    """The one-stop rules in force from a date (NĐ 61/2018 + TT 01/2018, NĐ 118/2025...).

    A dossier keeps the rule set in force when it was received, whatever changes later.
    """

    name = models.CharField(_("tên bộ quy tắc"), max_length=255)
    legal_basis = models.TextField(_("căn cứ pháp lý"), blank=True)
    effective_from = models.DateField(_("áp dụng từ ngày"), unique=True)
    cutoff = models.TimeField(
        _("giờ chốt buổi chiều"),
        null=True,
        blank=True,
        help_text=_("Hồ sơ nhận từ giờ này được tính như nhận vào ngày làm việc tiếp theo."),
    )
    after_cutoff_next_day = models.BooleanField(
        _("nhận sau giờ chốt tính từ ngày làm việc tiếp theo"), default=True
    )
    supplement_clock = models.CharField(
        _("khi yêu cầu bổ sung"),
        max_length=10,
        choices=SupplementClock.choices,
        default=SupplementClock.PAUSE,
    )
    supplement_within_days = models.PositiveSmallIntegerField(
        _("yêu cầu bổ sung trong (ngày làm việc kể từ khi tiếp nhận)"), default=3
    )
    apology_days_before = models.PositiveSmallIntegerField(
        _("gửi phiếu xin lỗi trước hạn ít nhất (ngày)"), default=1
    )
    max_reschedules = models.PositiveSmallIntegerField(_("số lần hẹn lại tối đa"), default=1)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("quy tắc Một cửa")
        verbose_name_plural = _("quy tắc Một cửa")
        ordering = ["-effective_from"]

    def __str__(self):
        return f"{self.name} ({self.effective_from:%d-%m-%Y})"


class AgencyUnitCode(models.Model):
    """The agency's unit identifier in dossier codes (mã định danh QCVN, TT 10/2016/TT-BTTTT),
    e.g. ``000.00.15.H38``. Without one, the directory's agency code is used."""

    agency = models.OneToOneField(
        "directory.Agency",
        verbose_name=_("cơ quan"),
        on_delete=models.CASCADE,
        related_name="dossier_unit_code",
    )
    code = models.CharField(_("mã định danh"), max_length=40, unique=True)

    class Meta:
        verbose_name = _("mã định danh cơ quan (mã hồ sơ)")
        verbose_name_plural = _("mã định danh cơ quan (mã hồ sơ)")

    def __str__(self):
        return f"{self.code} {self.agency}"


class DossierCounter(models.Model):
    """Serial of the day per unit: incremented in the receiving transaction (gap-free)."""

    prefix = models.CharField(max_length=40)
    day = models.DateField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "day"], name="dossiers_counter_unique_day")
        ]

    def __str__(self):
        return f"{self.prefix}-{self.day:%y%m%d}: {self.last}"


class Dossier(models.Model):
    """Hồ sơ: one filing of one procedure, from receipt to the returned result."""

    code = models.CharField(_("mã hồ sơ"), max_length=80, unique=True)
    procedure = models.ForeignKey(
        "procedures.Procedure",
        verbose_name=_("thủ tục"),
        on_delete=models.PROTECT,
        related_name="dossiers",
    )
    receiving_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan tiếp nhận"),
        on_delete=models.PROTECT,
        related_name="dossiers_received",
    )
    handling_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan giải quyết"),
        on_delete=models.PROTECT,
        related_name="dossiers_handled",
    )
    rules = models.ForeignKey(
        RuleSet, verbose_name=_("quy tắc áp dụng"), on_delete=models.PROTECT, related_name="+"
    )
    # Applicant (người nộp hồ sơ): personal data, never on public pages.
    applicant_name = models.CharField(_("họ tên người nộp"), max_length=255)
    applicant_id_number = models.CharField(_("số định danh cá nhân"), max_length=20, blank=True)
    applicant_organisation = models.CharField(_("tổ chức"), max_length=255, blank=True)
    applicant_phone = models.CharField(_("điện thoại"), max_length=30, blank=True)
    applicant_email = models.EmailField(_("thư điện tử"), blank=True)
    applicant_address = models.CharField(_("địa chỉ"), max_length=500, blank=True)
    applicant_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản người nộp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="dossiers_filed",
    )
    subject = models.TextField(_("nội dung yêu cầu"), blank=True, max_length=2000)
    channel = models.CharField(_("cách thức nộp"), max_length=10, choices=Channel.choices)
    delivery = models.CharField(
        _("hình thức nhận kết quả"), max_length=10, choices=Delivery.choices, default=Delivery.DESK
    )
    delivery_address = models.CharField(_("địa chỉ nhận kết quả"), max_length=500, blank=True)
    delivery_fee = models.PositiveBigIntegerField(_("cước bưu chính (đồng)"), default=0)
    tracking_number = models.CharField(_("số hiệu bưu gửi"), max_length=60, blank=True)
    submission_key = models.CharField(
        _("khóa chống gửi trùng"), max_length=80, null=True, blank=True, unique=True, editable=False
    )

    status = models.CharField(
        _("trạng thái"),
        max_length=24,
        choices=Status.choices,
        default=Status.RECEIVED,
        db_index=True,
    )
    resume_status = models.CharField(
        max_length=24, choices=Status.choices, blank=True, editable=False
    )
    time_limit_days = models.DecimalField(
        _("thời hạn giải quyết (ngày làm việc)"), max_digits=6, decimal_places=1, default=0
    )
    received_at = models.DateTimeField(_("thời điểm nhận"), db_index=True)
    accepted_at = models.DateTimeField(_("thời điểm tiếp nhận"), null=True, blank=True)
    deadline = models.DateField(_("hạn giải quyết"), null=True, blank=True, db_index=True)
    appointment_date = models.DateField(_("ngày hẹn trả kết quả"), null=True, blank=True)
    paused_since = models.DateTimeField(_("tạm dừng từ"), null=True, blank=True)
    paused_days = models.PositiveIntegerField(_("số ngày làm việc tạm dừng"), default=0)
    reschedule_count = models.PositiveSmallIntegerField(_("số lần hẹn lại"), default=0)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cán bộ xử lý"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="dossiers_assigned",
    )
    refusal_reason = models.TextField(_("lý do từ chối"), blank=True)
    result_ready_at = models.DateTimeField(_("thời điểm có kết quả"), null=True, blank=True)
    returned_at = models.DateTimeField(_("thời điểm trả kết quả"), null=True, blank=True)
    closed_at = models.DateTimeField(_("thời điểm kết thúc"), null=True, blank=True)
    outcome = models.CharField(
        _("kết quả so với hạn"), max_length=10, choices=Outcome.choices, blank=True, db_index=True
    )
    working_days_taken = models.PositiveIntegerField(
        _("số ngày làm việc đã giải quyết"), null=True, blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người nhập"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("hồ sơ")
        verbose_name_plural = _("hồ sơ")
        ordering = ["-received_at", "-pk"]
        indexes = [
            models.Index(fields=["handling_agency", "status"], name="dossiers_handling_status"),
            models.Index(fields=["receiving_agency", "status"], name="dossiers_receiving_status"),
            models.Index(fields=["procedure", "received_at"], name="dossiers_proc_received"),
        ]
        permissions = [
            ("desk_dossier", _("Tiếp nhận và trả kết quả hồ sơ (Bộ phận Một cửa)")),
            ("handle_dossier", _("Thẩm định, xử lý hồ sơ")),
            ("lead_dossier", _("Phân công, phê duyệt hồ sơ")),
            ("manage_all_dossiers", _("Quản trị mọi hồ sơ")),
        ]

    def __str__(self):
        return self.code

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("dossiers:desk-detail", args=[self.pk])


def _attachment_path(instance, filename):
    return f"dossiers/{instance.dossier.received_at:%Y/%m}/{instance.dossier_id}/{filename}"


class DossierAttachment(models.Model):
    """A file of a dossier (a required document, a supplement, the result); private."""

    dossier = models.ForeignKey(
        Dossier, verbose_name=_("hồ sơ"), on_delete=models.CASCADE, related_name="attachments"
    )
    kind = models.CharField(
        _("loại"), max_length=12, choices=AttachmentKind.choices, default=AttachmentKind.FILED
    )
    required_document = models.ForeignKey(
        "procedures.RequiredDocument",
        verbose_name=_("thành phần hồ sơ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("tên tài liệu"), max_length=500)
    file = models.FileField(
        _("tệp"), storage=private_storage, upload_to=_attachment_path, max_length=300
    )
    original_name = models.CharField(_("tên tệp gốc"), max_length=255, blank=True)
    mime = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tệp hồ sơ")
        verbose_name_plural = _("tệp hồ sơ")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.title


class TransferLeg(models.Model):
    """A leg to another agency (lấy ý kiến / liên thông), with its own task and deadline."""

    dossier = models.ForeignKey(
        Dossier, verbose_name=_("hồ sơ"), on_delete=models.CASCADE, related_name="legs"
    )
    kind = models.CharField(
        _("loại"), max_length=10, choices=LegKind.choices, default=LegKind.TRANSFER
    )
    from_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan chuyển"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    to_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan nhận"),
        on_delete=models.PROTECT,
        related_name="dossier_legs",
    )
    task = models.TextField(_("nhiệm vụ"), max_length=2000, blank=True)
    days = models.PositiveSmallIntegerField(_("thời hạn (ngày làm việc)"))
    deadline = models.DateField(_("hạn"))
    status = models.CharField(
        _("trạng thái"),
        max_length=10,
        choices=LegStatus.choices,
        default=LegStatus.OPEN,
        db_index=True,
    )
    reply = models.TextField(_("kết quả, ý kiến"), blank=True, max_length=4000)
    outcome = models.CharField(
        _("kết quả so với hạn"), max_length=10, choices=Outcome.choices, blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("phiếu chuyển liên thông")
        verbose_name_plural = _("phiếu chuyển liên thông")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.dossier_id} → {self.to_agency_id}"


class DossierEvent(models.Model):
    """One step of a dossier's history: who, when, from which status to which, note."""

    dossier = models.ForeignKey(
        Dossier, verbose_name=_("hồ sơ"), on_delete=models.CASCADE, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    agency = models.ForeignKey(
        "directory.Agency", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("thao tác"), max_length=40)
    from_status = models.CharField(max_length=24, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=24, choices=Status.choices, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("thời điểm"), db_index=True)

    class Meta:
        verbose_name = _("lịch sử hồ sơ")
        verbose_name_plural = _("lịch sử hồ sơ")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.dossier_id} {self.action}"

    @property
    def action_label(self):
        from .workflow import event_label

        return event_label(self.action)
