"""Public pages /van-ban/ and /van-ban/<slug>/: filters, pagination, detail, redirects."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cchc.legal import services
from cchc.legal.choices import RelationType, ReviewState, Status
from cchc.legal.models import DocumentRelation, DocumentType, LegalDocument


def make(key, **fields):
    doc = LegalDocument(key=key, **fields)
    doc.full_clean()
    doc.save()
    return doc


@pytest.fixture
def library(home_page):
    nd = DocumentType.objects.get(name="Nghị định")
    kh = DocumentType.objects.get(name="Kế hoạch")
    return {
        "nd": make(
            "63/2010/NĐ-CP",
            doc_type=nd,
            title="Về kiểm soát thủ tục hành chính",
            issuer_name="Chính phủ",
            issued=dt.date(2010, 6, 8),
            status=Status.PARTLY_EXPIRED,
            review_state=ReviewState.VERIFIED,
        ),
        "nd2": make(
            "61/2018/NĐ-CP",
            doc_type=nd,
            title="Về thực hiện cơ chế một cửa, một cửa liên thông",
            issuer_name="Chính phủ",
            issued=dt.date(2018, 4, 23),
            status=Status.EXPIRED,
        ),
        "kh": make(
            "15/KH-UBND",
            doc_type=kh,
            title="Tuyên truyền cải cách hành chính năm 2022",
            issuer_name="Ủy ban nhân dân tỉnh",
            issued=dt.date(2022, 2, 18),
            status=Status.IN_FORCE,
        ),
    }


def keys_listed(response):
    return [d.key for d in response.context["documents"]]


def test_index_lists_all_newest_first(client, library):
    """/van-ban/ lists every document, newest issue date first."""
    response = client.get(reverse("legal:index"))
    assert response.status_code == 200
    assert keys_listed(response) == ["15/KH-UBND", "61/2018/NĐ-CP", "63/2010/NĐ-CP"]
    assert reverse("legal:index") == "/van-ban/"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "kiem soat"}, ["63/2010/NĐ-CP"]),
        ({"q": "KIỂM SOÁT thủ tục"}, ["63/2010/NĐ-CP"]),
        ({"q": "nghi dinh"}, ["61/2018/NĐ-CP", "63/2010/NĐ-CP"]),
        ({"q": "63/2010/nd-cp"}, ["63/2010/NĐ-CP"]),
        ({"q": "duong"}, []),
        ({"co_quan": "Chính phủ"}, ["61/2018/NĐ-CP", "63/2010/NĐ-CP"]),
        ({"nam": "2018"}, ["61/2018/NĐ-CP"]),
        ({"tinh_trang": "in_force"}, ["15/KH-UBND"]),
        ({"tinh_trang": "bogus", "nam": "abc"}, ["15/KH-UBND", "61/2018/NĐ-CP", "63/2010/NĐ-CP"]),
    ],
)
def test_index_filters(client, library, params, expected):
    """Each filter narrows the list; the text filter ignores diacritics and đ; bad values
    are ignored rather than erroring."""
    response = client.get("/van-ban/", params)
    assert response.status_code == 200
    assert keys_listed(response) == expected


def test_index_type_filter(client, library):
    """?loai= filters by document type."""
    kh = DocumentType.objects.get(name="Kế hoạch")
    assert keys_listed(client.get("/van-ban/", {"loai": kh.pk})) == ["15/KH-UBND"]


def test_index_pagination_keeps_filters(client, home_page):
    """20 per page; page links carry the active filters."""
    for n in range(1, 26):
        make(f"{n}/KH-UBND", title="Kế hoạch tuyên truyền")
    response = client.get("/van-ban/", {"q": "tuyen truyen", "trang": 2})
    assert len(keys_listed(response)) == 5
    assert "q=tuyen+truyen&amp;trang=1" in response.content.decode()
    assert len(keys_listed(client.get("/van-ban/", {"trang": "x"}))) == 20


def test_index_query_count_does_not_grow_with_documents(
    client, library, django_assert_max_num_queries
):
    """The list runs a fixed number of queries however many documents are shown."""
    client.get("/van-ban/")  # warm caches (site, settings)
    with CaptureQueriesContext(connection) as few:
        client.get("/van-ban/")
    for n in range(1, 21):
        make(f"{n}/QĐ-UBND", doc_type=DocumentType.objects.get(name="Quyết định"))
    client.get("/van-ban/")  # new documents bump the content generation: warm again
    with CaptureQueriesContext(connection) as many:
        client.get("/van-ban/")
    assert len(many) == len(few)
    with django_assert_max_num_queries(20):
        client.get("/van-ban/")


def test_detail_shows_fields_and_relations_both_ways(client, library):
    """The document page shows its fields and each relation with the label of its side."""
    DocumentRelation.objects.create(
        source=library["nd2"], relation_type=RelationType.AMENDS, target=library["nd"]
    )
    response = client.get("/van-ban/63-2010-nd-cp/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nghị định số 63/2010/NĐ-CP" in html
    assert "Về kiểm soát thủ tục hành chính" in html
    assert "08-06-2010" in html or "08/06/2010" in html
    assert "Hết hiệu lực một phần" in html
    assert "Được sửa đổi, bổ sung bởi" in html and 'href="/van-ban/61-2018-nd-cp/"' in html
    other = client.get("/van-ban/61-2018-nd-cp/").content.decode()
    assert "Sửa đổi, bổ sung</span>" in other and 'href="/van-ban/63-2010-nd-cp/"' in other
    assert "chưa được kiểm tra" in other  # nd2 is a stub
    assert "chưa được kiểm tra" not in html


def test_detail_lists_attachments(client, library):
    """Attached Wagtail documents are listed with their file type."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from cchc.legal.models import LegalDocumentAttachment

    file = Document(title="Toàn văn", file=ContentFile(b"%PDF-1.4 test", name="nd63.pdf"))
    file.save()
    LegalDocumentAttachment.objects.create(
        legal_document=library["nd"], document=file, label="Toàn văn Nghị định"
    )
    html = client.get("/van-ban/63-2010-nd-cp/").content.decode()
    assert "Toàn văn Nghị định" in html and "(PDF)" in html


