from django.core.management.base import BaseCommand

from cchc.search.services import index_rebuild, index_rebuild_native


class Command(BaseCommand):
    help = (
        "Rebuild the site search index from every registered source, or (--native) only "
        "the inverted index from the stored entries, after a change to the analysis code."
    )

    def add_arguments(self, parser):
        parser.add_argument("--kind", action="append", help="only this kind (repeatable)")
        parser.add_argument(
            "--native",
            action="store_true",
            help="re-analyse the stored entries only (fast; sources are not read)",
        )
        parser.add_argument(
            "--workers", type=int, default=1, help="analysis processes for --native"
        )

    def handle(self, *args, **options):
        if options["native"]:
            total = index_rebuild_native(workers=max(1, options["workers"]), stdout=self.stdout)
            self.stdout.write(self.style.SUCCESS(f"Re-analysed {total} entries."))
            return
        total = index_rebuild(kinds=options.get("kind"), stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Indexed {total} objects."))
