"""CLI: ``python -m cchc.legal.citations FILE|-`` prints one JSON object per citation per line."""

from __future__ import annotations

import json
import sys

from .extract import extract


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit status (0 ok, 2 unreadable input or bad usage)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m cchc.legal.citations FILE|-", file=sys.stderr)
        return 2
    path = args[0]
    try:
        if path == "-":
            text = sys.stdin.buffer.read().decode("utf-8")
        else:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    out = sys.stdout
    for c in extract(text):
        out.write(json.dumps(c.to_json(), ensure_ascii=False) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
