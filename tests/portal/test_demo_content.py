"""Demo content tells one story out of the box (issue 11, points 11 and 12)."""

import io
import re

import pytest
from django.core.management import call_command

from cchc.legal.demo import DOCUMENTS
from cchc.legal.models import Citation, LegalDocument
from cchc.portal.demo.articles import ARTICLES

pytestmark = pytest.mark.django_db


def test_demo_articles_cite_documents_of_the_demo_library():
    """Every demo article body cites at least one national document, and each cited number
    is in the demo legal library."""
    from cchc.legal.linker import references_in_html

    library = {key for key, *_ in DOCUMENTS}
    cited = set()
    for spec in ARTICLES:
        found = references_in_html("".join(f"<p>{p}</p>" for p in spec["paragraphs"]))
        cited |= {c.key for c in found}
    assert {"76/NQ-CP", "61/2018/NĐ-CP", "118/2025/NĐ-CP", "20/2008/NĐ-CP"} <= cited
    assert cited <= library, cited - library


def test_after_demo_citations_link_both_ways(client, home_page):
    """After load_demo_data the cited documents are verified library entries, the article
    links to them and the document page lists the article under "Bài viết trích dẫn"."""
    call_command("load_demo_data", stdout=io.StringIO())
    nq76 = LegalDocument.objects.get(key="76/NQ-CP")
    assert nq76.review_state == "verified"
    assert Citation.objects.filter(document=nq76).exists()
    citation = Citation.objects.filter(document=nq76).select_related("page").first()
    article_html = client.get(citation.page.url).content.decode()
    assert nq76.get_absolute_url() in article_html
    doc_html = client.get(nq76.get_absolute_url()).content.decode()
    assert "Bài viết trích dẫn" in doc_html
    assert citation.page.title in doc_html
    stubs = LegalDocument.objects.filter(key__in=[c.document.key for c in Citation.objects.all()])
    assert not stubs.exclude(review_state="verified").exists()


def test_english_headings_translated(client, home_page):
    """In English the home headings are English."""
    call_command("load_demo_data", stdout=io.StringIO())
    client.cookies["django_language"] = "en"
    html = client.get("/").content.decode()
    assert re.search(r"<h2[^>]*>\s*Latest news\s*</h2>", html) or "Latest news" in html
    assert "Send feedback" in html
