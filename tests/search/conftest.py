import datetime as dt

import pytest


@pytest.fixture
def make_legal(db):
    """Documents of the real legal library, found through the "legal" source that
    ``cchc.legal.search`` registers (no stand-in model). ``description`` is the full text;
    ``days`` after 01-01-2010 is the date of issue; without a ``key`` each gets its own."""
    from cchc.legal.models import LegalDocument

    counter = {"n": 0}

    def make(name, *, description="", key="", days=0):
        counter["n"] += 1
        key = key or f"{900 + counter['n']}/TB-VP"
        # an article citing the key may already have made a stub of it: fill that one
        document = LegalDocument.objects.filter(key=key).first() or LegalDocument(key=key)
        document.title = name
        document.full_text = description
        document.issued = dt.date(2010, 1, 1) + dt.timedelta(days=days)
        document.save()
        return document

    return make


@pytest.fixture(autouse=True)
def _fresh_search_cache():
    """Each test starts with an empty cache: cached query results and index versions of
    an earlier test (whose database was rolled back) must not leak into it."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
