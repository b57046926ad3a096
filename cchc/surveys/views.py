"""Public rating pages: the one-time link from the SMS/e-mail and the desk kiosk.

Both carry a CSRF token and a secret in the URL: never cached (``private, no-store``).
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from cchc.core.exceptions import CchcError
from cchc.feedback.ratelimit import client_ip

from . import ratelimit, selectors, services
from .forms import RatingForm
from .services import SurveyLinkError

LINK_ERROR_STATUS = {"invalid": 404, "expired": 410, "used": 410}


def _no_store(response):
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "same-origin"  # the token is in the URL: never sent elsewhere
    return response


def _link_problem(request, exc: SurveyLinkError):
    """The page for a link that is wrong, expired or used (404/410), never cached."""
    context = {"message": exc.message, "code": exc.code}
    status = LINK_ERROR_STATUS.get(exc.code, 404)
    return _no_store(render(request, "surveys/link_problem_page.html", context, status=status))


@never_cache
@require_http_methods(["GET", "POST"])
def rate_view(request, token: str):
    if not ratelimit.hit("link_ip", client_ip(request)):
        return _no_store(
            render(
                request,
                "surveys/link_problem_page.html",
                {"message": _("Bạn thao tác quá nhiều lần. Vui lòng thử lại sau ít phút.")},
                status=429,
            )
        )
    try:
        invitation = services.invitation_for_token(token)
    except SurveyLinkError as exc:
        return _link_problem(request, exc)
    questionnaire = services.questionnaire_current_or_default()
    form = RatingForm(request.POST or None, questionnaire=questionnaire)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.response_submit_link(
                    token=token, questionnaire=questionnaire, answers=form.answers()
                )
            except SurveyLinkError as exc:
                return _link_problem(request, exc)
            except CchcError as exc:
                form.add_error(None, str(exc.message))
            else:
                return redirect("surveys:thanks")
        status = 400
    return _no_store(
        render(
            request,
            "surveys/rate_page.html",
            {"form": form, "questionnaire": questionnaire, "invitation": invitation},
            status=status,
        )
    )


@never_cache
def thanks_view(request):
    return render(request, "surveys/thanks_page.html")


@never_cache
@require_http_methods(["GET", "POST"])
def kiosk_view(request, key: str):
    kiosk = selectors.kiosk_get_active(key)
    if kiosk is None:
        raise Http404
    questionnaire = services.questionnaire_current_or_default()
    if request.method == "GET":
        form = RatingForm(questionnaire=questionnaire)
        context = {"form": form, "kiosk": kiosk, "done": request.GET.get("xong") == "1"}
        return _no_store(render(request, "surveys/kiosk_page.html", context))
    form = RatingForm(request.POST, questionnaire=questionnaire)
    status = 400
    if not ratelimit.hit("kiosk", kiosk.key):
        form.add_error(None, _("Máy đánh giá nhận quá nhiều phiếu. Vui lòng thử lại sau."))
        status = 429
    elif form.is_valid():
        try:
            services.response_submit_kiosk(
                kiosk=kiosk, questionnaire=questionnaire, answers=form.answers()
            )
        except CchcError as exc:
            form.add_error(None, str(exc.message))
        else:
            return redirect(f"{request.path}?xong=1")
    return _no_store(
        render(request, "surveys/kiosk_page.html", {"form": form, "kiosk": kiosk}, status=status)
    )
