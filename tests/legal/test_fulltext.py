"""Full text of a document (toàn văn): extracted from a real PDF and .docx made in the test,
bounded and reported errors, shown on the page with references linked, fed to search and
to relation proposals, and the file offered for download."""

import io

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cchc.core.models import AuditEvent
from cchc.legal import text_services, textfile
from cchc.legal.choices import RelationState, RelationType, TextSource
from cchc.legal.models import DocumentRelation, LegalDocument, LegalDocumentAttachment

LIST = "/quan-tri/snippets/legal/legaldocument/"

PARAGRAPHS = [
    "QUYẾT ĐỊNH",
    "Về việc ban hành Quy chế tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, "
    "áp dụng cho các sở, ban, ngành và Ủy ban nhân dân cấp huyện trên địa bàn tỉnh.",
    "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện "
    "cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận hồ sơ.",
    "Điều 2. Quyết định này thay thế Quyết định số 10/2019/QĐ-UBND ngày 05/4/2019 của UBND tỉnh.",
]


@pytest.fixture(scope="module")
def pdf_bytes():
    weasyprint = pytest.importorskip("weasyprint")
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><head><style>body{font-family:'DejaVu Sans',sans-serif;font-size:11pt}"
        f"</style></head><body>{body}</body></html>"
    )
    return weasyprint.HTML(string=html).write_pdf()


@pytest.fixture(scope="module")
def docx_bytes():
    import docx

    document = docx.Document()
    for p in PARAGRAPHS:
        document.add_paragraph(p)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Nơi nhận"
    table.rows[0].cells[1].text = "Sở Nội vụ"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def attach(document, data, name):
    file = Document.objects.create(title=name, file=ContentFile(data, name=name))
    LegalDocumentAttachment.objects.create(legal_document=document, document=file)
    return file


@pytest.fixture
def decision(db):
    document = LegalDocument(key="20/2023/QĐ-UBND", issued=__import__("datetime").date(2023, 3, 10))
    document.full_clean()
    document.save()
    return document


@pytest.fixture
def targets(db):
    old = LegalDocument(key="10/2019/QĐ-UBND")
    old.full_clean()
    old.save()
    nd = LegalDocument(key="61/2018/NĐ-CP")
    nd.full_clean()
    nd.save()
    return old, nd


def test_pdf_text_is_extracted_with_paragraphs(pdf_bytes):
    """The PDF's lines are joined into its paragraphs; Vietnamese survives (NFC)."""
    text, truncated = textfile.extract_text(pdf_bytes, "pdf")
    assert not truncated
    assert text.split("\n\n") == PARAGRAPHS


def test_docx_text_is_extracted_with_tables(docx_bytes):
    """Each Word paragraph is a paragraph; a table row is one paragraph, cells by " | "."""
    text, _ = textfile.extract_text(docx_bytes, "docx")
    assert text.split("\n\n") == [*PARAGRAPHS, "Nơi nhận | Sở Nội vụ"]


@pytest.mark.parametrize(
    ("data", "ext", "code"),
    [
        (b"%PDF-1.4 broken", "pdf", "unreadable"),
        (b"PK\x03\x04 not a zip", "docx", "unreadable"),
        (b"\xd0\xcf\x11\xe0 old word", "doc", "unsupported"),
    ],
)
def test_bad_files_raise_a_coded_error(data, ext, code):
    with pytest.raises(textfile.TextFileError) as exc:
        textfile.extract_text(data, ext)
    assert exc.value.code == code


def test_limits_cut_pages_and_characters(pdf_bytes, monkeypatch):
    """Past the character limit the text is cut and reported as truncated."""
    monkeypatch.setitem(textfile.LIMITS, "chars", 50)
    text, truncated = textfile.extract_text(pdf_bytes, "pdf")
    assert truncated and len(text) <= 50
    monkeypatch.setitem(textfile.LIMITS, "bytes", 10)
    with pytest.raises(textfile.TextFileError) as exc:
        textfile.extract_text(pdf_bytes, "pdf")
    assert exc.value.code == "too_big"


def test_service_fills_text_from_the_uploaded_pdf(decision, pdf_bytes, librarian):
    """An empty text is filled from the first attachment; audited; reported."""
    attach(decision, pdf_bytes, "qd-20-2023.pdf")
    report = text_services.legal_document_text_update(document=decision, actor=librarian)
    decision.refresh_from_db()
    assert decision.text_source == TextSource.PDF
    assert "thay thế Quyết định số 10/2019/QĐ-UBND" in decision.full_text
    assert report.errors == [] and report.characters == len(decision.full_text)
    assert ("success", f"Đã trích toàn văn ({report.characters} ký tự) từ tệp đính kèm.") in (
        report.messages()
    )
    assert AuditEvent.objects.filter(action="cchc.legal.document.text_extract").exists()


