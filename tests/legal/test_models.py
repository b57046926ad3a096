"""LegalDocument: key validation and canonical form, derived fields, slugs, relations."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from cchc.legal import services
from cchc.legal.choices import RelationType
from cchc.legal.models import DocumentRelation, DocumentType, LegalDocument


def make(key, **fields):
    doc = LegalDocument(key=key, **fields)
    doc.full_clean()
    doc.save()
    return doc


@pytest.mark.django_db
def test_clean_canonicalises_key_and_fills_parts():
    """ "Nghị định số 63/2010/NĐ-CP" is stored as "63/2010/NĐ-CP" with number/year/symbol."""
    doc = make("Nghị định số 63/2010/NĐ-CP")
    assert doc.key == "63/2010/NĐ-CP"
    assert (doc.number, doc.year, doc.symbol) == ("63", 2010, "NĐ-CP")
    assert doc.slug == "63-2010-nd-cp"
    assert doc.key_folded == "63/2010/nd-cp"


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["", "abc", "29/06/2006", "63/2010/NĐ-CP và 64/2010/NĐ-CP"])
def test_clean_rejects_bad_key_shapes(bad):
    """Anything that is not exactly one reference is refused with a key error."""
    with pytest.raises(ValidationError) as exc:
        LegalDocument(key=bad).full_clean()
    assert "key" in exc.value.message_dict


@pytest.mark.django_db
def test_clean_rejects_key_differing_only_by_d_or_case():
    """ "63/2010/ND-CP" clashes with "63/2010/NĐ-CP" (same folded key)."""
    make("63/2010/NĐ-CP")
    with pytest.raises(ValidationError) as exc:
        LegalDocument(key="63/2010/ND-CP").full_clean()
    assert "key" in exc.value.message_dict


@pytest.mark.django_db
def test_effective_before_issued_is_refused():
    """The effective date cannot precede the issue date."""
    import datetime as dt

    with pytest.raises(ValidationError):
        LegalDocument(
            key="76/NQ-CP", issued=dt.date(2021, 7, 15), effective=dt.date(2021, 7, 1)
        ).full_clean()


@pytest.mark.django_db
def test_key_change_records_old_slug_alias():
    """Correcting a key changes the slug and keeps the old one as an alias."""
    doc = make("15/KH-UBND")
    doc.key = "16/KH-UBND"
    doc.full_clean()
    services.legal_document_save(doc)
    assert doc.slug == "16-kh-ubnd"
    assert list(doc.slug_aliases.values_list("slug", flat=True)) == ["15-kh-ubnd"]


@pytest.mark.django_db
def test_search_folded_contains_type_key_title_issuer():
    """The folded search text has no diacritics and no đ."""
    doc = make(
        "63/2010/NĐ-CP",
        doc_type=DocumentType.objects.get(name="Nghị định"),
        title="Về kiểm soát thủ tục hành chính",
        issuer_name="Chính phủ",
    )
    assert doc.search_folded == "nghi dinh 63/2010/nd-cp ve kiem soat thu tuc hanh chinh chinh phu"
    assert str(doc) == "Nghị định 63/2010/NĐ-CP"


@pytest.mark.django_db
def test_relation_labels_both_ways_and_constraints():
    """A relation reads "Thay thế" from the source and "Bị thay thế bởi" from the target;
    self-relations and duplicates are refused by the database."""
    new = make("118/2025/NĐ-CP")
    old = make("61/2018/NĐ-CP")
    rel = DocumentRelation.objects.create(
        source=new, relation_type=RelationType.REPLACES, target=old
    )
    assert str(rel.label) == "Thay thế"
    assert str(rel.inverse_label) == "Bị thay thế bởi"
    with pytest.raises(IntegrityError):
        DocumentRelation.objects.create(source=new, relation_type=RelationType.AMENDS, target=new)


@pytest.mark.django_db
def test_duplicate_relation_refused():
    """The same typed relation cannot be recorded twice."""
    a, b = make("107/2021/NĐ-CP"), make("61/2018/NĐ-CP")
    DocumentRelation.objects.create(source=a, relation_type=RelationType.AMENDS, target=b)
    with pytest.raises(IntegrityError):
        DocumentRelation.objects.create(source=a, relation_type=RelationType.AMENDS, target=b)


@pytest.mark.django_db
def test_attachment_must_be_pdf_or_word():
    """Attachments are PDF or Word files; a spreadsheet is refused."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from cchc.legal.models import LegalDocumentAttachment

    doc = make("76/NQ-CP")
    pdf = Document(title="a", file=ContentFile(b"%PDF-1.4", name="a.pdf"))
    pdf.save()
    xlsx = Document(title="b", file=ContentFile(b"PK\x03\x04", name="b.xlsx"))
    xlsx.save()
    LegalDocumentAttachment(legal_document=doc, document=pdf).full_clean()
    with pytest.raises(ValidationError):
        LegalDocumentAttachment(legal_document=doc, document=xlsx).full_clean()
