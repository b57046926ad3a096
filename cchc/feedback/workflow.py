"""The feedback workflow as data: which status may follow which, and who may act.

received → accepted | rejected | spam; accepted → assigned; assigned → forwarded →
assigned (the receiving agency acknowledges) | answered; answered → published | private;
published | private | rejected → closed; spam → received (restored by a moderator).

The verbs that move a case along these arrows, and who may use them, are the action table
in :mod:`cchc.feedback.actions`.
"""

from __future__ import annotations

from .choices import Status

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset({Status.ACCEPTED, Status.REJECTED, Status.SPAM}),
    Status.SPAM: frozenset({Status.RECEIVED, Status.REJECTED}),
    Status.ACCEPTED: frozenset({Status.ASSIGNED}),
    Status.ASSIGNED: frozenset({Status.FORWARDED, Status.ANSWERED}),
    Status.FORWARDED: frozenset({Status.ASSIGNED, Status.FORWARDED, Status.ANSWERED}),
    Status.ANSWERED: frozenset({Status.PUBLISHED, Status.PRIVATE}),
    Status.PUBLISHED: frozenset({Status.CLOSED}),
    Status.PRIVATE: frozenset({Status.PUBLISHED, Status.CLOSED}),
    Status.REJECTED: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
}

# Statuses in which the case still waits for an answer (deadline running).
OPEN_STATUSES: frozenset[Status] = frozenset(
    {Status.RECEIVED, Status.ACCEPTED, Status.ASSIGNED, Status.FORWARDED}
)
# Open311 maps everything to open/closed.
CLOSED_STATUSES: frozenset[Status] = frozenset(
    {Status.REJECTED, Status.CLOSED, Status.PUBLISHED, Status.PRIVATE, Status.ANSWERED}
)


def can_transition(current: str, target: str) -> bool:
    return Status(target) in TRANSITIONS.get(Status(current), frozenset())


def sources(target: str) -> frozenset[Status]:
    """The statuses from which ``target`` can be reached."""
    return frozenset(s for s, targets in TRANSITIONS.items() if Status(target) in targets)
