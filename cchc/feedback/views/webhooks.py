"""Facebook page and Zalo OA webhooks. Secrets are read from settings/env at call time."""

from __future__ import annotations

import json
import logging
import os

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from cchc.core.audit import record_event
from cchc.core.exceptions import CchcError

from .. import signatures
from ..inbound import facebook_submissions, zalo_submission
from ..services import feedback_submit

logger = logging.getLogger("cchc.feedback.webhooks")
MAX_BODY = 256 * 1024


def _secret(name: str) -> str:
    return getattr(settings, name, "") or os.environ.get(name, "")


def _reject(request, source: str, reason: str):
    logger.warning(
        "%s webhook rejected from %s: %s", source, request.META.get("REMOTE_ADDR"), reason
    )
    record_event(
        f"cchc.feedback.webhook.{source}_rejected", data={"reason": reason}, request=request
    )
    return HttpResponseForbidden("invalid signature")


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
    body = request.body[: MAX_BODY + 1]
    if len(body) > MAX_BODY:
        return HttpResponse(status=413)
    if not signatures.verify_facebook(
        body, request.headers.get("X-Hub-Signature-256"), _secret("FEEDBACK_FACEBOOK_APP_SECRET")
    ):
        return _reject(request, "facebook", "bad signature")
    try:
        payload = json.loads(body)
    except ValueError:
        return HttpResponse(status=400)
    created = []
    for submission in facebook_submissions(payload):
        try:
            created.append(feedback_submit(submission=submission).code)
        except CchcError as exc:
            logger.info("facebook message not accepted: %s", exc.message)
    return JsonResponse({"received": len(created)})


@csrf_exempt
@require_http_methods(["POST"])
def zalo_webhook(request):
    body = request.body[: MAX_BODY + 1]
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
    submission = zalo_submission(payload)
    code = None
    if submission is not None:
        try:
            code = feedback_submit(submission=submission).code
        except CchcError as exc:
            logger.info("zalo message not accepted: %s", exc.message)
    return JsonResponse({"received": 1 if code else 0})
