"""Portlets: each has a visibility rule; a viewer who may not see one never gets its content."""

import pytest

from cchc.portal.models import Portlet

NOTICE = "Bạn chưa có đủ quyền truy nhập portlet này."
SECRET = "Số hồ sơ trễ hạn tuần này: 3"


@pytest.fixture
def internal_portlet(db, moderators_group):
    portlet = Portlet.objects.create(
        title="Báo cáo nội bộ",
        kind=Portlet.Kind.TEXT,
        body=f"<p>{SECRET}</p>",
        visibility=Portlet.Visibility.GROUPS,
        denied_behaviour=Portlet.Denied.NOTICE,
    )
    portlet.groups.add(moderators_group)
    return portlet


def page_html(client):
    return client.get("/", HTTP_ACCEPT="text/html", HTTP_USER_AGENT="Mozilla/5.0").content.decode()


def test_anonymous_viewer_gets_the_notice_not_the_content(client, home_page, internal_portlet):
    html = page_html(client)
    assert NOTICE in html
    assert SECRET not in html
    assert "Báo cáo nội bộ" in html


def test_member_of_the_group_sees_the_content(
    client, home_page, internal_portlet, moderators_group, django_user_model
):
    user = django_user_model.objects.create_user("duyet", password="x")
    user.groups.add(moderators_group)
    client.force_login(user)
    html = page_html(client)
    assert SECRET in html
    assert NOTICE not in html


def test_signed_in_user_outside_the_group_gets_the_notice(
    client, home_page, internal_portlet, django_user_model
):
    client.force_login(django_user_model.objects.create_user("congdan", password="x"))
    html = page_html(client)
    assert NOTICE in html and SECRET not in html


def test_hidden_behaviour_renders_nothing_at_all(client, home_page, internal_portlet):
    internal_portlet.denied_behaviour = Portlet.Denied.HIDE
    internal_portlet.save()
    html = page_html(client)
    assert NOTICE not in html and SECRET not in html and "Báo cáo nội bộ" not in html


def test_authenticated_only_portlet(client, home_page, django_user_model):
    Portlet.objects.create(
        title="Dành cho cán bộ",
        kind=Portlet.Kind.TEXT,
        body="<p>Lịch họp giao ban</p>",
        visibility=Portlet.Visibility.AUTHENTICATED,
        denied_behaviour=Portlet.Denied.NOTICE,
    )
    assert "Lịch họp giao ban" not in page_html(client)
    client.force_login(django_user_model.objects.create_user("canbo", password="x"))
    assert "Lịch họp giao ban" in page_html(client)


def test_superuser_sees_group_portlets(client, home_page, internal_portlet, admin_user):
    client.force_login(admin_user)
    assert SECRET in page_html(client)


def test_links_and_stats_portlets_for_everyone(client, home_page):
    Portlet.objects.create(
        title="Liên kết",
        kind=Portlet.Kind.LINKS,
        links=[
            (
                "link",
                {
                    "title": "Cổng Dịch vụ công quốc gia",
                    "url": "https://dichvucong.gov.vn/",
                    "page": None,
                },
            )
        ],
    )
    Portlet.objects.create(title="Thống kê truy cập", kind=Portlet.Kind.VISITOR_STATS)
    html = page_html(client)
    assert 'href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia' in html
    assert html.count('data-testid="visitor-stats"') == 2  # portlet + footer


def test_placement_home_only(client, home_page, news_index):
    Portlet.objects.create(
        title="Chỉ trang chủ",
        kind=Portlet.Kind.TEXT,
        body="<p>x</p>",
        placement=Portlet.Placement.HOME,
    )
    assert "Chỉ trang chủ" in page_html(client)
    assert "Chỉ trang chủ" not in client.get("/tin-tuc/").content.decode()


def test_inactive_portlet_is_not_rendered(client, home_page):
    Portlet.objects.create(title="Tạm tắt", kind=Portlet.Kind.TEXT, is_active=False)
    assert "Tạm tắt" not in page_html(client)


def test_latest_documents_portlet_lists_documents(client, home_page):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    doc = get_document_model().objects.create(
        title="Kế hoạch CCHC 2026", file=ContentFile(b"%PDF-1.4", name="kh.pdf")
    )
    Portlet.objects.create(title="Văn bản mới", kind=Portlet.Kind.LATEST_DOCUMENTS)
    html = page_html(client)
    assert "Kế hoạch CCHC 2026" in html
    assert doc.url in html


def test_portlet_rendering_query_count(
    client, home_page, internal_portlet, django_assert_max_num_queries
):
    for i in range(10):
        Portlet.objects.create(
            title=f"P{i}",
            kind=Portlet.Kind.TEXT,
            body="<p>x</p>",
            visibility=Portlet.Visibility.GROUPS,
            denied_behaviour=Portlet.Denied.NOTICE,
        )
    page_html(client)  # warm caches
    with django_assert_max_num_queries(25):
        page_html(client)
