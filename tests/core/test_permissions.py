"""core.permissions: roles as model permissions, groups topped up after migrate."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group, Permission, User
from django.test import RequestFactory

from cchc.core import permissions
from cchc.core.exceptions import PermissionDeniedError
from cchc.core.permissions import Role


def test_role_permissions_must_be_app_dot_codename():
    with pytest.raises(ValueError):
        Role("Sai", ["view_auditevent"])


@pytest.mark.django_db
def test_declared_roles_exist_after_migrate_with_their_permissions():
    """Every role of every app's roles.py is a group holding exactly the permissions
    declared (the test database was migrated, so post_migrate ran)."""
    for name, labels in permissions.all_roles().items():
        group = Group.objects.get(name=name)
        held = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        }
        assert labels <= held, name


@pytest.mark.django_db
def test_roles_ensure_creates_and_tops_up_without_removing(monkeypatch):
    role = Role("Vai trò thử", ["core.view_auditevent", "core.view_holiday"])
    monkeypatch.setattr(
        permissions, "_app_roles", lambda name: [role] if name == "cchc.core" else []
    )
    group = Group.objects.create(name="Vai trò thử")
    extra = Permission.objects.get(codename="add_holiday")
    group.permissions.add(extra)
    permissions.roles_ensure()
    permissions.roles_ensure()  # idempotent
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == {"view_auditevent", "view_holiday", "add_holiday"}


@pytest.mark.django_db
def test_unknown_permission_is_skipped_and_logged(monkeypatch, caplog):
    role = Role("Vai trò lạ", ["core.khong_co"])
    monkeypatch.setattr(
        permissions, "_app_roles", lambda name: [role] if name == "cchc.core" else []
    )
    permissions.roles_ensure()
    assert Group.objects.get(name="Vai trò lạ").permissions.count() == 0
    assert "core.khong_co" in caplog.text


@pytest.fixture
def holder(db):
    user = User.objects.create_user("holder", password="x")
    group = Group.objects.create(name="Nhóm bất kỳ")
    group.permissions.add(Permission.objects.get(codename="view_auditevent"))
    user.groups.add(group)
    return User.objects.get(pk=user.pk)


@pytest.mark.django_db
def test_checks_use_permissions_not_group_names(holder):
    """A permission held through any group counts; the group's name plays no part."""
    assert permissions.has_perm(holder, "core.view_auditevent")
    assert not permissions.has_perm(holder, "core.view_auditevent", "core.view_holiday")
    assert permissions.has_any_perm(holder, "core.view_holiday", "core.view_auditevent")
    permissions.check_perm(holder, "core.view_auditevent")
    with pytest.raises(PermissionDeniedError):
        permissions.check_perm(holder, "core.view_holiday")
    assert not permissions.has_perm(AnonymousUser(), "core.view_auditevent")
    holder.is_active = False
    assert not permissions.has_perm(holder, "core.view_auditevent")


@pytest.mark.django_db
def test_users_with_perm(holder):
    User.objects.create_user("other", password="x")
    boss = User.objects.create_superuser("boss", "b@example.org", "x")
    names = set(
        permissions.users_with_perm("core.view_auditevent").values_list("username", flat=True)
    )
    assert names == {"holder", boss.username}


@pytest.mark.django_db
def test_require_perm_decorator(holder):
    @permissions.require_perm("core.view_auditevent")
    def view(request):
        return "ok"

    rf = RequestFactory()
    request = rf.get("/x/")
    request.user = AnonymousUser()
    assert view(request).status_code == 302
    request.user = holder
    assert view(request) == "ok"
    request.user = User.objects.create_user("nobody", password="x")
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        view(request)
