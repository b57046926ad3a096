import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def par(db):
    from cchc.indices.models import IndexDefinition

    return IndexDefinition.objects.get(code="par-index")


@pytest.fixture
def papi(db):
    from cchc.indices.models import IndexDefinition

    return IndexDefinition.objects.get(code="papi")
