"""Demo contest data (idempotent), clearly marked "dữ liệu mẫu": an open contest taking
entries (with a countdown), three invented entries checked and partly scored, and last
year's edition with its results published. Found by ``manage.py load_demo_data`` (every
app's ``demo.load_demo``); the jury's accounts get their passwords from the demo accounts
(cchc/portal/demo/accounts.py), which run last.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from cchc.directory.models import Agency

from . import selectors, services
from .choices import Aggregation, RoundKind
from .models import Contest, Criterion, Entry, JuryMember, Prize, Round

MARK = "(dữ liệu mẫu)"
JURORS = [
    ("giamkhao_stp", "Giám khảo Sở Tư pháp", "STP"),
    ("giamkhao_syt", "Giám khảo Sở Y tế", "SYT"),
    ("giamkhao_snv", "Giám khảo Sở Nội vụ", "SNV"),
]
SYSTEM_USER = "cuocthi_demo_he_thong"  # acts for the secretary and chair in the demo; no password
AUTHORS = [
    ("tacgia_mau_1", "Lê Thị Minh", "SXD", "Tiếp nhận hồ sơ xây dựng qua mã QR"),
    ("tacgia_mau_2", "Phan Văn Hòa", "SNV", "Sổ tay điện tử thủ tục cho cán bộ cấp xã"),
    ("tacgia_mau_3", "Đỗ Thu Trang", "SYT", "Hẹn giờ khám bệnh qua tổng đài tự động"),
]
RUBRIC = [
    ("Tính mới, tính sáng tạo", "Giải pháp chưa được áp dụng tại địa phương.", 3, 10),
    ("Hiệu quả, lợi ích", "Tiết kiệm thời gian, chi phí cho người dân và cơ quan.", 3, 10),
    ("Khả năng nhân rộng", "Có thể áp dụng ở cơ quan, địa bàn khác.", 2, 10),
    ("Chất lượng trình bày", "Rõ ràng, đủ căn cứ, số liệu.", 1, 10),
]
RULES = (
    "<p>Mỗi tác giả hoặc nhóm tác giả gửi một bài dự thi trình bày sáng kiến, giải pháp "
    "cải cách hành chính đã hoặc có thể áp dụng. Bài dự thi gồm tên, tóm tắt, toàn văn và "
    "tệp đính kèm (nếu có).</p><p>Bài được chấm ẩn danh theo tiêu chí công bố; giám khảo "
    "không chấm bài của tác giả cùng cơ quan.</p>"
)
ELIGIBILITY = "<p>Cán bộ, công chức, viên chức, người lao động và người dân trong tỉnh.</p>"


def _user(username, full_name):
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is None:
        user = user_model(
            username=username, first_name=full_name[:150], email=f"{username}@example.gov.vn"
        )
        user.set_unusable_password()  # the demo accounts give it a password (jurors)
        user.save()
    return user


def _agency(code):
    return Agency.objects.filter(code=code).first()


def _contest(slug, title, *, opens, closes, scoring, aggregation=Aggregation.MEAN):
    contest = Contest.objects.filter(slug=slug).first()
    if contest is not None:
        return contest, False
    contest = Contest.objects.create(
        slug=slug,
        title=f"{title} {MARK}",
        intro="Tìm kiếm, lan tỏa sáng kiến giúp thủ tục hành chính nhanh hơn, gọn hơn.",
        rules=RULES,
        eligibility=ELIGIBILITY,
        organiser=_agency("SNV"),
        is_visible=True,
        aggregation=aggregation,
    )
    Round.objects.create(
        contest=contest, kind=RoundKind.SUBMISSION, opens_at=opens, closes_at=closes
    )
    Round.objects.create(
        contest=contest, kind=RoundKind.PRELIMINARY, opens_at=scoring[0], closes_at=scoring[1]
    )
    for order, (name, description, weight, max_points) in enumerate(RUBRIC, start=1):
        Criterion.objects.create(
            contest=contest, name=name, description=description, weight=Decimal(weight),
            max_points=max_points, sort_order=order,
        )  # fmt: skip
    for order, (name, places, reward) in enumerate(
        [
            ("Giải Nhất", 1, "Giấy khen và tiền thưởng"),
            ("Giải Nhì", 1, "Giấy khen"),
            ("Giải Khuyến khích", 1, ""),
        ],
        start=1,
    ):
        Prize.objects.create(
            contest=contest, name=name, places=places, reward=reward, sort_order=order
        )
    for username, full_name, code in JURORS:
        JuryMember.objects.get_or_create(
            contest=contest, user=_user(username, full_name),
            defaults={"agency": _agency(code), "display_name": full_name},
        )  # fmt: skip
    return Contest.objects.prefetch_related("rounds", "criteria", "prizes").get(pk=contest.pk), True


def _system_user():
    """Secretary and chair of the demo's past steps (never signs in)."""
    from django.contrib.auth.models import Group

    from cchc.core.permissions import roles_ensure

    from .roles import GROUP_CHAIR, GROUP_SECRETARY

    user = _user(SYSTEM_USER, "Hệ thống (dữ liệu mẫu cuộc thi)")
    roles_ensure()
    user.groups.add(*Group.objects.filter(name__in=[GROUP_SECRETARY, GROUP_CHAIR]))
    return get_user_model().objects.get(pk=user.pk)


