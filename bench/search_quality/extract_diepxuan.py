"""Extract real Vietnamese legal document metadata into ``documents.jsonl``.

Source: the public repository ``diepxuan/diepxuan.github.io`` (https://github.com/diepxuan/diepxuan.github.io,
snapshot of 2026-07-23, commit fbaa690e), folder ``van-ban/``: pages of the Bộ pháp điển
(the official codification of Vietnamese law, https://phapdien.moj.gov.vn). Every
codified article carries a source note naming the document it comes from::

    (Điều 3 Nghị định số 54/2017/NĐ-CP Quy định chi tiết ... ngày 08/05/2017 của Chính phủ,
     có hiệu lực thi hành kể từ ngày 01/07/2017)

From these notes we take each document's type, key, trích yếu (for a law: its name),
date and issuer; its body is the text of its codified articles (which cite other
documents, as real bodies do), bounded. The page headers of the codification topics
(a table with "Trạng thái") give the status of the laws they describe.

    git clone https://github.com/diepxuan/diepxuan.github.io /tmp/dx
    python bench/search_quality/extract_diepxuan.py /tmp/dx > /tmp/all.jsonl

``select.py`` then picks the benchmark's ~1,000 documents. Run once; the output is
committed, so the benchmark needs no network.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

TYPES = (
    "Bộ luật|Luật|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Nghị quyết liên tịch|"
    "Nghị quyết|Pháp lệnh|Chỉ thị|Lệnh"
)
NOTE = re.compile(
    r"\((?:Điều [0-9a-z]+ )?(" + TYPES + r")[^()]{0,60}? số (\d+/\d{4}/[A-ZĐ][A-ZĐa-zđ0-9-]*)"
    r"([^()]{0,600}?)\s*ngày (\d{1,2})/(\d{1,2})/(\d{4}) của ([^(),]{2,120})"
    r"(?:, có hiệu lực[^()]*)?\)"
)
ARTICLE = re.compile(r"\n(?:Điều \d+\.\d+\.|Chương [IVXLC]+|Mục \d+)")
STATUS = {
    "còn hiệu lực": "in_force",
    "hết hiệu lực một phần": "partly_expired",
    "hết hiệu lực": "expired",
}
BODY_CHARS = 4000


def nfc(s):
    return unicodedata.normalize("NFC", s or "")


def main(root):
    docs: dict[str, dict] = {}
    status: dict[str, str] = {}
    for path in sorted((Path(root) / "van-ban").rglob("*.md")):
        text = nfc(path.read_text(encoding="utf-8", errors="replace"))
        key = re.search(r"\*\*Số hiệu\*\*\s*\|\s*(\d+/\d{4}/[A-ZĐ0-9-]+)", text)
        state = re.search(r"\*\*Trạng thái\*\*\s*\|\s*([^|\n]+)", text)
        if key and state and state.group(1).strip().lower() in STATUS:
            status[key.group(1)] = STATUS[state.group(1).strip().lower()]
        for m in NOTE.finditer(text):
            doc_type, key, title, d, mo, y, issuer = m.groups()
            title = " ".join(title.split()).strip(" ,;:")
            if not title or len(title) < 3:
                continue
            doc = docs.setdefault(
                key,
                {
                    "key": key,
                    "doc_type": doc_type,
                    "title": title,
                    "issuer": issuer.strip(),
                    "issued": f"{int(y):04d}-{int(mo):02d}-{int(d):02d}",
                    "status": "unknown",
                    "body": "",
                    "origin": "van-ban/" + path.relative_to(Path(root) / "van-ban").as_posix(),
                },
            )
            if len(doc["body"]) < BODY_CHARS:
                rest = text[m.end() : m.end() + BODY_CHARS]
                nxt = ARTICLE.search(rest)
                article = " ".join((rest[: nxt.start()] if nxt else rest).split())
                doc["body"] = (doc["body"] + " " + article).strip()[:BODY_CHARS]
    for key, doc in docs.items():
        doc["status"] = status.get(key, doc["status"])
        print(json.dumps(doc, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
