"""The organisation as data: agencies (cơ quan, đơn vị) in a tree.

Province → departments and boards (sở, ban, ngành) → districts (huyện, thị xã, thành phố)
→ communes (xã, phường, thị trấn). Provinces merge and rename, so nothing in the code names
one: the root agency *is* the province. Every case in other apps routes to an Agency.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Agency(models.Model):
    """A public body (cơ quan): a province, department, district or commune."""

    class Level(models.TextChoices):
        PROVINCE = "province", _("Cấp tỉnh")
        DEPARTMENT = "department", _("Sở, ban, ngành")
        DISTRICT = "district", _("Cấp huyện")
        COMMUNE = "commune", _("Cấp xã")
        UNIT = "unit", _("Đơn vị trực thuộc")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Đang hoạt động")
        MERGED = "merged", _("Đã sáp nhập")
        DISSOLVED = "dissolved", _("Đã giải thể")

    code = models.CharField(_("mã đơn vị"), max_length=50, unique=True)
    name = models.CharField(_("tên cơ quan"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=100, blank=True)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True)
    level = models.CharField(_("cấp"), max_length=20, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("cơ quan cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    website = models.URLField(_("trang thông tin"), blank=True)
    working_hours = models.CharField(_("giờ làm việc"), max_length=255, blank=True)
    status = models.CharField(
        _("tình trạng"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    successor = models.ForeignKey(
        "self",
        verbose_name=_("cơ quan kế thừa"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="predecessors",
    )
    status_changed_on = models.DateField(_("ngày thay đổi tình trạng"), null=True, blank=True)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("cơ quan")
        verbose_name_plural = _("cơ quan")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


class AgencyStaff(models.Model):
    """An officer's membership of an agency: what they may see and act on."""

    user = models.OneToOneField(
        "auth.User",
        verbose_name=_("tài khoản"),
        on_delete=models.CASCADE,
        related_name="agency_staff",
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("cơ quan"), on_delete=models.PROTECT, related_name="staff"
    )
    title = models.CharField(_("chức vụ"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("cán bộ của cơ quan")
        verbose_name_plural = _("cán bộ của cơ quan")

    def __str__(self):
        return f"{self.user} – {self.agency}"
