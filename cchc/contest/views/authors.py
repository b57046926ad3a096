"""Authors (any signed-in account): the entry form and "Bài dự thi của tôi"."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from cchc.core.exceptions import CchcError, PermissionDeniedError

from .. import forms, selectors, services
from ..uploads import checked_upload
from ..workflow import EDITABLE
from .common import contest_or_404, file_response, signed_in


def _entry_forms(request, contest, entry):
    agencies = _agencies()
    if request.method == "POST":
        form = forms.EntryForm(request.POST, request.FILES, agencies=agencies)
        authors = forms.AuthorFormSet(request.POST, prefix="tg")
        return form, authors
    if entry is not None:
        initial = {
            "title": entry.title,
            "summary": entry.summary,
            "full_text": entry.full_text,
            "agency": entry.agency_id,
            "unit": entry.unit,
            "contact_email": entry.contact_email,
            "contact_phone": entry.contact_phone,
            "consent_publish": entry.consent_publish,
        }
        team = [
            {
                "full_name": a.full_name,
                "position": a.position,
                "unit": a.unit,
                "email": a.email,
                "phone": a.phone,
            }
            for a in entry.authors.all()
        ]
    else:
        initial = {"contact_email": request.user.email}
        team = []
    form = forms.EntryForm(initial=initial, agencies=agencies)
    authors = forms.AuthorFormSet(initial=team, prefix="tg")
    return form, authors


def _agencies():
    from cchc.directory.selectors import agency_list_active

    return agency_list_active()


@signed_in
@require_http_methods(["GET", "POST"])
def entry_form(request, slug):
    """Submit (first time) or edit (until the deadline) the signed-in author's entry."""
    contest = contest_or_404(slug)
    now = timezone.now()
    entry = selectors.entry_for_owner(request.user, contest)
    window = contest.submission_round
    is_open = window is not None and window.is_open(now)
    form, authors = _entry_forms(request, contest, entry)
    ctx = {
        "contest": contest,
        "entry": entry,
        "form": form,
        "authors": authors,
        "window": window,
        "is_open": is_open and (entry is None or entry.status in EDITABLE),
    }
    if request.method == "GET":
        return render(request, "contest/entry_form_page.html", ctx)
    if not (form.is_valid() and authors.is_valid()):
        return render(request, "contest/entry_form_page.html", ctx, status=400)
    max_bytes = contest.max_attachment_mb * 1024 * 1024
    try:
        files = [checked_upload(f, max_bytes=max_bytes) for f in form.cleaned_data["files"]]
        data = forms.entry_data(form, authors)
        remove = [int(pk) for pk in request.POST.getlist("xoa_tep") if pk.isdigit()]
        if entry is None:
            entry = services.entry_submit(
                contest=contest, owner=request.user, data=data, files=files, request=request
            )
            messages.success(
                request, _("Đã nhận bài dự thi. Mã bài dự thi: %(code)s.") % {"code": entry.code}
            )
        else:
            entry = services.entry_update(
                entry=entry,
                actor=request.user,
                data=data,
                files=files,
                remove_attachments=remove,
                request=request,
            )
            messages.success(
                request, _("Đã lưu thay đổi của bài dự thi %(code)s.") % {"code": entry.code}
            )
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    except CchcError as exc:
        if exc.code == "exists":
            messages.info(request, str(exc.message))
            return redirect("contest:entry-form", slug=contest.slug)
        form.add_error(
            "files" if exc.code not in ("closed", "not_open", "not_editable") else None,
            str(exc.message),
        )
        status = 403 if exc.code in ("closed", "not_open", "not_editable") else 400
        return render(request, "contest/entry_form_page.html", ctx, status=status)
    return redirect("contest:my-entry", code=entry.code)


@signed_in
@require_GET
def my_entries(request):
    now = timezone.now()
    rows = []
    for e in selectors.entries_for_owner(request.user):
        window = e.contest.submission_round
        rows.append((e, window is not None and window.is_open(now) and e.status in EDITABLE))
    return render(request, "contest/my_entries_page.html", {"rows": rows})


@signed_in
@require_GET
def my_entry(request, code):
    """The author's receipt: code, status, what was submitted, history."""
    entry = selectors.entry_get_for_owner(request.user, code)
    if entry is None:
        raise Http404
    window = entry.contest.submission_round
    can_edit = window is not None and window.is_open(timezone.now()) and entry.status in EDITABLE
    return render(
        request,
        "contest/my_entry_page.html",
        {"entry": entry, "can_edit": can_edit, "window": window},
    )


@signed_in
@require_GET
def my_attachment(request, code, pk):
    entry = selectors.entry_get_for_owner(request.user, code)
    attachment = entry and entry.attachments.filter(pk=pk).first()
    if not attachment:
        raise Http404
    return file_response(
        attachment.file.open("rb"),
        f"{entry.code}-{attachment.pk}.{attachment.extension}",
        attachment.mime,
    )
