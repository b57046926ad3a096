"""Receiving (tiếp nhận): the dossier's code, the receipt at the desk, online or by post,
and the desk's next steps (accept with an appointment, ask for a supplement, refuse)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from cchc.core.calendar import get_work_calendar
from cchc.core.exceptions import PermissionDeniedError, ValidationError

from .. import permissions, rules
from ..choices import AttachmentKind, Channel, Delivery, Status, SupplementClock
from ..models import AgencyUnitCode, Dossier, DossierCounter
from .base import (
    ERR_FUTURE,
    ERR_NAME,
    ERR_NOTE,
    ERR_POST_ADDRESS,
    ERR_POST_NOT_ALLOWED,
    ERR_REASON,
    Applicant,
    UploadedFile,
    _deadline,
    _event,
    _guard,
    _local,
    _lock,
    _set_status,
    _simple,
    _store_files,
    _text,
    _time_limit,
    rules_in_force,
)


def unit_code(agency) -> str:
    try:
        return agency.dossier_unit_code.code
    except AgencyUnitCode.DoesNotExist:
        return agency.code


def dossier_code_next(agency, day: dt.date) -> str:
    """The next code of the day for an agency. Must run inside the receiving transaction:
    the counter row is updated (and so locked) until commit, so codes are unique, and a
    rolled-back receipt gives its serial back (gap-free)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("dossier_code_next must run inside the receiving transaction")
    prefix = unit_code(agency)
    serial = None
    for _attempt in range(3):
        serial = _counter_increment(prefix, day)
        if serial is None:
            try:
                with transaction.atomic():
                    DossierCounter.objects.create(prefix=prefix, day=day, last=1)
                serial = 1
            except IntegrityError:  # another transaction created it first: update it
                continue
        break
    if serial is None:
        serial = DossierCounter.objects.get(prefix=prefix, day=day).last
    return f"{prefix}-{day:%y%m%d}-{serial:04d}"


def _counter_increment(prefix: str, day: dt.date) -> int | None:
    """``last + 1`` in one atomic statement that returns the new value (``UPDATE ...
    RETURNING``: PostgreSQL, SQLite ≥ 3.35), so the row is read and written once while it
    is locked. ``None`` when the day's row does not exist yet."""
    connection = transaction.get_connection()
    if not connection.features.can_return_rows_from_update:
        updated = DossierCounter.objects.filter(prefix=prefix, day=day).update(last=F("last") + 1)
        return DossierCounter.objects.get(prefix=prefix, day=day).last if updated else None
    q = connection.ops.quote_name
    table, last = q(DossierCounter._meta.db_table), q("last")
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {last} = {last} + 1 "  # noqa: S608 (names quoted, values bound)
            f"WHERE {q('prefix')} = %s AND {q('day')} = %s RETURNING {last}",
            [prefix, connection.ops.adapt_datefield_value(day)],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def _check_receipt(
    *,
    procedure,
    receiving_agency,
    channel,
    delivery,
    actor,
    applicant_name,
    delivery_address,
    received_at,
):
    """The receipt's input, checked before anything is written: the applicant's name, the
    delivery address and the moment of receipt, as the dossier's fields."""
    if channel not in Channel.values or delivery not in Delivery.values:
        raise ValidationError()
    if channel != Channel.ONLINE and not permissions.is_desk_of(actor, receiving_agency):
        raise PermissionDeniedError()  # desk and post filings are entered by the desk
    name = _text(applicant_name, required_error=ERR_NAME, max_length=255)
    address = _text(delivery_address, max_length=500)
    if delivery == Delivery.POST:
        if not procedure.postal_return:
            raise ValidationError(ERR_POST_NOT_ALLOWED)
        if not address:
            raise ValidationError(ERR_POST_ADDRESS)
    now = timezone.now()
    received_at = received_at or now
    if received_at > now + dt.timedelta(minutes=5):
        raise ValidationError(ERR_FUTURE)
    return {"applicant_name": name, "delivery_address": address, "received_at": received_at}


