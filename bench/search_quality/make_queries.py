"""Draft the labelled queries from the documents' titles (seeded), for review by hand.

    python bench/search_quality/make_queries.py > bench/search_quality/queries.jsonl

Each query: ``q``, ``kind``, ``relevant`` (keys of the documents judged relevant),
``split`` (dev: may be looked at while tuning; test: only for the figures), ``note``.
The relevant documents are decided from the titles: a law's name query is relevant to the
law(s) whose name it is (not to amendments or texts citing it); a key query to the
document with that key; a topical query to every document whose trích yếu contains the
phrase and whose year is the year asked. The drafted file was then read through and
corrected by hand (see the ``note`` of edited entries).
"""

import json
import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(2126)

MARKS = {
    "à": "a",
    "á": "a",
    "ả": "a",
    "ã": "a",
    "ạ": "a",
    "ằ": "ă",
    "ắ": "ă",
    "ẳ": "ă",
    "ẵ": "ă",
    "ặ": "ă",
    "ầ": "â",
    "ấ": "â",
    "ẩ": "â",
    "ẫ": "â",
    "ậ": "â",
    "è": "e",
    "é": "e",
    "ẻ": "e",
    "ẽ": "e",
    "ẹ": "e",
    "ề": "ê",
    "ế": "ê",
    "ể": "ê",
    "ễ": "ê",
    "ệ": "ê",
    "ì": "i",
    "í": "i",
    "ỉ": "i",
    "ĩ": "i",
    "ị": "i",
    "ò": "o",
    "ó": "o",
    "ỏ": "o",
    "õ": "o",
    "ọ": "o",
    "ồ": "ô",
    "ố": "ô",
    "ổ": "ô",
    "ỗ": "ô",
    "ộ": "ô",
    "ờ": "ơ",
    "ớ": "ơ",
    "ở": "ơ",
    "ỡ": "ơ",
    "ợ": "ơ",
    "ù": "u",
    "ú": "u",
    "ủ": "u",
    "ũ": "u",
    "ụ": "u",
    "ừ": "ư",
    "ứ": "ư",
    "ử": "ư",
    "ữ": "ư",
    "ự": "ư",
    "ỳ": "y",
    "ý": "y",
    "ỷ": "y",
    "ỹ": "y",
    "ỵ": "y",
}


def fold(s):
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def words(s):
    return re.findall(r"[^\W_]+", s.lower())


def name_of(doc):
    t = doc["title"]
    return re.sub(r"^(bộ luật|luật)\s+", "", t, flags=re.I)


def ok_name(doc):
    t = doc["title"]
    return (
        doc["doc_type"] in ("Luật", "Bộ luật", "Pháp lệnh")
        and not re.search(r"\d|sửa đổi|ngày|số ", t, re.I)
        and 1 <= len(words(name_of(doc))) <= 9
    )


def typo(q, how):
    ws = q.split()
    cand = [i for i, w in enumerate(ws) if len(w) >= 3 and w.isalpha()]
    i = rng.choice(cand)
    w = ws[i]
    if how == "drop":
        j = rng.randrange(1, len(w))
        w = w[:j] + w[j + 1 :]
    elif how == "double":
        j = rng.randrange(1, len(w))
        w = w[:j] + w[j] + w[j:]
    elif how == "final":
        for a, b in (
            ("ng", "n"),
            ("nh", "n"),
            ("ch", "c"),
            ("c", "t"),
            ("t", "c"),
            ("n", "ng"),
            ("m", "n"),
        ):
            if w.endswith(a):
                w = w[: -len(a)] + b
                break
        else:
            w = w[:-1]
    elif how == "tone":
        marked = [i for i, w in enumerate(ws) if any(c in MARKS for c in w)]
        if not marked:
            return typo(q, "drop")
        i = rng.choice(marked)
        w = "".join(MARKS.get(c, c) for c in ws[i])
    ws[i] = w
    return " ".join(ws)


ABBREV = {
    "bảo hiểm xã hội": "bhxh",
    "bảo hiểm y tế": "bhyt",
    "giá trị gia tăng": "gtgt",
    "thủ tục hành chính": "tthc",
    "ủy ban nhân dân": "ubnd",
    "hội đồng nhân dân": "hđnd",
    "thu nhập cá nhân": "tncn",
    "thu nhập doanh nghiệp": "tndn",
    "ngân sách nhà nước": "nsnn",
    "căn cước công dân": "cccd",
    "phòng cháy, chữa cháy": "pccc",
    "công nghệ thông tin": "cntt",
}
HEADS = [
    fold(h)
    for h in (
        "quy định chi tiết một số điều và biện pháp thi hành",
        "quy định chi tiết một số điều của",
        "quy định chi tiết thi hành",
        "quy định chi tiết",
        "hướng dẫn thi hành",
        "hướng dẫn thực hiện",
        "hướng dẫn chi tiết",
        "quy định về việc",
        "quy định về",
        "hướng dẫn về",
        "hướng dẫn",
        "quy định",
        "về việc ban hành",
        "về việc",
        "ban hành",
        "về",
        "sửa đổi, bổ sung một số điều của",
    )
]
GENERIC = {"thông", "sửa", "một", "nghị", "quy", "luật", "các", "việc", "chi", "ban"}
TYPE_ABBR = {
    "Nghị định": "nđ",
    "Thông tư": "tt",
    "Quyết định": "qđ",
    "Nghị quyết": "nq",
    "Thông tư liên tịch": "ttlt",
    "Chỉ thị": "ct",
}


