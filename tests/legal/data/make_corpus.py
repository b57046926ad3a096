"""Deterministic generator of the labelled citation corpus (``citations_corpus.jsonl``).

Run: ``.venv/bin/python tests/legal/data/make_corpus.py`` (rewrites the JSONL next to it).

Each line is ``{"shape": ..., "text": ..., "expected": [{"key", "doc_type", "issued", "issuer",
...}]}``. Expectations are written from the conventions of Nghị định 30/2020/NĐ-CP (numbering
and symbols of administrative documents), the Law on Promulgation of Legal Documents (normative
symbols ``N/YYYY/LOAI-CQ``, ``N/YYYY/QH14``) and HD 36-HD/VPTW (Party symbols ``N-LOAI/CQ``),
never from the extractor's output. Conventions: ``subject`` omits a leading "về"/"về việc" but
keeps a verb such as "phê duyệt"; ``issuer`` is the name as written after "của"; in a list
joined by "," or "và" an issuer stated once after the last item applies to the earlier items of
the same type that have no subject; ``year`` comes only from the symbol.
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("citations_corpus.jsonl")

# (type name, abbreviation) for symbols of State documents.
ADMIN_TYPES = [
    ("Quyết định", "QĐ"),
    ("Nghị quyết", "NQ"),
    ("Chỉ thị", "CT"),
    ("Kế hoạch", "KH"),
    ("Thông báo", "TB"),
    ("Hướng dẫn", "HD"),
    ("Báo cáo", "BC"),
    ("Tờ trình", "TTr"),
    ("Chương trình", "CTr"),
    ("Đề án", "ĐA"),
    ("Quy chế", "QC"),
    ("Quy định", "QyĐ"),
    ("Phương án", "PA"),
    ("Công điện", "CĐ"),
    ("Giấy mời", "GM"),
    ("Biên bản", "BB"),
]
NORM_TYPES = [
    ("Nghị định", "NĐ", ["CP"]),
    ("Thông tư", "TT", ["BNV", "BTC", "VPCP", "BTTTT", "BCT", "BTP", "BKHCN", "BCA"]),
    ("Quyết định", "QĐ", ["TTg", "UBND"]),
    ("Nghị quyết", "NQ", ["HĐND", "CP"]),
    ("Chỉ thị", "CT", ["UBND"]),
]
# agency code -> issuer phrases as written after "của"
ISSUERS = {
    "CP": ["Chính phủ"],
    "TTg": ["Thủ tướng Chính phủ"],
    "UBND": [
        "UBND tỉnh",
        "Ủy ban nhân dân tỉnh Hậu Giang",
        "UBND tỉnh Hậu Giang",
        "Ủy ban nhân dân tỉnh",
        "UBND thành phố Vị Thanh",
    ],
    "HĐND": ["Hội đồng nhân dân tỉnh", "HĐND tỉnh Hậu Giang khóa X"],
    "BNV": ["Bộ Nội vụ", "Bộ trưởng Bộ Nội vụ"],
    "BTC": ["Bộ Tài chính", "Bộ trưởng Bộ Tài chính"],
    "VPCP": ["Văn phòng Chính phủ"],
    "BTTTT": ["Bộ Thông tin và Truyền thông"],
    "BCT": ["Bộ Công Thương"],
    "BTP": ["Bộ Tư pháp"],
    "BKHCN": ["Bộ Khoa học và Công nghệ"],
    "BCA": ["Bộ Công an"],
    "BNV-BTC": ["Bộ Nội vụ và Bộ Tài chính"],
    "BVHTTDL": ["Bộ Văn hóa, Thể thao và Du lịch"],
    "BLĐTBXH": ["Bộ Lao động - Thương binh và Xã hội"],
}
ADMIN_AGENCIES = ["UBND", "TTg", "CP", "BNV", "BTC", "BTTTT", "VPCP", "BVHTTDL", "BLĐTBXH"]
LETTER_SYMBOLS = [
    ("UBND-NC", "UBND"),
    ("UBND-VP", "UBND"),
    ("UBND-KGVX", "UBND"),
    ("BNV-CCHC", "BNV"),
    ("BTC-QLCS", "BTC"),
    ("VPCP-KSTT", "VPCP"),
    ("SNV-CCHC", None),
    ("STTTT-CNTT", None),
]
PARTY = [
    ("Nghị quyết", "NQ"),
    ("Chỉ thị", "CT"),
    ("Kết luận", "KL"),
    ("Hướng dẫn", "HD"),
    ("Quyết định", "QĐ"),
    ("Quy định", "QĐi"),
    ("Thông báo", "TB"),
    ("Báo cáo", "BC"),
    ("Kế hoạch", "KH"),
]
PARTY_BODIES = {
    "TU": ["Tỉnh ủy Hậu Giang", "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh khóa XIV"],
    "TW": ["Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"],
    "VPTW": ["Văn phòng Trung ương Đảng"],
    "HU": ["Huyện ủy Châu Thành"],
}
SUBJECTS = [
    "kiểm soát thủ tục hành chính",
    "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    "công tác văn thư",
    "tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan hành chính nhà nước",
    "cải cách hành chính nhà nước giai đoạn 2021 - 2030",
    "xây dựng Chính quyền điện tử tỉnh Hậu Giang năm 2022",
    "tuyên truyền cải cách hành chính năm 2023",
    "đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức",
    "chế độ báo cáo trong cơ quan hành chính nhà nước",
    "Đề án “Đổi mới việc thực hiện cơ chế một cửa”",
    "tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức",
    "vị trí việc làm và cơ cấu ngạch công chức",
    "chuyển đổi số tỉnh Hậu Giang đến năm 2025, định hướng đến năm 2030",
]
INTROS = [("về", True), ("về việc", True), ("phê duyệt", False), ("ban hành", False)]
PREFIX_SO = ["số ", "số ", "số: ", "Số ", "", "số  "]
TYPE_CASE = [str, str, str, str.lower, str.upper]
FRAMES_END = [
    "Căn cứ {r};",
    "Thực hiện {r}.",
    "Triển khai {r}; các sở, ngành tổ chức thực hiện.",
    "- {r};",
    "Theo {r}.",
    "{r}.",
]
FRAMES_FREE = [
    "Căn cứ {r}, UBND tỉnh ban hành Kế hoạch tuyên truyền.",
    "Thực hiện {r}, Sở Nội vụ đề nghị các cơ quan báo cáo.",
    "Theo quy định tại {r} thì hồ sơ được giải quyết trong ngày.",
    "Văn bản này thay thế {r}.",
    "({r})",
]


def _date_phrase(rng: random.Random, y: int) -> tuple[str, str | None]:
    """A date clause and its ISO form (None when only the year or nothing is given)."""
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    iso = f"{y:04d}-{m:02d}-{d:02d}"
    r = rng.random()
    if r < 0.35:
        return f" ngày {d:02d} tháng {m:02d} năm {y}", iso
    if r < 0.5:
        return f" ngày {d} tháng {m} năm {y}", iso
    if r < 0.65:
        return f" ngày {d:02d}/{m:02d}/{y}", iso
    if r < 0.75:
        return f" ngày {d}/{m}/{y}", iso
    if r < 0.82:
        return f" ngày {d:02d}-{m:02d}-{y}", iso
    if r < 0.86:
        return f" ban hành ngày {d} tháng {m} năm {y}", iso
    if r < 0.9:
        return f" năm {y}", None
    return "", None


def _ref(
    rng: random.Random,
    type_name: str | None,
    key: str,
    doc_type: str | None,
    kind: str,
    agency: str | None,
    year: int,
    with_subject: bool = True,
) -> tuple[str, dict[str, Any]]:
    """A full reference (type word, số, symbol, date, issuer, subject) and its expectation."""
    tw = ""
    if type_name is not None:
        tw = rng.choice(TYPE_CASE)(type_name) + " "
    so = rng.choice(PREFIX_SO) if type_name is not None else rng.choice(["số ", ""])
    date, iso = _date_phrase(rng, year)
    issuer = None
    iss = ""
    if agency in ISSUERS and rng.random() < 0.7:
        issuer = rng.choice(ISSUERS[agency])
        iss = f" của {issuer}"
    subject = None
    subj = ""
    if with_subject and rng.random() < 0.6:
        intro, strip = rng.choice(INTROS)
        s = rng.choice(SUBJECTS)
        subject = s if strip else f"{intro} {s}"
        subj = f" {intro} {s}"
    text = f"{tw}{so}{key}{date}{iss}{subj}"
    exp: dict[str, Any] = {
        "key": key,
        "doc_type": doc_type,
        "issued": iso,
        "issuer": issuer,
        "kind": kind,
    }
    if with_subject:
        exp["subject"] = subject
    return text, exp


def _line(rng: random.Random, shape: str, ref: str, exp: list[dict[str, Any]], end: bool) -> dict:
    frame = rng.choice(FRAMES_END if end else FRAMES_FREE)
    return {"shape": shape, "text": frame.format(r=ref), "expected": exp}


def gen_normative(rng: random.Random, n: int) -> list[dict]:
    out = []
    for _ in range(n):
        name, abbr, agencies = rng.choice(NORM_TYPES)
        ag = rng.choice(agencies)
        y = rng.randint(2005, 2025)
        num = f"{rng.randint(1, 180):02d}"
        key = f"{num}/{y}/{abbr}-{ag}"
        with_type = rng.random() < 0.85
        ref, exp = _ref(rng, name if with_type else None, key, name, "normative", ag, y)
        out.append(_line(rng, "normative", ref, [exp], exp.get("subject") is not None))
    return out


def gen_joint(rng: random.Random, n: int) -> list[dict]:
    out = []
    for _ in range(n):
        y = rng.randint(2008, 2016)
        key = f"{rng.randint(1, 40):02d}/{y}/TTLT-BNV-BTC"
        ref, exp = _ref(
            rng, "Thông tư liên tịch", key, "Thông tư liên tịch", "normative", "BNV-BTC", y
        )
        out.append(_line(rng, "joint", ref, [exp], exp.get("subject") is not None))
    return out


def gen_law(rng: random.Random, n: int) -> list[dict]:
    out = []
    laws = [
        ("Luật Tổ chức chính quyền địa phương", "Luật"),
        ("Luật Ban hành văn bản quy phạm pháp luật", "Luật"),
        ("Luật Cán bộ, công chức và Luật Viên chức sửa đổi", "Luật"),
        ("Luật", "Luật"),
        ("Bộ luật Lao động", "Bộ luật"),
        ("Nghị quyết", "Nghị quyết"),
    ]
    for _ in range(n):
        y = rng.randint(2013, 2024)
        term = 13 if y < 2016 else 14 if y < 2021 else 15
        if rng.random() < 0.25:
            key = f"{rng.randint(1, 99):02d}/{y}/UBTVQH{term}"
            tw, dt = rng.choice(
                [("Pháp lệnh", "Pháp lệnh"), ("Nghị quyết", "Nghị quyết"), (None, "Pháp lệnh")]
            )
        else:
            key = f"{rng.randint(1, 99)}/{y}/QH{term}"
            tw, dt = rng.choice(laws + [(None, "Luật")])
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        text = f"{tw + ' ' if tw else ''}số {key} ngày {d} tháng {m} năm {y}"
        exp = {
            "key": key,
            "doc_type": dt,
            "issued": f"{y}-{m:02d}-{d:02d}",
            "issuer": None,
            "kind": "law",
        }
        out.append({"shape": "law", "text": f"Căn cứ {text};", "expected": [exp]})
    return out


def gen_admin(rng: random.Random, n: int) -> list[dict]:
    out = []
    for _ in range(n):
        name, abbr = rng.choice(ADMIN_TYPES)
        ag = rng.choice(ADMIN_AGENCIES)
        y = rng.randint(2015, 2025)
        key = f"{rng.randint(1, 3999)}/{abbr}-{ag}"
        with_type = rng.random() < 0.85
        ref, exp = _ref(rng, name if with_type else None, key, name, "administrative", ag, y)
        out.append(_line(rng, "administrative", ref, [exp], exp.get("subject") is not None))
    return out


def gen_letter(rng: random.Random, n: int) -> list[dict]:
    out = []
    for _ in range(n):
        sym, ag = rng.choice(LETTER_SYMBOLS)
        y = rng.randint(2015, 2025)
        key = f"{rng.randint(1, 4999)}/{sym}"
        tw = rng.choice(["Công văn", "công văn", "Văn bản", "văn bản", None])
        ref, exp = _ref(rng, tw, key, "Công văn", "administrative", ag, y)
        out.append(_line(rng, "letter", ref, [exp], exp.get("subject") is not None))
    return out


def gen_party(rng: random.Random, n: int) -> list[dict]:
    out = []
    for _ in range(n):
        name, abbr = rng.choice(PARTY)
        body = rng.choice(list(PARTY_BODIES))
        y = rng.randint(2010, 2025)
        key = f"{rng.randint(1, 60):02d}-{abbr}/{body}"
        tw = name if rng.random() < 0.85 else None
        ref, exp = _ref(rng, tw, key, name, "party", None, y)
        if rng.random() < 0.6:
            issuer = rng.choice(PARTY_BODIES[body])
            # insert the issuer right after the date (before any subject)
            head, _, rest = ref.partition(key)
            date, iso = _date_phrase(rng, y)
            subj = ""
            if exp.get("subject"):
                intro = "về"
                subj = f" {intro} {exp['subject']}"
            ref = f"{head}{key}{date} của {issuer}{subj}"
            exp["issued"] = iso
            exp["issuer"] = issuer
        out.append(_line(rng, "party", ref, [exp], exp.get("subject") is not None))
    return out


def gen_pinpoint(rng: random.Random, n: int) -> list[dict]:
    out = []
    for _ in range(n):
        name, abbr, agencies = rng.choice(NORM_TYPES)
        ag = rng.choice(agencies)
        y = rng.randint(2010, 2024)
        key = f"{rng.randint(1, 150):02d}/{y}/{abbr}-{ag}"
        art = str(rng.randint(1, 40))
        clause = str(rng.randint(1, 9)) if rng.random() < 0.7 else None
        point = rng.choice("abcdđe") if clause and rng.random() < 0.5 else None
        parts = []
        if point:
            parts.append(f"điểm {point}")
        if clause:
            parts.append(f"khoản {clause}")
        parts.append(f"Điều {art}")
        pin = " ".join(parts)
        cua = " của" if rng.random() < 0.3 else ""
        text = f"Theo quy định tại {pin}{cua} {name} số {key} thì thời hạn giải quyết là 05 ngày."
        exp = {
            "key": key,
            "doc_type": name,
            "issuer": None,
            "pinpoint": {"article": art, "clause": clause, "point": point},
        }
        out.append({"shape": "pinpoint", "text": text, "expected": [exp]})
    return out


def gen_list(rng: random.Random, n: int) -> list[dict]:
    out = []
    for _ in range(n):
        name, abbr = rng.choice(ADMIN_TYPES[:6])
        ag = rng.choice(["UBND", "TTg", "BNV"])
        k = rng.randint(2, 4)
        nums = rng.sample(range(1, 3000), k)
        keys = [f"{x}/{abbr}-{ag}" for x in nums]
        seps = [rng.choice([", ", ", số ", " và ", " và số ", ","]) for _ in range(k - 1)]
        body = keys[0]
        for sep, key in zip(seps, keys[1:], strict=True):
            body += sep + key
        issuer = None
        if rng.random() < 0.5 and ag in ISSUERS:
            issuer = rng.choice(ISSUERS[ag])
            body += f" của {issuer}"
        plural = rng.choice(["các ", ""])
        text = f"Bãi bỏ {plural}{name} số {body}."
        exp = [{"key": key, "doc_type": name, "issuer": issuer} for key in keys]
        out.append({"shape": "list", "text": text, "expected": exp})
    # normative lists: "Nghị định số 61/2018/NĐ-CP và 107/2021/NĐ-CP"
    for _ in range(n // 2):
        y1, y2 = rng.randint(2010, 2017), rng.randint(2018, 2024)
        k1 = f"{rng.randint(1, 150)}/{y1}/NĐ-CP"
        k2 = f"{rng.randint(1, 150)}/{y2}/NĐ-CP"
        d1, m1 = rng.randint(1, 28), rng.randint(1, 12)
        text = f"Căn cứ các Nghị định số {k1} ngày {d1}/{m1}/{y1} và {k2} của Chính phủ;"
        exp = [
            {
                "key": k1,
                "doc_type": "Nghị định",
                "issued": f"{y1}-{m1:02d}-{d1:02d}",
                "issuer": "Chính phủ",
                "year": y1,
            },
            {"key": k2, "doc_type": "Nghị định", "issued": None, "issuer": "Chính phủ", "year": y2},
        ]
        out.append({"shape": "list", "text": text, "expected": exp})
    return out


def gen_nested(rng: random.Random, n: int) -> list[dict]:
    out = []
    for _ in range(n):
        y = rng.randint(2018, 2024)
        outer = f"{rng.randint(1, 300)}/KH-UBND"
        inner = f"{rng.randint(1, 2000)}/QĐ-TTg"
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        verb = rng.choice(["triển khai thực hiện", "thực hiện", "triển khai"])
        s = rng.choice(SUBJECTS)
        text = (
            f"Kế hoạch số {outer} ngày {d} tháng {m} năm {y} của UBND tỉnh về {verb} "
            f"Quyết định số {inner} ngày {d}/{m}/{y - 1} của Thủ tướng Chính phủ về {s};"
        )
        exp = [
            {
                "key": outer,
                "doc_type": "Kế hoạch",
                "issued": f"{y}-{m:02d}-{d:02d}",
                "issuer": "UBND tỉnh",
                "subject": verb,
            },
            {
                "key": inner,
                "doc_type": "Quyết định",
                "issued": f"{y - 1}-{m:02d}-{d:02d}",
                "issuer": "Thủ tướng Chính phủ",
                "subject": s,
            },
        ]
        out.append({"shape": "nested", "text": text, "expected": exp})
    return out


def gen_messy(rng: random.Random, n: int) -> list[dict]:
    """NFD text, no-break spaces, en dashes and line breaks inside references."""
    out = []
    for i in range(n):
        y = rng.randint(2015, 2024)
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        num = rng.randint(1, 999)
        v = i % 6
        if v == 0:
            text = f"Nghị\u00a0định\u00a0số\u00a0{num}/{y}/NĐ\u2013CP ngày\u00a0{d}/{m}/{y} của Chính\u00a0phủ."
            key, dt, issuer = f"{num}/{y}/NĐ-CP", "Nghị định", "Chính phủ"
        elif v == 1:
            text = unicodedata.normalize(
                "NFD",
                f"Quyết định số {num}/QĐ-UBND ngày {d} tháng {m} năm {y} của Ủy ban nhân dân tỉnh Hậu Giang.",
            )
            key, dt, issuer = f"{num}/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hậu Giang"
        elif v == 2:
            text = (
                f"Thực hiện Kế hoạch\nsố {num}/KH-UBND ngày {d}\ntháng {m} năm {y} của UBND\ntỉnh."
            )
            key, dt, issuer = f"{num}/KH-UBND", "Kế hoạch", "UBND tỉnh"
        elif v == 3:
            text = f"Chỉ thị số {num:02d}\u2014CT/TU ngày {d:02d}/{m:02d}/{y} của Tỉnh ủy."
            key, dt, issuer = f"{num:02d}-CT/TU", "Chỉ thị", "Tỉnh ủy"
        elif v == 4:
            text = (
                f"THÔNG TƯ SỐ {num:02d}/{y}/TT\u2011BNV NGÀY {d} THÁNG {m} NĂM {y} của Bộ Nội vụ."
            )
            key, dt, issuer = f"{num:02d}/{y}/TT-BNV", "Thông tư", "Bộ Nội vụ"
        else:
            text = f"công văn số:{num}/UBND\u2212VP ngày {d}.{m}.{y} của UBND tỉnh."
            key, dt, issuer = f"{num}/UBND-VP", "Công văn", "UBND tỉnh"
        exp = {"key": key, "doc_type": dt, "issued": f"{y}-{m:02d}-{d:02d}", "issuer": issuer}
        out.append({"shape": "messy", "text": text, "expected": [exp]})
    return out


def gen_invalid_dates(rng: random.Random, n: int) -> list[dict]:
    out = []
    bad = [(31, 2), (30, 2), (31, 4), (32, 1), (0, 5), (15, 13), (31, 6), (31, 9)]
    for _ in range(n):
        d, m = rng.choice(bad)
        y = rng.randint(2015, 2024)
        key = f"{rng.randint(1, 999)}/QĐ-UBND"
        fmt = rng.choice(["ngày {d} tháng {m} năm {y}", "ngày {d}/{m}/{y}"])
        text = f"Quyết định số {key} {fmt.format(d=d, m=m, y=y)} của UBND tỉnh."
        exp = {"key": key, "doc_type": "Quyết định", "issued": None, "issuer": "UBND tỉnh"}
        out.append({"shape": "invalid_date", "text": text, "expected": [exp]})
    return out


def gen_negatives(rng: random.Random, n: int) -> list[dict]:
    kinds = [
        lambda: (
            f"Ngày {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1990, 2030)} Sở Nội vụ tổ chức hội nghị."
        ),
        lambda: f"Hạn chót là {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2000, 2030)}.",
        lambda: (
            f"Điện thoại: 0293.{rng.randint(1000, 9999)}.{rng.randint(100, 999)}, đường dây nóng 1900 {rng.randint(1000, 9999)}."
        ),
        lambda: (
            f"Có {rng.randint(1, 9)}/{rng.randint(2, 10)} số xã đạt chuẩn, chiếm {rng.randint(1, 99)},{rng.randint(1, 9)}% tổng số."
        ),
        lambda: (
            f"Xem mục {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)} của tài liệu."
        ),
        lambda: (
            f"Truy cập https://dichvucong.haugiang.gov.vn/van-ban/{rng.randint(1, 999)}/QD-UBND để tra cứu."
        ),
        lambda: (
            f"Xem tại https://vanban.chinhphu.vn/?pageid=27160&docid={rng.randint(1000, 99999)}."
        ),
        lambda: (
            f"Mã hồ sơ 000.00.{rng.randint(10, 99)}.H30-{rng.randint(210000, 229999)}-{rng.randint(1, 9999):04d}."
        ),
        lambda: "Tổng đài hỗ trợ 24/7 cho người dân và doanh nghiệp.",
        lambda: "Phòng, chống dịch COVID-19 trên địa bàn tỉnh.",
        lambda: (
            f"Từ tháng {rng.randint(1, 12)}/{rng.randint(2020, 2024)} - {rng.randint(1, 12)}/{rng.randint(2020, 2024)}."
        ),
        lambda: f"Tỷ lệ hồ sơ đúng hạn đạt {rng.randint(90, 99)}/{rng.randint(100, 120)} hồ sơ.",
        lambda: (
            f"Giai đoạn {rng.randint(2016, 2020)}/{rng.randint(2021, 2025)} có nhiều chuyển biến."
        ),
        lambda: f"Xếp hạng {rng.randint(1, 63)}/63 tỉnh, thành phố.",
        lambda: (
            f"Đường số {rng.randint(1, 30)}/{rng.randint(1, 9)} phường {rng.randint(1, 9)}, TP. Vị Thanh."
        ),
        lambda: "Tiêu chuẩn ISO 9001:2015 và TCVN ISO/IEC 27001:2019 được áp dụng.",
        lambda: f"Hồ sơ số {rng.randint(1, 9999)}/2023 đã được tiếp nhận.",
        lambda: (
            f"Biển số xe 95A-{rng.randint(100, 999)}.{rng.randint(10, 99)} và email so.noivu@haugiang.gov.vn."
        ),
    ]
    out = []
    for i in range(n):
        out.append({"shape": "negative", "text": kinds[i % len(kinds)](), "expected": []})
    return out


# Hand-made sentences in real-world shapes (expectations written by hand).
HANDMADE: list[dict[str, Any]] = [
    {
        "shape": "handmade",
        "text": "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
        "expected": [
            {
                "key": "30/2020/NĐ-CP",
                "doc_type": "Nghị định",
                "issued": "2020-03-05",
                "issuer": "Chính phủ",
                "subject": "công tác văn thư",
                "year": 2020,
                "kind": "normative",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
        "expected": [
            {
                "key": "47/2019/QH14",
                "doc_type": "Luật",
                "issued": None,
                "issuer": None,
                "kind": "law",
                "symbol": "QH14",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Thực hiện Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.",
        "expected": [
            {
                "key": "01/2018/TT-VPCP",
                "doc_type": "Thông tư",
                "issued": "2018-11-23",
                "issuer": "Văn phòng Chính phủ",
            },
            {
                "key": "61/2018/NĐ-CP",
                "doc_type": "Nghị định",
                "issued": "2018-04-23",
                "issuer": "Chính phủ",
                "subject": "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
            },
        ],
    },
    {
        "shape": "handmade",
        "text": "Căn cứ Thông tư số 22/2019/TT-BTTTT ngày 31 tháng 12 năm 2019 của Bộ trưởng Bộ Thông tin và Truyền thông quy định về tiêu chuẩn kỹ thuật;",
        "expected": [
            {
                "key": "22/2019/TT-BTTTT",
                "doc_type": "Thông tư",
                "issued": "2019-12-31",
                "issuer": "Bộ trưởng Bộ Thông tin và Truyền thông",
                "subject": "quy định về tiêu chuẩn kỹ thuật",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Thông tư 03/2025/TT-VPCP thay thế Thông tư 02/2017/TT-VPCP.",
        "expected": [
            {"key": "03/2025/TT-VPCP", "doc_type": "Thông tư", "issued": None, "issuer": None},
            {"key": "02/2017/TT-VPCP", "doc_type": "Thông tư", "issued": None, "issuer": None},
        ],
    },
    {
        "shape": "handmade",
        "text": "Thông tư số 11/2014/TT-BCT ngày 27/3/2014 của Bộ Công Thương;",
        "expected": [
            {
                "key": "11/2014/TT-BCT",
                "doc_type": "Thông tư",
                "issued": "2014-03-27",
                "issuer": "Bộ Công Thương",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Quyết định số 06/2018/QĐ-UBND ngày 15 tháng 5 năm 2018 của UBND tỉnh Hậu Giang ban hành Quy chế tổ chức và hoạt động.",
        "expected": [
            {
                "key": "06/2018/QĐ-UBND",
                "doc_type": "Quyết định",
                "issued": "2018-05-15",
                "issuer": "UBND tỉnh Hậu Giang",
                "subject": "ban hành Quy chế tổ chức và hoạt động",
                "kind": "normative",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 14 tháng 9 năm 2015 của Bộ Nội vụ và Bộ Tài chính;",
        "expected": [
            {
                "key": "01/2015/TTLT-BNV-BTC",
                "doc_type": "Thông tư liên tịch",
                "issued": "2015-09-14",
                "issuer": "Bộ Nội vụ và Bộ Tài chính",
                "symbol": "TTLT-BNV-BTC",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015.",
        "expected": [
            {
                "key": "80/2015/QH13",
                "doc_type": "Luật",
                "issued": "2015-06-22",
                "issuer": None,
                "kind": "law",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016 của Ủy ban Thường vụ Quốc hội về tiêu chuẩn của đơn vị hành chính.",
        "expected": [
            {
                "key": "1211/2016/UBTVQH13",
                "doc_type": "Nghị quyết",
                "issued": "2016-05-25",
                "issuer": "Ủy ban Thường vụ Quốc hội",
                "subject": "tiêu chuẩn của đơn vị hành chính",
                "kind": "law",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Công văn số 1747/UBND-NC ngày 12/8/2021 của UBND tỉnh về việc đẩy mạnh cải cách hành chính.",
        "expected": [
            {
                "key": "1747/UBND-NC",
                "doc_type": "Công văn",
                "issued": "2021-08-12",
                "issuer": "UBND tỉnh",
                "subject": "đẩy mạnh cải cách hành chính",
                "kind": "administrative",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Theo hướng dẫn tại 2345/BNV-CCHC, các tỉnh báo cáo trước ngày 15/12.",
        "expected": [
            {"key": "2345/BNV-CCHC", "doc_type": "Công văn", "issued": None, "issuer": None}
        ],
    },
    {
        "shape": "handmade",
        "text": "Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng.",
        "expected": [
            {
                "key": "36-HD/VPTW",
                "doc_type": "Hướng dẫn",
                "issued": "2018-04-03",
                "issuer": "Văn phòng Trung ương Đảng",
                "symbol": "HD/VPTW",
                "kind": "party",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Thực hiện Kết luận số 05-KL/TW của Ban Bí thư;",
        "expected": [
            {
                "key": "05-KL/TW",
                "doc_type": "Kết luận",
                "issued": None,
                "issuer": "Ban Bí thư",
                "kind": "party",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "nghị định 61/2018/NĐ-CP và nghị định 107/2021/NĐ-CP quy định về một cửa",
        "expected": [
            {"key": "61/2018/NĐ-CP", "doc_type": "Nghị định", "issuer": None},
            {
                "key": "107/2021/NĐ-CP",
                "doc_type": "Nghị định",
                "issuer": None,
                "subject": "quy định về một cửa",
            },
        ],
    },
    {
        "shape": "handmade",
        "text": "Số: 1226/QĐ-UBND\nHậu Giang, ngày 29 tháng 6 năm 2021",
        "expected": [
            {"key": "1226/QĐ-UBND", "doc_type": "Quyết định", "issued": None, "issuer": None}
        ],
    },
    {
        "shape": "handmade",
        "text": "Quyết định 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2021.",
        "expected": [
            {
                "key": "876/QĐ-BNV",
                "doc_type": "Quyết định",
                "issued": "2022-11-10",
                "issuer": "Bộ Nội vụ",
                "subject": None,
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND của UBND tỉnh",
        "expected": [
            {"key": "12/QĐ-UBND", "doc_type": "Quyết định", "issuer": "UBND tỉnh"},
            {"key": "13/QĐ-UBND", "doc_type": "Quyết định", "issuer": "UBND tỉnh"},
        ],
    },
    {
        "shape": "handmade",
        "text": "Căn cứ Quyết định số 129/2007/QĐ-TTg ngày 02/8/2007 của Thủ tướng Chính phủ ban hành Quy chế văn hóa công sở;",
        "expected": [
            {
                "key": "129/2007/QĐ-TTg",
                "doc_type": "Quyết định",
                "issued": "2007-08-02",
                "issuer": "Thủ tướng Chính phủ",
                "subject": "ban hành Quy chế văn hóa công sở",
                "year": 2007,
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Kế hoạch số 45/KH-UBND năm 2023 của UBND huyện Châu Thành.",
        "expected": [
            {
                "key": "45/KH-UBND",
                "doc_type": "Kế hoạch",
                "issued": None,
                "issuer": "UBND huyện Châu Thành",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Chỉ thị số 23/CT-TTg ngày 2/9/2021 của Thủ tướng Chính phủ.",
        "expected": [
            {
                "key": "23/CT-TTg",
                "doc_type": "Chỉ thị",
                "issued": "2021-09-02",
                "issuer": "Thủ tướng Chính phủ",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Nghị quyết 76/NQ-CP của Chính phủ ngày 15/7/2021 về Chương trình tổng thể cải cách hành chính.",
        "expected": [
            {
                "key": "76/NQ-CP",
                "doc_type": "Nghị quyết",
                "issued": "2021-07-15",
                "issuer": "Chính phủ",
                "subject": "Chương trình tổng thể cải cách hành chính",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Xem khoản 3 Điều 7 Thông tư số 01/2018/TT-VPCP.",
        "expected": [
            {
                "key": "01/2018/TT-VPCP",
                "doc_type": "Thông tư",
                "pinpoint": {"article": "7", "clause": "3", "point": None},
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Điều 15 Nghị định 30/2020/NĐ-CP quy định số và ký hiệu văn bản.",
        "expected": [
            {
                "key": "30/2020/NĐ-CP",
                "doc_type": "Nghị định",
                "pinpoint": {"article": "15", "clause": None, "point": None},
                "subject": "quy định số và ký hiệu văn bản",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Tờ trình số 88/TTr-SNV ngày 01/3/2022 của Sở Nội vụ.",
        "expected": [
            {
                "key": "88/TTr-SNV",
                "doc_type": "Tờ trình",
                "issued": "2022-03-01",
                "issuer": "Sở Nội vụ",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Quy định số 05/QyĐ-UBND về quản lý con dấu.",
        "expected": [{"key": "05/QyĐ-UBND", "doc_type": "Quy định", "subject": "quản lý con dấu"}],
    },
    {
        "shape": "handmade",
        "text": "Chương trình số 10/CTr-UBND ngày 5/1/2022 về cải cách hành chính.",
        "expected": [
            {
                "key": "10/CTr-UBND",
                "doc_type": "Chương trình",
                "issued": "2022-01-05",
                "subject": "cải cách hành chính",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Đề án số 02/ĐA-UBND ngày 31/02/2022 của UBND tỉnh.",
        "expected": [
            {"key": "02/ĐA-UBND", "doc_type": "Đề án", "issued": None, "issuer": "UBND tỉnh"}
        ],
    },
    {
        "shape": "handmade",
        "text": "Thông báo số 334/TB-VPCP ngày 20/11/2021 của Văn phòng Chính phủ kết luận của Thủ tướng.",
        "expected": [
            {
                "key": "334/TB-VPCP",
                "doc_type": "Thông báo",
                "issued": "2021-11-20",
                "issuer": "Văn phòng Chính phủ",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Báo cáo số 120/BC-UBND, ngày 14/6/2023, của UBND tỉnh về kết quả cải cách hành chính 6 tháng đầu năm 2023.",
        "expected": [
            {
                "key": "120/BC-UBND",
                "doc_type": "Báo cáo",
                "issued": "2023-06-14",
                "issuer": "UBND tỉnh",
                "subject": "kết quả cải cách hành chính 6 tháng đầu năm 2023",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Thực hiện Văn bản số 4567/VPCP-KSTT ngày 07/7/2022 của Văn phòng Chính phủ;",
        "expected": [
            {
                "key": "4567/VPCP-KSTT",
                "doc_type": "Công văn",
                "issued": "2022-07-07",
                "issuer": "Văn phòng Chính phủ",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Pháp lệnh số 02/2022/UBTVQH15 ngày 12/11/2022.",
        "expected": [
            {
                "key": "02/2022/UBTVQH15",
                "doc_type": "Pháp lệnh",
                "issued": "2022-11-12",
                "kind": "law",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Lệnh số 05/2019/L-CTN công bố Luật.",
        "expected": [{"key": "05/2019/L-CTN", "doc_type": "Lệnh", "kind": "normative"}],
    },
    {
        "shape": "handmade",
        "text": "Nghị quyết số 03-NQ/TU ngày 31 tháng 12 năm 2020 của Ban Chấp hành Đảng bộ tỉnh khóa XIV về cải cách hành chính nhà nước tỉnh Hậu Giang giai đoạn 2021 - 2025;",
        "expected": [
            {
                "key": "03-NQ/TU",
                "doc_type": "Nghị quyết",
                "issued": "2020-12-31",
                "issuer": "Ban Chấp hành Đảng bộ tỉnh khóa XIV",
                "subject": "cải cách hành chính nhà nước tỉnh Hậu Giang giai đoạn 2021 - 2025",
                "symbol": "NQ/TU",
                "number": "03",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.",
        "expected": [
            {
                "key": "08-QĐi/TW",
                "doc_type": "Quy định",
                "issued": "2018-10-25",
                "issuer": "Ban Chấp hành Trung ương",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Quyết định số 468/QĐ-TTg ngày 27 tháng 3 năm 2021 của Thủ tướng Chính phủ (sau đây gọi là Đề án 468).",
        "expected": [
            {
                "key": "468/QĐ-TTg",
                "doc_type": "Quyết định",
                "issued": "2021-03-27",
                "issuer": "Thủ tướng Chính phủ",
                "subject": None,
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Thực hiện Chỉ thị số 40-CT/TU, ngày 02/8/2018 của Tỉnh ủy Hậu Giang;",
        "expected": [
            {
                "key": "40-CT/TU",
                "doc_type": "Chỉ thị",
                "issued": "2018-08-02",
                "issuer": "Tỉnh ủy Hậu Giang",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Quyết định số 1557/QĐ-TTg ngày 18/10/2012 của Thủ tướng Chính phủ phê duyệt Đề án đẩy mạnh cải cách chế độ công vụ, công chức;...",
        "expected": [
            {
                "key": "1557/QĐ-TTg",
                "doc_type": "Quyết định",
                "issued": "2012-10-18",
                "issuer": "Thủ tướng Chính phủ",
                "subject": "phê duyệt Đề án đẩy mạnh cải cách chế độ công vụ, công chức",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010; Nghị định số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 của Chính phủ.",
        "expected": [
            {
                "key": "63/2010/NĐ-CP",
                "doc_type": "Nghị định",
                "issued": "2010-06-08",
                "issuer": None,
            },
            {
                "key": "48/2013/NĐ-CP",
                "doc_type": "Nghị định",
                "issued": "2013-05-14",
                "issuer": "Chính phủ",
            },
        ],
    },
    {
        "shape": "handmade",
        "text": "Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính (hết hiệu lực).",
        "expected": [
            {
                "key": "01/2011/TT-BNV",
                "doc_type": "Thông tư",
                "issued": "2011-01-19",
                "issuer": "Bộ Nội vụ",
                "subject": "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Xem (Công văn số 15/SNV-CCHC ngày 4/1/2023 về việc rà soát thủ tục hành chính).",
        "expected": [
            {
                "key": "15/SNV-CCHC",
                "doc_type": "Công văn",
                "issued": "2023-01-04",
                "issuer": None,
                "subject": "rà soát thủ tục hành chính",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Giấy mời số 77/GM-UBND ngày 3/3/2023.",
        "expected": [{"key": "77/GM-UBND", "doc_type": "Giấy mời", "issued": "2023-03-03"}],
    },
    {
        "shape": "handmade",
        "text": "Công điện số 1099/CĐ-TTg ngày 31/12/2021 của Thủ tướng Chính phủ.",
        "expected": [
            {
                "key": "1099/CĐ-TTg",
                "doc_type": "Công điện",
                "issued": "2021-12-31",
                "issuer": "Thủ tướng Chính phủ",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Kế hoạch số 20/KH-UBND ngày 29 tháng 01 năm 2021 về Tổng thể CCHC nhà nước tỉnh Hậu Giang giai đoạn 2021 - 2030;",
        "expected": [
            {
                "key": "20/KH-UBND",
                "doc_type": "Kế hoạch",
                "issued": "2021-01-29",
                "issuer": None,
                "subject": "Tổng thể CCHC nhà nước tỉnh Hậu Giang giai đoạn 2021 - 2030",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 và Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;",
        "expected": [
            {
                "key": "61/2018/NĐ-CP",
                "doc_type": "Nghị định",
                "issued": "2018-04-23",
                "issuer": "Chính phủ",
            },
            {
                "key": "107/2021/NĐ-CP",
                "doc_type": "Nghị định",
                "issued": "2021-12-06",
                "issuer": "Chính phủ",
            },
        ],
    },
    {
        "shape": "handmade",
        "text": "Thông tư số 15/2022/TT-BTC ngày 04/3/2022 của Bộ Tài chính quy định mức thu.",
        "expected": [
            {
                "key": "15/2022/TT-BTC",
                "doc_type": "Thông tư",
                "issued": "2022-03-04",
                "issuer": "Bộ Tài chính",
                "subject": "quy định mức thu",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.",
        "expected": [
            {
                "key": "749/QĐ-TTg",
                "doc_type": "Quyết định",
                "issued": "2020-06-03",
                "issuer": "Thủ tướng Chính phủ",
                "subject": "phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Thông tư số 03/2021/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết.",
        "expected": [
            {
                "key": "03/2021/TT-BVHTTDL",
                "doc_type": "Thông tư",
                "issuer": "Bộ Văn hóa, Thể thao và Du lịch",
                "subject": "quy định chi tiết",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Thông tư số 10/2023/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội.",
        "expected": [
            {
                "key": "10/2023/TT-BLĐTBXH",
                "doc_type": "Thông tư",
                "issuer": "Bộ Lao động - Thương binh và Xã hội",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Điểm b khoản 1 Điều 12 của Nghị định số 42/2022/NĐ-CP.",
        "expected": [
            {
                "key": "42/2022/NĐ-CP",
                "doc_type": "Nghị định",
                "pinpoint": {"article": "12", "clause": "1", "point": "b"},
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Theo 1/2 số ý kiến và Quyết định 5/QĐ-UBND, tỷ lệ đạt 98,5%.",
        "expected": [{"key": "5/QĐ-UBND", "doc_type": "Quyết định"}],
    },
    {
        "shape": "handmade",
        "text": "Năm 2022, tỉnh ban hành 15/20 kế hoạch; Kế hoạch 12/KH-UBND ngày 5 tháng 01 năm 2022.",
        "expected": [{"key": "12/KH-UBND", "doc_type": "Kế hoạch", "issued": "2022-01-05"}],
    },
    {
        "shape": "handmade",
        "text": "Đã ban hành Quyết định số 2079/QĐ-UBND ngày 30 tháng 12 năm 2021 của Chủ tịch UBND tỉnh Hậu Giang về việc công bố danh mục thủ tục hành chính.",
        "expected": [
            {
                "key": "2079/QĐ-UBND",
                "doc_type": "Quyết định",
                "issued": "2021-12-30",
                "issuer": "Chủ tịch UBND tỉnh Hậu Giang",
                "subject": "công bố danh mục thủ tục hành chính",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Thông báo kết luận số 15-TB/TU ngày 10/01/2022 của Thường trực Tỉnh ủy.",
        "expected": [
            {
                "key": "15-TB/TU",
                "doc_type": "Thông báo",
                "issued": "2022-01-10",
                "issuer": "Thường trực Tỉnh ủy",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Kế hoạch số 1436/KH-UBND ngày 13 tháng 7 năm 2020 của UBND tỉnh Hậu Giang về việc xây dựng tổng đài CCHC tỉnh Hậu Giang; thiết lập tài khoản Zalo.",
        "expected": [
            {
                "key": "1436/KH-UBND",
                "doc_type": "Kế hoạch",
                "issued": "2020-07-13",
                "issuer": "UBND tỉnh Hậu Giang",
                "subject": "xây dựng tổng đài CCHC tỉnh Hậu Giang",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Nghị quyết số 76 /NQ-CP ngày 15/7/2021 của Chính phủ.",
        "expected": [
            {
                "key": "76/NQ-CP",
                "doc_type": "Nghị quyết",
                "issued": "2021-07-15",
                "issuer": "Chính phủ",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "QĐ số 1226/QĐ-UBND ngày 29/6/2021 của UBND tỉnh",
        "expected": [
            {
                "key": "1226/QĐ-UBND",
                "doc_type": "Quyết định",
                "issued": "2021-06-29",
                "issuer": "UBND tỉnh",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "CV số 512/UBND-VP ngày 3/3/2022 của UBND huyện Phụng Hiệp v/v báo cáo số liệu.",
        "expected": [
            {
                "key": "512/UBND-VP",
                "doc_type": "Công văn",
                "issued": "2022-03-03",
                "issuer": "UBND huyện Phụng Hiệp",
                "subject": "báo cáo số liệu",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;",
        "expected": [
            {
                "key": "107/2021/NĐ-CP",
                "doc_type": "Nghị định",
                "issued": "2021-12-06",
                "issuer": "Chính phủ",
                "subject": "sửa đổi, bổ sung một số điều",
            },
            {
                "key": "61/2018/NĐ-CP",
                "doc_type": "Nghị định",
                "issued": None,
                "issuer": None,
                "subject": None,
            },
        ],
    },
    {
        "shape": "handmade",
        "text": "Số: 15/KH-UBND          Hậu Giang, ngày 21 tháng 01 năm 2021",
        "expected": [{"key": "15/KH-UBND", "doc_type": "Kế hoạch", "issued": None, "issuer": None}],
    },
    {
        "shape": "handmade",
        "text": "Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị về tiếp tục đổi mới, sắp xếp tổ chức bộ máy.",
        "expected": [
            {
                "key": "48-KL/TW",
                "doc_type": "Kết luận",
                "issued": "2023-01-30",
                "issuer": "Bộ Chính trị",
                "subject": "tiếp tục đổi mới, sắp xếp tổ chức bộ máy",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Quyết định số 12/QĐ-UBND của UBND TP. Vị Thanh về việc giao chỉ tiêu.",
        "expected": [
            {
                "key": "12/QĐ-UBND",
                "doc_type": "Quyết định",
                "issuer": "UBND TP. Vị Thanh",
                "subject": "giao chỉ tiêu",
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Nghị quyết số 20/2021/NQ-HĐND ngày 8/12/2021 của HĐND tỉnh Hậu Giang khóa X, kỳ họp thứ 3.",
        "expected": [
            {
                "key": "20/2021/NQ-HĐND",
                "doc_type": "Nghị quyết",
                "issued": "2021-12-08",
                "issuer": "HĐND tỉnh Hậu Giang khóa X",
                "year": 2021,
            }
        ],
    },
    {
        "shape": "handmade",
        "text": "Tiếp nhận 1.234 hồ sơ (đạt 99,5%), 24/7, hotline 1900.1234; xem Quyết định 5/QĐ-UBND.",
        "expected": [{"key": "5/QĐ-UBND", "doc_type": "Quyết định", "issuer": None}],
    },
    {
        "shape": "handmade",
        "text": "- Công văn số 2345/BNV-CCHC ngày 9/5/2022 của Bộ Nội vụ về việc hướng dẫn chấm điểm Chỉ số CCHC;\n- Quyết định số 876/QĐ-BNV của Bộ Nội vụ.",
        "expected": [
            {
                "key": "2345/BNV-CCHC",
                "doc_type": "Công văn",
                "issued": "2022-05-09",
                "issuer": "Bộ Nội vụ",
                "subject": "hướng dẫn chấm điểm Chỉ số CCHC",
            },
            {"key": "876/QĐ-BNV", "doc_type": "Quyết định", "issuer": "Bộ Nội vụ"},
        ],
    },
    {
        "shape": "handmade",
        "text": "thực hiện nghị quyết số 02-NQ/TU ngày 2 tháng 12 năm 2020 của ban chấp hành Đảng bộ tỉnh",
        "expected": [
            {"key": "02-NQ/TU", "doc_type": "Nghị quyết", "issued": "2020-12-02", "issuer": None}
        ],
    },
    {
        "shape": "handmade",
        "text": "Giai đoạn 2021/2025 có 15/20 chỉ tiêu đạt; Quyết định số 1557/QĐ-TTg năm 2012.",
        "expected": [
            {"key": "1557/QĐ-TTg", "doc_type": "Quyết định", "issued": None, "issuer": None}
        ],
    },
]


def main() -> None:
    rng = random.Random(20200305)  # NĐ 30/2020/NĐ-CP was signed on 05/03/2020
    rows: list[dict] = []
    rows += gen_normative(rng, 90)
    rows += gen_joint(rng, 15)
    rows += gen_law(rng, 40)
    rows += gen_admin(rng, 90)
    rows += gen_letter(rng, 50)
    rows += gen_party(rng, 50)
    rows += gen_pinpoint(rng, 35)
    rows += gen_list(rng, 24)
    rows += gen_nested(rng, 15)
    rows += gen_messy(rng, 36)
    rows += gen_invalid_dates(rng, 16)
    rows += HANDMADE
    rows += gen_negatives(rng, 108)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_refs = sum(len(r["expected"]) for r in rows)
    n_neg = sum(1 for r in rows if not r["expected"])
    print(f"wrote {len(rows)} lines, {n_refs} references, {n_neg} negative lines -> {OUT}")


if __name__ == "__main__":
    main()
