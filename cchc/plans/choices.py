"""Choices of the communication-plan app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Metric(models.TextChoices):
    """What an item's indicator counts (chỉ tiêu); each is a count field of an Activity."""

    ARTICLES = "articles", _("Số tin bài, văn bản đăng tải")
    SESSIONS = "sessions", _("Số lớp, buổi, hội nghị")
    PARTICIPANTS = "participants", _("Số lượt người tham dự")
    BANNERS = "banners", _("Số pano, áp phích, băng rôn")
    ACTIVITIES = "activities", _("Số hoạt động")


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    SUBMITTED = "submitted", _("Đã gửi")


QUARTERS = (1, 2, 3, 4)
