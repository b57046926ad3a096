"""The feedback workflow as data: which status may follow which, and who may act.

received → accepted | rejected | spam; accepted → assigned; assigned → forwarded →
assigned (the receiving agency acknowledges) | answered; answered → published | private;
published | private | rejected → closed; spam → received (restored by a moderator).
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

# Who may perform each verb. "coordinator" = group "Điều phối PAKN" or superuser;
# "agency" = an officer of the agency the case is currently assigned to.
COORDINATOR = "coordinator"
AGENCY = "agency"
ACTION_ROLES: dict[str, frozenset[str]] = {
    "accept": frozenset({COORDINATOR}),
    "reject": frozenset({COORDINATOR}),
    "assign": frozenset({COORDINATOR, AGENCY}),
    "forward": frozenset({COORDINATOR, AGENCY}),
    "answer": frozenset({COORDINATOR, AGENCY}),
    "publish": frozenset({COORDINATOR, AGENCY}),
    "keep_private": frozenset({COORDINATOR, AGENCY}),
    "close": frozenset({COORDINATOR, AGENCY}),
    "mark_spam": frozenset({COORDINATOR}),
    "restore": frozenset({COORDINATOR}),
}

# Target status of each verb (for the UI: which buttons to show).
ACTION_TARGET: dict[str, Status] = {
    "accept": Status.ACCEPTED,
    "reject": Status.REJECTED,
    "assign": Status.ASSIGNED,
    "forward": Status.FORWARDED,
    "answer": Status.ANSWERED,
    "publish": Status.PUBLISHED,
    "keep_private": Status.PRIVATE,
    "close": Status.CLOSED,
    "mark_spam": Status.SPAM,
    "restore": Status.RECEIVED,
}


def can_transition(current: str, target: str) -> bool:
    return Status(target) in TRANSITIONS.get(Status(current), frozenset())


def actions_from(current: str) -> list[str]:
    """The verbs whose target is reachable from ``current``, in table order."""
    return [verb for verb, target in ACTION_TARGET.items() if can_transition(current, target)]
