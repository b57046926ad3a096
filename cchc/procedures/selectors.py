"""Reads of the procedure catalogue: the public list and its filters, one procedure."""

from __future__ import annotations

import html
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from cchc.core.text import fold, normalize_space

from .choices import Level, OnlineLevel
from .models import (
    CODE_RE,
    Procedure,
    ProcedureChannel,
    ProcedureField,
    RequiredDocument,
    normalize_code,
)

MAX_QUERY_WORDS = 8


@dataclass(frozen=True)
class ProcedureFilters:
    """Public list filters, already validated (bad values are dropped, never errors)."""

    q: str = ""
    field: str = ""  # ProcedureField.slug
    agency: int | None = None
    level: str = ""
    online: str = ""

    @classmethod
    def from_query(cls, params) -> ProcedureFilters:
        try:
            agency = int(params.get("co_quan", ""))
        except (TypeError, ValueError):
            agency = None
        level = params.get("cap", "")
        online = params.get("truc_tuyen", "")
        field = params.get("linh_vuc", "")
        return cls(
            q=normalize_space(params.get("q", ""))[:200],
            field=field[:120] if field.replace("-", "").isalnum() and field.isascii() else "",
            agency=agency if agency and 0 < agency < 2**31 else None,
            level=level if level in Level.values else "",
            online=online if online in OnlineLevel.values else "",
        )

    @property
    def active(self) -> bool:
        return bool(self.q or self.field or self.agency or self.level or self.online)

    def as_query(self) -> dict:
        return {
            k: v
            for k, v in {
                "q": self.q,
                "linh_vuc": self.field,
                "co_quan": self.agency or "",
                "cap": self.level,
                "truc_tuyen": self.online,
            }.items()
            if v
        }


def _public(qs: QuerySet[Procedure]) -> QuerySet[Procedure]:
    today = timezone.localdate()
    return qs.filter(published=True).filter(
        Q(effective_until__isnull=True) | Q(effective_until__gt=today)
    )


def procedure_list_public(filters: ProcedureFilters | None = None) -> QuerySet[Procedure]:
    """Published procedures in force, by field then name, with the filters applied.
    A query is matched word by word on the folded code, name, field and agency, so
    "khai sinh", "KHAI SINH" and "khai sính" all find "Đăng ký khai sinh"."""
    f = filters or ProcedureFilters()
    qs = _public(Procedure.objects.select_related("field", "agency"))
    if f.q:
        q = normalize_space(f.q)
        code = normalize_code(q)
        if CODE_RE.match(code) or (code[:1].isdigit() and "." in code):
            qs = qs.filter(code__istartswith=code)
        else:
            for word in fold(q).split()[:MAX_QUERY_WORDS]:
                qs = qs.filter(search_folded__contains=word)
    if f.field:
        qs = qs.filter(field__slug=f.field)
    if f.agency:
        qs = qs.filter(agency_id=f.agency)
    if f.level:
        qs = qs.filter(level=f.level)
    if f.online:
        qs = qs.filter(online_level=f.online)
    return qs.order_by("field__sort_order", "field__name", "name", "id")


def filter_options() -> dict:
    """Values offered by the list's filter form: only fields and agencies that have a
    public procedure (two queries)."""
    public = _public(Procedure.objects.all())
    fields = ProcedureField.objects.filter(procedures__in=public).distinct()
    from cchc.directory.selectors import agency_list_among

    agencies = agency_list_among(public.values("agency_id"), order_by=("sort_order", "name"))
    return {
        "fields": list(fields.order_by("sort_order", "name")),
        "agencies": list(agencies),
        "levels": Level.choices,
        "online_levels": OnlineLevel.choices,
    }


def procedure_get_public(
    key: str, *, select: tuple[str, ...] = (), prefetch: tuple = ()
) -> tuple[Procedure | None, str | None]:
    """``(procedure, None)`` for a public procedure's code; ``(None, code)`` when ``key``
    is its slug or a non-canonical spelling of its code (redirect there);
    ``(None, None)`` when unknown, withdrawn or expired. ``select`` and ``prefetch`` load
    more relations of the procedure found (``select_related``, ``prefetch_related``)."""
    qs = _public(Procedure.objects.select_related("field", "agency", *select))
    code = normalize_code(key)
    procedure = qs.filter(code=code).first()
    if procedure is not None:
        if key != procedure.code:
            return None, procedure.code
        if prefetch:
            prefetch_related_objects([procedure], *prefetch)
        return procedure, None
    by_slug = qs.filter(slug=key.lower()).values_list("code", flat=True).first()
    if by_slug is not None:
        return None, by_slug
    return None, None


def legal_documents_cited(text: str) -> list:
    """Library documents referred to in a legal-basis text, in order (through the legal
    library's extractor and resolver; unknown references stay text only)."""
    if not text or "/" not in text:
        return []
    from cchc.legal import selectors as legal_selectors
    from cchc.legal.citations import extract
    from cchc.legal.models import LegalDocument

    # only references that resolve to one document (the library never guesses among several)
    found = legal_selectors.citations_resolve(extract(text))
    ids = list(dict.fromkeys(r.document for r in found if r.document is not None))
    by_id = LegalDocument.objects.select_related("doc_type").in_bulk(ids)
    return [by_id[i] for i in ids if i in by_id]


def procedure_detail(procedure: Procedure) -> dict:
    """Everything the public page shows. The legal basis is the free text with its
    references linked, then the chosen library documents the text does not mention."""
    channels = list(
        ProcedureChannel.objects.filter(procedure=procedure).order_by("sort_order", "id")
    )
    for channel in channels:
        channel.procedure = procedure
    documents = list(
        RequiredDocument.objects.filter(procedure=procedure)
        .select_related("form")
        .order_by("sort_order", "id")
    )
    legal_documents = list(
        procedure.legal_documents.select_related("doc_type").order_by("-issued", "key")
    )
    cited = {d.pk for d in legal_documents_cited(procedure.legal_basis_text)}
    return {
        "channels": channels,
        "documents": documents,
        "legal_documents": [d for d in legal_documents if d.pk not in cited],
        "legal_basis_html": legal_basis_html(procedure.legal_basis_text),
    }


def legal_basis_html(text: str) -> SafeString:
    """The free-text legal basis as a list, each reference to a library document linked
    to its page by the legal library's linker (unknown documents stay plain text)."""
    lines = [normalize_space(line).lstrip("-+•* ") for line in (text or "").splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return mark_safe("")  # noqa: S308
    source = "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"
    from cchc.legal import selectors as legal_selectors
    from cchc.legal.linker import link_references

    # The linker re-emits the (escaped) markup verbatim and escapes text nodes.
    return mark_safe(link_references(source, legal_selectors.document_urls_for_citations))  # noqa: S308


def procedures_for_agency(agency_id: int, *, limit: int = 50) -> list[Procedure]:
    """Public procedures one agency performs (for the directory, later)."""
    return list(procedure_list_public(ProcedureFilters(agency=agency_id))[:limit])


def required_documents_prefetch() -> Prefetch:
    """The procedure's documents in their order, each with its form (a Wagtail document)."""
    return Prefetch("documents", queryset=RequiredDocument.objects.select_related("form"))


def procedure_list_published() -> QuerySet[Procedure]:
    """Every published procedure by name, in force or not (the desk files any of them)."""
    return Procedure.objects.filter(published=True).order_by("name")


def procedure_list_among(pks) -> QuerySet[Procedure]:
    """The procedures whose id is in ``pks`` (ids, or a subquery of ids), by name."""
    return Procedure.objects.filter(pk__in=pks).order_by("name")
