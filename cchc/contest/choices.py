"""Statuses and kinds of the initiative contest (cuộc thi sáng kiến)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RoundKind(models.TextChoices):
    SUBMISSION = "submission", _("Nhận bài dự thi")
    PRELIMINARY = "preliminary", _("Vòng sơ khảo")
    FINAL = "final", _("Vòng chung khảo")


class Aggregation(models.TextChoices):
    MEAN = "mean", _("Trung bình cộng")
    TRIMMED_MEAN = "trimmed_mean", _("Trung bình sau khi bỏ điểm cao nhất và thấp nhất")


class EntryStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Đã nộp")
    ELIGIBLE = "eligible", _("Hợp lệ")
    INELIGIBLE = "ineligible", _("Không hợp lệ")
    SCORED = "scored", _("Đã chấm xong")
    RANKED = "ranked", _("Đã xếp hạng")
    AWARDED = "awarded", _("Đạt giải")


class ResultsStatus(models.TextChoices):
    OPEN = "open", _("Chưa xếp hạng")
    RANKED = "ranked", _("Đã xếp hạng, chờ phê duyệt")
    APPROVED = "approved", _("Đã được Chủ tịch Hội đồng phê duyệt")
    PUBLISHED = "published", _("Đã công bố")


class ConflictReason(models.TextChoices):
    SAME_AGENCY = "same_agency", _("Cùng cơ quan với tác giả")
    DECLARED = "declared", _("Giám khảo tự khai báo")
