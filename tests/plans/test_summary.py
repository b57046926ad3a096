"""The province summary: submitted reports only, completion per item and agency, missing
reports, totals by form, portal articles counted from the news module; fixed query count."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cchc.plans import selectors, services
from cchc.plans.periods import Quarter


def report_with(plan, officer, quarter, items_counts, *, submit=True):
    report = services.report_get_or_create(plan=plan, quarter=quarter, actor=officer)
    for item, day, counts in items_counts:
        services.activity_add(
            report=report,
            data=services.ActivityData(
                item=item, form=item.form, date=day, description="Hoạt động", **counts
            ),
            actor=officer,
        )
    if submit:
        services.report_submit(report=report, summary="", actor=officer)
    return report


def test_completion_missing_and_totals(plan, sxd_officer, today):
    visual = plan.test_items["visual"]
    report_with(
        plan, sxd_officer, Quarter(2022, 1), [(visual, dt.date(2022, 2, 1), {"banners": 6})]
    )
    report_with(
        plan,
        sxd_officer,
        Quarter(2022, 2),
        [(visual, dt.date(2022, 5, 1), {"banners": 4, "participants": 30})],
    )
    # a draft does not count
    report_with(
        plan,
        sxd_officer,
        Quarter(2022, 3),
        [(visual, dt.date(2022, 8, 1), {"banners": 100})],
        submit=False,
    )
    summary = selectors.plan_summary(plan, today=today)
    by_number = {p.item.number: p for p in summary.items}
    assert by_number["2"].achieved == 10 and by_number["2"].percent == 50
    assert by_number["1"].achieved == 0 and by_number["1"].percent == 0
    sxd = next(a for a in summary.agencies if a.agency.code == "SXD")
    assert (sxd.reports_submitted, sxd.reports_due, sxd.activities, sxd.percent) == (2, 4, 2, 50)
    missing = {(a.code, q.number) for a, q in summary.missing}
    assert ("SXD", 3) in missing and ("SXD", 4) in missing and ("SXD", 1) not in missing
    # the co-ordinating district and every responsible agency are expected to report
    assert {("HDL", 1), ("SNV", 1), ("STP", 1)} <= missing
    visual_totals = next(f for f in summary.forms if f.form.name == "Tuyên truyền trực quan")
    assert (visual_totals.activities, visual_totals.banners, visual_totals.participants) == (
        2,
        10,
        30,
    )
    assert summary.totals.banners == 10


def test_target_exceeded_caps_at_100(plan, sxd_officer, today):
    visual = plan.test_items["visual"]
    report_with(
        plan, sxd_officer, Quarter(2022, 1), [(visual, dt.date(2022, 2, 1), {"banners": 50})]
    )
    summary = selectors.plan_summary(plan, today=today)
    assert next(p for p in summary.items if p.item.number == "2").percent == 100


@pytest.fixture
def cchc_category(db):
    from cchc.news.models import ArticleCategory

    return ArticleCategory.objects.create(name="Cải cách hành chính", slug="cai-cach-hanh-chinh")


def test_portal_articles_are_counted_automatically(plan, make_article, cchc_category, today):
    from cchc.news.models import ArticleCategory

    other = ArticleCategory.objects.create(name="Thể thao", slug="the-thao")
    plan.portal_category = cchc_category
    plan.save()
    make_article(date=dt.date(2022, 2, 10), category=cchc_category)
    make_article(date=dt.date(2022, 8, 10), category=cchc_category)
    make_article(date=dt.date(2022, 8, 11), category=other)  # other category
    make_article(date=dt.date(2021, 12, 31), category=cchc_category)  # other year
    make_article(date=dt.date(2022, 9, 1), category=cchc_category, publish=False)  # draft
    summary = selectors.plan_summary(plan, today=today)
    portal_item = next(p for p in summary.items if p.item.number == "1")
    assert portal_item.automatic == 2 and portal_item.achieved == 2 and portal_item.percent == 20
    assert summary.portal_articles == {1: 1, 2: 0, 3: 1, 4: 0}
    portal_form = next(f for f in summary.forms if f.form.counts_portal_articles)
    assert portal_form.automatic_articles == 2


def test_summary_query_count_does_not_grow_with_reports(
    plan, sxd_officer, make_user, agencies, today
):
    visual = plan.test_items["visual"]
    report_with(
        plan, sxd_officer, Quarter(2022, 1), [(visual, dt.date(2022, 2, 1), {"banners": 1})]
    )

    def count():
        with CaptureQueriesContext(connection) as ctx:
            selectors.plan_summary(plan, today=today)
        return len(ctx)

    before = count()
    hdl = make_user("canbo_hdl", perms=["report_activities"], agency=agencies["HDL"])
    for n in (1, 2, 3):
        report_with(
            plan, hdl, Quarter(2022, n), [(visual, dt.date(2022, 3 * n - 1, 2), {"banners": 2})] * 3
        )
    assert count() == before
