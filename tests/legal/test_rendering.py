"""Article pages: references in the rendered body link to the library; the stored body
is never changed."""

import re

import pytest

BODY = (
    "<p>Theo Nghị định số 63/2010/NĐ-CP &amp; "
    '<a href="https://vanban.chinhphu.vn/">Nghị quyết số 76/NQ-CP</a>, '
    "Kế hoạch số <b>15</b>/KH-UBND và 3 &lt; 4.</p>"
)


@pytest.fixture
def article(make_article):
    return make_article(body=BODY)


def test_rendered_body_links_references_not_stored_body(client, article):
    """The page shows links for references outside existing anchors; the stored body
    (and the latest revision) are untouched."""
    html = client.get(article.url).content.decode()
    links = re.findall(r'<a href="([^"]+)" class="legal-ref">([^<]+)</a>', html)
    assert links == [("/van-ban/63-2010-nd-cp/", "Nghị định số 63/2010/NĐ-CP")]
    assert '<a href="https://vanban.chinhphu.vn/">Nghị quyết số 76/NQ-CP</a>' in html
    assert "&amp; " in html and "3 &lt; 4" in html
    article.refresh_from_db()
    assert article.body == BODY
    assert "legal-ref" not in article.get_latest_revision().content["body"]


def test_no_nested_anchors_in_rendered_article(client, article):
    """No <a> opens inside another <a> anywhere in the article body."""
    from html.parser import HTMLParser

    class Depth(HTMLParser):
        depth = 0
        worst = 0

        def handle_starttag(self, tag, attrs):
            if tag == "a":
                self.depth += 1
                self.worst = max(self.worst, self.depth)

        def handle_endtag(self, tag):
            if tag == "a":
                self.depth -= 1

    parser = Depth()
    parser.feed(article.rendered_body())
    assert parser.worst == 1


def test_each_link_target_exists(client, article):
    """Every legal-ref link resolves to a 200 document page."""
    html = article.rendered_body()
    for href in re.findall(r'href="(/van-ban/[^"]+)"', html):
        assert client.get(href).status_code == 200


def test_unknown_reference_in_preview_is_not_linked(db, make_article):
    """A body whose documents are not in the library (never published) gets no links."""
    draft = make_article(body="<p>Quyết định số 999/QĐ-UBND</p>", publish=False)
    assert "legal-ref" not in draft.rendered_body()


def test_same_key_other_years_link_each_their_document_or_the_choice(make_article):
    """ "20/KH-UBND" of 2021 is in the library; an article citing it "ngày 05/02/2024"
    means another document (a stub for 2024 is created on publish and linked), and a bare
    "Kế hoạch số 20/KH-UBND" that both fit links to the choice page, not to a guess."""
    import datetime as dt

    from cchc.legal.models import LegalDocument

    doc = LegalDocument(key="20/KH-UBND", issued=dt.date(2021, 1, 29))
    doc.save()
    article = make_article(
        body="<p>Kế hoạch số 20/KH-UBND ngày 05/02/2024 và Kế hoạch số 20/KH-UBND.</p>"
    )
    links = re.findall(r'<a href="([^"]+)" class="legal-ref">([^<]+)</a>', article.rendered_body())
    assert links == [
        ("/van-ban/20-kh-ubnd-2024/", "Kế hoạch số 20/KH-UBND"),
        ("/van-ban/chon/?key=20%2FKH-UBND", "Kế hoạch số 20/KH-UBND"),
    ]
    assert LegalDocument.objects.filter(key="20/KH-UBND").count() == 2
