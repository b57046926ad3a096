"""Views: the entry form (late, double, oversized and wrong-type submissions keep the input),
the blind jury page and file, others' scores hidden until the round closes, audit, export,
public pages and countdown."""

import datetime as dt
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cchc.accounts.models import OutboundMessage
from cchc.contest import selectors, services
from cchc.contest.models import Entry, JuryMember
from cchc.core.models import AuditEvent

from .conftest import PDF_MIN, pdf_upload, sheet

pytestmark = pytest.mark.django_db


def form_data(**over):
    data = {
        "title": "Một cửa không giấy",
        "summary": "Số hoá hồ sơ tại bộ phận một cửa.",
        "full_text": "Thực trạng và giải pháp số hoá hồ sơ tại bộ phận một cửa cấp xã.",
        "agency": "",
        "unit": "Phòng Cải cách hành chính",
        "contact_email": "tacgia@example.org",
        "contact_phone": "0912345678",
        "tg-TOTAL_FORMS": "5",
        "tg-INITIAL_FORMS": "0",
        "tg-MIN_NUM_FORMS": "5",
        "tg-MAX_NUM_FORMS": "5",
        "tg-0-full_name": "Nguyễn Văn Tác",
        "tg-0-unit": "Sở Nội vụ",
        "tg-1-full_name": "Trần Thị Giả",
    }
    data.update(over)
    return data


@pytest.fixture
def author_client(people):
    client = Client()
    client.force_login(people["author"])
    return client


def _url(contest):
    return reverse("contest:entry-form", kwargs={"slug": contest.slug})


def test_submit_with_attachment_gives_receipt(author_client, contest):
    response = author_client.post(_url(contest), {**form_data(), "files": [pdf_upload()]})
    entry = Entry.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("contest:my-entry", kwargs={"code": entry.code})
    assert [a.full_name for a in entry.authors.all()] == ["Nguyễn Văn Tác", "Trần Thị Giả"]
    assert entry.attachments.count() == 1
    page = author_client.get(response["Location"]).content.decode()
    assert entry.code in page
    assert OutboundMessage.objects.filter(recipient="tacgia@example.org").count() == 1


def test_late_submission_one_second_after_closing_refused_input_kept(
    people, make_contest, author_client
):
    """The window closed one second ago (server clock): 403, nothing saved, text kept."""
    closed = make_contest(
        "da-dong", now=timezone.now() - dt.timedelta(days=1) - dt.timedelta(seconds=1)
    )
    assert closed.submission_round.closes_at <= timezone.now() - dt.timedelta(seconds=1)
    response = author_client.post(_url(closed), form_data(title="Bài nộp muộn"))
    html = response.content.decode()
    assert response.status_code == 403
    assert "Đã hết hạn nhận bài dự thi" in html
    assert 'value="Bài nộp muộn"' in html  # shown back, so nothing typed is lost
    assert "Nộp bài dự thi</button>" not in html
    assert Entry.objects.count() == 0


def test_form_closed_after_deadline_shows_notice(people, make_contest, author_client):
    closed = make_contest("da-dong", now=timezone.now() - dt.timedelta(days=2))
    html = author_client.get(_url(closed)).content.decode()
    assert "Cuộc thi hiện không nhận bài dự thi." in html
    assert 'name="title"' not in html


def test_late_submission_message_is_clear(people, contest, author_client):
    """A form opened before the deadline and posted after it: the deadline message."""
    window = contest.submission_round
    window.closes_at = timezone.now() - dt.timedelta(seconds=1)
    window.opens_at = window.closes_at - dt.timedelta(days=3)
    window.save()
    response = author_client.post(_url(contest), form_data(title="Bài nộp muộn"))
    html = response.content.decode()
    assert response.status_code == 403
    assert "Cuộc thi hiện không nhận bài dự thi." in html or "Đã hết hạn" in html


def test_double_submission_gives_one_entry(author_client, contest):
    first = author_client.post(_url(contest), form_data())
    second = author_client.post(_url(contest), form_data(title="Bấm nút hai lần"))
    assert first.status_code == 302
    assert second.status_code == 302
    assert Entry.objects.count() == 1
    assert Entry.objects.get().title == "Bấm nút hai lần"  # the second POST edits the entry


def test_oversized_attachment_refused_input_kept(author_client, contest):
    contest.max_attachment_mb = 1
    contest.save()
    big = SimpleUploadedFile("lon.pdf", PDF_MIN + b"0" * (1024 * 1024), "application/pdf")
    response = author_client.post(_url(contest), {**form_data(title="Giữ nguyên"), "files": [big]})
    html = response.content.decode()
    assert response.status_code == 400
    assert "quá lớn" in html
    assert 'value="Giữ nguyên"' in html
    assert "Trần Thị Giả" in html
    assert Entry.objects.count() == 0


