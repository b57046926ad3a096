"""Bad input stays bounded: time grows linearly with size (no timing thresholds).

Each input is run at size n and 4n; a linear extractor takes about 4x as long, a quadratic one
16x. The check allows 12x (CPU time, best of three with the garbage collector off, small runs floored), so machine load does
not make it flaky. Sizes go up to a few MB without a newline.
"""

import gc
import random
import time

import pytest

from cchc.legal.citations import extract

BASE = 100_000  # characters at size n


def _binary(n: int) -> str:
    rng = random.Random(7)
    return rng.randbytes(n).decode("latin-1")


def _repeat(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


CASES = {
    "binary": _binary,
    "dashes": _repeat("-"),
    "slashes": _repeat("/"),
    "dashes and slashes": _repeat("-/ /- //--"),
    "1 - 1 - 1": _repeat("1 - "),
    "a/a/a": _repeat("a/"),
    "A-A-A after a slash": lambda n: "1/" + _repeat("A-")(n),
    "spaced dashes in symbols": _repeat("12/QĐ - UBND - "),
    "numbers and spaced dashes": _repeat("12 - KL - 12 - "),
    "glued codes": _repeat("số12/QĐ-UBNDUBNDUBND"),
    "ampersands": _repeat("1/A&B&C&D&"),
    "dashes-only years": _repeat("1-2020-TT-"),
    "pinpoint lists": _repeat("điểm a, b, c, d khoản 1, 2, 3 Điều 4, 5 "),
    "relation verbs": _repeat("thay thế các Quyết định số "),
    "relation lists": _repeat("Quyết định số 1/QĐ-UBND, "),
    "expiry phrases": _repeat("Quyết định số 1/QĐ-UBND hết hiệu lực "),
    # a failed passive after a long run of verbs: exponential per sentence before the verb run
    # was made atomic (18 pairs took 0.2 s a sentence)
    "passive verb runs": _repeat(
        "Nghị định số 1/2020/NĐ-CP, được "
        + "sửa đổi, bổ sung, " * 18
        + "x Nghị định số 2/2020/NĐ-CP "
    ),
    "citations without newline": _repeat(
        "Quyết định số 12/QĐ-UBND ngày 1/2/2021 của UBND tỉnh thay thế Kế hoạch số 3/KH-UBND; "
    ),
}


def _cpu(text: str) -> float:
    # The garbage collector is off while timing: in a test process that has already built a
    # large heap, full collections triggered by the extractor's allocations cost time
    # proportional to that heap, not to the input, and made a linear case look quadratic.
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            t0 = time.process_time()
            extract(text)
            best = min(best, time.process_time() - t0)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("name", list(CASES))
def test_linear_in_size(name):
    make = CASES[name]
    small = _cpu(make(BASE))
    large = _cpu(make(4 * BASE))
    # 4× the input: linear ≈ 4×, quadratic ≈ 16×; 12 leaves room for a loaded machine's noise
    assert large / max(small, 0.02) < 12, (name, small, large)


def test_a_few_megabytes_without_newline():
    text = _repeat("Quyết định số 12/QĐ-UBND ngày 1/2/2021 của UBND tỉnh về việc A ")(2_000_000)
    assert "\n" not in text
    cites = extract(text)
    assert len(cites) > 25_000
