"""Writes of document relations read from texts: proposals, a librarian's confirm or
reject, and the validity change a confirmed repeal or replacement brings.

A sentence such as "Quyết định này thay thế Quyết định số 10/2019/QĐ-UBND" gives the
extractor's ``Citation.relation`` ("replaces"); the relation is only *proposed* here
(``RelationState.PROPOSED``): a wrong reading must never end a document's validity by itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cchc.core.audit import record_event
from cchc.core.exceptions import ValidationError
from cchc.core.text import normalize_space

from . import citations as extractor
from .choices import ENDING_RELATIONS, EXTRACTOR_RELATIONS, RelationState, Status
from .models import DocumentRelation, LegalDocument
from .services import _require_librarian

MSG_NOT_PROPOSED = _("Quan hệ này đã được xử lý.")

# A sentence ends at . ; ! ? followed by a space, or at a paragraph break.
_SENTENCE_BREAK = re.compile(r"[.;!?](\s|$)|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE_BREAK.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_BREAK.search(text, end)
    right = m.start() + 1 if m else len(text)
    return left, right


def _relation_source(
    text: str,
    index: int,
    citations: Sequence[extractor.Citation],
    documents: Sequence[LegalDocument | None],
    default: LegalDocument | None,
) -> LegalDocument | None:
    """Who does it. The extractor says: ``relation_by`` is the key of the reference of the
    same sentence that does it ("Quyết định số 20/2023/QĐ-UBND thay thế Quyết định số
    10/2019/QĐ-UBND", "… được sửa đổi bởi Nghị định số B"): the nearest citation with that
    key, or nobody when it did not resolve to one document. Without ``relation_by`` the citing
    text itself does it: ``default`` (the citing document; ``None`` for an article)."""
    citation = citations[index]
    by = getattr(citation, "relation_by", None)
    if by is None:
        return default
    left, right = _sentence_bounds(text, citation.start, citation.end)
    near = sorted(
        (abs(j - index), j)
        for j, c in enumerate(citations)
        if j != index and c.key == by and c.start >= left and c.end <= right
    )
    return documents[near[0][1]] if near else None


def relations_propose_from_text(
    *,
    text: str,
    citations: Sequence[extractor.Citation],
    documents: Sequence[LegalDocument | None],
    source: LegalDocument | None,
    page=None,
    actor=None,
) -> list[DocumentRelation]:
    """Propose the relations the sentences of ``text`` state. ``citations`` are the
    extractor's references in ``text`` and ``documents`` what each resolved to (``None``:
    ambiguous or unknown, skipped). ``source`` is the citing document (a document's own
    full text) or ``None`` (an article ``page``: the doer must be named in the sentence).
    A relation that exists in any state (confirmed, proposed, rejected) is not proposed
    again."""
    proposed: list[DocumentRelation] = []
    now = timezone.now()
    for i, (citation, target) in enumerate(zip(citations, documents, strict=True)):
        rel_type = EXTRACTOR_RELATIONS.get(citation.relation or "")
        if rel_type is None or target is None:
            continue
        doer = _relation_source(text, i, citations, documents, source)
        if doer is None or doer.pk == target.pk:
            continue
        if DocumentRelation.objects.filter(
            source=doer, relation_type=rel_type, target=target
        ).exists():
            continue
        left, right = _sentence_bounds(text, citation.start, citation.end)
        excerpt = normalize_space(text[left:right])
        if len(excerpt) > 500:
            excerpt = excerpt[:499] + "…"
        relation = DocumentRelation.objects.create(
            source=doer,
            relation_type=rel_type,
            target=target,
            state=RelationState.PROPOSED,
            pinpoint=(citation.pinpoint.text if citation.pinpoint else "")[:200],
            origin_page=page,
            origin_text=excerpt,
            proposed_at=now,
        )
        record_event(
            "cchc.legal.relation.propose",
            actor=actor,
            obj=relation,
            data={
                "source": doer.key,
                "relation": rel_type,
                "target": target.key,
                "page_id": getattr(page, "pk", None),
            },
        )
        proposed.append(relation)
    return proposed


def _locked_proposal(relation: DocumentRelation) -> DocumentRelation:
    relation = (
        DocumentRelation.objects.select_for_update()
        .select_related("source", "target")
        .get(pk=relation.pk)
    )
    if relation.state != RelationState.PROPOSED:
        raise ValidationError(MSG_NOT_PROPOSED)
    return relation


def _relation_decide(*, relation, state, verb, actor, request) -> DocumentRelation:
    """Record a librarian's decision on a proposal (locked, guarded, audited)."""
    _require_librarian(actor)
    relation = _locked_proposal(relation)
    relation.state = state
    relation.decided_at = timezone.now()
    relation.decided_by = actor
    relation.save(update_fields=["state", "decided_at", "decided_by"])
    record_event(
        f"cchc.legal.relation.{verb}",
        actor=actor,
        obj=relation,
        data={
            "source": relation.source.key,
            "relation": relation.relation_type,
            "target": relation.target.key,
        },
        request=request,
    )
    return relation


@transaction.atomic
def relation_confirm(*, relation: DocumentRelation, actor, request=None) -> DocumentRelation:
    """A librarian confirms a proposed relation; a confirmed repeal or replacement ends the
    target's validity (partly when the text names an article/clause) from the source's
    effective date, or its issue date."""
    relation = _relation_decide(
        relation=relation,
        state=RelationState.CONFIRMED,
        verb="confirm",
        actor=actor,
        request=request,
    )
    if relation.relation_type in ENDING_RELATIONS:
        legal_document_validity_end(
            document=relation.target,
            partial=bool(relation.pinpoint),
            on=relation.source.effective or relation.source.issued,
            cause=relation,
            actor=actor,
            request=request,
        )
    return relation


@transaction.atomic
def relation_reject(*, relation: DocumentRelation, actor, request=None) -> DocumentRelation:
    """A librarian rejects a proposal; it is kept (rejected) so it is not proposed again."""
    return _relation_decide(
        relation=relation, state=RelationState.REJECTED, verb="reject", actor=actor, request=request
    )


@transaction.atomic
def legal_document_validity_end(
    *,
    document: LegalDocument,
    partial: bool,
    on,
    cause: DocumentRelation | None = None,
    actor=None,
    request=None,
) -> LegalDocument:
    """Set "Hết hiệu lực" (or "Hết hiệu lực một phần") and the date. A document already
    wholly expired is not changed back to partly expired."""
    _require_librarian(actor)
    document = LegalDocument.objects.select_for_update().get(pk=document.pk)
    new_status = Status.PARTLY_EXPIRED if partial else Status.EXPIRED
    if (
        document.status == Status.EXPIRED
        or document.status == new_status
        and (document.expired_on == on)
    ):
        return document
    old = document.status
    document.status = new_status
    document.expired_on = on or document.expired_on
    document.save(update_fields=["status", "expired_on"])
    record_event(
        "cchc.legal.document.status_change",
        actor=actor,
        obj=document,
        data={
            "from": old,
            "to": new_status,
            "on": on.isoformat() if on else None,
            "relation_id": cause.pk if cause else None,
        },
        request=request,
    )
    return document
