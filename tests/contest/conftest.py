"""Fixtures of the contest: a contest whose windows are placed around a given moment,
two agencies, the people of every role, and helpers to submit and score."""

import datetime as dt
import io
import zoneinfo
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from cchc.contest import services
from cchc.contest.choices import RoundKind
from cchc.contest.models import Contest, Criterion, JuryMember, Prize, Round
from cchc.contest.roles import GROUP_CHAIR, GROUP_JUROR, GROUP_SECRETARY
from cchc.contest.uploads import CheckedFile
from cchc.core.permissions import roles_ensure
from tests.factories import make_agency, make_user

TZ = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def make_pdf(author="Nguyễn Văn Tác") -> bytes:
    """A one-page PDF whose document information names its author."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": author, "/Creator": "So Noi vu"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PDF_MIN = make_pdf()


def local(*args):
    return dt.datetime(*args, tzinfo=TZ)


def png_bytes() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "PNG")
    return out.getvalue()


def pdf_upload(name="de-an.pdf", data=PDF_MIN):
    return SimpleUploadedFile(name, data, content_type="application/pdf")


@pytest.fixture
def agencies(db):
    return {
        "a": make_agency("SNV-T", "Sở Nội vụ (thử)"),
        "b": make_agency("STP-T", "Sở Tư pháp (thử)"),
        "c": make_agency("SYT-T", "Sở Y tế (thử)"),
    }


@pytest.fixture
def make_contest(db):
    """A contest with submission open around ``now`` (default: the real clock), a
    preliminary scoring round open at the same time, 2 criteria and 2 prizes."""

    def make(slug="sang-kien-thu", *, now=None, scoring="open", visible=True, **fields):
        now = now or timezone.now()
        contest = Contest.objects.create(
            title=fields.pop("title", "Cuộc thi sáng kiến thử nghiệm"),
            slug=slug,
            is_visible=visible,
            rules="<p>Thể lệ thử.</p>",
            eligibility="<p>Công chức, viên chức.</p>",
            **fields,
        )
        Round.objects.create(
            contest=contest,
            kind=RoundKind.SUBMISSION,
            opens_at=now - dt.timedelta(days=10),
            closes_at=now + dt.timedelta(days=1),
        )
        if scoring == "open":
            s_open, s_close = now - dt.timedelta(hours=1), now + dt.timedelta(days=5)
        else:  # closed
            s_open, s_close = now - dt.timedelta(days=5), now - dt.timedelta(hours=1)
        Round.objects.create(
            contest=contest, kind=RoundKind.PRELIMINARY, opens_at=s_open, closes_at=s_close
        )
        Criterion.objects.create(
            contest=contest, name="Tính mới", weight=Decimal(2), max_points=10, sort_order=1
        )
        Criterion.objects.create(
            contest=contest, name="Khả năng áp dụng", weight=Decimal(1), max_points=20, sort_order=2
        )
        Prize.objects.create(contest=contest, name="Giải Nhất", places=1, sort_order=1)
        Prize.objects.create(contest=contest, name="Giải Nhì", places=2, sort_order=2)
        return Contest.objects.prefetch_related("rounds", "criteria", "prizes").get(pk=contest.pk)

    return make


@pytest.fixture
def contest(make_contest):
    return make_contest()


@pytest.fixture
def people(db, agencies, contest):
    roles_ensure()
    users = {
        "author": make_user("tacgia", email="tacgia@example.org"),
        "author2": make_user("tacgia2", email="tacgia2@example.org"),
        "juror": make_user("giamkhao", groups=[GROUP_JUROR], agency=agencies["b"]),
        "juror_a": make_user("giamkhao_a", groups=[GROUP_JUROR], agency=agencies["a"]),
        "juror_other": make_user("giamkhao_khac", groups=[GROUP_JUROR]),
        "secretary": make_user("thuky", groups=[GROUP_SECRETARY]),
        "chair": make_user("chutich", groups=[GROUP_CHAIR]),
    }
    JuryMember.objects.create(contest=contest, user=users["juror"], agency=agencies["b"])
    JuryMember.objects.create(contest=contest, user=users["juror_a"], agency=agencies["a"])
    # juror_other has the role but no seat on this contest's jury
    return users


def entry_data(title="Một cửa không giấy", agency=None, **over):
    return services.EntryData(
        title=title,
        summary="Số hoá toàn bộ hồ sơ tiếp nhận tại bộ phận một cửa.",
        full_text="Thực trạng.\n\nGiải pháp: <b>quét</b> hồ sơ <script>alert(1)</script>.",
        contact_email="tacgia@example.org",
        authors=[services.AuthorData(full_name="Nguyễn Văn Tác", unit="Phòng CCHC")],
        agency_id=agency.pk if agency else None,
        **over,
    )


@pytest.fixture
def submit(people, contest, agencies):
    def do(owner=None, *, agency="a", files=(), now=None, **over):
        return services.entry_submit(
            contest=contest,
            owner=owner or people["author"],
            data=entry_data(agency=agencies[agency] if agency else None, **over),
            files=list(files),
            now=now,
        )

    return do


def pdf_checked(name="de-an.pdf"):
    return CheckedFile(content=PDF_MIN, name=name, mime="application/pdf")


@pytest.fixture
def eligible(submit, people):
    """An entry by an author of agency A, accepted as eligible."""
    entry = submit(files=[pdf_checked()])
    return services.entry_accept(entry=entry, actor=people["secretary"])


def sheet(contest, *points, comment=""):
    criteria = list(contest.criteria.all())
    return services.SheetInput(
        {c.pk: (str(p), comment) for c, p in zip(criteria, points, strict=False)}
    )
