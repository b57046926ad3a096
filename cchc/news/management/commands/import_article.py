"""``manage.py import_article FILE``: publish a plain-text article, print its URL."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cchc.news.models import ArticleCategory
from cchc.news.services import article_import
from cchc.news.textimport import ArticleFormatError, decode, parse


class Command(BaseCommand):
    help = "Nhập một bài viết dạng văn bản thuần và đăng lên trang Tin tức / Import a plain-text article."

    def add_arguments(self, parser):
        parser.add_argument("file", help="đường dẫn tệp (- để đọc từ stdin)")
        parser.add_argument("--category", help="tên chuyên mục (tạo mới nếu chưa có)")

    def handle(self, *args, file, category=None, **options):
        try:
            if file == "-":
                import sys

                data = sys.stdin.buffer.read(2 * 1024 * 1024 + 1)
            else:
                path = Path(file)
                if not path.is_file():
                    raise CommandError(f"Không đọc được tệp / cannot read file: {file}")
                if path.stat().st_size > 2 * 1024 * 1024:
                    raise ArticleFormatError("Tệp lớn hơn 2 MB", "file larger than 2 MB")
                data = path.read_bytes()
            parsed = parse(decode(data))
        except ArticleFormatError as exc:
            raise CommandError(f"Lỗi: {exc.message_vi} / Error: {exc.message_en}") from exc
        except OSError as exc:
            raise CommandError(f"Không đọc được tệp / cannot read file: {file}") from exc
        cat = None
        if category:
            cat, _ = ArticleCategory.objects.get_or_create(name=category.strip()[:150])
            if not cat.slug:
                cat.full_clean()
                cat.save()
        result = article_import(parsed=parsed, category=cat)
        verb = "Đã tạo" if result.created else "Đã cập nhật"
        self.stderr.write(
            f"{verb} / {'created' if result.created else 'updated'}: {result.article.title}"
        )
        self.stdout.write(result.article.full_url or result.article.url)
