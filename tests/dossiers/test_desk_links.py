"""The desk screen links to the TT 01/2018 forms and to the fee screen, each shown to whom
may use it; the procedure page offers online filing when the procedure is online."""

import pytest
from django.core.cache import cache
from django.test import Client

from cchc.dossiers import services

pytestmark = pytest.mark.django_db


def as_user(user):
    c = Client()
    c.force_login(user)
    return c


def test_desk_detail_links_to_the_forms_and_the_fee(receive, users):
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    html = as_user(users["desk"]).get(f"/mot-cua/ho-so/{d.pk}/").content.decode()
    assert f'href="/mot-cua/ho-so/{d.pk}/in/tiep-nhan/"' in html
    assert f'href="/mot-cua/ho-so/{d.pk}/in/kiem-soat/"' in html
    assert f'href="/mot-cua/ho-so/{d.pk}/in/tu-choi/"' not in html  # not refused
    assert f'href="/mot-cua/thu-phi/{d.pk}/"' in html
    # each link works for the desk
    desk = as_user(users["desk"])
    r = desk.get(f"/mot-cua/ho-so/{d.pk}/in/tiep-nhan/")
    assert r.status_code == 200
    assert r["Content-Type"] == "application/pdf"
    assert desk.get(f"/mot-cua/thu-phi/{d.pk}/").status_code == 200


def test_handler_prints_but_does_not_take_fees(receive, users):
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    handler = as_user(users["handler"])
    html = handler.get(f"/mot-cua/ho-so/{d.pk}/").content.decode()
    assert f'href="/mot-cua/ho-so/{d.pk}/in/kiem-soat/"' in html
    assert f'href="/mot-cua/thu-phi/{d.pk}/"' not in html
    assert handler.get(f"/mot-cua/thu-phi/{d.pk}/").status_code == 403
    r = handler.post(f"/mot-cua/thu-phi/{d.pk}/", {"amount": "1000", "method": "cash"})
    assert r.status_code == 403
    assert not d.payments.exists()


def test_other_agency_sees_neither(receive, users):
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    other = as_user(users["desk_b"])
    assert other.get(f"/mot-cua/ho-so/{d.pk}/in/tiep-nhan/").status_code == 404
    assert other.get(f"/mot-cua/thu-phi/{d.pk}/").status_code == 404


def test_procedure_page_offers_online_filing_only_when_online(client, procedure):
    url = f"/thu-tuc-hanh-chinh/{procedure.code}/"
    filing = f'href="/dich-vu-cong/{procedure.code}/"'
    r = client.get(url)
    assert r.status_code == 200
    assert filing not in r.content.decode()
    for level in ("partial", "full"):
        procedure.online_level = level
        procedure.save(update_fields=["online_level"])
        cache.clear()  # the public page is cached
        html = client.get(url).content.decode()
        assert filing in html and "Nộp hồ sơ trực tuyến" in html


def test_demo_catalogue_has_online_procedures():
    from cchc.procedures.demo import PROCEDURES

    assert {row[10] for row in PROCEDURES} >= {"full", "partial"}
