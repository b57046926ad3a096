"""The initiative contest in Chromium (issue 18).

Author: reads the rules and the live countdown, signs in with a one-time code, submits an
entry with an attachment, sees the receipt (page and e-mail), edits it before the deadline.
Juror: signs in with password and the staff two-step code, sees the entry of an author from
their own agency excluded, opens the other one anonymised (no author, neutral file name),
scores it, and cannot see the other jurors' scores while the round is open. axe-core on
each screen; no CSP violation.
"""

import datetime as dt
import re
from decimal import Decimal

import pytest

from tests.browser import WATCH_CSP

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-giam-khao-2026"  # noqa: S105 (test users only)


def _pdf() -> bytes:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": "Nguyen Van Tac Gia"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def contest(transactional_db):
    from django.utils import timezone

    from cchc.contest.choices import RoundKind
    from cchc.contest.models import Contest, Criterion, Prize, Round
    from cchc.core.permissions import roles_ensure

    roles_ensure()
    now = timezone.now()
    c = Contest.objects.create(
        title="Cuộc thi sáng kiến thử nghiệm trình duyệt",
        slug="sang-kien-e2e",
        is_visible=True,
        rules="<p>Mỗi tác giả gửi một bài dự thi.</p>",
        eligibility="<p>Công chức, viên chức, người dân.</p>",
    )
    Round.objects.create(
        contest=c,
        kind=RoundKind.SUBMISSION,
        opens_at=now - dt.timedelta(days=3),
        closes_at=now + dt.timedelta(days=2, hours=3),
    )
    Round.objects.create(
        contest=c,
        kind=RoundKind.PRELIMINARY,
        opens_at=now - dt.timedelta(hours=1),
        closes_at=now + dt.timedelta(days=9),
    )
    Criterion.objects.create(contest=c, name="Tính mới", weight=Decimal(2), max_points=10)
    Criterion.objects.create(contest=c, name="Hiệu quả", weight=Decimal(1), max_points=10)
    Prize.objects.create(contest=c, name="Giải Nhất", places=1)
    return c


@pytest.fixture
def sms(settings):
    from cchc.accounts.sms import LocmemSmsBackend

    settings.ACCOUNTS_SMS_BACKEND = "cchc.accounts.sms.LocmemSmsBackend"
    LocmemSmsBackend.outbox.clear()
    return LocmemSmsBackend.outbox


