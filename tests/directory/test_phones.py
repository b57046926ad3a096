"""The pure phone module: Vietnamese numbering plan, normalisation, tel: targets."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.directory import phones


@pytest.mark.parametrize(
    ("raw", "expected", "kind"),
    [
        ("0293 3870 123", "0293 3870 123", "landline"),
        ("0293.3870.123", "0293 3870 123", "landline"),
        ("0293-3870-123", "0293 3870 123", "landline"),
        ("02933870123", "0293 3870 123", "landline"),
        ("+84 293 3870 123", "0293 3870 123", "landline"),
        ("(+84) 293 3870 123", "0293 3870 123", "landline"),
        ("+84 (0) 293 3870 123", "0293 3870 123", "landline"),
        ("0084 293 3870 123", "0293 3870 123", "landline"),
        ("024 3825 1234", "024 3825 1234", "landline"),
        ("028.3829.1234", "028 3829 1234", "landline"),
        ("0912 345 678", "0912 345 678", "mobile"),
        ("0912.345.678", "0912 345 678", "mobile"),
        ("+84912345678", "0912 345 678", "mobile"),
        ("0383 555 001", "0383 555 001", "mobile"),
        ("0500 555 001", "0500 555 001", "mobile"),
        ("0765-555-001", "0765 555 001", "mobile"),
        ("0888 555 001", "0888 555 001", "mobile"),
        ("1900 1234", "1900 1234", "service"),
        ("1800.5555", "1800 5555", "service"),
        ("1900 123456", "1900 123 456", "service"),
        ("19001234 5", "1900 12345", "service"),
        ("1022", "1022", "short"),
        ("113", "113", "short"),
    ],
)
def test_valid_numbers_normalise(raw, expected, kind):
    """Valid landlines, mobiles and hotlines in any common spelling give one canonical form."""
    number = phones.parse(raw)
    assert number.display == expected
    assert number.kind == kind
    assert phones.normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("0293 3870 12", "landline"),  # 10 digits starting 02
        ("0293 3870 1234", "landline"),  # 12 digits
        ("091 234 567", "mobile"),  # 9 digits
        ("0912 345 6789", "mobile"),  # 11 digits
        ("0612 345 678", "format"),  # 06 is not a mobile prefix
        ("0412 345 678", "format"),
        ("1900 123", "service"),  # too short
        ("1900 1234567", "service"),  # too long
        ("0293 3870 12a", "chars"),
        ("điện thoại", "chars"),
        ("0293 3870 １２３", "chars"),  # full-width digits
        ("12345678", "format"),
        ("", "empty"),
        ("   ", "empty"),
    ],
)
def test_invalid_numbers_are_rejected_with_a_reason(raw, code):
    """Wrong lengths, prefixes and characters raise PhoneError with a code saying why."""
    with pytest.raises(phones.PhoneError) as info:
        phones.parse(raw)
    assert info.value.code == code
    assert not phones.is_valid(raw)


@pytest.mark.parametrize(
    ("raw", "href"),
    [
        ("0293 3870 123", "+842933870123"),
        ("0912.345.678", "+84912345678"),
        ("1900 1234", "19001234"),
        ("1022", "1022"),
        ("không có số", ""),
        ("+1 (555) 010-999", "+1555010999"),
    ],
)
def test_tel_href(raw, href):
    """tel: targets are E.164 for landlines and mobiles, plain digits for hotlines; bad
    legacy text still yields only digits (never breaks the link)."""
    assert phones.tel_href(raw) == href


@given(
    st.sampled_from(["02", "03", "05", "07", "08", "09"]),
    st.text(alphabet="0123456789", min_size=8, max_size=9),
    st.sampled_from([" ", ".", "-", ""]),
)
def test_normalize_is_idempotent(prefix, rest, sep):
    """Normalising a normalised number changes nothing; separators never matter."""
    raw = prefix + sep.join(rest)
    if not phones.is_valid(raw):
        return
    once = phones.normalize(raw)
    assert phones.normalize(once) == once
    assert phones.normalize(raw.replace(sep, "") if sep else raw) == once
