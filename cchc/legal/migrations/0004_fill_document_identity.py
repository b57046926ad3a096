"""Fill the identity fields of existing documents: year of issue (year in the number, else
the issue date's year) and the folded issuer. Slugs are left as they are (stable URLs)."""

from django.db import migrations

from cchc.legal.identity import issuer_fold


def fill_identity(apps, schema_editor):
    LegalDocument = apps.get_model("legal", "LegalDocument")
    Agency = apps.get_model("directory", "Agency")
    agencies = dict(Agency.objects.values_list("pk", "name"))
    batch = []
    for doc in LegalDocument.objects.only("pk", "year", "issued", "issuer_name", "issuer_id"):
        doc.issue_year = doc.year or (doc.issued.year if doc.issued else None)
        doc.issuer_folded = issuer_fold(doc.issuer_name or agencies.get(doc.issuer_id, ""))
        batch.append(doc)
        if len(batch) >= 1000:
            LegalDocument.objects.bulk_update(batch, ["issue_year", "issuer_folded"])
            batch = []
    if batch:
        LegalDocument.objects.bulk_update(batch, ["issue_year", "issuer_folded"])


class Migration(migrations.Migration):
    dependencies = [("legal", "0003_document_identity_text_relation_states")]

    operations = [migrations.RunPython(fill_identity, migrations.RunPython.noop)]
