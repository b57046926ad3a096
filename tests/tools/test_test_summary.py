"""`make test`'s closing summary, read from pytest's own JUnit XML."""

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("test_summary", ROOT / "tools" / "test_summary.py")
test_summary = importlib.util.module_from_spec(spec)
spec.loader.exec_module(test_summary)


def run_pytest(tmp_path, source: str) -> Path:
    (tmp_path / "test_sample.py").write_text(source, encoding="utf-8")
    xml = tmp_path / "unit.xml"
    subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:django",
            "-p",
            "no:xdist",
            str(tmp_path / "test_sample.py"),
            f"--junitxml={xml}",
        ],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    return xml


SAMPLE = """
import pytest

def test_ok():
    assert True

def test_bad():
    assert False

@pytest.mark.skip(reason="Chromium not found")
def test_skip_a():
    pass

@pytest.mark.skip(reason="Chromium not found")
def test_skip_b():
    pass

@pytest.mark.skip(reason="REDIS_URL is not set")
def test_skip_c():
    pass

def test_left_out(record_property):
    record_property("skipped_check", "accessibility checks left out: no axe-core")
"""


def test_summary_counts_outcomes_reasons_and_left_out_checks(tmp_path):
    lines = test_summary.summarise(run_pytest(tmp_path, SAMPLE))
    assert lines[0] == "Unit and integration tests: 2 passed, 1 failed, 3 skipped"
    assert "  skipped 2× — Chromium not found" in lines
    assert "  skipped 1× — REDIS_URL is not set" in lines
    assert "  check left out in 1 test(s) — accessibility checks left out: no axe-core" in lines


def test_summary_reports_a_run_that_left_no_file(tmp_path):
    lines = test_summary.summarise(tmp_path / "browser.xml")
    assert lines == [
        f"Browser tests: no result file ({tmp_path / 'browser.xml'}); the run did not finish"
    ]
