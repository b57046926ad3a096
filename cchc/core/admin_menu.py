"""Admin menus shown by permission: one submenu helper for every app's Wagtail menu.

    @hooks.register("register_admin_menu_item")
    def register_surveys_menu():
        return permission_submenu(
            _("Khảo sát hài lòng"),
            [(_("Phiếu khảo sát"), reverse("…:list"), "form", "surveys.view_questionnaire")],
            icon_name="form",
            order=240,
        )

An item is shown to users holding its permission (a permission name, or a function of
the user); the submenu is shown when any of its items is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

Permission = str | Callable[[Any], bool]
Entry = tuple[Any, str, str, Permission]  # label, url, icon, permission


def _allowed(user: Any, permission: Permission) -> bool:
    if callable(permission):
        return bool(permission(user))
    return bool(user.has_perm(permission))


class PermissionMenuItem(MenuItem):
    def __init__(self, *args: Any, permission: Permission, **kwargs: Any) -> None:
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request: Any) -> bool:
        return _allowed(request.user, self.permission)


class PermissionSubmenu(SubmenuMenuItem):
    def __init__(self, *args: Any, items: Sequence[PermissionMenuItem], **kwargs: Any) -> None:
        self.items = list(items)
        super().__init__(*args, **kwargs)

    def is_shown(self, request: Any) -> bool:
        return any(item.is_shown(request) for item in self.items)


def permission_submenu(
    label: Any, entries: Sequence[Entry], *, icon_name: str, order: int
) -> PermissionSubmenu:
    items = [
        PermissionMenuItem(text, url, icon_name=icon, order=n, permission=permission)
        for n, (text, url, icon, permission) in enumerate(entries, start=1)
    ]
    return PermissionSubmenu(
        label, Menu(items=items), items=items, icon_name=icon_name, order=order
    )
