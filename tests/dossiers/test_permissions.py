"""Every role on every staff view and every action, including guessed IDs.

The expectations are written out here by hand (not derived from the workflow table), so a
change in who may act shows up as a failing test."""

import datetime as dt

import pytest
from django.urls import reverse

from cchc.core.calendar import get_work_calendar
from cchc.dossiers import services
from cchc.dossiers.actions import TABLE
from cchc.dossiers.models import DossierEvent

from .conftest import pdf_file

pytestmark = pytest.mark.django_db

USERS = [
    "anon",
    "citizen",
    "applicant",
    "nobody_staff",
    "desk",
    "handler",
    "leader",
    "desk_b",
    "handler_b",
    "leader_b",
    "admin",
    "superuser",
]
ALL_STAFF_A = {"desk", "handler", "leader", "admin", "superuser"}

EXPECTED = {
    "accept": {"desk", "admin", "superuser"},
    "request_supplement": {"desk", "handler", "leader", "admin", "superuser"},
    "supplement_received": {"desk", "handler", "leader", "admin", "superuser"},
    "refuse_receipt": {"desk", "admin", "superuser"},
    "assign": {"leader", "admin", "superuser"},
    "assess": {"handler", "leader", "admin", "superuser"},
    "consult": {"handler", "leader", "admin", "superuser"},
    "leg_complete": {"desk_b", "handler_b", "leader_b", "admin", "superuser"},
    "approve": {"leader", "admin", "superuser"},
    "refuse": {"leader", "admin", "superuser"},
    "result_ready": {"handler", "leader", "admin", "superuser"},
    "return": {"desk", "admin", "superuser"},
    "close": {"desk", "admin", "superuser"},
    "withdraw": {"desk", "admin", "superuser"},
    "apologize": {"desk", "handler", "leader", "admin", "superuser"},
}


@pytest.fixture
def staged(receive, users, agencies):
    root = users["superuser"]

    def stage(verb):
        d = receive(channel="online", applicant_user=users["citizen"], files=[pdf_file()])
        if verb in ("accept", "request_supplement", "refuse_receipt"):
            return d
        if verb == "supplement_received":
            return services.dossier_request_supplement(dossier=d, actor=root, missing="Thiếu")
        d = services.dossier_accept(dossier=d, actor=root)
        if verb in ("assign", "withdraw", "apologize"):
            return d
        d = services.dossier_assign(dossier=d, actor=root, officer=users["handler"])
        if verb in ("assess", "consult"):
            return d
        if verb == "leg_complete":
            services.dossier_consult(
                dossier=d, actor=root, to_agency=agencies["b"], days=3, task="Ý kiến"
            )
            return d
        d = services.dossier_assess(dossier=d, actor=root, note="ok")
        if verb in ("approve", "refuse"):
            return d
        d = services.dossier_approve(dossier=d, actor=root)
        if verb == "result_ready":
            return d
        d = services.dossier_result_ready(dossier=d, actor=root)
        if verb == "return":
            return d
        return services.dossier_return(dossier=d, actor=root)

    return stage


def form_data(verb, d, users, agencies):
    cal = get_work_calendar()
    new_date = cal.add_working_days(d.deadline, 2) if d.deadline else dt.date(2030, 1, 2)
    data = {
        "request_supplement": {"missing": "Thiếu bản vẽ"},
        "refuse_receipt": {"reason": "Sai thẩm quyền"},
        "assign": {"officer": users["handler"].pk},
        "assess": {"note": "Đủ điều kiện"},
        "consult": {
            "kind": "transfer",
            "to_agency": agencies["b"].pk,
            "days": 2,
            "task": "Cho ý kiến",
        },
        "leg_complete": {"leg": d.legs.first().pk if d.legs.exists() else 0, "reply": "Đồng ý"},
        "refuse": {"reason": "Không đủ điều kiện"},
        "return": {"delivery": "desk"},
        "withdraw": {"reason": "Rút theo đề nghị"},
        "apologize": {"reason": "Chờ ý kiến", "new_date": new_date.strftime("%d/%m/%Y")},
    }.get(verb, {})
    return {f"{verb}-{k}": v for k, v in data.items()}


