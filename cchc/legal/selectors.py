"""Reads of the legal library: lists, filters, detail, backlinks, link targets."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Q, QuerySet
from django.urls import reverse

from cchc.core.text import fold, normalize_space

from .choices import RelationState, ReviewState, Status
from .identity import Candidate, Resolution, cited_year, issuer_fold, resolve
from .keys import key_fold, key_slug
from .models import (
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
    non-canonical one ("63-2010-ND-CP", "63/2010/NĐ-CP"), or ``(None, "?key=…")`` (the
    choice page's query) for a bare key several documents share; ``(None, None)`` if
    unknown."""
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
    by_key = list(LegalDocument.objects.filter(key_folded=key_fold(slug)).only("slug")[:2])
    if len(by_key) == 1:
        return None, by_key[0].slug
    # The bare key of documents whose slugs carry the year ("15-kh-ubnd" for
    # "15-kh-ubnd-2021"): the one document, or the choice page (see views).
    same_key = [
        d
        for d in LegalDocument.objects.filter(slug__startswith=f"{canonical}-").only("slug", "key")
        if key_slug(d.key) == canonical
    ]
    if len(same_key) == 1:
        return None, same_key[0].slug
    if len(same_key) > 1:
        return None, "?" + urlencode({"key": same_key[0].key})
    return None, None


def document_relations(document: LegalDocument) -> dict[str, list]:
    """Relations both ways: ``outgoing`` (this document replaces…) and ``incoming``
    (this document is replaced by…), each row with the label from its side."""
    outgoing = [
        {"label": r.label, "document": r.target, "note": r.note, "pinpoint": r.pinpoint}
        for r in DocumentRelation.objects.filter(
            source=document, state=RelationState.CONFIRMED
        ).select_related("target", "target__doc_type")
    ]
    incoming = [
        {"label": r.inverse_label, "document": r.source, "note": r.note, "pinpoint": r.pinpoint}
        for r in DocumentRelation.objects.filter(
            target=document, state=RelationState.CONFIRMED
        ).select_related("source", "source__doc_type")
    ]
    return {"outgoing": outgoing, "incoming": incoming}


def document_citing_pages(document: LegalDocument) -> list:
    """Live, public pages (articles) citing the document, newest first."""
    from wagtail.models import Page

    from cchc.portal.restrictions import public_q

    return list(
        Page.objects.live()
        .filter(public_q())
        .filter(legal_citations__document=document)
        .distinct()
        .order_by("-first_published_at", "-id")
        .specific()
    )


def _candidates(folded_keys) -> dict[str, list[tuple[Candidate, str]]]:
    """``{folded key: [(candidate, slug)]}`` for the library documents with those keys."""
    out: dict[str, list[tuple[Candidate, str]]] = {}
    rows = LegalDocument.objects.filter(key_folded__in=set(folded_keys)).values_list(
        "pk", "key_folded", "slug", "year", "issue_year", "issuer_folded"
    )
    for pk, kf, slug, year, issue_year, issuer in rows.order_by("pk"):
        out.setdefault(kf, []).append((Candidate(pk, year is not None, issue_year, issuer), slug))
    return out


def citation_resolve_in(candidates: list[tuple[Candidate, str]], citation) -> Resolution:
    """Which of ``candidates`` (documents with the cited key) the citation means."""
    return resolve(
        [c for c, _ in candidates],
        year=cited_year(citation),
        issuer=issuer_fold(getattr(citation, "issuer", None)),
    )


def citations_resolve(citations) -> list[Resolution]:
    """For each citation, the library document it means, the documents to choose from when
    the sentence does not tell them apart, or nothing. One query."""
    citations = list(citations)
    if not citations:
        return []
    by_key = _candidates(key_fold(c.key) for c in citations)
    return [citation_resolve_in(by_key.get(key_fold(c.key), []), c) for c in citations]


