"""Fixtures for the communication plan: agencies, forms, a plan with items, users."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission


@pytest.fixture
def agencies(db):
    from cchc.directory.models import Agency

    made = {}
    for code, name in [
        ("SNV", "Sở Nội vụ"),
        ("SXD", "Sở Xây dựng"),
        ("STP", "Sở Tư pháp"),
        ("HDL", "Ủy ban nhân dân huyện Đồng Lúa"),
    ]:
        made[code] = Agency.objects.create(
            code=code,
            name=name,
            slug=code.lower(),
            level="department",
            email=f"{code.lower()}@example.gov.vn",
        )
    return made


@pytest.fixture
def forms_(db):
    from cchc.plans.models import CommunicationForm

    return {
        "training": CommunicationForm.objects.create(name="Lớp bồi dưỡng, tập huấn"),
        "portal": CommunicationForm.objects.create(
            name="Tin bài trên Cổng", counts_portal_articles=True
        ),
        "visual": CommunicationForm.objects.create(name="Tuyên truyền trực quan"),
    }


@pytest.fixture
def plan(agencies, forms_):
    from cchc.plans.choices import Metric
    from cchc.plans.models import CommunicationPlan, PlanItem

    plan = CommunicationPlan.objects.create(
        year=2022,
        title="Kế hoạch tuyên truyền cải cách hành chính năm 2022",
        goals="Nâng cao nhận thức về cải cách hành chính.",
        internal_notes="GHI-CHU-NOI-BO-BI-MAT",
        portal_agency=agencies["SNV"],
    )
    items = {}
    items["portal"] = PlanItem.objects.create(
        plan=plan,
        number="1",
        content="Đăng tin bài về Nghị quyết 76/NQ-CP",
        form=forms_["portal"],
        responsible_agency=agencies["SNV"],
        metric=Metric.ARTICLES,
        target=10,
        sort_order=1,
    )
    items["visual"] = PlanItem.objects.create(
        plan=plan,
        number="2",
        content="Treo băng rôn, pano tại trụ sở",
        form=forms_["visual"],
        responsible_agency=agencies["SXD"],
        metric=Metric.BANNERS,
        target=20,
        sort_order=2,
    )
    items["visual"].coordinating_agencies.set([agencies["HDL"]])
    items["visual"].save()
    items["training"] = PlanItem.objects.create(
        plan=plan,
        number="3",
        content="Lớp tập huấn nghiệp vụ CCHC",
        form=forms_["training"],
        responsible_agency=agencies["STP"],
        metric=Metric.SESSIONS,
        target=4,
        sort_order=3,
    )
    plan.test_items = items
    return plan


def _user(django_user_model, username, *, perms=(), agency=None):
    from cchc.directory.models import AgencyStaff

    user = django_user_model.objects.create_user(
        username, f"{username}@example.gov.vn", "pw-Plans-123"
    )
    for codename in perms:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="plans", codename=codename)
        )
    if agency is not None:
        AgencyStaff.objects.create(user=user, agency=agency)
    return django_user_model.objects.get(pk=user.pk)  # fresh permission cache


@pytest.fixture
def make_user(django_user_model):
    def make(username, **kwargs):
        return _user(django_user_model, username, **kwargs)

    return make


@pytest.fixture
def sxd_officer(make_user, agencies):
    return make_user("canbo_sxd", perms=["report_activities"], agency=agencies["SXD"])


@pytest.fixture
def snv_officer(make_user, agencies):
    return make_user("canbo_snv", perms=["report_activities"], agency=agencies["SNV"])


@pytest.fixture
def department(make_user, agencies):
    return make_user("sonoivu", perms=["change_communicationplan"], agency=agencies["SNV"])


@pytest.fixture
def today():
    return dt.date(2022, 11, 20)
