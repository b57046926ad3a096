"""Keep the index current. Receivers only dispatch to services."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import services
from .registry import source_for_model


@receiver(page_published)
def on_page_published(sender, instance, **kwargs):
    if source_for_model(type(instance)) is not None:
        services.object_index(instance)


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    if source_for_model(type(instance)) is not None:
        services.object_remove(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_view_restriction_changed(sender, instance, raw=False, **kwargs):
    """A page made private (or public again): its subtree leaves (or re-enters) the index
    at once, not at the next full rebuild."""
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        services.page_privacy_changed(page)


@receiver(post_page_move)
def on_page_moved(sender, instance, **kwargs):
    """Moved under (or out of) a private section: privacy is inherited from ancestors."""
    services.page_privacy_changed(instance)


@receiver(post_save)
def on_saved(sender, instance, raw=False, **kwargs):
    # Pages are indexed on publish (a saved draft must not change the index).
    if raw or isinstance(instance, Page):
        return
    if source_for_model(sender) is not None:
        services.object_index(instance)


@receiver(post_delete)
def on_deleted(sender, instance, **kwargs):
    if source_for_model(sender) is not None:
        services.object_remove(instance)


@receiver(post_save, sender="sitesearch.SearchAbbreviation")
@receiver(post_delete, sender="sitesearch.SearchAbbreviation")
def on_abbreviation_changed(sender, instance, **kwargs):
    services.abbreviations_changed()
