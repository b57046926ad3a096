"""When to purge the shared HTTP cache: wiring of ``portal.cache.schedule_ban`` to changes.

Cache invalidation is infrastructure, not a business rule, so it listens to model signals:
whatever path changed public content (a service, the Wagtail admin, an import command), the
cache hears of it. Pages purge when published, unpublished, moved or deleted (not on draft
saves); other models of the content apps purge on any save or delete, except the ones that
never show on a cached page (visitor counters, which the beacon writes on every visit).
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import schedule_ban as _schedule_ban
from .generation import bump_on_commit

# Apps whose objects appear on public pages (lists, portlets, footer, menus, documents).
CONTENT_APPS = frozenset(
    {"portal", "news", "legal", "directory", "procedures", "wagtailredirects", "wagtailcore"}
)
CONTENT_APPS = CONTENT_APPS | {
    "indices",
    "plans",
}  # /chi-so/ (surveys: live figure lags ≤ cache TTL)
# Written on every page view, or never shown on a public page.
IGNORED_MODELS = frozenset(
    {
        "portal.visitcounter",
        "portal.onlinevisitor",
        "wagtailcore.revision",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.workflowstate",
        "wagtailcore.taskstate",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.pagesubscription",
        "wagtailcore.pagelock",
        "wagtailcore.referenceindex",
        "legal.citation",
    }
)


def schedule_ban() -> None:
    """Public content changed: new content generation for the app's own caches, and a ban
    for the HTTP cache in front, both after the transaction commits."""
    bump_on_commit()
    _schedule_ban()


def _content_changed(sender, instance, **kwargs) -> None:
    meta = sender._meta
    if meta.app_label not in CONTENT_APPS or meta.label_lower in IGNORED_MODELS:
        return
    if isinstance(instance, Page):
        # draft saves change nothing public; publishing and deletion have their own signals.
        # A live page saved directly (a tree change, an import) may change routes and menus:
        # the app's own caches start a new generation (no ban: the HTTP cache only ever
        # saw published content).
        if kwargs.get("signal") is post_delete:
            schedule_ban()
        elif instance.live:
            bump_on_commit()
        return
    schedule_ban()


def _feedback_changed(sender, instance, update_fields=None, **kwargs) -> None:
    """A published answer changed, or publication itself changed."""
    if getattr(instance, "is_published", False) or (
        update_fields is not None and "is_published" in update_fields
    ):
        schedule_ban()


def _page_changed(sender, **kwargs) -> None:
    schedule_ban()


def connect() -> None:
    """Called once from ``PortalConfig.ready``."""
    post_save.connect(_content_changed, dispatch_uid="cchc-cache-save")
    post_delete.connect(_content_changed, dispatch_uid="cchc-cache-delete")
    page_published.connect(_page_changed, dispatch_uid="cchc-cache-publish")
    page_unpublished.connect(_page_changed, dispatch_uid="cchc-cache-unpublish")
    post_page_move.connect(_page_changed, dispatch_uid="cchc-cache-move")
    post_save.connect(
        _feedback_changed, sender="feedback.Feedback", dispatch_uid="cchc-cache-feedback"
    )
