"""Search snippets keep field boundaries (issue 11, point 12)."""

import datetime as dt

import pytest

from cchc.search.registry import join_sentences

pytestmark = pytest.mark.django_db


def test_join_sentences_puts_a_boundary_between_fields():
    """Fields end with a full stop unless they already end a sentence."""
    assert join_sentences(
        "Về kiểm soát thủ tục hành chính", "Chính phủ", "", None, "Nguyễn Tấn Dũng"
    ) == ("Về kiểm soát thủ tục hành chính. Chính phủ. Nguyễn Tấn Dũng.")
    assert join_sentences("Đã xong!", "Tiếp") == "Đã xong! Tiếp."


def test_legal_document_snippet_source_has_no_run_on():
    """The library document's searchable body separates title, issuer and signer: no
    "…hành chính Chính phủ Nguyễn Xuân Phúc"."""
    from cchc.legal.models import LegalDocument
    from cchc.legal.search import legal_document

    doc = LegalDocument(
        key="61/2018/NĐ-CP",
        title="Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
        issuer_name="Chính phủ",
        signer="Nguyễn Xuân Phúc",
        issued=dt.date(2018, 4, 23),
        slug="61-2018-nd-cp",
    )
    body = legal_document(doc).body
    assert "hành chính Chính phủ" not in body and "Chính phủ Nguyễn" not in body
    assert body.endswith("thủ tục hành chính. Chính phủ. Nguyễn Xuân Phúc.")


def test_article_blocks_are_sentences():
    """A heading and the paragraph after it do not run together in an article's source."""
    from cchc.search.sources import html_blocks

    blocks = html_blocks(
        "<h2>Kết quả</h2><p>Tỷ lệ hài lòng tăng.</p><ul><li>Một</li><li>Hai</li></ul>"
    )
    assert join_sentences(*blocks) == "Kết quả. Tỷ lệ hài lòng tăng. Một. Hai."
