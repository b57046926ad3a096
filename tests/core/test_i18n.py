"""Language selection and the English catalogue.

Vietnamese is the default for every reader, whatever the browser's Accept-Language says;
English only after the reader presses "English" (Django's set_language view, cookie).
"""

import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

PO_PATH = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")


def _html_lang(html: str) -> str:
    match = re.search(r'<html lang="([^"]+)"', html)
    assert match, "no <html lang> attribute"
    return match.group(1)


@pytest.mark.django_db
def test_vietnamese_is_default_even_with_english_browser(client, home_page):
    """A phone set to English (Accept-Language: en-US) still gets the Vietnamese site."""
    response = client.get("/", headers={"Accept-Language": "en-US,en;q=0.9"})
    html = response.content.decode()
    assert response.status_code == 200
    assert _html_lang(html) == "vi"
    assert "Đang online" in html
    assert "Online now" not in html
    assert response["Content-Language"] == "vi"
    assert "Cookie" in response["Vary"]


@pytest.mark.django_db
def test_header_has_language_switch_form(client, home_page):
    """The header carries a POST form to /i18n/setlang/ with two lang-tagged buttons,
    the current language marked aria-pressed, and the current page as ``next``."""
    html = client.get("/?trang=2").content.decode()
    form = re.search(
        r'<form class="lang-switch" action="([^"]+)" method="post">(.*?)</form>', html, re.S
    )
    assert form, "language switch form missing"
    assert form.group(1) == "/i18n/setlang/"
    body = form.group(2)
    # no CSRF token: it would make every page uncacheable; switching language is harmless
    assert "csrfmiddlewaretoken" not in body
    assert 'name="next" value="/?trang=2"' in body
    assert re.search(r'value="vi" lang="vi" aria-pressed="true">Tiếng Việt<', body)
    assert re.search(r'value="en" lang="en" aria-pressed="false">English<', body)
    assert "style=" not in body and "onclick" not in body


@pytest.mark.django_db
def test_switch_to_english_and_back(home_page):
    """POST language=en (CSRF checks on, the form carries no token) → redirect to ``next``;
    the home page is then English ("Online now", <html lang="en">); language=vi switches back."""
    client = Client(enforce_csrf_checks=True)
    html = client.get("/").content.decode()
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"

    response = client.get("/", headers={"Accept-Language": "vi"})
    html = response.content.decode()
    assert _html_lang(html) == "en"
    assert "Online now" in html
    assert "Đang online" not in html
    assert response["Content-Language"] == "en"
    assert re.search(r'value="en" lang="en" aria-pressed="true">English<', html)

    response = client.post("/i18n/setlang/", {"language": "vi", "next": "/"})
    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert _html_lang(html) == "vi"
    assert "Đang online" in html


@pytest.mark.django_db
def test_setlang_rejects_foreign_next(client, home_page):
    """``next`` pointing at another site is ignored (no open redirect)."""
    response = client.post("/i18n/setlang/", {"language": "en", "next": "https://evil.example/"})
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["fr", "en-US", "", "EN", "vi'><script>"])
def test_invalid_language_keeps_vietnamese(client, home_page, value):
    """An unknown language, whether posted or forged in the cookie, leaves Vietnamese."""
    client.post("/i18n/setlang/", {"language": value, "next": "/"})
    html = client.get("/").content.decode()
    assert _html_lang(html) == "vi"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = value
    response = client.get("/")
    html = response.content.decode()
    assert _html_lang(html) == "vi"
    assert "Đang online" in html
    assert response["Content-Language"] == "vi"


@pytest.mark.django_db
def test_admin_keeps_editor_language_preference(client, django_user_model):
    """The Wagtail admin follows the editor's own preference, not the public cookie."""
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("bientap", "bt@example.com", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
    html = client.get(f"/{settings.CCHC_ADMIN_PATH}/").content.decode()
    assert _html_lang(html) == "en"

    profile.preferred_language = "vi"
    profile.save()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(f"/{settings.CCHC_ADMIN_PATH}/").content.decode()
    assert _html_lang(html) == "vi"


def _po_entries(text: str):
    """(msgid, [msgstr...]) pairs of a .po file; continuation lines joined."""
    entries = []
    for block in text.split("\n\n"):
        fields: dict[str, str] = {}
        key = None
        for line in block.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            match = re.match(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) \"(.*)\"$", line)
            if match:
                key = match.group(1)
                fields[key] = match.group(2)
            else:
                assert key and line.startswith('"'), line
                fields[key] += line.strip()[1:-1]
        if "msgid" in fields:
            strs = [v for k, v in fields.items() if k.startswith("msgstr")]
            fuzzy = "#, fuzzy" in block or re.search(r"^#,.*\bfuzzy\b", block, re.M) is not None
            entries.append((fields["msgid"], strs, fuzzy))
    return entries


def test_english_catalogue_is_complete():
    """Every msgid has a non-empty English msgstr (only the header has an empty msgid),
    nothing is left fuzzy, and the committed .mo carries the same translations."""
    entries = _po_entries(PO_PATH.read_text(encoding="utf-8"))
    assert len(entries) > 300
    header = [e for e in entries if e[0] == ""]
    assert len(header) == 1
    empty = [msgid for msgid, strs, _ in entries if msgid and (not strs or not all(strs))]
    assert empty == []
    fuzzy = [msgid for msgid, _, is_fuzzy in entries if is_fuzzy]
    assert fuzzy == []
    with MO_PATH.open("rb") as fh:
        catalogue = gettext.GNUTranslations(fh)
    stale = [
        msgid
        for msgid, strs, _ in entries
        if msgid and "\\" not in msgid and len(strs) == 1 and catalogue.gettext(msgid) != strs[0]
    ]
    assert stale == [], "django.mo is out of date: run manage.py compilemessages"


def test_date_and_number_filters_follow_language():
    """Long dates and thousands separators are Vietnamese by default, English when chosen."""
    import datetime as dt

    from django.utils import translation

    from cchc.portal.templatetags.portal_tags import vi_date_long, vi_number

    day = dt.date(2022, 3, 29)
    with translation.override("vi"):
        assert vi_date_long(day) == "ngày 29 tháng 3 năm 2022"
        assert vi_number(1234567) == "1.234.567"
    with translation.override("en"):
        assert vi_date_long(day) == "29 March 2022"
        assert vi_number(1234567) == "1,234,567"


def test_framework_blank_choice_is_vietnamese(db):
    """Django 6.1's "- Select an option -" has no Vietnamese in Django: the project supplies it."""
    from django.db.models.fields import BLANK_CHOICE_LABEL
    from django.utils import translation

    with translation.override("vi"):
        assert str(BLANK_CHOICE_LABEL) == "— Chọn —"
