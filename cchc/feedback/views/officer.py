"""Back-office pages for officers and the coordinating group (/can-bo/phan-anh/)."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from cchc.core.exceptions import CchcError, PermissionDeniedError

from .. import forms, permissions, selectors, services
from ..choices import Channel, Status
from ..models import FeedbackAttachment
from ..redact import KIND_LABELS, redact, redact_segments
from ..workflow import ACTION_ROLES, actions_from


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


ACTION_FORMS = {
    "accept": forms.AcceptForm,
    "reject": forms.RejectForm,
    "assign": forms.AssignForm,
    "forward": forms.ForwardForm,
    "answer": forms.AnswerForm,
    "publish": forms.PublishForm,
    "keep_private": forms.NoteForm,
    "close": forms.NoteForm,
    "mark_spam": forms.NoteForm,
    "restore": forms.NoteForm,
}


@back_office_required
def officer_detail(request, pk: int):
    fb = _get_case(request, pk)
    roles = permissions.roles_for(request.user, fb)
    verbs = [v for v in actions_from(fb.status) if roles & ACTION_ROLES[v]]
    action_forms = []
    redaction_preview = None
    for verb in verbs:
        initial = {}
        if verb == "assign":
            suggested = (
                selectors.suggest_agency(fb) if fb.status == Status.ACCEPTED else fb.assigned_agency
            )
            initial = {"agency": suggested.pk if suggested else None}
        elif verb == "accept":
            initial = {"category": fb.category_id, "kind": fb.kind}
        elif verb == "publish":
            personal = services.personal_data_of(fb)
            initial = {
                "public_subject": redact(fb.subject, **personal),
                "public_content": redact(fb.content, **personal),
            }
            # what was masked, highlighted for the officer before publishing
            redaction_preview = {
                part: [
                    (piece, kind, _(KIND_LABELS[kind]) if kind else "")
                    for piece, kind in redact_segments(getattr(fb, part), **personal)
                ]
                for part in ("subject", "content")
            }
        action_forms.append((verb, ACTION_FORMS[verb](initial=initial, prefix=verb)))
    today = timezone.localdate()
    return render(
        request,
        "feedback/officer_detail_page.html",
        {
            "fb": fb,
            "events": fb.events.select_related("actor").order_by("created_at", "id"),
            "attachments": fb.attachments.all(),
            "action_forms": action_forms,
            "flag": selectors.deadline_flag(fb, today, selectors.due_soon_limit(today)),
            "suggested": selectors.suggest_agency(fb),
            "redaction_preview": redaction_preview,
        },
    )


@require_POST
@back_office_required
def officer_action(request, pk: int, verb: str):
    if verb not in ACTION_FORMS:
        raise Http404
    fb = _get_case(request, pk)
    form = ACTION_FORMS[verb](request.POST, prefix=verb)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("feedback:officer-detail", pk=fb.pk)
    d = form.cleaned_data
    service = getattr(services, f"feedback_{verb}")
    kwargs = {"feedback": fb, "actor": request.user, "request": request}
    if verb == "accept":
        kwargs.update(
            category=d.get("category"), kind=d.get("kind") or None, note=d.get("note", "")
        )
    elif verb == "reject":
        kwargs.update(reason=d["reason"], note=d.get("note", ""))
    elif verb == "assign":
        kwargs.update(agency=d["agency"], note=d.get("note", ""))
    elif verb == "forward":
        kwargs.update(
            agency=d["agency"], note=d.get("note", ""), override_reason=d.get("override_reason", "")
        )
    elif verb == "answer":
        kwargs.update(answer=d["answer"])
    elif verb == "publish":
        kwargs.update(public_subject=d["public_subject"], public_content=d["public_content"])
    else:
        kwargs.update(note=d.get("note", ""))
    try:
        fb = service(**kwargs)
    except PermissionDeniedError as exc:
        raise PermissionDenied(str(exc.message)) from exc
    except CchcError as exc:
        messages.error(request, str(exc.message))
        return redirect("feedback:officer-detail", pk=fb.pk)
    messages.success(request, _("Đã cập nhật phản ánh %(code)s.") % {"code": fb.code})
    if permissions.can_view(request.user, fb):
        return redirect("feedback:officer-detail", pk=fb.pk)
    return redirect("feedback:officer-queue")


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
        filename=attachment.original_name or attachment.file.name.rsplit("/", 1)[-1],
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
