"""Thin views: enrol (QR), verify (code or recovery code), security page.

All answers are ``never_cache`` (private, no-store): they carry a secret, a CSRF token or
a user's state (decision 0003).
"""

from __future__ import annotations

from base64 import b32encode
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import selectors, services
from .forms import EnrolForm, TokenForm
from .policy import group_code, is_local_path


def _next(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if is_local_path(candidate):
        return candidate
    return f"/{settings.CCHC_ADMIN_PATH.strip('/')}/"


def _with_next(name: str, nxt: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': nxt})}"


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request):
    """Bước 2 của đăng nhập: mã từ ứng dụng xác thực hoặc mã dự phòng."""
    nxt = _next(request)
    if selectors.session_is_verified(request):
        return redirect(nxt)
    if not selectors.user_has_second_factor(request.user):
        return redirect(_with_next("twofactor:enrol", nxt))
    form = TokenForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        result = services.second_factor_verify(
            request=request, user=request.user, token=form.cleaned_data["token"]
        )
        if result.ok:
            if result.used_recovery_code:
                left = selectors.recovery_codes_remaining(request.user)
                messages.warning(
                    request,
                    _("Bạn vừa dùng một mã dự phòng; còn %(n)d mã. Hãy tạo mã mới nếu sắp hết.")
                    % {"n": left},
                )
            return redirect(nxt)
        if result.throttled:
            form.add_error("token", _("Bạn đã nhập sai nhiều lần. Hãy đợi một lát rồi thử lại."))
            status = 429
        else:
            form.add_error("token", _("Mã không đúng hoặc đã hết hạn. Hãy thử lại."))
            status = 400
    elif request.method == "POST":
        status = 400
    return render(request, "twofactor/verify_page.html", {"form": form, "next": nxt}, status=status)


def _qr_context(device: TOTPDevice) -> dict:
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return {
        "qr_data_uri": segno.make(device.config_url, error="m").svg_data_uri(scale=5),
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        "config_url": device.config_url,
    }


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def enrol(request):
    """Gắn ứng dụng xác thực (TOTP): quét mã QR, nhập mã 6 số, nhận mã dự phòng."""
    nxt = _next(request)
    # Someone holding only the password must not replace the owner's authenticator.
    if selectors.user_has_second_factor(request.user) and not selectors.session_is_verified(
        request
    ):
        return redirect(_with_next("twofactor:verify", nxt))
    device = services.totp_device_pending(user=request.user)
    form = EnrolForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        codes = services.totp_enrol_confirm(
            request=request, user=request.user, device=device, token=form.cleaned_data["token"]
        )
        if codes is not None:
            return render(
                request,
                "twofactor/recovery_codes_page.html",
                {"codes": [group_code(c) for c in codes], "next": nxt, "enrolled": True},
            )
        form.add_error("token", _("Mã không đúng. Hãy nhập mã đang hiện trong ứng dụng."))
        status = 400
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "twofactor/enrol_page.html",
        {"form": form, "next": nxt, **_qr_context(device)},
        status=status,
    )


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def security(request):
    """Trang bảo mật tài khoản: trạng thái, số mã dự phòng còn lại, tạo mã mới.
    (The middleware has already required a verified session to reach it.)"""
    if request.method == "POST" and request.POST.get("action") == "recovery":
        codes = services.recovery_codes_regenerate(request=request, user=request.user)
        return render(
            request,
            "twofactor/recovery_codes_page.html",
            {"codes": [group_code(c) for c in codes], "next": _next(request), "enrolled": False},
        )
    return render(
        request,
        "twofactor/security_page.html",
        {
            "enrolled": selectors.user_has_second_factor(request.user),
            "remaining": selectors.recovery_codes_remaining(request.user),
            "verified": selectors.session_is_verified(request),
        },
    )