def login(client, users, name):
    if name == "anon":
        return
    client.force_login(users["citizen" if name == "applicant" else name])


def test_the_table_covers_every_verb():
    assert set(TABLE.verbs) == set(EXPECTED)


@pytest.mark.parametrize("verb", sorted(EXPECTED))
def test_every_role_on_every_action(verb, staged, users, agencies, client):
    for name in USERS:
        d = staged(verb)
        client.logout()
        login(client, users, name)
        url = reverse("dossiers:desk-action", args=[d.pk, verb])
        response = client.post(url, form_data(verb, d, users, agencies))
        done = DossierEvent.objects.filter(dossier=d, action=verb).exists()
        if name in EXPECTED[verb]:
            assert response.status_code == 302, (verb, name, response.status_code)
            assert done, (verb, name, [str(m) for m in response.wsgi_request._messages])
        else:
            assert response.status_code in (302, 403, 404), (verb, name)
            if response.status_code == 302:
                assert "/dang-nhap" in response.url or "login" in response.url or name == "anon", (
                    verb,
                    name,
                )
            assert not done, (verb, name)


def test_every_role_on_every_view(staged, users, client):
    d = staged("assess")
    att = d.attachments.first()
    urls = {
        "queue": reverse("dossiers:desk-queue"),
        "receive": reverse("dossiers:desk-receive"),
        "stats": reverse("dossiers:desk-stats"),
        "detail": reverse("dossiers:desk-detail", args=[d.pk]),
        "download": reverse("dossiers:desk-download", args=[d.pk, att.pk]),
        "guessed_detail": reverse("dossiers:desk-detail", args=[d.pk + 1000]),
        "guessed_download": reverse("dossiers:desk-download", args=[d.pk, att.pk + 1000]),
        "other_dossier_file": None,
    }
    other = staged("accept")
    urls["other_dossier_file"] = reverse(
        "dossiers:desk-download", args=[d.pk, other.attachments.first().pk]
    )
    may_open_screens = {
        "desk",
        "handler",
        "leader",
        "desk_b",
        "handler_b",
        "leader_b",
        "admin",
        "superuser",
    }
    may_receive = {"desk", "desk_b"}
    no_agency = {"admin", "superuser"}  # may receive, but only at an agency's desk: sent back
    for name in USERS:
        client.logout()
        login(client, users, name)
        for key, url in urls.items():
            status = client.get(url).status_code
            if name == "anon":
                expected = 302
            elif name not in may_open_screens:
                expected = 403
            elif key in ("queue", "stats"):
                expected = 200
            elif key == "receive":
                expected = 200 if name in may_receive else 302 if name in no_agency else 403
            elif key in ("detail", "download"):
                expected = 200 if name in ALL_STAFF_A else 404
            else:
                expected = 404
            assert status == expected, (name, key, status)


def test_queue_shows_only_own_agency(staged, users, client):
    d = staged("assess")
    client.force_login(users["handler_b"])
    assert d.code not in client.get(reverse("dossiers:desk-queue")).content.decode()
    client.force_login(users["handler"])
    assert d.code in client.get(reverse("dossiers:desk-queue")).content.decode()


def test_download_is_logged(staged, users, client):
    from cchc.core.models import AuditEvent

    d = staged("assess")
    att = d.attachments.first()
    client.force_login(users["handler"])
    response = client.get(reverse("dossiers:desk-download", args=[d.pk, att.pk]))
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "no-store" in response["Cache-Control"]
    row = AuditEvent.objects.get(action="cchc.dossiers.attachment.download")
    assert row.actor == users["handler"] and row.object_id == str(att.pk)
