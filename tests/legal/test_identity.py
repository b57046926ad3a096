"""identity.resolve: which document a reference means, never a guess (pure, no database)."""

import datetime as dt
from types import SimpleNamespace

import pytest

from cchc.legal.identity import Candidate, cited_year, issuer_fold, issuer_matches, resolve

TINH = issuer_fold("Ủy ban nhân dân tỉnh Hậu Giang")
HUYEN = issuer_fold("UBND huyện Châu Thành")
KH_2021 = Candidate(1, False, 2021, TINH)
KH_2023 = Candidate(2, False, 2023, TINH)
KH_2021_HUYEN = Candidate(3, False, 2021, HUYEN)
STUB = Candidate(4, False, None, "")


def test_issuer_fold_expands_abbreviations_and_accents():
    """ "UBND tỉnh" and "Ủy ban nhân dân tỉnh" compare equal; đ folds to d."""
    assert issuer_fold("UBND tỉnh") == issuer_fold("Ủy ban nhân dân tỉnh") == "uy ban nhan dan tinh"
    assert issuer_fold("HĐND tỉnh") == "hoi dong nhan dan tinh"
    assert issuer_fold(None) == ""


def test_issuer_matches_by_word_prefix_only():
    """ "UBND tỉnh" fits "UBND tỉnh Hậu Giang"; "UBND huyện A" does not fit "UBND huyện B"."""
    assert issuer_matches(issuer_fold("UBND tỉnh"), TINH)
    assert not issuer_matches(issuer_fold("UBND huyện Long Mỹ"), HUYEN)
    assert not issuer_matches(issuer_fold("UBND tỉnh"), HUYEN)
    assert not issuer_matches("", TINH)


def test_cited_year_prefers_the_date_then_the_year_field():
    assert cited_year(SimpleNamespace(issued=dt.date(2021, 1, 2), year=None)) == 2021
    assert cited_year(SimpleNamespace(issued=None, year=2019)) == 2019
    assert cited_year(SimpleNamespace(issued=None, year=None)) is None


@pytest.mark.parametrize(
    ("candidates", "year", "issuer", "document", "choices"),
    [
        ([], 2021, "", None, ()),
        ([Candidate(9, True, 2010, "")], 2011, "", 9, ()),  # year in the key: the key decides
        ([KH_2021], None, "", 1, ()),  # one document with the key, nothing stated
        ([KH_2021], 2023, "", None, ()),  # stated year contradicts: another document
        ([KH_2021, KH_2023], 2023, "", 2, ()),
        ([KH_2021, KH_2023], None, "", None, (1, 2)),  # no year: choose
        ([KH_2021, KH_2021_HUYEN], 2021, "", None, (1, 3)),  # same year, two issuers
        ([KH_2021, KH_2021_HUYEN], 2021, issuer_fold("UBND tỉnh"), 1, ()),
        ([KH_2021, STUB], 2021, "", 1, ()),  # the exact identity beats a stub with gaps
        ([KH_2023, STUB], 2021, "", 4, ()),  # only the stub can be 2021
        ([STUB, Candidate(5, False, None, TINH)], None, "", None, (4, 5)),
    ],
)
def test_resolve(candidates, year, issuer, document, choices):
    """One document fits → it; several → a choice (sorted ids); none → nothing."""
    found = resolve(candidates, year=year, issuer=issuer)
    assert (found.document, found.choices) == (document, choices)
    assert found.ambiguous == bool(choices)