def test_wrong_type_attachment_refused_input_kept(author_client, contest):
    exe = SimpleUploadedFile("de-an.pdf", b"MZ\x90\x00" + b"\x00" * 100, "application/pdf")
    response = author_client.post(_url(contest), {**form_data(title="Giữ nguyên"), "files": [exe]})
    html = response.content.decode()
    assert response.status_code == 400
    assert "không được nhận" in html
    assert 'value="Giữ nguyên"' in html
    assert Entry.objects.count() == 0


def test_edit_before_deadline(author_client, contest):
    author_client.post(_url(contest), form_data())
    entry = Entry.objects.get()
    page = author_client.get(_url(contest)).content.decode()
    assert "Sửa bài dự thi" in page
    response = author_client.post(_url(contest), form_data(title="Tên đã sửa"))
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.title == "Tên đã sửa"


# --- jury ----------------------------------------------------------------------------------


@pytest.fixture
def juror_client(people):
    client = Client()
    client.force_login(people["juror"])
    return client


def _jury_url(contest, entry):
    return reverse("contest:jury-entry", kwargs={"slug": contest.slug, "code": entry.code})


def test_blind_page_has_no_author_data(juror_client, contest, eligible):
    html = juror_client.get(_jury_url(contest, eligible)).content.decode()
    assert eligible.title in html
    for secret in ("Nguyễn Văn Tác", "tacgia@example.org", "de-an.pdf", "Phòng CCHC"):
        assert secret not in html
    assert f"{eligible.code}-tep-1.pdf" in html


def test_blind_file_has_neutral_name_and_no_author_metadata(juror_client, contest, eligible):
    response = juror_client.get(
        reverse(
            "contest:jury-attachment",
            kwargs={"slug": contest.slug, "code": eligible.code, "number": 1},
        )
    )
    assert response.status_code == 200
    assert f'filename="{eligible.code}-tep-1.pdf"' in response["Content-Disposition"]
    assert b"Nguy" not in response.content and b"So Noi vu" not in response.content
    assert b"So Noi vu" in PDF_MIN  # the original does carry it


def test_blind_docx_has_no_author_properties():
    from cchc.contest.uploads import DOCX, blind_copy

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr(
            "docProps/core.xml",
            "<cp:coreProperties><dc:creator>Nguyen Van Tac</dc:creator></cp:coreProperties>",
        )
        z.writestr("docProps/app.xml", "<Properties><Company>So Noi vu</Company></Properties>")
    blind = blind_copy(out.getvalue(), DOCX)
    with zipfile.ZipFile(io.BytesIO(blind)) as z:
        assert b"Nguyen" not in z.read("docProps/core.xml")
        assert b"So Noi vu" not in z.read("docProps/app.xml")
        assert z.read("word/document.xml") == b"<w:document/>"


@pytest.mark.parametrize(
    "damaged",
    [b"PK\x03\x04 not really a zip", b"", None],
    ids=["bad-header", "empty", "truncated"],
)
def test_damaged_docx_is_refused_not_a_crash(damaged):
    """A Word file whose archive is broken gets a translated refusal (the view answers 422),
    never a 500 and never the file as it is (it may carry the author's name)."""
    from cchc.contest.uploads import DOCX, blind_copy
    from cchc.core.exceptions import ValidationError

    if damaged is None:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            z.writestr("word/document.xml", "<w:document>" + "x" * 2000 + "</w:document>")
            z.writestr("docProps/core.xml", "<dc:creator>Nguyen Van Tac</dc:creator>")
        damaged = out.getvalue()[:-40]  # the central directory cut off
    with pytest.raises(ValidationError) as error:
        blind_copy(damaged, DOCX)
    assert "Word" in str(error.value.message)


def test_score_via_page_is_audited_and_out_of_range_refused(juror_client, contest, eligible):
    criteria = list(contest.criteria.all())
    url = _jury_url(contest, eligible)
    bad = juror_client.post(url, {f"diem-{criteria[0].pk}": "11", f"diem-{criteria[1].pk}": "5"})
    assert bad.status_code == 400
    assert "phải từ 0 đến 10" in bad.content.decode()
    assert 'value="11"' in bad.content.decode()  # what was typed is kept
    assert AuditEvent.objects.filter(action__startswith="cchc.contest.score.").count() == 0
    ok = juror_client.post(url, {f"diem-{criteria[0].pk}": "7", f"diem-{criteria[1].pk}": "15"})
    assert ok.status_code == 302
    assert AuditEvent.objects.filter(action="cchc.contest.score.create").count() == 2
    juror_client.post(url, {f"diem-{criteria[0].pk}": "8", f"diem-{criteria[1].pk}": "15"})
    assert AuditEvent.objects.filter(action="cchc.contest.score.update").count() == 1