def topic(title):
    """The subject of a trích yếu: its first words after the verb ("Quy định về ...")."""
    t = fold(title)
    ws = words(title)
    for head in HEADS:
        if t.startswith(head + " "):
            ws = ws[len(head.split()) :]
            break
    ws = [w for w in ws if not w.isdigit()]
    cut = re.split(r"[,;(]", title)[0]
    return ws, len(words(cut))


# Read through by hand: generated topical queries that cut a word in two or said
# nothing a person would type, rewritten from the document's title (relevance is then
# re-judged: every document of that year whose title holds all the query's words, with
# abbreviations written out, checked by reading the titles).
EDITS = {
    "được hưởng bhxh 2016": "bệnh nghề nghiệp hưởng bhxh 2016",
    "của quỹ bhyt 2015": "thuốc thanh toán quỹ bhyt 2015",
    "luật thuế gtgt luật thuế 2016": "hướng dẫn luật thuế gtgt 2016",
    "kiểm soát tthc thuộc phạm 2018": "kiểm soát tthc bộ công thương 2018",
    "bộ ngành ubnd các cấp 2014": "phối hợp ubnd các cấp hội nông dân 2014",
    "luật thuế tncn và luật 2013": "quy định chi tiết luật thuế tncn 2013",
    "luật thuế tndn 2013": "hướng dẫn luật thuế tndn 2013",
    "dụng vốn nsnn và vốn 2015": "chi phí lựa chọn nhà thầu vốn nsnn 2015",
    "chứng chỉ cntt của tổ 2017": "công nhận chứng chỉ cntt nước ngoài 2017",
    "chế độ thanh toán 2012": "chế độ thanh toán tiền nghỉ phép 2012",
    "kỹ thuật thành lập bản 2011": "thành lập bản đồ địa hình đáy biển 2011",
    "điều tra khảo sát đánh 2010": "điều tra khảo sát hệ sinh thái san hô 2010",
    "giáo dục thể chất và hoạt 2015": "giáo dục thể chất trong nhà trường 2015",
    "hoạt động xây dựng tiêu chuẩn 2021": "xây dựng tiêu chuẩn quốc gia công an 2021",
    "công bố hợp quy 2015": "công bố hợp quy thuốc lá 2015",
    "công tác kiểm tra biểu mẫu 2016": "biểu mẫu thi hành án dân sự quân đội 2016",
    "chế độ tiền lương đối với 2017": "chế độ tiền lương tổ chức cơ yếu 2017",
    "lập dự toán quản 2021": "lập dự toán quyết toán kinh phí 2021",
    "kỹ thuật đánh giá chất 2016": "đánh giá chất lượng tài liệu thủy văn 2016",
    "thực hiện dân chủ trong 2020": "thực hiện dân chủ công an nhân dân 2020",
    "tỷ lệ nội dung thời 2017": "tỷ lệ nội dung dành cho trẻ em 2017",
    "xử lý khiếu nại kiến 2013": "xử lý khiếu nại kiến nghị phản ánh công an 2013",
    "trình tự điều tra giải 2018": "điều tra giải quyết tai nạn giao thông đường sắt 2018",
    "nhiệm vụ quyền hạn của 2014": "nhiệm vụ quyền hạn giáo dục quốc phòng và an ninh 2014",
    "mã số chức danh 2018": "mã số chức danh nghề nghiệp phát thanh viên 2018",
}
DROP = {"luật luât dân quân tự vệ"}  # the source's own typo in the law's name
SPELLED = {ab: phrase for phrase, ab in ABBREV.items()}


def judged(q, docs):
    ws = q.split()
    year = ws[-1]
    content = " ".join(SPELLED.get(w, w) for w in ws[:-1])
    need = [fold(w) for w in words(content)]
    return [
        d["key"]
        for d in docs
        if d["issued"][:4] == year
        and all(w in set(fold(x) for x in words(d["title"])) for w in need)
    ]


