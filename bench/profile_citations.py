"""Where the legal-reference extractor spends its time, and a dump of everything it returns.

Three modes, all on the bench corpus of ``bench_citations.py`` (fixed seed):

- ``run`` (default): extract the ``--mb`` MB corpus once. This is the fixed script to count
  instructions with valgrind, the figure that does not move with the load of a shared machine::

      valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \\
          .venv/bin/python bench/profile_citations.py run --mb 5

  The same with ``corpus`` instead of ``run`` builds the corpus and stops: the difference of
  the two totals is the extraction's count.
- ``profile``: cProfile of one extraction, top ``--top`` functions by ``--sort``.
- ``dump DIR``: every field of every citation, as JSON lines, for the bench corpus (seeds 30
  and 7), every passage of ``tests/legal/data/real/*.jsonl`` and of the hand-written corpus,
  and the evaluate CLI's output on each real-text file. Dump before and after a change and
  ``diff -r`` the two folders: a speed change must leave them byte-identical.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import dataclasses
import io
import json
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_citations import make_corpus  # noqa: E402

from cchc.legal.citations import Citation, extract  # noqa: E402
from cchc.legal.citations import evaluate as ev  # noqa: E402

DATA = ROOT / "tests" / "legal" / "data"


def _row(c: Citation) -> str:
    d = dataclasses.asdict(c)
    d["issued"] = c.issued.isoformat() if c.issued else None
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def _dump_text(text: str) -> list[str]:
    return [_row(c) for c in extract(text)]


def dump(out: Path) -> None:
    """Write the extractor's full output on every fixed input to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for seed in (30, 7):
        lines = _dump_text(make_corpus(5, seed=seed))
        (out / f"bench-seed{seed}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = sorted((DATA / "real").glob("*.jsonl")) + [DATA / "citations_corpus.jsonl"]
    for path in files:
        lines = []
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if raw.strip():
                lines.append(f"# {n}")
                lines += _dump_text(json.loads(raw)["text"])
        name = f"{path.parent.name}-{path.stem}.jsonl"
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    for path in sorted((DATA / "real").glob("*.jsonl")):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            ev.main(["-v", str(path)])
        (out / f"evaluate-{path.stem}.txt").write_text(buf.getvalue(), encoding="utf-8")


def main() -> int:
    """Run one mode (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("mode", nargs="?", default="run", choices=["run", "corpus", "profile", "dump"])
    ap.add_argument("dir", nargs="?", help="output folder of dump")
    ap.add_argument("--mb", type=float, default=5, help="size of the bench corpus")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--sort", default="tottime")
    args = ap.parse_args()
    if args.mode == "dump":
        if not args.dir:
            ap.error("dump needs an output folder")
        dump(Path(args.dir))
        return 0
    text = make_corpus(args.mb)
    if args.mode == "corpus":
        print(len(text), "characters")
        return 0
    if args.mode == "run":
        print(len(extract(text)), "citations")
        return 0
    prof = cProfile.Profile()
    prof.enable()
    n = len(extract(text))
    prof.disable()
    print(n, "citations")
    pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
