"""Makes library documents searchable in the site search (``cchc.search``)."""

from django.utils.translation import gettext_lazy as _

from cchc.search.registry import SearchDocument, join_sentences, register_source

from .models import LegalDocument


def legal_document(doc: LegalDocument) -> SearchDocument:
    doc_type = doc.doc_type.name if doc.doc_type_id else ""
    title = " ".join(filter(None, [doc_type, "số", doc.key])) if doc_type else doc.key
    # The full text feeds search too (bounded: the index keeps the first 100,000 characters).
    body = join_sentences(doc.title, doc.issuer_name, doc.signer, doc.full_text[:100_000])
    return SearchDocument(
        title=f"{title} – {doc.title}" if doc.title else title,
        body=body,
        url=doc.get_absolute_url(),
        date=doc.issued,
        year=doc.year or (doc.issued.year if doc.issued else None),
        keys=[doc.key],
        facets={"doc_type": doc_type, "status": doc.status},
    )


register_source(
    "legal",
    LegalDocument,
    legal_document,
    label=_("Văn bản"),
    queryset=lambda: LegalDocument.objects.select_related("doc_type"),
    order=20,
)
