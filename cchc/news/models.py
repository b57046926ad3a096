"""News: the index at ``/tin-tuc/`` and its articles, with feeds and categories."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cchc.core.slugs import FoldedSlugPageMixin
from cchc.core.text import slugify_vi
from cchc.portal.restrictions import LeanPageMixin


class ArticleCategory(models.Model):
    """A news category (chuyên mục), e.g. "Cải cách hành chính"."""

    name = models.CharField(_("tên chuyên mục"), max_length=150, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=150, unique=True, blank=True)
    description = models.TextField(_("mô tả"), blank=True, max_length=1000)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def full_clean(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify_vi(self.name)[:150]
        super().full_clean(*args, **kwargs)


class NewsIndexPage(LeanPageMixin, FoldedSlugPageMixin, RoutablePageMixin, Page):
    """The list of articles (``/tin-tuc/``), by category, with RSS and Atom feeds."""

    intro = models.TextField(_("giới thiệu"), blank=True, max_length=1000)
    page_size = models.PositiveSmallIntegerField(_("số bài mỗi trang"), default=10)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("page_size")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("trang danh sách tin")

    def paginate(self, request, queryset):
        paginator = Paginator(queryset, max(1, self.page_size))
        try:
            return paginator.page(request.GET.get("trang") or 1)
        except (PageNotAnInteger, EmptyPage):
            return paginator.page(1)

    @path("")
    def article_list(self, request):
        from .selectors import article_list_published, category_list

        page_obj = self.paginate(request, article_list_published(index_page=self))
        return self.render(
            request,
            context_overrides={
                "articles": page_obj,
                "categories": category_list(),
                "category": None,
            },
        )

    @path("chuyen-muc/<slug:category_slug>/")
    def article_list_by_category(self, request, category_slug):
        from .selectors import article_list_published, category_list

        category = get_object_or_404(ArticleCategory, slug=category_slug)
        page_obj = self.paginate(
            request, article_list_published(index_page=self, category=category)
        )
        return self.render(
            request,
            context_overrides={
                "articles": page_obj,
                "categories": category_list(),
                "category": category,
            },
        )

    @path("rss/", name="rss")
    def rss(self, request):
        from .feeds import ArticleRssFeed

        return ArticleRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom(self, request):
        from .feeds import ArticleAtomFeed

        return ArticleAtomFeed(self)(request)


class ArticlePage(LeanPageMixin, FoldedSlugPageMixin, Page):
    """One news article (tin bài): title, date, body, author, category."""

    date = models.DateField(_("ngày đăng"))
    summary = models.TextField(_("tóm tắt"), blank=True, max_length=1000)
    body = RichTextField(
        _("nội dung"),
        features=[
            "h2",
            "h3",
            "bold",
            "italic",
            "ol",
            "ul",
            "link",
            "document-link",
            "image",
            "blockquote",
        ],
    )
    author = models.CharField(_("tác giả"), max_length=200, blank=True)
    source = models.CharField(_("nguồn"), max_length=255, blank=True)
    category = models.ForeignKey(
        ArticleCategory,
        verbose_name=_("chuyên mục"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("category"),
                FieldPanel("author"),
                FieldPanel("source"),
            ],
            heading=_("Thông tin bài"),
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")

    def full_clean(self, *args, **kwargs):
        # Server-side slug rule: Vietnamese folded, đ→d ("Đổi mới" → "doi-moi").
        if not self.slug and self.title:
            self.slug = slugify_vi(self.title)[:200]
        super().full_clean(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .selectors import article_list_related

        context = super().get_context(request, *args, **kwargs)
        # Read only when the article's kept fragment is missing (templates/news/article_page.html)
        context["related_articles"] = SimpleLazyObject(lambda: article_list_related(self, limit=5))
        context["body_html"] = SimpleLazyObject(self.rendered_body)
        context["show_summary"] = SimpleLazyObject(self.summary_differs_from_body)
        return context

    def summary_differs_from_body(self) -> bool:
        """False when the summary is just the body's opening (as after a text import)."""
        if not self.summary:
            return False
        from django.utils.html import strip_tags

        opening = " ".join(strip_tags(self.body).split())[: len(self.summary) + 20]
        summary = " ".join(self.summary.rstrip("…").split())
        return not opening.startswith(summary)

    def rendered_body(self) -> str:
        """The body as HTML for readers, with links other apps add (cached, never saved)."""
        import hashlib

        from django.core.cache import cache

        from cchc.portal import generation

        from .rendering import render_article_body

        # Links to cited documents are resolved once per body text and content
        # generation (a document added, renamed or re-statused starts a new one), not on
        # every render.
        # (keyed by the body itself: a preview of a draft never gets the published text)
        digest = hashlib.blake2b((self.body or "").encode(), digest_size=16).hexdigest()
        key = generation.key("article-body", self.pk, digest)
        html = cache.get(key)
        if html is None:
            html = render_article_body(self)
            cache.set(key, html, 24 * 3600)
        return html

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        return urls
