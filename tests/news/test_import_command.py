import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cchc.core.models import AuditEvent
from cchc.news.models import ArticlePage

DATA = Path(__file__).parent / "data"


def run(path):
    out, err = StringIO(), StringIO()
    call_command("import_article", str(path), stdout=out, stderr=err)
    return out.getvalue().strip()


def test_import_publishes_and_prints_url(news_index):
    url = run(DATA / "article_sample.txt")
    assert url.endswith(
        "/tin-tuc/cai-cach-hanh-chinh-doi-moi-phuong-thuc-tiep-nhan-ho-so-nam-2026/"
    )
    article = ArticlePage.objects.get()
    assert article.live
    assert article.author == "Lan Anh"
    assert AuditEvent.objects.filter(action="cchc.news.article.import").count() == 1


def test_import_twice_updates_never_duplicates(news_index, tmp_path):
    run(DATA / "article_sample.txt")
    edited = tmp_path / "edited.txt"
    edited.write_text(
        (DATA / "article_sample.txt").read_text(encoding="utf-8").replace("Lan Anh", "Minh Quân"),
        encoding="utf-8",
    )
    run(edited)
    article = ArticlePage.objects.get()
    assert article.author == "Minh Quân"
    assert article.revisions.count() == 2


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x00", "Không có ngày\nNội dung".encode(), "Tiêu đề\nNgày 99-99-2022\nx".encode()],
)
def test_malformed_input_exits_with_error_and_creates_nothing(news_index, tmp_path, content):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(CommandError) as info:
        run(bad)
    assert "Lỗi:" in str(info.value) and "Error:" in str(info.value)
    assert "\n" not in str(info.value)
    assert not ArticlePage.objects.exists()


def test_missing_file_is_an_error(news_index, tmp_path):
    with pytest.raises(CommandError):
        run(tmp_path / "nope.txt")


def test_oversized_file_is_refused(news_index, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (2 * 1024 * 1024 + 10))
    with pytest.raises(CommandError, match="2 MB"):
        run(big)


def test_command_exit_code_is_non_zero_in_a_real_process(tmp_path):
    """Run through manage.py as a user would: non-zero exit, one error line."""
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "manage.py", "import_article", str(bad)],
        cwd=root,
        capture_output=True,
        text=True,
        env={
            "DJANGO_SETTINGS_MODULE": "cchc.settings.test",
            "PATH": "/usr/bin:/bin",
            "CCHC_VAR_DIR": str(tmp_path),
        },
        timeout=120,
    )
    assert proc.returncode != 0
    error_lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(error_lines) == 1
    assert "Lỗi" in error_lines[0]
