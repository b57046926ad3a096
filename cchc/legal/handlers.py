"""Glue registered in ``LegalConfig.ready``: Wagtail page signals, the article-body link
processor and the "latest documents" portlet. Each only dispatches to services/selectors."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.text import Truncator
from wagtail.signals import page_published, page_unpublished

from cchc.news.models import ArticlePage
from cchc.news.rendering import register_body_processor
from cchc.portal.selectors import register_portlet_items

from . import selectors, services
from .linker import link_references

logger = logging.getLogger(__name__)


@receiver(page_published)
def on_page_published(sender, instance, revision=None, **kwargs):
    if services.page_is_linked(instance):
        user = getattr(revision, "user", None) if revision is not None else None
        try:
            # A savepoint: a failure here is logged and never blocks publishing.
            with transaction.atomic():
                services.article_citations_sync(page=instance, actor=user)
        except Exception:
            logger.exception("legal citation sync failed for page %s", instance.pk)


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    if services.page_is_linked(instance):
        services.article_citations_clear(page_id=instance.pk, reason="unpublish")


@receiver(post_delete, sender=ArticlePage)
def on_article_deleted(sender, instance, **kwargs):
    services.article_citations_clear(page_id=instance.pk, reason="delete")


@register_body_processor
def link_legal_references(article, html: str) -> str:
    """Wrap each reference in the rendered body with a link to its document page."""
    try:
        return link_references(html, selectors.document_urls_for_citations)
    except Exception:  # a broken link pass must never break an article page
        logger.exception("legal reference linking failed for page %s", article.pk)
        return html


@register_portlet_items("latest_documents")
def latest_documents_portlet(portlet) -> list[dict]:
    """Newest verified library documents; while the library has none, the newest files
    of Wagtail's document library (the portal's own behaviour)."""
    limit = max(1, min(getattr(portlet, "item_count", 5) or 5, 50))
    documents = selectors.document_list_latest_verified(limit=limit)
    if not documents:
        from wagtail.documents import get_document_model

        files = get_document_model().objects.order_by("-created_at")[:limit]
        return [{"title": f.title, "url": f.url} for f in files]
    return [
        {
            "title": f"{d} – {Truncator(d.title).chars(90)}" if d.title else str(d),
            "url": d.get_absolute_url(),
        }
        for d in documents
    ]
