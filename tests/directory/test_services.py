"""Services: versioned edits (ContactChange), audit rows, merge and dissolve transitions."""

import datetime as dt

import pytest

from cchc.core.exceptions import InvalidTransitionError
from cchc.core.models import AuditEvent
from cchc.directory import services
from cchc.directory.models import Agency, ContactChange, Leader
from cchc.directory.validation import DirectoryValidationError


def test_agency_create_cleans_versions_and_audits(tree, editor):
    """A new agency gets a slug, a normalised phone, one history row per filled field and an
    audit row."""
    agency = services.agency_create(
        data={
            "code": "SYT",
            "name": "Sở Y tế",
            "level": "department",
            "parent": tree["root"],
            "phone": "+84 200.5550.199",
            "email": "SYT@Example.gov.vn",
        },
        actor=editor,
    )
    assert agency.slug == "so-y-te"
    assert agency.phone == "0200 5550 199"
    assert agency.email == "syt@example.gov.vn"
    fields = set(ContactChange.objects.filter(agency=agency).values_list("field_name", flat=True))
    assert {"code", "name", "level", "parent", "phone", "email"} <= fields
    event = AuditEvent.objects.get(action="cchc.directory.agency.create")
    assert event.actor == editor and event.object_id == str(agency.pk)


def test_agency_create_unique_slug(tree):
    """Two agencies with the same name get distinct slugs."""
    a = services.agency_create(
        data={"code": "X1", "name": "Sở Tư pháp", "level": "department"}, actor=None
    )
    assert a.slug == "so-tu-phap-2"


def test_agency_update_records_only_changed_fields(tree, editor):
    """Only fields whose value changes are saved, versioned (old → new, who) and audited."""
    snv = tree["snv"]
    services.agency_update(
        agency=snv,
        data={"phone": "0200 5550 102", "email": snv.email, "name": snv.name},
        actor=editor,
    )
    snv.refresh_from_db()
    assert snv.phone == "0200 5550 102"
    change = ContactChange.objects.get(agency=snv)
    assert (change.field_name, change.old_value, change.new_value) == (
        "phone",
        "0200 5550 101",
        "0200 5550 102",
    )
    assert change.changed_by == editor
    event = AuditEvent.objects.get(action="cchc.directory.agency.update")
    assert event.data["changes"] == {"phone": ["0200 5550 101", "0200 5550 102"]}


def test_agency_update_without_changes_writes_nothing(tree, editor):
    """Saving the same values leaves no history and no audit row."""
    services.agency_update(agency=tree["snv"], data={"phone": "0200.5550.101"}, actor=editor)
    assert not ContactChange.objects.exists()
    assert not AuditEvent.objects.exists()


def test_agency_update_rejects_bad_values(tree, editor):
    """Bad phones and e-mails raise a validation error per field and change nothing."""
    with pytest.raises(DirectoryValidationError) as info:
        services.agency_update(
            agency=tree["snv"], data={"phone": "0293 387", "email": "x@"}, actor=editor
        )
    assert set(info.value.errors) == {"phone", "email"}
    tree["snv"].refresh_from_db()
    assert tree["snv"].phone == "0200 5550 101"


def test_agency_update_rejects_cycles(tree, editor):
    """An agency cannot be moved under itself or its own descendant."""
    with pytest.raises(DirectoryValidationError):
        services.agency_update(
            agency=tree["district"], data={"parent": tree["commune"]}, actor=editor
        )
    with pytest.raises(DirectoryValidationError):
        services.agency_update(
            agency=tree["district"], data={"parent": tree["district"]}, actor=editor
        )


def test_agency_update_rejects_taken_code(tree, editor):
    """Codes are unique: taking another agency's code is a validation error."""
    with pytest.raises(DirectoryValidationError) as info:
        services.agency_update(agency=tree["snv"], data={"code": "STP"}, actor=editor)
    assert "code" in info.value.errors


