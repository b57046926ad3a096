"""Choice lists of the feedback (phản ánh, kiến nghị) domain."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """Where a case stands; only services in ``services.py`` change it (see ``workflow.py``)."""

    RECEIVED = "received", _("Đã tiếp nhận")
    ACCEPTED = "accepted", _("Đã thụ lý")
    REJECTED = "rejected", _("Không thụ lý")
    ASSIGNED = "assigned", _("Đã giao xử lý")
    FORWARDED = "forwarded", _("Đã chuyển cơ quan khác")
    ANSWERED = "answered", _("Đã có kết quả")
    PUBLISHED = "published", _("Đã công khai")
    PRIVATE = "private", _("Trả lời riêng")
    CLOSED = "closed", _("Đã kết thúc")
    SPAM = "spam", _("Chờ kiểm duyệt (nghi rác)")


class Channel(models.TextChoices):
    WEB = "web", _("Cổng thông tin")
    HOTLINE = "hotline", _("Đường dây nóng")
    EMAIL = "email", _("Thư điện tử")
    ZALO = "zalo", _("Zalo")
    FACEBOOK = "facebook", _("Facebook")
    POST = "post", _("Bưu chính")
    IN_PERSON = "in_person", _("Trực tiếp")
    OPEN311 = "open311", _("Ứng dụng (Open311)")


class Kind(models.TextChoices):
    """NĐ 20/2008 Đ.5: a report on a problem (phản ánh) or a proposal (kiến nghị)."""

    REPORT = "phan_anh", _("Phản ánh")
    PROPOSAL = "kien_nghi", _("Kiến nghị")


class RejectReason(models.TextChoices):
    """Legal grounds for not accepting a feedback (NĐ 20/2008 Đ.7, Đ.9 khoản 1 điểm a)."""

    NOT_VIETNAMESE = "not_vietnamese", _("Không sử dụng tiếng Việt (Đ.7)")
    MISSING_IDENTITY = (
        "missing_identity",
        _("Không ghi rõ tên, địa chỉ, số điện thoại hoặc địa chỉ liên hệ (Đ.7)"),
    )
    UNCLEAR_CONTENT = "unclear_content", _("Nội dung không rõ ràng (Đ.7)")
    COMPLAINT_DENUNCIATION = (
        "complaint",
        _("Là khiếu nại, tố cáo: xử lý theo Luật Khiếu nại, Luật Tố cáo (Đ.1)"),
    )
    NOT_ADMIN_REGULATION = (
        "out_of_scope",
        _("Không thuộc phạm vi phản ánh, kiến nghị về quy định hành chính (Đ.5)"),
    )
    DUPLICATE = "duplicate", _("Trùng với phản ánh, kiến nghị đã tiếp nhận")
    OFFENSIVE = "offensive", _("Có nội dung xúc phạm, vi phạm pháp luật")


class NotificationStatus(models.TextChoices):
    PENDING = "pending", _("Chờ gửi")
    SENT = "sent", _("Đã gửi")
    FAILED = "failed", _("Gửi thất bại")


class NotificationChannel(models.TextChoices):
    EMAIL = "email", _("Thư điện tử")
    SMS = "sms", _("Tin nhắn SMS")


# What each workflow verb (``FeedbackEvent.action``) is called in the back office history.
VERB_LABELS = {
    "submit": _("Tiếp nhận"),
    "accept": _("Thụ lý"),
    "reject": _("Không thụ lý"),
    "assign": _("Phân công"),
    "forward": _("Chuyển cơ quan khác"),
    "answer": _("Trả lời"),
    "publish": _("Công khai kết quả"),
    "keep_private": _("Trả lời riêng"),
    "close": _("Kết thúc"),
    "mark_spam": _("Chuyển kiểm duyệt"),
    "restore": _("Khôi phục"),
}

# The status as a citizen reads it (lookup page, public list): plain words, not the
# back office's terms. A case held for moderation reads as received.
PUBLIC_STATUS_LABELS = {
    Status.RECEIVED: _("Đã tiếp nhận, đang xem xét"),
    Status.ACCEPTED: _("Đã nhận xử lý"),
    Status.REJECTED: _("Không được tiếp nhận xử lý"),
    Status.ASSIGNED: _("Đang được cơ quan có thẩm quyền xử lý"),
    Status.FORWARDED: _("Đã chuyển đến cơ quan có thẩm quyền"),
    Status.ANSWERED: _("Đã có trả lời"),
    Status.PUBLISHED: _("Đã trả lời công khai"),
    Status.PRIVATE: _("Đã trả lời riêng cho người gửi"),
    Status.CLOSED: _("Đã kết thúc"),
    Status.SPAM: _("Đã tiếp nhận, đang xem xét"),
}
