"""Dashboard figures, query count, Excel export (no formula injection), chart, deadlines, digest."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cchc.feedback import services
from cchc.feedback.models import Feedback
from cchc.feedback.selectors import feedback_stats_by_agency

pytestmark = pytest.mark.django_db


@pytest.fixture
def dataset(make_feedback, users, agencies, flow):
    """A: one answered on time, one answered late; B: one open and overdue; plus one unassigned."""
    coord = users["coordinator"]
    on_time = flow(make_feedback(subject="Đúng hạn"), "answered")
    late = make_feedback(subject='=HYPERLINK("http://evil.example","Bấm vào")')
    services.feedback_accept(feedback=late, actor=coord)
    services.feedback_assign(feedback=late, actor=coord, agency=agencies["a"])
    Feedback.objects.filter(pk=late.pk).update(
        answer_due=timezone.localdate() - dt.timedelta(days=3)
    )
    services.feedback_answer(feedback=late, actor=users["officer_a"], answer="Trả lời muộn.")
    overdue = make_feedback(subject="Quá hạn ở B")
    services.feedback_accept(feedback=overdue, actor=coord)
    services.feedback_assign(feedback=overdue, actor=coord, agency=agencies["b"])
    Feedback.objects.filter(pk=overdue.pk).update(
        answer_due=timezone.localdate() - dt.timedelta(days=1)
    )
    make_feedback(subject="Chưa giao")
    return {"on_time": on_time, "late": late, "overdue": overdue}


def test_stats_figures_in_two_queries(dataset, agencies):
    """Per agency: received, answered, on time, late, still overdue; computed in two queries."""
    today = timezone.localdate()
    with CaptureQueriesContext(connection) as ctx:
        stats = {s.name: s for s in feedback_stats_by_agency(today - dt.timedelta(days=30), today)}
    assert len(ctx.captured_queries) == 2
    a = stats["Sở Xây dựng"]
    assert (a.received, a.answered, a.on_time, a.late, a.open_overdue) == (2, 2, 1, 1, 0)
    assert a.avg_days == 0.0
    b = stats["Sở Tài nguyên và Môi trường"]
    assert (b.received, b.answered, b.open_overdue) == (1, 0, 1)
    assert stats["(chưa giao cơ quan)"].received == 1


def test_dashboard_page_table_and_accessible_chart(client, users, dataset):
    """The dashboard shows the table and an SVG with role=img, <title> and <desc>; no personal data."""
    client.force_login(users["coordinator"])
    html = client.get(reverse("feedback:stats")).content.decode()
    assert "Sở Xây dựng" in html and "<table" in html
    assert 'role="img"' in html and "<title id=" in html and "<desc id=" in html
    assert "0912345678" not in html and "Nguyễn Thị Hoa" not in html
    # numbers in SVG attributes are not localised (no "12,5")
    import re

    for value in re.findall(r'width="([^"]+)" height="22"', html):
        float(value)


def test_excel_export_writes_citizen_text_as_text(client, users, dataset):
    """The export opens in openpyxl; a subject starting with '=' is a string, not a formula."""
    from openpyxl import load_workbook

    client.force_login(users["coordinator"])
    response = client.get(reverse("feedback:stats-export"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    wb = load_workbook(io.BytesIO(response.content))
    ws = wb["Theo co quan"]
    names = [ws.cell(row=r, column=1).value for r in range(4, ws.max_row + 1)]
    assert "Sở Xây dựng" in names
    cases = wb["Phan anh"]
    cells = [
        c
        for row in cases.iter_rows(min_row=2)
        for c in row
        if str(c.value or "").startswith("=HYPERLINK")
    ]
    assert cells and all(c.data_type == "s" for c in cells)


def test_queue_flags_overdue_and_due_soon(client, users, dataset):
    """The queue marks overdue cases and filters them with ?han=overdue."""
    client.force_login(users["coordinator"])
    html = client.get(reverse("feedback:officer-queue"), {"han": "overdue"}).content.decode()
    assert "Quá hạn ở B" in html and "fb-flag--overdue" in html
    assert "Chưa giao" not in html


def test_daily_digest_mails_each_agency(
    dataset, users, agencies, django_capture_on_commit_callbacks
):
    """The digest e-mails agency B (overdue case) at its address and its officers'; agency A has nothing open."""
    from django.core.management import call_command

    with django_capture_on_commit_callbacks(execute=True):
        call_command("feedback_daily_digest", stdout=io.StringIO())
    recipients = sorted(r for m in mail.outbox for r in m.to)
    assert recipients == ["canbo_b@example.org", "stnmt@example.gov.vn"]
    assert dataset["overdue"].code in mail.outbox[0].body and "QUÁ HẠN" in mail.outbox[0].body
