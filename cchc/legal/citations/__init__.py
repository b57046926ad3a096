"""Pure-Python extractor of references to Vietnamese legal, administrative and Party documents.

>>> [c.key for c in extract("Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ")]
['63/2010/NĐ-CP']

Conventions (see ``models.Citation``):

- Offsets (``span``, ``full_span``) index ``unicodedata.normalize("NFC", text)``; ``span`` runs
  from the pinpoint / type word / "số" (when present) to the end of the symbol; ``full_span``
  also covers the date, issuer and subject clauses.
- ``year`` comes only from the symbol (``N/YYYY/...``); ``issued`` only from a date phrase.
- ``issuer`` is the name as written after "của"/"do" (whitespace folded), else None. In a list
  joined by "," / "và" ("Nghị định số 61/2018/NĐ-CP và 107/2021/NĐ-CP của Chính phủ") an issuer
  stated once after the last item is shared by earlier items of the same type without a subject.
- ``subject`` omits a leading "về" / "về việc" / "V/v" but keeps verbs such as "phê duyệt",
  "ban hành", "quy định", "hướng dẫn"; it ends at ';', '.', '(', a paragraph or bullet break, or
  the next reference.
- ``agency`` (extra) is the full name of the agency coded in the symbol ("CP" -> "Chính phủ").
- Types, abbreviations, issuers and context words live in ``data/*.json``.
"""

from .extract import extract
from .models import Citation, Pinpoint

__all__ = ["Citation", "Pinpoint", "extract"]
