"""Admin of the library: only the "Thư viện văn bản" group and superusers edit; the
queue of stubs, verify action, upload view; audit rows."""

import io

import pytest
from django.contrib.auth.models import Group, Permission, User
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cchc.core.models import AuditEvent
from cchc.legal.choices import ReviewState
from cchc.legal.models import LegalDocument
from cchc.legal.services import LIBRARIAN_GROUP

LIST = "/quan-tri/snippets/legal/legaldocument/"
QUEUE = "/quan-tri/thu-vien-van-ban/hang-cho/"
IMPORT = "/quan-tri/thu-vien-van-ban/nhap-xuat/"


@pytest.fixture
def librarian(db):
    user = User.objects.create_user("thuvien", password="x")
    user.groups.add(Group.objects.get(name=LIBRARIAN_GROUP))
    return user


@pytest.fixture
def outsider(db):
    """An admin user holding the library's model permissions but not the librarian's
    ``legal.verify_legaldocument``."""
    user = User.objects.create_user("bientap", password="x")
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="legal").exclude(
            codename="verify_legaldocument"
        ),
        Permission.objects.get(codename="access_admin"),
    )
    return user


@pytest.fixture
def stub(db):
    doc = LegalDocument(key="15/KH-UBND", title="Kế hoạch tuyên truyền")
    doc.save()
    return doc


def form(**fields):
    return nested_form_data(
        {
            "key": "",
            "doc_type": "",
            "number": "",
            "year": "",
            "symbol": "",
            "title": "",
            "issuer": "",
            "issuer_name": "",
            "signer": "",
            "issued": "",
            "effective": "",
            "status": "unknown",
            "attachments": inline_formset([]),
            "relations": inline_formset([]),
            **fields,
        }
    )


@pytest.mark.parametrize("path", [LIST, QUEUE, IMPORT, f"{LIST}add/"])
def test_outsider_is_refused_even_with_model_permissions(client, outsider, stub, path):
    """Model permissions alone are not enough: the library needs the librarian's
    permission ``legal.verify_legaldocument`` (held by the "Thư viện văn bản" role)."""
    client.force_login(outsider)
    response = client.get(path)
    assert response.status_code == 302
    assert client.post(f"{LIST}edit/{stub.pk}/", form(key="16/KH-UBND")).status_code == 302
    stub.refresh_from_db()
    assert stub.key == "15/KH-UBND"


@pytest.mark.parametrize("path", [LIST, QUEUE, IMPORT, f"{LIST}add/"])
def test_librarian_and_superuser_reach_library_admin(client, librarian, stub, path):
    """Members of "Thư viện văn bản" and superusers open every library screen."""
    client.force_login(librarian)
    assert client.get(path).status_code == 200
    admin = User.objects.create_superuser("admin", "a@example.gov.vn", "x")
    client.force_login(admin)
    assert client.get(path).status_code == 200


