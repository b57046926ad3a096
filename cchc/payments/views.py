"""Payment endpoints: start (applicant), the provider's return and server-to-server
callback, and the test provider's payment page. All private, never cached."""

from __future__ import annotations

import contextlib

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from cchc.accounts.services import applicant_for
from cchc.core.exceptions import CchcError
from cchc.feedback.ratelimit import client_ip

from .models import Payment
from .providers import TestProvider, get_provider
from .selectors import fee_for_filing
from .services import CallbackRefused, payment_apply_callback, payment_start_online


@never_cache
@require_POST
def start(request, key):
    from cchc.eservices.selectors import filing_get_for_applicant

    applicant = applicant_for(request.user)
    filing = filing_get_for_applicant(applicant, key)
    if filing is None or filing.dossier is None:
        raise Http404
    back = reverse("eservices:mine-detail", args=[filing.key])
    amount = fee_for_filing(filing)
    try:
        _payment, url = payment_start_online(
            dossier=filing.dossier,
            amount=amount,
            description=f"{filing.dossier.code} {filing.procedure.name}"[:255],
            provider_code=request.POST.get("provider", "test"),
            return_url=request.build_absolute_uri(reverse("payments:return", args=["test"])),
            actor=request.user,
        )
    except CchcError as exc:
        return render(
            request, "payments/result_page.html", {"error": exc.message, "back": back}, status=400
        )
    return redirect(url)


@never_cache
@require_http_methods(["GET", "POST"])
def test_gateway(request, reference: str):
    """The test provider's payment page: pay or fail, then the signed callback and return."""
    provider = get_provider("test")
    if not isinstance(provider, TestProvider):
        raise Http404
    payment = (
        Payment.objects.filter(reference=reference, provider="test")
        .select_related("dossier")
        .first()
    )
    if payment is None:
        raise Http404
    if request.method == "GET":
        return render(request, "payments/test_gateway_page.html", {"payment": payment})
    params = provider.signed_callback(
        reference=payment.reference,
        amount=payment.amount,
        success=request.POST.get("result") == "ok",
    )
    # the server-to-server notification a real gateway sends (a refusal is logged there)
    with contextlib.suppress(CallbackRefused):
        payment_apply_callback(provider_code="test", params=params, ip=client_ip(request))
    return redirect(f"{reverse('payments:return', args=['test'])}?{provider.query(params)}")


@never_cache
def payment_return(request, provider: str):
    """Where the provider sends the payer back: the signed outcome is applied (idempotent)."""
    try:
        payment = payment_apply_callback(
            provider_code=provider, params=request.GET.dict(), ip=client_ip(request)
        )
    except CallbackRefused as exc:
        return render(request, "payments/result_page.html", {"error": exc.message}, status=400)
    back = None
    filing = getattr(payment.dossier, "filing", None)
    if filing is not None:
        back = reverse("eservices:mine-detail", args=[filing.key])
    return render(request, "payments/result_page.html", {"payment": payment, "back": back})


@csrf_exempt
@require_POST
def callback(request, provider: str):
    """Server-to-server notification: signature checked, applied once."""
    try:
        payment = payment_apply_callback(
            provider_code=provider, params=request.POST.dict(), ip=client_ip(request)
        )
    except CallbackRefused:
        return JsonResponse({"ok": False}, status=400)
    return JsonResponse({"ok": True, "status": payment.status})


@never_cache
@require_http_methods(["GET", "POST"])
def desk_fee(request, pk: int):
    """The desk records a fee paid in cash or by transfer: ``/mot-cua/thu-phi/<pk>/``
    (``/mot-cua/ho-so/<pk>/<verb>/`` belongs to the dossier actions)."""
    from cchc.dossiers.views import _dossier_or_404, staff_required

    from .forms import DeskFeeForm
    from .selectors import payments_for_dossier
    from .services import can_take_fees, payment_record_at_desk

    @staff_required
    def inner(request):
        dossier = _dossier_or_404(request, pk)
        if not can_take_fees(request.user, dossier):  # sees the dossier, is not its desk
            raise PermissionDenied
        form = DeskFeeForm(request.POST or None)
        ctx = {"d": dossier, "form": form, "payments": payments_for_dossier(dossier)}
        if request.method == "POST" and form.is_valid():
            try:
                payment_record_at_desk(
                    dossier=dossier,
                    amount=form.cleaned_data["amount"],
                    method=form.cleaned_data["method"],
                    actor=request.user,
                    note=form.cleaned_data["note"],
                    request=request,
                )
            except CchcError as exc:
                form.add_error(None, str(exc.message))
                return render(request, "payments/desk_fee_page.html", ctx, status=400)
            return redirect("payments:desk-fee", pk=dossier.pk)
        status = 400 if request.method == "POST" else 200
        return render(request, "payments/desk_fee_page.html", ctx, status=status)

    return inner(request)
