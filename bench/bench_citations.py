"""Benchmark the legal-reference extractor on a generated mixed Vietnamese corpus.

Run: ``.venv/bin/python bench/bench_citations.py [--sizes 5,20,50]``. Prints MB/s (UTF-8
megabytes of input per second, one core) and citations/s at each size, to show linearity:
by wall clock, and by the process's CPU time (``cpu MB/s``), which is what to compare on a
shared, loaded machine. The corpus mixes clean references with text after HTML/PDF extraction
(glued words, spaced dashes, lower case) and sentences with relation verbs; it is dense
(about 2,100 references per MB, like a provincial plan's "Căn cứ" pages).

``--django`` loads the project first, so that the figures are taken in a heap the size of a
server's. ``--documents DIR`` measures real documents instead: every ``.md``/``.txt``/``.html``
file under DIR, each extracted as one text (as the library does on import), e.g. the codified
law of ``diepxuan/diepxuan.github.io`` (``van-ban/``: 569 files, 148 MB, about 590 references per
MB, much of it copied from the web with decomposed diacritics)::

    git clone https://github.com/diepxuan/diepxuan.github.io /tmp/phapdien
    .venv/bin/python bench/bench_citations.py --documents /tmp/phapdien/van-ban
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cchc.legal.citations import extract  # noqa: E402

PROSE = (
    "cải cách hành chính nhà nước tỉnh Hậu Giang năm cơ quan đơn vị cán bộ công chức viên chức "
    "nhân dân doanh nghiệp thủ tục hồ sơ tiếp nhận giải quyết trả kết quả trực tuyến dịch vụ công "
    "mức độ một cửa liên thông tuyên truyền phổ biến chỉ đạo điều hành thực hiện nhiệm vụ giải pháp "
    "nâng cao chất lượng hiệu quả phục vụ người dân chỉ số hài lòng đánh giá kiểm tra giám sát "
    "chuyển đổi số chính quyền điện tử đô thị thông minh cổng thông tin hệ thống phần mềm dữ liệu "
    "trên địa bàn huyện xã phường thị trấn Sở Nội vụ Ủy ban nhân dân Chủ tịch phó giám đốc trưởng "
    "phòng ban ngành đoàn thể và của cho với trong theo đến từ được đã đang sẽ các những một này đó"
)
WORDS = PROSE.split(" ")

CITES = [
    "Nghị định số {n}/{y}/NĐ-CP ngày {d} tháng {m} năm {y} của Chính phủ về {s}",
    "Quyết định số {n}/QĐ-UBND ngày {d}/{m}/{y} của Ủy ban nhân dân tỉnh Hậu Giang về việc {s}",
    "Kế hoạch số {n}/KH-UBND ngày {d} tháng {m} năm {y} của UBND tỉnh",
    "Thông tư {n}/{y}/TT-BNV hướng dẫn {s}",
    "Công văn số {n}/UBND-NC ngày {d}-{m}-{y}",
    "Nghị quyết số {n}-NQ/TU ngày {d} tháng {m} năm {y} của Tỉnh ủy về {s}",
    "Luật số {n}/{y}/QH14",
    "khoản 2 Điều {m} Nghị định số {n}/{y}/NĐ-CP",
    "các Quyết định số {n}/QĐ-TTg, {m}/QĐ-TTg và {d}/QĐ-TTg",
    "Nghị định số{n}/{y}/NĐ-CPngày {d} tháng {m} năm {y}",
    "Kết luận số {n} - KL/TW của Bộ Chính trị",
    "Tờ trình số {n}/TTr -\nSNN&PTNT ngày {d}/{m}/{y}",
    "theo kế hoạch số {n}/kh-ubnd",
    "Quyết định này thay thế Quyết định số {n}/QĐ-UBND ngày {d}/{m}/{y} của UBND tỉnh",
    "Căn cứ Thông tư số {n}/{y}/TT-BNV hướng dẫn thi hành Nghị định số {m}/{y}/NĐ-CP",
]
DISTRACTORS = [
    "ngày {d}/{m}/{y}",
    "điện thoại 0293.3870.{n}",
    "đạt {d}/{m} chỉ tiêu",
    "tỷ lệ {d},5%",
    "mục {d}.{m}.{n}",
    "https://haugiang.gov.vn/tin-tuc/{n}/{y}",
    "phục vụ 24/7",
    "COVID-19",
    "từ tháng {m}/{y} đến tháng {d}/{y}",
]


def _fill(rng: random.Random, tpl: str) -> str:
    return tpl.format(
        n=rng.randint(1, 2999),
        y=rng.randint(2005, 2025),
        d=rng.randint(1, 28),
        m=rng.randint(1, 12),
        s=" ".join(rng.choices(WORDS, k=rng.randint(3, 9))),
    )


def make_paragraphs(rng: random.Random, count: int = 4000) -> list[str]:
    """Realistic-looking paragraphs: prose with embedded references and distractors."""
    paras = []
    for _ in range(count):
        parts: list[str] = []
        for _ in range(rng.randint(2, 6)):
            sent = rng.choices(WORDS, k=rng.randint(8, 30))
            r = rng.random()
            if r < 0.25:
                sent.insert(rng.randrange(len(sent)), _fill(rng, rng.choice(CITES)))
            elif r < 0.55:
                sent.insert(rng.randrange(len(sent)), _fill(rng, rng.choice(DISTRACTORS)))
            s = " ".join(sent)
            parts.append(s[0].upper() + s[1:] + ".")
        paras.append(" ".join(parts))
    return paras


def make_corpus(size_mb: float, seed: int = 30) -> str:
    """A corpus of at least ``size_mb`` UTF-8 megabytes, built deterministically."""
    rng = random.Random(seed)
    paras = make_paragraphs(rng)
    target = int(size_mb * 1_000_000)
    out: list[str] = []
    n = 0
    while n < target:
        p = rng.choice(paras)
        out.append(p)
        n += len(p.encode("utf-8")) + 2
    return "\n\n".join(out)


def run(size_mb: float, repeat: int = 2) -> tuple[float, float, float, int]:
    """Return (MB, best wall seconds, best CPU seconds, citations) for one size."""
    text = make_corpus(size_mb)
    mb = len(text.encode("utf-8")) / 1_000_000
    best = best_cpu = float("inf")
    n = 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        n = len(extract(text))
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return mb, best, best_cpu, n


def documents(root: Path) -> int:
    """Extract every document under ``root`` once; print MB, references and MB/s."""
    files = sorted(
        p for p in root.rglob("*") if p.suffix in (".md", ".txt", ".html") and p.is_file()
    )
    if not files:
        print(f"no .md, .txt or .html file under {root}")
        return 1
    mb = cpu = wall = 0.0
    refs = 0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        t0, c0 = time.perf_counter(), time.process_time()
        refs += len(extract(text))
        wall += time.perf_counter() - t0
        cpu += time.process_time() - c0
        mb += len(text.encode("utf-8")) / 1_000_000
    print(
        f"{len(files)} documents, {mb:.1f} MB, {refs} references ({refs / mb:.0f} per MB): "
        f"{mb / wall:.1f} MB/s wall, {mb / cpu:.1f} MB/s CPU (target >= 20 MB/s)"
    )
    return 0


def _load_django() -> None:
    """Set Django up with the project's apps and URLs, as a server or task worker has them."""
    import gc
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cchc.settings.dev")
    import django
    from django.urls import resolve

    django.setup()
    resolve("/")  # imports every app's URLs and views
    print(f"Django loaded: {len(gc.get_objects()):,} objects tracked by the collector")


