"""Facebook page and Zalo OA webhooks. Secrets are read from settings/env at call time.

Order of checks (docs/security.md): size → signature over the raw bytes → freshness (Zalo
``timestamp`` within ``FEEDBACK_ZALO_MAX_AGE`` seconds: older events are refused as
replays) → shape (a signed body of the wrong shape is 400 and an audit row, never 500).
Refusals are rate-limited per client address *before* anything is written (log, audit
row), so a flood of unsigned requests cannot fill the audit log.
"""

from __future__ import annotations

import json
import logging
import os
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.http.request import RawPostDataException
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from cchc.core.audit import record_event
from cchc.core.exceptions import CchcError

from .. import ratelimit, signatures
from ..inbound import MalformedPayload, facebook_submissions, zalo_submission
from ..services import feedback_submit

logger = logging.getLogger("cchc.feedback.webhooks")
MAX_BODY = 256 * 1024


def _secret(name: str) -> str:
    return getattr(settings, name, "") or os.environ.get(name, "")


def _over_limit(request) -> bool:
    """Count one refused request of this address; True once over the limit (nothing is
    written for it then, not even a log line)."""
    return not ratelimit.hit("webhook_reject_ip", ratelimit.client_ip(request))


def _reject(request, source: str, reason: str):
    if _over_limit(request):
        return HttpResponse("too many invalid requests", status=429, content_type="text/plain")
    logger.warning(
        "%s webhook rejected from %s: %s", source, request.META.get("REMOTE_ADDR"), reason
    )
    record_event(
        f"cchc.feedback.webhook.{source}_rejected", data={"reason": reason}, request=request
    )
    return HttpResponseForbidden("invalid signature")


def _malformed(request, source: str, reason: str):
    """A signed body of the wrong shape: 400 and an audit row (rate-limited like refusals)."""
    if _over_limit(request):
        return HttpResponse("too many invalid requests", status=429, content_type="text/plain")
    logger.warning("%s webhook malformed: %s", source, reason)
    record_event(
        f"cchc.feedback.webhook.{source}_malformed", data={"reason": reason[:200]}, request=request
    )
    return HttpResponse("malformed payload", status=400, content_type="text/plain")


def _raw_body(request) -> bytes | None:
    """The raw bytes the signature covers, or ``None`` when the edge already parsed a form
    body (a multipart or urlencoded POST: never a provider's JSON; refused as unsigned)."""
    try:
        return request.body[: MAX_BODY + 1]
    except RawPostDataException:
        return None


def _zalo_fresh(payload: dict) -> bool:
    """The event's ``timestamp`` (milliseconds) is within the replay window of now."""
    max_age = getattr(settings, "FEEDBACK_ZALO_MAX_AGE", 300)
    if max_age is None:
        return True
    try:
        sent = int(str(payload.get("timestamp", ""))) / 1000
    except ValueError:
        return False
    return abs(time.time() - sent) <= max_age


@csrf_exempt
@require_http_methods(["GET", "POST"])
def facebook_webhook(request):
    if request.method == "GET":
        token = _secret("FEEDBACK_FACEBOOK_VERIFY_TOKEN")
        if (
            token
            and request.GET.get("hub.mode") == "subscribe"
            and request.GET.get("hub.verify_token") == token
        ):
            return HttpResponse(request.GET.get("hub.challenge", ""), content_type="text/plain")
        return HttpResponseForbidden("verification failed")
    body = _raw_body(request)
    if body is None:
        return _reject(request, "facebook", "form body, not JSON")
    if len(body) > MAX_BODY:
        return HttpResponse(status=413)
    if not signatures.verify_facebook(
        body, request.headers.get("X-Hub-Signature-256"), _secret("FEEDBACK_FACEBOOK_APP_SECRET")
    ):
        return _reject(request, "facebook", "bad signature")
    try:
        payload = json.loads(body)
        submissions = facebook_submissions(payload)
    except MalformedPayload as exc:
        return _malformed(request, "facebook", str(exc))
    except ValueError:
        return _malformed(request, "facebook", "body is not JSON")
    created = []
    for submission in submissions:
        try:
            created.append(feedback_submit(submission=submission).code)
        except CchcError as exc:
            logger.info("facebook message not accepted: %s", exc.message)
    return JsonResponse({"received": len(created)})


@csrf_exempt
@require_http_methods(["POST"])
def zalo_webhook(request):
    body = _raw_body(request)
    if body is None:
        return _reject(request, "zalo", "form body, not JSON")
    if len(body) > MAX_BODY:
        return HttpResponse(status=413)
    try:
        payload = json.loads(body)
    except ValueError:
        return _reject(request, "zalo", "body is not JSON")
    if not isinstance(payload, dict):
        return _reject(request, "zalo", "body is not an object")
    if not signatures.verify_zalo(
        body,
        request.headers.get("X-ZEvent-Signature"),
        app_id=_secret("FEEDBACK_ZALO_APP_ID"),
        timestamp=str(payload.get("timestamp", "")),
        oa_secret=_secret("FEEDBACK_ZALO_OA_SECRET"),
    ):
        return _reject(request, "zalo", "bad signature")
    if not _zalo_fresh(payload):
        return _reject(request, "zalo", "timestamp outside the replay window")
    try:
        submission = zalo_submission(payload)
    except MalformedPayload as exc:
        return _malformed(request, "zalo", str(exc))
    code = None
    if submission is not None:
        try:
            code = feedback_submit(submission=submission).code
        except CchcError as exc:
            logger.info("zalo message not accepted: %s", exc.message)
    return JsonResponse({"received": 1 if code else 0})
