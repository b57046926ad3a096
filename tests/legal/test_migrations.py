"""Migration 0004 fills the identity of rows that existed before it (data migration path)."""

import datetime as dt
from importlib import import_module

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from cchc.legal.models import LegalDocument

fill_identity = import_module("cchc.legal.migrations.0004_fill_document_identity").fill_identity


@pytest.mark.django_db
def test_fill_identity_from_existing_rows():
    """Rows as 0003 left them (identity fields blank) get the year of issue (in the number,
    else from the issue date) and the folded issuer; slugs do not change."""
    nd = LegalDocument(key="63/2010/NĐ-CP", issued=dt.date(2010, 6, 8), issuer_name="Chính phủ")
    nd.save()
    kh = LegalDocument(key="15/KH-UBND", issued=dt.date(2021, 1, 21), issuer_name="UBND tỉnh")
    kh.save()
    bare = LegalDocument(key="76/NQ-CP")
    bare.save()
    slugs = dict(LegalDocument.objects.values_list("pk", "slug"))
    LegalDocument.objects.update(issue_year=None, issuer_folded="")

    apps = MigrationLoader(connection).project_state(("legal", "0004_fill_document_identity")).apps
    fill_identity(apps, connection.schema_editor())

    rows = {d.pk: (d.issue_year, d.issuer_folded, d.slug) for d in LegalDocument.objects.all()}
    assert rows[nd.pk] == (2010, "chinh phu", slugs[nd.pk])
    assert rows[kh.pk] == (2021, "uy ban nhan dan tinh", slugs[kh.pk])
    assert rows[bare.pk] == (None, "", slugs[bare.pk])


@pytest.mark.django_db
def test_identity_constraints_hold_in_the_database():
    """The database refuses a second document with the same identity, not the same key."""
    from django.db import IntegrityError, transaction

    LegalDocument(key="15/KH-UBND", issued=dt.date(2021, 1, 21), issuer_name="UBND tỉnh").save()
    LegalDocument(key="15/KH-UBND", issued=dt.date(2023, 1, 10), issuer_name="UBND tỉnh").save()
    LegalDocument(key="15/KH-UBND", issued=dt.date(2021, 5, 1), issuer_name="Sở Nội vụ").save()
    LegalDocument(key="15/KH-UBND").save()  # year and issuer unknown: one such stub
    for kwargs in (
        {"issued": dt.date(2021, 3, 3), "issuer_name": "Ủy ban nhân dân tỉnh"},
        {},
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            LegalDocument.objects.bulk_create([_derived(LegalDocument(key="15/KH-UBND", **kwargs))])
    LegalDocument(key="63/2010/NĐ-CP").save()
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalDocument.objects.bulk_create(
            [_derived(LegalDocument(key="63/2010/NĐ-CP", issued=dt.date(2011, 1, 1)), "x")]
        )


def _derived(doc, slug=None):
    doc.derive_identity()
    doc.slug = slug or f"test-{id(doc)}"
    return doc
