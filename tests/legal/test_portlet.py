"""The "latest_documents" portlet shows the newest verified library documents."""

import datetime as dt

from cchc.legal.choices import ReviewState
from cchc.legal.models import LegalDocument
from cchc.portal.models import Portlet
from cchc.portal.selectors import PORTLET_ITEM_PROVIDERS, _portlet_items


def make(key, issued, verified=True):
    doc = LegalDocument(
        key=key,
        issued=issued,
        title=f"Trích yếu {key}",
        review_state=ReviewState.VERIFIED if verified else ReviewState.UNVERIFIED,
    )
    doc.save()
    return doc


def test_latest_documents_provider(db):
    """Items are the newest verified documents, limited by the portlet's item count."""
    make("1/KH-UBND", dt.date(2020, 1, 1))
    make("2/KH-UBND", dt.date(2022, 1, 1))
    make("3/KH-UBND", dt.date(2023, 1, 1), verified=False)
    make("4/KH-UBND", dt.date(2021, 1, 1))
    assert "latest_documents" in PORTLET_ITEM_PROVIDERS
    portlet = Portlet(kind=Portlet.Kind.LATEST_DOCUMENTS, item_count=2)
    items = _portlet_items(portlet)
    assert [i["url"] for i in items] == ["/van-ban/2-kh-ubnd-2022/", "/van-ban/4-kh-ubnd-2021/"]
    assert items[0]["title"] == "2/KH-UBND – Trích yếu 2/KH-UBND"


def test_latest_documents_falls_back_to_files_while_library_empty(db):
    """With no verified library document, the portlet lists Wagtail's newest files."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    make("9/KH-UBND", dt.date(2024, 1, 1), verified=False)
    file = Document(title="Kế hoạch CCHC 2026", file=ContentFile(b"%PDF-1.4", name="kh.pdf"))
    file.save()
    items = _portlet_items(Portlet(kind=Portlet.Kind.LATEST_DOCUMENTS, item_count=5))
    assert items == [{"title": "Kế hoạch CCHC 2026", "url": file.url}]