def main() -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="5,20,50", help="comma-separated sizes in MB")
    ap.add_argument("--repeat", type=int, default=2, help="runs per size (best is reported)")
    ap.add_argument("--documents", type=Path, help="measure the real documents under this folder")
    ap.add_argument(
        "--django",
        action="store_true",
        help="load the project's Django apps first, to measure in a server-sized heap",
    )
    args = ap.parse_args()
    if args.django:
        _load_django()
    if args.documents is not None:
        return documents(args.documents)
    warm = make_corpus(2)
    extract(warm)  # warm-up: allocator, caches
    dens = len(extract(warm)) / (len(warm.encode("utf-8")) / 1_000_000)
    print(
        f"corpus: Vietnamese prose, {dens:.0f} citations/MB plus distractors (dates, phones, URLs)"
    )
    print(
        f"{'size MB':>8} {'seconds':>8} {'citations':>10} {'MB/s':>7} {'cpu MB/s':>9} {'cit/s':>9}"
    )
    rates = []
    cpu_rates = []
    for s in (float(x) for x in args.sizes.split(",")):
        mb, dt, cpu, n = run(s, args.repeat)
        rates.append(mb / dt)
        cpu_rates.append(mb / cpu)
        print(f"{mb:8.1f} {dt:8.2f} {n:10d} {mb / dt:7.1f} {mb / cpu:9.1f} {n / dt:9.0f}")
    print(
        f"min {min(rates):.1f} MB/s, max {max(rates):.1f} MB/s wall; "
        f"min {min(cpu_rates):.1f}, max {max(cpu_rates):.1f} MB/s CPU (target >= 20 MB/s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
