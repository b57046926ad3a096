"""Uniqueness on the identity, not the bare key (docs/decisions/0002)."""

import django.db.models.functions.comparison
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("legal", "0004_fill_document_identity")]

    operations = [
        migrations.AddConstraint(
            model_name='legaldocument',
            constraint=models.UniqueConstraint(condition=models.Q(('year__isnull', False)), fields=('key_folded',), name='legal_doc_identity_year_in_key', violation_error_message='Đã có văn bản mang số ký hiệu này.'),
        ),
        migrations.AddConstraint(
            model_name='legaldocument',
            constraint=models.UniqueConstraint(models.F('key_folded'), django.db.models.functions.comparison.Coalesce('issue_year', 0), models.F('issuer_folded'), condition=models.Q(('year__isnull', True)), name='legal_doc_identity_key_year_issuer', violation_error_message='Đã có văn bản mang số ký hiệu này, cùng năm ban hành và cơ quan ban hành.'),
        ),
    ]
