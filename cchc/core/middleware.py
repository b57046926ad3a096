"""Language selection: Vietnamese for everyone, English only on the reader's choice.

Unlike ``django.middleware.locale.LocaleMiddleware`` this never looks at the browser's
``Accept-Language`` header (many Vietnamese citizens have English-locale phones) nor at
URL prefixes: the only signal is the cookie written by Django's ``set_language`` view
(``/i18n/setlang/``). The Wagtail admin still applies each editor's own language
preference on top of this (``wagtail.admin.localization`` overrides per view).
"""

import json

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpResponse, QueryDict
from django.middleware.csp import ContentSecurityPolicyMiddleware as DjangoCSPMiddleware
from django.middleware.csp import get_nonce
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.csp import CSP, build_policy
from django.utils.translation import gettext as _

from .cleaning import BAD_CONTROL, clean_text, has_nul

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


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _querydict_has_nul(data: QueryDict) -> bool:
    return any(has_nul(k) or any(has_nul(v) for v in vs) for k, vs in data.lists())


def _cleaned(data: QueryDict) -> QueryDict:
    """A copy of ``data`` with control characters removed from keys and values."""
    if not any(
        BAD_CONTROL.search(k) or any(BAD_CONTROL.search(v) for v in vs) for k, vs in data.lists()
    ):
        return data
    copy = QueryDict(mutable=True, encoding=data.encoding)
    for key, values in data.lists():
        copy.setlist(clean_text(key), [clean_text(v) for v in values])
    copy._mutable = False
    return copy


class InputCleaningMiddleware:
    """The edge: no NUL byte and no other control character gets past it.

    PostgreSQL cannot store or compare text containing NUL, and it never belongs in a
    citizen's input.

    * A NUL in the path or in a form field (POST) is refused with 400. Paths ending in
      ``.json``/``.xml`` get a machine-readable error in the Open311 error shape, other
      paths the translated 400 page.
    * Query parameters (names and values) lose NUL and the other control characters:
      they are search terms and filters, and a reader gets a normal page.
    * Other control characters (vertical tab pasted from Word, escape codes...) are
      removed from form values (tabs and newlines kept), so nothing stored can break a
      feed or an XML document later.

    Request bodies that are not forms (JSON webhooks, the API) are cleaned by the
    services that take them in (``feedback_submit``), after their signature is checked
    over the raw bytes.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        refused = self._check(request)
        if refused is not None:
            return refused
        return self.get_response(request)

    def _check(self, request):
        if has_nul(request.path_info):
            return self._refuse(request)
        # query parameters are search terms and filters: NUL and other controls are
        # dropped (``?q=a%00b`` searches "ab"; the search page promises a normal page)
        request.GET = _cleaned(request.GET)
        content_type = request.META.get("CONTENT_TYPE", "")
        if request.method == "POST" and content_type.startswith(FORM_TYPES):
            # RequestDataTooBig and friends propagate: handler400 answers 413/400
            post = request.POST
            if _querydict_has_nul(post):
                return self._refuse(request)
            request.POST = _cleaned(post)
        return None

    def _refuse(self, request):
        message = _("Dữ liệu gửi lên chứa ký tự không hợp lệ (ký tự NUL).")
        path = request.path_info.rstrip("\x00/")
        if path.endswith(".json"):
            return HttpResponse(
                json.dumps([{"code": 400, "description": message}], ensure_ascii=False),
                status=400,
                content_type="application/json",
            )
        if path.endswith(".xml"):
            from xml.sax.saxutils import escape

            body = (
                '<?xml version="1.0" encoding="utf-8"?>\n<errors><error><code>400</code>'
                f"<description>{escape(message)}</description></error></errors>"
            )
            return HttpResponse(body.encode(), status=400, content_type="text/xml; charset=utf-8")
        raise BadRequest(message)


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


_policies: dict[int, tuple[object, str]] = {}


def _static_policy(config) -> str:
    """``build_policy(config)`` without a nonce, built once per policy object and process."""
    kept = _policies.get(id(config))
    if kept is None or kept[0] is not config:  # the object itself is kept: no id reuse
        kept = (config, build_policy(config))
        _policies[id(config)] = kept
    return kept[1]


class ContentSecurityPolicyMiddleware(DjangoCSPMiddleware):
    """Django's CSP middleware; a response that used no nonce gets a header built once.

    Every public page served to anonymous readers (and kept by the HTTP cache) uses no nonce,
    so its policy is the same string every time. A response whose rendering asked for the
    nonce (``{{ csp_nonce }}``) gets Django's per-response header, with that nonce.
    """

    def process_response(self, request, response):
        if get_nonce(request):  # generated for this response: per-response policy
            return super().process_response(request, response)
        sentinel = object()
        if (csp_config := getattr(response, "_csp_config", sentinel)) is sentinel:
            csp_config = settings.SECURE_CSP
        if (csp_ro_config := getattr(response, "_csp_ro_config", sentinel)) is sentinel:
            csp_ro_config = settings.SECURE_CSP_REPORT_ONLY
        for header, config in (
            (CSP.HEADER_ENFORCE, csp_config),
            (CSP.HEADER_REPORT_ONLY, csp_ro_config),
        ):
            if config and header not in response:
                response.headers[str(header)] = _static_policy(config)
        return response
