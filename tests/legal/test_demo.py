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
