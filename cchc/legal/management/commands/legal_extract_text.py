"""``manage.py legal_extract_text [--limit N]``: fill the full text of documents that have a
PDF/.docx file but no text yet (documents attached before text extraction existed)."""

from django.core.management.base import BaseCommand

from cchc.legal.text_services import legal_documents_text_backfill


class Command(BaseCommand):
    help = (
        "Trích toàn văn từ tệp PDF/Word cho văn bản chưa có toàn văn / "
        "Extract the full text of documents that have a file but no text."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None)

    def handle(self, *args, limit=None, **options):
        counts = legal_documents_text_backfill(limit=limit)
        self.stdout.write(
            f"Đã trích {counts['extracted']}, lỗi {counts['failed']}, đề xuất "
            f"{counts['relations_proposed']} quan hệ / extracted, failed, relations proposed"
        )
