"""One way to make the objects tests need: agencies, users (with roles, permissions or an
agency), so a rule change is made once, not once per app's conftest."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission, User

from cchc.directory.models import Agency, AgencyStaff


def make_agency(code, name, level=Agency.Level.DEPARTMENT, parent=None, **fields) -> Agency:
    """The agency with ``code`` (created once; later calls return it unchanged)."""
    defaults = {
        "name": name,
        "slug": fields.pop("slug", None) or code.lower(),
        "level": level,
        "parent": parent,
        **fields,
    }
    return Agency.objects.get_or_create(code=code, defaults=defaults)[0]


def make_user(
    username,
    *,
    agency=None,
    groups=(),
    perms=(),
    superuser=False,
    email="",
    password="x",
) -> User:
    """A user; ``groups`` by name (a declared role's group holds its permissions),
    ``perms`` as ``"app_label.codename"``, ``agency`` makes them its officer."""
    user = User.objects.create_user(
        username, email=email or f"{username}@example.org", password=password
    )
    if superuser:
        user.is_superuser = True
        user.is_staff = True
        user.save(update_fields=["is_superuser", "is_staff"])
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    for label in perms:
        app_label, codename = label.split(".", 1)
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    if agency is not None:
        AgencyStaff.objects.create(user=user, agency=agency)
    return User.objects.get(pk=user.pk) if perms else user
