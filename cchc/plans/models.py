"""The communication plan (kế hoạch tuyên truyền cải cách hành chính) and its reports.

A province's Department of Home Affairs (Sở Nội vụ) drafts a plan each year for the
People's Committee: what to communicate (the documents it lists), in which forms (training
classes, articles on the portals, newspaper/radio/TV sections, visual media, conferences),
by which agency. Every agency then reports its activities per quarter and the Department
summarises. Forms and agencies are data (CommunicationForm, directory.Agency).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel

from cchc.core.storage import private_storage

from .choices import Metric, ReportStatus


class CommunicationForm(models.Model):
    """A form of communication (hình thức tuyên truyền): a configurable list."""

    name = models.CharField(_("tên hình thức"), max_length=200, unique=True)
    description = models.CharField(_("mô tả"), max_length=500, blank=True)
    counts_portal_articles = models.BooleanField(
        _("đếm tự động tin bài trên Cổng"),
        default=False,
        help_text=_(
            "Tin bài thuộc chuyên mục của kế hoạch trên Cổng được tự động cộng vào chỉ tiêu "
            "của mục dùng hình thức này (cơ quan chủ trì là cơ quan vận hành Cổng)."
        ),
    )
    is_active = models.BooleanField(_("đang dùng"), default=True)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("counts_portal_articles"),
        FieldPanel("is_active"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("hình thức tuyên truyền")
        verbose_name_plural = _("hình thức tuyên truyền")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class CommunicationPlan(ClusterableModel):
    """One year's communication plan, issued by a document of the legal library."""

    year = models.PositiveSmallIntegerField(_("năm"))
    title = models.CharField(_("tên kế hoạch"), max_length=300)
    issuing_document = models.ForeignKey(
        "legal.LegalDocument",
        verbose_name=_("văn bản ban hành"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    goals = models.TextField(_("mục đích, yêu cầu"), blank=True, max_length=10000)
    internal_notes = models.TextField(
        _("ghi chú nội bộ"), blank=True, max_length=5000, help_text=_("Không hiển thị công khai.")
    )
    is_public = models.BooleanField(_("công khai trên Cổng"), default=True)
    portal_category = models.ForeignKey(
        "news.ArticleCategory",
        verbose_name=_("chuyên mục tin bài được đếm"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Tin bài của chuyên mục này trên Cổng được đếm tự động theo quý."),
    )
    portal_agency = models.ForeignKey(
        "directory.Agency",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cơ quan vận hành Cổng"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldPanel("title"),
                FieldPanel("issuing_document"),
                FieldPanel("goals"),
                FieldPanel("is_public"),
            ],
            heading=_("Kế hoạch"),
        ),
        MultiFieldPanel(
            [FieldPanel("portal_category"), FieldPanel("portal_agency")],
            heading=_("Đếm tin bài trên Cổng"),
        ),
        FieldPanel("internal_notes"),
        InlinePanel("items", label=_("Nội dung, nhiệm vụ")),
    ]

    class Meta:
        verbose_name = _("kế hoạch tuyên truyền")
        verbose_name_plural = _("kế hoạch tuyên truyền")
        ordering = ["-year", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("plans:public-detail", kwargs={"pk": self.pk})


class PlanItem(ClusterableModel):
    """One task of the plan (nội dung, nhiệm vụ): what, how, who, by when, how much."""

    plan = ParentalKey(CommunicationPlan, related_name="items", on_delete=models.CASCADE)
    number = models.CharField(_("STT"), max_length=20, blank=True)
    content = models.TextField(_("nội dung tuyên truyền"), max_length=5000)
    documents = ParentalManyToManyField(
        "legal.LegalDocument", verbose_name=_("văn bản tuyên truyền"), blank=True, related_name="+"
    )
    form = models.ForeignKey(
        CommunicationForm,
        on_delete=models.PROTECT,
        related_name="items",
        verbose_name=_("hình thức"),
    )
    responsible_agency = models.ForeignKey(
        "directory.Agency",
        on_delete=models.PROTECT,
        related_name="plan_items",
        verbose_name=_("cơ quan chủ trì"),
    )
    coordinating_agencies = ParentalManyToManyField(
        "directory.Agency",
        verbose_name=_("cơ quan phối hợp"),
        blank=True,
        related_name="coordinated_plan_items",
    )
    starts_on = models.DateField(_("từ ngày"), null=True, blank=True)
    deadline = models.DateField(_("thời hạn"), null=True, blank=True)
    period_text = models.CharField(
        _("thời gian thực hiện"), max_length=200, blank=True, help_text=_("Ví dụ: Cả năm; Quý II.")
    )
    metric = models.CharField(
        _("chỉ tiêu"), max_length=20, choices=Metric.choices, default=Metric.ACTIVITIES
    )
    target = models.PositiveIntegerField(_("số lượng chỉ tiêu"), default=0)
    internal_note = models.CharField(_("ghi chú nội bộ"), max_length=1000, blank=True)
    sort_order = models.PositiveIntegerField(default=0, editable=False)

    panels = [
        FieldPanel("number"),
        FieldPanel("content"),
        FieldPanel("documents"),
        FieldPanel("form"),
        FieldPanel("responsible_agency"),
        FieldPanel("coordinating_agencies"),
        FieldPanel("starts_on"),
        FieldPanel("deadline"),
        FieldPanel("period_text"),
        FieldPanel("metric"),
        FieldPanel("target"),
        FieldPanel("internal_note"),
    ]

    class Meta:
        verbose_name = _("nội dung kế hoạch")
        verbose_name_plural = _("nội dung kế hoạch")
        ordering = ["sort_order", "id"]

    def __str__(self):
        label = self.content[:80]
        return f"{self.number}. {label}" if self.number else label


class AgencyReport(models.Model):
    """An agency's report on the plan for one quarter (báo cáo quý)."""

    plan = models.ForeignKey(
        CommunicationPlan,
        verbose_name=_("kế hoạch"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    agency = models.ForeignKey(
        "directory.Agency", verbose_name=_("cơ quan"), on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveSmallIntegerField(_("năm"))
    quarter = models.PositiveSmallIntegerField(_("quý"))
    status = models.CharField(
        _("tình trạng"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    summary = models.TextField(_("đánh giá chung"), blank=True, max_length=5000)
    submitted_at = models.DateTimeField(_("ngày gửi"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("báo cáo của cơ quan")
        verbose_name_plural = _("báo cáo của cơ quan")
        ordering = ["plan", "year", "quarter", "agency__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "agency", "year", "quarter"], name="plans_report_one_per_quarter"
            ),
            models.CheckConstraint(
                condition=models.Q(quarter__gte=1, quarter__lte=4), name="plans_report_quarter_1_4"
            ),
        ]
        permissions = [("report_activities", _("Báo cáo hoạt động tuyên truyền của cơ quan mình"))]

    def __str__(self):
        return f"{self.agency} – Q{self.quarter}/{self.year}"

    @property
    def is_submitted(self) -> bool:
        return self.status == ReportStatus.SUBMITTED


class Activity(models.Model):
    """One thing an agency did against a plan item: what, when, how many, evidence."""

    report = models.ForeignKey(
        AgencyReport, verbose_name=_("báo cáo"), on_delete=models.CASCADE, related_name="activities"
    )
    item = models.ForeignKey(
        PlanItem,
        verbose_name=_("nội dung kế hoạch"),
        on_delete=models.PROTECT,
        related_name="activities",
    )
    form = models.ForeignKey(
        CommunicationForm, verbose_name=_("hình thức"), on_delete=models.PROTECT, related_name="+"
    )
    date = models.DateField(_("ngày thực hiện"))
    description = models.CharField(_("nội dung hoạt động"), max_length=1000)
    articles = models.PositiveIntegerField(_("số tin bài"), default=0)
    sessions = models.PositiveIntegerField(_("số lớp, buổi"), default=0)
    participants = models.PositiveIntegerField(_("số người tham dự"), default=0)
    banners = models.PositiveIntegerField(_("số pano, băng rôn"), default=0)
    link = models.URLField(_("đường dẫn minh chứng"), blank=True, max_length=500)
    evidence = models.FileField(
        _("tệp minh chứng"),
        upload_to="plans/evidence/%Y/%m/",
        blank=True,
        max_length=255,
        storage=private_storage,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("hoạt động tuyên truyền")
        verbose_name_plural = _("hoạt động tuyên truyền")
        ordering = ["date", "id"]

    def __str__(self):
        return self.description[:80]


class Reminder(models.Model):
    """A reminder e-mailed to an agency whose quarterly report was missing (one per quarter)."""

    plan = models.ForeignKey(CommunicationPlan, on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey("directory.Agency", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    quarter = models.PositiveSmallIntegerField()
    recipients = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("nhắc báo cáo")
        verbose_name_plural = _("nhắc báo cáo")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "agency", "year", "quarter"], name="plans_reminder_one_per_quarter"
            )
        ]

    def __str__(self):
        return f"{self.agency_id} Q{self.quarter}/{self.year}"
