"""Plain text out of a document's PDF or Word (.docx) file, bounded (no Django).

Every failure is a :class:`TextFileError` with a ``code`` the service turns into a message for
the librarian; nothing here lets a malformed or hostile file crash the caller or eat the
machine (size, page, character and unzipped-size limits).
"""

from __future__ import annotations

import io
import re
import zipfile

from cchc.core.text import nfc

__all__ = ["LIMITS", "TextFileError", "extract_text", "reflow"]

LIMITS = {
    "bytes": 20 * 1024 * 1024,  # the uploaded file
    "pages": 300,  # PDF pages read
    "chars": 1_000_000,  # text kept
    "unzipped": 60 * 1024 * 1024,  # a .docx's parts, uncompressed
}


class TextFileError(Exception):
    """``code``: too_big, unsupported, encrypted, unreadable, no_text."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def extract_text(data: bytes, extension: str) -> tuple[str, bool]:
    """``(text, truncated)``: the file's text, paragraphs separated by blank lines, NFC.
    ``truncated`` is true when a page or character limit cut it."""
    ext = (extension or "").lower().lstrip(".")
    if len(data) > LIMITS["bytes"]:
        raise TextFileError("too_big")
    if ext == "pdf":
        text, truncated = _pdf_text(data)
    elif ext == "docx":
        text, truncated = _docx_text(data)
    else:
        raise TextFileError("unsupported", ext)
    text = nfc(text).strip()
    if not text:
        raise TextFileError("no_text")
    if len(text) > LIMITS["chars"]:
        text, truncated = text[: LIMITS["chars"]], True
    return text, truncated


def _pdf_text(data: bytes) -> tuple[str, bool]:
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise TextFileError("encrypted")
        pages = reader.pages
        count = len(pages)
        texts = []
        size = 0
        for i in range(min(count, LIMITS["pages"])):
            page_text = pages[i].extract_text() or ""
            texts.append(reflow(page_text))
            size += len(page_text)
            if size > LIMITS["chars"]:
                return "\n\n".join(texts), True
    except TextFileError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise TextFileError("unreadable", str(exc)[:200]) from exc
    except Exception as exc:  # pypdf raises a wide range on broken files: report, never crash
        raise TextFileError("unreadable", type(exc).__name__) from exc
    return "\n\n".join(t for t in texts if t), count > LIMITS["pages"]


def _docx_text(data: bytes) -> tuple[str, bool]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > LIMITS["unzipped"]:
                raise TextFileError("too_big")
    except zipfile.BadZipFile as exc:
        raise TextFileError("unreadable", "zip") from exc
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs: list[str] = []
        size = 0
        for block in document.iter_inner_content():
            if hasattr(block, "rows"):  # a table: one paragraph per row, cells by " | "
                for row in block.rows:
                    cells = []
                    for cell in row.cells:
                        value = " ".join(cell.text.split())
                        if value and (not cells or cells[-1] != value):
                            cells.append(value)
                    if cells:
                        paragraphs.append(" | ".join(cells))
            else:
                value = " ".join(block.text.split())
                if value:
                    paragraphs.append(value)
            size += len(paragraphs[-1]) if paragraphs else 0
            if size > LIMITS["chars"]:
                return "\n\n".join(paragraphs), True
    except TextFileError:
        raise
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise TextFileError("unreadable", str(exc)[:200]) from exc
    except Exception as exc:  # lxml and python-docx errors on broken files
        raise TextFileError("unreadable", type(exc).__name__) from exc
    return "\n\n".join(paragraphs), False


# A line that starts a new paragraph in a legal text: "Điều 5.", "Chương II", "1.", "a)",
# "- ", "+ ", or a line in capitals (headings such as "QUYẾT ĐỊNH").
_PARA_START = re.compile(
    r"^(Điều\s+\d|Chương\s+[IVXLC\d]|Mục\s+\d|Phần\s+|\d+(\.\d+)*[.)]\s|[a-zđ]\)\s|[-+•*]\s|Nơi nhận)"
)
_SENTENCE_END = re.compile(r"[.:;!?]$")


def reflow(page_text: str) -> str:
    """Join a PDF page's layout lines into paragraphs: a line continues the previous one
    unless the previous ends a sentence or the line opens a clause, item or heading."""
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in page_text.splitlines():
        line = " ".join(raw.split())
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        starts = _PARA_START.match(line) or (line.isupper() and len(line) > 3)
        if current and (starts or _SENTENCE_END.search(current[-1]) or current[-1].isupper()):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)
