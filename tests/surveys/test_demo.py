"""The demo modules of surveys and indices: sample data, clearly labelled, idempotent."""

from io import StringIO

from cchc.indices.models import IndexResult
from cchc.surveys.models import Kiosk, Response


def test_demo_is_sample_labelled_and_idempotent(db):
    from cchc.directory import demo as directory_demo
    from cchc.indices import demo as indices_demo
    from cchc.surveys import demo as surveys_demo

    directory_demo.load_demo(StringIO())
    for _ in range(2):
        indices_demo.load_demo(StringIO())
        surveys_demo.load_demo(StringIO())
    results = IndexResult.objects.all()
    assert results.count() == 6 * indices_demo.YEARS  # six indices, several years, once
    assert not results.filter(is_sample=False).exists()
    assert all("MẪU" in r.source_note for r in results)
    assert Response.objects.count() == 3 * surveys_demo.PER_YEAR
    assert not Response.objects.filter(is_sample=False).exists()
    assert Kiosk.objects.exists()
    from cchc.indices.selectors import index_panels_public

    assert all(len(p.results) == indices_demo.YEARS for p in index_panels_public())
