"""What a coordinator or an agency officer can do to a feedback case: the action table.

One entry per verb: label, the statuses it starts from (read off ``workflow.TRANSITIONS``),
the status it leads to, who may do it, its form and its service. The officer's page
renders :data:`TABLE` (``core/case_actions.html``), :class:`FeedbackActionView` performs
any verb (``views/officer.py``), and every service re-checks ``TABLE.check`` on the locked row.

Who: holders of ``feedback.coordinate_feedback`` (the "Điều phối PAKN" role, superusers)
may perform every verb; an officer of the agency the case is assigned to may perform the
verbs tagged ``AGENCY``.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy

from cchc.core.actions import Action, ActionTable, has_action_permission
from cchc.core.redact import redact

from . import forms, permissions, selectors, services
from .choices import Status
from .roles import COORDINATE
from .workflow import sources

AGENCY = "agency"  # tag: the assigned agency's officers may do it too
BOTH = frozenset({AGENCY})


def _may(user, feedback, action: Action) -> bool:
    if has_action_permission(user, feedback, action):
        return True
    return AGENCY in action.roles and permissions.is_case_agency_officer(user, feedback)


def _accept_initial(fb, user) -> dict:
    return {"category": fb.category_id, "kind": fb.kind}


def _accept_arguments(d: dict) -> dict:
    return {"category": d.get("category"), "kind": d.get("kind") or None, "note": d["note"]}


def _assign_initial(fb, user) -> dict:
    suggested = selectors.suggest_agency(fb) if fb.status == Status.ACCEPTED else fb.assigned_agency
    return {"agency": suggested.pk if suggested else None}


def _publish_initial(fb, user) -> dict:
    personal = services.personal_data_of(fb)
    return {
        "public_subject": redact(fb.subject, **personal),
        "public_content": redact(fb.content, **personal),
        "public_answer": redact(fb.answer, **personal),
    }


def _action(verb, label, target, service, form_class, *, roles=BOTH, **extra) -> Action:
    return Action(
        verb,
        label,
        from_states=sources(target),
        to_state=target,
        service=service,
        permission=COORDINATE,
        form_class=form_class,
        roles=roles,
        **extra,
    )


COORDINATOR_ONLY: frozenset[str] = frozenset()

TABLE = ActionTable(
    [
        _action(
            "accept",
            gettext_lazy("Thụ lý"),
            Status.ACCEPTED,
            services.feedback_accept,
            forms.AcceptForm,
            roles=COORDINATOR_ONLY,
            initial=_accept_initial,
            arguments=_accept_arguments,
        ),
        _action(
            "reject",
            gettext_lazy("Không thụ lý"),
            Status.REJECTED,
            services.feedback_reject,
            forms.RejectForm,
            roles=COORDINATOR_ONLY,
        ),
        _action(
            "assign",
            gettext_lazy("Giao / nhận xử lý"),
            Status.ASSIGNED,
            services.feedback_assign,
            forms.AssignForm,
            initial=_assign_initial,
        ),
        _action(
            "forward",
            gettext_lazy("Chuyển cơ quan khác"),
            Status.FORWARDED,
            services.feedback_forward,
            forms.ForwardForm,
        ),
        _action(
            "answer",
            gettext_lazy("Trả lời"),
            Status.ANSWERED,
            services.feedback_answer,
            forms.AnswerForm,
        ),
        _action(
            "publish",
            gettext_lazy("Công khai kết quả"),
            Status.PUBLISHED,
            services.feedback_publish,
            forms.PublishForm,
            initial=_publish_initial,
            template="feedback/includes/publish_preview.html",
        ),
        _action(
            "keep_private",
            gettext_lazy("Chỉ trả lời riêng"),
            Status.PRIVATE,
            services.feedback_keep_private,
            forms.NoteForm,
        ),
        _action(
            "close",
            gettext_lazy("Kết thúc, lưu trữ"),
            Status.CLOSED,
            services.feedback_close,
            forms.NoteForm,
        ),
        _action(
            "mark_spam",
            gettext_lazy("Chuyển kiểm duyệt (tin rác)"),
            Status.SPAM,
            services.feedback_mark_spam,
            forms.NoteForm,
            roles=COORDINATOR_ONLY,
        ),
        _action(
            "restore",
            gettext_lazy("Khôi phục (không phải tin rác)"),
            Status.RECEIVED,
            services.feedback_restore,
            forms.NoteForm,
            roles=COORDINATOR_ONLY,
        ),
    ],
    case_arg="feedback",
    rule=_may,
    url_name="feedback:officer-action",
    state_label=lambda status: Status(status).label,
    state_error=gettext_lazy(
        "Không thể thực hiện “%(action)s” khi phản ánh ở trạng thái “%(state)s”."
    ),
)