def test_author_submits_edits_and_sees_the_receipt(
    page, live_server, contest, sms, axe_check, shot, tmp_path, mailoutbox
):
    errors = []
    page.add_init_script(WATCH_CSP)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    base = live_server.url

    page.goto(f"{base}/cuoc-thi/")
    page.get_by_role("link", name=contest.title).click()
    page.wait_for_url(re.compile(r"/cuoc-thi/sang-kien-e2e/$"))
    countdown = page.locator("[data-countdown] .ct-countdown__value")
    # the server rendered days/hours/minutes; the static script adds the seconds
    page.wait_for_function(
        "document.querySelector('[data-countdown] .ct-countdown__value').textContent.includes('giây')"
    )
    assert countdown.inner_text().startswith("2 ngày")
    axe_check(page, "contest-detail")

    page.get_by_role("link", name="Nộp hoặc sửa bài dự thi").click()
    page.wait_for_url(re.compile(r"/tai-khoan/dang-nhap/"))
    page.fill("#id_contact", "0912 345 678")
    page.get_by_role("button", name="Gửi mã xác thực").click()
    page.wait_for_url(re.compile(r"/tai-khoan/xac-nhan/"))
    code = re.search(r"\b(\d{6})\b", sms[-1][1]).group(1)
    page.fill("#id_code", code)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(re.compile(r"/cuoc-thi/sang-kien-e2e/du-thi/$"))
    axe_check(page, "contest-entry-form")

    attachment = tmp_path / "de-an-sang-kien.pdf"
    attachment.write_bytes(_pdf())
    page.fill("#id_title", "Trả kết quả qua tủ khóa thông minh")
    page.fill(
        "#id_summary", "Người dân nhận kết quả thủ tục tại tủ khóa, không phải chờ giờ hành chính."
    )
    page.fill(
        "#id_full_text",
        "Thực trạng: người dân phải đến đúng giờ để nhận kết quả.\n\nGiải pháp: tủ khóa có mã.",
    )
    page.fill("#id_contact_email", "tacgia.e2e@example.org")
    page.fill("#id_tg-0-full_name", "Võ Thị Sáng")
    page.fill("#id_tg-0-unit", "Ủy ban nhân dân xã thử nghiệm")
    page.fill("#id_tg-1-full_name", "Hồ Văn Kiến")
    page.set_input_files("#id_files", str(attachment))
    page.get_by_role("button", name="Nộp bài dự thi").click()
    page.wait_for_url(re.compile(r"/cuoc-thi/bai-du-thi-cua-toi/SK"))
    entry_code = page.locator("#ct-code").inner_text()
    receipt = page.locator(".ct-receipt").inner_text()
    assert "Trả kết quả qua tủ khóa thông minh" in receipt
    assert "tacgia.e2e@example.org" in receipt
    assert page.get_by_role("link", name="de-an-sang-kien.pdf").is_visible()
    axe_check(page, "contest-receipt")
    shot(page, "contest-receipt")
    mail = [m for m in mailoutbox if "tacgia.e2e@example.org" in m.to]
    assert len(mail) == 1 and entry_code in mail[0].subject and entry_code in mail[0].body

    # edit before the deadline
    page.get_by_role("link", name="Sửa bài dự thi").click()
    page.wait_for_url(re.compile(r"/du-thi/$"))
    assert page.input_value("#id_title") == "Trả kết quả qua tủ khóa thông minh"
    page.fill("#id_title", "Trả kết quả 24/7 qua tủ khóa thông minh")
    page.get_by_role("button", name="Lưu thay đổi").click()
    page.wait_for_url(re.compile(rf"/bai-du-thi-cua-toi/{entry_code}/$"))
    assert "Trả kết quả 24/7 qua tủ khóa thông minh" in page.locator(".ct-receipt").inner_text()
    assert "Đã lưu thay đổi" in page.locator("[role=status]").first.inner_text()

    page.goto(f"{base}/cuoc-thi/bai-du-thi-cua-toi/")
    assert entry_code in page.locator("main table").inner_text()
    csp = [e for e in errors if "CSP" in e]
    assert not csp, csp


@pytest.fixture
def jury(contest, settings):
    """A juror of agency B with a confirmed authenticator; two eligible entries, one by an
    author of agency B (excluded), one by an author of agency C."""
    from django.contrib.auth.models import Group, User
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from cchc.contest import services
    from cchc.contest.models import JuryMember
    from cchc.contest.roles import GROUP_JUROR
    from cchc.contest.uploads import CheckedFile
    from tests.factories import make_agency

    settings.CCHC_REQUIRE_2FA = True
    b = make_agency("STP-E2E", "Sở Tư pháp (thử)")
    c = make_agency("SYT-E2E", "Sở Y tế (thử)")
    juror = User.objects.create_user("giamkhao_e2e", password=PASSWORD, first_name="Giám khảo")
    juror.groups.add(Group.objects.get(name=GROUP_JUROR))
    device = TOTPDevice.objects.create(user=juror, name="default", confirmed=True)
    JuryMember.objects.create(contest=contest, user=juror, agency=b)
    secretary = User.objects.create_superuser("thuky_e2e", "tk@example.org", PASSWORD)
    entries = {}
    for key, agency, name, title in [
        ("own", b, "Tác Giả Cùng Sở", "Sổ tay thủ tục điện tử"),
        ("other", c, "Tác Giả Sở Khác", "Hẹn giờ qua tổng đài tự động"),
    ]:
        owner = User.objects.create_user(f"tacgia_{key}", password=PASSWORD)
        entry = services.entry_submit(
            contest=contest,
            owner=owner,
            data=services.EntryData(
                title=title,
                summary="Tóm tắt sáng kiến.",
                full_text="Toàn văn sáng kiến, đủ dài để được nhận.",
                contact_email=f"{key}@example.org",
                authors=[services.AuthorData(full_name=name, unit=agency.name)],
                agency_id=agency.pk,
            ),
            files=[CheckedFile(_pdf(), "ho-so-goc-cua-tac-gia.pdf", "application/pdf")],
        )
        entries[key] = services.entry_accept(entry=entry, actor=secretary)
    return {"juror": juror, "device": device, "entries": entries}


