"""Writes of a document's full text (toàn văn): pasted in the admin or extracted from its
PDF/Word file, then read for the relations its sentences state."""

from __future__ import annotations

import html as html_lib
import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from cchc.core.audit import record_event

from .choices import TextSource
from .linker import html_text, references_in_html
from .models import LegalDocument
from .services import _documents_for, _require_librarian
from .textfile import LIMITS, TextFileError, extract_text

logger = logging.getLogger(__name__)

EXTRACTABLE = ("pdf", "docx")


def _error_message(code: str, filename: str) -> str:
    messages = {
        "too_big": _("Tệp “%(f)s” quá lớn để trích toàn văn (tối đa 20 MB).") % {"f": filename},
        "unsupported": _(
            "Không trích được toàn văn từ “%(f)s”: chỉ đọc được tệp PDF và Word .docx "
            "(tệp .doc cũ hãy lưu lại thành .docx, hoặc dán toàn văn)."
        )
        % {"f": filename},
        "encrypted": _("Tệp “%(f)s” có mật khẩu: không trích được toàn văn.") % {"f": filename},
        "unreadable": _("Tệp “%(f)s” bị hỏng hoặc không đọc được.") % {"f": filename},
        "no_text": _("Tệp “%(f)s” không có lớp chữ (có thể là bản quét): hãy dán toàn văn.")
        % {"f": filename},
    }
    return messages.get(code, messages["unreadable"])


@dataclass
class TextReport:
    """What happened to a document's text, for the librarian's messages."""

    source: str = ""
    characters: int = 0
    truncated: bool = False
    errors: list[str] = field(default_factory=list)
    relations_proposed: int = 0

    def messages(self) -> list[tuple[str, str]]:
        """``[(level, message)]``: "success", "warning" or "error"."""
        out = [("error", e) for e in self.errors]
        if self.source in (TextSource.PDF, TextSource.DOCX):
            out.append(
                (
                    "success",
                    _("Đã trích toàn văn (%(n)s ký tự) từ tệp đính kèm.") % {"n": self.characters},
                )
            )
        if self.truncated:
            out.append(("warning", _("Toàn văn dài quá giới hạn: chỉ phần đầu được lưu.")))
        if self.relations_proposed:
            out.append(
                (
                    "success",
                    _("Đã đề xuất %(n)s quan hệ văn bản đọc được từ toàn văn, chờ xác nhận.")
                    % {"n": self.relations_proposed},
                )
            )
        return out


def _first_file(document: LegalDocument):
    for attachment in document.attachments.select_related("document").order_by("sort_order"):
        if attachment.document and attachment.document.file:
            return attachment.document
    return None


def _read_file(wagtail_document) -> bytes:
    size = wagtail_document.get_file_size() or 0
    if size > LIMITS["bytes"]:
        raise TextFileError("too_big")
    with wagtail_document.open_file() as handle:
        data = handle.read(LIMITS["bytes"] + 1)
    if len(data) > LIMITS["bytes"]:
        raise TextFileError("too_big")
    return data


def legal_document_text_update(*, document: LegalDocument, actor, request=None) -> TextReport:
    """After a document is saved in the admin: a pasted text is marked as such; an empty
    text is extracted from its first attached file (PDF or .docx); then the text's
    relation sentences are proposed. Errors are reported, never raised."""
    _require_librarian(actor)
    report = TextReport()
    document = LegalDocument.objects.get(pk=document.pk)
    if document.full_text.strip():
        if document.text_source == TextSource.NONE:
            document.text_source = TextSource.PASTED
            document.save(update_fields=["text_source"])
    else:
        wagtail_document = _first_file(document)
        if wagtail_document is not None:
            report = legal_document_text_extract(
                document=document, file=wagtail_document, actor=actor, request=request
            )
            document.refresh_from_db()
    if document.full_text.strip():
        report.relations_proposed = len(
            document_text_relations_propose(document=document, actor=actor)
        )
    return report


def legal_document_text_extract(
    *, document: LegalDocument, file, actor=None, request=None
) -> TextReport:
    """Replace the document's text with the text of ``file`` (a Wagtail document)."""
    report = TextReport()
    filename = file.filename if hasattr(file, "filename") else str(file)
    extension = (file.file_extension or "").lower()
    try:
        if extension not in EXTRACTABLE:
            raise TextFileError("unsupported", extension)
        text, truncated = extract_text(_read_file(file), extension)
    except TextFileError as exc:
        report.errors.append(_error_message(exc.code, filename))
        record_event(
            "cchc.legal.document.text_error",
            actor=actor,
            obj=document,
            data={"file": filename[:200], "code": exc.code, "detail": exc.detail[:200]},
            request=request,
        )
        return report
    except Exception:  # storage errors: report, never crash the admin
        logger.exception("text extraction failed for legal document %s", document.pk)
        report.errors.append(_error_message("unreadable", filename))
        return report
    source = TextSource.PDF if extension == "pdf" else TextSource.DOCX
    with transaction.atomic():
        document = LegalDocument.objects.select_for_update().get(pk=document.pk)
        document.full_text, document.text_source = text, source
        document.save(update_fields=["full_text", "text_source"])  # re-indexed for search
    report.source, report.characters, report.truncated = source, len(text), truncated
    record_event(
        "cchc.legal.document.text_extract",
        actor=actor,
        obj=document,
        data={"file": filename[:200], "characters": len(text), "truncated": truncated},
        request=request,
    )
    return report


@transaction.atomic
def document_text_relations_propose(*, document: LegalDocument, actor=None) -> list:
    """Propose the relations the document's own text states ("Quyết định này thay thế
    Quyết định số …"). Targets are resolved like article references, with a stub for a
    target the library does not hold and no guess among several; references that state
    no relation only help name the doer and create nothing."""
    from .relation_services import relations_propose_from_text
    from .selectors import citations_resolve, text_paragraphs

    source = "".join(f"<p>{html_lib.escape(p)}</p>" for p in text_paragraphs(document.full_text))
    text = html_text(source)
    citations = references_in_html(source)
    if not any(c.relation for c in citations):
        return []
    resolved = citations_resolve(citations)
    by_pk = LegalDocument.objects.in_bulk([r.document for r in resolved if r.document])
    documents = [by_pk.get(r.document) if r.document else None for r in resolved]
    with_relation = [i for i, c in enumerate(citations) if c.relation]
    targets, _created, _ambiguous = _documents_for(
        [citations[i] for i in with_relation], actor=actor
    )
    for i, target in zip(with_relation, targets, strict=True):
        documents[i] = target
    return relations_propose_from_text(
        text=text, citations=citations, documents=documents, source=document, actor=actor
    )


def legal_documents_text_backfill(*, limit: int | None = None) -> dict[str, int]:
    """For an operator (``manage.py legal_extract_text``): extract the text of every document
    that has a file but no text yet, and propose the relations it states. Returns counts."""
    counts = {"extracted": 0, "failed": 0, "relations_proposed": 0}
    pending = (
        LegalDocument.objects.filter(full_text="", attachments__isnull=False)
        .distinct()
        .order_by("pk")
    )
    for document in pending[:limit] if limit else pending:
        wagtail_document = _first_file(document)
        if wagtail_document is None:
            continue
        report = legal_document_text_extract(document=document, file=wagtail_document)
        if report.errors:
            counts["failed"] += 1
            continue
        counts["extracted"] += 1
        document.refresh_from_db()
        counts["relations_proposed"] += len(document_text_relations_propose(document=document))
    return counts
