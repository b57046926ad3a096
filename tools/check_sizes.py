"""Size limits of issue 14, checked in `make lint` and CI.

- A module of cchc/ over MODULE_LINES lines says why at its top: a line in its first
  30 lines containing "Why over 500 lines:" (or it becomes a package).
- A function over FUNCTION_LINES lines is split, except in demo loaders (demo.py,
  demo/ packages) and migrations.

Known offenders when the check arrived are listed in tools/check_sizes_known.txt (a
ratchet: delete a line when it is fixed; anything not listed fails). Prints every
offender; exits 1 if any is not known. ``--write-known`` rewrites the list.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULE_LINES = 500
FUNCTION_LINES = 60
MARKER = "why over 500 lines:"
KNOWN = ROOT / "tools" / "check_sizes_known.txt"


def _skipped(path: Path) -> bool:
    parts = path.relative_to(ROOT).parts
    return "migrations" in parts


def _demo(path: Path) -> bool:
    parts = path.relative_to(ROOT).parts
    return path.name == "demo.py" or "demo" in parts[:-1]


def offenders() -> list[str]:
    found = []
    for path in sorted((ROOT / "cchc").rglob("*.py")):
        if _skipped(path):
            continue
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        head = "\n".join(lines[:30]).lower()
        if len(lines) > MODULE_LINES and MARKER not in head:
            found.append(f"{rel}: module of {len(lines)} lines")
        if _demo(path):
            continue
        for node in ast.walk(ast.parse(text, filename=rel)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > FUNCTION_LINES:
                    found.append(f"{rel}: {node.name}() of {length} lines")
    return found


def _key(line: str) -> str:
    """The offender without its size (sizes move; the name is what is known)."""
    return line.rsplit(" of ", 1)[0]


def main(argv: list[str]) -> int:
    found = offenders()
    if "--write-known" in argv:
        KNOWN.write_text("".join(f"{_key(line)}\n" for line in found), encoding="utf-8")
        print(f"{len(found)} known offenders written to {KNOWN.relative_to(ROOT)}")
        return 0
    known = set(KNOWN.read_text(encoding="utf-8").split("\n")) if KNOWN.exists() else set()
    new = [line for line in found if _key(line) not in known]
    for line in new:
        print(f"too long: {line}")
    gone = known - {_key(line) for line in found} - {""}
    for line in sorted(gone):
        print(f"fixed, remove from {KNOWN.name}: {line}")
    print(
        f"sizes: {len(found)} over the limits ({len(found) - len(new)} known), "
        f"{len(new)} new, {len(gone)} fixed"
    )
    return 1 if new or gone else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
