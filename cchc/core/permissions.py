"""Roles as model permissions: one idiom for services, views and the Wagtail admin.

Code checks *permissions* (``user.has_perm("feedback.coordinate_feedback")``), never group
names. A role is a named bundle of permissions, declared by each app in its own
``roles.py``::

    # cchc/feedback/roles.py
    from cchc.core.permissions import Role

    ROLES = [
        Role("Điều phối PAKN", ["feedback.coordinate_feedback", "wagtailadmin.access_admin"]),
    ]

After every ``migrate`` (and ``flush``) the groups of all declared roles are created and
topped up with their permissions (:func:`roles_ensure`; permissions an administrator added
by hand are kept, none are removed). The group is only the carrier: an administrator may
rename it, give the same permission to another group, or give it to one user directly, and
every check still works.

- services: ``check_perm(actor, "app.codename")`` raises the translated
  :class:`~cchc.core.exceptions.PermissionDeniedError`;
- views: ``@require_perm("app.codename")`` sends the anonymous to the login page and
  answers 403 to a logged-in user without the permission;
- Wagtail: snippet viewsets use the model's permissions (Wagtail's default
  ``ModelPermissionPolicy``), so the same permission opens the same doors in the admin.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, TypeVar

from .exceptions import PermissionDeniedError

logger = logging.getLogger(__name__)

__all__ = [
    "Role",
    "all_roles",
    "roles_ensure",
    "has_perm",
    "has_any_perm",
    "check_perm",
    "require_perm",
    "users_with_perm",
]

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Role:
    """A group of users and the permissions (``"app_label.codename"``) it holds."""

    name: str
    permissions: Sequence[str] = field(default_factory=tuple)
    description: str = ""

    def __post_init__(self) -> None:
        for perm in self.permissions:
            if perm.count(".") != 1:
                raise ValueError(f"permission {perm!r} of role {self.name!r} is not app.codename")


# --- declarations ------------------------------------------------------------------------


def _app_roles(app_name: str) -> list[Role]:
    try:
        module = importlib.import_module(f"{app_name}.roles")
    except ModuleNotFoundError as exc:
        if exc.name != f"{app_name}.roles":
            raise
        return []
    return list(getattr(module, "ROLES", []))


def all_roles() -> dict[str, frozenset[str]]:
    """Every role declared by an installed app's ``roles.py``: name → permissions.

    Two apps may declare the same role name; its permissions are then the union.
    """
    from django.apps import apps

    merged: dict[str, set[str]] = {}
    for config in apps.get_app_configs():
        for role in _app_roles(config.name):
            merged.setdefault(role.name, set()).update(role.permissions)
    return {name: frozenset(perms) for name, perms in merged.items()}


def _permission_objects(labels: Iterable[str], using: str) -> tuple[list[Any], list[str]]:
    from django.contrib.auth.models import Permission

    wanted = {tuple(label.split(".", 1)) for label in labels}
    found = {
        (p.content_type.app_label, p.codename): p
        for p in Permission.objects.using(using)
        .select_related("content_type")
        .filter(codename__in={codename for _, codename in wanted})
    }
    missing = sorted(f"{a}.{c}" for a, c in wanted if (a, c) not in found)
    return [found[key] for key in wanted if key in found], missing


def roles_ensure(*, using: str = "default") -> dict[str, Any]:
    """Create the group of every declared role and add its permissions (idempotent).

    Returns name → Group. A permission that does not exist (yet) is logged and skipped.
    """
    from django.contrib.auth.models import Group

    groups = {}
    for name, labels in all_roles().items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        permissions, missing = _permission_objects(labels, using)
        if missing:
            logger.warning("role %s: unknown permissions %s", name, ", ".join(missing))
        group.permissions.add(*permissions)
        groups[name] = group
    return groups


def _last_app_with_models() -> Any:
    from django.apps import apps

    configs = [c for c in apps.get_app_configs() if c.models_module is not None]
    return configs[-1] if configs else None


def post_migrate_roles(sender: Any, using: str = "default", **kwargs: Any) -> None:
    """``post_migrate`` receiver: top up the role groups once, after the last app (all
    permissions exist by then)."""
    if sender is not _last_app_with_models():
        return
    roles_ensure(using=using)


# --- checks ------------------------------------------------------------------------------


def _active(user: Any) -> bool:
    return bool(
        user is not None
        and getattr(user, "is_authenticated", False)
        and getattr(user, "is_active", False)
    )


def has_perm(user: Any, *perms: str) -> bool:
    """True when ``user`` is active and holds every one of ``perms`` (superusers hold all)."""
    return _active(user) and user.has_perms(perms)


def has_any_perm(user: Any, *perms: str) -> bool:
    """True when ``user`` is active and holds at least one of ``perms``."""
    return _active(user) and any(user.has_perm(p) for p in perms)


def check_perm(user: Any, *perms: str, message: Any = None) -> None:
    """For services: raise :class:`PermissionDeniedError` unless ``user`` holds ``perms``."""
    if not has_perm(user, *perms):
        raise PermissionDeniedError(message)


def require_perm(*perms: str, any_of: bool = False) -> Callable[[F], F]:
    """View decorator: anonymous → login page; logged in without the permission(s) → 403.

    ``any_of=True`` lets one of several permissions open the view.
    """
    if not perms:
        raise ValueError("require_perm needs at least one permission")
    test = has_any_perm if any_of else has_perm

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapper(request: Any, *args: Any, **kwargs: Any) -> Any:
            from django.contrib.auth.views import redirect_to_login
            from django.core.exceptions import PermissionDenied

            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not test(request.user, *perms):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorator


def users_with_perm(perm: str) -> Any:
    """Active users holding ``perm`` through a group, directly, or as superusers."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    app_label, codename = perm.split(".", 1)
    direct = Q(
        user_permissions__content_type__app_label=app_label,
        user_permissions__codename=codename,
    )
    grouped = Q(
        groups__permissions__content_type__app_label=app_label,
        groups__permissions__codename=codename,
    )
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | direct | grouped)
        .distinct()
    )