def test_service_reads_docx_and_keeps_pasted_text(decision, docx_bytes, librarian):
    """A .docx fills an empty text; a pasted text is kept and marked "Nhập tay"."""
    attach(decision, docx_bytes, "qd.docx")
    text_services.legal_document_text_update(document=decision, actor=librarian)
    decision.refresh_from_db()
    assert decision.text_source == TextSource.DOCX and "Nơi nhận | Sở Nội vụ" in decision.full_text
    decision.full_text = "Văn bản dán tay."
    decision.text_source = TextSource.NONE
    decision.save()
    text_services.legal_document_text_update(document=decision, actor=librarian)
    decision.refresh_from_db()
    assert (decision.full_text, decision.text_source) == ("Văn bản dán tay.", TextSource.PASTED)


def test_broken_file_is_reported_never_raised(decision, librarian):
    """A broken PDF leaves the text empty, returns a message for the librarian and an audit
    row; nothing raises."""
    attach(decision, b"%PDF-1.7\n garbage", "hong.pdf")
    report = text_services.legal_document_text_update(document=decision, actor=librarian)
    decision.refresh_from_db()
    assert decision.full_text == ""
    assert report.errors == ["Tệp “hong.pdf” bị hỏng hoặc không đọc được."]
    assert AuditEvent.objects.get(action="cchc.legal.document.text_error").data["code"] == (
        "unreadable"
    )


def test_document_page_shows_linked_text_and_download(
    client, decision, targets, pdf_bytes, librarian
):
    """The page shows the text in paragraphs, escaped, with each reference linked like in
    articles (not its own key), and the PDF to download."""
    attach(decision, pdf_bytes, "qd-20-2023.pdf")
    text_services.legal_document_text_update(document=decision, actor=librarian)
    LegalDocument.objects.filter(pk=decision.pk).update(
        full_text=LegalDocument.objects.get(pk=decision.pk).full_text
        + "\n\n<script>alert(1)</script> Quyết định số 20/2023/QĐ-UBND."
    )
    old, nd = targets
    html = client.get(decision.get_absolute_url()).content.decode()
    assert 'id="toan-van"' in html
    assert f'<a href="{old.get_absolute_url()}" class="legal-ref">' in html
    assert f'<a href="{nd.get_absolute_url()}" class="legal-ref">' in html
    assert f'<a href="{decision.get_absolute_url()}" class="legal-ref">' not in html
    assert "<p>Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận hồ sơ.</p>" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert "download>qd-20-2023.pdf</a> (PDF" in html


def test_text_feeds_search(decision):
    """The legal search source indexes the full text."""
    from cchc.legal.search import legal_document

    decision.full_text = "Quy chế tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công"
    decision.save()
    assert "Trung tâm Phục vụ hành chính công" in legal_document(decision).body


def test_text_proposes_relations_with_the_document_as_source(
    decision, targets, pdf_bytes, librarian, relation_reading
):
    """ "Quyết định này thay thế Quyết định số 10/2019/QĐ-UBND" in the document's own text
    proposes 20/2023 replaces 10/2019 ("Căn cứ" references propose nothing)."""
    attach(decision, pdf_bytes, "qd.pdf")
    report = text_services.legal_document_text_update(document=decision, actor=librarian)
    relation = DocumentRelation.objects.get()
    assert (relation.source, relation.relation_type, relation.target) == (
        decision,
        RelationType.REPLACES,
        targets[0],
    )
    assert relation.state == RelationState.PROPOSED and relation.origin_page is None
    assert report.relations_proposed == 1


def test_admin_upload_extracts_and_tells_the_librarian(client, decision, docx_bytes, librarian):
    """Saving the document in the admin with a Word file attached fills the text and shows
    a message."""
    file = Document.objects.create(title="qd.docx", file=ContentFile(docx_bytes, name="qd.docx"))
    client.force_login(librarian)
    data = nested_form_data(
        {
            "key": decision.key,
            "doc_type": "",
            "number": "",
            "year": "",
            "symbol": "",
            "title": "Quy chế tiếp nhận hồ sơ",
            "issuer": "",
            "issuer_name": "UBND tỉnh",
            "signer": "",
            "issued": "2023-03-10",
            "effective": "",
            "expired_on": "",
            "status": "unknown",
            "full_text": "",
            "attachments": inline_formset([{"document": file.pk, "label": ""}]),
            "relations": inline_formset([]),
        }
    )
    response = client.post(f"{LIST}edit/{decision.pk}/", data, follow=True)
    assert response.status_code == 200
    decision.refresh_from_db()
    assert decision.text_source == TextSource.DOCX and "Điều 2." in decision.full_text
    assert "Đã trích toàn văn" in response.content.decode()


def test_backfill_command_extracts_documents_without_text(decision, docx_bytes):
    """``manage.py legal_extract_text`` fills texts from files; broken files are counted."""
    from django.core.management import call_command

    attach(decision, docx_bytes, "qd.docx")
    broken = LegalDocument(key="5/2024/QĐ-UBND")
    broken.save()
    attach(broken, b"%PDF-1.4 garbage", "hong.pdf")
    out = io.StringIO()
    call_command("legal_extract_text", stdout=out)
    decision.refresh_from_db()
    assert decision.text_source == TextSource.DOCX
    # "Quyết định này thay thế Quyết định số 10/2019/QĐ-UBND" in the text: one proposal
    assert out.getvalue().startswith("Đã trích 1, lỗi 1, đề xuất 1 quan hệ")
