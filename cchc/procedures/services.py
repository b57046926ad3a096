"""Writes of the procedure catalogue. Every change is audited
(``cchc.procedures.<thing>.<verb>``); the admin, the import and the demo all come here."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from cchc.core.audit import record_event
from cchc.core.exceptions import ValidationError as CchcValidationError
from cchc.core.text import fold, normalize_space

from .models import Procedure, ProcedureField

EDITORS_GROUP = "Biên tập thủ tục hành chính"


def _actor_data(source: str, extra: dict | None = None) -> dict:
    return {"source": source, **(extra or {})}


def procedure_save(
    *,
    procedure: Procedure,
    actor=None,
    request=None,
    source: str = "admin",
    index_references: bool = True,
) -> Procedure:
    """Create or update ``procedure`` with its in-memory children (channels, documents)
    and legal documents, in one transaction, and audit it.

    ``procedure`` is usually the unsaved result of the admin's cluster form or of the
    import; its child rows and many-to-many values are committed by ``save()``.
    Wagtail's reference index (where a form file or a legal document is used) is updated
    once for the procedure, not once per child row (``index_references=False`` skips it:
    a dry run is rolled back anyway).
    """
    from wagtail.signal_handlers import disable_reference_index_auto_update
    from wagtail.tasks import update_reference_index_task

    created = procedure.pk is None
    with transaction.atomic():
        with disable_reference_index_auto_update():
            procedure.save()
        if index_references:
            update_reference_index_task.enqueue(
                procedure._meta.app_label, procedure._meta.model_name, str(procedure.pk)
            )
        record_event(
            f"cchc.procedures.procedure.{'create' if created else 'update'}",
            actor=actor,
            obj=procedure,
            data=_actor_data(source, {"code": procedure.code, "published": procedure.published}),
            request=request,
        )
    return procedure


def procedure_set_published(
    *, procedure: Procedure, published: bool, actor=None, request=None
) -> Procedure:
    """Publish or withdraw a procedure (the site search follows on save)."""
    with transaction.atomic():
        locked = Procedure.objects.select_for_update().get(pk=procedure.pk)
        if locked.published != published:
            locked.published = published
            locked.save(update_fields=["published"])
            record_event(
                f"cchc.procedures.procedure.{'publish' if published else 'unpublish'}",
                actor=actor,
                obj=locked,
                request=request,
            )
    procedure.published = published
    return locked


def procedure_delete(*, procedure: Procedure, actor=None, request=None) -> None:
    with transaction.atomic():
        record_event(
            "cchc.procedures.procedure.delete",
            actor=actor,
            obj=procedure,
            data={"code": procedure.code},
            request=request,
        )
        procedure.delete()


def field_get_or_create(
    *, name: str, actor=None, source: str = "import"
) -> tuple[ProcedureField, bool]:
    """The field (lĩnh vực) named ``name`` (compared folded), created if new."""
    name = normalize_space(name)
    if not name:
        raise CchcValidationError(_("Thiếu tên lĩnh vực."))
    folded = fold(name)
    for existing in ProcedureField.objects.all():
        if fold(existing.name) == folded:
            return existing, False
    field = ProcedureField.objects.create(name=name)
    record_event("cchc.procedures.field.create", actor=actor, obj=field, data=_actor_data(source))
    return field, True


def field_save(*, field: ProcedureField, actor=None, request=None) -> ProcedureField:
    created = field.pk is None
    with transaction.atomic():
        field.save()
        record_event(
            f"cchc.procedures.field.{'create' if created else 'update'}",
            actor=actor,
            obj=field,
            request=request,
        )
    return field


ERR_FIELD_IN_USE = _("Lĩnh vực đang có thủ tục, không xóa được.")


def field_delete(*, field: ProcedureField, actor=None, request=None) -> None:
    """Delete a field that no procedure uses (procedures protect their field)."""
    if field.procedures.exists():
        raise CchcValidationError(ERR_FIELD_IN_USE)
    with transaction.atomic():
        record_event("cchc.procedures.field.delete", actor=actor, obj=field, request=request)
        field.delete()


def procedure_import(
    *, data: bytes, filename: str, dry_run: bool, publish: bool = False, actor=None, request=None
):
    """Import a spreadsheet in the national database's export layout (see
    :mod:`cchc.procedures.importer`); all or nothing, audited once per run."""
    from . import importer

    report = importer.import_procedures(
        data, filename=filename, dry_run=dry_run, publish=publish, actor=actor
    )
    if report.applied:
        record_event(
            "cchc.procedures.import.apply",
            actor=actor,
            data={"filename": filename[:200], "rows": report.rows, "counts": dict(report.counts)},
            request=request,
        )
    return report


def procedure_export(*, actor=None, request=None) -> bytes:
    from . import importer

    data = importer.export_procedures()
    record_event("cchc.procedures.export", actor=actor, request=request)
    return data
