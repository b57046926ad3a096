"""Find references to Vietnamese legal, administrative and Party documents in plain text.

Design (after eyecite, adapted to Vietnamese):

1. **Normalise.** NFC; HTML entities of a slash, an ampersand, a space or a dash are decoded into
   a working copy with an offset map (only when present); then a same-length *shadow* string for
   matching (see ``normalize``).
2. **Prefilter + tokenise.** Symbols are found from cheap literal scans: every '/' before a letter
   (``_SLASH``), "-YYYY-" of the dashes-only form "21-2018-TT-BTC" (``_DASHY``) and "số N-" of
   numbers before the 2000s ("Nghị định số 73-CP", ``_OLD``). Before the hit (``_BACK_REV``, on a
   reversed window of at most 24 characters) must stand a number, optionally with a letter
   ("12a") and, for Party documents, ``-LOAI`` (dash with or without spaces, or one space).
   After it, ``_symbol`` reads segments against the code vocabulary of the data files: a run is
   a segment when it is a known code or an upper-case code followed by a space, punctuation or a
   separator; a run glued to the next word ("NĐ-CPngày", "TT-BNVquy") is cut after the longest
   known code. Separators: '-' (spaces or a line break around it before a known code), '.', '&'
   (kept), and '/' after a type abbreviation ("TTLT/BTC-BNV"). Codes known only
   case-insensitively ("kh-ubnd") need "số" or a type word before the number, and so does a
   number glued to a preceding word ("số45" is fine, "x12" is not).
3. **Typed tokens.** The shape gives the kind: ``N/YYYY/LOAI-CQ`` normative, ``N/YYYY/QH14`` law,
   ``N-LOAI/CQ`` Party, ``N/LOAI-CQ`` or ``N/CQ-DV`` administrative (official letters), ``N-L/CTN``
   law (before 2002), ``N-CQ`` administrative (before the 2000s).
4. **Enrich from context,** in bounded windows: type word (glued or not, with one or two words
   before "số": "Báo cáo thẩm định số"), "số" and pinpoint before (lists "điểm a, b"; "khoản 2"
   without "Điều" right before the type word); date, issuer ("của ..."), and subject ("về ...")
   after, each clause stopping at the start of the next reference. "mẫu số", "biểu số", "phụ lục
   số" name forms and annexes, not documents.
   A number that opens a line with "Số" takes the type its header or register row states
   after it ("Số: 29-QĐ/TW … QUY ĐỊNH", "Loại văn bản: Quy định"; see ``header``).
5. **Relations** of the citing text to each reference, from the sentence (``relations``).

All regular expressions are built once from the data files in ``data/``, and each is linear: no
nested quantifiers over overlapping classes, fixed caps on repetition, bounded windows.
"""

from __future__ import annotations

import dataclasses
import gc

from .context import _resolve, _tail
from .header import _header_types
from .models import Citation, citation_new
from .normalize import decode_entities, nfc, plain, shadow
from .notes import _notes, _tu
from .relations import has_verb, relations_by
from .tokens import _DASHY, _OLD, _tokens
from .vocab import _agency, _Cand

__all__ = ["extract"]
_SLASH_CHARS = ("/", "\u2044", "\u2215", "\uff0f")


def _symbol_key(c: _Cand) -> tuple[str, str]:
    """The reference's symbol and key (the document's identity without year and issuer)."""
    if c.party_type is not None:
        symbol = f"{c.party_type}/{c.body}"
        return symbol, f"{c.number}-{symbol}"
    if c.old:
        return c.body, f"{c.number}-{c.body}"
    if c.year is not None:
        return c.body, f"{c.number}/{c.year}/{c.body}"
    return c.body, f"{c.number}/{c.body}"


def _build(text: str, c: _Cand, symbol: str, key: str, relation_by: str | None) -> Citation:
    end = c.sym_end
    return citation_new(
        (c.start, end),
        text[c.start : end],
        c.doc_type,
        c.number,
        c.year if c.year is not None else c.date_year,
        symbol,
        key,
        c.kind,
        c.issued,
        c.issuer,
        c.subject,
        c.pinpoint,
        _agency(c),
        (c.start, c.full_end if c.full_end > end else end),
        c.relation,
        relation_by,
    )


def extract(text: str) -> list[Citation]:
    """Return the document references in ``text``, in order, with non-overlapping spans.

    Offsets are into ``unicodedata.normalize("NFC", text)``. HTML entities of a slash, an
    ampersand, a space or a dash ("20-QĐ&#x002F;TW") are read as the character; spans and
    ``text`` still refer to the input as written.
    """
    if not text:
        return []
    # The cycle collector is paused while extracting: the extractor makes no reference cycles
    # (a test checks it), so a collection finds nothing, yet each full one walks the process's
    # whole heap (a Django process: hundreds of thousands of objects) and the results so far.
    # On a 50 MB text collections took 11% of the time, more in a large process.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _extract_text(text)
    finally:
        if paused:
            gc.enable()


def _extract_text(text: str) -> list[Citation]:
    """``extract`` of a non-empty text."""
    clean = plain(text)  # NFC already, no look-alike character: no copy, no shadow
    if not clean:
        text = nfc(text)
    dec = decode_entities(text)
    if dec is None:
        return _extract(text, clean)
    decoded, pos_map = dec
    out = []
    for c in _extract(decoded, False):
        s, e = pos_map[c.span[0]], pos_map[c.span[1]]
        full = c.full_span or c.span
        out.append(
            dataclasses.replace(c, span=(s, e), text=text[s:e], full_span=(s, pos_map[full[1]]))
        )
    return out


def _extract(text: str, clean: bool) -> list[Citation]:
    """``extract`` on NFC text without entities (``clean``: it is its own shadow)."""
    if not (any(ch in text for ch in _SLASH_CHARS) or _DASHY.search(text) or _OLD.search(text)):
        return []
    norm = text if clean else shadow(text)
    cands = _tokens(norm)
    if not cands:
        return []
    for i, c in enumerate(cands):
        bound = cands[i + 1].start if i + 1 < len(cands) else len(norm)
        _tail(text, norm, c, bound)
    _notes(text, norm, cands)
    for c in cands:
        if c.tu:
            _tu(norm, c)
    _header_types(norm, cands)
    _resolve(norm, cands)
    refs = [
        (
            c.start,
            max(c.head_end, c.sym_end),
            max(c.full_end, c.sym_end),
            c.subject is not None and has_verb(c.subject),
            c.pinpoint is not None,
        )
        for c in cands
    ]
    found = relations_by(norm, refs)
    sk = [_symbol_key(c) for c in cands]
    out = []
    for c, (symbol, key), (rel, doer) in zip(cands, sk, found, strict=True):
        c.relation = rel
        out.append(_build(text, c, symbol, key, None if doer is None else sk[doer][1]))
    return out
