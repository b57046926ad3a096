"""The dossier workflow as data (NĐ 61/2018 Đ.17–20): transitions, verbs, roles.

received → supplement_requested (clock paused) ⇄ back | receipt_refused | accepted;
accepted → assigned → assessed → consulting (legs to other agencies) → assessed;
assessed → approved | refused; approved | refused → result_ready → returned → closed;
withdrawn (by the applicant) from any open status; receipt_refused | withdrawn → closed.
Apology / new date and attachments are events without a status change.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from .choices import Status

S = Status
TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.RECEIVED: frozenset({S.SUPPLEMENT_REQUESTED, S.RECEIPT_REFUSED, S.ACCEPTED, S.WITHDRAWN}),
    S.SUPPLEMENT_REQUESTED: frozenset(
        {S.RECEIVED, S.ASSIGNED, S.ASSESSED, S.RECEIPT_REFUSED, S.WITHDRAWN}
    ),
    S.ACCEPTED: frozenset({S.ASSIGNED, S.WITHDRAWN}),
    S.ASSIGNED: frozenset(
        {S.ASSIGNED, S.ASSESSED, S.CONSULTING, S.SUPPLEMENT_REQUESTED, S.REFUSED, S.WITHDRAWN}
    ),
    S.ASSESSED: frozenset(
        {S.ASSIGNED, S.CONSULTING, S.APPROVED, S.REFUSED, S.SUPPLEMENT_REQUESTED, S.WITHDRAWN}
    ),
    S.CONSULTING: frozenset({S.CONSULTING, S.ASSESSED, S.WITHDRAWN}),
    S.APPROVED: frozenset({S.RESULT_READY}),
    S.REFUSED: frozenset({S.RESULT_READY}),
    S.RESULT_READY: frozenset({S.RETURNED}),
    S.RETURNED: frozenset({S.CLOSED}),
    S.RECEIPT_REFUSED: frozenset({S.CLOSED}),
    S.WITHDRAWN: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
}

# The deadline runs in these statuses (queues "due today", "overdue"; apology allowed).
RUNNING_STATUSES: frozenset[Status] = frozenset(
    {S.ACCEPTED, S.ASSIGNED, S.ASSESSED, S.CONSULTING, S.APPROVED, S.REFUSED}
)
OPEN_STATUSES: frozenset[Status] = RUNNING_STATUSES | {
    S.RECEIVED,
    S.SUPPLEMENT_REQUESTED,
    S.RESULT_READY,
}
FINISHED_STATUSES: frozenset[Status] = frozenset({S.RETURNED, S.CLOSED})

# Roles (permissions.roles_for): desk of the receiving agency, officer and leader of the
# handling agency, an agency with an open leg, the applicant, the one-stop administrator.
DESK, HANDLER, LEADER, LEG, APPLICANT, ADMIN = (
    "desk",
    "handler",
    "leader",
    "leg",
    "applicant",
    "admin",
)


class Action:
    """One verb: label, the statuses it leaves from, the status it goes to, who may do it."""

    def __init__(self, verb, label, sources, target, roles, *, needs=()):
        self.verb = verb
        self.label = label
        self.sources = frozenset(sources)
        self.target = target  # None: stays (event only); "resume": back where it paused
        self.roles = frozenset(roles) | {ADMIN}
        self.needs = tuple(needs)  # form fields the screen asks for

    def __repr__(self):
        return f"Action({self.verb})"


_OPEN_FOR_WITHDRAW = (
    S.RECEIVED,
    S.SUPPLEMENT_REQUESTED,
    S.ACCEPTED,
    S.ASSIGNED,
    S.ASSESSED,
    S.CONSULTING,
)
ACTIONS: dict[str, Action] = {
    a.verb: a
    for a in [
        Action("accept", _("Tiếp nhận, hẹn trả kết quả"), [S.RECEIVED], S.ACCEPTED, [DESK]),
        Action(
            "request_supplement",
            _("Yêu cầu bổ sung hồ sơ"),
            [S.RECEIVED, S.ASSIGNED, S.ASSESSED],
            S.SUPPLEMENT_REQUESTED,
            [DESK, HANDLER, LEADER],
            needs=("note",),
        ),
        Action(
            "supplement_received",
            _("Đã nhận đủ hồ sơ bổ sung"),
            [S.SUPPLEMENT_REQUESTED],
            "resume",
            [DESK, HANDLER, LEADER, APPLICANT],
        ),
        Action(
            "refuse_receipt",
            _("Từ chối tiếp nhận"),
            [S.RECEIVED, S.SUPPLEMENT_REQUESTED],
            S.RECEIPT_REFUSED,
            [DESK],
            needs=("reason",),
        ),
        Action(
            "assign",
            _("Phân công xử lý"),
            [S.ACCEPTED, S.ASSIGNED, S.ASSESSED],
            S.ASSIGNED,
            [LEADER],
            needs=("officer",),
        ),
        Action(
            "assess",
            _("Hoàn thành thẩm định"),
            [S.ASSIGNED],
            S.ASSESSED,
            [HANDLER, LEADER],
            needs=("note",),
        ),
        Action(
            "consult",
            _("Chuyển liên thông, lấy ý kiến"),
            [S.ASSIGNED, S.ASSESSED, S.CONSULTING],
            S.CONSULTING,
            [HANDLER, LEADER],
            needs=("to_agency", "days", "note"),
        ),
        Action(
            "leg_complete",
            _("Trả kết quả liên thông"),
            [S.CONSULTING],
            None,
            [LEG],
            needs=("note",),
        ),
        Action("approve", _("Phê duyệt"), [S.ASSESSED], S.APPROVED, [LEADER]),
        Action(
            "refuse",
            _("Từ chối giải quyết"),
            [S.ASSIGNED, S.ASSESSED],
            S.REFUSED,
            [LEADER],
            needs=("reason",),
        ),
        Action(
            "result_ready",
            _("Chuyển kết quả về Bộ phận Một cửa"),
            [S.APPROVED, S.REFUSED],
            S.RESULT_READY,
            [HANDLER, LEADER],
        ),
        Action(
            "return",
            _("Trả kết quả"),
            [S.RESULT_READY],
            S.RETURNED,
            [DESK],
            needs=("tracking_number",),
        ),
        Action(
            "close",
            _("Kết thúc hồ sơ"),
            [S.RETURNED, S.RECEIPT_REFUSED, S.WITHDRAWN],
            S.CLOSED,
            [DESK],
        ),
        Action(
            "withdraw",
            _("Công dân rút hồ sơ"),
            _OPEN_FOR_WITHDRAW,
            S.WITHDRAWN,
            [DESK, APPLICANT],
            needs=("reason",),
        ),
        Action(
            "apologize",
            _("Xin lỗi, hẹn lại ngày trả kết quả"),
            RUNNING_STATUSES,
            None,
            [DESK, HANDLER, LEADER],
            needs=("reason", "new_date"),
        ),
    ]
}


def can_transition(current: str, target: str) -> bool:
    return Status(target) in TRANSITIONS.get(Status(current), frozenset())


def action_available(verb: str, current: str) -> bool:
    action = ACTIONS[verb]
    return Status(current) in action.sources


# Events without a verb of their own in ACTIONS (history in words, never raw verbs).
EVENT_LABELS = {
    "receive": _("Nhận hồ sơ"),
    "attach": _("Đính kèm tệp"),
    "fee_paid": _("Đã nộp phí, lệ phí"),
    "fee_refunded": _("Đã hoàn phí, lệ phí"),
}


def event_label(action: str):
    if action in ACTIONS:
        return ACTIONS[action].label
    return EVENT_LABELS.get(action, action)
