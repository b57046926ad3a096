"""Fixtures of the one-stop shop: agencies with unit codes, rule sets, roles, a procedure."""

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.cache import cache

from cchc.directory.models import Agency, AgencyStaff
from cchc.dossiers import services
from cchc.dossiers.models import AgencyUnitCode, RuleSet
from cchc.dossiers.permissions import GROUP_ADMIN, GROUP_DESK, GROUP_HANDLER, GROUP_LEADER
from cchc.procedures.models import Procedure, ProcedureField

TZ = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
PDF_MIN = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

GROUP_PERMS = {
    GROUP_DESK: ["desk_dossier", "view_dossier"],
    GROUP_HANDLER: ["handle_dossier", "view_dossier"],
    GROUP_LEADER: ["lead_dossier", "handle_dossier", "view_dossier"],
    GROUP_ADMIN: ["manage_all_dossiers", "view_dossier"],
}


def local(*args):
    return dt.datetime(*args, tzinfo=TZ)


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def ruleset(db):
    """Transactional tests flush the migration's rows: ensure them here."""
    RuleSet.objects.get_or_create(
        effective_from=dt.date(2018, 8, 21),
        defaults={"name": "NĐ 61/2018", "cutoff": dt.time(15, 0), "supplement_clock": "restart"},
    )
    return RuleSet.objects.get_or_create(
        effective_from=dt.date(2025, 7, 1),
        defaults={"name": "NĐ 118/2025", "cutoff": dt.time(15, 0), "supplement_clock": "restart"},
    )[0]


@pytest.fixture
def groups(db):
    out = {}
    for name, codenames in GROUP_PERMS.items():
        group = Group.objects.get_or_create(name=name)[0]
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="dossiers", codename__in=codenames)
        )
        out[name] = group
    return out


def make_agency(code, name, *, unit=None, level=Agency.Level.DEPARTMENT):
    agency = Agency.objects.get_or_create(
        code=code, defaults={"name": name, "slug": code.lower(), "level": level}
    )[0]
    if unit:
        AgencyUnitCode.objects.get_or_create(agency=agency, defaults={"code": unit})
    return agency


def make_user(username, *, agency=None, group=None, superuser=False):
    user = User.objects.create_user(username, email=f"{username}@example.org", password="x")
    if superuser:
        user.is_superuser = user.is_staff = True
        user.save()
    if group is not None:
        user.groups.add(Group.objects.get(name=group))
    if agency is not None:
        AgencyStaff.objects.create(user=user, agency=agency)
    return User.objects.get(pk=user.pk)  # fresh: no cached permissions


@pytest.fixture
def agencies(db):
    return {
        "a": make_agency("SXD", "Sở Xây dựng", unit="000.00.15.H38"),
        "b": make_agency("SNNMT", "Sở Nông nghiệp và Môi trường", unit="000.00.16.H38"),
        "c": make_agency("STP", "Sở Tư pháp"),
    }


@pytest.fixture
def users(db, agencies, groups):
    a, b = agencies["a"], agencies["b"]
    return {
        "desk": make_user("desk_a", agency=a, group=GROUP_DESK),
        "handler": make_user("handler_a", agency=a, group=GROUP_HANDLER),
        "leader": make_user("leader_a", agency=a, group=GROUP_LEADER),
        "desk_b": make_user("desk_b", agency=b, group=GROUP_DESK),
        "handler_b": make_user("handler_b", agency=b, group=GROUP_HANDLER),
        "leader_b": make_user("leader_b", agency=b, group=GROUP_LEADER),
        "admin": make_user("motcua_admin", group=GROUP_ADMIN),
        "superuser": make_user("root", superuser=True),
        "citizen": make_user("citizen"),
        "citizen2": make_user("citizen2"),
        "nobody_staff": make_user("staff_no_perm", agency=a),
    }


@pytest.fixture
def procedure(db, agencies):
    field = ProcedureField.objects.get_or_create(name="Xây dựng")[0]
    return Procedure.objects.create(
        code="1.009972.000.00.00.H38",
        name="Cấp giấy phép xây dựng nhà ở riêng lẻ",
        field=field,
        level="province",
        agency=agencies["a"],
        time_limit_days=Decimal("5"),
        postal_return=True,
        published=True,
    )


@pytest.fixture
def receive(ruleset, procedure, agencies, users):
    """Receive a dossier at agency A's desk (or online with ``channel='online'``)."""

    def make(**kwargs):
        kwargs.setdefault("procedure", procedure)
        kwargs.setdefault("receiving_agency", agencies["a"])
        kwargs.setdefault(
            "applicant", services.Applicant(name="Nguyễn Thị Hoa", phone="0912345678")
        )
        kwargs.setdefault("channel", "desk")
        if kwargs["channel"] != "online":
            kwargs.setdefault("actor", users["desk"])
        return services.dossier_receive(**kwargs)

    return make


def pdf_file(name="don.pdf", **kw):
    return services.UploadedFile(content=PDF_MIN, name=name, mime="application/pdf", **kw)


@pytest.fixture
def clock(monkeypatch):
    """Set "now" (Asia/Ho_Chi_Minh wall time) for the services: ``clock(2026, 2, 13, 9)``."""
    from django.utils import timezone

    def set_now(*args):
        moment = local(*args)
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return set_now


# Tết Bính Ngọ 2026 as the Prime Minister fixed it for civil servants: Saturday 14/02 to
# Sunday 22/02 (the working days 16–20/02 are holidays).
TET_2026 = [dt.date(2026, 2, d) for d in range(16, 21)]


@pytest.fixture
def tet_2026(db):
    from cchc.core.calendar import invalidate_work_calendar
    from cchc.core.models import Holiday

    Holiday.objects.bulk_create(
        [Holiday(date=d, name="Tết Nguyên đán") for d in TET_2026]
        + [Holiday(date=dt.date(2026, 1, 1), name="Tết Dương lịch")]
    )
    invalidate_work_calendar()
    return TET_2026