def _totp(device) -> str:
    import time

    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def test_juror_signs_in_with_two_steps_and_scores_blind(
    page, live_server, contest, jury, axe_check, shot
):
    errors = []
    page.add_init_script(WATCH_CSP)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    base = live_server.url
    own, other = jury["entries"]["own"], jury["entries"]["other"]

    page.goto(f"{base}/cuoc-thi/giam-khao/")
    page.wait_for_url(re.compile(r"/quan-tri/login/"))
    page.fill("#id_username", "giamkhao_e2e")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/xac-thuc-hai-buoc/xac-minh/"))
    page.fill("#id_token", _totp(jury["device"]))
    page.locator(".twofactor form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/cuoc-thi/giam-khao/$"))
    page.get_by_role("link", name=contest.title).click()
    page.wait_for_url(re.compile(r"/cuoc-thi/giam-khao/sang-kien-e2e/$"))
    listing = page.locator("#ct-jury-entries").inner_text()
    assert "Không chấm: xung đột lợi ích" in listing
    assert own.title not in listing  # the excluded entry's title is not shown either
    assert page.get_by_role("link", name=own.code).count() == 0
    axe_check(page, "contest-jury-list")

    page.get_by_role("link", name=other.code).click()
    page.wait_for_url(re.compile(rf"/bai/{other.code}/$"))
    text = page.locator("main").inner_text()
    assert other.title in text
    for secret in ("Tác Giả Sở Khác", "other@example.org", "Sở Y tế", "ho-so-goc-cua-tac-gia"):
        assert secret not in text, secret
    assert page.get_by_role("link", name=f"{other.code}-tep-1.pdf").is_visible()
    assert "chỉ hiện sau khi vòng chấm đóng" in page.locator("#ct-others-hidden").inner_text()
    axe_check(page, "contest-jury-entry")

    criteria = list(contest.criteria.all())
    page.fill(f"#diem-{criteria[0].pk}", "11")  # out of range
    page.fill(f"#diem-{criteria[1].pk}", "6")
    page.get_by_role("button", name="Lưu phiếu chấm").click()
    assert "phải từ 0 đến 10" in page.locator("#ct-errors").inner_text()
    assert page.input_value(f"#diem-{criteria[1].pk}") == "6"  # what was typed is kept
    page.fill(f"#diem-{criteria[0].pk}", "8")
    page.fill(f"#nhan-xet-{criteria[0].pk}", "Giải pháp mới ở địa phương.")
    page.get_by_role("button", name="Lưu phiếu chấm").click()
    page.wait_for_url(re.compile(rf"/bai/{other.code}/$"))
    assert "Đã lưu phiếu chấm" in page.locator("[role=status]").first.inner_text()
    assert page.input_value(f"#diem-{criteria[0].pk}") == "8,00"  # Vietnamese decimal comma
    shot(page, "contest-jury-scored")

    # the excluded entry, reached by its address: refused, nothing shown
    response = page.goto(f"{base}/cuoc-thi/giam-khao/sang-kien-e2e/bai/{own.code}/")
    assert response.status == 403
    assert "xung đột lợi ích" in page.locator("#ct-excluded").inner_text()
    assert own.title not in page.locator("main").inner_text()

    from cchc.core.models import AuditEvent

    assert AuditEvent.objects.filter(action="cchc.contest.score.create").count() == 2
    csp = [e for e in errors if "CSP" in e]
    assert not csp, csp