def test_agency_merge(tree, editor):
    """Merging sets status, successor and date, moves active units to the successor and is
    versioned and audited."""
    unit = Agency.objects.create(
        code="SNV-1", name="Ban Thi đua", slug="ban-thi-dua", level="unit", parent=tree["snv"]
    )
    services.agency_merge(
        agency=tree["snv"], successor=tree["stp"], on_date=dt.date(2025, 3, 1), actor=editor
    )
    snv = Agency.objects.get(pk=tree["snv"].pk)
    assert snv.status == Agency.Status.MERGED
    assert snv.successor == tree["stp"]
    assert snv.status_changed_on == dt.date(2025, 3, 1)
    unit.refresh_from_db()
    assert unit.parent == tree["stp"]
    event = AuditEvent.objects.get(action="cchc.directory.agency.merge")
    assert event.data["successor"] == "STP" and event.data["moved_children"] == ["SNV-1"]
    assert ContactChange.objects.filter(
        agency=snv, field_name="status", new_value="merged"
    ).exists()


@pytest.mark.parametrize("case", ["self", "inactive_successor", "already_merged", "descendant"])
def test_agency_merge_guards(tree, editor, case):
    """Merge is refused into itself, into an inactive agency, twice, or into a descendant."""
    agency, successor = tree["snv"], tree["stp"]
    if case == "self":
        successor = agency
    elif case == "inactive_successor":
        services.agency_dissolve(agency=tree["stp"], actor=editor)
    elif case == "already_merged":
        services.agency_merge(agency=agency, successor=successor, actor=editor)
    elif case == "descendant":
        agency, successor = tree["district"], tree["commune"]
    with pytest.raises(InvalidTransitionError):
        services.agency_merge(agency=agency, successor=successor, actor=editor)


def test_dissolve_with_active_units_needs_a_successor(tree, editor):
    """An agency with active units cannot be dissolved without someone taking them over."""
    with pytest.raises(InvalidTransitionError):
        services.agency_dissolve(agency=tree["district"], actor=editor)
    services.agency_dissolve(agency=tree["district"], successor=tree["root"], actor=editor)
    tree["commune"].refresh_from_db()
    assert tree["commune"].parent == tree["root"]
    assert Agency.objects.get(pk=tree["district"].pk).status == Agency.Status.DISSOLVED


def test_leader_lifecycle_is_versioned(tree, editor):
    """Creating, editing, moving and deleting a leader each leave history and audit rows."""
    leader = services.leader_create(
        agency=tree["snv"],
        data={"full_name": "Trần Thị Bình", "title": "Phó Giám đốc", "mobile": "0500.555.002"},
        actor=editor,
    )
    assert leader.mobile == "0500 555 002" and leader.mobile_public is False
    services.leader_update(
        leader=leader, data={"mobile_public": True}, agency=tree["stp"], actor=editor
    )
    leader.refresh_from_db()
    assert leader.mobile_public and leader.agency == tree["stp"]
    history = list(
        ContactChange.objects.filter(leader=leader).values_list(
            "field_name", "old_value", "new_value"
        )
    )
    assert ("mobile_public", "0", "1") in history
    assert ("agency", "SNV", "STP") in history
    services.leader_delete(leader=leader, actor=editor)
    assert not Leader.objects.exists()
    assert ContactChange.objects.filter(
        field_name="deleted", old_value__contains="Trần Thị Bình"
    ).exists()
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        "cchc.directory.leader.create",
        "cchc.directory.leader.update",
        "cchc.directory.leader.delete",
    } <= actions


def test_leader_mobile_must_be_a_mobile(tree, editor):
    """A landline typed into the mobile field is refused."""
    with pytest.raises(DirectoryValidationError) as info:
        services.leader_create(
            agency=tree["snv"],
            actor=editor,
            data={"full_name": "A B", "title": "Giám đốc", "mobile": "0200 5550 101"},
        )
    assert "mobile" in info.value.errors


def test_agency_delete_refuses_agencies_in_use(tree, editor):
    """Agencies with units cannot be deleted; a leaf entered by mistake can, with a trace."""
    with pytest.raises(InvalidTransitionError):
        services.agency_delete(agency=tree["district"], actor=editor)
    services.agency_delete(agency=tree["stp"], actor=editor)
    assert not Agency.objects.filter(code="STP").exists()
    assert AuditEvent.objects.filter(action="cchc.directory.agency.delete").exists()
