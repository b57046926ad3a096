"""Pick the benchmark's documents from the extractor's output (deterministic).

Every law, code and ordinance (their names are the most searched), every document whose
trích yếu names a law (the texts that cite them: the competition a law must beat), and
a seeded random sample of the rest, ~1,000 in all.

    python bench/search_quality/select.py /tmp/all.jsonl > bench/search_quality/documents.jsonl
"""

import json
import random
import sys

TOTAL = 1000


def main(path):
    with open(path, encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines]
    top = {"Luật", "Bộ luật", "Pháp lệnh", "Lệnh"}
    chosen = [d for d in docs if d["doc_type"] in top]
    chosen += [d for d in docs if d not in chosen and "Luật " in d["title"]]
    rest = [d for d in docs if d not in chosen]
    random.Random(21).shuffle(rest)
    chosen += rest[: max(0, TOTAL - len(chosen))]
    chosen.sort(key=lambda d: (d["issued"], d["key"]))
    for d in chosen[:TOTAL]:
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