def main():
    with open(HERE / "documents.jsonl", encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines]
    out = []

    def add(q, kind, relevant, note=""):
        out.append({"q": q, "kind": kind, "relevant": relevant, "note": note})

    def laws_named(name):
        return [d["key"] for d in docs if ok_name(d) and fold(name_of(d)) == fold(name)]

    names = [d for d in docs if ok_name(d)]
    rng.shuffle(names)
    for d in names[:28]:
        t = "Bộ luật" if d["doc_type"] == "Bộ luật" else d["doc_type"]
        add(f"{t.lower()} {name_of(d).lower()}", "name", laws_named(name_of(d)))
    for d in names[28:50]:
        add(name_of(d).lower(), "name_without_type", laws_named(name_of(d)))
    numbered = [d for d in docs if re.fullmatch(r"\d+/\d{4}/.+", d["key"])]
    rng.shuffle(numbered)
    for d in numbered[:22]:
        n, y, _ = d["key"].split("/", 2)
        add(f"{d['doc_type'].lower()} {int(n)}/{y}", "type_number_year", [d["key"]])
    for k, d in enumerate(numbered[22:50]):
        n, y, s = d["key"].split("/", 2)
        forms = [
            f"{n} / {y} / {s}",
            f"{fold(s.split('-')[0])} {int(n)} {y}",
            f"{n}-{y}-{fold(s).lower()}",
            f"{d['key']}{words(d['title'])[0]}",
            f"số {int(n)}/{y}/{s.lower()}",
            f"{fold(d['key']).lower()}",
            f"{s} {n}/{y}",
        ]
        add(forms[k % len(forms)], "key_forms", [d["key"]])
    for k, d in enumerate(names[50:86]):
        how = ["drop", "double", "final", "tone"][k % 4]
        t = "Bộ luật" if d["doc_type"] == "Bộ luật" else d["doc_type"]
        base = f"{t.lower()} {name_of(d).lower()}" if k % 3 else name_of(d).lower()
        add(typo(base, how), "typo", laws_named(name_of(d)), f"{how}: {base}")
    for d in numbered[50:64]:
        if d["doc_type"] not in TYPE_ABBR:
            continue
        n, y, s = d["key"].split("/", 2)
        add(f"{TYPE_ABBR[d['doc_type']]} {int(n)}/{y}", "abbreviation", [d["key"]])
    for phrase, ab in ABBREV.items():
        hits = [
            d
            for d in docs
            if fold(phrase) in fold(d["title"]) and d["doc_type"] in ("Luật", "Bộ luật")
        ]
        hits = [
            d
            for d in hits
            if fold(d["title"]).strip() == fold(phrase) or fold(name_of(d)) == fold(phrase)
        ]
        if hits:
            add(f"luật {ab}", "abbreviation", [d["key"] for d in hits])
        others = [
            d
            for d in docs
            if fold(phrase) in fold(d["title"]) and d["doc_type"] not in ("Luật", "Bộ luật")
        ]
        if others:
            d = rng.choice(others)
            ws, _ = topic(d["title"])
            topical_words = " ".join(ws)
            if fold(phrase) in fold(topical_words):
                extra = ""
                q = fold(topical_words).replace(fold(phrase), "\0")
                q_words = words(topical_words)
                n = len(fold(topical_words)[: fold(topical_words).index(fold(phrase))].split())
                q_words = q_words[:n] + [ab] + q_words[n + len(phrase.split()) :]
                window = q_words[max(0, n - 2) : n + 3]
                q = " ".join(window) + " " + d["issued"][:4]
                extra = " ".join(w for w in window if w != ab)
            else:
                extra = " ".join(ws[:3])
                q = f"{ab} {extra} {d['issued'][:4]}"
            rel = [
                o["key"]
                for o in others
                if fold(phrase) in fold(o["title"])
                and all(fold(w) in fold(o["title"]) for w in extra.split())
                and o["issued"][:4] == d["issued"][:4]
            ]
            add(q, "abbreviation", rel, "topical with abbreviation and year")
    topical = [
        d for d in docs if d["doc_type"] not in ("Luật", "Bộ luật") and len(words(d["title"])) >= 8
    ]
    rng.shuffle(topical)
    for d in topical[:40]:
        ws, _ = topic(d["title"])
        phrase = " ".join(ws[: rng.choice([4, 5, 6])])
        if ws[:1] and ws[0] in GENERIC:
            continue
        year = d["issued"][:4]
        rel = [
            o["key"]
            for o in docs
            if fold(phrase) in " ".join(fold(w) for w in words(o["title"]))
            and o["issued"][:4] == year
        ]
        if 1 <= len(rel) <= 3:
            add(f"{phrase} {year}", "topical_year", rel)
    final = []
    for item in out:
        if item["q"] in DROP:
            continue
        if item["q"] in EDITS:
            item["note"] = (
                (item["note"] + "; " if item["note"] else "")
                + "rewritten by hand from: "
                + item["q"]
            )
            item["q"] = EDITS[item["q"]]
            item["relevant"] = judged(item["q"], docs)
        final.append(item)
    out = final
    for i, item in enumerate(out):
        item["split"] = "dev" if i % 3 == 0 else "test"
    for item in out:
        print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main()
