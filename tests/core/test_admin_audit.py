"""Snippets edited in the Wagtail admin are audited through a service
(``core.admin_audit.AuditedSnippetViewSet``): create, edit and delete of a news category and
a document type each leave one audit row."""

import pytest
from django.contrib.auth.models import User

from cchc.core.models import AuditEvent
from cchc.legal.models import DocumentType
from cchc.news.models import ArticleCategory


@pytest.fixture
def admin_client(client, db):
    client.force_login(User.objects.create_superuser("quantri", "q@example.gov.vn", "x"))
    return client


def actions(prefix):
    return list(
        AuditEvent.objects.filter(action__startswith=prefix)
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_news_category_create_edit_delete_are_audited(admin_client):
    """Each write in the admin is one audit row, named cchc.news.articlecategory.<verb>."""
    base = "/quan-tri/snippets/news/articlecategory/"
    response = admin_client.post(
        f"{base}add/", {"name": "Tin CCHC", "slug": "tin-cchc", "sort_order": 1}
    )
    assert response.status_code == 302
    category = ArticleCategory.objects.get(slug="tin-cchc")
    response = admin_client.post(
        f"{base}edit/{category.pk}/", {"name": "Tin cải cách", "slug": "tin-cchc", "sort_order": 1}
    )
    assert response.status_code == 302
    response = admin_client.post(f"{base}delete/{category.pk}/")
    assert response.status_code == 302
    assert not ArticleCategory.objects.filter(pk=category.pk).exists()
    assert actions("cchc.news.articlecategory.") == [
        "cchc.news.articlecategory.create",
        "cchc.news.articlecategory.edit",
        "cchc.news.articlecategory.delete",
    ]
    deleted = AuditEvent.objects.get(action="cchc.news.articlecategory.delete")
    assert deleted.object_id == str(category.pk)  # recorded before the row went


def test_document_type_edit_is_audited(admin_client):
    doc_type = DocumentType.objects.create(name="Sắc lệnh")
    response = admin_client.post(
        f"/quan-tri/snippets/legal/documenttype/edit/{doc_type.pk}/",
        {"name": "Sắc lệnh", "abbreviations": "SL", "sort_order": 5},
    )
    assert response.status_code == 302
    assert actions("cchc.legal.documenttype.") == ["cchc.legal.documenttype.edit"]
