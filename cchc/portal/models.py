"""The portal's frame: home page, site settings, portlets, visitor statistics."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from cchc.core.slugs import FoldedSlugPageMixin

from .restrictions import LeanPageMixin


class HomePage(LeanPageMixin, FoldedSlugPageMixin, Page):
    """The site root (``/``): latest articles, counters and the sidebar portlets."""

    intro = models.TextField(_("lời giới thiệu"), blank=True, max_length=1000)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        from cchc.news.selectors import article_list_latest

        context = super().get_context(request, *args, **kwargs)
        # Read only when the home page's kept fragment is missing (portal.fragments)
        context["latest_articles"] = SimpleLazyObject(
            lambda: article_list_latest(site_root=self, limit=6)
        )
        return context


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Who runs this site: shown in the header and footer. Everything province-specific
    lives here (or in the directory), never in code or templates."""

    organisation_name = models.CharField(
        _("tên cơ quan"), max_length=255, default="Cổng thông tin cải cách hành chính"
    )
    parent_organisation = models.CharField(
        _("cơ quan chủ quản"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Ủy ban nhân dân tỉnh …"),
    )
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("biểu trưng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    hotline = models.CharField(_("tổng đài thông tin dịch vụ công"), max_length=50, blank=True)
    zalo_url = models.URLField(_("Zalo Official Account"), blank=True)
    facebook_url = models.URLField(_("trang Facebook"), blank=True)
    working_hours = models.CharField(_("giờ làm việc"), max_length=255, blank=True)
    responsible_person = models.CharField(
        _("người chịu trách nhiệm chính"), max_length=255, blank=True
    )
    licence = models.CharField(_("giấy phép"), max_length=255, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("parent_organisation"),
                FieldPanel("emblem"),
            ],
            heading=_("Cơ quan"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("working_hours"),
            ],
            heading=_("Liên hệ"),
        ),
        MultiFieldPanel(
            [FieldPanel("hotline"), FieldPanel("zalo_url"), FieldPanel("facebook_url")],
            heading=_("Kênh tiếp nhận thông tin"),
        ),
        MultiFieldPanel(
            [FieldPanel("responsible_person"), FieldPanel("licence")], heading=_("Chân trang")
        ),
    ]

    class Meta:
        verbose_name = _("thông tin cơ quan")


class VisitCounter(models.Model):
    """A named visit counter ("total", "day:2026-11-26"), incremented atomically."""

    key = models.CharField(max_length=40, unique=True)
    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("bộ đếm truy cập")
        verbose_name_plural = _("bộ đếm truy cập")

    def __str__(self):
        return f"{self.key}={self.value}"


class OnlineVisitor(models.Model):
    """Last time a visitor (anonymous id from a cookie) was seen; for "Đang online"."""

    visitor_id = models.CharField(max_length=40, unique=True)
    last_seen = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("khách đang truy cập")
        verbose_name_plural = _("khách đang truy cập")

    def __str__(self):
        return self.visitor_id


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("tiêu đề"), max_length=200)
    url = blocks.URLBlock(label=_("địa chỉ"), required=False)
    page = blocks.PageChooserBlock(label=_("trang"), required=False)

    class Meta:
        icon = "link"
        label = _("liên kết")


class Portlet(models.Model):
    """A sidebar widget (portlet) with a visibility rule.

    A viewer who may not see it gets nothing or the notice "Bạn chưa có đủ quyền truy nhập
    portlet này." (per ``denied_behaviour``) and never its content.
    """

    class Kind(models.TextChoices):
        LATEST_DOCUMENTS = "latest_documents", _("Văn bản mới")
        LINKS = "links", _("Liên kết")
        VISITOR_STATS = "visitor_stats", _("Thống kê truy cập")
        TEXT = "text", _("Nội dung tự do")

    class Visibility(models.TextChoices):
        EVERYONE = "everyone", _("Mọi người")
        AUTHENTICATED = "authenticated", _("Người đã đăng nhập")
        GROUPS = "groups", _("Các nhóm được chọn")

    class Denied(models.TextChoices):
        HIDE = "hide", _("Ẩn hoàn toàn")
        NOTICE = "notice", _("Hiện thông báo không đủ quyền")

    class Placement(models.TextChoices):
        ALL = "all", _("Mọi trang")
        HOME = "home", _("Chỉ trang chủ")
        INNER = "inner", _("Các trang bên trong")

    title = models.CharField(_("tiêu đề"), max_length=200)
    kind = models.CharField(_("loại"), max_length=30, choices=Kind.choices)
    body = RichTextField(_("nội dung"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    links = StreamField([("link", LinkBlock())], verbose_name=_("liên kết"), blank=True)
    item_count = models.PositiveSmallIntegerField(_("số mục hiển thị"), default=5)
    visibility = models.CharField(
        _("ai được xem"), max_length=20, choices=Visibility.choices, default=Visibility.EVERYONE
    )
    groups = models.ManyToManyField(Group, verbose_name=_("nhóm được xem"), blank=True)
    denied_behaviour = models.CharField(
        _("khi không đủ quyền"), max_length=10, choices=Denied.choices, default=Denied.HIDE
    )
    placement = models.CharField(
        _("vị trí"), max_length=10, choices=Placement.choices, default=Placement.ALL
    )
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)
    is_active = models.BooleanField(_("đang dùng"), default=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("body"),
        FieldPanel("links"),
        FieldPanel("item_count"),
        MultiFieldPanel(
            [FieldPanel("visibility"), FieldPanel("groups"), FieldPanel("denied_behaviour")],
            heading=_("Quyền xem"),
        ),
        FieldPanel("placement"),
        FieldPanel("sort_order"),
        FieldPanel("is_active"),
    ]

    class Meta:
        verbose_name = _("portlet")
        verbose_name_plural = _("portlet")
        ordering = ["sort_order", "id"]

    def __str__(self):
        return self.title
