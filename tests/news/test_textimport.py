import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from cchc.news.textimport import ArticleFormatError, decode, parse

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_f227a086c9b37418.txt"


def test_parses_title_date_author_and_ignores_footer():
    """Heading line skipped, title before the date line, author last, counters dropped."""
    article = parse(decode((DATA / "article_sample.txt").read_bytes()))
    assert article.title == "Cải cách hành chính: Đổi mới phương thức tiếp nhận hồ sơ năm 2026"
    assert article.date == dt.date(2026, 3, 5)
    assert article.author == "Lan Anh"
    html = article.body_html()
    assert "Đang online" not in html and "portlet" not in html
    assert "Lan Anh" not in html


def test_plus_lines_become_one_list_even_across_blank_lines():
    article = parse(decode((DATA / "article_sample.txt").read_bytes()))
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["p", "p", "ul", "p"]
    assert len(article.blocks[2].items) == 3
    assert "<ul><li>Tiếp nhận hồ sơ trực tuyến toàn trình;</li>" in article.body_html()


def test_body_is_escaped():
    text = "Tiêu đề\nNgày 01-02-2026\n<script>alert(1)</script> & co\n\nTác Giả"
    html = parse(text).body_html()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp; co" in html


def test_nfd_input_is_stored_nfc():
    text = unicodedata.normalize("NFD", "Tiêu đề có dấu\nNgày 01-02-2026\nNội dung.\n\nTác Giả")
    article = parse(decode(text.encode()))
    assert article.title == unicodedata.normalize("NFC", "Tiêu đề có dấu")


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x00\x01binary\x00", "binary"),
        (b"\xff\xfe\xfa not utf8", "UTF-8"),
        ("Chỉ có tiêu đề\nvà nội dung\n".encode(), "no date"),
        ("Ngày 01-02-2026\nNội dung".encode(), "no title"),
        ("Tiêu đề\nNgày 31-02-2026\nNội dung".encode(), "invalid date"),
        ("Tiêu đề\nNgày 01-13-2026\nNội dung".encode(), "invalid date"),
        ("Tiêu đề\nNgày 01-02-2026\n\n".encode(), "no body"),
        (b"x" * (2 * 1024 * 1024 + 1), "2 MB"),
    ],
)
def test_malformed_input_is_refused(data, fragment):
    with pytest.raises(ArticleFormatError) as info:
        parse(decode(data))
    assert fragment in info.value.message_en


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article_shape():
    article = parse(decode(SEED.read_bytes()))
    assert article.title == "Hậu Giang: Tuyên truyền cải cách hành chính năm 2022"
    assert article.date == dt.date(2022, 3, 29)
    assert article.author == "Ngọc Triều"
    assert sum(1 for b in article.blocks if b.kind == "ul") == 1
    assert len([b for b in article.blocks if b.kind == "ul"][0].items) == 2
