"""The Department edits plans in the Wagtail admin (snippets, items inline); audited."""

from django.contrib.auth.models import Permission
from django.urls import reverse

from cchc.core.audit import AuditEvent
from cchc.plans.models import CommunicationPlan


def manager(make_user, agencies):
    user = make_user(
        "snv_admin",
        perms=["change_communicationplan", "add_communicationplan", "view_communicationplan"],
        agency=agencies["SNV"],
    )
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def plan_post(agencies, forms_, **extra):
    data = {
        "year": 2023,
        "title": "Kế hoạch tuyên truyền năm 2023",
        "goals": "Mục đích",
        "is_public": "on",
        "internal_notes": "",
        "items-TOTAL_FORMS": "1",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
        "items-0-number": "1",
        "items-0-content": "Tuyên truyền Chỉ thị 23/CT-TTg",
        "items-0-form": forms_["visual"].pk,
        "items-0-responsible_agency": agencies["SXD"].pk,
        "items-0-coordinating_agencies": [agencies["HDL"].pk, agencies["STP"].pk],
        "items-0-metric": "banners",
        "items-0-target": "30",
        "items-0-period_text": "Cả năm",
        "items-0-deadline": "15/12/2023",
        "items-0-ORDER": "1",
        "items-0-id": "",
        "items-0-DELETE": "",
    }
    data.update(extra)
    return data


def test_department_creates_a_plan_with_items_and_it_is_audited(
    client, make_user, agencies, forms_
):
    client.force_login(manager(make_user, agencies))
    url = reverse("wagtailsnippets_plans_communicationplan:add")
    assert client.get(url).status_code == 200
    response = client.post(url, plan_post(agencies, forms_))
    assert response.status_code == 302, response.content.decode()[:3000]
    plan = CommunicationPlan.objects.get(year=2023)
    item = plan.items.get()
    assert item.target == 30 and item.deadline.isoformat() == "2023-12-15"
    assert {a.code for a in item.coordinating_agencies.all()} == {"HDL", "STP"}
    assert AuditEvent.objects.filter(
        action="cchc.plans.plan.create", object_id=str(plan.pk)
    ).exists()


def test_officer_cannot_open_the_plan_admin(client, sxd_officer):
    client.force_login(sxd_officer)
    response = client.get(reverse("wagtailsnippets_plans_communicationplan:add"))
    assert response.status_code == 302
