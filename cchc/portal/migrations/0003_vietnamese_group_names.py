"""Name Wagtail's two default staff groups in Vietnamese.

Wagtail's data migration creates "Editors" and "Moderators"; every other group of the portal
has a Vietnamese name, and these two showed in English in the admin (Cài đặt > Nhóm, a user's
roles, a portlet's "visible to" list). A group someone already renamed, or a Vietnamese name
already taken, is left alone.
"""

from django.db import migrations

GROUP_NAMES = {"Editors": "Biên tập viên", "Moderators": "Ban biên tập"}


def rename(apps, schema_editor, forward=True):
    Group = apps.get_model("auth", "Group")
    for old, new in GROUP_NAMES.items():
        if not forward:
            old, new = new, old
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)


def backwards(apps, schema_editor):
    rename(apps, schema_editor, forward=False)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_vietnamese_workflow_names"),
        # both look the groups up by their English names
        ("news", "0002_editors_choose_categories"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(rename, backwards)]
