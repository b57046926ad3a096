"""``manage.py surveys_bootstrap [--year 2027]``: the default five-element questionnaire
for a year (existing one kept as is)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from cchc.surveys.services import questionnaire_create_default


class Command(BaseCommand):
    help = "Tạo phiếu khảo sát mặc định (5 yếu tố) cho một năm."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, default=None)

    def handle(self, *args, year=None, **options):
        q = questionnaire_create_default(year=year or timezone.localdate().year)
        self.stdout.write(f"{q} – {q.questions.count()} câu hỏi.")
