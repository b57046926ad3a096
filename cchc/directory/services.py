"""Writes to the directory. Every edit of an agency or a leader goes through here: it is
cleaned, saved with ``update_fields``, versioned field by field in :class:`ContactChange`
and written to the audit log.

Status changes (merge, dissolve) are transitions of the action table
(:mod:`cchc.directory.actions`): only :func:`agency_merge` and :func:`agency_dissolve` set
``status``, after ``TABLE.check`` on the locked row.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.db.models import ProtectedError, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cchc.core.audit import FieldChange, record_change
from cchc.core.exceptions import InvalidTransitionError
from cchc.core.text import slugify_vi

from .models import Agency, ContactChange, Leader
from .validation import DirectoryValidationError, clean_agency_data, clean_leader_data

AGENCY_FIELDS = [
    "code",
    "name",
    "short_name",
    "level",
    "parent",
    "address",
    "phone",
    "fax",
    "email",
    "website",
    "working_hours",
    "description",
    "latitude",
    "longitude",
    "sort_order",
]
LEADER_FIELDS = [
    "full_name",
    "title",
    "sort_order",
    "office_phone",
    "phone_public",
    "mobile",
    "mobile_public",
    "email",
    "email_public",
]

ERR_NOT_ACTIVE = _("Chỉ cơ quan đang hoạt động mới có thể sáp nhập hoặc giải thể.")
ERR_SUCCESSOR_SELF = _("Cơ quan kế thừa phải khác cơ quan bị sáp nhập.")
ERR_SUCCESSOR_INACTIVE = _("Cơ quan kế thừa phải đang hoạt động.")
ERR_SUCCESSOR_DESCENDANT = _("Cơ quan kế thừa không được là đơn vị trực thuộc của cơ quan này.")
ERR_ACTIVE_CHILDREN = _(
    "Cơ quan còn đơn vị trực thuộc đang hoạt động: hãy chọn cơ quan kế thừa để chuyển các "
    "đơn vị này sang."
)
ERR_CODE_TAKEN = _("Mã đơn vị đã được dùng cho cơ quan khác.")
ERR_PARENT_CYCLE = _("Không thể chọn cơ quan này làm cấp trên: sẽ tạo thành vòng lặp.")
ERR_DELETE_IN_USE = _(
    "Không thể xóa cơ quan còn đơn vị trực thuộc, là cơ quan kế thừa hoặc đang được dùng ở "
    "nơi khác. Hãy dùng chức năng sáp nhập hoặc giải thể."
)
ERR_PARENT_SELF = _("Một cơ quan không thể là cấp trên của chính nó.")


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Agency):
        return value.code
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def diff_fields(instance, data: dict, fields: list[str]) -> list[FieldChange]:
    """The fields of ``data`` whose value differs from ``instance`` (as text)."""
    changes = []
    for field in fields:
        if field not in data:
            continue
        new = data[field]
        if field == "parent":
            # Compare ids: the old parent is fetched only when it really changed.
            old_id = getattr(instance, "parent_id", None) if instance is not None else None
            new_id = new.pk if new is not None else None
            if old_id != new_id:
                old = instance.parent if old_id is not None else None
                changes.append(FieldChange(field, _as_text(old), _as_text(new)))
            continue
        old = getattr(instance, field) if instance is not None else None
        if _as_text(old) != _as_text(new):
            changes.append(FieldChange(field, _as_text(old), _as_text(new)))
    return changes


def _user_or_none(actor):
    return actor if actor is not None and getattr(actor, "is_authenticated", False) else None


def _history(*, subject, agency, leader, repr_, actor, source):
    """A writer of :class:`ContactChange` rows, for :func:`cchc.core.audit.record_change`."""

    def write(changes) -> None:
        ContactChange.objects.bulk_create(
            ContactChange(
                subject=subject,
                agency=agency,
                leader=leader,
                object_repr=str(repr_)[:255],
                field_name=c.field,
                old_value=c.old,
                new_value=c.new,
                changed_by=_user_or_none(actor),
                source=source,
            )
            for c in changes
        )

    return write


def _agency_history(agency, actor, source):
    return _history(
        subject=ContactChange.Subject.AGENCY,
        agency=agency,
        leader=None,
        repr_=agency,
        actor=actor,
        source=source,
    )


def _leader_history(leader, agency, actor, source):
    return _history(
        subject=ContactChange.Subject.LEADER,
        agency=agency,
        leader=leader,
        repr_=leader,
        actor=actor,
        source=source,
    )


def _unique_slug(base: str, *, exclude_pk=None) -> str:
    base = (base or "co-quan")[:110].strip("-") or "co-quan"
    slug, n = base, 2
    taken = Agency.objects.filter(slug__startswith=base)
    if exclude_pk:
        taken = taken.exclude(pk=exclude_pk)
    existing = set(taken.values_list("slug", flat=True))
    while slug in existing:
        slug = f"{base}-{n}"
        n += 1
    return slug


def _check_parent(agency_pk, parent: Agency | None) -> None:
    if parent is None:
        return
    if agency_pk is not None and parent.pk == agency_pk:
        raise DirectoryValidationError({"parent": [ERR_PARENT_SELF]})
    if agency_pk is None:
        return
    parents = dict(Agency.objects.values_list("pk", "parent_id"))
    seen: set[int] = set()
    current: int | None = parent.pk
    while current is not None and current not in seen:
        if current == agency_pk:
            raise DirectoryValidationError({"parent": [ERR_PARENT_CYCLE]})
        seen.add(current)
        current = parents.get(current)


def _check_code(code: str, exclude_pk=None) -> None:
    taken = Agency.objects.filter(code=code)
    if exclude_pk:
        taken = taken.exclude(pk=exclude_pk)
    if taken.exists():
        raise DirectoryValidationError({"code": [ERR_CODE_TAKEN]})


@transaction.atomic
def agency_create(*, data: dict, actor, source: str = "admin", request=None) -> Agency:
    """Create an agency from ``data`` (cleaned here); history from empty to each value."""
    cleaned = clean_agency_data({k: v for k, v in data.items() if k in AGENCY_FIELDS})
    _check_code(cleaned["code"])
    _check_parent(None, cleaned.get("parent"))
    slug = data.get("slug") or _unique_slug(slugify_vi(cleaned["name"], max_length=110))
    agency = Agency(slug=slug, **cleaned)
    agency.save()
    changes = diff_fields(None, cleaned, AGENCY_FIELDS)
    record_change(
        "cchc.directory.agency.create",
        actor=actor,
        obj=agency,
        changes=changes,
        history=_agency_history(agency, actor, source),
        data={"source": source, "code": agency.code},
        request=request,
    )
    return agency


@transaction.atomic
def agency_update(
    *, agency: Agency, data: dict, actor, source: str = "admin", request=None
) -> Agency:
    """Change the editable fields present in ``data``; status and successor are not
    editable here (see :func:`agency_merge`)."""
    locked = Agency.objects.select_for_update().get(pk=agency.pk)
    cleaned = clean_agency_data({k: v for k, v in data.items() if k in AGENCY_FIELDS}, partial=True)
    if "code" in cleaned and cleaned["code"] != locked.code:
        _check_code(cleaned["code"], exclude_pk=locked.pk)
    if "parent" in cleaned:
        new_parent = cleaned["parent"]
        if (new_parent.pk if new_parent is not None else None) != locked.parent_id:
            _check_parent(locked.pk, new_parent)
    changes = diff_fields(locked, cleaned, AGENCY_FIELDS)
    if not changes:
        return locked
    for change in changes:
        setattr(locked, change.field, cleaned[change.field])
    locked.save(update_fields=[c.field for c in changes])
    record_change(
        "cchc.directory.agency.update",
        actor=actor,
        obj=locked,
        changes=changes,
        history=_agency_history(locked, actor, source),
        data={"source": source},
        include_changes=True,
        request=request,
    )
    return locked


@transaction.atomic
def agency_delete(*, agency: Agency, actor, request=None) -> None:
    """Delete an agency entered by mistake; real ones are merged or dissolved instead."""
    locked = Agency.objects.select_for_update().get(pk=agency.pk)
    if Agency.objects.filter(Q(parent=locked) | Q(successor=locked)).exists():
        raise InvalidTransitionError(ERR_DELETE_IN_USE)
    repr_, code = str(locked), locked.code
    record_change(
        "cchc.directory.agency.delete",
        actor=actor,
        obj=locked,
        changes=[FieldChange("deleted", code, "")],
        history=_history(
            subject=ContactChange.Subject.AGENCY,
            agency=None,
            leader=None,
            repr_=repr_,
            actor=actor,
            source="admin",
        ),
        data={"code": code},
        request=request,
    )
    try:
        locked.delete()
    except ProtectedError as exc:
        raise InvalidTransitionError(ERR_DELETE_IN_USE) from exc


def _is_descendant(candidate: Agency, ancestor: Agency) -> bool:
    parents = dict(Agency.objects.values_list("pk", "parent_id"))
    seen, current = set(), parents.get(candidate.pk)
    while current is not None and current not in seen:
        if current == ancestor.pk:
            return True
        seen.add(current)
        current = parents.get(current)
    return False


def _transition(
    *,
    agency: Agency,
    to: str,
    successor: Agency | None,
    on_date: dt.date | None,
    actor,
    request,
    verb: str,
) -> Agency:
    from .actions import TABLE  # the table refers to the services of this module

    locked = Agency.objects.select_for_update().get(pk=agency.pk)
    TABLE.check(locked, actor, verb)
    if successor is not None:
        successor = Agency.objects.select_for_update().get(pk=successor.pk)
        if successor.pk == locked.pk:
            raise InvalidTransitionError(ERR_SUCCESSOR_SELF)
        if successor.status != Agency.Status.ACTIVE:
            raise InvalidTransitionError(ERR_SUCCESSOR_INACTIVE)
        if _is_descendant(successor, locked):
            raise InvalidTransitionError(ERR_SUCCESSOR_DESCENDANT)
    children = list(
        Agency.objects.select_for_update().filter(parent=locked, status=Agency.Status.ACTIVE)
    )
    if children and successor is None:
        raise InvalidTransitionError(ERR_ACTIVE_CHILDREN)
    on_date = on_date or timezone.localdate()
    old_status = locked.status
    locked.status = to
    locked.successor = successor
    locked.status_changed_on = on_date
    locked.save(update_fields=["status", "successor", "status_changed_on"])
    for child in children:
        agency_update(
            agency=child, data={"parent": successor}, actor=actor, source=verb, request=request
        )
    changes = [FieldChange("status", old_status, to)]
    if successor is not None:
        changes.append(FieldChange("successor", "", successor.code))
    record_change(
        f"cchc.directory.agency.{verb}",
        actor=actor,
        obj=locked,
        changes=changes,
        history=_agency_history(locked, actor, verb),
        data={
            "from": old_status,
            "to": to,
            "successor": successor.code if successor else None,
            "on_date": on_date.isoformat(),
            "moved_children": [c.code for c in children],
        },
        request=request,
    )
    return locked


@transaction.atomic
def agency_merge(
    *, agency: Agency, successor: Agency, on_date: dt.date | None = None, actor, request=None
) -> Agency:
    """Merge ``agency`` into ``successor`` (sáp nhập): its public page then redirects to the
    successor, which lists it under "Tiền thân"; its active units move to the successor."""
    if successor is None:
        raise InvalidTransitionError(ERR_SUCCESSOR_INACTIVE)
    return _transition(
        agency=agency,
        to=Agency.Status.MERGED,
        successor=successor,
        on_date=on_date,
        actor=actor,
        request=request,
        verb="merge",
    )


@transaction.atomic
def agency_dissolve(
    *,
    agency: Agency,
    on_date: dt.date | None = None,
    actor,
    successor: Agency | None = None,
    request=None,
) -> Agency:
    """Dissolve ``agency`` (giải thể); an optional successor takes over its functions."""
    return _transition(
        agency=agency,
        to=Agency.Status.DISSOLVED,
        successor=successor,
        on_date=on_date,
        actor=actor,
        request=request,
        verb="dissolve",
    )


@transaction.atomic
def leader_create(
    *, agency: Agency, data: dict, actor, source: str = "admin", request=None
) -> Leader:
    cleaned = clean_leader_data({k: v for k, v in data.items() if k in LEADER_FIELDS})
    leader = Leader(agency=agency, **cleaned)
    leader.save()
    changes = [FieldChange("agency", "", agency.code)] + [
        c
        for c in diff_fields(None, cleaned, LEADER_FIELDS)
        if c.new not in ("", "0") or c.field.endswith("_public")
    ]
    record_change(
        "cchc.directory.leader.create",
        actor=actor,
        obj=leader,
        changes=changes,
        history=_leader_history(leader, agency, actor, source),
        data={"source": source, "agency": agency.code},
        request=request,
    )
    return leader


@transaction.atomic
def leader_update(
    *,
    leader: Leader,
    data: dict,
    actor,
    agency: Agency | None = None,
    source: str = "admin",
    request=None,
) -> Leader:
    locked = Leader.objects.select_for_update().select_related("agency").get(pk=leader.pk)
    cleaned = clean_leader_data({k: v for k, v in data.items() if k in LEADER_FIELDS}, partial=True)
    changes = diff_fields(locked, cleaned, LEADER_FIELDS)
    update_fields = [c.field for c in changes]
    for change in changes:
        setattr(locked, change.field, cleaned[change.field])
    if agency is not None and agency.pk != locked.agency_id:
        changes.append(FieldChange("agency", locked.agency.code, agency.code))
        locked.agency = agency
        update_fields.append("agency")
    if not changes:
        return locked
    locked.save(update_fields=update_fields)
    record_change(
        "cchc.directory.leader.update",
        actor=actor,
        obj=locked,
        changes=changes,
        history=_leader_history(locked, locked.agency, actor, source),
        data={"source": source},
        include_changes=True,
        request=request,
    )
    return locked


@transaction.atomic
def leader_delete(*, leader: Leader, actor, source: str = "admin", request=None) -> None:
    locked = Leader.objects.select_for_update().select_related("agency").get(pk=leader.pk)
    repr_, agency = str(locked), locked.agency
    record_change(
        "cchc.directory.leader.delete",
        actor=actor,
        obj=locked,
        changes=[FieldChange("deleted", repr_, "")],
        history=_history(
            subject=ContactChange.Subject.LEADER,
            agency=agency,
            leader=None,
            repr_=repr_,
            actor=actor,
            source=source,
        ),
        data={"source": source, "agency": agency.code},
        request=request,
    )
    locked.delete()
