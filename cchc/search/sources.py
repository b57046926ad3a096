"""Sources this app registers itself: news articles (live and public only)."""

import html
import re

from django.utils.translation import gettext_lazy as _

from cchc.core.text import normalize_space
from cchc.news.models import ArticlePage

from .registry import SearchDocument, register_source

_TAG = re.compile(r"<[^>]*>")


def html_to_text(value: str) -> str:
    """Rich text as plain text; block boundaries become spaces."""
    return normalize_space(html.unescape(_TAG.sub(" ", value or "")))


def article_document(page) -> SearchDocument | None:
    page = page.specific if hasattr(page, "specific") else page
    if not page.live or page.get_view_restrictions().exists():
        return None
    if not ArticlePage.objects.filter(pk=page.pk).public().exists():
        return None
    body = " ".join(filter(None, [page.summary, html_to_text(page.body)]))
    return SearchDocument(
        title=page.title,
        body=body,
        url=page.url or "",
        date=page.date,
        facets={"category": page.category.name if page.category_id else ""},
    )


register_source(
    "article",
    ArticlePage,
    article_document,
    label=_("Tin tức"),
    queryset=lambda: ArticlePage.objects.live().public().select_related("category"),
    order=10,
)
