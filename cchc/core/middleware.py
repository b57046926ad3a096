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
