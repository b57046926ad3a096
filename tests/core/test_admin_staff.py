"""The staff side of issue 11: CSP per path, day-first dates, folded slugs, a Vietnamese
admin and demo accounts that really sign in."""

import datetime as dt
import re
import unicodedata
from io import StringIO

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation

from cchc.core.slugs import FoldedSlugField, fold_slug, slug_formatters
from cchc.core.text import slugify_vi

TITLE = "Rút ngắn thời gian giải quyết hồ sơ đất đai tại Bộ phận Một cửa cấp huyện"
SLUG = "rut-ngan-thoi-gian-giai-quyet-ho-so-dat-dai-tai-bo-phan-mot-cua-cap-huyen"
TONE_TITLE = "Đường Hậu Giang: ưu tiên ơn nghĩa, ăn ở, âm điệu, êm ả, ô tô, Ỷ Lan, Ữ"
TONE_SLUG = "duong-hau-giang-uu-tien-on-nghia-an-o-am-dieu-em-a-o-to-y-lan-u"


# --- Dates ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["vi", "en"])
def test_day_first_dates_in_every_language(language):
    """02/12/2026 is 2 December in Vietnamese and in English mode alike."""
    with translation.override(language):
        assert forms.DateField().clean("02/12/2026") == dt.date(2026, 12, 2)
        assert forms.DateField().clean("2-12-2026") == dt.date(2026, 12, 2)
        assert forms.DateField().clean("2026-12-02") == dt.date(2026, 12, 2)
        moment = forms.DateTimeField().clean("02/12/2026 08:30")
        assert (moment.day, moment.month, moment.hour) == (2, 12, 8)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("text", ["12/31/2026", "31/02/2026", "2/12/26", "Dec 2 2026"])
def test_impossible_or_ambiguous_dates_are_refused(language, text):
    """Never reinterpreted month first: refused, with a message naming dd/mm/yyyy."""
    with translation.override(language), pytest.raises(forms.ValidationError) as error:
        forms.DateField().clean(text)
    if language == "vi":
        assert "ngày/tháng/năm" in error.value.messages[0]


def test_wagtail_date_widgets_show_day_first():
    from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

    with translation.override("vi"):
        assert 'value="02/12/2026"' in AdminDateInput().render("d", dt.date(2026, 12, 2))
        html = AdminDateTimeInput().render("d", dt.datetime(2026, 12, 2, 8, 30))
        assert 'value="02/12/2026 08:30"' in html
        assert '"format": "d/m/Y"' in AdminDateInput().render("d", None)


# --- Slugs ----------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_slug_folds_every_vietnamese_letter(form):
    assert slugify_vi(unicodedata.normalize(form, TITLE)) == SLUG
    assert slugify_vi(unicodedata.normalize(form, TONE_TITLE)) == TONE_SLUG


def _js_urlify(text: str) -> str:
    """Wagtail's client-side urlify (ASCII mode) with our formatters, in Python."""
    for pattern, replacement in slug_formatters():
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"[^-\w\s]", "", text.lower(), flags=re.ASCII)
    return re.sub(r"[-\s]+", "-", text).strip("-")


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_admin_slug_formatters_match_the_server_rule(form):
    """The regexes shipped to Wagtail's slug controller fold exactly like slugify_vi."""
    assert _js_urlify(unicodedata.normalize(form, TITLE)) == SLUG
    assert _js_urlify(unicodedata.normalize(form, TONE_TITLE)) == TONE_SLUG


def test_slug_form_field_folds_typed_unicode():
    assert FoldedSlugField().clean("đất-đai-hồ-sơ") == "dat-dai-ho-so"
    assert fold_slug("tin_tuc") == "tin_tuc"


def test_admin_forms_use_the_vietnamese_slug_input():
    from wagtail.admin.panels import get_edit_handler

    from cchc.news.models import ArticleCategory, ArticlePage

    for model in (ArticlePage, ArticleCategory):
        form_class = get_edit_handler(model).get_form_class()
        field = form_class.base_fields["slug"]
        assert isinstance(field, FoldedSlugField)
        assert "data-w-slug-formatters-value" in field.widget.attrs


@pytest.mark.django_db
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_page_saved_without_slug_gets_the_folded_title(news_index, form):
    from cchc.news.models import ArticlePage

    article = ArticlePage(
        title=unicodedata.normalize(form, TITLE), date=dt.date(2026, 12, 2), body="<p>x</p>"
    )
    news_index.add_child(instance=article)
    assert article.slug == SLUG


