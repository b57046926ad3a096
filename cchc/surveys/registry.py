"""Registry of case kinds a citizen may rate (docs/surveys.md, "Plugging in a case kind").

Each app whose cases end with something a citizen waited for registers, in its
``AppConfig.ready()``::

    from cchc.surveys.registry import CaseInfo, register_case_kind

    register_case_kind(
        "dossier",
        label=_("Hồ sơ thủ tục hành chính"),
        describe=describe_dossier,   # case_id -> CaseInfo | None (None: not rateable)
        notify=notify_dossier,       # (case_id, subject, body) -> None, outbox, on_commit
        resolved_ids=returned_ids,   # optional: since (date) -> ids, for the catch-up command
    )

and, when the case ends, sends ``cchc.core.cases.case_resolved`` after commit
(``send_case_resolved_on_commit(sender=Dossier, kind="dossier", case_id=pk)``). The survey
app then creates one invitation per case and sends the link through ``notify``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class CaseInfo:
    """What the survey needs to know about one ended case."""

    reference: str  # the code the citizen knows ("PA-2026-000123")
    agency_id: int | None  # the agency rated
    procedure: str = ""  # procedure code or feedback category: the breakdown key
    has_contact: bool = True  # False: no e-mail/phone, no invitation is created


@dataclass(frozen=True)
class CaseKind:
    kind: str
    label: str
    describe: Callable[[int], CaseInfo | None]
    notify: Callable[[int, str, str], None]
    resolved_ids: Callable[[dt.date], Iterable[int]] | None = None


_KINDS: dict[str, CaseKind] = {}


def register_case_kind(
    kind: str,
    *,
    label,
    describe: Callable[[int], CaseInfo | None],
    notify: Callable[[int, str, str], None],
    resolved_ids: Callable[[dt.date], Iterable[int]] | None = None,
) -> CaseKind:
    """Register (or replace, for reloads and tests) one case kind."""
    if not kind or len(kind) > 30 or not kind.replace("_", "").isalnum():
        raise ValueError(f"bad case kind {kind!r}")
    entry = CaseKind(kind, str(label), describe, notify, resolved_ids)
    _KINDS[kind] = entry
    return entry


def unregister_case_kind(kind: str) -> None:
    _KINDS.pop(kind, None)


def get_case_kind(kind: str) -> CaseKind | None:
    return _KINDS.get(kind)


def case_kinds() -> list[CaseKind]:
    return list(_KINDS.values())
