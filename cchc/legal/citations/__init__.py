"""Pure-Python extractor of references to Vietnamese legal and administrative documents.

>>> [c.key for c in extract("Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ")]
['63/2010/NĐ-CP']
"""

from .extract import extract
from .models import Citation, Pinpoint

__all__ = ["Citation", "Pinpoint", "extract"]
