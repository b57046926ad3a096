"""Choice sets of the legal library (pure data)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """Legal validity (tình trạng hiệu lực) of a document."""

    IN_FORCE = "in_force", _("Còn hiệu lực")
    PARTLY_EXPIRED = "partly_expired", _("Hết hiệu lực một phần")
    EXPIRED = "expired", _("Hết hiệu lực")
    UNKNOWN = "unknown", _("Chưa xác định")


class ReviewState(models.TextChoices):
    """Whether a librarian has checked the entry (stubs come from article links)."""

    UNVERIFIED = "unverified", _("Chưa kiểm tra")
    VERIFIED = "verified", _("Đã kiểm tra")


class RelationType(models.TextChoices):
    """A typed link ``source -> target``: source replaces/amends/implements/guides target."""

    REPLACES = "replaces", _("Thay thế")
    AMENDS = "amends", _("Sửa đổi, bổ sung")
    IMPLEMENTS = "implements", _("Triển khai thực hiện")
    GUIDES = "guides", _("Hướng dẫn thi hành")
    REPEALS = "repeals", _("Bãi bỏ")


class RelationState(models.TextChoices):
    """A relation read from a text is proposed; a librarian confirms or rejects it."""

    PROPOSED = "proposed", _("Chờ xác nhận")
    CONFIRMED = "confirmed", _("Đã xác nhận")
    REJECTED = "rejected", _("Đã từ chối")


class TextSource(models.TextChoices):
    """Where a document's full text came from."""

    NONE = "", _("Chưa có")
    PASTED = "pasted", _("Nhập tay")
    PDF = "pdf", _("Trích từ tệp PDF")
    DOCX = "docx", _("Trích từ tệp Word")


# How a relation reads from the target's side.
INVERSE_LABELS = {
    RelationType.REPLACES: _("Bị thay thế bởi"),
    RelationType.AMENDS: _("Được sửa đổi, bổ sung bởi"),
    RelationType.IMPLEMENTS: _("Được triển khai thực hiện bởi"),
    RelationType.GUIDES: _("Được hướng dẫn thi hành bởi"),
    RelationType.REPEALS: _("Bị bãi bỏ bởi"),
}

# The extractor's ``Citation.relation`` values → relation types (same words today).
EXTRACTOR_RELATIONS = {
    "amends": RelationType.AMENDS,
    "replaces": RelationType.REPLACES,
    "repeals": RelationType.REPEALS,
    "guides": RelationType.GUIDES,
    "implements": RelationType.IMPLEMENTS,
}
# Confirming these ends the target's validity (wholly, or partly with a pinpoint).
ENDING_RELATIONS = frozenset({RelationType.REPLACES, RelationType.REPEALS})
