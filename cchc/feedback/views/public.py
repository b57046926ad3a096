"""Public pages: published answers, the submission form, status lookup."""

from __future__ import annotations

import logging

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cchc.core.exceptions import CchcError, StorageUnavailableError

from .. import ratelimit, selectors
from ..choices import Channel, Status
from ..forms import FeedbackSubmitForm, LookupForm, submission_from
from ..services import feedback_submit

logger = logging.getLogger("cchc.feedback")
COOKIE_LAST_CODE = "cchc_pakn_code"
COOKIE_SALT = "cchc.feedback.submitted"


def feedback_index(request):
    q = request.GET.get("q", "")[:200]
    page = Paginator(selectors.feedback_list_public(q), 20).get_page(request.GET.get("trang"))
    return render(request, "feedback/index_page.html", {"page_obj": page, "q": q})


def feedback_public_detail(request, code: str):
    fb = selectors.feedback_get_public(code)
    if fb is None:
        raise Http404
    return render(request, "feedback/detail_page.html", {"fb": fb})


@require_http_methods(["GET", "POST"])
def feedback_submit_view(request):
    if request.method == "GET":
        return render(request, "feedback/submit_page.html", {"form": FeedbackSubmitForm()})
    form = FeedbackSubmitForm(request.POST, request.FILES)
    ip = ratelimit.client_ip(request)
    if form.data.get("website"):  # honeypot: look successful, store nothing
        logger.info("honeypot hit from %s", ip)
        return render(request, "feedback/submitted_page.html", {"code": None})
    if not form.is_valid():  # a mistake is not an attempt: invalid forms do not count
        return render(request, "feedback/submit_page.html", {"form": form}, status=400)
    d = form.cleaned_data
    contacts = {
        ratelimit.normalise_contact(c)
        for c in (d.get("submitter_email"), d.get("submitter_phone"))
        if c
    }
    if not ratelimit.hit("submit_ip", ip):
        form.add_error(
            None, _("Bạn đã gửi quá nhiều phản ánh trong thời gian ngắn. Vui lòng thử lại sau.")
        )
        return render(request, "feedback/submit_page.html", {"form": form}, status=429)
    if not all([ratelimit.hit("submit_contact", c) for c in sorted(contacts)]):
        form.add_error(
            None,
            _(
                "Thông tin liên hệ này đã gửi quá nhiều phản ánh trong thời gian ngắn. Vui lòng thử lại sau."
            ),
        )
        return render(request, "feedback/submit_page.html", {"form": form}, status=429)
    try:
        fb = feedback_submit(
            submission=submission_from(d, channel=Channel.WEB, ip=ip),
            files=d.get("attachments") or [],
            request=request,
        )
    except StorageUnavailableError as exc:
        # Nothing was saved: the page comes back with everything typed (files must be
        # chosen again: browsers never pre-fill a file input).
        form.add_error(None, str(exc.message))
        return render(request, "feedback/submit_page.html", {"form": form}, status=503)
    except CchcError as exc:
        form.add_error(None, str(exc.message))
    else:
        # A signed cookie, not the session: no extra database write per submission.
        response = redirect("feedback:submit-done")
        response.set_signed_cookie(
            COOKIE_LAST_CODE,
            fb.code,
            salt=COOKIE_SALT,
            max_age=3600,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
        return response
    return render(request, "feedback/submit_page.html", {"form": form}, status=400)


def feedback_submit_done(request):
    code = request.get_signed_cookie(COOKIE_LAST_CODE, default=None, salt=COOKIE_SALT, max_age=3600)
    if not code:
        return redirect("feedback:submit")
    return render(request, "feedback/submitted_page.html", {"code": code})


@require_http_methods(["GET", "POST"])
def feedback_lookup_view(request):
    # The link in the citizen's SMS/e-mail carries the code (?ma=...): only the contact is left.
    initial = {"code": request.GET.get("ma", "").strip().upper()[:32]}
    form = LookupForm(request.POST or None, initial=initial)
    context = {"form": form, "searched": False, "fb": None}
    if request.method == "POST":
        if not ratelimit.hit("lookup_ip", ratelimit.client_ip(request)):
            form.add_error(None, _("Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút."))
            return render(request, "feedback/lookup_page.html", context, status=429)
        if form.is_valid():
            context["searched"] = True
            fb = selectors.feedback_lookup(form.cleaned_data["code"], form.cleaned_data["contact"])
            if fb is not None:
                context["fb"] = fb
                context["events"] = fb.events.order_by("created_at", "id")
                context["Status"] = Status
    elif initial["code"]:
        context["code_given"] = True
    return render(request, "feedback/lookup_page.html", context)
