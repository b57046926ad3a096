"""Editors and moderators may choose news categories (chuyên mục) in the page editor.

Wagtail's snippet chooser needs a permission on the model; without one the category
chooser stayed empty for editors and articles went out without a category. Editors get
``view``; moderators, who keep the list of categories, get every permission.
"""

from django.db import migrations

GRANTS = {
    "Editors": ["view"],
    "Moderators": ["add", "change", "delete", "view"],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("news")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, actions in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="news",
                codename__in=[f"{action}_articlecategory" for action in actions],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
