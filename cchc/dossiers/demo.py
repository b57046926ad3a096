"""Demo dossiers (idempotent): a dozen filings of the demo catalogue's procedures in every
stage of the workflow, with invented applicants. Found by ``manage.py load_demo_data``
(every app's ``demo.load_demo``); the one-stop roles of the demo officers are given here."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from cchc.core.permissions import roles_ensure
from cchc.directory.models import AgencyStaff

from . import services
from .models import AgencyUnitCode, Dossier
from .permissions import GROUP_ADMIN, GROUP_DESK, GROUP_HANDLER, GROUP_LEADER

DEMO_MARK = "(dữ liệu mẫu)"
SYSTEM_USER = "motcua_demo_he_thong"
APPLICANTS = [
    ("Nguyễn Văn An", "0900555001", "Số 12 đường Lê Lợi, phường Một"),
    ("Trần Thị Bích", "0900555002", "Số 4 đường Nguyễn Trãi, phường Hai"),
    ("Lê Hoàng Cường", "0900555003", "Ấp Một, xã An Bình"),
    ("Phạm Thị Dung", "0900555004", "Số 9 đường Hai Bà Trưng, phường Hai"),
]
# How far along each demo dossier goes.
STAGES = [
    "received",
    "supplement",
    "accepted",
    "assigned",
    "consulting",
    "approved",
    "result_ready",
    "returned",
    "closed",
    "refused_receipt",
    "withdrawn",
    "overdue",
]


def _system_user():
    user, created = get_user_model().objects.get_or_create(
        username=SYSTEM_USER,
        defaults={"email": "motcua-demo@example.gov.vn", "first_name": "Hệ thống"},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=GROUP_ADMIN))
    return get_user_model().objects.get(pk=user.pk)


def _officer_roles() -> None:
    """The demo officers of Sở Xây dựng / Sở Nông nghiệp và Môi trường get one-stop roles."""
    groups = {
        g.name: g for g in Group.objects.filter(name__in=[GROUP_DESK, GROUP_HANDLER, GROUP_LEADER])
    }
    for staff in AgencyStaff.objects.select_related("user").filter(
        user__username__in=["canbo_sxd", "canbo_snnmt"]
    ):
        staff.user.groups.add(groups[GROUP_DESK], groups[GROUP_LEADER], groups[GROUP_HANDLER])


def _rule_sets_ensure() -> None:
    """The rule sets migration 0002 wrote; a flushed database (the browser tests flush after
    each test) has none, and no dossier can be received without the rules in force."""
    from importlib import import_module

    from .models import RuleSet

    rows = import_module("cchc.dossiers.migrations.0002_rules_and_groups").RULE_SETS
    for row in rows:
        RuleSet.objects.get_or_create(effective_from=row["effective_from"], defaults=row)


def load_demo(stdout) -> None:
    from cchc.procedures import demo as procedures_demo
    from cchc.procedures.models import Procedure

    procedures_demo.load_demo(stdout)  # idempotent: the catalogue first
    _rule_sets_ensure()
    roles_ensure()
    _officer_roles()
    if Dossier.objects.filter(subject__endswith=DEMO_MARK).exists():
        return
    procedures = list(
        Procedure.objects.filter(published=True, agency__isnull=False).select_related("agency")[:4]
    )
    if not procedures:
        stdout.write("Hồ sơ mẫu: chưa có thủ tục nào có cơ quan thực hiện, bỏ qua.")
        return
    for n, procedure in enumerate(procedures, start=1):
        AgencyUnitCode.objects.get_or_create(
            agency=procedure.agency, defaults={"code": f"000.00.{n:02d}.H00"}
        )
    actor = _system_user()
    now = timezone.now()
    made = 0
    for i, stage in enumerate(STAGES):
        procedure = procedures[i % len(procedures)]
        name, phone, address = APPLICANTS[i % len(APPLICANTS)]
        received = now - dt.timedelta(days=20 if stage == "overdue" else (len(STAGES) - i), hours=2)
        d = services.dossier_receive(
            procedure=procedure,
            receiving_agency=procedure.agency,
            applicant=services.Applicant(name=name, phone=phone, address=address),
            channel="online" if i % 3 == 0 else "desk",
            actor=actor,
            subject=f"Đề nghị giải quyết thủ tục {procedure.name} {DEMO_MARK}",
            received_at=received,
        )
        made += 1
        _advance(d, stage, actor)
    stdout.write(f"Hồ sơ mẫu / demo dossiers: {made}")


def _advance(d, stage, actor) -> None:
    s = services
    if stage == "received":
        return
    if stage == "supplement":
        s.dossier_request_supplement(
            dossier=d, actor=actor, missing="Bản sao giấy tờ về quyền sử dụng đất"
        )
        return
    if stage == "refused_receipt":
        s.dossier_refuse_receipt(
            dossier=d, actor=actor, reason="Hồ sơ không thuộc thẩm quyền giải quyết"
        )
        return
    d = s.dossier_accept(dossier=d, actor=actor)
    if stage in ("accepted", "overdue"):
        return
    if stage == "withdrawn":
        s.dossier_withdraw(dossier=d, actor=actor, reason="Người nộp đề nghị rút hồ sơ")
        return
    officer = _handler_for(d)
    d = s.dossier_assign(dossier=d, actor=actor, officer=officer)
    if stage == "assigned":
        return
    if stage == "consulting":
        from cchc.directory.models import Agency

        other = (
            Agency.objects.filter(status="active")
            .exclude(pk=d.handling_agency_id)
            .order_by("pk")
            .first()
        )
        if other is not None:
            s.dossier_consult(
                dossier=d, actor=actor, to_agency=other, days=3, task="Cho ý kiến về hồ sơ"
            )
        return
    d = s.dossier_assess(dossier=d, actor=actor, note="Hồ sơ đủ điều kiện")
    d = s.dossier_approve(dossier=d, actor=actor)
    if stage == "approved":
        return
    d = s.dossier_result_ready(dossier=d, actor=actor)
    if stage == "result_ready":
        return
    d = s.dossier_return(dossier=d, actor=actor)
    if stage == "closed":
        s.dossier_close(dossier=d, actor=actor)


def _handler_for(d):
    """An officer of the handling agency with the handler role (a demo one if none)."""
    for staff in AgencyStaff.objects.filter(agency=d.handling_agency).select_related("user"):
        if staff.user.has_perm("dossiers.handle_dossier"):
            return staff.user
    username = f"xuly_demo_{d.handling_agency_id}"
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"first_name": "Chuyên viên", "last_name": "(mẫu)"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=GROUP_HANDLER))
    AgencyStaff.objects.get_or_create(user=user, defaults={"agency": d.handling_agency})
    return get_user_model().objects.get(pk=user.pk)