def dossier_receive(
    *,
    procedure,
    receiving_agency,
    applicant: Applicant,
    channel: str,
    actor=None,
    delivery: str = Delivery.DESK,
    delivery_address: str = "",
    delivery_fee: int = 0,
    handling_agency=None,
    subject: str = "",
    files: Iterable[UploadedFile] = (),
    received_at: dt.datetime | None = None,
    applicant_user=None,
    submission_key: str | None = None,
    note: str = "",
    request=None,
) -> Dossier:
    """Record a dossier as received (desk, online or post) and give it its code.

    The desk role of ``receiving_agency`` is needed when ``actor`` is staff; an online
    filing passes ``actor=None`` (or the applicant) and ``channel=online``. A repeated
    ``submission_key`` (double click, retry) returns the dossier already received.
    """
    if submission_key and (existing := _received_already(submission_key)) is not None:
        return existing
    checked = _check_receipt(
        procedure=procedure,
        receiving_agency=receiving_agency,
        channel=channel,
        delivery=delivery,
        actor=actor,
        applicant_name=applicant.name,
        delivery_address=delivery_address,
        received_at=received_at,
    )
    dossier = _new_dossier(
        procedure=procedure,
        receiving_agency=receiving_agency,
        handling_agency=handling_agency,
        channel=channel,
        rules=rules_in_force(checked["received_at"]),
        applicant_user=applicant_user,
        delivery=delivery,
        submission_key=submission_key or None,
        **checked,
        **_receipt_texts(applicant, subject=subject, delivery_fee=delivery_fee, actor=actor),
    )
    try:
        with transaction.atomic():
            _record_receipt(dossier, files=files, actor=actor, note=note, request=request)
    except IntegrityError:
        existing = _received_already(submission_key)
        if existing is None:
            raise
        return existing
    return dossier


def _received_already(submission_key: str | None) -> Dossier | None:
    if not submission_key:
        return None
    return Dossier.objects.filter(submission_key=submission_key).first()


def _new_dossier(*, procedure, receiving_agency, handling_agency, channel, **fields) -> Dossier:
    """The dossier as received, unsaved. Its code is a placeholder until the files are
    stored: the day's counter row is locked from the moment the serial is taken until
    commit, so it is taken last."""
    return Dossier(
        code=f"~{uuid.uuid4().hex}",
        procedure=procedure,
        receiving_agency=receiving_agency,
        handling_agency=handling_agency or procedure.agency or receiving_agency,
        channel=channel,
        status=Status.RECEIVED,
        time_limit_days=_time_limit(procedure, channel),
        **fields,
    )


def _receipt_texts(applicant: Applicant, *, subject: str, delivery_fee, actor) -> dict:
    """The applicant's details and the subject, normalised and bounded; who entered it."""
    return {
        "applicant_id_number": _text(applicant.id_number, max_length=20),
        "applicant_organisation": _text(applicant.organisation, max_length=255),
        "applicant_phone": _text(applicant.phone, max_length=30),
        "applicant_email": _text(applicant.email, max_length=254),
        "applicant_address": _text(applicant.address, max_length=500),
        "subject": _text(subject, max_length=2000),
        "delivery_fee": max(0, int(delivery_fee or 0)),
        "created_by": actor if getattr(actor, "is_authenticated", False) else None,
    }


def _record_receipt(dossier: Dossier, *, files, actor, note: str, request) -> None:
    """Insert the dossier and its files, then take the day's serial (last: the counter row
    stays locked until commit) and write the receipt's event."""
    dossier.save()
    stored = _store_files(dossier, files, actor)
    dossier.code = dossier_code_next(dossier.receiving_agency, _local(dossier.received_at).date())
    dossier.save(update_fields=["code"])
    _event(
        dossier,
        verb="receive",
        actor=actor,
        from_status="",
        note=_text(note),
        data={"channel": dossier.channel, "files": len(stored), "rules": dossier.rules.pk},
        request=request,
    )


