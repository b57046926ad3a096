"""Online filing pages: the form of a procedure, drafts, "Hồ sơ của tôi". Every page here
carries personal data or a CSRF token: ``Cache-Control: private, no-store``."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from django_ratelimit.core import is_ratelimited

from cchc.accounts.services import applicant_for, applicant_update_name
from cchc.core.audit import record_event
from cchc.core.exceptions import CchcError, StorageUnavailableError
from cchc.payments import selectors as payment_selectors

from . import selectors
from .forms import FilingForm, postal_fee
from .models import Filing
from .services import check_online, filing_save_draft, filing_submit


def _applicant_or_sign_in(request):
    applicant = applicant_for(request.user)
    if applicant is None:
        return None, redirect(f"{reverse('accounts:sign-in')}?next={request.get_full_path()}")
    applicant.user = request.user  # the signed-in user, loaded already: no query for it later
    return applicant, None


def _limited(request) -> bool:
    if not getattr(settings, "ESERVICES_RATE_LIMIT_ENABLED", True):
        return False
    return is_ratelimited(
        request,
        group="cchc.eservices.submit",
        key=lambda g, r: str(r.user.pk),
        rate=getattr(settings, "ESERVICES_SUBMIT_RATE", "60/h"),
        increment=True,
    )


def _parse_key(value) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


@never_cache
@require_http_methods(["GET", "POST"])
def filing_form(request, code: str):
    procedure, canonical = selectors.procedure_for_filing(code, submitting=request.method == "POST")
    if canonical:
        return redirect("eservices:file", code=canonical)
    if procedure is None:
        raise Http404
    applicant, response = _applicant_or_sign_in(request)
    if response:
        return response
    try:
        check_online(procedure)
    except CchcError as exc:
        return render(
            request,
            "eservices/not_online_page.html",
            {"procedure": procedure, "message": exc.message},
            status=409,
        )
    ctx = {"procedure": procedure, "postal_fee": postal_fee()}
    if request.method == "GET":
        return _filing_get(request, procedure, applicant, ctx)
    return _filing_post(request, procedure, applicant, ctx)


def _filing_get(request, procedure, applicant, ctx):
    """A new form (a fresh idempotency key), or a draft resumed (``?ban-nhap=<key>``)."""
    filing = None
    key = _parse_key(request.GET.get("ban-nhap"))
    if key:
        filing = selectors.filing_get_for_applicant(applicant, key)
        if filing is None or filing.procedure_id != procedure.pk:
            raise Http404
        if filing.status == Filing.Status.SUBMITTED:
            return redirect("eservices:mine-detail", key=filing.key)
    initial = {
        "key": filing.key if filing else uuid.uuid4(),
        "applicant_name": applicant.full_name,
        "applicant_phone": applicant.contact if applicant.contact_kind == "phone" else "",
        "applicant_email": applicant.contact if applicant.contact_kind == "email" else "",
    }
    if filing:
        initial.update(filing.data)
    existing = {f.slot_id: f for f in filing.files.all()} if filing else {}
    form = FilingForm(initial=initial, procedure=procedure, existing_slots=existing)
    ctx.update(form=form, existing=existing, saved="da-luu" in request.GET)
    return render(request, "eservices/filing_page.html", ctx)


def _filing_post(request, procedure, applicant, ctx):
    key = _parse_key(request.POST.get("key"))
    filing = selectors.filing_state_for_applicant(applicant, key) if key else None
    if filing is not None and filing.status == Filing.Status.SUBMITTED:
        return redirect("eservices:mine-detail", key=filing.key)  # a repeated POST
    existing = {f.slot_id: f for f in filing.files.all()} if filing else {}
    form = FilingForm(request.POST, request.FILES, procedure=procedure, existing_slots=existing)
    ctx.update(form=form, existing=existing)
    if not form.is_valid():
        return render(request, "eservices/filing_page.html", ctx, status=400)
    if _limited(request):
        form.add_error(
            None, _("Bạn đã nộp quá nhiều hồ sơ trong thời gian ngắn. Vui lòng thử lại sau.")
        )
        return render(request, "eservices/filing_page.html", ctx, status=429)
    d = form.cleaned_data
    args = {
        "applicant": applicant,
        "procedure": procedure,
        "key": d["key"],
        "data": form.payload(),
        "files": d["checked_files"],
    }
    try:
        if request.POST.get("action") == "draft":
            filing = filing_save_draft(**args)
            return redirect(
                f"{reverse('eservices:file', args=[procedure.code])}?ban-nhap={filing.key}&da-luu=1"
            )
        filing_submit(**args, request=request)
    except StorageUnavailableError as exc:
        form.add_error(None, str(exc.message))
        return render(request, "eservices/filing_page.html", ctx, status=503)
    except CchcError as exc:
        form.add_error(None, str(exc.message))
        return _kept_as_draft(request, args, ctx)
    applicant_update_name(applicant=applicant, full_name=d["applicant_name"])
    return redirect(f"{reverse('eservices:mine-detail', args=[d['key']])}?da-nop=1")


def _kept_as_draft(request, args, ctx):
    """A refused submission: the files accepted so far are kept in the draft, so nothing
    typed or uploaded is lost; the form is shown again with the error."""
    try:
        filing_save_draft(**args)
        ctx["existing"] = {
            f.slot_id: f
            for f in selectors.filing_get_for_applicant(args["applicant"], args["key"]).files.all()
        }
    except CchcError:
        pass
    return render(request, "eservices/filing_page.html", ctx, status=400)


@never_cache
@require_GET
def my_filings(request):
    applicant, response = _applicant_or_sign_in(request)
    if response:
        return response
    filings = list(selectors.filing_list_for_applicant(applicant)[:200])
    return render(request, "eservices/my_filings_page.html", {"filings": filings})


@never_cache
@require_GET
def my_filing_detail(request, key):
    applicant, response = _applicant_or_sign_in(request)
    if response:
        return response
    filing = selectors.filing_get_for_applicant(applicant, key)
    if filing is None:
        raise Http404
    ctx = {
        "filing": filing,
        "files": list(filing.files.select_related("slot")),
        "submitted_now": "da-nop" in request.GET,
    }
    ctx.update(selectors.dossier_view(filing))
    if filing.dossier is not None and not payment_selectors.is_paid(filing.dossier):
        ctx["fee"] = payment_selectors.fee_for_filing(filing)
    return render(request, "eservices/my_filing_page.html", ctx)


@never_cache
@require_GET
def my_file(request, key, file_id: int):
    applicant, response = _applicant_or_sign_in(request)
    if response:
        return response
    draft_file = selectors.draft_file_get_for_applicant(applicant, key, file_id)
    if draft_file is None:
        raise Http404
    return _private_download(
        request,
        "cchc.eservices.file.download",
        obj=draft_file,
        data={"filing": str(key)},
        field=draft_file.file,
        filename=draft_file.original_name,
        mime=draft_file.mime,
    )


@never_cache
@require_GET
def my_attachment(request, key, attachment_id: int):
    applicant, response = _applicant_or_sign_in(request)
    if response:
        return response
    attachment = selectors.attachment_get_for_applicant(applicant, key, attachment_id)
    if attachment is None:
        raise Http404
    return _private_download(
        request,
        "cchc.eservices.attachment.download",
        obj=attachment.dossier,
        data={"attachment": attachment.pk},
        field=attachment.file,
        filename=attachment.original_name or attachment.file.name.rsplit("/", 1)[-1],
        mime=attachment.mime,
    )


def _private_download(request, action: str, *, obj, data, field, filename, mime):
    """Every download of an applicant's file is authorised (by the caller) and logged."""
    record_event(action, actor=request.user, obj=obj, data=data, request=request)
    response = FileResponse(
        field.open("rb"), as_attachment=True, filename=filename, content_type=mime
    )
    response["Cache-Control"] = "private, no-store"
    return response
