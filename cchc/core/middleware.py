"""Language selection: Vietnamese for everyone, English only on the reader's choice.

Unlike ``django.middleware.locale.LocaleMiddleware`` this never looks at the browser's
``Accept-Language`` header (many Vietnamese citizens have English-locale phones) nor at
URL prefixes: the only signal is the cookie written by Django's ``set_language`` view
(``/i18n/setlang/``). The Wagtail admin still applies each editor's own language
preference on top of this (``wagtail.admin.localization`` overrides per view).
"""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers

DEFAULT_LANGUAGE = "vi"


def language_from_request(request) -> str:
    """The language code chosen by the reader's cookie, or Vietnamese."""
    allowed = {code for code, _name in settings.LANGUAGES}
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    if isinstance(chosen, str) and chosen in allowed:
        return chosen
    return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in allowed else settings.LANGUAGE_CODE


class LanguageCookieMiddleware:
    """Activate the cookie's language (else ``vi``) for the whole request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_from_request(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
        finally:
            translation.deactivate()
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        return response


class AdminContentSecurityPolicyMiddleware:
    """Give the Wagtail admin (``/<CCHC_ADMIN_PATH>/``) its own, wider CSP.

    Wagtail 8's admin still writes inline ``<script>`` elements (date pickers, inline
    panels), evaluates scripts that arrive inside chooser modals (jQuery ``html()``) and
    sets ``style`` attributes: a nonce cannot cover any of these, so under the public
    policy every picker and chooser stays shut. Only admin paths get
    ``settings.CCHC_ADMIN_CSP`` (same origin only, inline allowed, no ``eval``, no
    external origin); every other path keeps ``SECURE_CSP`` with nonces.

    Listed after Django's ``ContentSecurityPolicyMiddleware``, so its response phase
    runs first and the per-response override (``response._csp_config``, the attribute
    Django's ``csp_override`` decorator sets) is in place when that middleware writes
    the header. A view that set its own override keeps it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        prefix = f"/{settings.CCHC_ADMIN_PATH.strip('/')}/"
        if request.path_info.startswith(prefix) and not hasattr(response, "_csp_config"):
            response._csp_config = settings.CCHC_ADMIN_CSP
        return response
