"""Pure-Python extractor of references to Vietnamese legal, administrative and Party documents.

>>> [c.key for c in extract("Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ")]
['63/2010/NĐ-CP']

Conventions (see ``models.Citation``):

- Offsets (``span``, ``full_span``) index ``unicodedata.normalize("NFC", text)``; ``span`` runs
  from the pinpoint / type word / "số" (when present) to the end of the symbol; ``full_span``
  also covers the date, issuer and subject clauses.
- ``key`` is ``number/symbol`` in canonical form and never holds a year that is not in the
  symbol: ``N/YYYY/LOAI-CQ`` (normative), ``N/YYYY/QH14`` (law), ``N/LOAI-CQ`` or ``N/CQ-DV``
  (administrative), ``N-LOAI/CQ`` (Party). Canonical form: codes as in the data files
  ("kh-ubnd" -> "KH-UBND", "TƯ" -> "TW"), '-' between segments (for '.', an extra '/', spaced
  dashes, dashes-only "21-2018-TT-BTC" -> "21/2018/TT-BTC"), '&' kept as officially written
  ("02/2002/TT-BGD&ĐT"), Party type joined by '-' ("17 QĐ/TWĐTN" -> "17-QĐ/TWĐTN"), numbers
  before the 2000s as "73-CP" and "18-L/CTN", number as written with a letter suffix
  lower-cased ("12a"). ``text`` keeps the reference as written (HTML entities included).
- ``year`` is the year in the symbol (``N/YYYY/...``); when the number has none (administrative
  and Party numbers restart every year), the year of the issue date stated after it ("ngày
  10/3/2022", "năm 2022"), else None. ``issued`` comes only from a full date phrase.
  ``year``/``issuer`` tell apart the many "15/KH-UBND" of different years and issuers; the key
  does not.
- ``issuer`` is the issuing body as written after "của"/"do" (whitespace folded), else None. In a list
  joined by "," / "và" ("Nghị định số 61/2018/NĐ-CP và 107/2021/NĐ-CP của Chính phủ") an issuer
  stated once after the last item is shared by earlier items of the same type without a subject.
  A joint document ("TTLT-BNV-BTC-BTP") lists its issuers with commas, up to as many agencies as
  its symbol names ("của Bộ Nội vụ, Bộ Tài chính và Bộ Tư pháp"); "phòng, chống" does not end a
  name ("Ban Chỉ đạo phòng, chống dịch …").
- Codification notes ("(Điều 1 Thông tư số X <title> ngày D của Bộ Y, có hiệu lực …)", "(Mục này
  có nội dung liên quan đến Điều 30. của Luật X <title> ban hành ngày D; …)"): the date (and
  issuer) closing the title belong to the note's first reference of each ';' part, not to a
  reference named in the title; "kể từ ngày" (taking effect) is never an issue date.
- ``subject`` omits a leading "về" / "về việc" / "V/v" but keeps verbs such as "phê duyệt",
  "ban hành", "quy định", "hướng dẫn"; it ends at ';', '.', '(', a paragraph or bullet break, or
  the next reference.
- ``agency`` (extra) is the full name of the agency coded in the symbol ("CP" -> "Chính phủ"),
  from ``data/issuers.json``; ``issuer`` is what the sentence says, ``agency`` what the symbol
  says.
- ``pinpoint``: ``Điều``/``khoản``/``điểm``; lists are kept as "a, b" ("điểm a, b khoản 2 Điều
  5"); a clause without an article is read only right before the type word ("khoản 2 Nghị
  quyết số ...").
- ``relation`` is what the sentence says happens to the cited document (amends, replaces,
  repeals, guides, implements); ``relation_by`` is the key of the reference of the same sentence
  that does it ("Nghị định số B sửa đổi Nghị định số C": C gets ``amends`` by B; "C …, được sửa
  đổi bởi B" too), None when the citing text itself does it ("Quyết định này thay thế …").
  "Căn cứ ..." alone gives none. The rules are in ``relations``.
- Types, abbreviations, issuers and context words live in ``data/*.json``.
"""

from .extract import extract
from .models import Citation, Pinpoint

__all__ = ["Citation", "Pinpoint", "extract"]
