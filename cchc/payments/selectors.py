"""Reads of payments."""

from __future__ import annotations

from cchc.procedures.choices import Channel

from .models import Payment


def fee_for_filing(filing) -> int:
    """The fee of an online filing: the online channel's, else the procedure's (đồng)."""
    procedure = filing.procedure
    channel = next((c for c in procedure.channels.all() if c.channel == Channel.ONLINE), None)
    if channel is not None and channel.fee_amount is not None:
        return int(channel.fee_amount)
    return int(procedure.fee_amount or 0)


def payments_for_dossier(dossier) -> list[Payment]:
    return list(Payment.objects.filter(dossier=dossier).order_by("created_at", "id"))


def is_paid(dossier) -> bool:
    return Payment.objects.filter(dossier=dossier, status=Payment.Status.PAID).exists()
