"""/chi-so/ and /chi-so/noi-bo/ over real HTTP, and the admin form's rules."""

import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from cchc.indices import services


@pytest.fixture
def results(par, papi):
    for year, score in ((2021, "80.5"), (2022, "83.25"), (2023, "85")):
        services.result_create(
            data=services.ResultInput(
                index=par,
                year=year,
                score=Decimal(score),
                rank=10,
                rank_total=63,
                components=[("the-che", Decimal("91")), ("tthc", Decimal("77"))],
                is_sample=year == 2021,
            )
        )


def test_public_dashboard_has_accessible_charts_and_data_tables(client, results):
    page = client.get(reverse("indices:index"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "public" in page["Cache-Control"]  # anonymous, no form: shared cache may keep it
    svgs = re.findall(r"<svg[^>]*>", html)
    assert svgs and all('role="img"' in s and "aria-labelledby" in s for s in svgs)
    for labelled in re.findall(r'aria-labelledby="([^"]+)"', html):
        for ident in labelled.split():
            assert f'id="{ident}"' in html
    # coordinates never localised: "56,5" in x= would place each glyph apart (vi locale)
    assert not re.search(r'\s(?:x|y|cx|cy|x1|x2|y1|y2|width|height)="[^"]*,', html)
    assert re.search(r'<rect class="chart__bar"[^>]*width="[1-9]', html)
    assert "PAR INDEX qua các năm" in html
    assert "83,25" in html  # data table, decimal comma
    assert "10/63" in html
    assert "0–100 %" in html and "E+" not in html  # 100, not Decimal's "1E+2"
    assert "Thiết lập" not in html
    assert "Số liệu mẫu" in html  # the sample year is labelled
    assert "Xây dựng và tổ chức thực hiện thể chế" in html  # latest components bar chart
    assert "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_public_dashboard_query_count_does_not_grow_with_years(
    client, results, par, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25):
        client.get(reverse("indices:index"))
    for year in range(2010, 2020):
        services.result_create(data=services.ResultInput(index=par, year=year, score=Decimal(70)))
    with django_assert_max_num_queries(25):
        assert client.get(reverse("indices:index")).status_code == 200


def test_menu_has_the_indices_entry(client, db):
    assert 'href="/chi-so/"' in client.get(reverse("indices:index")).content.decode()


def test_leader_dashboard_needs_permission_and_is_private(client, db):
    url = reverse("indices:leaders")
    assert client.get(url).status_code == 302
    user = User.objects.create_user("lanhdao", password="x")
    client.force_login(user)
    assert client.get(url).status_code == 403
    user.user_permissions.add(Permission.objects.get(codename="view_response"))
    user = User.objects.get(pk=user.pk)
    client.force_login(user)
    page = client.get(url)
    assert page.status_code == 200 and "private" in page["Cache-Control"]


def test_admin_result_form_refuses_out_of_scale_and_foreign_component(client, par, papi):
    admin = User.objects.create_superuser("qt", password="x")
    client.force_login(admin)
    foreign = papi.components.first()
    data = {
        "index": par.pk,
        "year": 2024,
        "score": "120",
        "rank": "",
        "rank_total": "",
        "source_document": "",
        "source_note": "",
        "component_scores-TOTAL_FORMS": "1",
        "component_scores-INITIAL_FORMS": "0",
        "component_scores-MIN_NUM_FORMS": "0",
        "component_scores-MAX_NUM_FORMS": "1000",
        "component_scores-0-component": foreign.pk,
        "component_scores-0-value": "5",
        "component_scores-0-ORDER": "1",
        "component_scores-0-id": "",
    }
    page = client.post(reverse("wagtailsnippets_indices_indexresult:add"), data)
    html = page.content.decode()
    assert page.status_code == 200
    assert "ngoài thang điểm" in html
    assert "là thành phần của PAPI" in html
    from cchc.indices.models import IndexResult

    assert not IndexResult.objects.exists()
    data.update({"score": "88", "component_scores-0-component": par.components.first().pk})
    page = client.post(reverse("wagtailsnippets_indices_indexresult:add"), data)
    assert page.status_code == 302, page.content.decode()[:3000]
    assert IndexResult.objects.get(year=2024).component_scores.count() == 1
