"""The dossier action table on the shared machinery (``cchc.core.actions``).

The verbs, their source states and roles are data in ``workflow.ACTIONS``; this module binds
each verb to its service and its form. Services guard themselves with ``TABLE.check`` on the
locked row; the desk screen renders ``TABLE.bound(dossier, user)``.
"""

from __future__ import annotations

from cchc.core.actions import Action, ActionTable

from . import forms, permissions, services, workflow
from .choices import Status


def _rule(user, dossier, action: Action) -> bool:
    return bool(permissions.roles_for(user, dossier) & action.roles)


def _rename(**names):
    def convert(cleaned):
        return {names.get(k, k): v for k, v in cleaned.items()}

    return convert


BINDINGS = {
    "accept": (services.dossier_accept, forms.NoteForm, None),
    "request_supplement": (services.dossier_request_supplement, forms.SupplementForm, None),
    "supplement_received": (services.dossier_supplement_received, forms.NoteForm, None),
    "refuse_receipt": (services.dossier_refuse_receipt, forms.ReasonForm, None),
    "assign": (services.dossier_assign, forms.AssignForm, None),
    "assess": (services.dossier_assess, forms.RequiredNoteForm, None),
    "consult": (services.dossier_consult, forms.ConsultForm, None),
    "leg_complete": (services.dossier_leg_complete, forms.LegReplyForm, None),
    "approve": (services.dossier_approve, forms.NoteForm, None),
    "refuse": (services.dossier_refuse, forms.ReasonForm, None),
    "result_ready": (services.dossier_result_ready, forms.NoteForm, None),
    "return": (services.dossier_return, forms.ReturnForm, None),
    "close": (services.dossier_close, forms.NoteForm, None),
    "withdraw": (services.dossier_withdraw, forms.ReasonForm, None),
    "apologize": (services.dossier_apologize, forms.ApologyForm, None),
}

INITIAL = {
    "assign": lambda d, u: {"agency_id": d.handling_agency_id, "officer": d.assigned_to_id},
    "leg_complete": lambda d, u: {"dossier_id": d.pk},
    "return": lambda d, u: {"delivery": d.delivery},
}
DANGER = {"refuse_receipt", "refuse", "withdraw"}


def _build() -> ActionTable:
    actions = []
    for verb, spec in workflow.ACTIONS.items():
        service, form_class, arguments = BINDINGS[verb]
        actions.append(
            Action(
                verb,
                spec.label,
                from_states={str(s) for s in spec.sources},
                to_state=None if spec.target in (None, "resume") else str(spec.target),
                service=service,
                form_class=form_class,
                roles=spec.roles,
                arguments=arguments,
                initial=INITIAL.get(verb),
                danger=verb in DANGER,
            )
        )
    return ActionTable(
        actions,
        case_arg="dossier",
        rule=_rule,
        url_name="dossiers:desk-action",
        state_label=lambda s: Status(s).label,
    )


TABLE = _build()
