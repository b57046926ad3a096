"""Services of the library: stubs from citations, article links, verification, audit."""

import pytest
from django.contrib.auth.models import Group, User

from cchc.core.exceptions import PermissionDeniedError, ValidationError
from cchc.core.models import AuditEvent
from cchc.legal import services
from cchc.legal.choices import ReviewState, Status
from cchc.legal.models import Citation, LegalDocument

BODY = (
    "<p>Thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ về ban hành "
    "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và "
    "Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát TTHC.</p>"
    "<ul><li>Kế hoạch số 15/KH-UBND ngày 21/01/2021 của UBND tỉnh</li></ul>"
)


@pytest.fixture
def librarian(db):
    user = User.objects.create_user("thuvien", password="x")
    user.groups.add(Group.objects.get(name=services.LIBRARIAN_GROUP))
    return user


def keys_cited_by(page):
    return set(Citation.objects.filter(page=page).values_list("document__key", flat=True))


def test_publishing_creates_stubs_and_citations(make_article):
    """Publishing an article creates one unverified stub per unknown key, with the
    citation's fields, and one citation row per reference."""
    article = make_article(body=BODY)
    assert keys_cited_by(article) == {"76/NQ-CP", "63/2010/NĐ-CP", "15/KH-UBND"}
    stub = LegalDocument.objects.get(key="76/NQ-CP")
    assert stub.review_state == ReviewState.UNVERIFIED
    assert stub.status == Status.UNKNOWN
    assert stub.doc_type.name == "Nghị quyết"
    assert stub.number == "76" and stub.symbol == "NQ-CP" and stub.year is None
    assert stub.issued.isoformat() == "2021-07-15"
    assert stub.issuer_name == "Chính phủ"
    assert stub.title.startswith("ban hành Chương trình tổng thể")
    nd = LegalDocument.objects.get(key="63/2010/NĐ-CP")
    assert nd.year == 2010 and nd.slug == "63-2010-nd-cp"
    assert AuditEvent.objects.filter(action="cchc.legal.document.stub_create").count() == 3
    assert AuditEvent.objects.filter(action="cchc.legal.citations.sync").exists()


def test_republish_replaces_citations_without_stale_backlinks(make_article):
    """Re-publishing an edited body drops the removed reference's citation rows."""
    article = make_article(body=BODY)
    article.body = "<p>Chỉ còn Nghị định số 63/2010/NĐ-CP.</p>"
    article.save_revision().publish()
    assert keys_cited_by(article) == {"63/2010/NĐ-CP"}
    assert Citation.objects.filter(page=article).count() == 1
    # The stubs stay in the library for the librarian.
    assert LegalDocument.objects.filter(key="76/NQ-CP").exists()


def test_unpublish_and_delete_remove_citations(make_article):
    """Unpublishing or deleting an article removes its citation rows."""
    first = make_article(body=BODY)
    second = make_article(body=BODY)
    first.unpublish()
    assert not Citation.objects.filter(page=first).exists()
    assert Citation.objects.filter(page=second).count() == 3
    second_id = second.pk
    second.delete()
    assert not Citation.objects.filter(page_id=second_id).exists()


def test_existing_document_found_by_folded_key_and_verified_never_overwritten(make_article):
    """A citation "63/2010/ND-CP" (no đ) resolves to the library's "63/2010/NĐ-CP"; a
    verified document keeps its fields."""
    doc = LegalDocument(key="63/2010/NĐ-CP", title="Về kiểm soát thủ tục hành chính")
    doc.review_state = ReviewState.VERIFIED
    doc.save()
    article = make_article(
        body="<p>Nghị định số 63/2010/ND-CP ngày 09 tháng 9 năm 2011 về việc khác.</p>"
    )
    assert list(Citation.objects.filter(page=article).values_list("document_id", flat=True)) == [
        doc.pk
    ]
    doc.refresh_from_db()
    assert doc.title == "Về kiểm soát thủ tục hành chính"
    assert doc.issued is None
    assert LegalDocument.objects.count() == 1


def test_stub_blank_fields_filled_by_later_citation(make_article):
    """An unverified stub gains the issued date when a later article states it."""
    make_article(body="<p>Kế hoạch số 15/KH-UBND.</p>")
    stub = LegalDocument.objects.get(key="15/KH-UBND")
    assert stub.issued is None
    make_article(body="<p>Kế hoạch số 15/KH-UBND ngày 21/01/2021 của UBND tỉnh.</p>")
    stub.refresh_from_db()
    assert stub.issued.isoformat() == "2021-01-21"


def test_draft_revision_does_not_link(make_article):
    """Saving a draft (not publishing) does not touch citations."""
    article = make_article(body="<p>Không có trích dẫn.</p>")
    article.body = BODY
    article.save_revision()
    assert not Citation.objects.filter(page=article).exists()


