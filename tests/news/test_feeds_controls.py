"""Issue 12, point 5: control characters (a Word vertical tab) never break RSS/Atom."""

import xml.etree.ElementTree as ET

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from cchc.core.middleware import InputCleaningMiddleware

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.django_db
@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x01", "\x1b", "\x7f", "\ufffe"])
def test_feeds_stay_valid_with_control_characters(client, make_article, news_index, char):
    """A title, summary and author with a control character: both feeds answer 200 and parse."""
    article = make_article(f"Hội nghị{char}cải cách hành chính")
    type(article).objects.filter(pk=article.pk).update(
        summary=f"Tóm tắt{char} bài", author=f"Phòng{char}CCHC"
    )
    rss = client.get(news_index.url + "rss/")
    atom = client.get(news_index.url + "atom/")
    assert rss.status_code == 200 and atom.status_code == 200
    item = ET.fromstring(rss.content).find("channel/item")
    assert char not in item.find("title").text and "cải cách" in item.find("title").text
    entry = ET.fromstring(atom.content).find(f"{ATOM}entry")
    assert char not in entry.find(f"{ATOM}title").text


def test_form_input_is_cleaned_at_the_edge():
    """A form POST (as from the Wagtail editor) reaches the view without control characters."""
    seen = {}

    def view(request):
        seen["post"] = request.POST.copy()
        seen["get"] = request.GET.copy()
        return HttpResponse("ok")

    request = RequestFactory().post(
        "/quan-tri/pages/3/edit/?next=a%0bb",
        {"title": "Tiêu đề\x0bdòng hai\x01", "body": "a\tb\r\nc"},
    )
    response = InputCleaningMiddleware(view)(request)
    assert response.status_code == 200
    assert seen["post"]["title"] == "Tiêu đề\ndòng hai" and seen["post"]["body"] == "a\tb\r\nc"
    assert seen["get"]["next"] == "a\nb"
