"""Signals between case apps that must not import each other.

``case_resolved`` is sent, after the transaction commits, when a case reaches the end the
citizen waited for: a feedback answered (``kind="feedback"``), a dossier's result returned
(``kind="dossier"``). The sender is the case model; ``case_id`` its primary key. Listeners
(the satisfaction survey invites the citizen to rate the service) must not raise: a
failure of theirs never undoes the case's own step, which is already committed.
"""

from django.dispatch import Signal

case_resolved = Signal()  # kwargs: kind (str), case_id (int)


def send_case_resolved_on_commit(*, sender, kind: str, case_id: int) -> None:
    """Call inside the case's transaction: the signal goes out once it commits."""
    from django.db import transaction

    transaction.on_commit(
        lambda: case_resolved.send_robust(sender=sender, kind=kind, case_id=case_id)
    )
