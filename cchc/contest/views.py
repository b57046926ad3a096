"""Thin views of the contest.

Public (cacheable, nothing per visitor): ``/cuoc-thi/`` and ``/cuoc-thi/<slug>/`` (rules,
dates, countdown, published winners), ``/cuoc-thi/<slug>/bai/<code>/`` (a winner's full
text, with the author's consent). Authors (any signed-in account): the entry form and
"Bài dự thi của tôi". Jury (``contest.score_entry`` + a seat): the blind view and score
sheet. Secretary and chair (``contest.manage_contest``): progress, outliers, ranking,
results actions, the score spreadsheet. Every private page is ``no-store``.
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cchc.core.actions import CaseActionView
from cchc.core.audit import record_event
from cchc.core.exceptions import CchcError, PermissionDeniedError
from cchc.core.permissions import has_perm

from . import exports, forms, selectors, services
from .actions import CONTEST_TABLE, ENTRY_TABLE
from .uploads import blind_copy, checked_upload
from .workflow import EDITABLE

MANAGE = "contest.manage_contest"
SCORE = "contest.score_entry"


def _no_store(response):
    patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
    return response


def _signed_in(view):
    """Authors: anonymous → the citizen sign-in (``cchc.accounts``), back here after."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            target = f"{reverse('accounts:sign-in')}?next={request.get_full_path()}"
            return _no_store(redirect(target))
        return _no_store(view(request, *args, **kwargs))

    return wrapper


def _staff(perm):
    """Staff: anonymous → the staff sign-in; without ``perm`` → 403; never cached."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return _no_store(redirect_to_login(request.get_full_path()))
            if not has_perm(request.user, perm):
                raise PermissionDenied
            return _no_store(view(request, *args, **kwargs))

        return wrapper

    return decorator


def _contest_or_404(slug, *, public=True):
    contest = selectors.contest_get_public(slug) if public else selectors.contest_get(slug)
    if contest is None:
        raise Http404
    return contest


# --- public --------------------------------------------------------------------------------


@require_GET
def contest_list(request):
    now = timezone.now()
    contests = [
        (c, c.submission_round, selectors.countdown(c, now))
        for c in selectors.contest_list_public()
    ]
    return render(request, "contest/contest_list_page.html", {"contests": contests, "now": now})


@require_GET
def contest_detail(request, slug):
    contest = _contest_or_404(slug)
    now = timezone.now()
    window = contest.submission_round
    context = {
        "contest": contest,
        "window": window,
        "open": window is not None and window.is_open(now),
        "countdown": selectors.countdown(contest, now),
        "rounds": list(contest.rounds.all()),
        "criteria": list(contest.criteria.all()),
        "prizes": list(contest.prizes.all()),
        "winners": list(selectors.winners_public(contest)),
    }
    return render(request, "contest/contest_detail_page.html", context)


@require_GET
def winner_detail(request, slug, code):
    contest = _contest_or_404(slug)
    entry = selectors.winner_get_public(contest, code)
    if entry is None:
        raise Http404
    return render(request, "contest/winner_page.html", {"contest": contest, "entry": entry})


# --- authors -------------------------------------------------------------------------------


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


@_signed_in
@require_http_methods(["GET", "POST"])
def entry_form(request, slug):
    """Submit (first time) or edit (until the deadline) the signed-in author's entry."""
    contest = _contest_or_404(slug)
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


@_signed_in
@require_GET
def my_entries(request):
    now = timezone.now()
    rows = []
    for e in selectors.entries_for_owner(request.user):
        window = e.contest.submission_round
        rows.append((e, window is not None and window.is_open(now) and e.status in EDITABLE))
    return render(request, "contest/my_entries_page.html", {"rows": rows})


@_signed_in
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


