"""cchc.core.cleaning: control characters out, tabs and newlines kept (pure)."""

import xml.etree.ElementTree as ET

import pytest

from cchc.core.cleaning import clean_text, has_nul, xml_safe

CONTROLS = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + [
    "\x7f",
    "\ufffe",
    "\uffff",
    "\ud800",
]


@pytest.mark.parametrize("char", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_every_xml_forbidden_character_is_removed(char):
    """Each control character is gone, and the result is a valid XML text node."""
    cleaned = clean_text(f"Tiêu đề{char}bài viết")
    assert char not in cleaned
    root = ET.fromstring(f"<t>{xml_safe(f'a{char}b')}</t>".encode("utf-8", "surrogatepass"))
    assert root.text.startswith("a") and root.text.endswith("b")


def test_tabs_newlines_kept_and_word_line_breaks_become_newlines():
    assert clean_text("a\tb\nc\r\nd") == "a\tb\nc\r\nd"
    assert clean_text("Dòng một\x0bDòng hai\x0cTrang") == "Dòng một\nDòng hai\nTrang"


def test_clean_text_leaves_ordinary_text_alone():
    text = "Cải cách hành chính – “một cửa” 😀"
    assert clean_text(text) is text and xml_safe(None) == "" and xml_safe(5) == "5"
    assert has_nul("a\x00") and not has_nul("a")
