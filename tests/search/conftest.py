import datetime as dt

import pytest

from cchc.search.registry import SearchDocument, get_source, register_source, unregister


@pytest.fixture
def legal_source(db):
    """A second kind ("legal") registered on a plain model, as another app would."""
    from cchc.news.models import ArticleCategory

    def to_document(cat):
        if cat.description == "ẩn":
            return None
        return SearchDocument(
            title=cat.name,
            body=cat.description,
            url=f"/van-ban/{cat.slug}/",
            date=dt.date(2010, 1, 1) + dt.timedelta(days=cat.sort_order),
            keys=[cat.slug.upper()] if "/" in cat.slug else [],
        )

    previous = get_source("legal")  # the real library's source, restored afterwards
    source = register_source("legal", ArticleCategory, to_document, label="Văn bản", order=20)
    yield source
    unregister("legal")
    if previous is not None:
        register_source(
            previous.kind,
            previous.model,
            previous.to_document,
            label=previous.label,
            queryset=previous.queryset,
            order=previous.order,
        )


@pytest.fixture
def make_legal(legal_source):
    from cchc.news.models import ArticleCategory

    counter = {"n": 0}

    def make(name, *, description="", key="", days=0):
        counter["n"] += 1
        return ArticleCategory.objects.create(
            name=name,
            slug=key or f"vb-{counter['n']}",
            description=description,
            sort_order=days,
        )

    return make


@pytest.fixture(autouse=True)
def _fresh_search_cache():
    """Each test starts with an empty cache: cached query results and index versions of
    an earlier test (whose database was rolled back) must not leak into it."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
