"""The CSP header (cchc/core/middleware.py): built once per policy for responses that used no
nonce, per response (with that response's nonce) for those that did."""

from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.utils.csp import CSP, build_policy

from cchc.core.middleware import ContentSecurityPolicyMiddleware


def _respond(view):
    request = RequestFactory().get("/")
    return ContentSecurityPolicyMiddleware(view)(request)


def _plain(request):
    return HttpResponse("<p>no inline script</p>")


def _with_nonce(request):
    return HttpResponse(f'<script nonce="{request._csp_nonce}"></script>')


def test_a_response_without_a_nonce_gets_the_policy_without_one(settings):
    header = _respond(_plain)["Content-Security-Policy"]
    assert header == build_policy(settings.SECURE_CSP)
    assert "nonce-" not in header
    assert _respond(_plain)["Content-Security-Policy"] == header


def test_each_response_that_used_its_nonce_names_that_nonce():
    first, second = _respond(_with_nonce), _respond(_with_nonce)
    nonces = []
    for response in (first, second):
        nonce = response.content.decode().split('nonce="')[1].split('"')[0]
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_a_changed_policy_is_used_at_once():
    _respond(_plain)
    with override_settings(SECURE_CSP={"default-src": [CSP.NONE]}):
        assert _respond(_plain)["Content-Security-Policy"] == "default-src 'none'"


def test_a_view_that_set_its_own_policy_keeps_it():
    def own(request):
        response = _plain(request)
        response._csp_config = {"default-src": [CSP.SELF], "img-src": ["data:"]}
        return response

    assert _respond(own)["Content-Security-Policy"] == "default-src 'self'; img-src data:"
