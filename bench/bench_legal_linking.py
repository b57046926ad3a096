"""Benchmark of the HTML linker (cchc/legal/linker.py): rich-text HTML in, links out.

Prints MB/s for ``references_in_html`` (publish-time extraction) and ``link_references``
(render-time wrapping) on generated article bodies, plus the seed article's render cost.
Standalone: ``python bench/bench_legal_linking.py [MB]``.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cchc.legal.linker import link_references, references_in_html  # noqa: E402

PARAS = [
    "Thực hiện Nghị quyết số {n}/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ về ban hành "
    "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
    "Căn cứ <b>Nghị định</b> số {n}/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát "
    "thủ tục hành chính và <a href='/x'>Quyết định số {n}/QĐ-TTg</a>.",
    "Tổng đài 0293 3870 123, tỉ lệ đạt 98,5%, ngày 29/06/2006, mục 2.3/4 của báo cáo.",
    "Kế hoạch số {n}/KH-UBND ngày 21 tháng 01 năm 2021 của UBND tỉnh về công tác theo dõi "
    "tình hình thi hành pháp luật; Chỉ thị số {n}-CT/TU của Tỉnh ủy.",
]


def body(rng: random.Random, size: int) -> str:
    parts, total = [], 0
    while total < size:
        p = rng.choice(PARAS).format(n=rng.randint(1, 2000))
        tag = rng.choice(["p", "li"])
        chunk = f"<{tag}>{p}</{tag}>" if tag == "p" else f"<ul><li>{p}</li></ul>"
        parts.append(chunk)
        total += len(chunk.encode())
    return "".join(parts)


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    rng = random.Random(3)
    docs = [body(rng, 20_000) for _ in range(max(1, int(mb * 1024 * 1024 / 20_000)))]
    size = sum(len(d.encode()) for d in docs) / 1024 / 1024

    def resolve(citations):
        return {c.key: "/van-ban/x/" for c in citations}

    for name, fn in (
        ("references_in_html", references_in_html),
        ("link_references", lambda d: link_references(d, resolve)),
    ):
        fn(docs[0])
        start = time.perf_counter()
        found = sum(len(fn(d)) for d in docs)
        elapsed = time.perf_counter() - start
        print(
            f"{name:20} {size:6.1f} MB in {elapsed:6.2f} s = {size / elapsed:6.2f} MB/s "
            f"({len(docs)} bodies of ~20 KB, {elapsed / len(docs) * 1000:.2f} ms each; {found})"
        )


if __name__ == "__main__":
    main()
