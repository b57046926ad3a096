"""Reads for news pages, feeds and the home page."""

from __future__ import annotations

from django.db.models import QuerySet

from cchc.portal.restrictions import public_q

from .models import ArticleCategory, ArticlePage, NewsIndexPage


def article_list_published(*, index_page: NewsIndexPage | None = None, category=None) -> QuerySet:
    qs = ArticlePage.objects.live().filter(public_q()).select_related("category")
    if index_page is not None:
        qs = qs.child_of(index_page)
    if category is not None:
        qs = qs.filter(category=category)
    return qs.order_by("-date", "-first_published_at", "-id")


def article_list_latest(*, site_root=None, limit: int = 6) -> list[ArticlePage]:
    qs = ArticlePage.objects.live().filter(public_q()).select_related("category")
    if site_root is not None:
        qs = qs.descendant_of(site_root)
    return list(qs.order_by("-date", "-first_published_at", "-id")[:limit])


def article_list_related(article: ArticlePage, *, limit: int = 5) -> list[ArticlePage]:
    qs = ArticlePage.objects.live().filter(public_q()).exclude(pk=article.pk)
    if article.category_id:
        qs = qs.filter(category_id=article.category_id)
    return list(qs.order_by("-date", "-id")[:limit])


def category_list() -> QuerySet:
    return ArticleCategory.objects.all()


def news_index_get() -> NewsIndexPage | None:
    return NewsIndexPage.objects.live().order_by("path").first()


def news_index_url() -> str | None:
    page = news_index_get()
    return page.url if page is not None else None


def article_count_published_between(*, category, start, end) -> int:
    """Live, public articles of ``category`` dated from ``start`` to ``end`` (inclusive).

    Used by the communication plan (cchc/plans) to count portal articles automatically."""
    return (
        ArticlePage.objects.live()
        .public()
        .filter(category=category, date__gte=start, date__lte=end)
        .count()
    )
