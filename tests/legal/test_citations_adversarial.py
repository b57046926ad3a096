"""Adversarial inputs must finish in roughly linear time (loose bounds, no tight timings)."""

import time
import tracemalloc

import pytest

from cchc.legal.citations import extract

LIMIT = 30.0  # seconds; generous on purpose


def timed(text: str) -> tuple[int, float]:
    t0 = time.perf_counter()
    n = len(extract(text))
    return n, time.perf_counter() - t0


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "/" * 100_000,
        "1/" * 50_000,
        ("12345/" * 20_000),
        "1/A" * 30_000,
        "1/" + "A-" * 50_000,
        "1-" * 50_000 + "/TU",
        "Nghị định số " * 20_000,
        "của " * 50_000,
        "Quyết định số 1/QĐ-UBND" + " " * 200_000 + "x",
        "Quyết định số 1/QĐ-UBND về " + "a " * 100_000,
        ("1/QĐ-UBND của UBND" + " " * 119) * 5_000,
        ("1/QĐ-UBND" + " ," * 30) * 10_000,
        "Điều 1 khoản 2 điểm a " * 10_000 + "Nghị định 1/2020/NĐ-CP",
        "ngày 1/1/2020 " * 20_000,
        "\u00a0" * 100_000 + "1/NQ-CP",
    ],
    ids=lambda t: f"{t[:12]!r}x{len(t)}",
)
def test_pathological(text):
    _, dt = timed(text)
    assert dt < LIMIT


def test_ten_megabytes_of_slashes():
    text = "1/" * 5_000_000  # 10 MB, no newline
    n, dt = timed(text)
    assert n == 0
    assert dt < LIMIT


def test_many_citations_without_newlines():
    text = "Quyết định số 12/QĐ-UBND ngày 1/2/2021 của UBND tỉnh về việc A; " * 20_000
    n, dt = timed(text)
    assert n == 20_000
    assert dt < LIMIT


@pytest.mark.parametrize(
    "unit",
    ["1/A&B&C&D&", "1/A", "12345/A ", "số 1-CP ", "1-2020-TT ", "-/ /- //--"],
)
def test_memory_does_not_grow_with_the_hits(unit):
    # A hit every few characters and no reference: memory stays a small multiple of the text
    # (holding every hit's match object first took ~25 bytes per character: 1.2 GB for 50 MB).
    # Texts full of references hold their results, about 1 KB each.
    text = (unit * (400_000 // len(unit) + 1))[:400_000]
    tracemalloc.start()
    try:
        found = extract(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found == []
    assert peak < 4 * len(text.encode("utf-8")), peak
