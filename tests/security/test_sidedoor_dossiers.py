"""Side doors of dossiers (hồ sơ thủ tục hành chính).

* The public lookup by code (``/tra-cuu-ho-so/?ma=``) shows status and dated steps only:
  never the applicant's name, ID number, phone, e-mail or address, the subject, a file
  name or a note; it is never kept by a shared cache, and it is rate limited, so walking
  the serial codes stops after 30 tries a minute.
* The desk pages, the file download and the printed forms of the dossier answer 404 (or
  the sign-in page) to a citizen who is not the applicant and to an officer of another
  agency; the citizen's own "my filings" page shows nothing of someone else's dossier; the
  site search does not know the dossier at all.
"""

# ruff: noqa: F811  (the dossier fixtures are imported by name, then requested)
from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from cchc.dossiers import services
from tests.dossiers.conftest import (  # noqa: F401  (fixtures)
    _clear_cache,
    agencies,
    groups,
    pdf_file,
    procedure,
    receive,
    ruleset,
    users,
)
from tests.security.sidedoors import assert_absent, body_of

pytestmark = pytest.mark.django_db

NAME, CCCD, PHONE = "Trần Văn Bình Minh", "079203004567", "0987 111 222"
EMAIL, ADDRESS = "binhminh@example.com", "45 Hai Bà Trưng, phường Tân Định"
SUBJECT, FILE_NAME = "Xin phép xây nhà ba tầng", "can-cuoc-binh-minh.pdf"
NOTE = "Ghi chú nội bộ: hồ sơ của người quen"
SECRETS = [NAME, "Bình Minh", CCCD, PHONE, EMAIL, ADDRESS, SUBJECT, FILE_NAME, NOTE]


@pytest.fixture
def dossier(receive):
    return receive(
        applicant=services.Applicant(
            name=NAME, id_number=CCCD, phone=PHONE, email=EMAIL, address=ADDRESS
        ),
        subject=SUBJECT,
        note=NOTE,
        files=[pdf_file(FILE_NAME)],
    )


def _outsider(users, who: str) -> Client:
    client = Client()
    if who != "anonymous":
        client.force_login(users[who])
    return client


OUTSIDERS = ["anonymous", "citizen2", "desk_b", "handler_b"]


@pytest.mark.parametrize("who", OUTSIDERS)
def test_the_public_lookup_shows_no_personal_data(dossier, users, who):
    response = _outsider(users, who).get(f"/tra-cuu-ho-so/?ma={dossier.code}")
    body = assert_absent(response, SECRETS, where=f"lookup as {who}", statuses=(200,))
    assert dossier.code in body  # the status is there
    control = response["Cache-Control"]
    assert "private" in control and "no-store" in control


@pytest.mark.parametrize("who", OUTSIDERS)
def test_the_dossier_is_closed_to_outsiders_through_every_door(dossier, users, who):
    client = _outsider(users, who)
    attachment = dossier.attachments.first()
    doors = [
        reverse("dossiers:desk-detail", args=[dossier.pk]),
        reverse("dossiers:desk-download", args=[dossier.pk, attachment.pk]),
        reverse("dossiers:desk-print", args=[dossier.pk, "tiep-nhan"]),
        reverse("dossiers:desk-queue") + f"?q={dossier.code}",
        reverse("eservices:mine"),
        f"/tim-kiem/?q={dossier.code}",
        "/tim-kiem/?q=xin phep xay nha ba tang",
        "/sitemap.xml",
    ]
    for url in doors:
        assert_absent(client.get(url), SECRETS, where=f"{url} as {who}")
    detail = client.get(doors[0])
    assert detail.status_code in (302, 403, 404)


def test_walking_the_serial_codes_is_rate_limited(dossier, client, monkeypatch):
    """Codes are serial (agency-day-number): the 31st try of a minute gets 429 and no
    result, even for a code that exists."""
    from django_ratelimit import core

    # django-ratelimit counts in fixed one-minute windows: on a slow run the 31 tries could
    # straddle a window's end and start counting again (seen once on PostgreSQL). One window.
    monkeypatch.setattr(core, "_get_window", lambda value, period: 4_000_000_000)
    cache.clear()
    prefix = dossier.code.rsplit("-", 1)[0]
    for n in range(2, 32):
        client.get(f"/tra-cuu-ho-so/?ma={prefix}-{n:04d}")
    response = client.get(f"/tra-cuu-ho-so/?ma={dossier.code}")
    assert response.status_code == 429
    assert "Quá trình xử lý" not in body_of(response)
