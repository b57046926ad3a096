"""What the contest's views share: the sign-in guards (authors, staff), ``no-store`` on
every private page, the contest by slug and file downloads."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control

from cchc.core.permissions import has_perm

from .. import selectors

MANAGE = "contest.manage_contest"
SCORE = "contest.score_entry"


def no_store(response):
    patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
    return response


def signed_in(view):
    """Authors: anonymous → the citizen sign-in (``cchc.accounts``), back here after."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            target = f"{reverse('accounts:sign-in')}?next={request.get_full_path()}"
            return no_store(redirect(target))
        return no_store(view(request, *args, **kwargs))

    return wrapper


def staff(perm):
    """Staff: anonymous → the staff sign-in; without ``perm`` → 403; never cached."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return no_store(redirect_to_login(request.get_full_path()))
            if not has_perm(request.user, perm):
                raise PermissionDenied
            return no_store(view(request, *args, **kwargs))

        return wrapper

    return decorator


def contest_or_404(slug, *, public=True):
    contest = selectors.contest_get_public(slug) if public else selectors.contest_get(slug)
    if contest is None:
        raise Http404
    return contest


def file_response(content, filename, mime):
    response = FileResponse(content, as_attachment=True, filename=filename, content_type=mime)
    response["X-Content-Type-Options"] = "nosniff"
    return no_store(response)
