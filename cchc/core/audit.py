"""The audit log: every service that changes data for staff calls ``record_event``, or
``record_change`` when the app also keeps a field-by-field change history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.http import HttpRequest

from .models import AuditEvent

__all__ = ["record_event", "record_change", "record_admin_write", "FieldChange", "AuditEvent"]


def _client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record_event(
    action: str,
    *,
    actor: Any = None,
    obj: models.Model | None = None,
    data: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> AuditEvent:
    """Write one audit row. ``action`` is namespaced: ``cchc.<app>.<thing>.<verb>``."""
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
        object_repr=str(obj)[:255] if obj is not None else "",
        data=data or {},
        ip_address=_client_ip(request),
    )


@dataclass(frozen=True)
class FieldChange:
    """One changed field, as text: what the change-history tables store."""

    field: str
    old: str
    new: str


def record_change(
    action: str,
    *,
    actor: Any = None,
    obj: models.Model | None = None,
    changes: Sequence[FieldChange] = (),
    history: Callable[[Sequence[FieldChange]], Any] | None = None,
    data: dict[str, Any] | None = None,
    include_changes: bool = False,
    request: HttpRequest | None = None,
) -> AuditEvent:
    """Record one staff write in one call: the app's field-by-field history (``history``
    is called with ``changes``, e.g. to bulk-create the app's change rows) and the audit
    event. ``include_changes`` also puts ``{"changes": {field: [old, new]}}`` in the
    event's data.
    """
    if history is not None and changes:
        history(changes)
    payload = dict(data or {})
    if include_changes:
        payload["changes"] = {c.field: [c.old, c.new] for c in changes}
    return record_event(action, actor=actor, obj=obj, data=payload, request=request)


def record_admin_write(
    *, instance: models.Model, verb: str, actor: Any, request: HttpRequest | None = None
) -> AuditEvent:
    """The audit row of a plain snippet saved or deleted in the Wagtail admin:
    ``cchc.<app>.<model>.<create|edit|delete>``. Apps whose admin writes carry rules
    give :class:`cchc.core.admin_audit.AuditedSnippetViewSet` their own service instead."""
    meta = instance._meta
    return record_event(
        f"cchc.{meta.app_label}.{meta.model_name}.{verb}",
        actor=actor,
        obj=instance,
        request=request,
    )
