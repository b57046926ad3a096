"""Writes of the one-stop shop: one guarded, audited service per verb.

Each service: ``transaction.atomic``, lock the dossier (``select_for_update``), check the
actor's role and the transition (``workflow.ACTIONS``), ``save(update_fields=...)``, write a
``DossierEvent`` and an ``AuditEvent`` (``cchc.dossiers.dossier.<verb>``). Errors are
``cchc.core.exceptions`` with Vietnamese messages. No other code sets ``status``.

Public API (used by the citizen side, h-filing): :class:`Applicant`, :func:`dossier_receive`,
:func:`dossier_withdraw`, :func:`dossier_attach`, :func:`dossier_record_event`,
:func:`rules_in_force`, :func:`dossier_code_next`.

By workflow stage: ``receiving`` (code, receipt, accept, supplement, refuse receipt),
``handling`` (assign, assess, legs, approve, refuse), ``returning`` (result, return, close,
withdraw, apology), ``records`` (files, events, messages); shared pieces in ``base``. This
package is the import surface: ``from cchc.dossiers import services``.
"""

from __future__ import annotations

from ..workflow import DESK
from .base import Applicant, UploadedFile, rules_in_force
from .handling import (
    dossier_approve,
    dossier_assess,
    dossier_assign,
    dossier_bulk_assign,
    dossier_consult,
    dossier_leg_complete,
    dossier_refuse,
)
from .receiving import (
    dossier_accept,
    dossier_code_next,
    dossier_receive,
    dossier_refuse_receipt,
    dossier_request_supplement,
    dossier_supplement_received,
    unit_code,
)
from .records import dossier_attach, dossier_notify_applicant, dossier_record_event
from .returning import (
    dossier_apologize,
    dossier_close,
    dossier_result_ready,
    dossier_return,
    dossier_withdraw,
)

__all__ = [
    "Applicant",
    "UploadedFile",
    "DESK",
    "rules_in_force",
    "unit_code",
    "dossier_code_next",
    "dossier_receive",
    "dossier_accept",
    "dossier_request_supplement",
    "dossier_supplement_received",
    "dossier_refuse_receipt",
    "dossier_assign",
    "dossier_bulk_assign",
    "dossier_assess",
    "dossier_consult",
    "dossier_leg_complete",
    "dossier_approve",
    "dossier_refuse",
    "dossier_result_ready",
    "dossier_return",
    "dossier_close",
    "dossier_withdraw",
    "dossier_apologize",
    "dossier_attach",
    "dossier_record_event",
    "dossier_notify_applicant",
]
