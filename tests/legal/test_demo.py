"""Demo data of the library: loads ~15 documents with relations, idempotently."""

import io

from cchc.legal.demo import DOCUMENTS, RELATIONS, load_demo
from cchc.legal.models import DocumentRelation, LegalDocument


def test_load_demo_is_idempotent(db):
    """Running the loader twice leaves the same documents and relations, all verified
    and all keys valid for the extractor."""
    load_demo(io.StringIO())
    load_demo(io.StringIO())
    assert LegalDocument.objects.count() == len(DOCUMENTS) >= 15
    assert DocumentRelation.objects.count() == len(RELATIONS)
    assert not LegalDocument.objects.exclude(review_state="verified").exists()
    nd = LegalDocument.objects.get(key="61/2018/NĐ-CP")
    assert {r.source.key for r in nd.incoming_relations.all()} >= {"118/2025/NĐ-CP"}


def test_demo_plan_text_links_every_reference_to_the_library(db, client):
    """The demo plan's full text is shown with each reference linked to a library page, so a
    newcomer walks from the plan to the plan and the resolution it implements."""
    import re

    from cchc.legal.citations import extract
    from cchc.legal.demo import TEXTS

    load_demo(io.StringIO())
    plan = LegalDocument.objects.get(key="38/KH-UBND")
    assert plan.full_text == TEXTS["38/KH-UBND"] and plan.text_source == "pasted"
    keys = {c.key for c in extract(plan.full_text)}
    assert len(keys) >= 5
    html = client.get(plan.get_absolute_url()).content.decode()
    links = dict(re.findall(r'<a href="([^"]+)" class="legal-ref">([^<]+)</a>', html))
    assert len(links) == len(keys)
    for key in keys:
        target = LegalDocument.objects.get(key=key)
        assert target.get_absolute_url() in links, key
        assert client.get(target.get_absolute_url()).status_code == 200


def test_demo_relations_run_forward_in_time():
    """A document amends, replaces, guides or implements only what was issued before it
    (the demo once had a January 2021 plan implementing a July 2021 resolution)."""
    issued = {row[0]: row[4] for row in DOCUMENTS}
    for source, _kind, target in RELATIONS:
        assert issued[source] >= issued[target], (source, target)
