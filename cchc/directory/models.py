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
    fax = models.CharField(_("fax"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    website = models.URLField(_("trang thông tin"), blank=True)
    working_hours = models.CharField(_("giờ làm việc"), max_length=255, blank=True)
    description = models.TextField(
        _("chức năng, nhiệm vụ"), blank=True, max_length=4000, help_text=_("Giới thiệu ngắn.")
    )
    latitude = models.DecimalField(
        _("vĩ độ"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("kinh độ"), max_digits=9, decimal_places=6, null=True, blank=True
    )
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

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("directory:agency-detail", kwargs={"slug": self.slug})

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def has_map(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class Leader(models.Model):
    """A leader (lãnh đạo) of an agency and their contacts, each with a publish flag.

    Only :func:`cchc.directory.selectors.leader_public_contact` decides what the public
    sees: a number or address whose ``*_public`` flag is off never leaves the admin.
    """

    agency = models.ForeignKey(
        Agency, verbose_name=_("cơ quan"), on_delete=models.CASCADE, related_name="leaders"
    )
    full_name = models.CharField(_("họ và tên"), max_length=150)
    title = models.CharField(
        _("chức vụ"), max_length=150, help_text=_("Ví dụ: Giám đốc, Phó Giám đốc, Chủ tịch UBND.")
    )
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)
    office_phone = models.CharField(_("điện thoại cơ quan"), max_length=50, blank=True)
    phone_public = models.BooleanField(_("công khai điện thoại cơ quan"), default=True)
    mobile = models.CharField(_("điện thoại di động"), max_length=50, blank=True)
    mobile_public = models.BooleanField(_("công khai điện thoại di động"), default=False)
    email = models.EmailField(_("thư điện tử"), blank=True)
    email_public = models.BooleanField(_("công khai thư điện tử"), default=True)

    class Meta:
        verbose_name = _("lãnh đạo")
        verbose_name_plural = _("lãnh đạo")
        ordering = ["agency", "sort_order", "id"]

    def __str__(self):
        return f"{self.full_name} – {self.title}"


class ContactChange(models.Model):
    """One changed field of an agency's or a leader's contacts: who, what, from, to, when.

    Written only by the services in :mod:`cchc.directory.services`; never edited.
    """

    class Subject(models.TextChoices):
        AGENCY = "agency", _("Cơ quan")
        LEADER = "leader", _("Lãnh đạo")

    changed_at = models.DateTimeField(_("thời điểm"), auto_now_add=True, db_index=True)
    changed_by = models.ForeignKey(
        "auth.User",
        verbose_name=_("người thay đổi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    subject = models.CharField(_("đối tượng"), max_length=10, choices=Subject.choices)
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("cơ quan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_changes",
    )
    leader = models.ForeignKey(
        Leader,
        verbose_name=_("lãnh đạo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_changes",
    )
    object_repr = models.CharField(_("tên đối tượng"), max_length=255)
    field_name = models.CharField(_("trường"), max_length=50)
    old_value = models.TextField(_("giá trị cũ"), blank=True)
    new_value = models.TextField(_("giá trị mới"), blank=True)
    source = models.CharField(_("nguồn"), max_length=20, default="admin")

    class Meta:
        verbose_name = _("lịch sử thay đổi liên hệ")
        verbose_name_plural = _("lịch sử thay đổi liên hệ")
        ordering = ["-changed_at", "-id"]

    def __str__(self):
        return f"{self.object_repr}: {self.field_name}"


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
