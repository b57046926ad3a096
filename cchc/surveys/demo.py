"""Demo data: the default questionnaire, one kiosk per demo agency, and three years of
sample responses (``is_sample``: shown as such, never mixed up with real ratings).
Idempotent."""

from __future__ import annotations

import datetime as dt
import random

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone

from cchc.directory.selectors import agency_by_codes

from . import services
from .choices import QuestionKind, Source
from .models import Answer, Kiosk, Response

AGENCY_CODES = ("SXD", "SNNMT", "STP", "H-DL", "H-DL-XDX")
LEADERS_GROUP = "Lãnh đạo theo dõi chỉ số"
PER_YEAR = 40


def _leaders_group() -> None:
    group, _ = Group.objects.get_or_create(name=LEADERS_GROUP)
    perms = Permission.objects.filter(
        content_type__app_label__in=["surveys", "indices"], codename__startswith="view_"
    )
    group.permissions.add(*perms)


def load_demo(stdout) -> None:
    today = timezone.localdate()
    questionnaire = services.questionnaire_current_or_default(today)
    _leaders_group()
    agencies = sorted(agency_by_codes(AGENCY_CODES).values(), key=lambda a: a.code)
    for agency in agencies:
        if not Kiosk.objects.filter(agency=agency).exists():
            services.kiosk_create(name=f"Quầy mẫu – {agency.name}"[:200], agency=agency)
    kiosk = Kiosk.objects.filter(is_active=True).order_by("pk").first()
    if kiosk is not None:
        stdout.write(f"Máy đánh giá mẫu: /danh-gia/quay/{kiosk.key}/")
    if Response.objects.filter(is_sample=True).exists() or not agencies:
        stdout.write("Khảo sát hài lòng: dữ liệu mẫu đã có.")
        return
    scale = list(questionnaire.questions.filter(kind=QuestionKind.SCALE))
    rng = random.Random("cchc-demo-surveys")  # noqa: S311 (demo numbers)
    count = 0
    with transaction.atomic():
        for years_ago in (2, 1, 0):
            year = today.year - years_ago
            last_day = today if years_ago == 0 else dt.date(year, 12, 31)
            span = (last_day - dt.date(year, 1, 1)).days or 1
            for i in range(PER_YEAR):
                agency = agencies[i % len(agencies)]
                # each agency has its own tendency, improving a little every year
                mood = 0.55 + 0.08 * (agency.pk % 4) + 0.04 * (2 - years_ago)
                day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, span))
                moment = timezone.make_aware(dt.datetime.combine(day, dt.time(9, 30)))
                response = Response.objects.create(
                    questionnaire=questionnaire,
                    source=Source.KIOSK,
                    agency=agency,
                    submitted_at=moment,
                    submitted_on=day,
                    is_sample=True,
                )
                answers = []
                for q in scale:
                    if rng.random() < 0.1:
                        continue  # "không ý kiến"
                    r = rng.random()
                    score = (
                        5
                        if r < mood * 0.5
                        else 4
                        if r < mood
                        else 3
                        if r < mood + 0.15
                        else rng.choice((1, 2))
                    )
                    answers.append(Answer(response=response, question=q, score=score))
                Answer.objects.bulk_create(answers)
                count += 1
    stdout.write(f"Khảo sát hài lòng: {count} phiếu mẫu.")
