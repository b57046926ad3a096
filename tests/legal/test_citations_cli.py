"""``python -m cchc.legal.citations FILE|-``."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cchc.legal.citations", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(
        "Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát TTHC; Chỉ thị số 40-CT/TU.",
        encoding="utf-8",
    )
    r = run(str(f))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert "NĐ-CP" in lines[0]  # ensure_ascii=False
    assert first["key"] == "63/2010/NĐ-CP"
    assert first["issued"] == "2010-06-08"
    assert first["issuer"] == "Chính phủ"
    assert first["subject"] == "kiểm soát TTHC"
    assert first["kind"] == "normative"
    assert first["start"] == 0 and first["end"] == len("Nghị định số 63/2010/NĐ-CP")
    for k in (
        "key",
        "doc_type",
        "year",
        "symbol",
        "issued",
        "issuer",
        "subject",
        "start",
        "end",
        "kind",
        "pinpoint",
    ):
        assert k in first


def test_stdin():
    r = run("-", stdin="Kế hoạch số 15/KH-UBND ngày 21/01/2021")
    assert r.returncode == 0
    assert json.loads(r.stdout)["issued"] == "2021-01-21"


def test_empty_output():
    r = run("-", stdin="không có trích dẫn nào")
    assert (r.returncode, r.stdout) == (0, "")


def test_unreadable_file(tmp_path):
    r = run(str(tmp_path / "missing.txt"))
    assert r.returncode == 2
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1


def test_not_utf8(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"\xff\xfe\x00bad")
    r = run(str(f))
    assert r.returncode == 2


def test_usage():
    assert run().returncode == 2