@_signed_in
@require_GET
def my_attachment(request, code, pk):
    entry = selectors.entry_get_for_owner(request.user, code)
    attachment = entry and entry.attachments.filter(pk=pk).first()
    if not attachment:
        raise Http404
    return _file(
        attachment.file.open("rb"),
        f"{entry.code}-{attachment.pk}.{attachment.extension}",
        attachment.mime,
    )


def _file(content, filename, mime):
    response = FileResponse(content, as_attachment=True, filename=filename, content_type=mime)
    response["X-Content-Type-Options"] = "nosniff"
    return _no_store(response)


# --- jury ----------------------------------------------------------------------------------


def _seat_or_403(request, slug):
    contest = _contest_or_404(slug, public=False)
    seat = selectors.jury_seat(request.user, contest)
    if seat is None:
        raise PermissionDenied
    return contest, seat


@_staff(SCORE)
@require_GET
def jury_home(request):
    return render(
        request, "contest/jury_home_page.html", {"seats": selectors.seats_for(request.user)}
    )


@_staff(SCORE)
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


@_staff(SCORE)
@require_http_methods(["GET", "POST"])
def jury_entry(request, slug, code):
    """The blind entry and the juror's score sheet (POST saves it)."""
    contest, seat = _seat_or_403(request, slug)
    blind = selectors.blind_entry(seat, code)
    if blind is None:
        raise Http404
    now = timezone.now()
    status = 200
    errors = []
    if blind.excluded:
        status = 403
        if request.method == "POST":
            errors.append(services.ERR_EXCLUDED % {"reason": blind.excluded})
    elif request.method == "POST":
        values = {
            c.pk: (request.POST.get(f"diem-{c.pk}", ""), request.POST.get(f"nhan-xet-{c.pk}", ""))
            for c in contest.criteria.all()
        }
        try:
            services.score_save(
                entry=_entry(contest, code),
                juror=request.user,
                sheet=services.SheetInput(values),
                request=request,
            )
        except PermissionDeniedError as exc:
            raise PermissionDenied from exc
        except CchcError as exc:
            errors.append(str(exc.message))
            status = 403 if exc.code == "excluded" else 400
        else:
            messages.success(request, _("Đã lưu phiếu chấm bài %(code)s.") % {"code": code})
            return redirect("contest:jury-entry", slug=slug, code=code)
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
    ctx = {
        "contest": contest,
        "entry": blind,
        "rows": rows,
        "errors": errors,
        "round": rnd,
        "can_score": selectors.scoring_round_open(contest, now) is not None and not blind.excluded,
        "others": others,
        "conflict_form": forms.ConflictForm(),
    }
    return render(request, "contest/jury_entry_page.html", ctx, status=status)


def _entry(contest, code):
    from .models import Entry

    return Entry.objects.get(contest=contest, code=code)


@_staff(SCORE)
@require_POST
def jury_conflict(request, slug, code):
    contest, seat = _seat_or_403(request, slug)
    if selectors.blind_entry(seat, code) is None:
        raise Http404
    form = forms.ConflictForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    services.conflict_declare(
        entry=_entry(contest, code), juror=request.user, note=note, request=request
    )
    messages.success(
        request,
        _("Đã ghi nhận xung đột lợi ích: bài %(code)s không còn trong danh sách chấm của bạn.")
        % {"code": code},
    )
    return redirect("contest:jury-contest", slug=slug)


