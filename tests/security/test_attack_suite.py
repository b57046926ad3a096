"""Issue 12, point 16: the attack classes of the issue replayed against every public form
and API. Forms are not listed by hand: each public page is fetched and its ``<form>``s
parsed (action, method, field names), so a new field or form is attacked too. POSTs go
with the page's own CSRF token and CSRF checks on. Every answer must be < 500; no HTML
answer may contain an attack payload unescaped; JSON must parse. The counts are printed
(``-s``) for docs/security.md.

Classes: reflected and stored XSS, SQL and full-text-search syntax, NUL and control
characters, oversized values and bodies, malformed bodies and wrong content types, ID
guessing across roles (anonymous, citizen account, officers of two agencies, coordinator).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

import pytest
from django.core.cache import cache
from django.test import Client

from tests.feedback.conftest import flow_to

XSS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)"]
RAW_MARKERS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]
PAYLOADS = {
    "xss": XSS,
    "sql": ["' OR 1=1 --", "1; DROP TABLE feedback_feedback; --", "') UNION SELECT 1,2,3--"],
    "fts": ['"unterminated', "a AND (b OR", "*", "-", "NEAR(a b)", "title:x", "a & | ! b", "%_%"],
    "nul": ["a\x00b", "\x00"],
    "control": ["tiêu\x0bđề", "\x1b[31m", "\x7f\x08", "\u202etxt.exe", "\ufeff\ufffe"],
    "oversized": ["x" * 20_000, "đ" * 5_000],
    "numbers": ["-1", "0", "99999999999999999999999", "1e309", "NaN", "0x1f"],
    "dates": ["0001-01-01", "9999-12-31", "31/02/2022", "2022-13-45T25:61:61"],
    "unicode": ["Nguyễn Văn Bình", "Nguye\u0302\u0303n", "𝕏" * 10],
}
ALL_VALUES = [(cls, v) for cls, values in PAYLOADS.items() for v in values]
COUNTS = {"requests": 0, "server_errors": 0, "reflected": 0}


class FormParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._current = {
                "action": a.get("action") or "",
                "method": (a.get("method") or "get").lower(),
                "fields": {},
            }
            self.forms.append(self._current)
        elif self._current is not None and tag in ("input", "select", "textarea"):
            name = a.get("name")
            if name and a.get("type") not in ("submit", "button", "file"):
                self._current["fields"][name] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def forms_of(html: str, page_path: str) -> list[dict]:
    parser = FormParser()
    parser.feed(html)
    for form in parser.forms:
        form["action"] = urlsplit(form["action"]).path or page_path
    return parser.forms


def check(response, *, where: str):
    COUNTS["requests"] += 1
    if response.status_code >= 500:
        COUNTS["server_errors"] += 1
    assert response.status_code < 500, where
    ctype = response.get("Content-Type", "")
    if getattr(response, "streaming", False):
        return
    body = response.content.decode("utf-8", "replace")
    if ctype.startswith("text/html"):
        for marker in RAW_MARKERS:
            if marker in body:
                COUNTS["reflected"] += 1
            assert marker not in body, f"unescaped {marker!r} at {where}"
    elif ctype.startswith("application/json"):
        json.loads(body)


@pytest.fixture
def site(db, home_page, make_article, users, agencies, make_feedback):
    from cchc.feedback.models import Feedback

    cache.clear()
    make_article("Cải cách hành chính <b>năm</b> 2022")
    stored = make_feedback(
        subject="<script>alert(1)</script> ổ gà đường Lê Lợi",
        content='Nội dung "><img src=x onerror=alert(1)> và \x0b ký tự lạ',
        submitter_name="<script>alert(1)</script>",
        submitter_address='"><img src=x onerror=alert(1)>',
        location_text="<script>alert(1)</script>",
    )
    published = flow_to(stored, "published", users, agencies)
    other = make_feedback(subject="Phản ánh của Sở khác", category=None)
    return {"published": published, "other": other, "all": list(Feedback.objects.all())}


PUBLIC_PAGES = [
    "/",
    "/tin-tuc/",
    "/van-ban/",
    "/thu-tuc-hanh-chinh/",
    "/danh-ba/",
    "/phan-anh-kien-nghi/",
    "/phan-anh-kien-nghi/gui/",
    "/phan-anh-kien-nghi/tra-cuu/",
    "/phan-anh-kien-nghi/thong-ke/",
    "/tim-kiem/",
    "/lien-he/",
]
API_PARAMS = {
    "/tim-kiem/goi-y/": ["q"],
    "/api/v1/danh-ba/": ["q", "status"],
    "/open311/v2/requests.json": [
        "service_code",
        "status",
        "start_date",
        "end_date",
        "service_request_id",
    ],
    "/open311/v2/requests.xml": ["service_code", "status", "start_date", "end_date"],
    "/open311/v2/services.json": ["jurisdiction_id"],
    "/tin-tuc/rss/": ["q"],
}


def _discover(client) -> list[tuple[str, str, dict]]:
    found = {}
    for path in PUBLIC_PAGES:
        response = client.get(path)
        check(response, where=f"GET {path}")
        if response.status_code != 200:
            continue
        for form in forms_of(response.content.decode(), path):
            if form["action"].startswith("/i18n/"):
                continue
            key = (form["method"], form["action"])
            found.setdefault(key, {}).update(form["fields"])
    return [(m, a, f) for (m, a), f in found.items()]


@pytest.mark.django_db
def test_every_public_form_and_api_survives_the_payloads(site):
    client = Client(enforce_csrf_checks=True)
    forms = _discover(client)
    actions = {(m, a) for m, a, _ in forms}
    # the forms we know must have been found (the parser works)
    assert ("get", "/tim-kiem/") in actions
    assert ("post", "/phan-anh-kien-nghi/gui/") in actions
    assert ("post", "/phan-anh-kien-nghi/tra-cuu/") in actions
    for method, action, fields in forms:
        token = None
        if method == "post":  # the CSRF token stays valid: fetch it once per form
            page = client.get(action)
            found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
            token = found.group(1) if found else None
        for name in fields:
            if name == "csrfmiddlewaretoken":
                continue
            for cls, value in ALL_VALUES:
                data = {**fields, name: value}
                where = f"{method.upper()} {action} {name}={cls}"
                if method == "get":
                    check(client.get(action, data), where=where)
                else:
                    cache.clear()  # past the rate limit the payload would not reach the form
                    if token:
                        data["csrfmiddlewaretoken"] = token
                    check(client.post(action, data), where=where)
    for path, names in API_PARAMS.items():
        for name in names:
            for cls, value in ALL_VALUES:
                check(client.get(path, {name: value}), where=f"GET {path} {name}={cls}")
    # parameters nobody expects, and NUL/controls in the path itself
    for path in PUBLIC_PAGES:
        check(client.get(path, {"<script>": "x", "q[]": "1", "page": "-1"}), where=path)
    for bad in [
        "/van-ban/%00/",
        "/danh-ba/%0b/",
        "/tin-tuc/%3Cscript%3E/",
        "/phan-anh-kien-nghi/%27%20OR%201=1/",
        "/open311/v2/requests/%00.json",
        "/api/v1/danh-ba/%00/",
        "/" + "a" * 5000 + "/",
    ]:
        check(client.get(bad), where=bad)
    print(f"\nattack suite (forms): {len(forms)} forms found, counts so far {COUNTS}")


@pytest.mark.django_db
def test_stored_payloads_are_escaped_everywhere(site, users):
    published = site["published"]
    client = Client()
    pages = [
        published.get_absolute_url()
        if hasattr(published, "get_absolute_url")
        else f"/phan-anh-kien-nghi/{published.code}/",
        "/phan-anh-kien-nghi/",
        f"/tim-kiem/?q={published.code}",
        "/tim-kiem/?q=ổ gà",
        "/open311/v2/requests.json?status=open,closed&start_date=2000-01-01T00:00:00",
        "/open311/v2/requests.xml",
        f"/open311/v2/requests/{published.code}.json",
    ]
    for path in pages:
        response = client.get(path)
        check(response, where=path)
        if "json" in response.get("Content-Type", ""):
            text = response.content.decode()
            # the submitter's name, home address and location text never leave
            assert "onerror" not in text or "Nội dung" in text
    officer = Client()
    officer.force_login(users["coordinator"])
    for path in [
        f"/can-bo/phan-anh/{published.pk}/",
        "/can-bo/phan-anh/",
        "/can-bo/phan-anh/kiem-duyet/",
    ]:
        check(officer.get(path), where=path)


@pytest.mark.django_db
def test_malformed_bodies_and_wrong_content_types(site):
    client = Client()
    targets = [
        "/phan-anh-kien-nghi/gui/",
        "/phan-anh-kien-nghi/tra-cuu/",
        "/lien-he/",
        "/open311/v2/requests.json",
        "/phan-anh-kien-nghi/webhook/zalo/",
        "/phan-anh-kien-nghi/webhook/facebook/",
        "/tim-kiem/",
        "/api/v1/luot-truy-cap/",
    ]
    bodies = [
        ("application/json", b'{"subject": "<script>alert(1)</script>"}'),
        ("application/json", b"[1, 2"),
        ("text/plain", b"subject=x&content=y"),
        ("application/x-www-form-urlencoded", b"subject=%FF%FE%00&content=\xff\xfe"),
        ("application/x-www-form-urlencoded", b"a=" + b"%" * 1000),
        ("multipart/form-data", b"--x\r\nbroken"),
        ("multipart/form-data; boundary=zz", b"--zz\r\nContent-Disposition: form-data\r\n\r\n"),
        (
            "multipart/form-data; boundary=zz",
            b"--zz\r\nContent-Disposition: form-data; "
            b'name="files"; filename="../../etc/passwd\x00.png"\r\n\r\nGIF89a\r\n--zz--\r\n',
        ),
        (
            "application/xml",
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM '
            b'"file:///etc/passwd">]><x>&e;</x>',
        ),
        ("", b""),
    ]
    for path in targets:
        for ctype, body in bodies:
            cache.clear()
            check(
                client.generic("POST", path, body, content_type=ctype), where=f"POST {path} {ctype}"
            )
        for method in ("PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"):
            check(client.generic(method, path), where=f"{method} {path}")


@pytest.mark.django_db
def test_oversized_body_is_refused_cleanly(site, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    client = Client()
    body = urlencode({"subject": "x", "content": "y" * (2 * 1024 * 1024)})
    response = client.generic(
        "POST",
        "/phan-anh-kien-nghi/tra-cuu/",
        body.encode(),
        content_type="application/x-www-form-urlencoded",
    )
    check(response, where="oversized")
    assert response.status_code == 413  # Django's RequestDataTooBig, before the view


@pytest.mark.django_db
def test_id_guessing_across_roles(site, users):
    """Every case × every identity × every back-office URL: only the coordinator and the
    officer of the case's agency get in. Refused: anonymous → the login page (302); signed
    in without a back-office role → 403; a back-office user, whose case it is not (or no
    such case) → 404, so an id is not confirmed to exist."""
    from cchc.feedback import permissions

    def refused_status(user):
        if user is None:
            return 302
        return 404 if permissions.is_back_office_user(user) else 403

    identities = {"anonymous": None, **users}
    cases = site["all"]
    max_pk = max(fb.pk for fb in cases)
    for name, user in identities.items():
        client = Client()
        if user is not None:
            client.force_login(user)
        for pk in [*(fb.pk for fb in cases), max_pk + 1, max_pk + 1000, 0]:
            fb = next((f for f in cases if f.pk == pk), None)
            for url in [f"/can-bo/phan-anh/{pk}/", f"/can-bo/phan-anh/{pk}/tep/1/"]:
                response = client.get(url)
                check(response, where=f"{name} {url}")
                allowed = user is not None and fb is not None and permissions.can_view(user, fb)
                if not allowed:
                    assert response.status_code == refused_status(user), f"{name} {url}"
                elif url == f"/can-bo/phan-anh/{pk}/":
                    assert response.status_code == 200, f"{name} {url}"
                    COUNTS.setdefault("allowed_views", 0)
                    COUNTS["allowed_views"] += 1
            response = client.post(f"/can-bo/phan-anh/{pk}/tu-choi/", {"reason": "spam"})
            check(response, where=f"{name} POST reject {pk}")
    print(f"\nattack suite totals: {COUNTS}")
