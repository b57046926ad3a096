"""The jury (``contest.score_entry`` and a seat): the blind entry, the score sheet, conflicts
of interest and the blind copies of the files."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cchc.core.exceptions import CchcError, PermissionDeniedError

from .. import forms, selectors, services
from .common import SCORE, contest_or_404, no_store, staff


def _seat_or_403(request, slug):
    contest = contest_or_404(slug, public=False)
    seat = selectors.jury_seat(request.user, contest)
    if seat is None:
        raise PermissionDenied
    return contest, seat


@staff(SCORE)
@require_GET
def jury_home(request):
    return render(
        request, "contest/jury_home_page.html", {"seats": selectors.seats_for(request.user)}
    )


@staff(SCORE)
@require_GET
def jury_contest(request, slug):
    contest, seat = _seat_or_403(request, slug)
    now = timezone.now()
    return render(
        request,
        "contest/jury_contest_page.html",
        {
            "contest": contest,
            "seat": seat,
            "entries": selectors.jury_entries(seat, now),
            "round": selectors.scoring_round_open(contest, now),
            "criteria_count": len(contest.criteria.all()),
        },
    )


@staff(SCORE)
@require_http_methods(["GET", "POST"])
def jury_entry(request, slug, code):
    """The blind entry and the juror's score sheet (POST saves it)."""
    contest, seat = _seat_or_403(request, slug)
    blind = selectors.blind_entry(seat, code)
    if blind is None:
        raise Http404
    status = 200
    errors = []
    if blind.excluded:
        status = 403
        if request.method == "POST":
            errors.append(services.ERR_EXCLUDED % {"reason": blind.excluded})
    elif request.method == "POST":
        refused = _save_sheet(request, contest, code)
        if refused is None:
            messages.success(request, _("Đã lưu phiếu chấm bài %(code)s.") % {"code": code})
            return redirect("contest:jury-entry", slug=slug, code=code)
        status, message = refused
        errors.append(message)
    ctx = _sheet_context(request, contest, seat, blind, errors)
    return render(request, "contest/jury_entry_page.html", ctx, status=status)


def _save_sheet(request, contest, code) -> tuple[int, str] | None:
    """The posted sheet saved (None), or the status and message of the refusal."""
    values = {
        c.pk: (request.POST.get(f"diem-{c.pk}", ""), request.POST.get(f"nhan-xet-{c.pk}", ""))
        for c in contest.criteria.all()
    }
    try:
        services.score_save(
            entry=selectors.entry_get_for_jury(contest, code),
            juror=request.user,
            sheet=services.SheetInput(values),
            request=request,
        )
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    except CchcError as exc:
        return (403 if exc.code == "excluded" else 400), str(exc.message)
    return None


def _sheet_context(request, contest, seat, blind, errors):
    """The sheet's rows (what was posted, else the juror's saved scores), and the other
    jurors' sheets once the round shows them."""
    now = timezone.now()
    rnd = selectors.ranking_round(contest, now)
    mine = selectors.my_sheet(seat, blind.pk, rnd)
    posted = request.POST if request.method == "POST" else None
    rows = []
    for c in contest.criteria.all():
        score = mine.get(c.pk)
        rows.append(
            {
                "criterion": c,
                "points": posted.get(f"diem-{c.pk}", "")
                if posted
                else (score.points if score else ""),
                "comment": posted.get(f"nhan-xet-{c.pk}", "")
                if posted
                else (score.comment if score else ""),
            }
        )
    others = None
    if rnd is not None and not blind.excluded and selectors.others_visible(rnd, now):
        others = selectors.sheets_for_entry(blind.pk, rnd, exclude_seat=seat)
    return {
        "contest": contest,
        "entry": blind,
        "rows": rows,
        "errors": errors,
        "round": rnd,
        "can_score": selectors.scoring_round_open(contest, now) is not None and not blind.excluded,
        "others": others,
        "conflict_form": forms.ConflictForm(),
    }


@staff(SCORE)
@require_POST
def jury_conflict(request, slug, code):
    contest, seat = _seat_or_403(request, slug)
    if selectors.blind_entry(seat, code) is None:
        raise Http404
    form = forms.ConflictForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    services.conflict_declare(
        entry=selectors.entry_get_for_jury(contest, code),
        juror=request.user,
        note=note,
        request=request,
    )
    messages.success(
        request,
        _("Đã ghi nhận xung đột lợi ích: bài %(code)s không còn trong danh sách chấm của bạn.")
        % {"code": code},
    )
    return redirect("contest:jury-contest", slug=slug)


@staff(SCORE)
@require_GET
def jury_attachment(request, slug, code, number):
    """The blind copy, under a neutral name (``<code>-tep-<n>.<ext>``)."""
    contest, seat = _seat_or_403(request, slug)
    found = selectors.blind_attachment(seat, code, number)
    if found is None:
        raise Http404
    entry, attachment = found
    try:
        data = services.attachment_blind_copy(
            entry=entry, attachment=attachment, number=number, actor=request.user, request=request
        )
    except CchcError as exc:
        return HttpResponse(str(exc.message), status=422, content_type="text/plain; charset=utf-8")
    response = HttpResponse(data, content_type=attachment.mime)
    response["Content-Disposition"] = (
        f'attachment; filename="{entry.code}-tep-{number}.{attachment.extension}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return no_store(response)