def _entries(contest, when):
    system = _system_user()
    entries = []
    for username, full_name, code, title in AUTHORS:
        owner = _user(username, full_name)
        entry = Entry.objects.filter(contest=contest, owner=owner).first()
        if entry is None:
            agency = _agency(code)
            entry = services.entry_submit(
                contest=contest,
                owner=owner,
                data=services.EntryData(
                    title=title,
                    summary=f"{title}: tóm tắt sáng kiến {MARK}.",
                    full_text=(
                        f"Thực trạng: người dân phải đi lại nhiều lần {MARK}.\n\n"
                        "Giải pháp: quy trình mới, ứng dụng công nghệ sẵn có.\n\n"
                        "Hiệu quả: rút ngắn thời gian giải quyết, giảm giấy tờ."
                    ),
                    contact_email=f"{username}@example.gov.vn",
                    authors=[
                        services.AuthorData(full_name=full_name, unit=agency.name if agency else "")
                    ],
                    agency_id=agency.pk if agency else None,
                    consent_publish=True,
                ),
                now=when,
            )
            entry = services.entry_accept(entry=entry, actor=system)
        entries.append(entry)
    return entries


def _score(contest, entries, when, *, seed):
    for j, (username, _name, _code) in enumerate(JURORS):
        user = get_user_model().objects.get(username=username)
        seat = selectors.jury_seat(user, contest)
        for i, entry in enumerate(entries):
            if selectors.exclusion(seat, entry):
                continue
            points = {
                c.pk: str(min(c.max_points, 5 + (seed + i * 3 + j * 2 + c.sort_order) % 6))
                for c in contest.criteria.all()
            }
            services.score_save(
                entry=entry,
                juror=_juror_with_perm(user),
                sheet=services.SheetInput({k: (v, "Nhận xét mẫu.") for k, v in points.items()}),
                now=when,
            )


def _juror_with_perm(user):
    """Demo jurors act before the demo accounts put them in the juror group."""
    from django.contrib.auth.models import Group

    from cchc.core.permissions import roles_ensure

    from .roles import GROUP_JUROR

    roles_ensure()
    user.groups.add(Group.objects.get(name=GROUP_JUROR))
    return get_user_model().objects.get(pk=user.pk)


def load_demo(stdout) -> None:
    now = timezone.now().replace(microsecond=0)
    year = timezone.localtime(now).year
    # Last year's edition: closed, scored, ranked, approved and published.
    past, created = _contest(
        f"sang-kien-cchc-{year - 1}",
        f"Tìm kiếm sáng kiến cải cách hành chính năm {year - 1}",
        opens=now - dt.timedelta(days=400),
        closes=now - dt.timedelta(days=300),
        scoring=(now - dt.timedelta(days=290), now - dt.timedelta(days=260)),
        aggregation=Aggregation.TRIMMED_MEAN,
    )
    if created:
        entries = _entries(past, now - dt.timedelta(days=350))
        _score(past, entries, now - dt.timedelta(days=280), seed=1)
        system = _system_user()
        services.contest_rank(contest=past, actor=system, now=now)
        services.contest_approve(contest=past, actor=system, note=MARK)
        services.contest_publish(contest=past, actor=system)
    # This year's edition: taking entries (countdown), first entries already scored.
    current, created = _contest(
        f"sang-kien-cchc-{year}",
        f"Tìm kiếm sáng kiến cải cách hành chính năm {year}",
        opens=now - dt.timedelta(days=20),
        closes=now + dt.timedelta(days=60),
        scoring=(now - dt.timedelta(days=5), now + dt.timedelta(days=75)),
    )
    if created:
        entries = _entries(current, now - dt.timedelta(days=10))
        _score(current, entries[:2], now - dt.timedelta(days=1), seed=2)
    stdout.write(
        f"Cuộc thi mẫu / demo contests: {Contest.objects.filter(title__endswith=MARK).count()}"
    )