@_staff(SCORE)
@require_GET
def jury_attachment(request, slug, code, number):
    """The blind copy, under a neutral name (``<code>-tep-<n>.<ext>``)."""
    contest, seat = _seat_or_403(request, slug)
    found = selectors.blind_attachment(seat, code, number)
    if found is None:
        raise Http404
    entry, attachment = found
    with attachment.file.open("rb") as fh:
        data = fh.read()
    try:
        data = blind_copy(data, attachment.mime)
    except CchcError as exc:
        return HttpResponse(str(exc.message), status=422, content_type="text/plain; charset=utf-8")
    record_event(
        "cchc.contest.attachment.jury_download",
        actor=request.user,
        obj=entry,
        data={"number": number},
        request=request,
    )
    response = HttpResponse(data, content_type=attachment.mime)
    response["Content-Disposition"] = (
        f'attachment; filename="{entry.code}-tep-{number}.{attachment.extension}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return _no_store(response)


# --- secretary and chair -------------------------------------------------------------------


@_staff(MANAGE)
@require_GET
def secretary_home(request):
    return render(
        request,
        "contest/secretary_home_page.html",
        {"contests": selectors.contests_for_staff(request.user)},
    )


@_staff(MANAGE)
@require_GET
def secretary_contest(request, slug):
    contest = _contest_or_404(slug, public=False)
    now = timezone.now()
    rnd, rows = selectors.progress(contest, now)
    return render(
        request,
        "contest/secretary_contest_page.html",
        {
            "contest": contest,
            "round": rnd,
            "rows": rows,
            "entries": selectors.entries_for_secretary(contest),
            "case_actions": CONTEST_TABLE.bound(contest, request.user),
        },
    )


@_staff(MANAGE)
@require_GET
def secretary_entry(request, slug, code):
    contest = _contest_or_404(slug, public=False)
    entry = selectors.entry_for_secretary(contest, code)
    if entry is None:
        raise Http404
    rnd = selectors.ranking_round(contest, timezone.now())
    return render(
        request,
        "contest/secretary_entry_page.html",
        {
            "contest": contest,
            "entry": entry,
            "case_actions": ENTRY_TABLE.bound(entry, request.user),
            "sheets": selectors.sheets_for_entry(entry.pk, rnd) if rnd else [],
        },
    )


@_staff(MANAGE)
@require_GET
def secretary_attachment(request, slug, code, pk):
    contest = _contest_or_404(slug, public=False)
    entry = selectors.entry_for_secretary(contest, code)
    attachment = entry and entry.attachments.filter(pk=pk).first()
    if not attachment:
        raise Http404
    record_event(
        "cchc.contest.attachment.download",
        actor=request.user,
        obj=entry,
        data={"attachment": pk},
        request=request,
    )
    return _file(
        attachment.file.open("rb"),
        f"{entry.code}-{attachment.pk}.{attachment.extension}",
        attachment.mime,
    )


@_staff(MANAGE)
@require_GET
def secretary_export(request, slug):
    contest = _contest_or_404(slug, public=False)
    data = exports.scores_xlsx(
        contest, selectors.score_rows(contest), selectors.entries_for_secretary(contest)
    )
    record_event("cchc.contest.scores.export", actor=request.user, obj=contest, request=request)
    response = HttpResponse(
        data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="bang-diem-{contest.slug}.xlsx"'
    return _no_store(response)


class EntryActionView(CaseActionView):
    """POST /cuoc-thi/thu-ky/<slug>/bai/<code>/<verb>/."""

    table = ENTRY_TABLE

    def post(self, request, slug, code, verb):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not has_perm(request.user, MANAGE):
            raise PermissionDenied
        contest = _contest_or_404(slug, public=False)
        entry = selectors.entry_for_secretary(contest, code)
        if entry is None:
            raise Http404
        self._case = entry
        return super().post(request, entry.pk, verb)

    def get_case(self, request, pk):
        return self._case

    def success_url(self, case):
        return reverse(
            "contest:secretary-entry", kwargs={"slug": case.contest.slug, "code": case.code}
        )


class ResultsActionView(CaseActionView):
    """POST /cuoc-thi/thu-ky/<slug>/ket-qua/<verb>/: rank, reopen, approve, publish."""

    table = CONTEST_TABLE

    def post(self, request, slug, verb):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not has_perm(request.user, MANAGE):
            raise PermissionDenied
        self._case = _contest_or_404(slug, public=False)
        return super().post(request, self._case.pk, verb)

    def get_case(self, request, pk):
        return self._case

    def success_url(self, case):
        return reverse("contest:secretary-contest", kwargs={"slug": case.slug})
