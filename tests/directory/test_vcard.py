"""vCard builder (pure): escaping, folding, CRLF, Vietnamese names."""

from cchc.directory.vcard import build_vcard, escape, fold_line, split_vietnamese_name


def test_escape_special_characters():
    """Backslash, comma, semicolon and new lines are escaped as RFC 2426 requires."""
    assert escape("a\\b,c;d\ne") == "a\\\\b\\,c\\;d\\ne"


def test_fold_line_keeps_utf8_characters_whole_and_lines_short():
    """Lines fold at 75 octets, continuation lines start with a space, no character is cut."""
    line = "ADR;TYPE=WORK:;;" + "Đường Nguyễn Thị Minh Khai, phường Bến Nghé, " * 4
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0]] + [p[1:] for p in parts[1:]]) == line


def test_split_vietnamese_name():
    """Family name first, given name last, the rest are middle names."""
    assert split_vietnamese_name("Nguyễn Văn An") == ("Nguyễn", "An", "Văn")
    assert split_vietnamese_name("Trần Thị Thu Hà") == ("Trần", "Hà", "Thị Thu")
    assert split_vietnamese_name("An") == ("", "An", "")


def test_build_vcard_shape():
    """A vCard 3.0 with CRLF line ends and only the fields given."""
    card = build_vcard(
        full_name="Lê Minh Châu",
        title="Phó Giám đốc, phụ trách",
        org="Sở Y tế",
        work_phone="+842005550101",
        email="chau@example.gov.vn",
    )
    lines = card.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:3.0"
    assert lines[-2] == "END:VCARD" and lines[-1] == ""
    assert "N:Lê;Châu;Minh;;" in lines
    assert "TITLE:Phó Giám đốc\\, phụ trách" in lines
    assert "TEL;TYPE=WORK,VOICE:+842005550101" in lines
    assert not any(line.startswith("TEL;TYPE=CELL") for line in lines)
