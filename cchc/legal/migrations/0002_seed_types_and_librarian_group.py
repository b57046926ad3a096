"""Seed the document types from the extractor's data file and create the librarian group
"Thư viện văn bản" with the library permissions."""

import json
from importlib import resources

from django.contrib.auth.management import create_permissions
from django.db import migrations

LIBRARIAN_GROUP = "Thư viện văn bản"


def seed(apps, schema_editor):
    DocumentType = apps.get_model("legal", "DocumentType")
    data = json.loads(
        resources.files("cchc.legal.citations")
        .joinpath("data", "doc_types.json")
        .read_text(encoding="utf-8")
    )
    names = []
    for i, t in enumerate(data.get("types", [])):
        names.append(t["name"])
        DocumentType.objects.get_or_create(
            name=t["name"],
            defaults={"abbreviations": ", ".join(t.get("abbr", [])), "sort_order": i},
        )
    extra = list(dict(data.get("law_bodies", {})).values())
    if data.get("letter_type"):
        extra.append(data["letter_type"])
    for j, name in enumerate(extra):
        if name not in names:
            DocumentType.objects.get_or_create(name=name, defaults={"sort_order": len(names) + j})

    # Permissions are normally created after migrate; the group needs the library's now.
    config = apps.get_app_config("legal")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=LIBRARIAN_GROUP)
    codenames = [
        f"{verb}_{model}"
        for model in ("legaldocument", "documenttype")
        for verb in ("add", "change", "delete", "view")
    ] + ["verify_legaldocument"]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="legal", codename__in=codenames),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="wagtaildocs",
            codename__in=["add_document", "choose_document"],
        ),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("legal", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
