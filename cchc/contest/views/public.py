"""Public contest pages (cacheable, nothing per visitor): the list, a contest (rules,
dates, countdown, published winners) and a winner's full text, with the author's consent."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from .. import selectors
from .common import contest_or_404


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
    contest = contest_or_404(slug)
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
    contest = contest_or_404(slug)
    entry = selectors.winner_get_public(contest, code)
    if entry is None:
        raise Http404
    return render(request, "contest/winner_page.html", {"contest": contest, "entry": entry})
