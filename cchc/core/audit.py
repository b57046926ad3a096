"""The audit log: ``record_event`` is called by every service that changes data for staff."""

from __future__ import annotations

from typing import Any

from django.db import models

from .models import AuditEvent

__all__ = ["record_event", "AuditEvent"]


def _client_ip(request) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record_event(
    action: str,
    *,
    actor=None,
    obj: models.Model | None = None,
    data: dict[str, Any] | None = None,
    request=None,
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
