"""Demo data: one communication plan modelled on the structure of a provincial plan
(Kế hoạch tuyên truyền CCHC): its forms of communication, items given to the directory's
demo agencies, and fictional quarterly reports, all clearly labelled "dữ liệu mẫu".
Called by ``manage.py load_demo_data`` (cchc/portal/management/commands). Idempotent.

Also makes the two groups the app's permissions are given through:
"Kế hoạch tuyên truyền CCHC" (the Department: edit plans, see the summary) and
"Báo cáo tuyên truyền CCHC" (agency officers: report for their own agency).
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from cchc.directory.selectors import agency_list_active

from .choices import Metric, ReportStatus
from .models import Activity, AgencyReport, CommunicationForm, CommunicationPlan, PlanItem
from .periods import quarters_due

MANAGER_GROUP = "Kế hoạch tuyên truyền CCHC"
REPORTER_GROUP = "Báo cáo tuyên truyền CCHC"
MANAGER_PERMISSIONS = [
    "add_communicationplan", "change_communicationplan", "delete_communicationplan",
    "view_communicationplan", "add_planitem", "change_planitem", "delete_planitem",
    "view_planitem", "add_communicationform", "change_communicationform",
    "view_communicationform", "view_agencyreport", "view_activity",
]  # fmt: skip
REPORTER_PERMISSIONS = ["report_activities", "view_communicationplan"]

# (name, description, counts portal articles)
FORMS = [
    ("Lớp bồi dưỡng, tập huấn", "Tổ chức các lớp bồi dưỡng, tập huấn về CCHC", False),
    ("Tin bài, văn bản trên Cổng, Trang thông tin điện tử",
     "Đăng tải tin bài, văn bản trên Cổng thông tin điện tử tỉnh, Trang CCHC, trang của cơ quan", True),
    ("Chuyên trang, chuyên mục trên Báo, Đài", "Chuyên trang, chuyên mục CCHC trên báo, đài phát thanh, truyền hình", False),
    ("Tuyên truyền trực quan", "Pano, áp phích, khẩu hiệu, băng rôn", False),
    ("Lồng ghép trong hội nghị, hội thảo, ngày pháp luật",
     "Hội nghị, hội thảo, tọa đàm, sơ kết, tổng kết, ngày pháp luật, họp định kỳ", False),
]  # fmt: skip

# (number, content, form index, responsible code, coordinating codes, documents, metric, target)
ITEMS = [
    ("1", "Tuyên truyền, phổ biến các văn bản chỉ đạo của Chính phủ, Thủ tướng Chính phủ về "
     "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030.",
     1, "SNV", ["VP-UBND", "SKHCN"], ["76/NQ-CP", "23/CT-TTg"], Metric.ARTICLES, 48),
    ("2", "Tổ chức lớp bồi dưỡng, tập huấn nghiệp vụ cải cách hành chính, kiểm soát thủ tục "
     "hành chính cho cán bộ, công chức.", 0, "SNV", ["STP"], [], Metric.SESSIONS, 4),
    ("3", "Xây dựng chuyên trang, chuyên mục cải cách hành chính trên Báo, Đài của tỉnh; tuyên "
     "truyền kết quả Chỉ số PAR INDEX, SIPAS, PAPI, PCI.", 2, "SKHCN", ["SNV"], [],
     Metric.ARTICLES, 24),
    ("4", "Tuyên truyền trực quan bằng pano, áp phích, khẩu hiệu, băng rôn tại trụ sở, nơi "
     "đông dân cư và Bộ phận Một cửa.", 3, "TP-TT", ["TX-VS", "H-DL", "H-CLX"], [],
     Metric.BANNERS, 120),
    ("5", "Lồng ghép nội dung cải cách hành chính trong hội nghị, hội thảo, tọa đàm, ngày "
     "pháp luật và các cuộc họp định kỳ của cơ quan, đơn vị.", 4, "STP", ["SXD", "SNNMT", "SYT"],
     [], Metric.SESSIONS, 16),
    ("6", "Tuyên truyền cải cách thủ tục hành chính, dịch vụ công trực tuyến, dịch vụ bưu chính "
     "công ích và Tổng đài thông tin dịch vụ công.", 1, "VP-UBND", ["SXD", "SNNMT"],
     [], Metric.ARTICLES, 36),
]  # fmt: skip

# Agencies whose reports stay missing in the demo (so the summary shows that case).
LATE = {"SYT", "H-CLX"}


def _groups() -> None:
    for name, codenames in (
        (MANAGER_GROUP, MANAGER_PERMISSIONS),
        (REPORTER_GROUP, REPORTER_PERMISSIONS),
    ):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="plans", codename__in=codenames)
        )
        if name == MANAGER_GROUP:  # edits plans in the Wagtail admin
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="wagtailadmin", codename="access_admin"
                )
            )


def _documents(keys):
    try:
        from cchc.legal.keys import key_fold
        from cchc.legal.models import LegalDocument
    except ImportError:  # pragma: no cover
        return []
    found = []
    for key in keys:
        matches = list(LegalDocument.objects.filter(key_folded=key_fold(key))[:2])
        if len(matches) == 1:
            found.append(matches[0])
    return found


def _fictional_activities(report: AgencyReport, items: list[PlanItem], today: dt.date) -> None:
    start = dt.date(report.year, 3 * report.quarter - 2, 1)
    for n, item in enumerate(items):
        day = min(start + dt.timedelta(days=10 + 17 * n), today)
        counts = {"articles": 0, "sessions": 0, "participants": 0, "banners": 0}
        if item.metric == Metric.ARTICLES:
            counts["articles"] = 3 + (report.quarter + n) % 4
        elif item.metric == Metric.SESSIONS:
            counts["sessions"] = 1
            counts["participants"] = 40 + 15 * ((report.quarter + n) % 3)
        elif item.metric == Metric.BANNERS:
            counts["banners"] = 6 + 2 * ((report.quarter + n) % 3)
        Activity.objects.create(
            report=report,
            item=item,
            form=item.form,
            date=day,
            description=f"(Dữ liệu mẫu) {item.form.name} – quý {report.quarter}",
            **counts,
        )


def load_demo(stdout) -> None:
    _groups()
    forms = []
    for order, (name, description, portal) in enumerate(FORMS):
        form, _ = CommunicationForm.objects.get_or_create(
            name=name,
            defaults={
                "description": description,
                "counts_portal_articles": portal,
                "sort_order": order,
            },
        )
        forms.append(form)
    agencies = {a.code: a for a in agency_list_active()}
    if "SNV" not in agencies:
        stdout.write("  (kế hoạch tuyên truyền: chưa có danh bạ mẫu, bỏ qua)")
        return
    today = timezone.localdate()
    year = today.year
    title = f"Kế hoạch tuyên truyền cải cách hành chính năm {year} (dữ liệu mẫu)"
    plan = CommunicationPlan.objects.filter(year=year, title=title).first()
    if plan is not None:
        return
    from cchc.news.models import ArticleCategory

    plan = CommunicationPlan.objects.create(
        year=year,
        title=title,
        goals=(
            "Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và Nhân dân về "
            "mục tiêu, nhiệm vụ, giải pháp cải cách hành chính; phản ánh chính xác, kịp thời "
            "kết quả thực hiện cải cách hành chính của tỉnh. (Dữ liệu mẫu, dựng theo cấu trúc "
            "một kế hoạch tuyên truyền cấp tỉnh.)"
        ),
        internal_notes="Ghi chú nội bộ mẫu: nhắc các huyện gửi báo cáo đúng hạn.",
        portal_category=ArticleCategory.objects.filter(name="Cải cách hành chính").first(),
        portal_agency=agencies["SNV"],
    )
    items = []
    for order, (
        number,
        content,
        form_index,
        responsible,
        coordinating,
        docs,
        metric,
        target,
    ) in enumerate(ITEMS):
        if responsible not in agencies:
            continue
        item = PlanItem.objects.create(
            plan=plan,
            number=number,
            content=content,
            form=forms[form_index],
            responsible_agency=agencies[responsible],
            period_text="Cả năm",
            deadline=dt.date(year, 12, 15),
            metric=metric,
            target=target,
            sort_order=order,
        )
        item.coordinating_agencies.set([agencies[c] for c in coordinating if c in agencies])
        item.documents.set(_documents(docs))
        item.save()  # parental many-to-many relations are written on save
        items.append(item)
    by_agency: dict[int, list[PlanItem]] = {}
    for item in items:
        for agency in [item.responsible_agency, *item.coordinating_agencies.all()]:
            by_agency.setdefault(agency.pk, []).append(item)
    now = timezone.now()
    for agency_pk, agency_items in by_agency.items():
        agency = next(a for a in agencies.values() if a.pk == agency_pk)
        for quarter in quarters_due(year, today):
            current = quarter.contains(today)
            if agency.code in LATE and (current or quarter.number % 2 == 0):
                continue
            report = AgencyReport.objects.create(
                plan=plan,
                agency=agency,
                year=year,
                quarter=quarter.number,
                status=ReportStatus.DRAFT if current else ReportStatus.SUBMITTED,
                summary="" if current else "(Dữ liệu mẫu) Hoàn thành các nhiệm vụ của quý.",
                submitted_at=None if current else now,
            )
            if current and agency.code != "SNV":
                continue
            _fictional_activities(report, agency_items, today)
    stdout.write(f"Kế hoạch tuyên truyền mẫu: {len(items)} nhiệm vụ, năm {year}")
