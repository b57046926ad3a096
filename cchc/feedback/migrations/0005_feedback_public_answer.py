"""The public answer: the agency's answer with the petitioner's personal data masked.

Cases published before this migration get it now, masked the same way as at publication
(``cchc.core.redact``), and their public search text is rebuilt from it.
"""

from django.db import migrations, models

from cchc.core.text import fold
from cchc.core.redact import redact


def mask_published_answers(apps, schema_editor):
    Feedback = apps.get_model("feedback", "Feedback")
    published = Feedback.objects.filter(is_published=True).exclude(answer="")
    for fb in published.iterator(chunk_size=500):
        names = [fb.submitter_name] if fb.submitter_name else []
        addresses = [fb.submitter_address] if fb.submitter_address else []
        fb.public_answer = redact(fb.answer, names=names, addresses=addresses)
        fb.search_text = fold(
            " ".join([fb.code, fb.public_subject, fb.public_content, fb.public_answer])
        )
        fb.save(update_fields=["public_answer", "search_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0004_coordinate_permission"),
    ]

    operations = [
        migrations.AddField(
            model_name="feedback",
            name="public_answer",
            field=models.TextField(
                blank=True, verbose_name="trả lời công khai (đã lược thông tin cá nhân)"
            ),
        ),
        migrations.RunPython(mask_published_answers, migrations.RunPython.noop),
    ]
