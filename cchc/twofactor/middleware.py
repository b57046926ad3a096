"""Every signed-in request needs a verified second factor (issue 12, point 13).

Installed after ``django_otp.middleware.OTPMiddleware`` (which tells whether this session
was verified). With ``CCHC_REQUIRE_2FA`` on, a signed-in user whose session is not
verified (and with any back-office power: applicant accounts of the one-stop shop, which
sign in with a one-time code, have none) is sent to the verification page (or, with no authenticator yet, to the
enrolment page), whatever the URL: the Wagtail admin (``/quan-tri/``), Django's admin,
the officers' back office (``/can-bo/``) and any back-office URL added later. Exempt:
the 2FA pages, sign-in and sign-out views (any ``LoginView``/``LogoutView``), static
files, the language switch, ``healthz`` and ``CCHC_2FA_EXEMPT_PATHS``.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.views import LoginView, LogoutView
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import add_never_cache_headers

from .policy import needs_second_factor
from .selectors import account_needs_second_factor, session_is_verified, user_has_second_factor


def exempt_prefixes() -> list[str]:
    return [
        reverse("twofactor:verify").rsplit("/", 2)[0] + "/",  # the 2FA pages
        settings.STATIC_URL,
        "/i18n/",
        "/healthz",
        "/robots.txt",
        *getattr(settings, "CCHC_2FA_EXEMPT_PATHS", []),
    ]


def _is_sign_in_or_out(path: str) -> bool:
    try:
        match = resolve(path)
    except Resolver404:
        return False
    view_class = getattr(match.func, "view_class", None)
    return isinstance(view_class, type) and issubclass(view_class, LoginView | LogoutView)


def second_factor_redirect(request) -> HttpResponseRedirect:
    name = "twofactor:verify" if user_has_second_factor(request.user) else "twofactor:enrol"
    target = request.get_full_path() if request.method in ("GET", "HEAD") else request.path
    response = HttpResponseRedirect(f"{reverse(name)}?{urlencode({'next': target})}")
    add_never_cache_headers(response)
    return response


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            getattr(settings, "CCHC_REQUIRE_2FA", False)
            and getattr(request, "user", None) is not None
            and request.user.is_authenticated
            and not session_is_verified(request)
            and needs_second_factor(request.path_info, exempt_prefixes())
            and not _is_sign_in_or_out(request.path_info)
            and account_needs_second_factor(request.user)
        ):
            return second_factor_redirect(request)
        return self.get_response(request)