# --- CSP ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_csp_is_strict_on_public_pages_and_relaxed_only_in_the_admin(client, home_page):
    public = client.get("/")["Content-Security-Policy"]
    assert "'unsafe-inline'" not in public and "script-src 'self'" in public
    admin = client.get("/quan-tri/login/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in admin
    assert "'nonce-" not in admin and "unsafe-eval" not in admin
    assert "http" not in admin  # no external origin


# --- Vietnamese admin ------------------------------------------------------------------

ENGLISH = [
    "Sign in",
    "Save draft",
    "Request changes",
    "Page title",
    "Choose ",
    "Moderators approval",
    "has been updated",
    "Dashboard",
    "Documents",
    "Snippets",
    "Your most recent edits",
    "Awaiting your review",
    "Forgotten password",
    "Remember me",
    "Publish",
    "Schedule",
    "Preview",
    "Upload",
    "Workflow",
    "Explore",
    "Delete",
    "Sort by",
    "Search all pages",
    "Keyboard shortcuts",
    "Profile",
    "Notifications",
    "Edit this",
    "gravatar",
    "Actions",
    "Moderators",
    "Editors",
]
BUGS = ["Phê chuẩnvà", "nhậpcủa", "lại%(", ")scủa"]


def _visible(html: str) -> str:
    html = re.sub(r"(?s)<script.*?</script>|<style.*?</style>|<svg.*?</svg>", " ", html)
    attrs = " ".join(re.findall(r'(?:aria-label|title|placeholder|alt)="([^"]*)"', html))
    return re.sub(r"<[^>]+>", " ", html) + " " + attrs


@pytest.fixture
def admin_screens(news_index, make_article):
    article = make_article("Bài thử tiếng Việt")
    return [
        "/quan-tri/",
        "/quan-tri/pages/",
        f"/quan-tri/pages/{news_index.pk}/",
        f"/quan-tri/pages/{article.pk}/edit/",
        f"/quan-tri/pages/add/news/articlepage/{news_index.pk}/",
        "/quan-tri/snippets/news/articlecategory/",
        "/quan-tri/snippets/news/articlecategory/add/",
        "/quan-tri/images/",
        "/quan-tri/documents/",
        "/quan-tri/workflows/list/",
        "/quan-tri/reports/workflow/",
        "/quan-tri/account/",
    ]


@pytest.mark.django_db
def test_admin_screens_are_vietnamese(admin_screens):
    user = get_user_model().objects.create_superuser("quantri", "q@example.gov.vn", "x")
    login = Client().get("/quan-tri/login/").content.decode()
    found = [w for w in ENGLISH + BUGS if w in _visible(login)]
    assert not found, f"English on the login page: {found}"
    client = Client()
    client.force_login(user)
    problems = {}
    for url in admin_screens:
        response = client.get(url)
        assert response.status_code == 200, url
        found = [w for w in ENGLISH + BUGS if w in _visible(response.content.decode())]
        if found:
            problems[url] = found
    assert not problems, problems


@pytest.mark.django_db
def test_superuser_dashboard_calls_no_outside_server(news_index):
    """Wagtail's upgrade check fetches releases.wagtail.org from the browser: off."""
    user = get_user_model().objects.create_superuser("quantri", "q@example.gov.vn", "x")
    client = Client()
    client.force_login(user)
    response = client.get("/quan-tri/")
    assert response.status_code == 200
    assert "w-upgrade" not in response.content.decode()  # the controller that fetches it


@pytest.mark.django_db
def test_new_staff_account_prefers_vietnamese(db):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_user("moi", "moi@example.gov.vn", "x")
    assert UserProfile.get_for_user(user).preferred_language == "vi"


@pytest.mark.django_db
def test_default_workflow_is_named_in_vietnamese():
    from wagtail.models import Task, Workflow

    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()
    assert Workflow.objects.filter(name="Duyệt bài của Ban biên tập").exists()


# --- Demo accounts ---------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_every_printed_demo_account_signs_in_and_reaches_its_screen(settings, tmp_path):
    from django.core.management import call_command

    from cchc.portal.demo.accounts import ACCOUNTS, start_path

    settings.VAR_DIR = tmp_path
    settings.CCHC_DEMO_PASSWORDS = True
    call_command("load_demo_data", stdout=StringIO())
    out = StringIO()
    call_command("demo_accounts", stdout=out)
    printed = dict(re.findall(r"^  (\S+)\s+(\S+)\s", out.getvalue(), re.M))
    assert set(printed) == {a.username for a in ACCOUNTS}
    assert "demo-passwords.txt" in out.getvalue()
    for account in ACCOUNTS:
        client = Client()
        login = client.post(
            "/quan-tri/login/",
            {"username": account.username, "password": printed[account.username]},
        )
        assert login.status_code == 302, account.username
        response = client.get(start_path(account))
        assert response.status_code == 200, (account.username, response.status_code)
    # officers of two agencies see different cases
    sxd, snnmt = Client(), Client()
    sxd.post("/quan-tri/login/", {"username": "canbo_sxd", "password": printed["canbo_sxd"]})
    snnmt.post("/quan-tri/login/", {"username": "canbo_snnmt", "password": printed["canbo_snnmt"]})
    assert sxd.get("/can-bo/phan-anh/").content != snnmt.get("/can-bo/phan-anh/").content
