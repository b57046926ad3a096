"""Issue 12, point 7: one bad e-mail never stops e-mail intake."""

import io
import mailbox

import pytest
from django.core.management import call_command

from cchc.feedback.inbound import UNDECODABLE_PREFIX, ingest_email
from cchc.feedback.models import Feedback


def _mail(n, *, charset="utf-8", body="Đường hỏng trước chợ.", cte="8bit", extra=""):
    return (
        f"From: Người gửi {n} <nguoi{n}@example.vn>\n"
        f"To: pakn@example.gov.vn\n"
        f"Subject: Phản ánh số {n}\n"
        f"Message-ID: <m{n}@example.vn>\n"
        f"MIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset={charset}\n"
        f"Content-Transfer-Encoding: {cte}\n{extra}\n"
        f"{body}\n"
    ).encode()


BAD_MAILS = {
    "unknown-charset": _mail(2, charset="x-no-such-charset"),
    "nul-in-body": _mail(3, body="Nội dung\x00 có NUL\x00."),
    "nul-in-subject": _mail(4).replace(b"Subject: Ph", b"Subject: \x00Ph"),
    "bad-base64": _mail(5, cte="base64", body="!!!not base64 at all@@@"),
    "unknown-charset-header": _mail(6).replace(
        b"Subject: Ph\xe1\xba\xa3n \xc3\xa1nh s\xe1\xbb\x91 6",
        b"Subject: =?x-no-such-charset?q?abc?=",
    ),
    "latin1-bytes-declared-utf8": _mail(7).replace(
        b"\xc4\x90\xc6\xb0\xe1\xbb\x9dng", b"\xe9\xe8\xff\xfe"
    ),
    "control-chars": _mail(8, body="Dòng\x0b một\x1b[0m\x07."),
    "unknown-cte": _mail(9, cte="x-uuencode-broken", body="begin 644 a\n`\nend"),
    "no-message-id": _mail(10, charset="x-no-such-charset").replace(
        b"Message-ID: <m10@example.vn>\n", b""
    ),
    "empty-body-bad-charset": _mail(11, charset="x-no-such-charset", body=""),
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(BAD_MAILS))
def test_each_bad_message_is_stored_or_skipped_never_raises(home_page, name):
    fb = ingest_email(BAD_MAILS[name])
    if fb is not None:
        fb.refresh_from_db()
        assert "\x00" not in fb.subject + fb.content


@pytest.mark.django_db
def test_unknown_charset_is_stored_for_an_officer(home_page):
    fb = ingest_email(BAD_MAILS["unknown-charset"])
    assert fb.subject.startswith(UNDECODABLE_PREFIX) and "Phản ánh số 2" in fb.subject
    assert "không giải mã được" in fb.content and "Đường hỏng" in fb.content
    assert fb.submitter_email == "nguoi2@example.vn" and fb.external_ref == "<m2@example.vn>"
    assert ingest_email(BAD_MAILS["unknown-charset"]).pk == fb.pk  # idempotent


@pytest.mark.django_db
def test_bad_messages_in_a_mailbox_do_not_block_the_good_ones(home_page, tmp_path):
    """An mbox with good, undecodable and NUL-carrying messages: every good one is stored."""
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(str(path))
    box.add(_mail(1))
    for raw in BAD_MAILS.values():
        box.add(raw)
    box.add(_mail(99))
    box.flush()
    box.close()
    out = io.StringIO()
    call_command("feedback_fetch_mail", "--mbox", str(path), stdout=out)
    refs = set(Feedback.objects.filter(channel="email").values_list("external_ref", flat=True))
    assert {"<m1@example.vn>", "<m99@example.vn>", "<m2@example.vn>", "<m3@example.vn>"} <= refs
    assert Feedback.objects.filter(subject__startswith=UNDECODABLE_PREFIX).exists()
    call_command("feedback_fetch_mail", "--mbox", str(path), stdout=io.StringIO())
    assert Feedback.objects.filter(channel="email").count() == len(refs)


@pytest.mark.postgres
@pytest.mark.django_db
def test_nul_mail_on_postgres(home_page):
    """PostgreSQL refuses NUL in text: the NUL is dropped before the insert."""
    fb = ingest_email(BAD_MAILS["nul-in-body"])
    assert fb is not None and "Nội dung có NUL." in fb.content
