"""Reads of the legal library: lists, filters, detail, backlinks, link targets."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.urls import reverse

from cchc.core.text import fold, normalize_space

from .choices import ReviewState, Status
from .keys import key_fold, key_slug
from .models import (
    Citation,
    DocumentRelation,
    DocumentType,
    LegalDocument,
    LegalDocumentSlugAlias,
)

MAX_QUERY_WORDS = 8


@dataclass(frozen=True)
class DocumentFilters:
    """Public list filters, already validated (bad values are dropped, never errors)."""

    q: str = ""
    doc_type: int | None = None
    issuer: str = ""
    year: int | None = None
    status: str = ""

    @classmethod
    def from_query(cls, params) -> DocumentFilters:
        def as_int(name, low, high):
            try:
                value = int(params.get(name, ""))
            except (TypeError, ValueError):
                return None
            return value if low <= value <= high else None

        status = params.get("tinh_trang", "")
        return cls(
            q=normalize_space(params.get("q", ""))[:200],
            doc_type=as_int("loai", 1, 2**31),
            issuer=normalize_space(params.get("co_quan", ""))[:255],
            year=as_int("nam", 1900, 2200),
            status=status if status in Status.values else "",
        )

    @property
    def active(self) -> bool:
        return bool(self.q or self.doc_type or self.issuer or self.year or self.status)


def document_list(filters: DocumentFilters | None = None) -> QuerySet[LegalDocument]:
    """Documents for the public list, newest first, with the filters applied."""
    qs = LegalDocument.objects.select_related("doc_type", "issuer")
    f = filters or DocumentFilters()
    if f.q:
        for word in fold(f.q).split()[:MAX_QUERY_WORDS]:
            qs = qs.filter(search_folded__contains=word)
    if f.doc_type:
        qs = qs.filter(doc_type_id=f.doc_type)
    if f.issuer:
        qs = qs.filter(Q(issuer_name__iexact=f.issuer) | Q(issuer__name__iexact=f.issuer))
    if f.year:
        qs = qs.filter(Q(issued__year=f.year) | Q(issued__isnull=True, year=f.year))
    if f.status:
        qs = qs.filter(status=f.status)
    return qs.order_by("-issued", "-year", "-id")


def filter_options() -> dict:
    """Values offered by the list's filter form (three queries)."""
    types = (
        DocumentType.objects.filter(documents__isnull=False)
        .distinct()
        .order_by("sort_order", "name")
    )
    issuers = (
        LegalDocument.objects.exclude(issuer_name="")
        .order_by("issuer_name")
        .values_list("issuer_name", flat=True)
        .distinct()
    )
    years = sorted(
        {
            d.year
            for d in LegalDocument.objects.filter(issued__isnull=False).dates("issued", "year")
        },
        reverse=True,
    )
    return {
        "types": list(types),
        "issuers": list(issuers)[:200],
        "years": years,
        "statuses": Status.choices,
    }


def document_get_by_slug(slug: str) -> tuple[LegalDocument | None, str | None]:
    """``(document, None)`` for a current slug; ``(None, redirect_slug)`` for a former or
    non-canonical one ("63-2010-ND-CP", "63/2010/NĐ-CP"); ``(None, None)`` if unknown."""
    document = (
        LegalDocument.objects.select_related("doc_type", "issuer", "verified_by")
        .filter(slug=slug)
        .first()
    )
    if document is not None:
        return document, None
    canonical = key_slug(slug)
    if canonical != slug and LegalDocument.objects.filter(slug=canonical).exists():
        return None, canonical
    alias = LegalDocumentSlugAlias.objects.filter(slug__in={slug, canonical}).first()
    if alias is not None:
        return None, alias.document.slug
    by_key = LegalDocument.objects.filter(key_folded=key_fold(slug)).only("slug").first()
    if by_key is not None:
        return None, by_key.slug
    return None, None


def document_relations(document: LegalDocument) -> dict[str, list]:
    """Relations both ways: ``outgoing`` (this document replaces…) and ``incoming``
    (this document is replaced by…), each row with the label from its side."""
    outgoing = [
        {"label": r.label, "document": r.target, "note": r.note}
        for r in DocumentRelation.objects.filter(source=document).select_related(
            "target", "target__doc_type"
        )
    ]
    incoming = [
        {"label": r.inverse_label, "document": r.source, "note": r.note}
        for r in DocumentRelation.objects.filter(target=document).select_related(
            "source", "source__doc_type"
        )
    ]
    return {"outgoing": outgoing, "incoming": incoming}


def document_citing_pages(document: LegalDocument) -> list:
    """Live, public pages (articles) citing the document, newest first."""
    from wagtail.models import Page

    return list(
        Page.objects.live()
        .public()
        .filter(legal_citations__document=document)
        .distinct()
        .order_by("-first_published_at", "-id")
        .specific()
    )


def citation_matches(document_issued, document_year, citation) -> bool:
    """Whether a library document can be the one a citation means.

    Administrative and Party numbers restart every year (and per agency), so the same key
    ("15/KH-UBND") names different documents in different years: a citation whose stated
    year differs from the document's is not linked to it (a wrong link is worse than none).
    """
    cited_year = citation.issued.year if citation.issued else citation.year
    known_year = document_issued.year if document_issued else document_year
    return cited_year is None or known_year is None or cited_year == known_year


def documents_for_citations(citations) -> list[tuple[int, str] | None]:
    """For each citation, ``(document id, slug)`` of the library document it refers to,
    or ``None`` (unknown key, or a year that contradicts the document's). One query."""
    folded = [key_fold(c.key) for c in citations]
    if not folded:
        return []
    rows = {
        kf: (pk, slug, issued, year)
        for pk, kf, slug, issued, year in LegalDocument.objects.filter(
            key_folded__in=set(folded)
        ).values_list("pk", "key_folded", "slug", "issued", "year")
    }
    out: list[tuple[int, str] | None] = []
    for citation, kf in zip(citations, folded, strict=True):
        row = rows.get(kf)
        if row is None or not citation_matches(row[2], row[3], citation):
            out.append(None)
        else:
            out.append((row[0], row[1]))
    return out


def document_urls_for_citations(citations) -> list[str | None]:
    """The document URL for each citation (``None`` when it has none), in order."""
    return [
        reverse("legal:document-detail", kwargs={"slug": found[1]}) if found else None
        for found in documents_for_citations(citations)
    ]


def document_list_latest_verified(*, limit: int = 5) -> list[LegalDocument]:
    return list(
        LegalDocument.objects.filter(review_state=ReviewState.VERIFIED)
        .select_related("doc_type")
        .order_by("-issued", "-id")[:limit]
    )


def document_list_unverified(*, q: str = "", doc_type: int | None = None) -> QuerySet:
    """The librarian queue: stubs "chưa kiểm tra", oldest first, with citation counts."""
    from django.db.models import Count

    qs = (
        LegalDocument.objects.filter(review_state=ReviewState.UNVERIFIED)
        .select_related("doc_type")
        .annotate(citation_count=Count("citations"))
    )
    for word in fold(normalize_space(q)).split()[:MAX_QUERY_WORDS]:
        qs = qs.filter(search_folded__contains=word)
    if doc_type:
        qs = qs.filter(doc_type_id=doc_type)
    return qs.order_by("created_at", "id")


def citation_list_for_page(page_id: int) -> QuerySet[Citation]:
    return Citation.objects.filter(page_id=page_id).select_related("document")
