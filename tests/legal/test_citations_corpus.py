"""Precision and recall against the labelled corpus: >= 0.99 overall and per shape."""

import importlib.util
import json
from pathlib import Path

import pytest

from cchc.legal.citations.evaluate import evaluate, load, table

DATA = Path(__file__).with_name("data")
CORPUS = DATA / "citations_corpus.jsonl"


@pytest.fixture(scope="module")
def rows():
    return load([CORPUS])


def test_corpus_size(rows):
    refs = sum(len(r["expected"]) for r in rows)
    negatives = [r for r in rows if not r["expected"]]
    assert refs >= 400
    assert len(negatives) >= 50
    assert len({r["shape"] for r in rows}) >= 10


def test_precision_recall(rows):
    scores = evaluate(rows)
    print(table(scores))
    for shape, s in scores.items():
        assert s.precision >= 0.99, (shape, s.errors[:5])
        assert s.recall >= 0.99, (shape, s.errors[:5])


def test_corpus_matches_generator(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("make_corpus", DATA / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "c.jsonl"
    monkeypatch.setattr(mod, "OUT", out)
    mod.main()
    assert out.read_text(encoding="utf-8") == CORPUS.read_text(encoding="utf-8")


def test_corpus_lines_are_well_formed(rows):
    for r in rows:
        assert set(r) == {"shape", "text", "expected"}
        for e in r["expected"]:
            assert "key" in e
            json.dumps(e)
