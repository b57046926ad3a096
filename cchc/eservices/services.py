"""Writes of online filing: save a draft (with its files), submit it once.

Submission is one transaction: the filing row is locked, every required document must be
there (uploaded now or kept from the draft), the dossier is created by
``cchc.dossiers.services`` with its files, and the filing is marked submitted. The form's
idempotency key makes a repeated POST (double click, retry after a timeout) return the
dossier of the first one instead of creating another. Files written by a transaction that
fails are deleted again: nothing is half-saved.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cchc.core.exceptions import (
    PermissionDeniedError,
    StorageUnavailableError,
    ValidationError,
)
from cchc.dossiers.choices import Delivery

from .forms import postal_fee
from .models import DraftFile, Filing
from .uploads import EXTENSIONS, CheckedFile

logger = logging.getLogger("cchc.eservices")

ERR_NOT_ONLINE = _("Thủ tục này chưa nhận hồ sơ trực tuyến.")
ERR_MISSING = _("Còn thiếu giấy tờ bắt buộc: %(names)s.")
ERR_STORAGE = _(
    "Hệ thống tạm thời không lưu được tệp nên hồ sơ chưa được nộp. Thông tin bạn đã nhập "
    "vẫn còn: vui lòng chọn lại tệp và nộp lại sau ít phút."
)


def _filing_for(*, applicant, procedure, key: uuid.UUID) -> tuple[Filing, bool]:
    """The filing of ``key``, locked, created if new (``(filing, created)``); another
    applicant's key is refused. A row this transaction inserted is as good as locked: a
    concurrent insert of the same key waits on the unique index until commit."""
    filing = Filing.objects.select_for_update().filter(key=key).first()
    created = False
    if filing is None:
        try:
            with transaction.atomic():
                filing = Filing.objects.create(key=key, applicant=applicant, procedure=procedure)
            created = True
        except IntegrityError:  # created by a concurrent request with the same key
            filing = Filing.objects.select_for_update().get(key=key)
    if filing.applicant_id != applicant.pk or filing.procedure_id != procedure.pk:
        raise PermissionDeniedError()
    filing.applicant, filing.procedure = applicant, procedure  # loaded already: no queries
    return filing, created


def _store_files(filing: Filing, files: Mapping[int, CheckedFile], written: list) -> None:
    for slot_id, checked in files.items():
        old = DraftFile.objects.filter(filing=filing, slot_id=slot_id).first()
        if old is not None:
            written.append(("old", old.file.name, old.file.storage))
            old.delete()
        draft_file = DraftFile(
            filing=filing,
            slot_id=slot_id,
            original_name=checked.name,
            mime=checked.mime,
            size=len(checked.data),
        )
        try:
            draft_file.file.save(
                f"x{EXTENSIONS[checked.mime]}", ContentFile(checked.data), save=False
            )
        except OSError as exc:
            raise StorageUnavailableError(ERR_STORAGE) from exc
        written.append(("new", draft_file.file.name, draft_file.file.storage))
        draft_file.save()


def _cleanup(written: list, *, committed: bool) -> None:
    """After commit, replaced files go; after a failure, the new ones go."""
    for kind, name, storage in written:
        if (kind == "old") == committed:
            try:
                storage.delete(name)
            except OSError:
                logger.warning("could not delete %s", name)


def check_online(procedure) -> None:
    if not procedure.is_public or not procedure.is_online:
        raise ValidationError(ERR_NOT_ONLINE, code="not_online")


def filing_save_draft(
    *, applicant, procedure, key: uuid.UUID, data: dict, files: Mapping[int, CheckedFile]
) -> Filing:
    """Save (or update) the draft of ``key`` with the answers and any new files."""
    check_online(procedure)
    written: list = []
    try:
        with transaction.atomic():
            filing, _created = _filing_for(applicant=applicant, procedure=procedure, key=key)
            if filing.status != Filing.Status.DRAFT:
                return filing
            _store_files(filing, files, written)
            filing.data = data
            filing.save(update_fields=["data", "updated_at"])
    except BaseException:
        _cleanup(written, committed=False)
        raise
    _cleanup(written, committed=True)
    return filing


def filing_submit(
    *,
    applicant,
    procedure,
    key: uuid.UUID,
    data: dict,
    files: Mapping[int, CheckedFile],
    request=None,
):
    """Submit the filing of ``key``: one dossier, however often it is called.

    Files uploaded with the submission go straight into the dossier (no draft copy is
    written, read back and deleted); files kept from an earlier draft are read from it."""
    check_online(procedure)
    written: list = []
    try:
        with transaction.atomic():
            filing, created = _filing_for(applicant=applicant, procedure=procedure, key=key)
            if filing.status == Filing.Status.SUBMITTED:
                return filing.dossier
            drafts = [] if created else list(filing.files.all())  # a new filing has none
            kept = {df.slot_id: df for df in drafts if df.slot_id not in files}
            slots = list(procedure.documents.all())
            missing = [
                d.name for d in slots if d.required and d.pk not in files and d.pk not in kept
            ]
            if missing:
                raise ValidationError(
                    ERR_MISSING % {"names": "; ".join(n[:80] for n in missing)}, code="missing"
                )
            dossier = create_dossier(
                filing=filing, data=data, slots=slots, files=files, kept=kept, request=request
            )
            filing.data = data
            filing.dossier = dossier
            filing.status = Filing.Status.SUBMITTED
            filing.submitted_at = timezone.now()
            filing.save(update_fields=["data", "dossier", "status", "submitted_at", "updated_at"])
            for draft_file in drafts:
                written.append(("old", draft_file.file.name, draft_file.file.storage))
            if drafts:
                filing.files.all().delete()
    except BaseException:
        _cleanup(written, committed=False)
        raise
    _cleanup(written, committed=True)
    return dossier


def create_dossier(
    *,
    filing: Filing,
    data: dict,
    slots: list,
    files: Mapping[int, CheckedFile],
    kept: Mapping[int, DraftFile],
    request=None,
):
    """Hand the filing to the dossiers app: received online at the procedure's agency, with
    its files in the order of the procedure's documents (uploaded now, else kept from the
    draft), keyed by the filing's key (one dossier per key there too)."""
    from cchc.dossiers import services as dossier_services
    from cchc.dossiers.choices import Channel

    procedure = filing.procedure
    agency = procedure.agency
    if agency is None:
        raise ValidationError(ERR_NOT_ONLINE, code="no_agency")
    uploads = _dossier_uploads(slots, files, kept)
    delivery = data.get("delivery") or Delivery.DESK
    return dossier_services.dossier_receive(
        procedure=procedure,
        receiving_agency=agency,
        applicant=dossier_services.Applicant(
            name=data.get("applicant_name", ""),
            id_number=data.get("applicant_id_number", ""),
            phone=data.get("applicant_phone", ""),
            email=data.get("applicant_email", ""),
            address=data.get("applicant_address", ""),
        ),
        channel=Channel.ONLINE,
        actor=None,
        delivery=delivery,
        delivery_address=data.get("delivery_address", "") if delivery == Delivery.POST else "",
        delivery_fee=postal_fee() if delivery == Delivery.POST else 0,
        subject=data.get("note", ""),
        files=uploads,
        applicant_user=filing.applicant.user,
        submission_key=f"eservices:{filing.key}",
        request=request,
    )


def _dossier_uploads(slots: list, files: Mapping[int, CheckedFile], kept: Mapping[int, DraftFile]):
    """The dossier's files in the order of the procedure's documents: uploaded with the
    submission, else kept from the draft."""
    from cchc.dossiers.services import UploadedFile

    uploads = []
    for slot in slots:
        if slot.pk in files:
            name, mime, content = files[slot.pk].name, files[slot.pk].mime, files[slot.pk].data
        elif slot.pk in kept:
            draft_file = kept[slot.pk]
            with draft_file.file.open("rb") as fh:
                content = fh.read()
            name, mime = draft_file.original_name, draft_file.mime
        else:
            continue
        uploads.append(
            UploadedFile(
                content=content,
                name=name,
                mime=mime,
                title=slot.name[:500],
                required_document_id=slot.pk,
            )
        )
    return uploads
