"""Sources this app registers itself: news articles (live and public only)."""

import html
import re

from django.utils.translation import gettext_lazy as _

from cchc.core.text import normalize_space
from cchc.news.models import ArticlePage

from .registry import SearchDocument, join_sentences, register_source

_TAG = re.compile(r"<[^>]*>")


def html_to_text(value: str) -> str:
    """Rich text as plain text; block boundaries become spaces."""
    return normalize_space(html.unescape(_TAG.sub(" ", value or "")))


_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote|td|th|figcaption|div)\s*>|<br\s*/?>", re.I)


def html_blocks(value: str) -> list[str]:
    """Rich text as one plain string per block (paragraph, heading, list item)."""
    return [html_to_text(part) for part in _BLOCK_END.split(value or "")]


def article_document(page) -> SearchDocument | None:
    page = page.specific if hasattr(page, "specific") else page
    if not page.live or page.get_view_restrictions().exists():
        return None
    if not ArticlePage.objects.filter(pk=page.pk).public().exists():
        return None
    body = join_sentences(page.summary, *html_blocks(str(page.body or "")))
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
