"""The entry workflow and the results workflow as data.

Entry: submitted → eligible | ineligible (the secretary checks the rules);
eligible → scored (every juror not excluded has a complete sheet) → ranked (the ranking is
computed) → awarded (published with a prize). ineligible → eligible undoes a mistake.

Results of a contest: open → ranked → approved (the chair) → published; ranked → open
(recompute after a correction) until approved.
"""

from __future__ import annotations

from .choices import EntryStatus as S
from .choices import ResultsStatus as R

TRANSITIONS: dict[S, frozenset[S]] = {
    S.SUBMITTED: frozenset({S.ELIGIBLE, S.INELIGIBLE}),
    S.INELIGIBLE: frozenset({S.ELIGIBLE}),
    S.ELIGIBLE: frozenset({S.INELIGIBLE, S.SCORED}),
    S.SCORED: frozenset({S.RANKED}),
    S.RANKED: frozenset({S.SCORED, S.AWARDED}),
    S.AWARDED: frozenset(),
}

RESULTS_TRANSITIONS: dict[R, frozenset[R]] = {
    R.OPEN: frozenset({R.RANKED}),
    R.RANKED: frozenset({R.RANKED, R.OPEN, R.APPROVED}),
    R.APPROVED: frozenset({R.PUBLISHED}),
    R.PUBLISHED: frozenset(),
}

# While the author may still edit (and the submission window is open).
EDITABLE: frozenset[S] = frozenset({S.SUBMITTED})
# Entries the jury scores.
IN_SCORING: frozenset[S] = frozenset({S.ELIGIBLE, S.SCORED})


def can_transition(current: str, target: str) -> bool:
    return S(target) in TRANSITIONS.get(S(current), frozenset())


def can_transition_results(current: str, target: str) -> bool:
    return R(target) in RESULTS_TRANSITIONS.get(R(current), frozenset())


def event_label(action: str):
    """An entry event in words (history shows no raw verbs)."""
    from django.utils.translation import gettext_lazy as _

    return {
        "submit": _("Nộp bài"),
        "edit": _("Tác giả sửa bài"),
        "accept": _("Xác nhận hợp lệ"),
        "reject": _("Không hợp lệ"),
        "mark_scored": _("Đã chấm xong"),
        "rank": _("Xếp hạng"),
        "reopen": _("Huỷ xếp hạng để chấm lại"),
        "award": _("Trao giải"),
    }.get(action, action)
