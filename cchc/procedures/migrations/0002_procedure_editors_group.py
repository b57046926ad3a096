"""The "Biên tập thủ tục hành chính" group: who edits the catalogue besides superusers."""

from django.db import migrations

GROUP_NAME = "Biên tập thủ tục hành chính"
MODEL_PERMISSIONS = {
    "procedure": ["add", "change", "delete", "view"],
    "procedurefield": ["add", "change", "delete", "view"],
}


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("procedures")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    perms = [Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")]
    for model, actions in MODEL_PERMISSIONS.items():
        ct = ContentType.objects.get(app_label="procedures", model=model)
        for action in actions:
            perms.append(Permission.objects.get(content_type=ct, codename=f"{action}_{model}"))
    # Forms (mẫu đơn) are Wagtail documents: editors may choose and upload them.
    for codename in ("add_document", "choose_document"):
        perm = Permission.objects.filter(
            content_type__app_label="wagtaildocs", codename=codename
        ).first()
        if perm is not None:
            perms.append(perm)
    group.permissions.add(*perms)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("procedures", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