def test_verify_requires_librarian_and_is_audited(librarian, db):
    """Only librarians verify; verifying twice is refused; an audit row is written."""
    doc = LegalDocument(key="76/NQ-CP")
    doc.save()
    editor = User.objects.create_user("bientap", password="x")
    with pytest.raises(PermissionDeniedError):
        services.legal_document_verify(document=doc, actor=editor)
    services.legal_document_verify(document=doc, actor=librarian)
    doc.refresh_from_db()
    assert doc.review_state == ReviewState.VERIFIED
    assert doc.verified_by == librarian and doc.verified_at is not None
    assert AuditEvent.objects.filter(
        action="cchc.legal.document.verify", actor=librarian, object_id=str(doc.pk)
    ).exists()
    with pytest.raises(ValidationError):
        services.legal_document_verify(document=doc, actor=librarian)


def test_superuser_is_librarian_inactive_user_is_not(db):
    """Superusers edit the library; inactive or anonymous users do not."""
    admin = User.objects.create_superuser("admin", "a@example.gov.vn", "x")
    assert services.user_is_librarian(admin)
    admin.is_active = False
    assert not services.user_is_librarian(admin)
    assert not services.user_is_librarian(None)


def test_document_types_sync_is_idempotent(db):
    """The extractor's types are seeded once; syncing again adds nothing."""
    assert services.document_types_sync() == 0
    from cchc.legal.models import DocumentType

    names = set(DocumentType.objects.values_list("name", flat=True))
    assert {"Nghị định", "Kế hoạch", "Chỉ thị", "Luật", "Công văn"} <= names


def test_same_key_other_year_is_another_document(make_article):
    """ "15/KH-UBND" of 2023 is not the library's "15/KH-UBND" of 2021: the 2023 reference
    gets its own stub and each reference is a backlink of its own document."""
    import datetime as dt

    doc = LegalDocument(key="15/KH-UBND", issued=dt.date(2021, 1, 21))
    doc.save()
    article = make_article(
        body="<p>Kế hoạch số 15/KH-UBND ngày 10/01/2023 của UBND tỉnh; "
        "Kế hoạch số 15/KH-UBND ngày 21/01/2021.</p>"
    )
    rows = list(Citation.objects.filter(page=article).select_related("document"))
    assert [(r.document.issue_year, r.document.pk == doc.pk) for r in rows] == [
        (2023, False),
        (2021, True),
    ]
    stub = rows[0].document
    assert stub.issuer_name == "UBND tỉnh" and stub.slug == "15-kh-ubnd-2023"
    event = AuditEvent.objects.filter(action="cchc.legal.citations.sync").latest("id")
    assert event.data["stubs_created"] == ["15/KH-UBND"] and event.data["ambiguous"] == []


def test_ambiguous_reference_is_nobodys_backlink(make_article):
    """Two "15/KH-UBND" (2021, 2023) and a reference that states no year: no citation row,
    no new stub, recorded as ambiguous."""
    import datetime as dt

    LegalDocument(key="15/KH-UBND", issued=dt.date(2021, 1, 21)).save()
    LegalDocument(key="15/KH-UBND", issued=dt.date(2023, 1, 10)).save()
    article = make_article(body="<p>Theo Kế hoạch số 15/KH-UBND, các sở triển khai.</p>")
    assert not Citation.objects.filter(page=article).exists()
    assert LegalDocument.objects.filter(key="15/KH-UBND").count() == 2
    event = AuditEvent.objects.filter(action="cchc.legal.citations.sync").latest("id")
    assert event.data["ambiguous"] == ["15/KH-UBND"]


def test_issuer_in_the_sentence_narrows_to_one(make_article):
    """Same key and year, two issuers: the sentence's issuer picks the document."""
    import datetime as dt

    ubnd = LegalDocument(
        key="15/KH-UBND", issued=dt.date(2021, 1, 21), issuer_name="Ủy ban nhân dân tỉnh"
    )
    ubnd.save()
    huyen = LegalDocument(
        key="15/KH-UBND", issued=dt.date(2021, 3, 2), issuer_name="UBND huyện Châu Thành"
    )
    huyen.save()
    article = make_article(
        body="<p>Kế hoạch số 15/KH-UBND ngày 21/01/2021 của UBND tỉnh về cải cách.</p>"
    )
    assert [r.document_id for r in Citation.objects.filter(page=article)] == [ubnd.pk]


def test_year_from_the_sentence_without_a_date_is_kept(db):
    """A citation whose year comes from the sentence ("Kế hoạch số 15/KH-UBND năm 2021", as
    the extractor will report it: ``year`` set, no date, the key without a year) makes a
    stub of 2021 that is not mistaken for a normative document, and resolves to it later."""
    from cchc.legal.citations import Citation as Ref

    ref = Ref((0, 22), "Kế hoạch số 15/KH-UBND", "Kế hoạch", "15", 2021, "KH-UBND",
              "15/KH-UBND", "administrative", issuer="Sở Nội vụ")  # fmt: skip
    stub, created = services.legal_document_stub_upsert(citation=ref)
    assert created and stub.year is None and stub.issue_year == 2021
    assert stub.slug == "15-kh-ubnd-2021" and stub.issuer_name == "Sở Nội vụ"
    again, created = services.legal_document_stub_upsert(citation=ref)
    assert again == stub and not created
