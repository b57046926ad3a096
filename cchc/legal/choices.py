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


# How a relation reads from the target's side.
INVERSE_LABELS = {
    RelationType.REPLACES: _("Bị thay thế bởi"),
    RelationType.AMENDS: _("Được sửa đổi, bổ sung bởi"),
    RelationType.IMPLEMENTS: _("Được triển khai thực hiện bởi"),
    RelationType.GUIDES: _("Được hướng dẫn thi hành bởi"),
}
