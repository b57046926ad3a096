"""Writes for news: importing and publishing articles."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from cchc.core.audit import record_event
from cchc.core.exceptions import ValidationError
from cchc.core.text import slugify_vi

from .models import ArticleCategory, ArticlePage, NewsIndexPage
from .selectors import news_index_get
from .textimport import ParsedArticle


@dataclass
class ImportResult:
    article: ArticlePage
    created: bool


@transaction.atomic
def article_import(
    *,
    parsed: ParsedArticle,
    index_page: NewsIndexPage | None = None,
    category: ArticleCategory | None = None,
    actor=None,
) -> ImportResult:
    """Publish ``parsed`` under the news index; same title again updates, never duplicates."""
    index_page = index_page or news_index_get()
    if index_page is None:
        raise ValidationError(_("Chưa có trang Tin tức để đăng bài."))
    slug = slugify_vi(parsed.title)[:200] or "bai-viet"
    existing = ArticlePage.objects.child_of(index_page).filter(slug=slug).first()
    fields = {
        "title": parsed.title,
        "date": parsed.date,
        "body": parsed.body_html(),
        "summary": parsed.summary(),
        "author": parsed.author,
        "search_description": parsed.summary(160),
    }
    if category is not None:
        fields["category"] = category
    if existing is not None:
        article = existing.specific
        for name, value in fields.items():
            setattr(article, name, value)
        created = False
    else:
        article = ArticlePage(slug=slug, **fields)
        index_page.add_child(instance=article)
        created = True
    revision = article.save_revision(user=actor, log_action=True)
    revision.publish(user=actor)
    article.refresh_from_db()
    record_event(
        "cchc.news.article.import",
        actor=actor,
        obj=article,
        data={"created": created, "slug": slug},
    )
    return ImportResult(article=article, created=created)
