"""The "Biên tập danh bạ" group: the only non-superusers who edit the directory."""

from django.db import migrations

GROUP_NAME = "Biên tập danh bạ"
MODEL_PERMISSIONS = {
    "agency": ["add", "change", "delete", "view"],
    "leader": ["add", "change", "delete", "view"],
    "contactchange": ["view"],
}


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Only this app's permissions: creating every app's here would pre-empt the
    # permission renames of later third-party migrations.
    app_config = apps.get_app_config("directory")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    perms = [Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")]
    for model, actions in MODEL_PERMISSIONS.items():
        ct = ContentType.objects.get(app_label="directory", model=model)
        for action in actions:
            perms.append(Permission.objects.get(content_type=ct, codename=f"{action}_{model}"))
    group.permissions.add(*perms)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_agency_contacts_leaders"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