def choice_url(citation) -> str:
    """The choice page for an ambiguous reference: ``/van-ban/chon/?key=…&nam=…``."""
    params = {"key": citation.key}
    year = cited_year(citation)
    if year:
        params["nam"] = year
    if getattr(citation, "issuer", None):
        params["co_quan"] = citation.issuer
    return f"{reverse('legal:document-choose')}?{urlencode(params)}"


def document_urls_for_citations(citations) -> list[str | None]:
    """For each citation, in order: its document's URL, the choice page's URL when several
    documents fit, or ``None`` when the library holds none. One query."""
    citations = list(citations)
    if not citations:
        return []
    by_key = _candidates(key_fold(c.key) for c in citations)
    slugs = {c.pk: slug for rows in by_key.values() for c, slug in rows}
    out: list[str | None] = []
    for citation in citations:
        found = citation_resolve_in(by_key.get(key_fold(citation.key), []), citation)
        if found.document is not None:
            out.append(reverse("legal:document-detail", kwargs={"slug": slugs[found.document]}))
        elif found.ambiguous:
            out.append(choice_url(citation))
        else:
            out.append(None)
    return out


@dataclass(frozen=True)
class DocumentChoice:
    """What the choice page shows: the key as asked, the documents that fit, and whether
    they fit the year/issuer asked (``narrowed``) or are every document with the key."""

    key: str
    year: int | None
    issuer: str
    documents: list
    narrowed: bool


def document_choices(params) -> DocumentChoice | None:
    """The documents an ambiguous reference may mean (``?key=…&nam=…&co_quan=…``); every
    document with the key when none fits the year/issuer. ``None`` for a bad key."""
    from .keys import parse_key

    citation = parse_key(str(params.get("key", ""))[:200])
    if citation is None:
        return None
    try:
        year = int(params.get("nam", ""))
    except (TypeError, ValueError):
        year = None
    if year is not None and not 1900 <= year <= 2200:
        year = None
    issuer = normalize_space(str(params.get("co_quan", "")))[:255]
    qs = LegalDocument.objects.filter(key_folded=key_fold(citation.key)).select_related(
        "doc_type", "issuer"
    )
    documents = list(qs.order_by("-issued", "-issue_year", "id"))
    found = resolve(
        [Candidate(d.pk, d.year_in_key, d.issue_year, d.issuer_folded) for d in documents],
        year=year,
        issuer=issuer_fold(issuer),
    )
    keep = set(found.choices) or ({found.document} if found.document else set())
    narrowed = bool(keep)
    if keep:
        documents = [d for d in documents if d.pk in keep]
    return DocumentChoice(citation.key, year, issuer, documents, narrowed)


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


def relation_list_proposed() -> QuerySet[DocumentRelation]:
    """The librarian's queue of relations read from texts, oldest first."""
    return (
        DocumentRelation.objects.filter(state=RelationState.PROPOSED)
        .select_related("source", "source__doc_type", "target", "target__doc_type", "origin_page")
        .order_by("proposed_at", "id")
    )


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of a stored full text (separated by blank lines), whitespace kept tidy."""
    paragraphs = []
    for block in (text or "").replace("\r\n", "\n").split("\n\n"):
        lines = [normalize_space(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            paragraphs.append("\n".join(lines))
    return paragraphs


def document_text_html(document: LegalDocument) -> str:
    """The document's full text as HTML: each paragraph a ``<p>`` (lines kept with
    ``<br>``), every character escaped, and every reference linked as in articles (the
    document's own key is not linked to itself)."""
    import html as html_lib

    from .linker import link_references

    paragraphs = text_paragraphs(document.full_text)
    if not paragraphs:
        return ""
    source = "".join(
        "<p>" + "<br>".join(html_lib.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )
    own = document.get_absolute_url()

    def resolve_urls(citations):
        return [None if url == own else url for url in document_urls_for_citations(citations)]

    return link_references(source, resolve_urls)
