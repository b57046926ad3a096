"""Writes of the contest: submit and edit an entry, check it, score it, rank, approve and
publish the results. Every write is atomic, locks the row it changes, is guarded (deadline to
the second, permission, jury seat, conflict of interest, state) and audited
(``cchc.contest.<thing>.<verb>``). ``now`` may be passed in (tests); it defaults to the clock.

One module per part of the contest: ``entries`` (authors, the secretary's check),
``scoring`` (the jury), ``results`` (ranking to publication), ``files`` (the files handed
out: originals, blind copies, the score spreadsheet, each audited); ``common`` holds what
they share. Callers use this package: ``services.entry_submit(...)``.
"""

from .entries import (
    AuthorData,
    EntryData,
    entry_accept,
    entry_mark_scored,
    entry_reject,
    entry_submit,
    entry_update,
)
from .files import attachment_blind_copy, attachment_open, scores_export
from .results import contest_approve, contest_publish, contest_rank, contest_reopen
from .scoring import ERR_EXCLUDED, SheetInput, conflict_declare, score_save

__all__ = [
    "ERR_EXCLUDED",
    "AuthorData",
    "EntryData",
    "SheetInput",
    "attachment_blind_copy",
    "attachment_open",
    "conflict_declare",
    "contest_approve",
    "contest_publish",
    "contest_rank",
    "contest_reopen",
    "entry_accept",
    "entry_mark_scored",
    "entry_reject",
    "entry_submit",
    "entry_update",
    "score_save",
    "scores_export",
]
