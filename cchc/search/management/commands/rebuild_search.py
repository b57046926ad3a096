from django.core.management.base import BaseCommand

from cchc.search.services import index_rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index from every registered source."

    def add_arguments(self, parser):
        parser.add_argument("--kind", action="append", help="only this kind (repeatable)")

    def handle(self, *args, **options):
        total = index_rebuild(kinds=options.get("kind"), stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Indexed {total} objects."))
