"""Issue 12 points 11 and 12 on the feedback form: storage failures keep the citizen's input
and leave nothing half-saved; orphan files are cleaned up; deep upload checks are wired in."""

import datetime as dt
import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from cchc.core.models import AuditEvent
from cchc.feedback import orphans
from cchc.feedback.models import Feedback, FeedbackAttachment, FeedbackEvent, Notification
from cchc.feedback.tracking import allocate_code

from .test_views_public import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def storage():
    return FeedbackAttachment._meta.get_field("file").storage


@pytest.fixture
def disk_full_after(storage, monkeypatch):
    """The storage writes ``n`` files, then raises ENOSPC; returns the names written."""
    written = []

    def arm(n):
        real = storage._save

        def save(name, content):
            if len(written) >= n:
                raise OSError(28, "No space left on device")
            saved = real(name, content)
            written.append(saved)
            return saved

        monkeypatch.setattr(storage, "_save", save)
        return written

    return arm


def _jpeg(name="anh.jpg", exif=True):
    im = Image.new("RGB", (40, 30), (10, 120, 10))
    ex = Image.Exif()
    ex[0x010F] = "PhoneMaker"
    ex.get_ifd(0x8825).update({1: "N", 2: (10.0, 45.0, 30.0)})
    out = io.BytesIO()
    im.save(out, "JPEG", exif=ex.tobytes() if exif else b"")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


@pytest.mark.parametrize("written_before_failure", [0, 1, 2])
def test_disk_full_keeps_input_and_saves_nothing(
    client, home_page, category, disk_full_after, storage, written_before_failure, caplog
):
    written = disk_full_after(written_before_failure)
    data = {**form_data(category), "attachments": [_jpeg("a.jpg"), _jpeg("b.jpg"), _jpeg("c.jpg")]}
    response = client.post(reverse("feedback:submit"), data)
    html = response.content.decode()
    assert response.status_code == 503
    assert "không lưu được tệp đính kèm" in html and "chọn lại tệp" in html
    # everything typed is still there
    for value in ("Nguyễn Thị Hoa", "12 Lê Lợi, phường 1", "0912345678", "hoa.nguyen@example.com"):
        assert value in html
    assert "Chậm cấp giấy phép xây dựng" in html and "Hồ sơ của tôi đã quá hạn 15 ngày" in html
    # nothing half-saved: no case, no rows, no notification, files written are gone
    assert Feedback.objects.count() == 0
    assert FeedbackAttachment.objects.count() == 0
    assert FeedbackEvent.objects.count() == 0 and Notification.objects.count() == 0
    assert not AuditEvent.objects.filter(action__startswith="cchc.feedback").exists()
    assert len(written) == written_before_failure
    assert not any(storage.exists(name) for name in written)
    assert "attachment storage failed" in caplog.text


def test_no_code_consumed_by_a_failed_submission(
    client, home_page, category, disk_full_after, monkeypatch
):
    """The next successful case gets the number the failed one would have had."""
    from django.db import transaction

    with transaction.atomic():
        expected = allocate_code(timezone.localdate().year)
        transaction.set_rollback(True)
    disk_full_after(0)
    client.post(reverse("feedback:submit"), {**form_data(category), "attachments": [_jpeg()]})
    monkeypatch.undo()
    response = client.post(
        reverse("feedback:submit"), {**form_data(category), "attachments": [_jpeg()]}
    )
    assert response.status_code == 302
    assert Feedback.objects.get().code == expected


def test_messages_in_english_when_chosen(client, home_page, category, disk_full_after):
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    bad = SimpleUploadedFile("hong.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    response = client.post(
        reverse("feedback:submit"), {**form_data(category), "attachments": [bad]}
    )
    assert "“hong.png” is not a valid picture" in response.content.decode()
    disk_full_after(0)
    response = client.post(
        reverse("feedback:submit"), {**form_data(category), "attachments": [_jpeg()]}
    )
    assert response.status_code == 503
    assert "could not be stored just now" in response.content.decode()


