import datetime as dt

import pytest

from cchc.core.dates import DateParseError, format_long, format_short, parse_vi_date


def test_formats():
    day = dt.date(2022, 3, 29)
    assert format_long(day) == "ngày 29 tháng 3 năm 2022"
    assert format_long(day, capitalize=True) == "Ngày 29 tháng 3 năm 2022"
    assert format_short(day) == "29-03-2022"


@pytest.mark.parametrize(
    "text", ["29-03-2022", "29/3/2022", "Ngày 29-03-2022", "ngày 29 tháng 3 năm 2022", "29.03.2022"]
)
def test_parse_accepts_common_forms(text):
    assert parse_vi_date(text) == dt.date(2022, 3, 29)


@pytest.mark.parametrize("text", ["31-02-2022", "hôm qua", "", "2022-03-29x"])
def test_parse_rejects_bad_dates(text):
    with pytest.raises(DateParseError):
        parse_vi_date(text)
