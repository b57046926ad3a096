"""Name Wagtail's default moderation workflow and its task in Vietnamese.

Wagtail's data migration names both after the group ("Moderators approval"), which
editors then read as "Thực hiện Moderators approval" in the Vietnamese admin.
"""

from django.db import migrations

WORKFLOW_NAMES = {"Moderators approval": "Duyệt bài của Ban biên tập"}
TASK_NAMES = {"Moderators approval": "Ban biên tập duyệt"}


def rename(apps, schema_editor, forward=True):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    for names, model in ((WORKFLOW_NAMES, Workflow), (TASK_NAMES, Task)):
        for old, new in names.items():
            if not forward:
                old, new = new, old
            model.objects.filter(name=old).update(name=new)


def backwards(apps, schema_editor):
    rename(apps, schema_editor, forward=False)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(rename, backwards)]
