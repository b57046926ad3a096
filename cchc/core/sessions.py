"""Signed-in sessions end after inactivity (issue 12, point 13).

``CCHC_SESSION_IDLE_SECONDS`` (default 2 hours; environment ``SESSION_IDLE_SECONDS``):
a signed-in user (staff, officers; citizens do not sign in) whose last request is older
than that is logged out *on the server*: ``logout()`` flushes the session row, so the old
cookie is worthless even if copied. The last-seen time is written at most once a minute
(``TOUCH_EVERY``) so that browsing does not write the session on every request.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import logout

from .audit import record_event

LAST_SEEN_KEY = "cchc_last_seen"
TOUCH_EVERY = 60


def idle_limit() -> int:
    return int(getattr(settings, "CCHC_SESSION_IDLE_SECONDS", 2 * 3600))


class SessionIdleTimeoutMiddleware:
    """Log out signed-in users idle for longer than ``CCHC_SESSION_IDLE_SECONDS``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = time.time()
            last = request.session.get(LAST_SEEN_KEY)
            if isinstance(last, int | float) and now - last > idle_limit():
                record_event(
                    "cchc.core.session.expired",
                    actor=user,
                    data={"idle_seconds": int(now - last)},
                    request=request,
                )
                logout(request)  # flushes the session server-side; request.user → anonymous
            elif not isinstance(last, int | float) or now - last >= TOUCH_EVERY:
                request.session[LAST_SEEN_KEY] = int(now)
        return self.get_response(request)
