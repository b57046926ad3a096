"""The entry and results action tables on the shared machinery (``cchc.core.actions``).

Entries (secretary, on /cuoc-thi/thu-ky/…/bai/<code>/): accept as eligible, reject with a
reason, mark as scored. Results (on the secretary's screen): rank, reopen, approve (chair),
publish (chair). Services call ``TABLE.check`` on the row they lock.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cchc.core.actions import Action, ActionTable

from . import forms, services
from .choices import EntryStatus as S
from .choices import ResultsStatus as R

MANAGE = "contest.manage_contest"
APPROVE = "contest.approve_results"


class _ContestTable(ActionTable):
    def url_for(self, case, verb):
        return reverse("contest:results-action", kwargs={"slug": case.slug, "verb": verb})


class _EntryTable(ActionTable):
    def url_for(self, case, verb):
        return reverse(
            "contest:secretary-entry-action",
            kwargs={"slug": case.contest.slug, "code": case.code, "verb": verb},
        )


ENTRY_TABLE = _EntryTable(
    [
        Action(
            "accept",
            _("Xác nhận hợp lệ"),
            from_states={S.SUBMITTED, S.INELIGIBLE},
            to_state=S.ELIGIBLE,
            permission=MANAGE,
            form_class=forms.NoteForm,
            service=services.entry_accept,
        ),
        Action(
            "reject",
            _("Không hợp lệ"),
            from_states={S.SUBMITTED, S.ELIGIBLE},
            to_state=S.INELIGIBLE,
            permission=MANAGE,
            form_class=forms.ReasonForm,
            service=services.entry_reject,
            danger=True,
        ),
        Action(
            "mark_scored",
            _("Xác nhận đã chấm xong"),
            from_states={S.ELIGIBLE},
            to_state=S.SCORED,
            permission=MANAGE,
            service=services.entry_mark_scored,
        ),
    ],
    case_arg="entry",
    state_label=lambda s: S(s).label,
)

CONTEST_TABLE = _ContestTable(
    [
        Action(
            "rank",
            _("Tính điểm và xếp hạng"),
            from_states={R.OPEN, R.RANKED},
            to_state=R.RANKED,
            permission=MANAGE,
            service=services.contest_rank,
        ),
        Action(
            "reopen",
            _("Huỷ xếp hạng để chấm lại"),
            from_states={R.RANKED},
            to_state=R.OPEN,
            permission=MANAGE,
            service=services.contest_reopen,
            danger=True,
        ),
        Action(
            "approve",
            _("Phê duyệt kết quả"),
            from_states={R.RANKED},
            to_state=R.APPROVED,
            permission=APPROVE,
            form_class=forms.NoteForm,
            service=services.contest_approve,
        ),
        Action(
            "publish",
            _("Công bố kết quả và giải thưởng"),
            from_states={R.APPROVED},
            to_state=R.PUBLISHED,
            permission=APPROVE,
            service=services.contest_publish,
        ),
    ],
    case_arg="contest",
    state_attr="results_status",
    state_label=lambda s: R(s).label,
    state_error=_("Không thể thực hiện “%(action)s” khi kết quả ở tình trạng “%(state)s”."),
)
