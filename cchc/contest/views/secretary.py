"""Secretary and chair (``contest.manage_contest``): progress, an entry and its sheets,
the entry and results actions, the score spreadsheet."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from cchc.core.actions import CaseActionView
from cchc.core.permissions import has_perm

from .. import selectors, services
from ..actions import CONTEST_TABLE, ENTRY_TABLE
from .common import MANAGE, contest_or_404, file_response, no_store, staff


@staff(MANAGE)
@require_GET
def secretary_home(request):
    return render(
        request,
        "contest/secretary_home_page.html",
        {"contests": selectors.contests_for_staff(request.user)},
    )


@staff(MANAGE)
@require_GET
def secretary_contest(request, slug):
    contest = contest_or_404(slug, public=False)
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


@staff(MANAGE)
@require_GET
def secretary_entry(request, slug, code):
    contest = contest_or_404(slug, public=False)
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


@staff(MANAGE)
@require_GET
def secretary_attachment(request, slug, code, pk):
    contest = contest_or_404(slug, public=False)
    entry = selectors.entry_for_secretary(contest, code)
    attachment = entry and entry.attachments.filter(pk=pk).first()
    if not attachment:
        raise Http404
    return file_response(
        services.attachment_open(
            entry=entry, attachment=attachment, actor=request.user, request=request
        ),
        f"{entry.code}-{attachment.pk}.{attachment.extension}",
        attachment.mime,
    )


@staff(MANAGE)
@require_GET
def secretary_export(request, slug):
    contest = contest_or_404(slug, public=False)
    data = services.scores_export(contest=contest, actor=request.user, request=request)
    response = HttpResponse(
        data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="bang-diem-{contest.slug}.xlsx"'
    return no_store(response)


class EntryActionView(CaseActionView):
    """POST /cuoc-thi/thu-ky/<slug>/bai/<code>/<verb>/."""

    table = ENTRY_TABLE

    def post(self, request, slug, code, verb):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not has_perm(request.user, MANAGE):
            raise PermissionDenied
        contest = contest_or_404(slug, public=False)
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
        self._case = contest_or_404(slug, public=False)
        return super().post(request, self._case.pk, verb)

    def get_case(self, request, pk):
        return self._case

    def success_url(self, case):
        return reverse("contest:secretary-contest", kwargs={"slug": case.slug})
