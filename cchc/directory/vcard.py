"""vCard 3.0 (RFC 2426) for one person. Pure Python.

UTF-8, CRLF line ends, text values escaped (``\\``, ``,``, ``;``, new lines) and lines
folded at 75 octets without splitting a multi-byte character.
"""

from __future__ import annotations

__all__ = ["escape", "fold_line", "build_vcard", "split_vietnamese_name"]


def escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold_line(line: str, limit: int = 75) -> str:
    """Fold one content line: continuation lines start with a space (RFC 2425 §5.8.1)."""
    parts: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        budget = limit if not parts else limit - 1
        if size + width > budget:
            parts.append(current)
            current, size = "", 0
        current += ch
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def split_vietnamese_name(full_name: str) -> tuple[str, str, str]:
    """(family, given, middle): "Nguyễn Văn An" → ("Nguyễn", "An", "Văn")."""
    words = full_name.split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", words[0], ""
    return words[0], words[-1], " ".join(words[1:-1])


def build_vcard(
    *,
    full_name: str,
    title: str = "",
    org: str = "",
    work_phone: str = "",
    cell_phone: str = "",
    email: str = "",
    address: str = "",
    url: str = "",
) -> str:
    family, given, middle = split_vietnamese_name(full_name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{escape(family)};{escape(given)};{escape(middle)};;",
        f"FN:{escape(full_name)}",
    ]
    if org:
        lines.append(f"ORG:{escape(org)}")
    if title:
        lines.append(f"TITLE:{escape(title)}")
    if work_phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{work_phone}")
    if cell_phone:
        lines.append(f"TEL;TYPE=CELL,VOICE:{cell_phone}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{escape(email)}")
    if address:
        lines.append(f"ADR;TYPE=WORK:;;{escape(address)};;;;")
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)
