"""The extractor pauses the cycle collector while it runs: safe only because it makes no
reference cycles (a collection after it finds nothing), and it must hand the collector back
as it found it, also when it fails."""

from __future__ import annotations

import gc
import importlib
from pathlib import Path

import pytest

from cchc.legal.citations import extract
from cchc.legal.citations.evaluate import load

REAL = Path(__file__).parent / "data" / "real"


def _texts() -> list[str]:
    rows = load(sorted(REAL.glob("*.jsonl")))
    real = "\n\n".join(r["text"] for r in rows)
    return [
        real,  # every shape of the real evaluation set: pinpoints, relations, lists, dates
        real.replace("/", "&#x2F;"),  # the entity-decoding path (offset map)
        real.replace("ệ", "e\u0323\u0302"),  # decomposed marks: the NFC path
        "Nghị định số 1/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 2/2021/NĐ-CP. " * 200,
    ]


@pytest.mark.parametrize("i", range(4))
def test_extraction_makes_no_reference_cycles(i):
    text = _texts()[i]
    gc.collect()
    gc.disable()
    try:
        found = extract(text)
        assert found  # the text was really read
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert unreachable == 0


def test_collector_is_paused_during_extraction_and_restored(monkeypatch):
    seen = []
    module = importlib.import_module("cchc.legal.citations.extract")  # the package hides it
    real = module._extract_text

    def spy(text):
        seen.append(gc.isenabled())
        return real(text)

    monkeypatch.setattr(module, "_extract_text", spy)
    assert gc.isenabled()
    assert extract("Quyết định số 12/QĐ-UBND")
    assert seen == [False]
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off():
    gc.disable()
    try:
        extract("Quyết định số 12/QĐ-UBND")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_restored_when_extraction_fails():
    assert gc.isenabled()
    with pytest.raises(TypeError):
        extract(b"12/QD-UBND")  # bytes: plain() refuses them
    assert gc.isenabled()
