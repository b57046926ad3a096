"""Choices of the one-stop shop (Bộ phận Một cửa): statuses, channels, delivery, outcome."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """Trạng thái hồ sơ (NĐ 61/2018 Đ.17–20). Only ``services.py`` sets it."""

    RECEIVED = "received", _("Mới tiếp nhận")
    SUPPLEMENT_REQUESTED = "supplement_requested", _("Yêu cầu bổ sung hồ sơ")
    RECEIPT_REFUSED = "receipt_refused", _("Từ chối tiếp nhận")
    ACCEPTED = "accepted", _("Đã tiếp nhận, hẹn trả kết quả")
    ASSIGNED = "assigned", _("Đã phân công xử lý")
    ASSESSED = "assessed", _("Đã thẩm định")
    CONSULTING = "consulting", _("Đang lấy ý kiến, liên thông")
    APPROVED = "approved", _("Đã phê duyệt")
    REFUSED = "refused", _("Từ chối giải quyết")
    RESULT_READY = "result_ready", _("Có kết quả, chờ trả")
    RETURNED = "returned", _("Đã trả kết quả")
    CLOSED = "closed", _("Đã kết thúc")
    WITHDRAWN = "withdrawn", _("Công dân rút hồ sơ")


class Channel(models.TextChoices):
    """Cách thức nộp hồ sơ."""

    DESK = "desk", _("Trực tiếp tại Bộ phận Một cửa")
    ONLINE = "online", _("Trực tuyến")
    POST = "post", _("Qua dịch vụ bưu chính công ích")


class Delivery(models.TextChoices):
    """Where the result goes (Quyết định 45/2016/QĐ-TTg for post)."""

    DESK = "desk", _("Nhận tại Bộ phận Một cửa")
    ONLINE = "online", _("Nhận bản điện tử trực tuyến")
    POST = "post", _("Nhận qua dịch vụ bưu chính")


class Outcome(models.TextChoices):
    """Kết quả giải quyết so với hạn (Mẫu 05): stored when the result is returned."""

    EARLY = "early", _("Trước hạn")
    ON_TIME = "on_time", _("Đúng hạn")
    LATE = "late", _("Quá hạn")


class SupplementClock(models.TextChoices):
    """What a request to supplement does to the clock, per rule set."""

    PAUSE = "pause", _("Tạm dừng, tính tiếp khi nhận đủ hồ sơ")
    RESTART = "restart", _("Tính lại từ đầu khi nhận đủ hồ sơ")


class LegStatus(models.TextChoices):
    OPEN = "open", _("Đang xử lý")
    DONE = "done", _("Đã hoàn thành")
    CANCELLED = "cancelled", _("Đã hủy")


class LegKind(models.TextChoices):
    CONSULT = "consult", _("Lấy ý kiến")
    TRANSFER = "transfer", _("Liên thông")


class AttachmentKind(models.TextChoices):
    FILED = "filed", _("Thành phần hồ sơ")
    SUPPLEMENT = "supplement", _("Hồ sơ bổ sung")
    RESULT = "result", _("Kết quả giải quyết")
    INTERNAL = "internal", _("Tài liệu xử lý nội bộ")
