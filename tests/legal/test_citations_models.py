"""Citation/Pinpoint dataclasses and their JSON form; the package stays free of Django."""

import dataclasses
import datetime
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.legal.citations import Citation, Pinpoint, extract


def test_frozen():
    (c,) = extract("Nghị định số 63/2010/NĐ-CP")
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.key = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Pinpoint(article="1").article = "2"  # type: ignore[misc]


def test_to_json():
    (c,) = extract(
        "Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát TTHC."
    )
    j = c.to_json()
    assert j["key"] == "63/2010/NĐ-CP"
    assert j["doc_type"] == "Nghị định"
    assert j["number"] == "63"
    assert j["year"] == 2010
    assert j["symbol"] == "NĐ-CP"
    assert j["issued"] == "2010-06-08"
    assert j["issuer"] == "Chính phủ"
    assert j["subject"] == "kiểm soát TTHC"
    assert (j["start"], j["end"]) == c.span == (0, 26)
    assert j["kind"] == "normative"
    assert j["pinpoint"] is None
    assert isinstance(c.issued, datetime.date)
    assert isinstance(c, Citation)


def test_number_as_written():
    (c,) = extract("Nghị quyết số 03-NQ/TU")
    assert (c.number, c.symbol, c.key) == ("03", "NQ/TU", "03-NQ/TU")


def test_no_django_imports():
    root = Path(__file__).resolve().parents[2]
    for f in (root / "cchc" / "legal" / "citations").rglob("*.py"):
        src = f.read_text(encoding="utf-8")
        assert "import django" not in src and "from django" not in src, f
    code = "import sys, cchc.legal.citations as c; c.extract('76/NQ-CP'); sys.exit('django' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0


def test_citation_new_builds_the_same_frozen_citation():
    """The extractor's fast constructor gives an equal, equally immutable Citation."""
    from cchc.legal.citations.models import citation_new

    values = dict(
        span=(0, 5),
        text="x",
        doc_type="Nghị định",
        number="1",
        year=2020,
        symbol="NĐ-CP",
        key="1/2020/NĐ-CP",
        kind="normative",
        issued=datetime.date(2020, 1, 2),
        issuer="Chính phủ",
        subject=None,
        pinpoint=None,
        agency="Chính phủ",
        full_span=(0, 9),
        relation="amends",
        relation_by="2/2021/NĐ-CP",
    )
    fast = citation_new(*values.values())
    assert fast == Citation(**values) and hash(fast) == hash(Citation(**values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.key = "y"  # type: ignore[misc]
