"""The national indices (PAR INDEX, SIPAS, PAPI, PCI, DDCI, DTI) when missing."""

from django.db import migrations


def forwards(apps, schema_editor):
    from cchc.indices.defaults import DEFINITIONS

    Definition = apps.get_model("indices", "IndexDefinition")
    Component = apps.get_model("indices", "IndexComponent")
    for spec in DEFINITIONS:
        spec = dict(spec)
        components = spec.pop("components")
        index, created = Definition.objects.get_or_create(code=spec["code"], defaults=spec)
        if created:
            for i, (code, name, max_score) in enumerate(components):
                Component.objects.create(
                    index=index, code=code, name=name, max_score=max_score, sort_order=i
                )


class Migration(migrations.Migration):
    dependencies = [("indices", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
