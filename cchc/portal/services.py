"""Writes for the portal frame: the site tree's root and home page."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from cchc.core.audit import record_event

from .models import HomePage


@transaction.atomic
def site_home_ensure(*, title: str = "Trang chủ", site_name: str = "") -> HomePage:
    """Return the HomePage serving the default site, creating the tree if needed.

    Works on a fresh database (Wagtail's root page from migrations) and on a flushed one
    (no root at all, as after a transactional test).
    """
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:
            locale, _ = Locale.objects.get_or_create(
                language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
            )
            root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        home = HomePage(title=title, slug="trang-chu")
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=site_name
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        if site_name and not site.site_name:
            site.site_name = site_name
        site.save()
        if old_root.specific_class is not HomePage and not old_root.is_root():
            old_root.delete()
    return home


EDITORS, MODERATORS = "Biên tập viên", "Ban biên tập"  # Wagtail's "Editors", "Moderators"
WORKFLOW_NAME, TASK_NAME = "Duyệt bài của Ban biên tập", "Ban biên tập duyệt"
# Wagtail's own defaults (its data migrations) plus the news categories editors must choose.
PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page"),
    MODERATORS: ("add_page", "change_page", "publish_page"),
}
MODEL_PERMISSIONS = {
    EDITORS: ("news.view_articlecategory",),
    MODERATORS: tuple(f"news.{a}_articlecategory" for a in ("add", "change", "delete", "view")),
}
COLLECTION_PERMISSIONS = (
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
)


@transaction.atomic
def editorial_roles_ensure() -> None:
    """The editorial roles and their moderation workflow, as a fresh install has them.

    Wagtail's data migrations create "Editors" and "Moderators" (named in Vietnamese by
    migration 0003; admin access, page and collection permissions) and the "Moderators
    approval" workflow on the root page (named in Vietnamese by migration 0002); a
    database emptied and refilled (demo reload, browser tests) has none of them, so the demo
    loader calls this. Idempotent: adds what is missing, removes nothing.
    """
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import (
        Collection,
        GroupApprovalTask,
        GroupCollectionPermission,
        GroupPagePermission,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    root = Page.get_first_root_node()
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    groups = {}
    for name, page_codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(access)
        for codename in page_codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        for label in MODEL_PERMISSIONS[name]:
            app_label, codename = label.split(".")
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )
        for permission in Permission.objects.filter(codename__in=COLLECTION_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
    if not WorkflowPage.objects.filter(page=root).exists():
        workflow = Workflow.objects.filter(active=True).first() or Workflow.objects.create(
            name=WORKFLOW_NAME, active=True
        )
        if not workflow.workflow_tasks.exists():
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
            task.groups.add(groups[MODERATORS])
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.create(workflow=workflow, page=root)


def portlet_admin_write(*, instance, verb: str, actor, request=None) -> None:
    """The Wagtail admin saved (``create``/``edit``) or is deleting a portlet: one audit
    row ``cchc.portal.portlet.<verb>`` with who may see it (visibility, groups) and where,
    since a changed rule shows or hides content (called in the admin view's transaction,
    by :class:`cchc.core.admin_audit.AuditedSnippetViewSet`)."""
    data = {
        "kind": instance.kind,
        "visibility": instance.visibility,
        "groups": sorted(instance.groups.values_list("pk", flat=True)) if instance.pk else [],
        "denied_behaviour": instance.denied_behaviour,
        "placement": instance.placement,
        "is_active": instance.is_active,
    }
    record_event(
        f"cchc.portal.portlet.{verb}", actor=actor, obj=instance, data=data, request=request
    )