def test_excluded_juror_is_refused_with_a_clear_message(people, contest, eligible):
    client = Client()
    client.force_login(people["juror_a"])  # same agency as the author
    criteria = list(contest.criteria.all())
    response = client.post(
        _jury_url(contest, eligible), {f"diem-{criteria[0].pk}": "7", f"diem-{criteria[1].pk}": "5"}
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "xung đột lợi ích" in html
    assert eligible.title not in html
    listing = client.get(reverse("contest:jury-contest", kwargs={"slug": contest.slug}))
    assert "Không chấm: xung đột lợi ích" in listing.content.decode()


def test_others_scores_hidden_while_round_open(juror_client, people, contest, eligible):
    services.score_save(entry=eligible, juror=people["juror"], sheet=sheet(contest, 3, 3))
    other_seat = JuryMember.objects.create(
        contest=contest, user=people["juror_other"], display_name="Giám khảo Ba"
    )
    assert other_seat.pk
    services.score_save(
        entry=eligible, juror=people["juror_other"], sheet=sheet(contest, 9, 19, comment="Xuất sắc")
    )
    html = juror_client.get(_jury_url(contest, eligible)).content.decode()
    assert 'id="ct-others-hidden"' in html
    assert "Xuất sắc" not in html and "Giám khảo Ba" not in html


def test_others_scores_shown_once_round_closed(people, make_contest, submit):
    contest = make_contest("da-cham", scoring="closed")
    JuryMember.objects.create(contest=contest, user=people["juror"])
    JuryMember.objects.create(
        contest=contest, user=people["juror_other"], display_name="Giám khảo Ba"
    )
    entry = services.entry_submit(
        contest=contest,
        owner=people["author"],
        data=services.EntryData(
            title="Bài đã chấm", summary="Tóm tắt", full_text="Toàn văn đủ dài để nhận.",
            contact_email="tacgia@example.org", authors=[services.AuthorData("Tác Giả")],
        ),
    )  # fmt: skip
    entry = services.entry_accept(entry=entry, actor=people["secretary"])
    during = selectors.ranking_round(contest, timezone.now()).opens_at + dt.timedelta(minutes=1)
    services.score_save(entry=entry, juror=people["juror_other"], sheet=sheet(contest, 9, 19, comment="Xuất sắc"), now=during)  # fmt: skip
    client = Client()
    client.force_login(people["juror"])
    html = client.get(_jury_url(contest, entry)).content.decode()
    assert "Xuất sắc" in html and "Giám khảo Ba" in html
    assert "Lưu phiếu chấm" not in html  # the round is closed: no more scoring


def test_secretary_sees_progress_outliers_and_exports(people, contest, submit, agencies):
    sec = people["secretary"]
    entry = services.entry_accept(entry=submit(agency="c"), actor=sec)
    services.score_save(entry=entry, juror=people["juror"], sheet=sheet(contest, 10, 20))
    services.score_save(entry=entry, juror=people["juror_a"], sheet=sheet(contest, 1, 2))
    client = Client()
    client.force_login(sec)
    html = client.get(
        reverse("contest:secretary-contest", kwargs={"slug": contest.slug})
    ).content.decode()
    assert "2/2" in html
    assert "trung bình 55.00" in html  # both totals are 45 away from the mean of 55
    export = client.get(reverse("contest:secretary-export", kwargs={"slug": contest.slug}))
    assert export.status_code == 200
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(export.content))
    assert book.sheetnames == ["Điểm", "Xếp hạng"]
    assert book["Điểm"].max_row == 5  # header + 2 jurors × 2 criteria


def test_public_pages_show_countdown_and_rules(contest):
    response = Client().get(reverse("contest:detail", kwargs={"slug": contest.slug}))
    html = response.content.decode()
    assert response.status_code == 200
    assert "data-countdown=" in html
    assert "Thời gian nộp bài còn lại" in html
    assert "Thể lệ thử." in html
    assert "js/contest.js" in html
    assert "no-store" not in response.get("Cache-Control", "")


def test_hidden_contest_is_not_public(make_contest):
    hidden = make_contest("an", visible=False)
    response = Client().get(reverse("contest:detail", kwargs={"slug": hidden.slug}))
    assert response.status_code == 404


def test_staff_sign_out_is_a_post(juror_client):
    assert juror_client.get(reverse("contest:staff-logout")).status_code == 405
    response = juror_client.post(reverse("contest:staff-logout"))
    assert response.status_code == 302
    assert juror_client.get(reverse("contest:jury-home")).status_code == 302
