"""Pictures and PDFs recognised by their first bytes: now ``cchc.core.uploads`` (``sniff``,
``MEDIA``), which feedback, contest and plans use.

Kept only for ``cchc.eservices.uploads``, whose owner moves it to ``cchc.core.uploads``
(then this module goes): a ZIP is never recognised here, as before.
"""

from __future__ import annotations

from cchc.core.uploads import sniff as _sniff


def sniff(head: bytes) -> str | None:
    """The MIME type of a picture or PDF starting with ``head``, or None."""
    return _sniff(head[:16])  # 16 bytes: never a whole .docx/.xlsx