@pytest.mark.parametrize(
    "path", ["/van-ban/63-2010-ND-CP/", "/van-ban/63/2010/NĐ-CP/", "/van-ban/63_2010_nd_cp/"]
)
def test_alternate_slugs_redirect_permanently(client, library, path):
    """Upper-case, key-shaped or underscored slugs redirect (301) to the canonical URL."""
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == "/van-ban/63-2010-nd-cp/"


def test_former_slug_redirects_and_unknown_is_404(client, library):
    """A slug from before a key correction redirects; an unknown slug is 404. A document
    numbered without the year has the year of issue in its slug."""
    doc = library["kh"]
    assert doc.slug == "15-kh-ubnd-2022"
    doc.key = "16/KH-UBND"
    doc.full_clean()
    services.legal_document_save(doc)  # keeps the old slug as an alias
    assert doc.slug == "16-kh-ubnd-2022"
    response = client.get("/van-ban/15-kh-ubnd-2022/")
    assert response.status_code == 301 and response["Location"] == "/van-ban/16-kh-ubnd-2022/"
    assert client.get("/van-ban/khong-co/").status_code == 404


def test_bare_key_slug_redirects_to_the_one_document_or_the_choice(client, library):
    """/van-ban/15-kh-ubnd/ leads to the only "15/KH-UBND", or to the choice page once the
    library holds two (2022 and 2023)."""
    response = client.get("/van-ban/15-kh-ubnd/")
    assert response.status_code == 301 and response["Location"] == "/van-ban/15-kh-ubnd-2022/"
    make("15/KH-UBND", issuer_name="Sở Nội vụ", issued=dt.date(2023, 3, 1))
    response = client.get("/van-ban/15-kh-ubnd/")
    assert response.status_code == 302
    assert response["Location"] == "/van-ban/chon/?key=15%2FKH-UBND"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert [d.issue_year for d in page.context["choice"].documents] == [2023, 2022]


def test_backlinks_only_live_articles(client, make_article):
    """ "Bài viết trích dẫn" lists live citing articles, not unpublished ones."""
    live = make_article("Bài đang đăng", body="<p>Theo Kế hoạch số 15/KH-UBND.</p>")
    gone = make_article("Bài đã gỡ", body="<p>Theo Kế hoạch số 15/KH-UBND.</p>")
    gone.unpublish()
    html = client.get("/van-ban/15-kh-ubnd/").content.decode()
    assert "Bài viết trích dẫn" in html
    assert f'href="{live.url}"' in html
    assert "Bài đã gỡ" not in html


def test_menu_has_library_entry(client, library):
    """The main menu shows "Văn bản" once legal:index exists."""
    html = client.get("/van-ban/").content.decode()
    assert '<a href="/van-ban/" aria-current="page">Văn bản</a>' in html


def test_detail_query_count_does_not_grow_with_backlinks_and_relations(client, make_article):
    """The document page's query count is the same with 1 or 6 citing articles and
    relations."""
    make_article(body="<p>Kế hoạch số 15/KH-UBND.</p>")
    target = LegalDocument.objects.get(key="15/KH-UBND")
    client.get("/van-ban/15-kh-ubnd/")
    with CaptureQueriesContext(connection) as few:
        client.get("/van-ban/15-kh-ubnd/")
    for n in range(5):
        make_article(body="<p>Theo Kế hoạch số 15/KH-UBND.</p>")
        DocumentRelation.objects.create(
            source=make(f"{n + 1}/QĐ-UBND"), relation_type=RelationType.IMPLEMENTS, target=target
        )
    client.get("/van-ban/15-kh-ubnd/")  # the changes started a new content generation: warm
    with CaptureQueriesContext(connection) as many:
        response = client.get("/van-ban/15-kh-ubnd/")
    assert len(response.context["citing_pages"]) == 6
    assert len(many) == len(few)


def test_choice_page_lists_candidates_or_redirects(client, library):
    """/van-ban/chon/ lists the documents a reference may mean (type, date, issuer, title);
    a year/issuer that narrows to one redirects to it; a bad key is 404; a year no document
    has lists every document with the key."""
    make(
        "15/KH-UBND",
        issuer_name="UBND huyện Châu Thành",
        issued=dt.date(2022, 5, 6),
        title="Kế hoạch của huyện",
    )
    response = client.get("/van-ban/chon/", {"key": "15/KH-UBND", "nam": "2022"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kế hoạch của huyện" in html and "Tuyên truyền cải cách hành chính năm 2022" in html
    assert "UBND huyện Châu Thành" in html and "06-05-2022" in html
    assert '<meta name="robots" content="noindex">' in html
    response = client.get(
        "/van-ban/chon/", {"key": "15/KH-UBND", "nam": "2022", "co_quan": "UBND tỉnh"}
    )
    assert response.status_code == 302 and response["Location"] == library["kh"].get_absolute_url()
    assert client.get("/van-ban/chon/", {"key": "không phải"}).status_code == 404
    response = client.get("/van-ban/chon/", {"key": "15/KH-UBND", "nam": "2030"})
    assert response.status_code == 200 and not response.context["choice"].narrowed
    assert len(response.context["choice"].documents) == 2
