"""Writes of the legal library: stubs from citations, article links, verification.

Why over 500 lines: the library's writes (stubs, links, verification, import, admin
saves); the import half is to move to legal/import_services.py when next touched.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy

from cchc.core import tabular
from cchc.core.audit import record_event
from cchc.core.exceptions import PermissionDeniedError, ValidationError
from cchc.core.permissions import has_perm
from cchc.core.text import fold, normalize_space

from . import citations as extractor
from .choices import RelationState, RelationType, ReviewState, Status
from .identity import Candidate, Resolution, cited_year, issuer_fold, resolve
from .keys import key_fold, key_year
from .linker import html_text, references_in_html
from .models import (
    Citation,
    DocumentRelation,
    DocumentType,
    LegalDocument,
    LegalDocumentSlugAlias,
)
from .roles import LIBRARIAN_ROLE, VERIFY

logger = logging.getLogger(__name__)

LIBRARIAN_GROUP = LIBRARIAN_ROLE  # the group the demo and tests use
# Page models whose body is scanned for references when published.
LINKED_PAGE_MODELS = {"news.articlepage"}

MSG_NOT_LIBRARIAN = gettext_lazy("Chỉ cán bộ thư viện văn bản mới được thực hiện thao tác này.")
MSG_ALREADY_VERIFIED = gettext_lazy("Văn bản đã được kiểm tra.")


def user_is_librarian(user) -> bool:
    """Holders of ``legal.verify_legaldocument`` (the "Thư viện văn bản" role of
    :mod:`cchc.legal.roles`, superusers) edit and verify the library."""
    return has_perm(user, VERIFY)


def _require_librarian(user) -> None:
    if not user_is_librarian(user):
        raise PermissionDeniedError(MSG_NOT_LIBRARIAN)


# --- document types --------------------------------------------------------------------


def document_types_sync() -> int:
    """Create the document types the extractor knows (idempotent); returns how many new."""
    from .citations.registry import registry

    reg = registry()
    abbr: dict[str, list[str]] = {}
    for a, name in getattr(reg, "abbr_to_type", {}).items():
        abbr.setdefault(name, []).append(a)
    names = list(reg.type_names)
    extras = [*getattr(reg, "law_bodies", {}).values(), getattr(reg, "letter_type", None)]
    for extra in extras:
        if extra and extra not in names:
            names.append(extra)
    existing = set(DocumentType.objects.values_list("name", flat=True))
    new = [
        DocumentType(name=name, abbreviations=", ".join(abbr.get(name, [])), sort_order=i)
        for i, name in enumerate(names)
        if name not in existing
    ]
    DocumentType.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def document_type_for(name: str | None) -> DocumentType | None:
    if not name:
        return None
    name = normalize_space(name)[:100]
    return DocumentType.objects.get_or_create(name=name)[0]


# --- stubs from citations ----------------------------------------------------------------


def _agency_for(name: str):
    from cchc.directory.selectors import agency_by_name_or_short_name

    return agency_by_name_or_short_name(name)


def _stub_fields(citation: extractor.Citation) -> dict:
    issuer_name = normalize_space(citation.issuer or getattr(citation, "agency", None) or "")
    issuer_name = issuer_name[:255]
    return {
        "doc_type": document_type_for(citation.doc_type),
        "number": (citation.number or "")[:20],
        "year": key_year(citation.key),
        "symbol": (citation.symbol or "")[:80],
        "issued": citation.issued,
        # "Kế hoạch số 15/KH-UBND năm 2021": the year without a date is kept too.
        "issue_year": cited_year(citation),
        "issuer_name": issuer_name,
        "issuer": _agency_for(issuer_name),
        "title": normalize_space(citation.subject or "")[:1000],
    }


def _resolve_for_update(citation: extractor.Citation) -> tuple[list[LegalDocument], Resolution]:
    """The documents with the cited key (locked) and which of them the citation means."""
    docs = list(
        LegalDocument.objects.select_for_update()
        .filter(key_folded=key_fold(citation.key))
        .order_by("pk")
    )
    found = resolve(
        [Candidate(d.pk, d.year_in_key, d.issue_year, d.issuer_folded) for d in docs],
        year=cited_year(citation),
        issuer=issuer_fold(citation.issuer),
    )
    return docs, found


def legal_document_stub_upsert(
    *, citation: extractor.Citation, actor=None
) -> tuple[LegalDocument | None, bool]:
    """The document ``citation`` means: an existing one (same key, and the year/issuer the
    sentence states do not contradict it), or a new stub marked "chưa kiểm tra" with the
    citation's identity. ``(None, False)`` when several documents fit and the sentence does
    not tell them apart: no guess. An existing *stub* gets its blank fields filled from the
    citation (unless that would clash with another document's identity); verified documents
    are never changed here."""
    docs, found = _resolve_for_update(citation)
    if found.ambiguous:
        return None, False
    if found.document is None:
        fields = _stub_fields(citation)
        try:
            with transaction.atomic():
                document = legal_document_save(LegalDocument(key=citation.key, **fields))
        except IntegrityError:
            # Another publish created it concurrently: resolve again.
            _, again = _resolve_for_update(citation)
            if again.document is None:
                return None, False
            return LegalDocument.objects.get(pk=again.document), False
        record_event(
            "cchc.legal.document.stub_create",
            actor=actor,
            obj=document,
            data={
                "key": document.key,
                "year": document.issue_year,
                "issuer": document.issuer_name,
                "source": "citation",
            },
        )
        return document, True
    document = next(d for d in docs if d.pk == found.document)
    if document.review_state == ReviewState.UNVERIFIED:
        changed = []
        for name, value in _stub_fields(citation).items():
            if value in (None, "") or getattr(document, name) not in (None, ""):
                continue
            setattr(document, name, value)
            changed.append(name)
        if changed:
            try:
                with transaction.atomic():
                    legal_document_save(document, update_fields=changed)
            except IntegrityError:
                document.refresh_from_db()
    return document, False


# --- article links ------------------------------------------------------------------------


def page_is_linked(page) -> bool:
    return page._meta.label_lower in LINKED_PAGE_MODELS or (
        page.specific_class is not None
        and page.specific_class._meta.label_lower in LINKED_PAGE_MODELS
    )


def _page_body(page) -> str:
    return str(getattr(page.specific, "body", "") or "")


def _identity_of(citation: extractor.Citation) -> tuple:
    return (key_fold(citation.key), cited_year(citation), issuer_fold(citation.issuer))


def _documents_for(found, *, actor) -> tuple[list[LegalDocument | None], list[str], list[str]]:
    """For each citation: its document (found or a new stub) or ``None`` when ambiguous;
    plus the keys of the stubs created and the ambiguous references (for the audit)."""
    documents: list[LegalDocument | None] = []
    seen: dict[tuple, LegalDocument | None] = {}
    created: list[str] = []
    ambiguous: list[str] = []
    for citation in found:
        identity = _identity_of(citation)
        if identity not in seen:
            document, was_created = legal_document_stub_upsert(citation=citation, actor=actor)
            seen[identity] = document
            if was_created:
                created.append(document.key)
        document = seen[identity]
        if document is None:
            year = cited_year(citation)
            ambiguous.append(f"{citation.key} ({year})" if year else citation.key)
        documents.append(document)
    return documents, created, sorted(set(ambiguous))


@transaction.atomic
def article_citations_sync(*, page, actor=None) -> list[Citation]:
    """Replace the page's citation rows with the references in its current body, creating
    stubs for documents the library does not hold, and propose the relations the sentences
    state. A reference that several documents fit (same key; the sentence's year and issuer
    do not tell them apart) gets no row: it is nobody's backlink. Called on publish."""
    text = html_text(_page_body(page))
    found = references_in_html(_page_body(page))
    documents, created, ambiguous = _documents_for(found, actor=actor)
    before = set(Citation.objects.filter(page_id=page.pk).values_list("document_id", flat=True))
    Citation.objects.filter(page_id=page.pk).delete()
    rows = Citation.objects.bulk_create(
        [
            Citation(
                page_id=page.pk,
                document=document,
                cited_text=c.text[:500],
                start=c.span[0],
                end=c.span[1],
                pinpoint=(c.pinpoint.text if c.pinpoint else "")[:200],
            )
            for c, document in zip(found, documents, strict=True)
            if document is not None
        ]
    )
    after = {d.pk: d.key for d in documents if d is not None}
    from .relation_services import relations_propose_from_text

    proposed = relations_propose_from_text(
        text=text, citations=found, documents=documents, source=None, page=page, actor=actor
    )
    record_event(
        "cchc.legal.citations.sync",
        actor=actor,
        obj=page,
        data={
            "count": len(rows),
            "documents": sorted(set(after.values())),
            "added": sorted({after[pk] for pk in set(after) - before}),
            "removed": sorted(
                LegalDocument.objects.filter(pk__in=before - set(after)).values_list(
                    "key", flat=True
                )
            ),
            "stubs_created": created,
            "ambiguous": ambiguous,
            "relations_proposed": len(proposed),
        },
    )
    return rows


@transaction.atomic
def article_citations_clear(*, page_id: int, actor=None, reason: str = "unpublish") -> int:
    """Remove a page's citation rows (unpublished or deleted): no stale backlinks."""
    deleted, _ = Citation.objects.filter(page_id=page_id).delete()
    if deleted:
        record_event(
            "cchc.legal.citations.clear",
            actor=actor,
            data={"page_id": page_id, "count": deleted, "reason": reason},
        )
    return deleted


# --- librarian actions --------------------------------------------------------------------


@transaction.atomic
def legal_document_verify(*, document: LegalDocument, actor, request=None) -> LegalDocument:
    """Mark a document checked by a librarian ("đã kiểm tra")."""
    _require_librarian(actor)
    document = LegalDocument.objects.select_for_update().get(pk=document.pk)
    if document.review_state == ReviewState.VERIFIED:
        raise ValidationError(MSG_ALREADY_VERIFIED)
    document.review_state = ReviewState.VERIFIED
    document.verified_at = timezone.now()
    document.verified_by = actor
    document.save(update_fields=["review_state", "verified_at", "verified_by"])
    record_event("cchc.legal.document.verify", actor=actor, obj=document, request=request)
    return document


def legal_document_verify_many(*, documents: Iterable[LegalDocument], actor, request=None) -> int:
    """Verify several stubs; already verified ones are skipped. Returns how many changed."""
    _require_librarian(actor)
    done = 0
    for document in documents:
        try:
            legal_document_verify(document=document, actor=actor, request=request)
            done += 1
        except ValidationError:
            continue
    return done


def legal_document_save(document: LegalDocument, *, update_fields=None) -> LegalDocument:
    """Save a document (its derived fields are filled by ``save()``); a corrected key
    gets a new slug and the old one stays as an alias, so old links keep working."""
    if update_fields is None:
        document.save()
    else:
        document.save(update_fields=update_fields)
    _keep_old_slug(document)
    return document


def _keep_old_slug(document: LegalDocument) -> None:
    old_slug = document.__dict__.pop("_old_slug", None)
    if old_slug:
        LegalDocumentSlugAlias.objects.update_or_create(
            slug=old_slug, defaults={"document": document}
        )


def legal_document_admin_write(*, instance: LegalDocument, verb: str, actor, request=None):
    """A document created, edited or deleted in the Wagtail admin (the form has saved it,
    in this transaction): keep the old slug as an alias, audit it, and verify what a
    librarian types in themselves."""
    if verb != "delete":
        _keep_old_slug(instance)
    record_event(
        f"cchc.legal.document.{verb}",
        actor=actor,
        obj=instance,
        data={"key": instance.key},
        request=request,
    )
    if verb == "create" and not instance.is_verified and user_is_librarian(actor):
        legal_document_verify(document=instance, actor=actor, request=request)


# --- import / export ----------------------------------------------------------------------


@dataclass
class ImportReport(tabular.ImportReport):
    """``tabular``'s report; ``created``/``updated`` count the planned documents."""

    @property
    def created(self) -> int:
        return self.counts["create"]

    @property
    def updated(self) -> int:
        return self.counts["update"]


def library_import(*, filename: str, data: bytes, dry_run: bool = False, actor=None, request=None):
    """Import a CSV/XLSX file of documents: all rows or none.

    Every row is validated first (key shape by the extractor, dates, status, type, review
    state, duplicates, relation targets); with any error nothing is written. Existing
    documents (same folded key) are updated, others created. A dry run writes in a
    transaction rolled back at the end, and the report says what would happen.
    """
    from . import importers

    if actor is not None and not user_is_librarian(actor):
        raise PermissionDeniedError(MSG_NOT_LIBRARIAN)
    table = importers.parse_table(filename, data)  # ImportFileError for unreadable files
    type_names = {fold(name): name for name in DocumentType.objects.values_list("name", flat=True)}
    existing: dict[str, list[Candidate]] = {}
    for pk, kf, year, issue_year, issuer in LegalDocument.objects.order_by("pk").values_list(
        "pk", "key_folded", "year", "issue_year", "issuer_folded"
    ):
        existing.setdefault(kf, []).append(Candidate(pk, year is not None, issue_year, issuer))
    plan = importers.validate_rows(table, type_names=type_names, existing=existing)
    report = ImportReport(dry_run=dry_run, rows=len(table.rows), errors=plan.errors)
    for record in plan.records:
        report.count("update" if record.match else "create")
    if not plan.ok:
        return report

    def apply() -> None:
        _library_import_apply(plan, actor=actor)
        record_event(
            "cchc.legal.library.import",
            actor=actor,
            data={"file": filename[:200], "created": report.created, "updated": report.updated},
            request=request,
        )

    return tabular.apply_all_or_nothing(report, apply)


@transaction.atomic
def _library_import_apply(plan, *, actor) -> None:
    types = {t.name: t for t in DocumentType.objects.all()}
    now = timezone.now()
    documents: dict[int, LegalDocument] = {}
    for record in plan.records:
        document = (
            LegalDocument.objects.select_for_update().filter(pk=record.match).first()
            if record.match
            else None
        ) or LegalDocument()
        document.key = record.key
        for name, value in record.values.items():
            if name == "doc_type":
                value = types.get(value) if value else None
            setattr(document, name, value)
        document.issuer = _agency_for(document.issuer_name)
        if record.review == ReviewState.VERIFIED:
            if document.review_state != ReviewState.VERIFIED:
                document.review_state = ReviewState.VERIFIED
                document.verified_at = now
                document.verified_by = actor if getattr(actor, "is_authenticated", False) else None
        else:
            document.review_state = ReviewState.UNVERIFIED
            document.verified_at = None
            document.verified_by = None
        legal_document_save(document)
        documents[record.row] = document
    targets = LegalDocument.objects.in_bulk(
        {ref[1] for r in plan.records for _, ref in (r.relations or []) if ref[0] == "db"}
    )

    def target_of(ref):
        return documents[ref[1]] if ref[0] == "row" else targets[ref[1]]

    for record in plan.records:
        if record.relations is None:
            continue
        source = documents[record.row]
        # The file states the confirmed relations; proposals waiting for a librarian stay.
        DocumentRelation.objects.filter(source=source).exclude(
            state=RelationState.PROPOSED
        ).delete()
        wanted = [(t, target_of(ref)) for t, ref in dict.fromkeys(record.relations)]
        DocumentRelation.objects.filter(
            source=source,
            state=RelationState.PROPOSED,
            relation_type__in=[t for t, _ in wanted],
            target__in=[d for _, d in wanted],
        ).delete()
        DocumentRelation.objects.bulk_create(
            [
                DocumentRelation(source=source, relation_type=rel_type, target=target, sort_order=i)
                for i, (rel_type, target) in enumerate(wanted)
            ]
        )


def _target_text(document: LegalDocument) -> str:
    """A relation target as the import reads it back: the key, plus the date and issuer
    when the key alone does not identify the document."""
    if document.year_in_key:
        return document.key
    parts = [document.key]
    if document.issued:
        parts.append(f"ngày {document.issued.strftime('%d/%m/%Y')}")
    elif document.issue_year:
        parts.append(f"năm {document.issue_year}")
    if document.issuer_name:
        parts.append(f"của {document.issuer_name}")
    return " ".join(parts)


def library_export_rows() -> list[list]:
    """The library as rows in :data:`importers.COLUMNS` order (round-trips with import)."""
    rel_by_source: dict[int, list[str]] = {}
    for r in (
        DocumentRelation.objects.filter(state=RelationState.CONFIRMED)
        .select_related("target")
        .order_by("source_id", "sort_order", "id")
    ):
        rel_by_source.setdefault(r.source_id, []).append(
            f"{RelationType(r.relation_type).label}: {_target_text(r.target)}"
        )
    rows = []
    for d in LegalDocument.objects.select_related("doc_type").order_by(
        "key_folded", "issued", "pk"
    ):
        rows.append(
            [
                d.key,
                d.doc_type.name if d.doc_type else "",
                d.title,
                d.issuer_name,
                d.issued.strftime("%d/%m/%Y") if d.issued else "",
                d.effective.strftime("%d/%m/%Y") if d.effective else "",
                Status(d.status).label,
                d.signer,
                ReviewState(d.review_state).label,
                "; ".join(rel_by_source.get(d.pk, [])),
            ]
        )
    return [[str(v) if v is not None else "" for v in row] for row in rows]


def library_export(*, fmt: str, actor=None, request=None) -> bytes:
    """The whole library as CSV (UTF-8 with BOM) or XLSX bytes."""
    from . import importers

    rows = library_export_rows()
    data = importers.write_xlsx(rows) if fmt == "xlsx" else importers.write_csv(rows)
    record_event(
        "cchc.legal.library.export",
        actor=actor,
        data={"format": fmt, "rows": len(rows)},
        request=request,
    )
    return data
