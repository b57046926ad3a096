"""Every role × every permission: what each declared role (cchc/*/roles.py) may do.

The expectation is written out here on purpose: giving a role a permission, or taking
one away, changes this table in the same commit, where a reviewer sees it.
"""

import pytest

from cchc.core.permissions import all_roles, has_perm
from tests.factories import make_user

ADMIN = "wagtailadmin.access_admin"
DOCS = ["wagtaildocs.add_document", "wagtaildocs.choose_document"]


def _crud(app, *models):
    return [f"{app}.{verb}_{m}" for m in models for verb in ("add", "change", "delete", "view")]


EXPECTED = {
    "Điều phối PAKN": {"feedback.coordinate_feedback"},
    "Biên tập danh bạ": {
        ADMIN,
        *_crud("directory", "agency", "leader"),
        "directory.view_contactchange",
    },
    "Thư viện văn bản": {
        ADMIN,
        *_crud("legal", "legaldocument", "documenttype"),
        "legal.verify_legaldocument",
        *DOCS,
    },
    "Biên tập thủ tục hành chính": {
        ADMIN,
        *_crud("procedures", "procedure", "procedurefield"),
        *DOCS,
    },
    "Bộ phận Một cửa": {"dossiers.desk_dossier", "dossiers.view_dossier"},
    "Cán bộ xử lý hồ sơ": {"dossiers.handle_dossier", "dossiers.view_dossier"},
    "Lãnh đạo phê duyệt hồ sơ": {
        "dossiers.handle_dossier",
        "dossiers.lead_dossier",
        "dossiers.view_dossier",
    },
    "Quản trị Một cửa": {
        *_crud("dossiers", "agencyunitcode"),
        *(f"dossiers.{verb}_ruleset" for verb in ("add", "change", "view")),
        "dossiers.manage_all_dossiers",
        "dossiers.view_dossier",
    },
    "Giám khảo cuộc thi": {"contest.score_entry"},
    "Thư ký cuộc thi": {
        ADMIN,
        "contest.manage_contest",
        *(f"contest.{verb}_contest" for verb in ("add", "change", "view")),
        *_crud("contest", "jurymember"),
    },
    "Chủ tịch Hội đồng giám khảo": {"contest.approve_results", "contest.manage_contest"},
}


def test_the_declared_roles_are_the_expected_ones():
    """A new role (or a changed one) is added to EXPECTED with its permissions."""
    assert {name: set(perms) for name, perms in all_roles().items()} == EXPECTED


ALL_PERMISSIONS = sorted(set().union(*EXPECTED.values()))


@pytest.mark.django_db
@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_role_holds_exactly_its_permissions(role):
    """A member of the role's group holds each of its permissions and none of the other
    roles' project permissions (the group was created and filled after migrate; Wagtail's
    own data migrations may add document/admin permissions to groups, so those are only
    checked one way)."""
    user = make_user(f"u{abs(hash(role)) % 10**8}", groups=[role])
    for perm in ALL_PERMISSIONS:
        held = has_perm(user, perm)
        if perm in EXPECTED[role]:
            assert held, (role, perm)
        elif not perm.startswith("wagtail"):
            assert not held, (role, perm)
