"""Models and services: code shape, derived fields, children saved with the procedure,
every write audited."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from cchc.core.models import AuditEvent
from cchc.procedures import services
from cchc.procedures.models import Procedure, ProcedureField, validate_code

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "code",
    [
        "1.000948.000.00.00.H38",
        "1.001193",
        "2.002155.H12",
        "1.000948.000.00.00",
        " 1.001193.000.00.00.h38 ",
    ],
)
def test_valid_codes(code):
    validate_code(code)


@pytest.mark.parametrize(
    "code", ["", "1000948", "1.948", "1.000948.000", "A.000948", "1.000948.000.00.00.38"]
)
def test_invalid_codes(code):
    with pytest.raises(ValidationError):
        validate_code(code)


def test_save_derives_code_slug_and_folded_text(make_procedure, agencies):
    p = make_procedure("Đăng ký khai sinh", code="1.001193.000.00.00.h38", agency=agencies["p1"])
    assert p.code == "1.001193.000.00.00.H38"
    assert p.slug == "dang-ky-khai-sinh"
    assert "dang ky khai sinh" in p.search_folded and "ho tich" in p.search_folded
    assert "phuong mot" in p.search_folded
    twin = make_procedure("Đăng ký khai sinh")
    assert twin.slug == "dang-ky-khai-sinh-2"
    assert p.get_absolute_url() == "/thu-tuc-hanh-chinh/1.001193.000.00.00.H38/"


def test_children_and_legal_documents_are_saved_with_the_procedure(khai_sinh, nghi_dinh):
    khai_sinh.refresh_from_db()
    assert [d.name for d in khai_sinh.documents.order_by("sort_order")] == [
        "Tờ khai đăng ký khai sinh",
        "Giấy chứng sinh",
    ]
    assert list(khai_sinh.channels.values_list("channel", flat=True)) == ["direct", "online"]
    assert list(khai_sinh.legal_documents.all()) == []  # the fixture chose none explicitly
    khai_sinh.legal_documents = [nghi_dinh]
    services.procedure_save(procedure=khai_sinh)
    assert list(Procedure.objects.get(pk=khai_sinh.pk).legal_documents.all()) == [nghi_dinh]


def test_effective_range_is_validated(make_procedure):
    p = make_procedure()
    p.effective_from = dt.date(2025, 7, 1)
    p.effective_until = dt.date(2025, 1, 1)
    with pytest.raises(ValidationError) as exc:
        p.full_clean()
    assert "effective_until" in exc.value.message_dict


def test_every_write_is_audited(make_procedure, django_user_model):
    user = django_user_model.objects.create_user("a")
    p = make_procedure()
    assert AuditEvent.objects.filter(
        action="cchc.procedures.procedure.create", object_id=str(p.pk)
    ).exists()
    services.procedure_set_published(procedure=p, published=False, actor=user)
    assert Procedure.objects.get(pk=p.pk).published is False
    event = AuditEvent.objects.get(action="cchc.procedures.procedure.unpublish")
    assert event.actor == user
    # publishing the same state again writes nothing
    services.procedure_set_published(procedure=p, published=False, actor=user)
    assert AuditEvent.objects.filter(action="cchc.procedures.procedure.unpublish").count() == 1
    pk = p.pk
    services.procedure_delete(procedure=p, actor=user)
    assert not Procedure.objects.filter(pk=pk).exists()
    assert AuditEvent.objects.filter(
        action="cchc.procedures.procedure.delete", object_id=str(pk)
    ).exists()


def test_field_get_or_create_compares_folded(ho_tich):
    same, created = services.field_get_or_create(name="HỘ  TỊCH")
    assert same == ho_tich and not created
    new, created = services.field_get_or_create(name="Chứng thực")
    assert created and new.slug == "chung-thuc"
    assert ProcedureField.objects.count() == 2


def test_editors_group_from_migration(db):
    from django.contrib.auth.models import Group

    perms = set(
        Group.objects.get(name=services.EDITORS_GROUP).permissions.values_list(
            "codename", flat=True
        )
    )
    assert {
        "access_admin",
        "add_procedure",
        "change_procedure",
        "delete_procedure",
        "add_procedurefield",
        "choose_document",
    } <= perms
