"""Back-office pages for officers and the coordinating group (/can-bo/phan-anh/)."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cchc.core.actions import CaseActionView
from cchc.core.exceptions import CchcError
from cchc.core.redact import KIND_LABELS, redact_segments

from .. import forms, permissions, selectors, services
from ..actions import TABLE
from ..choices import Channel, Status
from ..models import FeedbackAttachment


def back_office_required(view):
    """Anonymous → login page; logged in without a role → 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not permissions.is_back_office_user(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def coordinator_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not permissions.is_coordinator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _get_case(request, pk):
    fb = selectors.feedback_get_for_user(request.user, pk)
    if fb is None:
        raise Http404
    return fb


@back_office_required
def officer_queue(request):
    status = request.GET.get("trang_thai", "")
    if status not in Status.values:
        status = ""
    flag = request.GET.get("han", "")
    qs = selectors.feedback_queue_for_user(
        request.user, status=status, flag=flag, q=request.GET.get("q", "")
    )
    page = Paginator(qs, 50).get_page(request.GET.get("trang"))
    today = timezone.localdate()
    soon = selectors.due_soon_limit(today)
    rows = [(fb, selectors.deadline_flag(fb, today, soon)) for fb in page.object_list]
    return render(
        request,
        "feedback/officer_queue_page.html",
        {
            "page_obj": page,
            "rows": rows,
            "statuses": Status.choices,
            "status": status,
            "flag": flag,
            "is_coordinator": permissions.is_coordinator(request.user),
            "agency": permissions.officer_agency(request.user),
        },
    )


@coordinator_required
def moderation_queue(request):
    qs = selectors.feedback_queue_for_user(request.user, status=Status.SPAM)
    page = Paginator(qs, 50).get_page(request.GET.get("trang"))
    return render(request, "feedback/moderation_page.html", {"page_obj": page})


@back_office_required
def officer_detail(request, pk: int):
    fb = _get_case(request, pk)
    case_actions = TABLE.bound(fb, request.user)
    redaction_preview = None
    if any(item.verb == "publish" for item in case_actions):
        # what was masked, highlighted for the officer before publishing
        personal = services.personal_data_of(fb)
        redaction_preview = {
            part: [
                (piece, kind, _(KIND_LABELS[kind]) if kind else "")
                for piece, kind in redact_segments(getattr(fb, part), **personal)
            ]
            for part in ("subject", "content", "answer")
        }
    today = timezone.localdate()
    return render(
        request,
        "feedback/officer_detail_page.html",
        {
            "fb": fb,
            "events": fb.events.select_related("actor").order_by("created_at", "id"),
            "attachments": fb.attachments.all(),
            "case_actions": case_actions,
            "flag": selectors.deadline_flag(fb, today, selectors.due_soon_limit(today)),
            "suggested": selectors.suggest_agency(fb),
            "redaction_preview": redaction_preview,
        },
    )


@method_decorator(back_office_required, name="post")
class FeedbackActionView(CaseActionView):
    """POST /can-bo/phan-anh/<pk>/<verb>/: any verb of the action table."""

    table = TABLE

    def get_case(self, request, pk):
        return _get_case(request, pk)

    def success_url(self, case) -> str:
        return reverse("feedback:officer-detail", kwargs={"pk": case.pk})

    def can_still_view(self, request, case) -> bool:
        return permissions.can_view(request.user, case)

    def gone_url(self, case) -> str:
        return reverse("feedback:officer-queue")

    def success_message(self, case, action) -> str:
        return _("Đã cập nhật phản ánh %(code)s.") % {"code": case.code}


officer_action = FeedbackActionView.as_view()


@back_office_required
def officer_attachment(request, pk: int, attachment_pk: int):
    fb = _get_case(request, pk)
    attachment = FeedbackAttachment.objects.filter(pk=attachment_pk, feedback=fb).first()
    if attachment is None:
        raise Http404
    response = FileResponse(
        attachment.file.open("rb"),
        content_type=attachment.content_type,
        as_attachment=attachment.content_type == "application/pdf",
        filename=attachment.original_name or (attachment.file.name or "").rsplit("/", 1)[-1],
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
@back_office_required
def officer_entry(request):
    """Hotline / post / in-person entry by an operator."""
    form = forms.HotlineEntryForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            fb = services.feedback_submit(
                submission=forms.submission_from(d, channel=d["channel"] or Channel.HOTLINE),
                files=d.get("attachments") or [],
                actor=request.user,
                request=request,
            )
        except CchcError as exc:
            form.add_error(None, str(exc.message))
        else:
            messages.success(request, _("Đã ghi nhận phản ánh, mã %(code)s.") % {"code": fb.code})
            if permissions.can_view(request.user, fb):
                return redirect("feedback:officer-detail", pk=fb.pk)
            return redirect("feedback:officer-queue")
    return render(
        request,
        "feedback/officer_entry_page.html",
        {"form": form},
        status=400 if form.errors else 200,
    )
