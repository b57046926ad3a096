"""Satisfaction survey (khảo sát sự hài lòng, SIPAS): questionnaires versioned by year,
invitations (one-time links), desk kiosks, responses and their answers.

A response is tied to the case it rates by ``(kind, case_id)``: the case kinds are
registered by the apps that own them (``registry.py``), so this app has no foreign key to
feedback or dossiers. Status changes and writes go through ``services.py``.
"""

from __future__ import annotations

import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from .choices import Element, QuestionKind, Source


class Questionnaire(ClusterableModel):
    """Phiếu khảo sát: the questions asked in one year. Responses keep the questionnaire
    they answered, so a new year's version never changes last year's figures."""

    year = models.PositiveSmallIntegerField(
        _("năm áp dụng"),
        unique=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    title = models.CharField(_("tên phiếu"), max_length=255)
    intro = models.TextField(_("lời giới thiệu"), blank=True, max_length=2000)
    is_active = models.BooleanField(_("đang dùng"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("year"),
        FieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("is_active"),
        InlinePanel("questions", label=_("Câu hỏi"), min_num=1),
    ]

    class Meta:
        ordering = ["-year"]
        verbose_name = _("phiếu khảo sát")
        verbose_name_plural = _("phiếu khảo sát")

    def __str__(self):
        return f"{self.title} ({self.year})"


class Question(Orderable):
    """One question, in one of the five elements (the element is its group)."""

    questionnaire = ParentalKey(Questionnaire, on_delete=models.CASCADE, related_name="questions")
    element = models.CharField(_("yếu tố"), max_length=20, choices=Element.choices)
    code = models.SlugField(_("mã câu hỏi"), max_length=20)
    text = models.CharField(_("nội dung câu hỏi"), max_length=500)
    kind = models.CharField(
        _("loại"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.SCALE
    )
    required = models.BooleanField(_("bắt buộc"), default=False)

    panels = [
        FieldPanel("element"),
        FieldPanel("code"),
        FieldPanel("text"),
        FieldPanel("kind"),
        FieldPanel("required"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("câu hỏi")
        verbose_name_plural = _("câu hỏi")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "code"], name="surveys_question_code_unique"
            )
        ]

    def __str__(self):
        return self.text


def new_kiosk_key() -> str:
    return secrets.token_urlsafe(12)


class Kiosk(models.Model):
    """Máy đánh giá tại quầy: a tablet at one desk of the one-stop shop. Its URL
    (``/danh-gia/quay/<key>/``) is the key: change the key to retire a leaked URL."""

    name = models.CharField(_("tên quầy"), max_length=200)
    key = models.SlugField(_("khóa"), max_length=40, unique=True, default=new_kiosk_key)
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan"),
        on_delete=models.PROTECT,
        related_name="survey_kiosks",
    )
    is_active = models.BooleanField(_("đang hoạt động"), default=True)

    panels = [FieldPanel("name"), FieldPanel("agency"), FieldPanel("key"), FieldPanel("is_active")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("máy đánh giá tại quầy")
        verbose_name_plural = _("máy đánh giá tại quầy")

    def __str__(self):
        return self.name


class Invitation(models.Model):
    """A one-time link sent to the citizen after their case ended. Only the SHA-256 of
    the secret part of the token is stored; the link itself is also signed."""

    kind = models.CharField(_("loại hồ sơ"), max_length=30)
    case_id = models.PositiveBigIntegerField(_("mã hồ sơ nội bộ"))
    case_reference = models.CharField(_("số hồ sơ"), max_length=64, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    agency = models.ForeignKey(
        "directory.Agency", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    procedure = models.CharField(_("thủ tục / lĩnh vực"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("hết hạn lúc"))
    used_at = models.DateTimeField(_("đã dùng lúc"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("lời mời đánh giá")
        verbose_name_plural = _("lời mời đánh giá")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "case_id"], name="surveys_invitation_one_per_case"
            )
        ]

    def __str__(self):
        return f"{self.kind}:{self.case_reference or self.case_id}"


class Response(models.Model):
    """Phiếu trả lời: one citizen's ratings. At most one per case."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="responses"
    )
    source = models.CharField(_("nguồn"), max_length=10, choices=Source.choices)
    kind = models.CharField(_("loại hồ sơ"), max_length=30, blank=True)
    case_id = models.PositiveBigIntegerField(_("mã hồ sơ nội bộ"), null=True, blank=True)
    invitation = models.OneToOneField(
        Invitation, null=True, blank=True, on_delete=models.SET_NULL, related_name="response"
    )
    kiosk = models.ForeignKey(
        Kiosk, null=True, blank=True, on_delete=models.SET_NULL, related_name="responses"
    )
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("cơ quan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="survey_responses",
    )
    procedure = models.CharField(_("thủ tục / lĩnh vực"), max_length=200, blank=True)
    submitted_at = models.DateTimeField(_("thời điểm gửi"))
    submitted_on = models.DateField(_("ngày gửi"), db_index=True)
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"), default=False, help_text=_("Phiếu mẫu của bản trình diễn.")
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("phiếu trả lời")
        verbose_name_plural = _("phiếu trả lời")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "case_id"],
                condition=Q(case_id__isnull=False),
                name="surveys_response_one_per_case",
            )
        ]
        indexes = [models.Index(fields=["agency", "submitted_on"])]

    def __str__(self):
        return f"#{self.pk} {self.get_source_display()} {self.submitted_on:%d/%m/%Y}"


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    score = models.PositiveSmallIntegerField(
        _("điểm"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    text = models.TextField(_("ý kiến"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("câu trả lời")
        verbose_name_plural = _("câu trả lời")
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="surveys_answer_unique"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=1, score__lte=5),
                name="surveys_answer_score_on_scale",
            ),
        ]

    def __str__(self):
        return f"{self.question_id}: {self.score or self.text[:40]}"
