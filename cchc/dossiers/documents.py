"""The forms of Thông tư 01/2018/TT-VPCP, printed as A4 PDF with a QR code of the lookup.

| slug | Mẫu | form |
|---|---|---|
| ``tiep-nhan`` | 01 | Giấy tiếp nhận hồ sơ và hẹn trả kết quả |
| ``bo-sung`` | 02 | Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ |
| ``tu-choi`` | 03 | Phiếu từ chối tiếp nhận, giải quyết hồ sơ |
| ``xin-loi`` | 04 | Phiếu xin lỗi và hẹn lại ngày trả kết quả |
| ``kiem-soat`` | 05 | Phiếu kiểm soát quá trình giải quyết hồ sơ |

``document_context`` gathers what a form shows (from the dossier, its procedure and its
events); ``render_document`` renders it through ``cchc.core.pdf``. The QR code encodes
``BASE_URL + /tra-cuu-ho-so/?ma=<code>``, the public lookup, which shows no personal data.
``print_view`` serves them to staff who may see the dossier (``/mot-cua/ho-so/<pk>/in/<slug>/``).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cchc.core.audit import record_event

from .choices import Outcome, Status


@dataclass(frozen=True)
class Form:
    slug: str
    number: str
    title: str
    template: str


FORMS = {
    f.slug: f
    for f in (
        Form(
            "tiep-nhan",
            "01",
            _("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
            "dossiers/pdf/receipt.html",
        ),
        Form(
            "bo-sung",
            "02",
            _("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
            "dossiers/pdf/supplement.html",
        ),
        Form(
            "tu-choi",
            "03",
            _("Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
            "dossiers/pdf/refusal.html",
        ),
        Form(
            "xin-loi",
            "04",
            _("Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
            "dossiers/pdf/apology.html",
        ),
        Form(
            "kiem-soat",
            "05",
            _("Phiếu kiểm soát quá trình giải quyết hồ sơ"),
            "dossiers/pdf/control.html",
        ),
    )
}


def lookup_url(code: str) -> str:
    base = str(getattr(settings, "BASE_URL", "") or "").rstrip("/")
    return f"{base}/tra-cuu-ho-so/?{urlencode({'ma': code})}"


def _last_event(dossier, *verbs):
    return dossier.events.filter(action__in=verbs).order_by("-created_at", "-pk").first()


def available_forms(dossier) -> list[Form]:
    """The forms that make sense for the dossier as it stands."""
    out = []
    if dossier.accepted_at:
        out.append(FORMS["tiep-nhan"])
    if _last_event(dossier, "request_supplement"):
        out.append(FORMS["bo-sung"])
    if dossier.status in (Status.RECEIPT_REFUSED, Status.REFUSED):
        out.append(FORMS["tu-choi"])
    if dossier.reschedule_count:
        out.append(FORMS["xin-loi"])
    out.append(FORMS["kiem-soat"])
    return out


def _control_rows(dossier) -> list[dict]:
    """Mẫu 05: one row per handover (who gave, who received, when), with the result of the
    leg against its deadline where known."""
    rows = []
    for e in dossier.events.select_related("actor", "agency").order_by("created_at", "pk"):
        rows.append(
            {
                "agency": e.agency.name if e.agency else "",
                "when": timezone.localtime(e.created_at),
                "actor": (e.actor.get_full_name() or e.actor.get_username()) if e.actor else "",
                "label": e.get_to_status_display() if e.to_status else e.action,
                "note": e.note,
            }
        )
    return rows


def document_context(dossier, slug: str) -> dict:
    from cchc.core.pdf import qr_svg

    form = FORMS[slug]
    procedure = dossier.procedure
    url = lookup_url(dossier.code)
    ctx = {
        "form": form,
        "d": dossier,
        "procedure": procedure,
        "required_documents": list(procedure.documents.all()),
        "attachments": list(
            dossier.attachments.filter(kind__in=["filed", "supplement"]).order_by("pk")
        ),
        "received_at": timezone.localtime(dossier.received_at),
        "printed_at": timezone.localtime(timezone.now()),
        "lookup_url": url,
        "qr": qr_svg(url),
        "agency": dossier.receiving_agency,
    }
    if slug == "bo-sung":
        event = _last_event(dossier, "request_supplement")
        ctx["missing"] = event.note if event else ""
    elif slug == "tu-choi":
        event = _last_event(dossier, "refuse_receipt", "refuse")
        ctx["reason"] = dossier.refusal_reason or (event.note if event else "")
    elif slug == "xin-loi":
        event = _last_event(dossier, "apologize")
        ctx["reason"] = event.note if event else ""
        ctx["new_date"] = dossier.appointment_date
    elif slug == "kiem-soat":
        ctx["rows"] = _control_rows(dossier)
        ctx["outcome"] = Outcome(dossier.outcome).label if dossier.outcome else ""
    return ctx


def render_document(dossier, slug: str, *, request=None) -> bytes:
    from cchc.core.pdf import render_pdf

    if slug not in FORMS:
        raise KeyError(slug)
    return render_pdf(FORMS[slug].template, document_context(dossier, slug), request=request)


def print_view(request, pk: int, slug: str):
    """The PDF of one form of a dossier, for staff who may see it (others: 404)."""
    from .views import _dossier_or_404, staff_required

    @staff_required
    def inner(request):
        dossier = _dossier_or_404(request, pk)
        if slug not in {f.slug for f in available_forms(dossier)}:
            raise Http404
        pdf = render_document(dossier, slug, request=request)
        record_event(
            "cchc.dossiers.document.print",
            actor=request.user,
            obj=dossier,
            data={"form": slug},
            request=request,
        )
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{dossier.code}-{slug}.pdf"'
        return response

    return inner(request)
