"""Side doors of Wagtail documents (``/tai-lieu/<id>/<name>``): a document in a collection
restricted to a group (staff-only papers) is not served to an anonymous visitor, to a
citizen or to an officer outside the group, whatever URL form is used; the file bytes
never come back, and the answer is never marked shareable by the HTTP cache. A member
of the group gets it (the door is real).

In production the files sit in an S3-compatible store (a storage without local paths), for
which Wagtail's default is to *redirect* to the store's URL after the permission check: a
permanent URL that anyone it is passed on to can open. The portal serves documents
through the view (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``); the tests below run with
such a storage.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db.models.fields.files import FieldFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import make_agency, make_user
from tests.security.sidedoors import OUTSIDERS, assert_absent, outsider_client

pytestmark = pytest.mark.django_db

CONTENT = b"%PDF-1.4\n% Bien ban hop noi bo ban giam doc - MAT\n%%EOF\n"
SECRET = "Bien ban hop noi bo ban giam doc"


def as_remote_storage(monkeypatch):
    """From now on the test storage behaves like S3 to Wagtail's serve view: a file has a
    URL but no local path (``FieldFile.path`` raises, as with S3)."""

    def no_path(self):
        raise NotImplementedError("no local paths")

    monkeypatch.setattr(FieldFile, "path", property(no_path))


@pytest.fixture
def staff_document(home_page):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Tài liệu nội bộ")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    group = Group.objects.get_or_create(name="Ban giám đốc")[0]
    restriction.groups.add(group)
    document = get_document_model().objects.create(
        title="Biên bản họp nội bộ",
        collection=collection,
        file=ContentFile(CONTENT, name="bien-ban-hop-noi-bo.pdf"),
    )
    return document, group


@pytest.mark.parametrize("who", OUTSIDERS)
def test_a_staff_only_document_is_not_served_to_outsiders(staff_document, monkeypatch, who):
    document, _group = staff_document
    as_remote_storage(monkeypatch)
    client = outsider_client(who, agency=make_agency("SKHAC", "Sở Khác"))
    for url in (document.url, f"/tai-lieu/{document.pk}/{document.filename}", "/sitemap.xml"):
        response = client.get(url)
        assert_absent(response, [SECRET], where=f"{url} as {who}", statuses=(200, 302, 403))
        assert document.file.name not in response.get("Location", ""), "redirected to the file"
        if url != "/sitemap.xml":
            assert "public" not in response.get("Cache-Control", ""), url


def test_a_member_of_the_group_gets_it_from_the_view(staff_document, monkeypatch):
    document, group = staff_document
    as_remote_storage(monkeypatch)
    member = make_user("thanh_vien")
    member.groups.add(group)
    client = Client()
    client.force_login(member)
    response = client.get(document.url)
    assert response.status_code == 200, response.get("Location")  # not a redirect to the store
    assert b"".join(response.streaming_content) == CONTENT
    assert "public" not in response.get("Cache-Control", "")
