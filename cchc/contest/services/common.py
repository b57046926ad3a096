"""What the contest's writes share: the clock, local times in messages, the entry's own
history (``EntryEvent``) and the one guarded status change."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext_lazy

from cchc.core.audit import record_event
from cchc.core.exceptions import InvalidTransitionError

from ..models import Entry, EntryEvent
from ..workflow import can_transition

ERR_NO_ROUND = gettext_lazy("Hiện không có vòng chấm nào đang mở.")


def now_or_clock(now: dt.datetime | None) -> dt.datetime:
    return now or timezone.now()


def local_time(value: dt.datetime) -> str:
    return timezone.localtime(value).strftime("%H:%M:%S %d-%m-%Y")


def entry_event(entry, action, *, actor=None, from_status="", to_status="", note="", now=None):
    EntryEvent.objects.create(
        entry=entry,
        action=action,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        from_status=from_status,
        to_status=to_status,
        note=note[:500],
        at=now_or_clock(now),
    )


def entry_transition(e: Entry, to: str, *, actor, action: str, note="", now=None, request=None):
    if not can_transition(e.status, to):
        raise InvalidTransitionError()
    before = e.status
    e.status = to
    e.status_note = note[:500] if note else e.status_note
    e.save(update_fields=["status", "status_note"])
    entry_event(e, action, actor=actor, from_status=before, to_status=to, note=note, now=now)
    record_event(
        f"cchc.contest.entry.{action}",
        actor=actor,
        obj=e,
        data={"from": before, "to": to, "note": note},
        request=request,
    )
    return e
