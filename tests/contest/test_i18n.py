"""The contest's English catalogue: every Vietnamese string translated, nothing fuzzy, the
compiled .mo in step with the .po."""

import gettext
import re
from pathlib import Path

from django.utils import translation

from cchc.contest.choices import EntryStatus

PO = Path(__file__).resolve().parents[2] / "cchc/contest/locale/en/LC_MESSAGES/django.po"


def _entries():
    text = PO.read_text(encoding="utf-8")
    return re.findall(
        r'^msgid "(.*)"\n((?:".*"\n)*)(?:msgid_plural .*\n)?msgstr(?:\[0\])? "(.*)"\n((?:".*"\n)*)',
        text,
        re.M,
    )


def test_every_string_translated_and_not_fuzzy():
    entries = [e for e in _entries() if e[0] or e[1]]
    assert len(entries) > 250
    untranslated = [e[0] or e[1] for e in entries if not (e[2] or e[3])]
    assert untranslated == []
    assert "#, fuzzy" not in PO.read_text(encoding="utf-8")


def test_compiled_catalogue_matches():
    with PO.with_suffix(".mo").open("rb") as fh:
        catalogue = gettext.GNUTranslations(fh)
    assert catalogue.gettext("Bài dự thi của tôi") == "My entries"


def test_english_labels_at_run_time():
    with translation.override("en"):
        assert str(EntryStatus.SCORED.label) == "Scored"
    with translation.override("vi"):
        assert str(EntryStatus.SCORED.label) == "Đã chấm xong"
