"""RSS 2.0 and Atom 1.0 feeds of the latest articles, for the press and readers.

Every text that goes into the XML passes through ``xml_safe``: a title pasted from Word
with a vertical tab (U+000B) made Django's XML writer raise (500) for the whole feed.
"""

import datetime as dt

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from cchc.core.cleaning import xml_safe

from .selectors import article_list_published


class ArticleRssFeed(Feed):
    feed_type = Rss201rev2Feed
    limit = 30

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        from wagtail.models import Site

        site = Site.find_for_request(self.request)
        name = site.site_name if site and site.site_name else self.index_page.title
        return xml_safe(f"{name} – {self.index_page.title}")

    def link(self):
        return self.index_page.url

    def description(self):
        return xml_safe(self.index_page.intro or self.index_page.title)

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        return article_list_published(index_page=self.index_page)[: self.limit]

    def item_title(self, item):
        return xml_safe(item.title)

    def item_description(self, item):
        return xml_safe(item.summary or item.search_description or "")

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return timezone.make_aware(dt.datetime.combine(item.date, dt.time(8, 0)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return xml_safe(item.author) or None

    def item_categories(self, item):
        return [xml_safe(item.category.name)] if item.category_id else []

    def item_guid(self, item):
        return self.request.build_absolute_uri(item.url)


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed
    subtitle = ArticleRssFeed.description
