"""Snippets edited in the Wagtail admin go through a service, audited, like any staff write.

Wagtail's own create/edit/delete views still do the saving (revisions, locking, its log);
:class:`AuditedSnippetViewSet` adds one call, in the same transaction, to the app's
``admin_write(instance=…, verb="create"|"edit"|"delete", actor=…, request=…)`` service.
Without one, :func:`cchc.core.audit.record_admin_write` records
``cchc.<app>.<model>.<verb>``. An app whose admin saves carry rules (the legal library:
slug aliases, verification of what a librarian types in) names its service::

    class LegalDocumentViewSet(AuditedSnippetViewSet):
        model = LegalDocument
        admin_write = staticmethod(services.legal_document_admin_write)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.db.models import Model
from wagtail.snippets.views import snippets

from .audit import record_admin_write, record_event

AdminWrite = Callable[..., Any]


def audit_as(prefix: str) -> AdminWrite:
    """An ``admin_write`` that only records ``<prefix>.<verb>`` (for a model whose audit
    codes predate this module, e.g. ``cchc.plans.plan``)."""

    def admin_write(*, instance: Model, verb: str, actor: Any, request: Any = None) -> None:
        record_event(f"{prefix}.{verb}", actor=actor, obj=instance, request=request)

    return admin_write


class _AdminWriteMixin:
    admin_write: AdminWrite | None = None
    admin_verb = ""

    def _admin_write(self, instance: Model, verb: str) -> None:
        service = self.admin_write or record_admin_write
        request = self.request  # type: ignore[attr-defined]
        service(instance=instance, verb=verb, actor=request.user, request=request)

    def save_instance(self) -> Model:
        instance: Model = super().save_instance()  # type: ignore[misc]  # in the view's transaction
        self._admin_write(instance, self.admin_verb)
        return instance


class AuditedCreateView(_AdminWriteMixin, snippets.CreateView):
    admin_verb = "create"


class AuditedCopyView(_AdminWriteMixin, snippets.CopyView):
    admin_verb = "create"


class AuditedEditView(_AdminWriteMixin, snippets.EditView):
    admin_verb = "edit"


class AuditedDeleteView(_AdminWriteMixin, snippets.DeleteView):
    def delete_action(self) -> None:
        with transaction.atomic():
            self._admin_write(self.object, "delete")  # while it still has its id
            super().delete_action()


class AuditedSnippetViewSet(snippets.SnippetViewSet):
    """A snippet viewset whose writes are audited through ``admin_write`` (see above)."""

    admin_write: AdminWrite | None = None
    add_view_class = AuditedCreateView
    copy_view_class = AuditedCopyView
    edit_view_class = AuditedEditView
    delete_view_class = AuditedDeleteView

    def _with_service(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return {"admin_write": self.admin_write, **kwargs}

    def get_add_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return dict(super().get_add_view_kwargs(**self._with_service(kwargs)))

    def get_edit_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return dict(super().get_edit_view_kwargs(**self._with_service(kwargs)))

    def get_delete_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return dict(super().get_delete_view_kwargs(**self._with_service(kwargs)))
