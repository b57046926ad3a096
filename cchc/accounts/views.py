"""Sign-in with a one-time code, sign-out. Every page here is private (no shared cache)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import login, logout
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from django_ratelimit.core import is_ratelimited

from cchc.core.exceptions import CchcError
from cchc.feedback.ratelimit import client_ip

from .forms import CodeForm, ContactForm
from .services import applicant_for, code_request, code_verify

SESSION_CONTACT = "cchc_accounts_contact"


def _ip_key(group, request):
    return client_ip(request)


def _limited(request, group: str, rate: str) -> bool:
    if not getattr(settings, "ACCOUNTS_RATE_LIMIT_ENABLED", True):
        return False
    return is_ratelimited(request, group=group, key=_ip_key, rate=rate, increment=True)


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("accounts:home")


@never_cache
@require_http_methods(["GET", "POST"])
def sign_in(request):
    form = ContactForm(request.POST or None)
    ctx = {"form": form, "next": _next_url(request)}
    if request.method == "GET":
        return render(request, "accounts/sign_in_page.html", ctx)
    if not form.is_valid():
        return render(request, "accounts/sign_in_page.html", ctx, status=400)
    if _limited(request, "cchc.accounts.code_ip", "30/h"):
        form.add_error(
            None, _("Có quá nhiều yêu cầu từ địa chỉ mạng của bạn. Vui lòng thử lại sau.")
        )
        return render(request, "accounts/sign_in_page.html", ctx, status=429)
    try:
        otp = code_request(contact=form.cleaned_data["contact"])
    except CchcError as exc:
        form.add_error("contact" if exc.code == "contact" else None, str(exc.message))
        status = 400 if exc.code == "contact" else 429
        return render(request, "accounts/sign_in_page.html", ctx, status=status)
    request.session[SESSION_CONTACT] = otp.contact
    return redirect(f"{reverse('accounts:verify')}?next={ctx['next']}")


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    contact = request.session.get(SESSION_CONTACT)
    if not contact:
        return redirect("accounts:sign-in")
    form = CodeForm(request.POST or None)
    ctx = {"form": form, "next": _next_url(request), "contact": contact}
    if request.method == "GET":
        return render(request, "accounts/verify_page.html", ctx)
    if _limited(request, "cchc.accounts.verify_ip", "60/h"):
        form.add_error(
            None, _("Có quá nhiều lần nhập mã từ địa chỉ mạng của bạn. Vui lòng thử lại sau.")
        )
        return render(request, "accounts/verify_page.html", ctx, status=429)
    if not form.is_valid():
        return render(request, "accounts/verify_page.html", ctx, status=400)
    try:
        user = code_verify(contact=contact, code=form.cleaned_data["code"], request=request)
    except CchcError as exc:
        form.add_error("code", str(exc.message))
        return render(request, "accounts/verify_page.html", ctx, status=400)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")  # new session key
    return redirect(ctx["next"])


@require_POST
def sign_out(request):
    logout(request)
    return redirect("/")


@never_cache
def home(request):
    applicant = applicant_for(request.user)
    if applicant is None:
        return redirect(f"{reverse('accounts:sign-in')}?next={request.path}")
    return render(request, "accounts/home_page.html", {"applicant": applicant})