def test_librarian_creates_document_verified_and_audited(client, librarian):
    """A document typed in by a librarian is canonicalised, verified and audited."""
    client.force_login(librarian)
    response = client.post(
        f"{LIST}add/", form(key="Nghị định số 63/2010/NĐ-CP", title="Về kiểm soát TTHC")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    doc = LegalDocument.objects.get()
    assert doc.key == "63/2010/NĐ-CP" and doc.year == 2010
    assert doc.review_state == ReviewState.VERIFIED and doc.verified_by == librarian
    actions = set(AuditEvent.objects.filter(actor=librarian).values_list("action", flat=True))
    assert {"cchc.legal.document.create", "cchc.legal.document.verify"} <= actions


def test_admin_form_rejects_bad_key(client, librarian):
    """A malformed key is refused with a message on the form; nothing is created."""
    client.force_login(librarian)
    response = client.post(f"{LIST}add/", form(key="không phải số ký hiệu"))
    assert response.status_code == 200
    assert "Số ký hiệu không đúng dạng" in response.content.decode()
    assert not LegalDocument.objects.exists()


def test_edit_is_audited(client, librarian, stub):
    """Editing in the admin writes an audit row; the stub stays unverified."""
    client.force_login(librarian)
    assert client.get(f"{LIST}edit/{stub.pk}/").status_code == 200
    response = client.post(f"{LIST}edit/{stub.pk}/", form(key="15/KH-UBND", title="Mới"))
    assert response.status_code == 302
    stub.refresh_from_db()
    assert stub.title == "Mới" and stub.review_state == ReviewState.UNVERIFIED
    assert AuditEvent.objects.filter(action="cchc.legal.document.edit", actor=librarian).exists()


def test_queue_lists_stubs_and_verifies_selected(client, librarian, stub):
    """The queue lists unverified documents (filterable) and verifies the selected ones."""
    other = LegalDocument(key="76/NQ-CP", title="Chương trình tổng thể")
    other.save()
    client.force_login(librarian)
    html = client.get(QUEUE).content.decode()
    assert "15/KH-UBND" in html and "76/NQ-CP" in html
    filtered = client.get(QUEUE, {"q": "tuyen truyen"}).content.decode()
    assert "15/KH-UBND" in filtered and "76/NQ-CP" not in filtered
    response = client.post(QUEUE, {"ids": [stub.pk]})
    assert response.status_code == 302
    stub.refresh_from_db()
    other.refresh_from_db()
    assert stub.review_state == ReviewState.VERIFIED
    assert other.review_state == ReviewState.UNVERIFIED
    assert "15/KH-UBND" not in client.get(QUEUE).content.decode()
    assert (
        AuditEvent.objects.filter(action="cchc.legal.document.verify", actor=librarian).count() == 1
    )


def test_snippet_list_filters_by_review_state(client, librarian, stub):
    """The admin list filters on "chưa kiểm tra"."""
    done = LegalDocument(key="76/NQ-CP", review_state=ReviewState.VERIFIED)
    done.save()
    client.force_login(librarian)
    html = client.get(LIST, {"review_state": "unverified"}).content.decode()
    assert "15/KH-UBND" in html and "76/NQ-CP" not in html


def test_upload_view_dry_run_then_import_and_errors(client, librarian):
    """The upload view shows per-row errors, a dry-run summary, then imports."""
    client.force_login(librarian)
    good = "Số ký hiệu,Trích yếu\n76/NQ-CP,Chương trình tổng thể\n".encode()
    bad = "Số ký hiệu,Trích yếu\n76/NQ,x\n".encode()

    def upload(data, name="a.csv", dry_run=True):
        payload = {"file": io.BytesIO(data)}
        payload["file"].name = name
        if dry_run:
            payload["dry_run"] = "on"
        return client.post(IMPORT, payload)

    html = upload(bad).content.decode()
    assert "không đúng dạng" in html and "<td>2</td>" in html
    html = upload(good).content.decode()
    assert "sẽ tạo 1 văn bản" in html
    assert not LegalDocument.objects.exists()
    assert upload(good, dry_run=False).status_code == 302
    assert LegalDocument.objects.get().key == "76/NQ-CP"
    html = upload(b"%PDF-1.7 x", name="a.pdf").content.decode()
    assert ".csv hoặc .xlsx" in html


def test_export_download(client, librarian, stub):
    """Librarians download the library as XLSX (zip magic) or CSV (with a BOM)."""
    client.force_login(librarian)
    xlsx = client.get("/quan-tri/thu-vien-van-ban/xuat.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:4] == b"PK\x03\x04"
    csv_response = client.get("/quan-tri/thu-vien-van-ban/xuat.csv")
    assert csv_response.content.decode("utf-8-sig").splitlines()[1].startswith("15/KH-UBND")
    assert AuditEvent.objects.filter(action="cchc.legal.library.export").count() == 2


def test_snippet_list_search(client, librarian, stub):
    """The admin list searches key and title."""
    other = LegalDocument(key="76/NQ-CP", title="Chương trình tổng thể")
    other.save()
    client.force_login(librarian)
    html = client.get(LIST, {"q": "tuyên truyền"}).content.decode()
    assert "15/KH-UBND" in html and "76/NQ-CP" not in html


def test_delete_is_audited_and_outsider_cannot_delete(client, librarian, outsider, stub):
    """Deleting needs the librarian group; the deletion is audited."""
    client.force_login(outsider)
    client.post(f"{LIST}delete/{stub.pk}/")
    assert LegalDocument.objects.filter(pk=stub.pk).exists()
    client.force_login(librarian)
    assert client.post(f"{LIST}delete/{stub.pk}/").status_code == 302
    assert not LegalDocument.objects.filter(pk=stub.pk).exists()
    assert AuditEvent.objects.filter(
        action="cchc.legal.document.delete", actor=librarian, object_repr__contains="15/KH-UBND"
    ).exists()


def test_key_corrected_in_admin_keeps_old_slug_as_alias(client, librarian, stub):
    """The admin's save goes through services.legal_document_admin_write: a corrected key
    gets a new slug and the old one stays as an alias."""
    old_slug = stub.slug
    client.force_login(librarian)
    response = client.post(f"{LIST}edit/{stub.pk}/", form(key="16/KH-UBND", title="Mới"))
    assert response.status_code == 302
    stub.refresh_from_db()
    assert stub.slug != old_slug
    assert list(stub.slug_aliases.values_list("slug", flat=True)) == [old_slug]