def test_stored_photo_has_no_exif(client, home_page, category, storage):
    upload = _jpeg()
    assert b"PhoneMaker" in upload.read()
    upload.seek(0)
    response = client.post(
        reverse("feedback:submit"), {**form_data(category), "attachments": [upload]}
    )
    assert response.status_code == 302
    att = Feedback.objects.get().attachments.get()
    with storage.open(att.file.name) as fh:
        stored = fh.read()
    assert b"PhoneMaker" not in stored and not Image.open(io.BytesIO(stored)).getexif()
    assert att.size == len(stored) and att.content_type == "image/jpeg"


def test_pdf_with_javascript_refused_by_the_form(client, home_page, category):
    from pypdf import PdfWriter
    from pypdf.actions import JavaScript

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.add_open_action(JavaScript("app.alert(1)"))
    out = io.BytesIO()
    writer.write(out)
    pdf = SimpleUploadedFile("don.pdf", out.getvalue(), content_type="application/pdf")
    response = client.post(
        reverse("feedback:submit"), {**form_data(category), "attachments": [pdf]}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "chứa mã JavaScript" in html and "don.pdf" in html
    assert "Chậm cấp giấy phép xây dựng" in html
    assert Feedback.objects.count() == 0


def test_bomb_image_refused_by_the_form(client, home_page, category):
    import struct
    import zlib

    def chunk(kind, body):
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 50_000, 50_000, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )
    upload = SimpleUploadedFile("bom.png", png, content_type="image/png")
    response = client.post(
        reverse("feedback:submit"), {**form_data(category), "attachments": [upload]}
    )
    assert response.status_code == 400
    assert "quá lớn" in response.content.decode()
    assert Feedback.objects.count() == 0


# --- orphans ------------------------------------------------------------------------------


def _later(monkeypatch, hours):
    real = timezone.now
    monkeypatch.setattr(orphans.timezone, "now", lambda: real() + dt.timedelta(hours=hours))


def test_cleanup_lists_then_deletes_only_old_orphans(storage, monkeypatch, make_feedback, png_file):
    fb = make_feedback()
    kept = FeedbackAttachment(feedback=fb, content_type="image/png", size=1)
    kept.file.save("upload.png", ContentFile(b"x"), save=True)
    orphan = storage.save("feedback/2026/12/orphan-test.png", ContentFile(b"y" * 10))

    out = io.StringIO()
    call_command("feedback_cleanup_orphans", stdout=out)  # fresh: maybe in flight
    assert orphan not in out.getvalue()

    _later(monkeypatch, 2)
    out = io.StringIO()
    call_command("feedback_cleanup_orphans", stdout=out)  # dry run by default
    assert f"{orphan}\t10" in out.getvalue() and "--delete" in out.getvalue()
    assert kept.file.name not in out.getvalue()
    assert storage.exists(orphan)

    out = io.StringIO()
    call_command("feedback_cleanup_orphans", "--delete", stdout=out)
    assert "Đã xóa" in out.getvalue()
    assert not storage.exists(orphan) and storage.exists(kept.file.name)


def test_cleanup_respects_min_age(storage, monkeypatch):
    orphan = storage.save("feedback/2026/12/orphan-age.png", ContentFile(b"z"))
    _later(monkeypatch, 0.5)
    assert orphan not in [n for n, _s in orphans.find_orphans()]
    assert orphan in [n for n, _s in orphans.find_orphans(dt.timedelta(minutes=20))]
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("feedback_cleanup_orphans", "--min-age", "1")
    storage.delete(orphan)


def test_mail_keeps_the_message_and_drops_a_refused_attachment():
    from email.message import EmailMessage

    from cchc.feedback.inbound import _submission

    msg = EmailMessage()
    msg["From"] = "Lê Thanh <le.thanh@example.vn>"
    msg.set_content("Rác không được thu gom.")
    msg.add_attachment(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "image", "png", filename="hong.png")
    msg.add_attachment(_jpeg().read(), "image", "jpeg", filename="tot.jpg")
    _sub, files = _submission(msg, "Lê Thanh", "le.thanh@example.vn", "<x@y>", "Rác", "Rác")
    assert [f.name for f in files] == ["tot.jpg"]
