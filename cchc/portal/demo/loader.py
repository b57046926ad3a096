"""Builds the demo site: pages, settings, portlets. Idempotent.

The demo accounts are made last, by :mod:`.accounts`."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Site

from cchc.news.models import ArticleCategory, ArticlePage, NewsIndexPage
from cchc.news.services import article_import
from cchc.news.textimport import Block, ParsedArticle

from ..models import HomePage, OrganisationSettings, Portlet
from ..services import MODERATORS, site_home_ensure
from .articles import ARTICLES

CATEGORIES = [
    "Cải cách hành chính",
    "Chuyển đổi số",
    "Phản ánh, kiến nghị",
    "Chỉ số cải cách hành chính",
]


def _home() -> HomePage:
    return site_home_ensure(site_name="Cổng thông tin CCHC")


def _news_index(home: HomePage) -> NewsIndexPage:
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = NewsIndexPage(
            title="Tin tức", slug="tin-tuc", intro="Tin tức về cải cách hành chính."
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


# The address an earlier demo wrote (not in the directory); replaced on the next load.
_OLD_DEMO_ADDRESS = "Số 1 Đường Trần Hưng Đạo, phường 5, thành phố (dữ liệu mẫu)"


def _settings(site: Site) -> None:
    """The organisation is the directory's Sở Nội vụ: same name, address, phone, e-mail."""
    from cchc.directory import demo as directory_demo

    org = OrganisationSettings.for_site(site)
    if org.address and org.address != _OLD_DEMO_ADDRESS:
        return
    agency = directory_demo.demo_contacts(directory_demo.PORTAL_AGENCY)
    province = directory_demo.demo_contacts("UBND-TINH")
    org.organisation_name = agency["name"]
    org.parent_organisation = province["name"]
    org.address = agency["address"]
    org.phone = agency["phone"]
    org.hotline = "1900 0000"
    org.email = agency["email"]
    org.zalo_url = "https://zalo.me/0000000000"
    org.facebook_url = "https://www.facebook.com/cchc.example"
    org.working_hours = directory_demo.HOURS
    org.responsible_person = "Giám đốc Sở Nội vụ"
    org.licence = "Dữ liệu trình diễn, không phải thông tin chính thức."
    org.save()


def _portlets() -> None:
    # The internal report belongs on the home page only (earlier demos put it everywhere).
    Portlet.objects.filter(title="Báo cáo nội bộ", placement=Portlet.Placement.ALL).update(
        placement=Portlet.Placement.HOME
    )
    if Portlet.objects.exists():
        return
    moderators = Group.objects.filter(name=MODERATORS).first()
    Portlet.objects.create(title="Văn bản mới", kind=Portlet.Kind.LATEST_DOCUMENTS, sort_order=10)
    Portlet.objects.create(
        title="Liên kết",
        kind=Portlet.Kind.LINKS,
        sort_order=20,
        links=[
            (
                "link",
                {
                    "title": "Cổng Dịch vụ công quốc gia",
                    "url": "https://dichvucong.gov.vn/",
                    "page": None,
                },
            ),
            (
                "link",
                {
                    "title": "Cơ sở dữ liệu quốc gia về văn bản pháp luật",
                    "url": "https://vbpl.vn/",
                    "page": None,
                },
            ),
        ],
    )
    Portlet.objects.create(
        title="Thống kê truy cập", kind=Portlet.Kind.VISITOR_STATS, sort_order=30
    )
    internal = Portlet.objects.create(
        title="Báo cáo nội bộ",
        kind=Portlet.Kind.TEXT,
        body="<p>Số hồ sơ trễ hạn tuần này: 3. Đề nghị các phòng rà soát trước thứ Sáu.</p>",
        visibility=Portlet.Visibility.GROUPS,
        denied_behaviour=Portlet.Denied.NOTICE,
        placement=Portlet.Placement.HOME,
        sort_order=40,
    )
    if moderators:
        internal.groups.add(moderators)


@transaction.atomic
def load_demo_data(stdout) -> None:
    home = _home()
    site = Site.objects.get(is_default_site=True)
    _settings(site)
    index = _news_index(home)
    categories = {}
    for order, name in enumerate(CATEGORIES):
        cat = ArticleCategory.objects.filter(name=name).first()
        if cat is None:
            cat = ArticleCategory(name=name, sort_order=order)
            cat.full_clean()
            cat.save()
        categories[name] = cat
    for spec in ARTICLES:
        blocks = []
        for text in spec["paragraphs"]:
            if text.startswith("+ "):
                if blocks and blocks[-1].kind == "ul":
                    blocks[-1].items.append(text[2:])
                else:
                    blocks.append(Block("ul", [text[2:]]))
            else:
                blocks.append(Block("p", [text]))
        parsed = ParsedArticle(
            title=spec["title"],
            date=dt.date.fromisoformat(spec["date"]),
            blocks=blocks,
            author=spec["author"],
        )
        if not ArticlePage.objects.child_of(index).filter(title=spec["title"]).exists():
            article_import(parsed=parsed, index_page=index, category=categories[spec["category"]])
    _portlets()
    stdout.write(
        f"Dữ liệu mẫu đã sẵn sàng / demo data ready: {ArticlePage.objects.live().count()} bài viết"
    )
