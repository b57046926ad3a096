"""Directory fixtures: a small agency tree, leaders, editors and outsiders."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from cchc.core.text import slugify_vi
from cchc.directory.models import Agency, Leader

EDITORS = "Biên tập danh bạ"


@pytest.fixture
def make_agency(db):
    def make(code, name, level="department", parent=None, **fields):
        return Agency.objects.create(
            code=code,
            name=name,
            slug=fields.pop("slug", slugify_vi(name)),
            level=level,
            parent=parent,
            **fields,
        )

    return make


@pytest.fixture
def tree(make_agency):
    """Province → 2 departments + 1 district → 1 commune."""
    root = make_agency("TINH", "Ủy ban nhân dân tỉnh Mẫu", "province", sort_order=0)
    snv = make_agency(
        "SNV",
        "Sở Nội vụ",
        parent=root,
        sort_order=10,
        phone="0200 5550 101",
        email="snv@example.gov.vn",
        address="Số 5 đường Lê Lợi",
        working_hours="7 giờ – 17 giờ",
    )
    stp = make_agency("STP", "Sở Tư pháp", parent=root, sort_order=20)
    district = make_agency(
        "H-DL", "Ủy ban nhân dân huyện Đồng Lúa", "district", parent=root, sort_order=30
    )
    commune = make_agency("H-DL-X1", "Ủy ban nhân dân xã Đồng Xanh", "commune", parent=district)
    return {"root": root, "snv": snv, "stp": stp, "district": district, "commune": commune}


@pytest.fixture
def leader(tree):
    return Leader.objects.create(
        agency=tree["snv"],
        full_name="Nguyễn Văn An",
        title="Giám đốc",
        sort_order=1,
        office_phone="0200 5552 001",
        phone_public=True,
        mobile="0500 555 001",
        mobile_public=False,
        email="annv.snv@example.gov.vn",
        email_public=True,
    )


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("bientap_danhba", password="x")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def outsider(db):
    """An admin user (Wagtail "Editors"-like) who is not a directory editor."""
    user = get_user_model().objects.create_user("bientap_tin", password="x")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user
