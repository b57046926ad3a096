"""Pure rules of cchc/twofactor/policy.py."""

import pytest

from cchc.twofactor.policy import group_code, is_local_path, needs_second_factor, normalise_token

EXEMPT = ["/tai-khoan/xac-thuc-hai-buoc/", "/static/", "/healthz"]


@pytest.mark.parametrize(
    "path,expected",
    [
        ("/quan-tri/", True),
        ("/can-bo/phan-anh/", True),
        ("/", True),
        ("/phan-anh-kien-nghi/thong-ke/excel/", True),
        ("/tai-khoan/xac-thuc-hai-buoc/xac-minh/", False),
        ("/tai-khoan/xac-thuc-hai-buoc", False),
        ("/static/css/site.css", False),
        ("/healthz", False),
        ("/tai-khoan/bao-mat/", True),
    ],
)
def test_needs_second_factor(path, expected):
    assert needs_second_factor(path, EXEMPT) is expected


@pytest.mark.parametrize(
    "raw,expected",
    [("123 456", "123456"), (" abcd-efgh ", "abcdefgh"), ("ABCD EFGH", "abcdefgh"), ("", "")],
)
def test_normalise_token(raw, expected):
    assert normalise_token(raw) == expected


@pytest.mark.parametrize(
    "url,ok",
    [
        ("/quan-tri/pages/3/", True),
        ("/can-bo/phan-anh/?trang=2", True),
        ("//evil.example/", False),
        ("https://evil.example/", False),
        ("/\\evil.example", False),
        ("javascript:alert(1)", False),
        ("/a\x00b", False),
        ("", False),
    ],
)
def test_is_local_path(url, ok):
    assert is_local_path(url) is ok


def test_group_code():
    assert group_code("abcdefgh") == "abcd-efgh"