def dossier_accept(*, dossier, actor, note: str = "", request=None) -> Dossier:
    """Complete dossier: receipt and appointment (Mẫu 01). The clock starts at receipt
    (or, after a supplement under a "restart" rule, at the supplement's arrival)."""
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "accept", actor)
        before = d.status
        d.accepted_at = timezone.now()
        # The clock counts from the receipt of the complete dossier: the last supplement
        # received before acceptance, if any (nothing was running before acceptance).
        last_supplement = (
            d.events.filter(action="supplement_received").order_by("-created_at").first()
        )
        start = last_supplement.created_at if last_supplement is not None else d.received_at
        d.paused_days = 0
        d.deadline = _deadline(d, start)
        d.appointment_date = d.deadline
        _set_status(d, Status.ACCEPTED)
        d.save(
            update_fields=[
                "status",
                "accepted_at",
                "deadline",
                "appointment_date",
                "paused_days",
                "updated_at",
            ]
        )
        _event(
            d,
            verb="accept",
            actor=actor,
            from_status=before,
            note=_text(note),
            data={"deadline": d.deadline.isoformat()},
            request=request,
        )
    return d


def dossier_request_supplement(*, dossier, actor, missing: str, request=None) -> Dossier:
    """Phiếu yêu cầu bổ sung (Mẫu 02): list everything missing at once; the clock stops."""
    missing = _text(missing, required_error=ERR_NOTE)
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "request_supplement", actor)
        before = d.status
        d.resume_status = before
        d.paused_since = timezone.now()
        _set_status(d, Status.SUPPLEMENT_REQUESTED)
        d.save(update_fields=["status", "resume_status", "paused_since", "updated_at"])
        _event(
            d,
            verb="request_supplement",
            actor=actor,
            from_status=before,
            note=missing,
            request=request,
        )
    return d


def dossier_supplement_received(
    *, dossier, actor, note: str = "", files: Iterable[UploadedFile] = (), request=None
) -> Dossier:
    """The supplement arrived: back to where the dossier paused; the clock resumes (paused
    working days push the deadline) or restarts, as the dossier's rule set says."""
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "supplement_received", actor)
        before = d.status
        target = d.resume_status or Status.RECEIVED
        now = timezone.now()
        calendar = get_work_calendar()
        fields = [
            "status",
            "resume_status",
            "paused_since",
            "paused_days",
            "deadline",
            "appointment_date",
            "updated_at",
        ]
        if d.deadline is not None and d.paused_since is not None:
            if d.rules.supplement_clock == SupplementClock.RESTART:
                d.paused_days = 0
                d.deadline = _deadline(d, now)
            else:
                lost = rules.paused_working_days(
                    _local(d.paused_since).date(), _local(now).date(), calendar
                )
                d.paused_days += lost
                d.deadline = calendar.add_working_days(d.deadline, lost) if lost else d.deadline
            if d.reschedule_count == 0:
                d.appointment_date = d.deadline
        d.paused_since = None
        d.resume_status = ""
        _set_status(d, target)
        d.save(update_fields=fields)
        stored = _store_files(d, files, actor, kind=AttachmentKind.SUPPLEMENT)
        _event(
            d,
            verb="supplement_received",
            actor=actor,
            from_status=before,
            note=_text(note),
            data={"files": len(stored), "deadline": d.deadline.isoformat() if d.deadline else None},
            request=request,
        )
    return d


def dossier_refuse_receipt(*, dossier, actor, reason: str, request=None) -> Dossier:
    """Phiếu từ chối tiếp nhận (Mẫu 03), with reasons."""
    reason = _text(reason, required_error=ERR_REASON)
    return _simple(
        dossier,
        actor,
        "refuse_receipt",
        Status.RECEIPT_REFUSED,
        reason,
        request,
        extra={"refusal_reason": reason},
    )
