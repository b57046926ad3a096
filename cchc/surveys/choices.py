"""Choice lists of the satisfaction survey (khảo sát sự hài lòng, SIPAS)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Element(models.TextChoices):
    """The five elements of a public administrative service (Bộ Nội vụ, QĐ 2640/QĐ-BNV)."""

    ACCESS = "access", _("Tiếp cận dịch vụ")
    PROCEDURE = "procedure", _("Thủ tục hành chính")
    OFFICER = "officer", _("Công chức trực tiếp giải quyết công việc")
    RESULT = "result", _("Kết quả giải quyết")
    FEEDBACK = "feedback", _("Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị")
    OTHER = "other", _("Ý kiến khác")


class QuestionKind(models.TextChoices):
    SCALE = "scale", _("Thang đo 5 mức")
    TEXT = "text", _("Ý kiến tự do")


class Source(models.TextChoices):
    LINK = "link", _("Đường dẫn gửi người dân")
    KIOSK = "kiosk", _("Máy đánh giá tại quầy")


# The 5-point scale, as the citizen reads it.
SCALE = [
    (1, _("Rất không hài lòng")),
    (2, _("Không hài lòng")),
    (3, _("Bình thường")),
    (4, _("Hài lòng")),
    (5, _("Rất hài lòng")),
]
