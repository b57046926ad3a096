import datetime as dt

import feedparser


def test_rss_and_atom_parse_with_a_real_feed_parser(client, make_article):
    make_article("Tin thứ nhất", date=dt.date(2026, 3, 1), author="Thu Hà")
    make_article("Tin thứ hai", date=dt.date(2026, 3, 2))
    for url, version in (("/tin-tuc/rss/", "rss20"), ("/tin-tuc/atom/", "atom10")):
        response = client.get(url)
        assert response.status_code == 200
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.version == version
        titles = [entry.title for entry in feed.entries]
        assert titles == ["Tin thứ hai", "Tin thứ nhất"]
        assert all(entry.link.startswith("http") for entry in feed.entries)


def test_feed_excludes_drafts(client, make_article):
    make_article("Đã đăng")
    make_article("Chưa đăng", publish=False)
    feed = feedparser.parse(client.get("/tin-tuc/rss/").content)
    assert [e.title for e in feed.entries] == ["Đã đăng"]


def test_sitemap_and_robots(client, make_article):
    article = make_article("Trong sơ đồ trang")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert article.slug in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /quan-tri/" in robots
    assert "Sitemap: http://testserver/sitemap.xml" in robots
