"""The seed article, imported with ``manage.py import_article``, shows 17 working links
to the library, each document page lists it, and re-publishing updates the backlinks."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from cchc.legal.models import Citation, LegalDocument
from cchc.news.models import ArticlePage

SEED = Path("/work/shared/seed/000_f227a086c9b37418.txt")
LINK = re.compile(r'<a href="(/van-ban/[^"]+/)" class="legal-ref">')

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="seed article not available")


def legal_links(html: str) -> list[str]:
    return LINK.findall(html)


def test_seed_article_has_17_working_links_and_backlinks(client, news_index):
    """17 distinct /van-ban/ links, each a 200 page listing the article under
    "Bài viết trích dẫn"; removing one reference and re-publishing drops its backlink."""
    out = io.StringIO()
    call_command("import_article", str(SEED), stdout=out, stderr=io.StringIO())
    article = ArticlePage.objects.get()
    html = client.get(article.url).content.decode()
    links = legal_links(html)
    assert len(set(links)) == 17, links
    for href in set(links):
        page = client.get(href).content.decode()
        section = page.split("Bài viết trích dẫn", 1)[1]
        assert f'href="{article.url}"' in section, href

    # Edit: remove the reference to Kế hoạch số 1436/KH-UBND, re-publish.
    removed = LegalDocument.objects.get(key="1436/KH-UBND")
    body = article.body
    assert "1436/KH-UBND" in body
    article.body = re.sub(r"Kế hoạch số 1436/KH-UBND[^;.]*", "kế hoạch của tỉnh", body)
    assert "1436/KH-UBND" not in article.body
    article.save_revision().publish()
    article.refresh_from_db()
    html = client.get(article.url).content.decode()
    assert len(set(legal_links(html))) == 16
    assert f"/van-ban/{removed.slug}/" not in legal_links(html)
    page = client.get(f"/van-ban/{removed.slug}/").content.decode()
    assert f'href="{article.url}"' not in page.split("Bài viết trích dẫn", 1)[1]
    assert not Citation.objects.filter(page=article, document=removed).exists()
