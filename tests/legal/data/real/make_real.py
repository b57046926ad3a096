"""Build ``dev.jsonl`` and ``test.jsonl``: real Vietnamese passages with hand-written labels.

Run from the repository root: ``.venv/bin/python tests/legal/data/real/make_real.py``.

Every passage below was copied from a real document (its source is recorded with it) and every
label was written by a person reading the passage; nothing here calls the extractor. See
``README.md`` for how the passages were chosen, the label conventions and the split.

A label is one string ``key|doc_type|issued|issuer|shapes|relation|pinpoint[|kind]``:

* ``key`` is the canonical key typed by hand (number/year/symbol, see README); ``number``,
  ``year``, ``symbol`` and ``kind`` are derived from it by the project's key rule (``N/YYYY/X``
  normative, ``N/YYYY/QHnn`` law, ``N-T/X`` party, ``N/X`` administrative) unless ``kind`` is given;
* ``doc_type`` empty means "the type the symbol names" (``NĐ`` Nghị định, ``HD`` Hướng dẫn, an
  unknown first segment of an administrative symbol is a Công văn): it was filled in only where
  the prose names a different type;
* ``issued`` ISO date when the sentence gives the issue date (not the effective date);
* ``issuer`` when the sentence names it in the clause after the reference ("của Bộ Nội vụ");
* ``shapes`` comma-separated tags; the kind is added as a tag automatically;
* ``relation`` one of amends, replaces, repeals, guides, implements, or empty;
* ``pinpoint`` ``article,clause,point`` (a list inside one level is written "a, b").
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Symbol abbreviations (Nghị định 30/2020/NĐ-CP Phụ lục III; Hướng dẫn 36-HD/VPTW for the Party).
STATE_ABBR = {
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết liên tịch",
    "NĐ": "Nghị định",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "GM": "Giấy mời",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "PL": "Pháp lệnh",
    "L": "Lệnh",
}
PARTY_ABBR = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QĐi": "Quy định",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "TT": "Thông tri",
    "KL": "Kết luận",
    "CV": "Công văn",
}
LAW_BODY = re.compile(r"(?:QH|UBTVQH)\d{1,2}\Z")
RELATIONS = {"amends", "replaces", "repeals", "guides", "implements"}
PARTY_KEY = re.compile(r"(?P<num>\d+[a-z]?)-(?P<pt>[^/\s]+)/(?P<body>\S+)\Z")
NORM_KEY = re.compile(r"(?P<num>\d+[a-z]?)/(?P<year>\d{4})/(?P<body>\S+)\Z")
ADMIN_KEY = re.compile(r"(?P<num>\d+[a-z]?)/(?P<body>\S+)\Z")
OLD_KEY = re.compile(r"(?P<num>\d+)-(?P<body>[A-ZĐ]+)\Z")  # pre-1997 "84-CP", "159-TB"


def parse_key(key: str, kind: str | None) -> dict:
    """number, year, symbol, kind and the symbol's type for a key typed by hand."""
    if m := PARTY_KEY.match(key):
        pt = m["pt"]
        return {
            "number": m["num"],
            "year": None,
            "symbol": f"{pt}/{m['body']}",
            "kind": kind or "party",
            "_type": PARTY_ABBR.get(pt),
        }
    if m := NORM_KEY.match(key):
        body = m["body"]
        law = LAW_BODY.match(body) is not None
        t = (
            ("Pháp lệnh" if body.startswith("UBTVQH") else "Luật")
            if law
            else STATE_ABBR.get(body.split("-", 1)[0])
        )
        return {
            "number": m["num"],
            "year": int(m["year"]),
            "symbol": body,
            "kind": kind or ("law" if law else "normative"),
            "_type": t,
        }
    if m := ADMIN_KEY.match(key):
        body = m["body"]
        return {
            "number": m["num"],
            "year": None,
            "symbol": body,
            "kind": kind or "administrative",
            "_type": STATE_ABBR.get(body.split("-", 1)[0], "Công văn"),
        }
    if m := OLD_KEY.match(key):
        return {
            "number": m["num"],
            "year": None,
            "symbol": m["body"],
            "kind": kind or "administrative",
            "_type": None,
        }
    raise ValueError(f"bad key {key!r}")


def parse_label(spec: str) -> dict:
    parts = spec.split("|")
    if len(parts) not in (7, 8):
        raise ValueError(f"bad label {spec!r}")
    key, doc_type, issued, issuer, shapes, relation, pin = parts[:7]
    info = parse_key(key, parts[7] if len(parts) == 8 and parts[7] else None)
    doc_type = doc_type or info["_type"]
    if not doc_type:
        raise ValueError(f"no type for {spec!r}")
    if relation and relation not in RELATIONS:
        raise ValueError(f"bad relation {spec!r}")
    if issued and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", issued):
        raise ValueError(f"bad date {spec!r}")
    tags = [s for s in shapes.split(",") if s]
    pinpoint = None
    if pin:
        levels = re.split(r",(?! )", pin)
        levels += [None] * (3 - len(levels))
        pinpoint = dict(zip(("article", "clause", "point"), levels, strict=True))
        if not any(t.startswith("pinpoint") for t in tags):
            tags.append("pinpoint")
    tags = [info["kind"], *tags]
    return {
        "key": key,
        "doc_type": doc_type,
        "number": info["number"],
        # issue 16: the year of a number without one comes from the issue date the sentence
        # gives ("15/KH-UBND ngày 10/3/2022" -> 2022); the key itself keeps no year
        "year": info["year"] if info["year"] is not None else (int(issued[:4]) if issued else None),
        "symbol": info["symbol"],
        "kind": info["kind"],
        "issued": issued or None,
        "issuer": issuer or None,
        "pinpoint": pinpoint,
        "relation": relation or None,
        "shape": tags,
    }


def source_id(src: dict) -> str:
    return src.get("url") or f"{src['repo']}:{src['path']}"


def split_of(src: dict) -> str:
    """Whole source documents go to one half: sha1 of the source, even -> dev, odd -> test."""
    h = hashlib.sha1(source_id(src).encode("utf-8")).hexdigest()
    return "dev" if int(h[:8], 16) % 2 == 0 else "test"


def year_after(text: str, number: str, nth: int) -> int | None:
    """The year a portal title writes right after the ``nth`` mention of the number ("Quyết định
    853/QĐ-UBND năm 2018 phê duyệt …"), if any."""
    starts = [m.start() for m in re.finditer(rf"(?<![\w/]){re.escape(number)}[ ]?[/-]", text)]
    if nth >= len(starts):
        return None
    m = re.compile(r"\S{1,40}?[ ]+năm[ ]+(\d{4})(?!\d)").match(text, starts[nth] + len(number))
    return int(m.group(1)) if m else None


def records(passages: list | None = None) -> list[dict]:
    out = []
    for category, src, text, labels in PASSAGES if passages is None else passages:
        exp = [parse_label(s) for s in labels]
        seen: dict[str, int] = {}
        for e in exp:
            nth = seen[e["number"]] = seen.get(e["number"], -1) + 1
            # issue 16, second pass: "Quyết định 853/QĐ-UBND năm 2018" says the year too
            if e["year"] is None and e["issued"] is None:
                e["year"] = year_after(text, e["number"], nth)
        shapes = sorted({t for e in exp for t in e["shape"]}) or ["negative"]
        rid = hashlib.sha1((source_id(src) + "\n" + text).encode("utf-8")).hexdigest()[:12]
        rec = {
            "id": rid,
            "category": category,
            "source": src,
            "text": text,
            "shapes": shapes,
            "expected": exp,
        }
        if src.get("derived"):
            rec["derived"] = src["derived"]
        out.append(rec)
    ids = [r["id"] for r in out]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate passage")
    return out


def _batch(name: str, attr: str) -> list:
    """The passages of a later batch kept in its own module next to this file."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, attr)


def _batch6() -> list:
    """The passages of batch 6 (``batch6.py`` next to this file)."""
    return _batch("batch6", "HELDOUT2")


def _batch7() -> list:
    """The passages of batch 7 (``batch7.py`` next to this file)."""
    return _batch("batch7", "HELDOUT3")


def _batch8() -> list:
    """The passages of batch 8 (``batch8.py`` next to this file)."""
    return _batch("batch8", "HELDOUT4")


def main() -> None:
    halves: dict[str, list[dict]] = {
        "dev": [],
        "test": [],
        "heldout": [],
        "heldout2": [],
        "heldout3": [],
        "heldout4": [],
    }
    for rec in records():
        halves[split_of(rec["source"])].append(rec)
    halves["heldout"] = records(HELDOUT)  # batch 5: held out whole, never tuned on
    halves["heldout2"] = records(_batch6())  # batch 6: likewise (issue 16, third pass)
    halves["heldout3"] = records(_batch7())  # batch 7: unseen text after the third pass
    halves["heldout4"] = records(_batch8())  # batch 8: unseen text, collected after batch 7
    for name, recs in halves.items():
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n = sum(len(r["expected"]) for r in recs)
        print(f"{name}: {len(recs)} passages, {n} references")


PASSAGES = [
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/buu-chinh-vien-thong/an-toan-thong-tin-mang.md",
            "line": 2386,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 48 Thông tư số 18 /2018/TT-NHNN, có hiệu lực thi hành kể từ ngày 01/01/2019)",
        ["18/2018/TT-NHNN||||spaced||48"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/lao-dong/an-toan-ve-sinh-lao-dong.md",
            "line": 3207,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 12 Thông tư số 03/2017/TT- BVHTTDL, có hiệu lực thi hành kể từ ngày 01/10/2017)",
        ["03/2017/TT-BVHTTDL||||spaced||12"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/cong-nghiep/su-dung-nang-luong-tiet-kiem-va-hieu-qua.md",
            "line": 1222,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 11 Thông tư số 53 /2025/TT-BCT, có hiệu lực thi hành kể từ ngày 01/01/2026)",
        ["53/2025/TT-BCT||||spaced||11"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/dau-tu/274-2026-nd-cp-lua-chon-nha-dau-tu-du-an-dau-tu-kinh-doanh.md",
            "line": 3397,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Nghị định số 225/2025/NĐ- CP ngày 15 tháng 8 năm 2025 của Chính phủ sửa",
        ["225/2025/NĐ-CP||2025-08-15|Chính phủ|spaced,line_break||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngoai-giao-dieu-uoc-quoc-te/thoa-thuan-quoc-te.md",
            "line": 2246,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 68 Thông tư số 105 /2021/TT-BQP, có hiệu lực thi hành kể từ ngày 19/09/2021)",
        ["105/2021/TT-BQP||||spaced||68"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/hang-hai-viet-nam.md",
            "line": 2264,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 11 Thông tư số 66/2014/TT-BGTVT, có hiệu lực thi hành kể từ ngày 01/01/2015, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 2 Thông tư số 34 /2019/TT-BGTVT có hiệu lực thi hành kể từ ngày 01/11/2019)",
        ["66/2014/TT-BGTVT|||||amends|11", "34/2019/TT-BGTVT||||spaced||2"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-nguyen.md",
            "line": 2507,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 27.1.TT.92.3. Điều khoản chuyển tiếp 1. Các đề án, dự án, thiết kế kỹ thuật được phê duyệt trước ngày Thông tư này có hiệu lực được thực hiện theo các quy định của Thông tư số 02/2012/TT- BTNMT n...",
        ["02/2012/TT-BTNMT||||spaced||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/thong-tu-89-2026-tt-btc-huong-dan-luat-quan-ly-thue.md",
            "line": 3320,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "theo mẫu số C1-07a/NS hoặc C1-07b/NS kèm theo Thông tư của Bộ Tài chính",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/hai-quan.md",
            "line": 18610,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "*a) Trường hợp thống nhất các nội dung trong biên bản kiểm tra thì chậm nhất 03 ngày làm việc kể từ ngày ký biên bản kiểm tra, **Chi cục trưởng Chi cục Hải quan **nơi ban hành Quyết định kiểm tra phải ban hành kết luận kiểm tra cơ sở gia công, sản xuất theo mẫu số 14a/KLKT-CSSX/GSQL Phụ lục V ban hành kèm Thông tư này;*",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-chuc-bo-may-nha-nuoc/to-chuc-vien-kiem-sat-nhan-dan.md",
            "line": 2650,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Nghị quyết số 522b/NQ-UBTVQH13, có hiệu lực thi hành kể từ ngày 16/08/2012, có nội dung được sửa đổi bởi Điều 2 Nghị quyết số 973/2015/UBTVQH13 có hiệu lực thi hành kể từ ngày 14/07/2015)",
        [
            "522b/NQ-UBTVQH13|Nghị quyết|||letter_suffix|amends|1",
            "973/2015/UBTVQH13|Nghị quyết|||||2",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-chuc-bo-may-nha-nuoc/to-chuc-vien-kiem-sat-nhan-dan.md",
            "line": 3000,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 8 Nghị quyết số 522b/NQ-UBTVQH13, có hiệu lực thi hành kể từ ngày 16/08/2012)",
        ["522b/NQ-UBTVQH13|Nghị quyết|||letter_suffix||8"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/hai-quan.md",
            "line": 18696,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "*c.3) Chậm nhất 15 ngày kể từ ngày kết thúc kiểm tra, Cục trưởng Cục Hải quan thực hiện ban hành kết luận kiểm tra theo mẫu số 39a/KLKT-THSD/GSQL Phụ lục V ban hành kèm Thông tư này;*",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-chuc-bo-may-nha-nuoc/to-chuc-vien-kiem-sat-nhan-dan.md",
            "line": 3068,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 9 Nghị quyết số 522b/NQ-UBTVQH13, có hiệu lực thi hành kể từ ngày 16/08/2012)",
        ["522b/NQ-UBTVQH13|Nghị quyết|||letter_suffix||9"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/de-dieu.md",
            "line": 2051,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 3 Thông tư liên tịch số 18/1999/TTLT/BTCCBCP-BTC-BNNPTNT, có hiệu lực thi hành kể từ ngày 20/04/1999)",
        ["18/1999/TTLT-BTCCBCP-BTC-BNNPTNT||||odd_separator,joint||3"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/de-dieu.md",
            "line": 2119,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 2 Thông tư liên tịch số 64/2006/TTLT/BNN-BNV-BTC, có hiệu lực thi hành kể từ ngày 24/09/2006)",
        ["64/2006/TTLT-BNN-BNV-BTC||||odd_separator,joint||2"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-chuc-chinh-tri-xa-hoi-hoi/cuu-chien-binh.md",
            "line": 397,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Thông tư liên tịch số 05/1998/TTLT/TCCP-CCB Về tổ chức và hoạt động của tổ chức Hội Cựu chiến binh Việt Nam trong các cơ quan hành chính, sự nghiệp, doanh nghiệp Nhà nước ngày 30/09/1998 của Ban Tổ chức - Cán bộ Chính phủ và Ban Thường vụ TW Hội CCBVN, có hiệu lực thi hành kể từ ngày 30/09/1998 )",
        [
            "05/1998/TTLT-TCCP-CCB||1998-09-30|Ban Tổ chức - Cán bộ Chính phủ và Ban Thường vụ TW Hội CCBVN|odd_separator,joint||1"
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/an-ninh-quoc-gia/bien-gioi-quoc-gia.md",
            "line": 711,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Thông tư liên tịch số 162/2004/TTLT/BQP-BTC Hướng dẫn nội dung chi và quản lý ngân sách thực hiện công tác quản lý, bảo vệ biên giới quốc gia, giữ gìn an ninh, trật tự, an toàn xã hội trong khu vực biên giới ngày 06/12/2004 của Bộ Quốc phòng và Bộ Tài chính, có hiệu lực thi hành kể từ ngày 01/01/2005)",
        ["162/2004/TTLT-BQP-BTC||2004-12-06|Bộ Quốc phòng và Bộ Tài chính|odd_separator,joint||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/quan-ly-thue.md",
            "line": 15262,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 6 Thông tư liên tịch số 235/2009/TTLT/BTC-BGTVT-BTT, có hiệu lực thi hành kể từ ngày 01/02/2010)",
        ["235/2009/TTLT-BTC-BGTVT-BTT||||odd_separator,joint||6"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thuong-mai-dau-tu-chung-khoan/thuong-mai.md",
            "line": 6247,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 5 Thông tư liên tịch số 08/2004/TTLT/BTM-BTC-BGTVT, có hiệu lực thi hành kể từ ngày 19/01/2005)",
        ["08/2004/TTLT-BTM-BTC-BGTVT||||odd_separator,joint||5"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/chan-nuoi.md",
            "line": 2056,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Phu luc kem theo Nghi dinh so 13-2020-NĐ-CP da duoc sua doi nam 2022.doc",
        ["13/2020/NĐ-CP|Nghị định|||dash_only||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/thuy-san.md",
            "line": 6083,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Phuluc_X_kemtheo Thông tư 23-2018-TT-BNNPTNT.docx",
        ["23/2018/TT-BNNPTNT||||dash_only||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/can-bo-cong-chuc-vien-chuc/vien-chuc.md",
            "line": 8993,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Phu luc kem theo Thong tu so 31-2021-TT-BGDĐT.doc",
        ["31/2021/TT-BGDĐT||||dash_only||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/thuy-san.md",
            "line": 4001,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Phuluc_V_kemtheo Thông tư 26-2018-TT-BNNPTNT.docx",
        ["26/2018/TT-BNNPTNT||||dash_only||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/hang-hai-viet-nam.md",
            "line": 10931,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Thông tư số 55/2018/tt-bgtvt Công bố vùng nước các cảng biển thuộc địa phận tỉnh Bình Định, tỉnh Phú Yên và khu vực quản lý của Cảng vụ Hàng hải Quy Nhơn ngày 20/11/2018 của Bộ Giao thông vận tải, có hiệu lực thi hành kể từ ngày 15/01/2019)",
        ["55/2018/TT-BGTVT||2018-11-20|Bộ Giao thông vận tải|lowercase||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thong-ke/thong-ke.md",
            "line": 173,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Nghị định số 85/2017/nđ-cp quy định cơ cấu, nhiệm vụ, quyền hạn của hệ thống tổ chức thống kê tập trung và thống kê Bộ, cơ quan ngang Bộ ngày 19/07/2017 của Chính phủ, có hiệu lực thi hành kể từ ngày 05/09/2017)",
        ["85/2017/NĐ-CP||2017-07-19|Chính phủ|lowercase||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/hang-hai-viet-nam.md",
            "line": 11009,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 5 Thông tư số 55/2018/tt-bgtvt, có hiệu lực thi hành kể từ ngày 15/01/2019)",
        ["55/2018/TT-BGTVT||||lowercase||5"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/hang-hai-viet-nam.md",
            "line": 10995,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 3 Thông tư số 55/2018/tt-bgtvt, có hiệu lực thi hành kể từ ngày 15/01/2019)",
        ["55/2018/TT-BGTVT||||lowercase||3"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/buu-chinh-vien-thong/cong-nghe-thong-tin.md",
            "line": 10284,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Kiểm tra các nội dung, sản phẩm của bước “Triển khai” tạiĐiểm 2.6, Khoản 2, Chương II, Phần II Thông tư số26/2014/TT-BTNMTbao gồm:",
        ["26/2014/TT-BTNMT||||glued||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/quan-ly-thue.md",
            "line": 14898,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Trong quá trình giải quyết hồ sơ còn thiếu thông tin cần giải trình, bổ sung tài liệu thì cơ quan thuế gửi Thông báo giải trình, bổ sung thông tin, tài liệu theomẫu số 01/TB-BSTT-NNTban hành kèm theo Nghị định số126/2020/NĐ-CPcho người nộp thuế để yêu cầu giải trình, bổ sung thông tin, tài liệu.",
        ["126/2020/NĐ-CP||||glued||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/buu-chinh-vien-thong/cong-nghe-thong-tin.md",
            "line": 9970,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Kiểm tra các nội dung, sản phẩm của bước “Thiết kế mô hình cơ sở dữ liệu”tạiĐiểm 2.2, Khoản 2, Chương I, Phần II Thông tư số 26/2014/TT-BTNMTbao gồm:",
        ["26/2014/TT-BTNMT||||glued||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/buu-chinh-vien-thong/cong-nghe-thong-tin.md",
            "line": 10230,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Kiểm tra các nội dung, sản phẩm của bước “Lập trình” tạiĐiểm 2.4, Khoản 2. Chương II, Phần II Thông tư số26/2014/TT-BTNMTbao gồm:",
        ["26/2014/TT-BTNMT||||glued||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-duc-dao-tao/giao-duc-dai-hoc.md",
            "line": 2081,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 3 Thông tư số 02/2002/TT-BGD&ĐT, có hiệu lực thi hành kể từ ngày 06/02/2002)",
        ["02/2002/TT-BGD&ĐT||||odd_separator||3"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-duc-dao-tao/giao-duc-dai-hoc.md",
            "line": 2011,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Thông tư số 02/2002/TT-BGD&ĐT hướng dẫn thi hành một số điều của Quy chế trường đại học dân lập liên quan đến tổ chức và nhân sự ngày 22/01/2002 của Bộ Giáo dục và Đào tạo, có hiệu lực thi hành kể từ ngày 06/02/2002 )",
        ["02/2002/TT-BGD&ĐT||2002-01-22|Bộ Giáo dục và Đào tạo|odd_separator||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-duc-dao-tao.md",
            "line": 8299,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        'Điều 13.2.QĐ.3.2. Quyết định này có hiệu lực sau 15 ngày kể từ ngày ký, thay thế cho Quyết định số 31/2000/QĐ-BGD&ĐT ngày 22/8/2000 của Bộ trưởng Bộ Giáo dục và Đào tạo về việc ban hành "Quy định tạm ...',
        ["31/2000/QĐ-BGD&ĐT||2000-08-22|Bộ trưởng Bộ Giáo dục và Đào tạo|odd_separator|replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-duc-dao-tao/giao-duc-dai-hoc.md",
            "line": 8305,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Thông tư này có hiệu lực kể từ ngày 01 tháng 5 năm 2017 và thay thế các nội dung về liên kết đào tạo trình độ đại học tại Quyết định số 42/2008/QĐ-BGD&ĐT ngày 28 tháng 7 năm 2008 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành quy định liên kết đào tạo trình độ trung cấp chuyên nghiệp, cao đẳng, đại học.",
        ["42/2008/QĐ-BGD&ĐT||2008-07-28|Bộ trưởng Bộ Giáo dục và Đào tạo|odd_separator|replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/can-bo-cong-chuc-vien-chuc/vien-chuc.md",
            "line": 6513,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "c) Chi tiền thưởng: Thực hiện theo chế độ tiền lương do Chính phủ quy định theo Nghị quyết số 27-NQ/TW.",
        ["27-NQ/TW||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/kinh-te/1248-2026-qd-ttg-bo-tieu-chi-cong-nghiep-hoa.md",
            "line": 59,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Nghị quyết số 29-NQ/TW ngày 17 tháng 11 năm 2022 của Ban Chấp hành Trung ương về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045;",
        ["29-NQ/TW||2022-11-17|Ban Chấp hành Trung ương|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/ngan-sach-nha-nuoc.md",
            "line": 9527,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Các đơn vị sự nghiệp công lập tự đảm bảo một phần chi thường xuyên thuộc các bộ, cơ quan trung ương xây dựng dự toán chi NSNN năm 2024 giảm tối thiểu 3% chi hỗ trợ trực tiếp từ NSNN so với dự toán năm 2023, giảm biên chế sự nghiệp hưởng lương từ NSNN theo đúng Nghị quyết số 19-NQ/TW;",
        ["19-NQ/TW||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/ngan-sach-nha-nuoc.md",
            "line": 9593,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "a)\xa0Các bộ, cơ quan trung ương lập dự toán chi tạo nguồn cải cách tiền lương từ tiết kiệm chi thường xuyên và một phần thu sự nghiệp theo quy định của Nghị quyết số 27-NQ/TW.",
        ["27-NQ/TW||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/ngan-sach-nha-nuoc.md",
            "line": 9003,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "d) Tác động thu ngân sách từ việc điều chỉnh giá, phí các dịch vụ sự nghiệp công theo lộ trình kết cấu đủ chi phí vào giá dịch vụ sự nghiệp công quy định tại Nghị quyết số 19-NQ/TW, Nghị định số\xa016/2015/NĐ-CP\xa0, Nghị định số\xa054/2016/NĐ-CP\xa0, Nghị định số\xa0141/2016/NĐ-CP\xa0và các văn bản sửa đổi thay thế (nếu có).",
        ["19-NQ/TW||||||", "16/2015/NĐ-CP||||||", "54/2016/NĐ-CP||||||", "141/2016/NĐ-CP||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/ngan-sach-nha-nuoc.md",
            "line": 9639,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "a) Bố trí dự toán chi tạo nguồn cải cách tiền lương theo Nghị quyết số 27-NQ/TW và các văn bản hướng dẫn theo quy định (nếu có).",
        ["27-NQ/TW||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/bo-tro-tu-phap/luat-su.md",
            "line": 1124,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "a) Các giấy tờ quy định tại các điểm a, b và c khoản 1 Điều này;",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/can-bo-cong-chuc-vien-chuc/vien-chuc.md",
            "line": 4074,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "đ) Đối với điểm trường chỉ có 01 nhóm trẻ hoặc 01 lớp mẫu giáo không đủ số trẻ để bố trí theo nhóm trẻ hoặc lớp mẫu giáo quy định điểm a, điểm b khoản 1 Điều này thì được bố trí 2,0 giáo viên/nhóm trẻ hoặc lớp mẫu giáo.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/bao-hiem/kinh-doanh-bao-hiem.md",
            "line": 8025,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "4. Các trường hợp quy định tại các điểm a, d và e khoản 1 Điều 75 của Luật này.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/buu-chinh-vien-thong/buu-chinh.md",
            "line": 1807,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "b) Cấp văn bản xác nhận thông báo hoạt động bưu chính đối với trường hợp cung ứng dịch vụ bưu chính quy định tại điểm a, b, c khoản 1 Điều 25 Luật bưu chính trong phạm vi nội tỉnh và trường hợp quy định tại điểm g khoản 1 Điều 25 Luật bưu chính.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/buu-chinh-vien-thong/174-2026-nd-cp-xu-phat-vphc-buu-chinh-vien-thong-cntt.md",
            "line": 4654,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "đ) Áp dụng các biện pháp khắc phục hậu quả quy định tại các điểm a, d,",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/buu-chinh-vien-thong/cong-nghe-thong-tin.md",
            "line": 8145,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "c) Điểm 0 khi dưới 100% thủ tục hành chính không thuộc đối tượng quy định tại các điểm a, b khoản 5 Điều 14 Nghị định số 61/2018/NĐ-CP được tiếp nhận hồ sơ và trả kết quả tại Bộ phận Một cửa các cấp.",
        ["61/2018/NĐ-CP||||pinpoint_list||14,5,a, b"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/thue-su-dung-dat-nong-nghiep.md",
            "line": 1319,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 9 Nghị định số 84-CP (1), có hiệu lực thi hành kể từ ngày 01/01/1994)",
        ["84-CP|Nghị định|||old_style||9"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/thue-su-dung-dat-nong-nghiep.md",
            "line": 3180,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 12 Nghị định số 84-CP (1), có hiệu lực thi hành kể từ ngày 01/01/1994)",
        ["84-CP|Nghị định|||old_style||12"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/thue-su-dung-dat-nong-nghiep.md",
            "line": 1915,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 17 Nghị định số 74/CP, có hiệu lực thi hành kể từ ngày 01/01/1994)",
        ["74/CP|Nghị định|||old_style||17"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngoai-giao-dieu-uoc-quoc-te/quyen-uu-dai-mien-tru-danh-cho-co-quan-dai-dien-ngoai-giao-co-quan-lanh-su-va-co-quan-dai-dien-cua-to-chuc-quoc-te-tai-viet-nam.md",
            "line": 573,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 7 Nghị định số 73-CP, có hiệu lực thi hành kể từ ngày 30/07/1994)",
        ["73-CP|Nghị định|||old_style||7"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/chi-phi-to-tung.md",
            "line": 825,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 41 Pháp lệnh số 02/2012/UBTVQH13, có hiệu lực thi hành kể từ ngày 01/01/2013)",
        ["02/2012/UBTVQH13|Pháp lệnh|||||41"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/chinh-sach-xa-hoi/uu-dai-nguoi-co-cong-voi-cach-mang.md",
            "line": 2703,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 26 Pháp lệnh số 02/2020/UBTVQH14, có hiệu lực thi hành kể từ ngày 01/07/2021)",
        ["02/2020/UBTVQH14|Pháp lệnh|||||26"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thuong-mai-dau-tu-chung-khoan/quan-ly-thi-truong.md",
            "line": 934,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 10 Pháp lệnh số 11/2016/UBTVQH13, có hiệu lực thi hành kể từ ngày 01/09/2016)",
        ["11/2016/UBTVQH13|Pháp lệnh|||||10"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh-ngan-sach/nghi-quyet-27-2026-qh16-ke-hoach-dau-tu-cong-trung-han.md",
            "line": 165,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Việc phân bổ kế hoạch vốn phải tuân thủ Hiến pháp, pháp luật về đầu tư công và ngân sách nhà nước, Nghị quyết 70/2025/UBTVQH15 đã được sửa đổi, bổ sung một số điều theo Nghị quyết 120/2026/UBTVQH15 và các văn bản pháp luật khác có liên quan.",
        ["70/2025/UBTVQH15|Nghị quyết|||no_so|amends|", "120/2026/UBTVQH15|Nghị quyết|||no_so||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/chi-phi-to-tung.md",
            "line": 289,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 13 Pháp lệnh số 02/2012/UBTVQH13, có hiệu lực thi hành kể từ ngày 01/01/2013)",
        ["02/2012/UBTVQH13|Pháp lệnh|||||13"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tu-phap-thi-hanh-an/nghi-dinh-151-2026-nd-cp-thi-hanh-an-dan-su.md",
            "line": 1787,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "được sửa đổi, bổ sung bởi Nghị định số 18/2026/NĐ-CP ngày 14 tháng 01 năm",
        ["18/2026/NĐ-CP||||line_break||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thong-tin-bao-chi-xuat-ban.md",
            "line": 2030,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 32.3.TT.3.9. Phương thức đăng ký xuất bản qua mạng Internet quy định tai Khoản 6 Điều 10 Nghị định số 195/2013/NĐ-CP",
        ["195/2013/NĐ-CP||||||10,6"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/trong-tai-thuong-mai.md",
            "line": 51,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Thông tư số 12/2012/TT-BTP Ban hành một số biếu mẫu về tổ chức và hoạt động trọng tài thương mại ngày 07/11/2012 của Bộ Tư pháp, có hiệu lực thi hành kể từ ngày 25/12/2012 )",
        ["12/2012/TT-BTP||2012-11-07|Bộ Tư pháp|||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thuong-mai-dau-tu-chung-khoan/dau-tu-cong.md",
            "line": 263,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025. Luật Đầu tư công số 49/2014/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực.",
        ["49/2014/QH13|Luật|||||repeals|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/hinh-su/hinh-su.md",
            "line": 11842,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 374 Bộ luật số 100/2015/QH13, có hiệu lực thi hành kể từ ngày 01/01/2018, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 2 Luật số 12/2017/QH14 có hiệu lực thi hành kể từ ngày 01/01/2018)",
        ["100/2015/QH13|Bộ luật||||amends|374", "12/2017/QH14|Luật|||||2"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/an-ninh-quoc-gia/bien-viet-nam.md",
            "line": 373,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 18 Luật số 18/2012/QH13, có hiệu lực thi hành kể từ ngày 01/01/2013)",
        ["18/2012/QH13|Luật|||||18"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/trat-tu-an-toan-xa-hoi/cong-an-xa.md",
            "line": 123,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều này có nội dung liên quan đến Điều 3. Vị trí, chức năng của Thông tư 08/2013/TT-BCA Quy định về tổ chức, hoạt động của công an xây dựng phong trào và phụ trách xã về an ninh, trật tự ban hành ngày 01/02/2013)",
        ["08/2013/TT-BCA||2013-02-01||no_so||3"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-san-cong-no-cong-du-tru-nha-nuoc/quan-ly-su-dung-tai-san-cong.md",
            "line": 24377,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Việc thanh toán tiền, xuất hóa đơn bán tài sản công và bàn giao tài sản cho người mua được thực hiện theo quy định tại\xa0Khoản 7, Khoản 8 Điều 24 Nghị định số 151/2017/NĐ-CP\xa0ngày 26 tháng 12 năm 2017 của Chính phủ quy định chi tiết một số Điều của Luật Quản lý, sử dụng tài sản công (sau đây gọi là Nghị định số 151/2017/NĐ-CP).",
        ["151/2017/NĐ-CP||2017-12-26|Chính phủ|||24,7, 8", "151/2017/NĐ-CP||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/pha-san.md",
            "line": 179,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 8 Luật số 51/2014/QH13, có hiệu lực thi hành kể từ ngày 01/01/2015)",
        ["51/2014/QH13|Luật|||||8"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khoa-hoc-cong-nghe/nghi-dinh-142-2026-nd-cp-huong-dan-luat-tri-tue-nhan-tao.md",
            "line": 46,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "*Căn cứ Luật Trí tuệ nhân tạo số 134/2025/QH15;*",
        ["134/2025/QH15|Luật|||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon.md",
            "line": 13543,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 24.12.TT.20.26. Sửa đổi, bổ sung một số điều của Thông tư số 18/2018/TT-BNNPTNT",
        ["18/2018/TT-BNNPTNT|||||amends|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/de-dieu.md",
            "line": 2553,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Thanh tra đê điều là thanh tra chuyên ngành thuộc Bộ Nông nghiệp và Phát triển nông thôn và được thực hiện theo quy định tại Nghị định số 153/2005/NĐ-CP ngày 15 tháng 12 năm 2005 của Chính phủ về tổ chức và hoạt động của Thanh tra Nông nghiệp và Phát triển nông thôn.",
        ["153/2005/NĐ-CP||2005-12-15|Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/y-te-duoc/bao-ve-suc-khoe-nhan-dan.md",
            "line": 291,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 8 Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT, có hiệu lực thi hành kể từ ngày 30/06/2016)",
        ["13/2016/TTLT-BYT-BGDĐT||||joint||8"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/xay-dung-phap-luat-va-thi-hanh-phap-luat/hop-nhat-van-ban-quy-pham-phap-luat.md",
            "line": 429,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 42 Thông tư số 21/2016/TT-BGTVT, có hiệu lực thi hành kể từ ngày 15/10/2016)",
        ["21/2016/TT-BGTVT||||||42"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/hanh-chinh-tu-phap/ly-lich-tu-phap.md",
            "line": 35,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Luật số 28/2009/QH12 Lý lịch tư pháp ngày 17/06/2009 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/07/2010)",
        ["28/2009/QH12|Luật|2009-06-17|Quốc hội|||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thong-tin-bao-chi-xuat-ban/tiep-can-thong-tin.md",
            "line": 665,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 27 Luật số 104/2016/QH13, có hiệu lực thi hành kể từ ngày 01/07/2018)",
        ["104/2016/QH13|Luật|||||27"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khoa-hoc-cong-nghe/do-luong.md",
            "line": 12790,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "3. Kiểm tra nhà nước về đo lường đối với phương tiện đo trên địa bàn trong phạm vi trách nhiệm quy định tại khoản 3 Điều 13 Nghị định số 86/2012/NĐ-CP ngày 19 tháng 10 năm 2012 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đo lường.",
        ["86/2012/NĐ-CP||2012-10-19|Chính phủ|||13,3"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/an-ninh-quoc-gia/an-ninh-mang.md",
            "line": 1395,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 37 Nghị định số 13/2023/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/07/2023)",
        ["13/2023/NĐ-CP||||||37"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/vien-thong-buu-chinh/thong-tu-08-2026-tt-bkhoa-hoc-cong-nghe-xac-thuc-thue-bao.md",
            "line": 67,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Căn cứ Nghị định số 55/2025/NĐ-CP ngày 02 tháng 3 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ và cơ cấu tổ chức của Bộ Khoa học và Công nghệ;",
        ["55/2025/NĐ-CP||2025-03-02|Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ke-toan-kiem-toan/ke-toan.md",
            "line": 1993,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 17.1.QĐ.7.4. Giám đốc Công ty quản lý Quỹ Đầu tư chứng khoán có trách nhiệm chỉ đạo, tổ chức thực hiện công tác kế toán riêng biệt từng quỹ do Công ty quản lý theo quy định trong Quyết định này và các quy định tại Luật Kế toán và Nghị định số 129/2004/NĐ-CP.",
        ["129/2004/NĐ-CP||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/cong-nghiep.md",
            "line": 3788,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 7.7.TT.12.2. Thông tư này có hiệu lực thi hành kể từ ngày 01/6/2018 và thay thế Thông tư số 15/2013/TT-BXD ngày 26/9/2013 của Bộ Xây dựng ban hành Quy chuẩn kỹ thuật quốc gia về “Các công trình x...",
        ["15/2013/TT-BXD||2013-09-26|Bộ Xây dựng||replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/lao-dong/nghi-dinh-235-2026-nd-cp-hop-dong-thuc-hien-cong-viec-don-vi-su-nghiep-cong-lap.md",
            "line": 53,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
        ["63/2025/QH15|Luật|||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh-ngan-sach/thong-tu-03-2026-tt-btc-co-che-tu-chu-tai-chinh.md",
            "line": 42,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính đã được sửa đổi, bổ sung tại Nghị định số 166/2025/NĐ-CP;",
        ["29/2025/NĐ-CP||2025-02-24|Chính phủ||amends|", "166/2025/NĐ-CP||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/hinh-su.md",
            "line": 130,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 16.1.NQ.1.6. Về việc miễn chấp hành hình phạt đối với các trường hợp quy định tại Điểm d, Điểm đ Khoản 2 Điều 1 Nghị quyết số 109/2015/QH13 và hướng dẫn tại Điểm a, Điểm b Khoản 1 Điều 3 Nghị quy...",
        ["109/2015/QH13|Nghị quyết|||pinpoint_list||1,2,d, đ"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khieu-nai-to-cao/khieu-nai.md",
            "line": 2843,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 15 Thông tư số 03/2016/TT-BTTTT Quy định về tiếp công dân, xử lý và giải quyết đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh của Bộ Thông tin và Truyền thông ngày 01/02/2016 của Bộ Thông tin và Truyền thông, có hiệu lực thi hành kể từ ngày 18/03/2016 )",
        ["03/2016/TT-BTTTT||2016-02-01|Bộ Thông tin và Truyền thông|||15"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/dat-dai/nghi-dinh-281-2026-nd-cp-sua-doi-123-2024-xu-phat-hanh-chinh-dat-dai.md",
            "line": 77,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Bổ sung Điều 3a vào sau Điều 3 của Nghị định số 123/2024/NĐ-CP với nội dung như sau:",
        ["123/2024/NĐ-CP|||||amends|3"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/giao-thong-duong-thuy-noi-dia.md",
            "line": 7544,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 10 Thông tư số 39/2019/TT-BGTVT, có hiệu lực thi hành kể từ ngày 01/01/2020)",
        ["39/2019/TT-BGTVT||||||10"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-duc-dao-tao/thong-tu-46-2026-tt-bgddt-dieu-le-truong-trung-hoc-nghe.md",
            "line": 96,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "*Căn cứ Nghị định số [37/2025/NĐ-CP] ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo;*",
        ["37/2025/NĐ-CP||2025-02-26|Chính phủ|bracketed||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-chuc-bo-may-nha-nuoc/bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-hoi-dong-nhan-dan.md",
            "line": 1501,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 78 Luật số 85/2015/QH13, có hiệu lực thi hành kể từ ngày 01/09/2015)",
        ["85/2015/QH13|Luật|||||78"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/236-2026-nd-cp-sua-doi-nd-151-2024-atgt.md",
            "line": 533,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "` b) Thay thế Phụ lục II ban hành kèm theo Nghị định số 151/2024/NĐ-CP",
        ["151/2024/NĐ-CP|||||amends|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-duc-dao-tao/nghi-dinh-93-2026-nd-cp-chi-tiet-luat-nha-giao.md",
            "line": 295,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- a) Người có tài năng theo quy định tại Điều 4 Nghị định số 179/2024/NĐ-CP ngày 31 tháng 12 năm 2024 của Chính phủ quy định về chính sách thu hút, trọng dụng người có tài năng làm việc trong cơ quan, tổ chức, đơn vị của Đảng Cộng sản Việt Nam, Nhà nước, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội;",
        ["179/2024/NĐ-CP||2024-12-31|Chính phủ|||4"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue/91-2026-tt-btc-hoa-don-dien-tu.md",
            "line": 286,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Nghị định số 254/2026/NĐ-CP. Riêng nội dung về ký hiệu mẫu, ký hiệu hóa",
        ["254/2026/NĐ-CP||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-truyen-thong/244-2026-nd-cp.md",
            "line": 35,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
        ["72/2025/QH15|Luật|||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/da-nganh/nghi-quyet-66-19-2026-nq-cat-giam-tthc-bo-nong-nghiep.md",
            "line": 48,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Nghị quyết số 206/2025/QH15 của Quốc hội về cơ chế đặc biệt xử lý khó khăn, vướng mắc do quy định của pháp luật",
        ["206/2025/QH15|Nghị quyết||Quốc hội|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac.md",
            "line": 7110,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 33.4.TT.1.8. Hồ sơ đối với người nộp thuế giải thể quy định tại khoản 2 Điều 4 Nghị quyết số 94/2019/QH14",
        ["94/2019/QH14|Nghị quyết|||||4,2"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/nghi-dinh-245-2026-nd-cp-gia-han-thue-tien-thue-dat.md",
            "line": 256,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "3. Sản phẩm cơ khí trọng điểm nêu tại điểm 28 Mục I được xác định theo Quyết định số 319/QĐ-TTg ngày 15 tháng 3 năm 2018 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển ngành cơ khí Việt Nam đến năm 2025, tầm nhìn đến năm 2035.",
        ["319/QĐ-TTg||2018-03-15|Thủ tướng Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/252-2026-nd-cp-huong-dan-luat-quan-ly-thue.md",
            "line": 4391,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "quốc gia theo quy định tại Nghị định số 278/2025/NĐ-CP của Chính phủ, tiêu",
        ["278/2025/NĐ-CP|||Chính phủ|line_break||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/hanh-chinh-tu-phap/quoc-tich-viet-nam.md",
            "line": 735,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 14 Nghị định số 16/2020/NĐ-CP, có hiệu lực thi hành kể từ ngày 20/03/2020)",
        ["16/2020/NĐ-CP||||||14"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi/nghi-quyet-25-2026-nq-cp-thue-xang-dau.md",
            "line": 48,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Luật Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13;",
        ["107/2016/QH13|Luật|||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thuong-mai-dau-tu-chung-khoan/nghi-dinh-20-2026-nd-cp-co-che-dac-thu-phat-trien-kinh-te-tu-nhan.md",
            "line": 263,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "c) Cá nhân kinh doanh được xác định theo quy định tại khoản 3 Điều 3 Nghị quyết số 198/2025/QH15.",
        ["198/2025/QH15|Nghị quyết|||||3,3"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-thu-luu-tru/cong-tac-van-thu.md",
            "line": 353,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 17 Nghị định số 30/2020/NĐ-CP, có hiệu lực thi hành kể từ ngày 05/03/2020)",
        ["30/2020/NĐ-CP||||||17"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thong-ke/thong-ke.md",
            "line": 636,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 5 Luật số 89/2015/QH13, có hiệu lực thi hành kể từ ngày 01/07/2016)",
        ["89/2015/QH13|Luật|||||5"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tu-phap-thi-hanh-an/nghi-dinh-151-2026-nd-cp-thi-hanh-an-dan-su.md",
            "line": 1615,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "4. Hằng năm, căn cứ vào khối lượng công việc của năm trước, mức chi",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thong-tin-bao-chi-xuat-ban.md",
            "line": 526,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 32.1.TT.8.7. Hồ sơ trình phê duyệt số liệu đo lường khán giả truyền hình 1. Tờ trình phê duyệt số liệu đo lường khán giả truyền hình phù hợp với kế hoạch đã được cấp có thẩm quyền phê duyệt.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/trong-tai-thuong-mai.md",
            "line": 139,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 37.9.LQ.12. Gửi thông báo và trình tự gửi thông báo",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thuong-mai-dau-tu-chung-khoan/dau-tu-cong.md",
            "line": 174,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "3. Vốn từ trái phiếu Chính phủ, trái phiếu địa phương.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/hinh-su/hinh-su.md",
            "line": 7098,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Phạm tội thuộc một trong các trường hợp sau đây, thì bị phạt tiền từ 300.000.000 đồng đến 2.000.000.000 đồng hoặc phạt tù từ 02 năm đến 07 năm:",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/an-ninh-quoc-gia/bien-viet-nam.md",
            "line": 279,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều này có nội dung liên quan đến Điều 1.4.LQ.7. )",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/trat-tu-an-toan-xa-hoi/cong-an-xa.md",
            "line": 637,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 39.2.PL.2. Đối tượng áp dụng Pháp lệnh này áp dụng đối với Công an xã và cơ quan, tổ chức, cá nhân trên lãnh thổ Việt Nam.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-san-cong-no-cong-du-tru-nha-nuoc/quan-ly-su-dung-tai-san-cong.md",
            "line": 25081,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 28.3.NĐ.1.104. Hạch toán giá trị quyền sử dụng đất vào giá trị tài sản",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/pha-san.md",
            "line": 1841,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Trường hợp các bên thỏa thuận được với nhau về việc rút đơn yêu cầu mở thủ tục phá sản thì Tòa án nhân dân trả lại đơn yêu cầu mở thủ tục phá sản.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/y-te/thong-tu-06-2026-tt-byt-ma-hoa-benh-tat-nguyen-nhan-tu-vong-theo-icd-10.md",
            "line": 135,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "b) Cập nhật danh mục mã bệnh theo ICD-10 quy định tại Phụ lục ban hành kèm theo Thông tư này vào phần mềm quản lý bệnh viện để thực hiện ghi chép, mã hóa bệnh;",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thuong-mai-dau-tu-chung-khoan/thong-tu-28-2026-tt-bct-attp-nhap-khau.md",
            "line": 417,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "| 1512.29.10 | Các phần phân đoạn của dầu hạt bông chưa tinh chế |",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khoa-hoc-cong-nghe/nghi-dinh-142-2026-nd-cp-huong-dan-luat-tri-tue-nhan-tao.md",
            "line": 210,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Hồ sơ bao gồm: thông tin nhận diện hệ thống; mô tả hệ thống và bối cảnh sử dụng; thông tin về dữ liệu; nội dung quản lý rủi ro.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/bao-hiem.md",
            "line": 4588,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 2.3.NĐ.5.96. Thủ tục chi trả từ Quỹ bảo vệ người được bảo hiểm",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon.md",
            "line": 2139,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 24.2.LQ.30. Trường hợp đóng, mở cửa rừng tự nhiên",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/de-dieu.md",
            "line": 2211,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "c) Trường hợp một công chức kiểm lâm địa bàn phụ trách nhiều xã có mức phụ cấp ưu đãi khác nhau quy định tại khoản 1, mục II Thông tư này thì được hưởng mức phụ cấp ưu đãi cao nhất.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/y-te-duoc/bao-ve-suc-khoe-nhan-dan.md",
            "line": 741,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 45.2.LQ.35. Điều kiện hành nghề của lương y.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/hanh-chinh-tu-phap/ly-lich-tu-phap.md",
            "line": 73,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 15.4.TT.1.2. Đối tượng sử dụng biểu mẫu và mẫu sổ lý lịch tư pháp",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thong-tin-bao-chi-xuat-ban/tiep-can-thong-tin.md",
            "line": 146,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều này có nội dung liên quan đến Điều 32.2.LQ.35. Trách nhiệm của Chính phủ, bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các cấp trong việc bảo đảm thực hiện quyền tiếp cận thông tin)",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khoa-hoc-cong-nghe/do-luong.md",
            "line": 8510,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 19.4.NĐ.2.3. Điều kiện hoạt động của tổ chức cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/an-ninh-quoc-gia/an-ninh-mang.md",
            "line": 935,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "3. Sự đồng ý của chủ thể dữ liệu phải được thể hiện rõ ràng, cụ thể bằng văn bản, giọng nói, đánh dấu vào ô đồng ý, cú pháp đồng ý qua tin nhắn, chọn các thiết lập kỹ thuật đồng ý hoặc qua một hành động khác thể hiện được điều này.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ke-toan-kiem-toan/ke-toan.md",
            "line": 5093,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 17.1.TT.57.23. Mã đơn vị quan hệ vay nợ",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thuong-mai-dau-tu-chung-khoan/thuong-mai.md",
            "line": 509,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 3 Nghị định số 158/2006/NĐ-CP, có hiệu lực thi hành kể từ ngày 22/01/2007, có nội dung được bổ sung bởi Điều 1 Nghị định số 120/2011/NĐ-CP có hiệu lực thi hành kể từ ngày 01/02/2012; Điều 1 Nghị định số 51/2018/NĐ-CP có hiệu lực thi hành kể từ ngày 01/06/2018)",
        ["158/2006/NĐ-CP|||||amends|3", "120/2011/NĐ-CP||||||1", "51/2018/NĐ-CP||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/chinh-phu/quyet-dinh-1255-2026-qd-ttg-xa-hoi-hoa-giao-duc.md",
            "line": 214,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Thông tư 23/2024/TT-BGDĐT: Thông tư số 23/2024/TT-BGDĐT ngày 16/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo sửa đổi, bổ sung một số điều của Quy định về tiêu chuẩn cơ sở vật chất các trường mẫm non, tiểu học, trung học cơ sở, trung học phổ thông và trường phô thông có nhiều cấp học ban hành kèm theo Thông tư số 13/2020/TT-BGDĐT ngày 26 tháng 5 năm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
        [
            "23/2024/TT-BGDĐT||||no_so||",
            "23/2024/TT-BGDĐT||2024-12-16|Bộ trưởng Bộ Giáo dục và Đào tạo|||",
            "13/2020/TT-BGDĐT||2020-05-26|Bộ trưởng Bộ Giáo dục và Đào tạo||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh-ngan-sach/nghi-quyet-27-2026-qh16-ke-hoach-dau-tu-cong-trung-han.md",
            "line": 60,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Sau khi xem xét Tờ trình số 150/TTr-CP ngày 10 tháng 4 năm 2026 của Chính phủ; Báo cáo thẩm tra số 24/BC-UBKTTC16 ngày 08 tháng 4 năm 2026 của Ủy ban Kinh tế và Tài chính; Báo cáo tiếp thu, giải trình số 263/BC-CP ngày 23 tháng 4 năm 2026 của Chính phủ và ý kiến đại biểu Quốc hội;",
        [
            "150/TTr-CP||2026-04-10|Chính phủ|rare_type||",
            "24/BC-UBKTTC16|Báo cáo|2026-04-08|Ủy ban Kinh tế và Tài chính|rare_type||",
            "263/BC-CP|Báo cáo|2026-04-23|Chính phủ|rare_type||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-the-thao-du-lich/du-lich.md",
            "line": 1426,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 5 Thông tư số 06/2017/TT-BVHTTDL, có hiệu lực thi hành kể từ ngày 01/02/2018, có nội dung được sửa đổi, có nội dung được bổ sung, có nội dung bị bãi bỏ bởi Điều 1, Điều 2 Thông tư số 13/2019/TT-BVHTTDL có hiệu lực thi hành kể từ ngày 20/01/2020; Điều 2 Thông tư số 04/2024/TT-BVHTTDL có hiệu lực thi hành kể từ ngày 20/08/2024)",
        [
            "06/2017/TT-BVHTTDL|||||amends|5",
            "13/2019/TT-BVHTTDL||||pinpoint_list||1, 2",
            "04/2024/TT-BVHTTDL||||||2",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-san-cong-no-cong-du-tru-nha-nuoc/quan-ly-su-dung-tai-san-cong.md",
            "line": 13741,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "a) Hàng năm, cơ quan được giao quản lý tài sản thực hiện báo cáo tình hình quản lý, sử dụng tài sản kết cấu hạ tầng thủy lợi (bao gồm cả số\xa0tiền thu được từ xử lý và khai thác tài sản kết cấu hạ tầng thủy lợi) của năm trước và báo cáo đột xuất theo yêu cầu của cơ quan nhà nước có thẩm quyền theo các Mẫu số 03/TSTL-BC, 04/TSTL-BC, 05/TSTL-BC ban hành kèm theo Nghị định này;",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/bao-ve-va-kiem-dich-thuc-vat.md",
            "line": 111,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Thông tư số 33/2014/TT-BNNPTNT, có hiệu lực thi hành kể từ ngày 01/01/2015, có nội dung được sửa đổi, có nội dung được bổ sung, có nội dung bị bãi bỏ bởi Điều 1 Thông tư số 34/2018/TT-BNNPTNT có hiệu lực thi hành kể từ ngày 01/01/2019; Điều 1 Thông tư số 03/2024/TT-BNNPTNT có hiệu lực thi hành kể từ ngày 16/05/2024)",
        [
            "33/2014/TT-BNNPTNT|||||amends|1",
            "34/2018/TT-BNNPTNT||||||1",
            "03/2024/TT-BNNPTNT||||||1",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-chuc-chinh-tri-xa-hoi-hoi/cuu-chien-binh.md",
            "line": 65,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Thông tư số 03/2020/TT-BLĐTBXH Hướng dẫn thực hiện chế độ, chính sách đối với Cựu chiến binh theo quy định tại Nghị định số 157/2016/NĐ-CP ngày 24/11/2016 của Chính phủ sửa đổi, bổ sung Nghị định số 150/2006/NĐ-CP ngày 12/12/2006 quy định chi tiết và hướng dẫn thi hành một số điều Pháp lệnh Cựu chiến binh ngày 25/02/2020 của Bộ Lao động - Thương binh và Xã hội, có hiệu lực thi hành kể từ ngày 01/04/2020 )",
        [
            "03/2020/TT-BLĐTBXH||2020-02-25|Bộ Lao động - Thương binh và Xã hội|||1",
            "157/2016/NĐ-CP||2016-11-24|Chính phủ||guides|",
            "150/2006/NĐ-CP||2006-12-12|||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/cong-nghiep/hoa-chat.md",
            "line": 4343,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Nghị định này có hiệu lực thi hành kể từ ngày25 tháng 11 năm 2017 và thay thế Nghị định số 108/2008/NĐ-CP ngày 07 tháng 10 năm 2008 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật hóa chất và Nghị định số 26/2011/NĐ-CP ngày 08 tháng 4 năm 2011 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 108/2008/NĐ-CP.",
        [
            "108/2008/NĐ-CP||2008-10-07|Chính phủ||replaces|",
            "26/2011/NĐ-CP||2011-04-08|Chính phủ||replaces|",
            "108/2008/NĐ-CP|||||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-chuc-bo-may-nha-nuoc/nghi-dinh-196-2026-nd-cp-co-cau-to-chuc-van-phong-chinh-phu.md",
            "line": 220,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Nghị định này thay thế: Nghị định số 36/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng Chính phủ; Nghị định số 369/2025/NĐ-CP ngày 31 tháng 12 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 36/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ.",
        [
            "36/2025/NĐ-CP||2025-02-25|Chính phủ||replaces|",
            "369/2025/NĐ-CP||2025-12-31|Chính phủ||replaces|",
            "36/2025/NĐ-CP||2025-02-25|Chính phủ||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-chuc-chinh-tri-xa-hoi-hoi/quyen-lap-hoi-va-to-chuc-hoat-dong-quan-ly-hoi.md",
            "line": 255,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Thông tư số 03/2013/TT-BNV Quy định chi tiết thi hành Nghị định số 45/2010/NĐ-CP ngày 21 tháng 04 năm 2010 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội và Nghị định số 33/2012/NĐ-CP ngày 13 tháng 4 năm 2012 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 45/2010/NĐ-CP ngày 16/04/2013 của Bộ Nội vụ, có hiệu lực thi hành kể từ ngày 01/06/2013)",
        [
            "03/2013/TT-BNV||2013-04-16|Bộ Nội vụ|||1",
            "45/2010/NĐ-CP||2010-04-21|Chính phủ||guides|",
            "33/2012/NĐ-CP||2012-04-13|Chính phủ||guides|",
            "45/2010/NĐ-CP|||||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/buu-chinh-vien-thong/cong-nghe-thong-tin.md",
            "line": 12040,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 23a Nghị định số 72/2013/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/09/2013, được bổ sung, có nội dung được sửa đổi bởi Điều 1 Nghị định số 27/2018/NĐ-CP có hiệu lực thi hành kể từ ngày 15/04/2018; Điều 2 Nghị định số 150/2018/NĐ-CP có hiệu lực thi hành kể từ ngày 24/12/2018)",
        ["72/2013/NĐ-CP|||||amends|23a", "27/2018/NĐ-CP||||||1", "150/2018/NĐ-CP||||||2"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/quan-ly-thue.md",
            "line": 17314,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Mục này có nội dung liên quan đến Điều 30. của Luật 18-L/CTN Dầu khí ban hành ngày 06/07/1993; Điều 33.4.TT.11.39. Thanh tra, kiểm tra sau hoàn thuế đối với người nộp thuế của Thông tư 80/2021/TT-BTC Hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế ban hành ngày 29/09/2021)",
        [
            "18-L/CTN|Luật|1993-07-06||old_style,no_so||30|law",
            "80/2021/TT-BTC||2021-09-29||no_so||",
            "126/2020/NĐ-CP||2020-10-19|Chính phủ||guides|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/quoc-phong/103-2026-tt-bqp-tru-cap-quan-nhan.md",
            "line": 67,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Căn cứ Quyết định số 142/2008/QĐ-TTg của Thủ tướng Chính phủ về thực hiện chế độ đối với quân nhân tham gia kháng chiến chống Mỹ cứu nước có dưới 20 năm công tác trong Quân đội đã phục viên, xuất ngũ về địa phương, được sửa đổi, bổ sung bởi Quyết định số 38/2010/QĐ-TTg và Quyết định số 22/2025/QĐ-TTg của Thủ tướng Chính phủ;",
        [
            "142/2008/QĐ-TTg|||Thủ tướng Chính phủ||amends|",
            "38/2010/QĐ-TTg|||Thủ tướng Chính phủ|||",
            "22/2025/QĐ-TTg|||Thủ tướng Chính phủ|||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/nghi-dinh-204-2026-nd-cp-xu-phat-vi-pham-thu-y.md",
            "line": 148,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "8. Việc xử lý vi phạm hành chính trong lĩnh vực thú y trên môi trường điện tử được thực hiện theo quy định tại Nghị định số 118/2021/NĐ-CP ngày 23 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm hành chính được sửa đổi, bổ sung bởi Nghị định số 68/2025/NĐ-CP ngày 18 tháng 3 năm 2025 và Nghị định số 190/2025/NĐ-CP ngày 01 tháng 7 năm 2025.",
        [
            "118/2021/NĐ-CP||2021-12-23|Chính phủ||amends|",
            "68/2025/NĐ-CP||2025-03-18||||",
            "190/2025/NĐ-CP||2025-07-01||||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/quan-ly-san-xuat-kinh-doanh-muoi.md",
            "line": 271,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Bản tự công bố sản phẩm theo quy định tại Điều 4, Điều 5 Nghị định số 15/2018/NĐ-CP và khoản 1 Điều 3 Nghị định số 155/2018/NĐ-CP ngày 12/11/2018 của Chính phủ sửa đổi, bổ sung điểm a khoản 2 Điều 5 Nghị định số 15/2018/NĐ-CP:",
        [
            "15/2018/NĐ-CP||||pinpoint_list||4, 5",
            "155/2018/NĐ-CP||2018-11-12|Chính phủ|||3,1",
            "15/2018/NĐ-CP|||||amends|5,2,a",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/hang-hai-viet-nam.md",
            "line": 4145,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Thực hiện chế độ báo cáo theo các quy định của Thông tư số 34/2015/TT-BGTVT ngày 24/7/2015 của Bộ Giao thông vận tải quy định về báo cáo và điều tra tai nạn hàng hải và Thông tư số 39/2017/TT-BGTVT ngày 07/11/2017 của Bộ Giao thông vận tải sửa đổi, bổ sung một số điều của Thông tư số 34/2015/TT-BGTVT ngày 24/7/2015 của Bộ Giao thông vận tải quy định về báo cáo và điều tra tai nạn hàng hải.",
        [
            "34/2015/TT-BGTVT||2015-07-24|Bộ Giao thông vận tải|||",
            "39/2017/TT-BGTVT||2017-11-07|Bộ Giao thông vận tải|||",
            "34/2015/TT-BGTVT||2015-07-24|Bộ Giao thông vận tải||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-the-thao-du-lich/thu-vien.md",
            "line": 815,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Các nhiệm vụ và quyền hạn theo quy định của Pháp lệnh thư viện số 31/2000/PL-UBTVQH10 ngày 28 tháng 12 năm 2000 (sau đây gọi là Pháp lệnh thư viện) và Nghị định số số 72/2002/NĐ-CP ngày 6 tháng 8 năm 2002 của Chính phủ quy định chi tiết thi hành Pháp lệnh thư viện (sau đây gọi là Nghị định số 72/2002/NĐ-CP).",
        [
            "31/2000/PL-UBTVQH10|Pháp lệnh|2000-12-28||||",
            "72/2002/NĐ-CP||2002-08-06|Chính phủ|doubled_so||",
            "72/2002/NĐ-CP||||||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/thu-y.md",
            "line": 10018,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "a) Điều 5 của Thông tư số 47/2010/TT-BNNPTNT ngày 03/8/2010 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn về việc sửa đổi, bổ sung một số Điều quy định về thủ tục hành chính của Quyết định 71/2007/QĐ-BNN ngày 06/8/2007; Quyết định 98/2007/QĐ-BNN ngày 03/12/2007; Quyết định số 118/2008/QĐ-BNN ngày 11/12/2008 và Thông tư số 06/2010/TT-BNNPTNT ngày 02/02/2010;",
        [
            "47/2010/TT-BNNPTNT||2010-08-03|Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn|||5",
            "71/2007/QĐ-BNN||2007-08-06||no_so|amends|",
            "98/2007/QĐ-BNN||2007-12-03||no_so|amends|",
            "118/2008/QĐ-BNN||2008-12-11|||amends|",
            "06/2010/TT-BNNPTNT||2010-02-02|||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khieu-nai-to-cao/to-cao.md",
            "line": 895,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 11 Thông tư số 40/2013/TT-BGDĐT, có hiệu lực thi hành kể từ ngày 10/02/2014, có nội dung được sửa đổi bởi Điều 1 Thông tư số 25/2019/TT-BGDĐT có hiệu lực thi hành kể từ ngày 15/02/2020; Điều 1 Thông tư số 14/2021/TT-BGDĐT có hiệu lực thi hành kể từ ngày 05/07/2021)",
        ["40/2013/TT-BGDĐT|||||amends|11", "25/2019/TT-BGDĐT||||||1", "14/2021/TT-BGDĐT||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/2026-archive/91-2026-TT-BTC.md",
            "line": 2220,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Bạn phải đáp ứng đầy đủ điều kiện tại Thông tư số 72/2014/TT-BTC ngày 30/5/2014; Thông tư số 92/2019/TT-BTC ngày 31/12/2019 sửa đổi, bổ sung Thông tư số 72/2014/TT-BTC của Bộ trưởng Bộ Tài chính để được hoàn thuế giá trị gia tăng;",
        [
            "72/2014/TT-BTC||2014-05-30||||",
            "92/2019/TT-BTC||2019-12-31||||",
            "72/2014/TT-BTC|||Bộ trưởng Bộ Tài chính||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/thue-bao-ve-moi-truong.md",
            "line": 327,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 5 Thông tư số 152/2011/TT-BTC, có hiệu lực thi hành kể từ ngày 01/01/2012, có nội dung được sửa đổi,\xa0bổ sung theo quy định tại Điều 3 Thông tư số\xa0159/2012/TT-BTC\xa0, có hiệu lực thi hành kể từ ngày 15/11/2012;\xa0Điều 1 Thông tư số\xa0106/2018/TT-BTC\xa0, có hiệu lực thi hành kể từ ngày 01/1/2019.)",
        ["152/2011/TT-BTC|||||amends|5", "159/2012/TT-BTC||||||3", "106/2018/TT-BTC||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/hang-khong-dan-dung-viet-nam.md",
            "line": 16292,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 70 Thông tư số 19/2017/TT-BGTVT, có hiệu lực thi hành kể từ ngày 01/08/2017, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 1 Thông tư số 09/2020/TT-BGTVT có hiệu lực thi hành kể từ ngày 15/06/2020; Điều 1 Thông tư số 32/2021/TT-BGTVT có hiệu lực thi hành kể từ ngày 02/02/2022)",
        ["19/2017/TT-BGTVT|||||amends|70", "09/2020/TT-BGTVT||||||1", "32/2021/TT-BGTVT||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/phat-trien-nganh-nghe-nong-thon.md",
            "line": 367,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "c) Việc lập, thẩm định, phê duyệt và quản lý quy hoạch: Thực hiện theo quy định tại Nghị định số 92/2006/NĐ-CP ngày 07/9/2006 của Chính phủ về lập, phê duyệt và quản lý quy hoạch tổng thể phát triển kinh tế - xã hội; Nghị định 04/2008/NĐ-CP ngày 11/01/2008 của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định số 92/2006/NĐ-CP;",
        [
            "92/2006/NĐ-CP||2006-09-07|Chính phủ|||",
            "04/2008/NĐ-CP||2008-01-11|Chính phủ|no_so||",
            "92/2006/NĐ-CP|||||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-duc-dao-tao/nghi-dinh-91-2026-nd-cp-chi-tiet-luat-giao-duc-dai-hoc.md",
            "line": 216,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "3. Nghị định số 141/2013/NĐ-CP, Nghị định số 99/2019/NĐ-CP, Điều 104 và Điều 105 Nghị định số 125/2024/NĐ-CP hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực (trừ Điều 14).",
        [
            "141/2013/NĐ-CP|||||repeals|",
            "99/2019/NĐ-CP|||||repeals|",
            "125/2024/NĐ-CP||||pinpoint_list|repeals|104, 105",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ke-toan-kiem-toan/kiem-toan-doc-lap.md",
            "line": 1735,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 17 Thông tư số 203/2012/TT-BTC, có hiệu lực thi hành kể từ ngày 01/05/2013, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 5 Thông tư số 39/2020/TT-BTC có hiệu lực thi hành kể từ ngày 01/07/2020; Điều 2 Thông tư số 05/2025/TT-BTC có hiệu lực thi hành kể từ ngày 24/01/2025)",
        ["203/2012/TT-BTC|||||amends|17", "39/2020/TT-BTC||||||5", "05/2025/TT-BTC||||||2"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/thong-tu-37-2026-tt-bca-dang-ky-xe-vneid.md",
            "line": 55,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "### SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 79/2024/TT-BCA NGÀY 15 THÁNG 11 NĂM 2024 CỦA BỘ TRƯỞNG BỘ CÔNG AN QUY ĐỊNH VỀ CẤP, THU HỒI CHỨNG NHẬN ĐĂNG KÝ XE, BIỂN SỐ XE CƠ GIỚI, XE MÁY CHUYÊN DỤNG ĐÃ ĐƯỢC SỬA ĐỔI, BỔ SUNG BỞI THÔNG TƯ SỐ 13/2025/TT-BCA NGÀY 28 THÁNG 02 NĂM 2025 VÀ THÔNG TƯ SỐ 51/2025/TT-BCA NGÀY 30 THÁNG 6 NĂM 2025 CỦA BỘ TRƯỞNG BỘ CÔNG AN",
        [
            "79/2024/TT-BCA||2024-11-15|BỘ TRƯỞNG BỘ CÔNG AN|uppercase_prose|amends|",
            "13/2025/TT-BCA||2025-02-28||uppercase_prose||",
            "51/2025/TT-BCA||2025-06-30|BỘ TRƯỞNG BỘ CÔNG AN|uppercase_prose||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/thue-su-dung-dat-nong-nghiep.md",
            "line": 2379,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Căn cứ danh sách các xã đặc biệt khó khăn miền núi và vùng sâu, vùng xa ban hành kèm theo Quyết định số 135/1998/QĐ-TTg ngày 31/7/1998, Quyết định số 1232/1999/QĐ-TTg ngày 24/12/1999, Quyết định số 647/2000/QĐ-TTg ngày 12/7/2000 và Quyết định số 42/2001/QĐ-TTg ngày 26/3/2001 của Thủ tướng Chính phủ để lập danh sách các hộ được xét miễn thuế SDĐNN trên địa bàn thôn, xã theo Mẫu số 01/MT đính kèm Thông tư này.",
        [
            "135/1998/QĐ-TTg||1998-07-31|Thủ tướng Chính phủ|||",
            "1232/1999/QĐ-TTg||1999-12-24|Thủ tướng Chính phủ|||",
            "647/2000/QĐ-TTg||2000-07-12|Thủ tướng Chính phủ|||",
            "42/2001/QĐ-TTg||2001-03-26|Thủ tướng Chính phủ|||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/to-tung-dan-su.md",
            "line": 3866,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Nghị quyết số 01/2017/NQ-HĐTP, có hiệu lực thi hành kể từ ngày 24/02/2017, có nội dung bị bãi bỏ bởi Điều 1 Nghị quyết số 04/2018/NQ-HĐTP có hiệu lực thi hành kể từ ngày 01/10/2018; Điều 20 Nghị quyết số 02/2020/NQ-HĐTP có hiệu lực thi hành kể từ ngày 01/12/2020)",
        ["01/2017/NQ-HĐTP|||||repeals|1", "04/2018/NQ-HĐTP||||||1", "02/2020/NQ-HĐTP||||||20"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khoa-hoc-cong-nghe/chat-luong-san-pham-hang-hoa.md",
            "line": 2700,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Thông tư số 17/2011/TT-BKHCN ngày 30 tháng 6 năm 2011 của Bộ trưởng Bộ Khoa học và Công nghệ quy định về Giải thưởng Chất lượng Quốc gia và Thông tư số 07/2012/TT-BKHCN ngày 02 tháng 4 năm 2012 của Bộ trưởng Bộ Khoa học và Công nghệ sửa đổi khoản 2 Điều 7 Thông tư số 17/2011/TT-BKHCN hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.",
        [
            "17/2011/TT-BKHCN||2011-06-30|Bộ trưởng Bộ Khoa học và Công nghệ||repeals|",
            "07/2012/TT-BKHCN||2012-04-02|Bộ trưởng Bộ Khoa học và Công nghệ||repeals|",
            "17/2011/TT-BKHCN|||||amends|7,2",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/phi-va-le-phi.md",
            "line": 9932,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2017 và thay thế Thông tư số 88/2002/TT-BTC ngày 02 tháng 10 năm 2002 của Bộ trưởng Bộ Tài chính quy định chế độ thu, nộp, quản lý sử dụng phí cấp mã số mã vạch và Thông tư số 36/2007/TT-BTC ngày 11 tháng 4 năm 2007 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung Thông tư số 88/2002/TT-BTC ngày 02 tháng 10 năm 2002.",
        [
            "88/2002/TT-BTC||2002-10-02|Bộ trưởng Bộ Tài chính||replaces|",
            "36/2007/TT-BTC||2007-04-11|Bộ trưởng Bộ Tài chính||replaces|",
            "88/2002/TT-BTC||2002-10-02|||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/thuy-loi.md",
            "line": 1995,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "a) Việc trích khấu hao tài sản cố định của đơn vị khai thác công trình thủy lợi thực hiện theo quy định tại Thông tư số 45/2013/TT-BTC ngày 25 tháng 4 năm 2013; Thông tư số 147/2016/TT-BTC ngày 13 tháng 10 năm 2016; Thông tư số 28/2017/TT-BTC ngày 12 tháng 4 năm 2017 của Bộ Tài chính hướng dẫn chế độ quản lý, sử dụng và trích khấu hao tài sản cố định và pháp luật khác có liên quan;",
        [
            "45/2013/TT-BTC||2013-04-25|Bộ Tài chính|||",
            "147/2016/TT-BTC||2016-10-13|Bộ Tài chính|||",
            "28/2017/TT-BTC||2017-04-12|Bộ Tài chính|||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-san-cong-no-cong-du-tru-nha-nuoc/du-tru-quoc-gia.md",
            "line": 2481,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "d) Văn bản đề nghị phê duyệt mức phí tối đa xuất, cấp hàng dự trữ quốc gia để cứu trợ, viện trợ của đơn vị dự trữ trực tiếp thực hiện xuất cấp hàng dự trữ quốc gia theo biểu số 01/DT-KPXC kèm biểu tính toán mức phí tối đa theo biểu mẫu số 02/DT-KPXC; của bộ, ngành quản lý hàng dự trữ quốc gia hoặc của Tổng cục Dự trữ nhà nước theo biểu số 03/DT-KPXC kèm theo Thông tư này.",
        [],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khoa-hoc-cong-nghe/khoa-hoc-va-cong-nghe.md",
            "line": 966,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Thông tư này quy định chi tiết một số nội dung của Nghị định số 40/2014/NĐ-CP ngày 12 tháng 5 năm 2014 của Chính phủ quy định việc sử dụng, trọng dụng cá nhân hoạt động khoa học và công nghệ, được sửa đổi, bổ sung một số điều bởi Nghị định số 27/2020/NĐ-CP ngày 01 tháng 3 năm 2020 của Chính phủ (sau đây viết tắt là Nghị định số 40/2014/NĐ-CP), gồm:",
        [
            "40/2014/NĐ-CP||2014-05-12|Chính phủ||guides|",
            "27/2020/NĐ-CP||2020-03-01|Chính phủ|||",
            "40/2014/NĐ-CP||||||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/an-ninh-xuat-nhap-canh/thong-tu-70-2026-tt-bca-sua-doi-giay-to-nguoi-nuoc-ngoai.md",
            "line": 85,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 04/2015/TT-BCA NGÀY 05 THÁNG 01 NĂM 2015 CỦA BỘ TRƯỞNG BỘ CÔNG AN QUY ĐỊNH MẪU GIẤY TỜ LIÊN QUAN ĐẾN VIỆC NHẬP CẢNH, XUẤT CẢNH, CƯ TRÚ CỦA NGƯỜI NƯỚC NGOÀI TẠI VIỆT NAM (ĐƯỢC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU TẠI THÔNG TƯ SỐ 57/2020/TT-BCA NGÀY 10 THÁNG 6 NĂM 2020 VÀ THÔNG TƯ SỐ 22/2023/TT-BCA NGÀY 30 THÁNG 6 NĂM 2023)",
        [
            "04/2015/TT-BCA||2015-01-05|BỘ TRƯỞNG BỘ CÔNG AN|uppercase_prose|amends|",
            "57/2020/TT-BCA||2020-06-10||uppercase_prose||",
            "22/2023/TT-BCA||2023-06-30||uppercase_prose||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khoa-hoc-cong-nghe/tieu-chuan-va-quy-chuan-ky-thuat.md",
            "line": 351,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 3 Thông tư số 28/2012/TT-BKHCN, có hiệu lực thi hành kể từ ngày 27/01/2013, có nội dung được sửa đổi, có nội dung bị bãi bỏ bởi Điều 1 Thông tư số 02/2017/TT-BKHCN có hiệu lực thi hành kể từ ngày 15/05/2017; Điều 19 Thông tư số 06/2020/TT-BKHCN có hiệu lực thi hành kể từ ngày 15/01/2020)",
        ["28/2012/TT-BKHCN|||||amends|3", "02/2017/TT-BKHCN||||||1", "06/2020/TT-BKHCN||||||19"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thue-phi-le-phi-cac-khoan-thu-khac/thue-xuat-khau-thue-nhap-khau.md",
            "line": 5301,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Bãi bỏ Quyết định số 36/2016/QĐ-TTg ngày 01 tháng 9 năm 2016 của Thủ tướng Chính phủ quy định việc áp dụng thuế suất thông thường đối với hàng hóa nhập khẩu; Quyết định số 45/2017/QĐ-TTg ngày 16 tháng 11 năm 2017 của Thủ tướng Chính phủ sửa đổi, bổ sung Quyết định số 36/2016/QĐ-TTg; Quyết định số 28/2019/QĐ-TTg ngày 16 tháng 9 năm 2019 của Thủ tướng Chính phủ sửa đổi, bổ sung Điều 2 Quyết định số 45/2017/QĐ-TTg.",
        [
            "36/2016/QĐ-TTg||2016-09-01|Thủ tướng Chính phủ||repeals|",
            "45/2017/QĐ-TTg||2017-11-16|Thủ tướng Chính phủ||repeals|",
            "36/2016/QĐ-TTg|||||amends|",
            "28/2019/QĐ-TTg||2019-09-16|Thủ tướng Chính phủ||repeals|",
            "45/2017/QĐ-TTg|||||amends|2",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thuong-mai-cong-thuong/thong-tu-31-2026-tt-bct-truy-xuat-nguon-goc-san-pham.md",
            "line": 49,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Căn cứ Nghị định số 40/2025/NĐ-CP của Chínnh phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương, được sửa đổi, bổ sung bởi Nghị định số 109/2025/NĐ-CP và Nghị định số 193/2025/NĐ-CP;",
        ["40/2025/NĐ-CP|||Chínnh phủ||amends|", "109/2025/NĐ-CP||||||", "193/2025/NĐ-CP||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/lao-dong/nghi-dinh-162-2026-nd-cp-dieu-chinh-luong-huu-tro-cap-bhxh-tro-cap-hang-thang.md",
            "line": 107,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "đ) Quân nhân đang hưởng chế độ trợ cấp hằng tháng theo Quyết định số 142/2008/QĐ-TTg về thực hiện chế độ đối với quân nhân tham gia kháng chiến chống Mỹ cứu nước có dưới 20 năm công tác trong quân đội đã phục viên, xuất ngũ về địa phương, được sửa đổi, bổ sung bởi Quyết định số 38/2010/QĐ-TTg và Quyết định số 22/2025/QĐ-TTg.",
        ["142/2008/QĐ-TTg|||||amends|", "38/2010/QĐ-TTg||||||", "22/2025/QĐ-TTg||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/thong-tu-97-2026-tt-btc-bai-bo-tt-55-2010.md",
            "line": 53,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Nghị định số 78/2023/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật; Nghị định số 79/2025/NĐ-CP của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP của Chính phủ;",
        [
            "78/2023/NĐ-CP|||Chính phủ|||",
            "79/2025/NĐ-CP|||Chính phủ||amends|",
            "187/2025/NĐ-CP|||Chính phủ|||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/to-chuc-co-quan-dieu-tra-hinh-su.md",
            "line": 1771,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Pháp lệnh tổ chức điều tra hình sự số 23/2004/PL-UBTVQH11 đã được sửa đổi, bổ sung một số điều theo Pháp lệnh số 30/2006/PL-UBTVQH11 và Pháp lệnh số 09/2009/PL-UBTVQH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
        [
            "23/2004/PL-UBTVQH11|Pháp lệnh||||repeals|",
            "30/2006/PL-UBTVQH11|Pháp lệnh|||||",
            "09/2009/PL-UBTVQH12|Pháp lệnh|||||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thi-hanh-an/thi-hanh-an-hinh-su.md",
            "line": 11576,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Nghị định này thay thế Nghị định số 82/2011/NĐ-CP ngày 16 tháng 9 năm 2011 quy định về thi hành án tử hình bằng hình thức tiêm thuốc độc; Nghị định số 47/2013/NĐ-CP ngày 13 tháng 5 năm 2013 sửa đổi, bổ sung một số điều của Nghị định số 82/2011/NĐ-CP ngày 16 tháng 9 năm 2011 quy định về thi hành án tử hình bằng hình thức tiêm thuốc độc.",
        [
            "82/2011/NĐ-CP||2011-09-16|||replaces|",
            "47/2013/NĐ-CP||2013-05-13|||replaces|",
            "82/2011/NĐ-CP||2011-09-16|||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/buu-chinh-vien-thong/buu-chinh.md",
            "line": 5155,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Quyết định này thay thế Quyết định số 65/2008/QĐ-TTg ngày 22 tháng 5 năm 2008 của Thủ tướng Chính phủ về cung ứng dịch vụ bưu chính công ích và Quyết định số 72/2011/QĐ-TTg ngày 22 tháng 12 năm 2011 của Thủ tướng Chính phủ về sửa đổi, bổ sung một số điều của Quyết định số 65/2008/QĐ-TTg.",
        [
            "65/2008/QĐ-TTg||2008-05-22|Thủ tướng Chính phủ||replaces|",
            "72/2011/QĐ-TTg||2011-12-22|Thủ tướng Chính phủ||replaces|",
            "65/2008/QĐ-TTg|||||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nong-nghiep-nong-thon/nghi-dinh-211-2026-nd-cp-xu-phat-vphc-chan-nuoi.md",
            "line": 178,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "4. Việc xử lý vi phạm hành chính về chăn nuôi trên môi trường điện tử được thực hiện theo quy định tại Điều 28a và Điều 28b Nghị định số 118/2021/NĐ-CP ngày 23 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm hành chính được sửa đổi, bổ sung bởi Nghị định số 68/2025/NĐ-CP ngày 18 tháng 3 năm 2025 và Nghị định số 190/2025/NĐ-CP ngày 01 tháng 7 năm 2025.",
        [
            "118/2021/NĐ-CP||2021-12-23|Chính phủ|pinpoint_list|amends|28a, 28b",
            "68/2025/NĐ-CP||2025-03-18||||",
            "190/2025/NĐ-CP||2025-07-01||||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/duong-sat.md",
            "line": 5062,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 19 Nghị định số 65/2018/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/07/2018, có nội dung được sửa đổi bởi Điều 1 Nghị định số 01/2022/NĐ-CP có hiệu lực thi hành kể từ ngày 04/01/2022; Điều 1 Nghị định số 91/2023/NĐ-CP có hiệu lực thi hành kể từ ngày 30/01/2024)",
        ["65/2018/NĐ-CP|||||amends|19", "01/2022/NĐ-CP||||||1", "91/2023/NĐ-CP||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngoai-giao/thong-tu-02-2026-tt-bng-phan-cap-nhiem-vu-quyen-han-bo-ngoai-giao.md",
            "line": 98,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "*Căn cứ Nghị định số 23/2015/NĐ-CP của Chính phủ về cấp bản sao từ số gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch được sửa đổi, bổ sung bởi Nghị định số 280/2025/NĐ-CP và Nghị định số 18/2026/NĐ-CP;*",
        ["23/2015/NĐ-CP|||Chính phủ||amends|", "280/2025/NĐ-CP||||||", "18/2026/NĐ-CP||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/thue-phi-le-phi-cac-khoan-thu-khac/97-2026-tt-btc-bai-bo-thong-tu-55-2010-tt-btc.md",
            "line": 64,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "*Căn cứ* Nghị định số 78/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật; Nghị định số 79/2025/NĐ-CP của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP của Chính phủ;",
        [
            "78/2025/NĐ-CP|||Chính phủ|||",
            "79/2025/NĐ-CP|||Chính phủ||amends|",
            "187/2025/NĐ-CP|||Chính phủ|||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/hanh-chinh-tu-phap/ho-tich.md",
            "line": 1477,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Hồ sơ chứng thực, hộ tịch, quốc tịch tiếp nhận trước ngày Nghị định có hiệu lực mà chưa giải quyết xong thì tiếp tục được giải quyết theo quy định của Nghị định số 23/2015/NĐ-CP, Nghị định số 123/2015/NĐ-CP, Nghị định số 87/2020/NĐ-CP, Nghị định số 16/2020/NĐ-CP.",
        [
            "23/2015/NĐ-CP||||||",
            "123/2015/NĐ-CP||||||",
            "87/2020/NĐ-CP||||||",
            "16/2020/NĐ-CP||||||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thuong-mai-dau-tu-chung-khoan/chung-khoan.md",
            "line": 23195,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Thông tư này thay thế Thông tư số 210/2012/TT-BTC ngày 30 tháng 11 năm 2012 của Bộ trưởng Bộ Tài chính hướng dẫn về thành lập và hoạt động công ty chứng khoán và Thông tư số 07/2016/TT-BTC ngày 18 tháng 01 năm 2016 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 210/2012/TT-BTC ngày 30 tháng 11 năm 2012 của Bộ trưởng Bộ Tài chính hướng dẫn về thành lập và hoạt động công ty chứng khoán.",
        [
            "210/2012/TT-BTC||2012-11-30|Bộ trưởng Bộ Tài chính||replaces|",
            "07/2016/TT-BTC||2016-01-18|Bộ trưởng Bộ Tài chính||replaces|",
            "210/2012/TT-BTC||2012-11-30|Bộ trưởng Bộ Tài chính||amends|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/lao-dong/giao-duc-nghe-nghiep.md",
            "line": 4923,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 15 Nghị định số 143/2016/NĐ-CP, có hiệu lực thi hành kể từ ngày 14/10/2016, có nội dung được sửa đổi, có nội dung được bổ sung, có nội dung bị bãi bỏ bởi Điều 5 Nghị định số 140/2018/NĐ-CP có hiệu lực thi hành kể từ ngày 08/10/2018; Điều 1 Nghị định số 24/2022/NĐ-CP có hiệu lực thi hành kể từ ngày 01/06/2022)",
        ["143/2016/NĐ-CP|||||amends|15", "140/2018/NĐ-CP||||||5", "24/2022/NĐ-CP||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/can-bo-cong-chuc-vien-chuc/vien-chuc.md",
            "line": 8855,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Viên chức được bổ nhiệm vào các chức danh nghề nghiệp giảng viên giáo dục nghề nghiệp và giáo viên giáo dục nghề nghiệp quy định tại Thông tư số 10/2018/TT-BNV và Thông tư số 03/2018/TT-BLĐTBXH, được áp dụng bảng lương tương ứng ban hành kèm theo Nghị định số 204/2004/NĐ-CP ngày 14 tháng 12 năm 2004 của Chính phủ về chế độ tiền lương đối với cán bộ, công chức, viên chức và lực lượng vũ trang, cụ thể như sau:",
        [
            "10/2018/TT-BNV||||||",
            "03/2018/TT-BLĐTBXH||||||",
            "204/2004/NĐ-CP||2004-12-14|Chính phủ|||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/an-ninh-quoc-gia/xuat-canh-nhap-canh-cua-cong-dan-viet-nam.md",
            "line": 2711,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Thông tư này thay thế Thông tư số 73/2021/TT-BCA ngày 29 tháng 6 năm 2021 của Bộ trưởng Bộ Công an quy định về mẫu hộ chiếu, giấy thông hành và các biểu mẫu liên quan và Thông tư số 68/2022/TT-BCA ngày 31/12/2022 của Bộ trưởng Bộ Công an sửa đổi, bổ sung một số điều của Thông tư số 73/2021/TT-BCA ngày 29/6/2021 của Bộ trưởng Bộ Công an quy định về mẫu hộ chiếu, giấy thông hành và các biểu mẫu liên quan.",
        [
            "73/2021/TT-BCA||2021-06-29|Bộ trưởng Bộ Công an||replaces|",
            "68/2022/TT-BCA||2022-12-31|Bộ trưởng Bộ Công an||replaces|",
            "73/2021/TT-BCA||2021-06-29|Bộ trưởng Bộ Công an||amends|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-30-2018-qd-ubnd-quy-dinh-ve-trach-nhiem-va-danh-gia-trach-nhiem-cua-nguoi-dung-dau-cac-so-ban-nganh-uy-ban-nhan-dan-quan-huyen-trong-thuc-hien-cai-cach-hanh-chinh-nha-nuoc-do-thanh-pho-hai-phong-ban-hanh.html"
        },
        "Số: 30/2018/QĐ-UBND | Hải Phòng, ngày 09 tháng 10 năm 2018 |",
        ["30/2018/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-30-2018-qd-ubnd-quy-dinh-ve-trach-nhiem-va-danh-gia-trach-nhiem-cua-nguoi-dung-dau-cac-so-ban-nganh-uy-ban-nhan-dan-quan-huyen-trong-thuc-hien-cai-cach-hanh-chinh-nha-nuoc-do-thanh-pho-hai-phong-ban-hanh.html"
        },
        "Căn cứ Nghị định số 157/2007/NĐ-CP ngày 27 tháng 10 năm 2007 của Chính phủ về quy định chế độ trách nhiệm đối với người đứng đầu cơ quan, tổ chức đơn vị của nhà nước trong thi hành nhiệm vụ, công vụ;",
        ["157/2007/NĐ-CP||2007-10-27|Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-30-2018-qd-ubnd-quy-dinh-ve-trach-nhiem-va-danh-gia-trach-nhiem-cua-nguoi-dung-dau-cac-so-ban-nganh-uy-ban-nhan-dan-quan-huyen-trong-thuc-hien-cai-cach-hanh-chinh-nha-nuoc-do-thanh-pho-hai-phong-ban-hanh.html"
        },
        "Căn cứ Nghị định số 34/2011/NĐ-CP ngày 17 tháng 5 năm 2011 của Chính phủ quy định về xử lý kỷ luật đối với công chức;",
        ["34/2011/NĐ-CP||2011-05-17|Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-30-2018-qd-ubnd-quy-dinh-ve-trach-nhiem-va-danh-gia-trach-nhiem-cua-nguoi-dung-dau-cac-so-ban-nganh-uy-ban-nhan-dan-quan-huyen-trong-thuc-hien-cai-cach-hanh-chinh-nha-nuoc-do-thanh-pho-hai-phong-ban-hanh.html"
        },
        "Căn cứ Nghị định số 88/2017/NĐ-CP ngày 27 tháng 7 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 56/2015/NĐ-CP ngày 09 tháng 6 năm 2015 của Chính phủ về đánh giá và phân loại cán bộ, công chức, viên chức;",
        ["88/2017/NĐ-CP||2017-07-27|Chính phủ|||", "56/2015/NĐ-CP||2015-06-09|Chính phủ||amends|"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-30-2018-qd-ubnd-quy-dinh-ve-trach-nhiem-va-danh-gia-trach-nhiem-cua-nguoi-dung-dau-cac-so-ban-nganh-uy-ban-nhan-dan-quan-huyen-trong-thuc-hien-cai-cach-hanh-chinh-nha-nuoc-do-thanh-pho-hai-phong-ban-hanh.html"
        },
        "Theo đề nghị của Sở Nội vụ tại Tờ trình số 1494/TTr-SNV ngày 28 tháng 6 năm 2018, Công văn số 2231/SNV-CCHC&PC ngày 28 tháng 9 năm 2018 và Báo cáo thẩm định số 18/BCTĐ-STP ngày 25 tháng 5 năm 2018 của Sở Tư pháp.",
        [
            "1494/TTr-SNV||2018-06-28||rare_type||",
            "2231/SNV-CCHC&PC|Công văn|2018-09-28||odd_separator||",
            "18/BCTĐ-STP|Báo cáo|2018-05-25|Sở Tư pháp|rare_type||",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-30-2018-qd-ubnd-quy-dinh-ve-trach-nhiem-va-danh-gia-trach-nhiem-cua-nguoi-dung-dau-cac-so-ban-nganh-uy-ban-nhan-dan-quan-huyen-trong-thuc-hien-cai-cach-hanh-chinh-nha-nuoc-do-thanh-pho-hai-phong-ban-hanh.html"
        },
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-87-KH-UBND-nam-2013-ve-cai-cach-hanh-chinh-Tuyen-Quang-nam-2014-228632.aspx"
        },
        "Số: 87/KH-UBND\n|\nTuyên Quang, ngày\n10 tháng 12 năm 2013",
        ["87/KH-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-87-KH-UBND-nam-2013-ve-cai-cach-hanh-chinh-Tuyen-Quang-nam-2014-228632.aspx"
        },
        "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ về ban hành Chương trình tổng thể cải cách hành chính nhà\nnước giai đoạn 2011 - 2020; Chỉ thị số 07/CT-TTg ngày 22/5/2013 về việc đẩy mạnh\nthực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 -\n2020;",
        [
            "30c/NQ-CP||2011-11-08|Chính phủ|letter_suffix|implements|",
            "07/CT-TTg||2013-05-22||line_break||",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-87-KH-UBND-nam-2013-ve-cai-cach-hanh-chinh-Tuyen-Quang-nam-2014-228632.aspx"
        },
        "Căn cứ Kế hoạch số 18/KH-UBND ngày\n29/3/2012 của Ủy ban nhân dân tỉnh về kế hoạch cải cách hành chính tỉnh Tuyên\nQuang giai đoạn 2011 - 2015,",
        ["18/KH-UBND||2012-03-29|Ủy ban nhân dân tỉnh|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-87-KH-UBND-nam-2013-ve-cai-cach-hanh-chinh-Tuyen-Quang-nam-2014-228632.aspx"
        },
        "Tiếp tục\nđẩy mạnh thực hiện có hiệu quả các nội dung công tác cải cách hành chính theo Nghị\nquyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ về ban hành\nChương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020; Chỉ\nthị số 07/CT-TTg ngày 22/5/2013 về việc đẩy mạnh thực hiện Chương trình tổng thể\ncải cách hành chính nhà nước giai đoạn 2011 - 2020; Kế hoạch số 18/KH-UBND ngày\n29/3/2012 về cải cách hành chính tỉnh Tuyên Quang giai đoạn 2011 – 2015.",
        [
            "30c/NQ-CP||2011-11-08|Chính phủ|letter_suffix,line_break||",
            "07/CT-TTg||2013-05-22||line_break||",
            "18/KH-UBND||2012-03-29||line_break||",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://text.123docz.net/document/5932142-quyet-dinh-so-1961-2019-qd-ubnd-tinh-kien-giang.htm"
        },
        "Số: 1961/QĐUBND",
        ["1961/QĐ-UBND||||missing_dash||"],
    ),
    (
        "provincial",
        {
            "url": "https://text.123docz.net/document/5932142-quyet-dinh-so-1961-2019-qd-ubnd-tinh-kien-giang.htm"
        },
        "Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương \ntrình Tổng thể cải cách hành chính nhà nước giai đoạn 20112020;",
        ["30c/NQ-CP||2011-11-08|Chính phủ|letter_suffix,missing_dash||"],
    ),
    (
        "provincial",
        {
            "url": "https://text.123docz.net/document/5932142-quyet-dinh-so-1961-2019-qd-ubnd-tinh-kien-giang.htm"
        },
        "Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 Chính phủ về thực hiện cơ chế \nmột cửa, cơ chế một cửa liên thông trong giải quyết thủ tục hành chính;",
        ["61/2018/NĐ-CP||2018-04-23||missing_dash||"],
    ),
    (
        "provincial",
        {
            "url": "https://text.123docz.net/document/5932142-quyet-dinh-so-1961-2019-qd-ubnd-tinh-kien-giang.htm"
        },
        "Căn cứ Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ \nhướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018  \ncủa Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành \nchính;",
        [
            "01/2018/TT-VPCP||2018-11-23|Văn phòng Chính phủ|missing_dash||",
            "61/2018/NĐ-CP||2018-04-23|Chính phủ|missing_dash,line_break|guides|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://text.123docz.net/document/5932142-quyet-dinh-so-1961-2019-qd-ubnd-tinh-kien-giang.htm"
        },
        "Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh về \nviệc thành lập Trung tâm Phục vụ hành chính",
        ["2468/QĐ-UBND||2018-11-02|Ủy ban nhân dân tỉnh|missing_dash||"],
    ),
    (
        "provincial",
        {
            "url": "https://text.123docz.net/document/5932142-quyet-dinh-so-1961-2019-qd-ubnd-tinh-kien-giang.htm"
        },
        "Kiên Giang, ngày 28 tháng 8 năm 2019",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/ke-hoach-4851-kh-ubnd-nam-2018-ve-trien-khai-xac-dinh-chi-so-cai-cach-hanh-chinh-cua-cac-so-ban-nganh-uy-ban-nhan-dan-cac-huyen-thi-xa-thanh-pho-va-uy-ban-nhan-dan-cac-xa-phuong-thi-tran-tren-dia-ban-tinh-binh-duong.html"
        },
        "Số: 4851/KH-UBND | Bình Dương, ngày 11 tháng 10 năm 2018 |",
        ["4851/KH-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/ke-hoach-4851-kh-ubnd-nam-2018-ve-trien-khai-xac-dinh-chi-so-cai-cach-hanh-chinh-cua-cac-so-ban-nganh-uy-ban-nhan-dan-cac-huyen-thi-xa-thanh-pho-va-uy-ban-nhan-dan-cac-xa-phuong-thi-tran-tren-dia-ban-tinh-binh-duong.html"
        },
        "Căn cứ Quyết định số 2071/QĐ-UBND ngày 27/7/2018 của Ủy ban nhân dân tỉnh về việc phê duyệt Đề án sửa đổi, bổ sung Chỉ số cải cách hành chính và ban hành Chỉ số cải cách hành chính (gọi tắt là Chỉ số CCHC) của các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố; Ủy ban nhân dân các xã, phường, thị trấn trên địa bàn tỉnh Bình Dương.",
        ["2071/QĐ-UBND||2018-07-27|Ủy ban nhân dân tỉnh|||"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/ke-hoach-4851-kh-ubnd-nam-2018-ve-trien-khai-xac-dinh-chi-so-cai-cach-hanh-chinh-cua-cac-so-ban-nganh-uy-ban-nhan-dan-cac-huyen-thi-xa-thanh-pho-va-uy-ban-nhan-dan-cac-xa-phuong-thi-tran-tren-dia-ban-tinh-binh-duong.html"
        },
        "Xác định được Chỉ số CCHC của cấp sở, cấp huyện, cấp xã trên địa bàn tỉnh, dựa trên các lĩnh vực, tiêu chí (TC), tiêu chí thành phần (TCTP) theo đặc điểm, tính chất quản lý nhà nước của các cơ quan, đơn vị, địa phương đã được phê duyệt tại Quyết định số 2071/QĐ-UBND ngày 27/7/2018 của Ủy ban nhân dân tỉnh Bình Dương.",
        ["2071/QĐ-UBND||2018-07-27|Ủy ban nhân dân tỉnh Bình Dương|||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-853-qd-ubnd-ban-hanh-tinh-lam-dong-nam-2018-p97173.htm"
        },
        "Quyết định 853/QĐ-UBND năm 2018 phê duyệt Quy hoạch mạng lưới đơn vị sự nghiệp công lập trực thuộc Sở Y tế Lâm Đồng đến năm 2020, định hướng đến năm 2030",
        ["853/QĐ-UBND||||no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-853-qd-ubnd-ban-hanh-tinh-lam-dong-nam-2018-p97173.htm"
        },
        "Số hiệu: 853/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Lâm Đồng Người ký: Đoàn Văn Việt\nNgày ban hành: 07/05/2018 Ngày hiệu lực: Đang cập nhật",
        ["853/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-853-qd-ubnd-ban-hanh-tinh-lam-dong-nam-2018-p97173.htm"
        },
        "Căn cứ Nghị định số 16/2015/NĐ-CP ngày 14 tháng 02 năm 2015 của Chính phủ quy định cơ chế tự chủ của đơn vị sự nghiệp công lập;",
        ["16/2015/NĐ-CP||2015-02-14|Chính phủ|||"],
    ),
    (
        "provincial",
        {"url": "https://vanbanphapluat.co/quyet-dinh-119-qd-ubnd-bo-sung-thu-tuc-hanh-chinh"},
        "Quyết định 119/QĐ-UBND bổ sung thủ tục hành chính đã được thay thế bởi Quyết định 366/QĐ-UBND bãi bỏ Quyết định công bố thủ tục hành chính Bắc Giang 2015 và được áp dụng kể từ ngày 25/08/2015.",
        ["119/QĐ-UBND||||no_so|replaces|", "366/QĐ-UBND||||no_so||"],
    ),
    (
        "provincial",
        {"url": "https://vanbanphapluat.co/quyet-dinh-119-qd-ubnd-bo-sung-thu-tuc-hanh-chinh"},
        "Căn cứ Công văn 285/CCTTHC ngày 08 tháng 9 năm 2009 của Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ về chuẩn bị công bố cơ sở dữ liệu quốc gia về thủ tục hành chính;",
        [
            "285/CCTTHC|Công văn|2009-09-08|Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ|no_so||"
        ],
    ),
    (
        "provincial",
        {"url": "https://vanbanphapluat.co/quyet-dinh-119-qd-ubnd-bo-sung-thu-tuc-hanh-chinh"},
        "Bổ sung 04 thủ tục hành chính (TTHC) vào Bộ Thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông được công bố kèm theo Quyết định số 81/QĐ-UBND ngày 17/8/2009 của UBND tỉnh Bắc Giang.",
        ["81/QĐ-UBND||2009-08-17|UBND tỉnh Bắc Giang||amends|"],
    ),
    (
        "provincial",
        {"url": "https://vanbanphapluat.co/quyet-dinh-119-qd-ubnd-bo-sung-thu-tuc-hanh-chinh"},
        "Xét đề nghị Giám đốc Sở Thông tin và Truyền thông và Tổ trưởng Tổ công tác chuyên trách thực hiện Đề án 30 của Ủy ban nhân dân tỉnh,",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019-danh-gia-hai-long-giai-quyet-thu-tuc-hanh-chinh-ho-chi-minh-541465.html"
        },
        "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng\n4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong\ngiải quyết thủ tục hành chính, Ủy ban nhân dân thành phố ban hành Kế hoạch triển\nkhai như sau:",
        ["61/2018/NĐ-CP||2018-04-23|Chính phủ|line_break|implements|"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019-danh-gia-hai-long-giai-quyet-thu-tuc-hanh-chinh-ho-chi-minh-541465.html"
        },
        "Thống nhất tiêu chí đánh giá và mẫu phiếu đánh\ngiá, đảm bảo phù hợp với quy định tại Nghị định số 61/2018/NĐ-CP và phù hợp với\nthực tế tại thành phố.",
        ["61/2018/NĐ-CP||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019-danh-gia-hai-long-giai-quyet-thu-tuc-hanh-chinh-ho-chi-minh-541465.html"
        },
        "Sở, ban, ngành, Ủy ban nhân dân quận-huyện, xã,\nphường, thị trấn thực hiện đúng yêu cầu, tiến độ tại Kế hoạch, bảo đảm tiến độ\nvận hành chính thức Hệ thống đánh giá hài lòng theo quy định tại Nghị định số\n61/2018/NĐ-CP.",
        ["61/2018/NĐ-CP||||line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-128-2025-qd-ubnd-ve-quy-che-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-tinh-thanh-hoa.html"
        },
        "Số: 128/2025/QĐ-UBND\n\nThanh Hóa, ngày 09 tháng 10 năm 2025",
        ["128/2025/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-128-2025-qd-ubnd-ve-quy-che-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-tinh-thanh-hoa.html"
        },
        "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;",
        ["118/2025/NĐ-CP||2025-06-09|Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-128-2025-qd-ubnd-ve-quy-che-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-tinh-thanh-hoa.html"
        },
        "Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;",
        [
            "03/2025/TT-VPCP||2025-09-15|Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ|||",
            "118/2025/NĐ-CP||2025-06-09|Chính phủ||guides|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-128-2025-qd-ubnd-ve-quy-che-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-tinh-thanh-hoa.html"
        },
        "Căn cứ Quyết định số 58/2025/QĐ-UBND ngày 27 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh về việc tổ chức lại Trung tâm Phục vụ Hành chính công tỉnh Thanh Hóa, thuộc Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa;",
        ["58/2025/QĐ-UBND||2025-06-27|Ủy ban nhân dân tỉnh|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-128-2025-qd-ubnd-ve-quy-che-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-tinh-thanh-hoa.html"
        },
        "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 1818/TTr-VP ngày 21 tháng 8 năm 2025 và Giám đốc Sở Nội vụ tại Văn bản số 4836/SNV-TCBC ngày 04 tháng 9 năm 2025;",
        ["1818/TTr-VP||2025-08-21||rare_type||", "4836/SNV-TCBC|Công văn|2025-09-04||||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-128-2025-qd-ubnd-ve-quy-che-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-tinh-thanh-hoa.html"
        },
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm 2025;",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-2157-qd-ubnd-nam-2017-ve-cong-bo-danh-muc-thu-tuc-hanh-chinh-thuc-hien-tiep-nhan-ho-so-tra-ket-qua-giai-quyet-qua-dich-vu-buu-chinh-cong-ich-do-tinh-quang-ngai-ban-hanh.html"
        },
        "Số: 2157/QĐ-UBND\n\nQuảng Ngãi, ngày 09 tháng 11 năm 2017",
        ["2157/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-2157-qd-ubnd-nam-2017-ve-cong-bo-danh-muc-thu-tuc-hanh-chinh-thuc-hien-tiep-nhan-ho-so-tra-ket-qua-giai-quyet-qua-dich-vu-buu-chinh-cong-ich-do-tinh-quang-ngai-ban-hanh.html"
        },
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;",
        [
            "63/2010/NĐ-CP||2010-06-08|Chính phủ|||",
            "48/2013/NĐ-CP||2013-05-14|Chính phủ|||",
            "92/2017/NĐ-CP||2017-08-07|Chính phủ|||",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-2157-qd-ubnd-nam-2017-ve-cong-bo-danh-muc-thu-tuc-hanh-chinh-thuc-hien-tiep-nhan-ho-so-tra-ket-qua-giai-quyet-qua-dich-vu-buu-chinh-cong-ich-do-tinh-quang-ngai-ban-hanh.html"
        },
        "Căn cứ Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích;",
        ["45/2016/QĐ-TTg||2016-10-19|Thủ tướng Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-2157-qd-ubnd-nam-2017-ve-cong-bo-danh-muc-thu-tuc-hanh-chinh-thuc-hien-tiep-nhan-ho-so-tra-ket-qua-giai-quyet-qua-dich-vu-buu-chinh-cong-ich-do-tinh-quang-ngai-ban-hanh.html"
        },
        "Căn cứ Thông tư số 17/2017/TT-BTTTT ngày 23/6/2017 của Bộ trưởng Bộ Thông tin và Truyền thông quy định một số nội dung và biện pháp thi hành Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích;",
        [
            "17/2017/TT-BTTTT||2017-06-23|Bộ trưởng Bộ Thông tin và Truyền thông|||",
            "45/2016/QĐ-TTg||2016-10-19|Thủ tướng Chính phủ||guides|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-2157-qd-ubnd-nam-2017-ve-cong-bo-danh-muc-thu-tuc-hanh-chinh-thuc-hien-tiep-nhan-ho-so-tra-ket-qua-giai-quyet-qua-dich-vu-buu-chinh-cong-ich-do-tinh-quang-ngai-ban-hanh.html"
        },
        "Căn cứ Quyết định số 1418/QĐ-UBND ngày 01/8/2017 của Chủ tịch UBND tỉnh Quảng Ngãi về việc công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ban thuộc UBND tỉnh thực hiện tiếp nhận hồ sơ",
        ["1418/QĐ-UBND||2017-08-01|Chủ tịch UBND tỉnh Quảng Ngãi|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-2157-qd-ubnd-nam-2017-ve-cong-bo-danh-muc-thu-tuc-hanh-chinh-thuc-hien-tiep-nhan-ho-so-tra-ket-qua-giai-quyet-qua-dich-vu-buu-chinh-cong-ich-do-tinh-quang-ngai-ban-hanh.html"
        },
        "Căn cứ  Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-612-qd-ubnd-ban-hanh-tinh-vinh-long-nam-2020-p56727.htm"
        },
        "Quyết định 612/QĐ-UBND năm 2020 về phê duyệt quy trình nội bộ thủ tục hành chính lĩnh vực Chăn nuôi thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Phát triển nông thôn tỉnh Vĩnh Long",
        ["612/QĐ-UBND||||no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-612-qd-ubnd-ban-hanh-tinh-vinh-long-nam-2020-p56727.htm"
        },
        "Ngày ban hành: | 05/03/2020 | Ngày hiệu lực: | Đang cập nhật |",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-612-qd-ubnd-ban-hanh-tinh-vinh-long-nam-2020-p56727.htm"
        },
        "Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
        [
            "01/2018/TT-VPCP||2018-11-23|Văn phòng Chính phủ|||",
            "61/2018/NĐ-CP||2018-04-23|Chính phủ||guides|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-612-qd-ubnd-ban-hanh-tinh-vinh-long-nam-2020-p56727.htm"
        },
        "Căn cứ Quyết định số 600/QĐ-UBND ngày 04 tháng 3 năm 2020 của Chủ tịch UBND tỉnh về việc công bố thủ tục hành chính lĩnh vực Chăn nuôi thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Phát triển nông thôn tỉnh Vĩnh Long;",
        ["600/QĐ-UBND||2020-03-04|Chủ tịch UBND tỉnh|||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-612-qd-ubnd-ban-hanh-tinh-vinh-long-nam-2020-p56727.htm"
        },
        "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 43/TTr-SNNPTNT ngày 27 tháng 02 năm 2020,",
        ["43/TTr-SNNPTNT||2020-02-27||rare_type||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-2862-QD-UBND-2018-kien-nghi-cua-nguoi-dan-doanh-nghiep-tren-Cong-thong-tin-Son-La-400875.aspx?tab=2"
        },
        "Số: 2862/QĐ-UBND\n|\nSơn\nLa, ngày 16 tháng 11\nnăm 2018",
        ["2862/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-2862-QD-UBND-2018-kien-nghi-cua-nguoi-dan-doanh-nghiep-tren-Cong-thong-tin-Son-La-400875.aspx?tab=2"
        },
        "Căn cứ Nghị định số 20/2008/NĐ-CP\nngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý\nphản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính; Nghị định\nsố 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ quy định về\ncung cấp tin và dịch vụ công trực tuyến trên Trang thông tin điện tử hoặc Cổng thông tin điện tử của cơ quan nhà nước;",
        [
            "20/2008/NĐ-CP||2008-02-14|Chính phủ|line_break||",
            "43/2011/NĐ-CP||2011-06-13|Chính phủ|line_break||",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-2862-QD-UBND-2018-kien-nghi-cua-nguoi-dan-doanh-nghiep-tren-Cong-thong-tin-Son-La-400875.aspx?tab=2"
        },
        "Căn cứ Quyết định số 574/QĐ-TTg\nngày 25/4/2017 của Thủ tướng Chính phủ ban hành Quy\nchế tiếp nhận, xử lý và trả lời phản ánh, kiến nghị của người dân, doanh nghiệp trên Cổng thông tin điện tử\nChính phủ;",
        ["574/QĐ-TTg||2017-04-25|Thủ tướng Chính phủ|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-2862-QD-UBND-2018-kien-nghi-cua-nguoi-dan-doanh-nghiep-tren-Cong-thong-tin-Son-La-400875.aspx?tab=2"
        },
        "Theo đề nghị tại Tờ trình số\n42/TTr-VPUB ngày 06/11/2018 của Chánh Văn phòng\nỦy ban nhân dân tỉnh,",
        ["42/TTr-VPUB||2018-11-06|Chánh Văn phòng Ủy ban nhân dân tỉnh|rare_type,line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-2862-QD-UBND-2018-kien-nghi-cua-nguoi-dan-doanh-nghiep-tren-Cong-thong-tin-Son-La-400875.aspx?tab=2"
        },
        "Ban hành kèm theo Quyết định này “Quy chế tiếp\nnhận, xử lý và trả lời phản ánh, kiến nghị của người dân, doanh nghiệp trên Cổng\nthông tin điện tử tỉnh Sơn La” tại địa chỉ: http://sonla.gov.vn/hoi-dap",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-14-2007-qd-ubnd-chuc-nang-nhiem-vu-so-nong-nghiep-quang-nam-187520.html"
        },
        "Số:\n14/2007/QĐ-UBND\n|\nTam\nKỳ, ngày 19 tháng 6 năm 2007",
        ["14/2007/QĐ-UBND||||line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-14-2007-qd-ubnd-chuc-nang-nhiem-vu-so-nong-nghiep-quang-nam-187520.html"
        },
        "Căn cứ Nghị định số\n171/2004/NĐ-CP ngày 29/9/2004 của Chính phủ quy định tổ chức các cơ quan chuyên\nmôn thuộc UBND tỉnh, thành phố trực thuộc Trung ương;",
        ["171/2004/NĐ-CP||2004-09-29|Chính phủ|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-14-2007-qd-ubnd-chuc-nang-nhiem-vu-so-nong-nghiep-quang-nam-187520.html"
        },
        "Căn cứ Nghị định số\n23/2006/NĐ-CP ngày 03/3/2006 của Chính phủ về thi hành Luật Bảo vệ và phát triển\nrừng;",
        ["23/2006/NĐ-CP||2006-03-03|Chính phủ|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-14-2007-qd-ubnd-chuc-nang-nhiem-vu-so-nong-nghiep-quang-nam-187520.html"
        },
        "Căn cứ Thông tư liên tịch\nsố 11/2004/TTLT-BNN-BNV ngày 02/4/2004 của Bộ Nông nghiệp và Phát triển nông\nthôn và Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạn và tổ chức cơ quan\nchuyên môn thuộc Ủy ban nhân dân các cấp quản lý nhà nước về nông nghiệp &\nphát triển nông thôn;",
        [
            "11/2004/TTLT-BNN-BNV||2004-04-02|Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nội vụ|joint,line_break||"
        ],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-14-2007-qd-ubnd-chuc-nang-nhiem-vu-so-nong-nghiep-quang-nam-187520.html"
        },
        "Căn cứ Quyết định số\n81/2005/QĐ-UBND ngày 02/12/2005 của UBND tỉnh Quảng Nam ban hành Quy định về quản\nlý tổ chức bộ máy, biên chế, tiền lương, cán bộ, công chức, viên chức cơ quan\nhành chính, đơn vị sự nghiệp và cán bộ quản lý Công ty Nhà nước thuộc UBND tỉnh\nQuảng Nam;",
        ["81/2005/QĐ-UBND||2005-12-02|UBND tỉnh Quảng Nam|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-14-2007-qd-ubnd-chuc-nang-nhiem-vu-so-nong-nghiep-quang-nam-187520.html"
        },
        "Xét đề nghị của Giám đốc\nSở Nông nghiệp & Phát triển nông thôn tỉnh tại Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007 và của Giám đốc Sở Nội vụ tỉnh,",
        ["473/TTr-NN&PTNT||2007-05-21||spaced,odd_separator,line_break,rare_type||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-14-2007-qd-ubnd-chuc-nang-nhiem-vu-so-nong-nghiep-quang-nam-187520.html"
        },
        "Căn cứ Luật Tổ chức HĐND\nvà UBND ngày 26/11/2003;",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-575-qd-ubnd-ban-hanh-tinh-kon-tum-nam-2020-p47551.htm"
        },
        "Quyết định 575/QĐ-UBND năm 2020 về phê duyệt quy trình nội bộ giải quyết các thủ tục hành chính lĩnh vực ngoại vụ do tỉnh Kon Tum ban hành",
        ["575/QĐ-UBND||||no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-575-qd-ubnd-ban-hanh-tinh-kon-tum-nam-2020-p47551.htm"
        },
        "Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ về Hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP của Chính phủ;",
        [
            "01/2018/TT-VPCP||2018-11-23|Văn phòng Chính phủ|||",
            "61/2018/NĐ-CP|||Chính phủ||guides|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-575-qd-ubnd-ban-hanh-tinh-kon-tum-nam-2020-p47551.htm"
        },
        "Theo đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 04/TTr-SNgV ngày 04 tháng 8 năm 2020,",
        ["04/TTr-SNgV||2020-08-04||rare_type||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-575-qd-ubnd-ban-hanh-tinh-kon-tum-nam-2020-p47551.htm"
        },
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-636-QD-UBND-nam-2012-Quy-dinh-theo-doi-danh-gia-ket-qua-thuc-hien-152925.aspx?tab=7"
        },
        "Số: 636/QĐ-UBND\n|\nBình Định, ngày 21\ntháng 11 năm 2012",
        ["636/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-636-QD-UBND-nam-2012-Quy-dinh-theo-doi-danh-gia-ket-qua-thuc-hien-152925.aspx?tab=7"
        },
        "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng\n11 năm 2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính\nnhà nước giai đoạn 2011 - 2020;",
        ["30c/NQ-CP||2011-11-08|Chính phủ|letter_suffix,line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-636-QD-UBND-nam-2012-Quy-dinh-theo-doi-danh-gia-ket-qua-thuc-hien-152925.aspx?tab=7"
        },
        "Căn cứ Quyết định số 492/QĐ-UBND ngày 06\ntháng 10 năm 2011 của UBND tỉnh ban hành Kế hoạch triển khai thực hiện Chương\ntrình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội XI của Đảng, Nghị\nquyết Đại hội XVIII Đảng bộ tỉnh về Cải cách hành chính, trọng tâm là cải cách\nthủ tục hành chính tỉnh giai đoạn 2011 - 2015;",
        ["492/QĐ-UBND||2011-10-06|UBND tỉnh|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-636-QD-UBND-nam-2012-Quy-dinh-theo-doi-danh-gia-ket-qua-thuc-hien-152925.aspx?tab=7"
        },
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ\ntrình số 617/TTr-SNV ngày 05 tháng 11 năm 2011,",
        ["617/TTr-SNV||2011-11-05||rare_type,line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-8124-KH-UBND-2023-phat-trien-ha-tang-so-Lam-Dong-580510.aspx"
        },
        "Số: 8124/KH-UBND\n|\nLâm Đồng, ngày 18\ntháng 9 năm 2023",
        ["8124/KH-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-8124-KH-UBND-2023-phat-trien-ha-tang-so-Lam-Dong-580510.aspx"
        },
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của\nThủ tướng Chính phủ về việc phê duyệt Chương trình chuyển đổi số quốc gia đến\nnăm 2025, định hướng đến năm 2030;",
        ["749/QĐ-TTg||2020-06-03|Thủ tướng Chính phủ|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-8124-KH-UBND-2023-phat-trien-ha-tang-so-Lam-Dong-580510.aspx"
        },
        "Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của\nThủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội\nsố đến năm 2025, định hướng đến năm 2030;",
        ["411/QĐ-TTg||2022-03-31|Thủ tướng Chính phủ|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-8124-KH-UBND-2023-phat-trien-ha-tang-so-Lam-Dong-580510.aspx"
        },
        "Căn cứ Quyết định số 885/QĐ-BTTTT ngày 25/5/2023\ncủa Bộ Thông tin và Truyền thông ban hành Bộ tiêu chí đánh giá phát triển hạ tầng\nsố của các tỉnh, thành phố trực thuộc Trung ương;",
        ["885/QĐ-BTTTT||2023-05-25|Bộ Thông tin và Truyền thông|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-8124-KH-UBND-2023-phat-trien-ha-tang-so-Lam-Dong-580510.aspx"
        },
        "Căn cứ Nghị quyết số 12-NQ/TU ngày 25/5/2022 của\nTỉnh ủy về Chuyển đổi số tỉnh Lâm Đồng đến năm 2025, định hướng đến năm 2030;",
        ["12-NQ/TU||2022-05-25|Tỉnh ủy|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-8124-KH-UBND-2023-phat-trien-ha-tang-so-Lam-Dong-580510.aspx"
        },
        "Căn cứ Kế hoạch số 5731/KH-UBND ngày 03/8/2022 của\nUBND tỉnh thực hiện Chuyển đổi số tỉnh Lâm Đồng đến năm 2025, định hướng đến\nnăm 2030;",
        ["5731/KH-UBND||2022-08-03|UBND tỉnh|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-8124-KH-UBND-2023-phat-trien-ha-tang-so-Lam-Dong-580510.aspx"
        },
        "Căn cứ văn bản số 3115/BTTTT-CVT ngày 02/8/2023\ncủa Bộ Thông tin và Truyền thông về việc xây dựng Kế hoạch phát triển hạ tầng số\ngiai đoạn 2023 - 2025 của địa phương.",
        [
            "3115/BTTTT-CVT|Công văn|2023-08-02|Bộ Thông tin và Truyền thông|lowercase_type,line_break||"
        ],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-8124-KH-UBND-2023-phat-trien-ha-tang-so-Lam-Dong-580510.aspx"
        },
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển hạ\ntầng số trên địa bàn tỉnh Lâm Đồng giai đoạn 2023-2025, cụ thể như sau:",
        [],
    ),
    (
        "party",
        {
            "url": "http://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=26564&l=Tintrongtinh++&lv=9"
        },
        "Trong những năm qua, quán triệt và thực hiện Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư “về việc đổi mới và nâng cao chất lượng công tác điều tra, nắm bắt, nghiên cứu dư luận xã hội”, Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW của Ban Bí thư",
        [
            "100-KL/TW||2014-08-18|Ban Bí thư|spaced|implements|",
            "25-KH/TU||2016-11-30|Ban Thường vụ Tỉnh ủy|||",
            "100-KL/TW|||Ban Bí thư||implements|",
        ],
    ),
    (
        "party",
        {
            "url": "http://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=26564&l=Tintrongtinh++&lv=9"
        },
        "và Kết luận số 111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy về “Tiếp tục đổi mới, nâng cao chất lượng công tác giáo dục chính trị tư tưởng và định hướng dư luận xã hội”, công tác điều tra, nắm bắt, nghiên cứu, định hướng dư luận xã hội trên địa bàn tỉnh đã được các cấp ủy, chính quyền quan tâm lãnh đạo, chỉ đạo, đạt nhiều kết quả quan trọng.",
        ["111-KL/TU||2017-08-14|Ban Thường vụ Tỉnh ủy|||"],
    ),
    (
        "party",
        {
            "url": "http://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=26564&l=Tintrongtinh++&lv=9"
        },
        "CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo của các cấp ủy, tổ chức đảng đối với công tác điều tra, nắm bắt, nghiên cứu, định hướng dư luận xã hội trong tình hình mới.",
        [],
    ),
    (
        "party",
        {
            "url": "https://hoinongdanag.org.vn/wps/portal/tuyen-truyen/ky-niem-110-nam-ngay-sinh-dong-chi-chu-huy-man-1268;jsessionid=B193509A4560F57ECF8BD36C228D3ABA"
        },
        "Thực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân, lãnh đạo tiền bối tiêu biểu của Đảng và cách mạng Việt Nam (17/3/1913 - 17/3/2023).",
        ["96-HD/BTGTW||2023-02-22|Ban Tuyên giáo Trung ương|rare_type|implements|"],
    ),
    (
        "party",
        {
            "url": "https://hoinongdanag.org.vn/wps/portal/tuyen-truyen/ky-niem-110-nam-ngay-sinh-dong-chi-chu-huy-man-1268;jsessionid=B193509A4560F57ECF8BD36C228D3ABA"
        },
        "Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị quan tâm tuyên truyền về sự kiện theo các nội dung nêu trong Hướng dẫn số 54-HD/BTGTU, ngày 12/02/2022 của Ban Tuyên giáo Tỉnh ủy tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2023.",
        ["54-HD/BTGTU||2022-02-12|Ban Tuyên giáo Tỉnh ủy|rare_type||"],
    ),
    (
        "party",
        {
            "url": "https://hoinongdanag.org.vn/wps/portal/tuyen-truyen/ky-niem-110-nam-ngay-sinh-dong-chi-chu-huy-man-1268;jsessionid=B193509A4560F57ECF8BD36C228D3ABA"
        },
        "03/03/2023 17:11",
        [],
    ),
    (
        "party",
        {"url": "https://clbbtlt.blogspot.com/2011_09_25_archive.html"},
        "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh về việc Tổ chức đại hội đoàn các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ X Đoàn TNCS Hồ Chí Minh;",
        ["298-KH/TWĐTN||2011-07-14|Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh|spaced||"],
    ),
    (
        "party",
        {"url": "https://clbbtlt.blogspot.com/2011_09_25_archive.html"},
        "Đại hội Đoàn các cấp và Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV, nhiệm kỳ 2012 - 2017 phải quán triệt sâu sắc tư tưởng chỉ đạo của Nghị quyết Đại hội Đảng toàn quốc lần thứ XI, Nghị quyết Đại hội Đảng bộ thành phố Hà Nội lần thứ XV và sự lãnh đạo trực tiếp, toàn diện của cấp ủy Đảng.",
        [],
    ),
    (
        "party",
        {
            "url": "https://thieunhivietnam.vn/ke-hoach-to-chuc-cac-hoat-dong-he-danh-cho-thieu-nhi-nam-2024.html"
        },
        "Số: 225 - KH/TWĐTN-CTTN                                                                                      Hà Nội, ngày 16 tháng 5 năm 2024",
        ["225-KH/TWĐTN-CTTN||||spaced||"],
    ),
    (
        "party",
        {
            "url": "https://thieunhivietnam.vn/ke-hoach-to-chuc-cac-hoat-dong-he-danh-cho-thieu-nhi-nam-2024.html"
        },
        "Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024, chương trình công tác Đội và phong trào thiếu nhi năm học 2023 - 2024; căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT ngày 28/2/2024 của Ban Bí thư Trung ương Đoàn về việc tổ chức chiến dịch thanh niên tình nguyện Hè năm 2024, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức các hoạt động Hè dành cho thiếu nhi năm 2024, cụ thể như sau:",
        ["183-KH/TWĐTN-TNNT||2024-02-28|Ban Bí thư Trung ương Đoàn|||"],
    ),
    (
        "party",
        {
            "url": "http://tinhdoanhungyen.org.vn/19250-cac-van-ban-chi-dao/van-ban-huong-dan-to-chuc-dai-hoi-hoi-lhtn-viet-nam-cac-cap.html"
        },
        'Căn cứ Điều lệ Hội LHTN Việt Nam; thực hiện Kế hoạch số 49- KH/TƯH ngày 02/3/2008 của Đoàn Chủ tịch Uỷ ban Trung ương Hội LHTN Việt Nam "Về việc tổ chức Đại hội Hội các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ VI của Hội LHTN Việt Nam"',
        [
            "49-KH/TWH||2008-03-02|Đoàn Chủ tịch Uỷ ban Trung ương Hội LHTN Việt Nam|spaced,tu_for_tw|implements|"
        ],
    ),
    (
        "party",
        {
            "url": "http://tinhdoanhungyen.org.vn/19250-cac-van-ban-chi-dao/van-ban-huong-dan-to-chuc-dai-hoi-hoi-lhtn-viet-nam-cac-cap.html"
        },
        'và Hướng dẫn số 148 HD/TWH ngày 16/9/2008 của Trung ương hội LHTN Việt Nam "V/v Thực hiện Kế hoạch tổ chức Đại hội Hội các cấp tiến tới Đại hội Đại biểu toàn quốc lần thứ VI của Hội LHTN Việt Nam".',
        ["148-HD/TWH||2008-09-16|Trung ương hội LHTN Việt Nam|spaced,rare_type||"],
    ),
    (
        "party",
        {
            "url": "http://tinhdoanhungyen.org.vn/19250-cac-van-ban-chi-dao/van-ban-huong-dan-to-chuc-dai-hoi-hoi-lhtn-viet-nam-cac-cap.html"
        },
        'Căn cứ Kế hoạch số 05/KH- UBH ngày 28/10/2008 của Uỷ ban Hội LHTN Việt Nam tỉnh "Tổ chức Đại hội Hội LHTN Việt Nam các cấp và Đại hội Đại biểu Hội LHTN Việt Nam tỉnh lần thứ III".',
        ["05/KH-UBH||2008-10-28|Uỷ ban Hội LHTN Việt Nam tỉnh|spaced||"],
    ),
    (
        "party",
        {
            "url": "http://tinhdoanhungyen.org.vn/19250-cac-van-ban-chi-dao/van-ban-huong-dan-to-chuc-dai-hoi-hoi-lhtn-viet-nam-cac-cap.html"
        },
        'Ví dụ: "Đại hội…Lần thứ… nhiệm kỳ 2009- 2010"(đối với Đại hội cơ sở tổ chức vào năm 2009);',
        [],
    ),
    (
        "party",
        {"url": "https://2mit.org/forum/threads/qui-dinh-ve-ban-hanh-van-ban-cua-doan.31554"},
        "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh",
        ["367-QĐ/TWĐTN-VP||||spaced,glued||"],
    ),
    (
        "party",
        {"url": "https://2mit.org/forum/threads/qui-dinh-ve-ban-hanh-van-ban-cua-doan.31554"},
        "- Căn cứ Quy chế hoạt động của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh khoá X, nhiệm kỳ 2012 - 2017 ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn;",
        ["84-QĐ/TWĐTN||2013-02-22|Ban Chấp hành Trung ương Đoàn|spaced||"],
    ),
    (
        "party",
        {"url": "https://2mit.org/forum/threads/qui-dinh-ve-ban-hanh-van-ban-cua-doan.31554"},
        "Điều 2. Quyết định này thay thế Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006 của Ban Bí thư Trung ương Đoàn về “Ban hành Quy định về thể loại, thẩm quyền ban hành và thể thức văn bản của Đoàn”.",
        ["1836-QĐ/TWĐTN||2006-06-23|Ban Bí thư Trung ương Đoàn|spaced|replaces|"],
    ),
    (
        "party",
        {"url": "https://2mit.org/forum/threads/qui-dinh-ve-ban-hanh-van-ban-cua-doan.31554"},
        "Nơi nhận: - Như điều 4; - VP: CVP, PCVP, Các phòng, bộ phận thuộc VP; - Lưu TH-TĐ10b, VT-LT. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi",
        [],
    ),
    (
        "party",
        {
            "url": "https://text.123docz.net/document/12849335-221-bs-sao-kl-ve-xd-ket-cau-ha-tang-pdf.htm"
        },
        "Số 445-KL/TƯ\nThừa Thiên Huế, ngày 13 tháng 5 năm 2022",
        ["445-KL/TU||||ocr,rare_type||"],
    ),
    (
        "party",
        {
            "url": "https://text.123docz.net/document/12849335-221-bs-sao-kl-ve-xd-ket-cau-ha-tang-pdf.htm"
        },
        "Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV),\nhệ thống kết cấu hạ tầng trên địa bàn tỉnh có bước phát triển nhanh.",
        ["13-NQ/TU|||Tỉnh ủy|ocr,no_so|implements|"],
    ),
    (
        "party",
        {
            "url": "https://text.123docz.net/document/12849335-221-bs-sao-kl-ve-xd-ket-cau-ha-tang-pdf.htm"
        },
        "Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp\nngày 26/4/2022 đã thảo luận Tờ trình của Ban Thường vụ Tỉnh ủy, Báo cáo\ncủa Ban cán sự đảng ƯBND tỉnh và kết luận:",
        [],
    ),
    (
        "party",
        {"url": "https://snnptnt.thuathienhue.gov.vn/?gd=7&cn=210&tc=1083"},
        "Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng.",
        ["27-CTr/TU||||rare_type||", "13-CT/TW|||Ban Bí thư|no_so|implements|"],
    ),
    (
        "party",
        {"url": "https://snnptnt.thuathienhue.gov.vn/?gd=7&cn=210&tc=1083"},
        "Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng, Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình thực hiện như sau:",
        ["13-CT/TW||2017-01-12|Ban Bí thư|no_so|implements|"],
    ),
    (
        "party",
        {"url": "https://snnptnt.thuathienhue.gov.vn/?gd=7&cn=210&tc=1083"},
        "Ngày cập nhật 30/10/2017",
        [],
    ),
    (
        "party",
        {
            "url": "https://baoninhbinh.org.vn/s/%C4%90o%C3%A0n%20%C4%90%E1%BA%A1i%20bi%E1%BB%83u%20Qu%E1%BB%91c%20h%E1%BB%99i%20t%E1%BB%89nh?page=34"
        },
        "Đồng chí Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh dự và chủ trì hội nghị.",
        [],
    ),
    (
        "party",
        {"url": "https://tinhdoankhanhhoa.org.vn/27584"},
        "CHÀO MỪNG KỶ NIỆM 64 NĂM NGÀY THÀNH LẬP HỘI LHTN VIỆT NAM (15/10/1956 -15/10/2020)",
        [],
    ),
    (
        "party",
        {"url": "https://doancqvadn.thuathienhue.gov.vn/?cn=144&gd=1&tc=1639"},
        "Tổng truy cập 7.142.338\nTruy cập hiện tại 1.574 khách",
        [],
    ),
    (
        "news",
        {"url": "https://www.tayninh.gov.vn/vi/news/thong-tin-cai-cach-hanh-chinh/page-338"},
        "Nhằm đánh giá thực chất kết quả thực hiện công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương. Trong đó, nắm được những kết quả nổi bật cũng như những hạn chế trong công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương để kịp thời chấn chỉnh, tháo gỡ khó khăn, vướng mắc và đề ra các giải pháp chỉ đạo thực hiện hiệu quả công tác cải cách hành chính trên địa bàn tỉnh; Ngày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND triển khai công tác kiểm tra thực hiện cải cách hành chính trên địa bàn tỉnh năm 2016.",
        ["1173/KH-UBND||||||"],
    ),
    (
        "news",
        {"url": "https://www.tayninh.gov.vn/vi/news/thong-tin-cai-cach-hanh-chinh/page-338"},
        "- 12/05/2016 04:00:00 PM\n- Đã xem: 128\n- Phản hồi: 0",
        [],
    ),
    (
        "news",
        {"url": "https://sonduong.tuyenquang.gov.vn/vi/dai-hoi-dang-cac-cap?id=12856"},
        "Ngày 24-10, UBND tỉnh có văn bản số 4912/UBND-NC về việc thực hiện Chỉ thị của Thủ tướng Chính phủ về đẩy mạnh phong trào thi đua yêu nước chào mừng đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Đại hội Thi đua yêu nước toàn quốc lần thứ XI.",
        ["4912/UBND-NC|Công văn|||lowercase_type||"],
    ),
    (
        "news",
        {
            "url": "http://www.baomoi.com/Phong-cach-quan-chung-tinh-dan-chu-va-su-neu-guong/c/10285432.epi"
        },
        "QĐND - Ban Tuyên giáo Trung ương đã có văn bản số 71-HD/BTGTW hướng dẫn việc học tập chuyên đề về tấm gương đạo đức Hồ Chí Minh năm 2013.",
        ["71-HD/BTGTW|Hướng dẫn|||lowercase_type,rare_type||"],
    ),
    (
        "news",
        {"url": "http://m.baokontum.com.vn/thoi-su-chinh-tri-21.html?page=282"},
        "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng; Thông báo Kết luận số 159-TB của Bộ Chính trị về việc thảo luận các văn kiện Đại hội XIII của Đảng tại đại hội đảng bộ các cấp, gửi lấy ý kiến nhân dân và tổng hợp các ý kiến đóng góp vào văn kiện Đại hội XIII của Đảng, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số 151-HD/BTGTW về việc công bố, thảo luận, lấy ý kiến nhân dân vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
        [
            "35-CT/TW|||Bộ Chính trị||implements|",
            "159-TB|Thông báo|||old_style,rare_type|implements|",
            "151-HD/BTGTW||||rare_type||",
        ],
    ),
    (
        "news",
        {"url": "http://thiduakhenthuong.langson.gov.vn/page_70nambacho"},
        "Thực hiện Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư Trung ương Đảng về đẩy mạnh các phong trào thi đua yêu nước hướng tới kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi Thi đua ái quốc (11/6/1948 - 11/6/2018) và chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX ngày 19/3/2018 về tổ chức các hoạt động kỷ niệm 70…",
        [
            "22-CT/TW||2018-01-23|Ban Bí thư Trung ương Đảng|odd_separator|implements|",
            "238/UBND-KGVX|Công văn|2018-03-19||lowercase_type||",
        ],
    ),
    (
        "news",
        {
            "url": "https://travinh.gov.vn/tuyen-truyen-pho-bien-phap-luat/tuyen-truyen-ky-niem-130-nam-ngay-sinh-chu-tich-ho-chi-minh-19-5-1890-19-5-2020-606730"
        },
        "Ban Tuyên giáo Tỉnh ủy Trà Vinh vừa ban hành Công văn số 1510-CV/BTGTU, về việc tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020)",
        ["1510-CV/BTGTU|Công văn|||rare_type||"],
    ),
    (
        "news",
        {
            "url": "https://travinh.gov.vn/tuyen-truyen-pho-bien-phap-luat/tuyen-truyen-ky-niem-130-nam-ngay-sinh-chu-tich-ho-chi-minh-19-5-1890-19-5-2020-606730"
        },
        "Lượt xem: 6783",
        [],
    ),
    (
        "news",
        {"url": "http://baothuathienhue.vn/chinh-tri-xa-hoi/"},
        "Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội Đảng bộ các cấp tiến tới Đại hội XIII nêu rõ sẽ giảm khoảng 5% số lượng ủy viên cấp tỉnh, cấp huyện.",
        ["35-CT/TW|||Bộ Chính trị|no_so||"],
    ),
    (
        "news",
        {
            "url": "http://hcc.quangnam.gov.vn/chi-tiet-tin/group/184/nid/68428/bao-cao-thuc-hien-chien-luoc-chuyen-doi-so-bao-chi-den-nam-2-25-dinh-huong-den-nam-2-3"
        },
        "Ngày 08/12/2023 UBND tỉnh đã ban hành Công văn số 86549/UBND-NCKS báo cáo thực hiện Chiến lược chuyển đổisố báo chí đến năm 2025, định hướng đến năm 2030 .",
        ["86549/UBND-NCKS|Công văn|||||"],
    ),
    (
        "news",
        {
            "url": "http://hcc.quangnam.gov.vn/chi-tiet-tin/group/184/nid/68428/bao-cao-thuc-hien-chien-luoc-chuyen-doi-so-bao-chi-den-nam-2-25-dinh-huong-den-nam-2-3"
        },
        "Thực hiện Công văn số 6028/BTTT-CBC ngày 03/12/2023 của Bộ Thông tin và Truyền thông về việc báo cáo thực hiện Chiến lược chuyển đổi số báo chí đến năm 2025, định hướng đến năm 2030; UBND tỉnh có ý kiến như sau:",
        ["6028/BTTT-CBC|Công văn|2023-12-03|Bộ Thông tin và Truyền thông||implements|"],
    ),
    (
        "news",
        {
            "url": "http://hcc.quangnam.gov.vn/chi-tiet-tin/group/184/nid/68428/bao-cao-thuc-hien-chien-luoc-chuyen-doi-so-bao-chi-den-nam-2-25-dinh-huong-den-nam-2-3"
        },
        "Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan, đơn vị liên quan rà soát, báo cáo tình hình, kết quả thực hiện Quyết định số 348/QĐ-TTg ngày 06/4/2023 của Thủ tướng Chính phủ phê duyệt Chiến lược chuyển đổi số báo chí đến năm 2025, định hướng đến năm 2030 theo chỉ đạo của UBND tỉnh tại Công văn số 3218/UBND-KGVX ngày 23/5/2023, trong đó nêu những khó khăn, vướng mắc trong quá trình triển khai và kiến nghị, đề xuất;",
        [
            "348/QĐ-TTg||2023-04-06|Thủ tướng Chính phủ||implements|",
            "3218/UBND-KGVX|Công văn|2023-05-23||||",
        ],
    ),
    (
        "news",
        {
            "url": "http://hcc.quangnam.gov.vn/chi-tiet-tin/group/184/nid/68428/bao-cao-thuc-hien-chien-luoc-chuyen-doi-so-bao-chi-den-nam-2-25-dinh-huong-den-nam-2-3"
        },
        "gửi báo cáo về Bộ Thông tin và Truyền thông (qua Cục Báo chí) trước ngày 15/12/2023./.\nNguồn: Công văn số 86549/UBND-NCKS",
        ["86549/UBND-NCKS|Công văn|||||"],
    ),
    (
        "news",
        {
            "url": "https://lite.baomoi.com/sap-xep-tinh-gon-to-chuc-bo-may-gan-voi-tang-toc-but-pha-thuc-hien-nhiem-vu-kinh-te-xa-hoi-cua-dong-nai-c51047813.epi"
        },
        "Sáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII về 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả' trên địa bàn tỉnh.",
        [],
    ),
    (
        "news",
        {"url": "https://baolaocai.vn/dai-hoi-dai-bieu-mttq-tag16370.html"},
        "Theo thông tin từ Ủy ban MTTQ Việt Nam tỉnh, tính đến hết ngày 21/3, toàn tỉnh có 111/152 xã, phường, thị trấn đã hoàn thành tổ chức đại hội đại biểu Mặt trận Tổ quốc Việt Nam cấp xã, đạt tỷ lệ 73%.",
        [],
    ),
    (
        "news",
        {
            "url": "https://ictvietnam.vn/buoc-dau-chuyen-doi-so-trong-cong-tac-thong-tin-co-so-53909.html"
        },
        "Về thông tin tuyên truyền qua hệ thống thông tin cơ sở [1], cả nước hiện có 9.690 đài truyền thanh/10.599 xã, phường, thị trấn, đạt tỷ lệ 91,4%.",
        [],
    ),
    (
        "news",
        {
            "url": "https://ictvietnam.vn/buoc-dau-chuyen-doi-so-trong-cong-tac-thong-tin-co-so-53909.html"
        },
        "Cả nước hiện có 666 cơ sở truyền thanh cấp huyện/705 huyện, quận, thị xã, thành phố thuộc tỉnh, đạt tỷ lệ 94,45%; so với năm 2018 không thay đổi về tỷ lệ do có 38 quận, thành phố",
        [],
    ),
    (
        "news",
        {
            "url": "https://binhdinh.gov.vn/tin-tuc/tin-tuc-thoi-su/6-mat-tran-cap-xa-to-chuc-xong-dai-hoi-nhiem-ky-moi.html"
        },
        "Theo kế hoạch tổ chức đại hội MTTQ Việt Nam các cấp trong tỉnh, đại hội Mặt trận cấp xã tổ chức từ quý IV/2013 và hoàn thành trước tháng 3.2014.",
        [],
    ),
    (
        "news",
        {
            "url": "https://vpcp.chinhphu.vn/phat-huy-hon-nua-vai-tro-vi-tri-cua-cac-cong-ttdt-bo-nganh-115230812201019472.htm"
        },
        "12/08/2023 20:10\nPhát huy hơn nữa vai trò, vị trí của các Cổng TTĐT bộ, ngành - Ảnh 1.",
        [],
    ),
    (
        "news",
        {"url": "http://dongthap.edu.vn/web/"},
        "Sáng ngày 5/3, Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức hội nghị biểu dương phụ nữ điển hình tiên tiến giai đoạn 2010 - 2015.",
        [],
    ),
    (
        "news",
        {"url": "https://kinhtemoitruong.vn/thu-tuc-hanh-chinh-cong-90272.tag"},
        "Thứ năm, 30/05/2024 11:24 (GMT+7)\nNăm 2023 và quyết tâm tạo đột pháp cải cách hành chính",
        [],
    ),
    (
        "news",
        {"url": "https://tienphong.vn/tu-khoa/hoat-dong-thanh-nien-tag258779.tpo"},
        "TPO - Kỷ niệm 95 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026) sẽ là đợt sinh hoạt chính trị sâu rộng với nhiều hoạt động ý nghĩa, sôi nổi, thiết thực được triển khai trên cả nước.",
        [],
    ),
    (
        "news",
        {
            "url": "http://www.baomoi.com/Hoc-tap-va-lam-theo-phong-cach-quan-chung-dan-chu-neu-guong-cua-Chu-tich-Ho-Chi-Minh/c/10629493.epi"
        },
        "KTĐT - Sáng 21/3, Ban Tuyên giáo Thành ủy đã tổ chức hội nghị triển khai chuyên đề năm 2013 về “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh” và hướng dẫn tổ chức học tập nội dung sinh hoạt chuyên đề tại chi bộ ở cơ sở.",
        [],
    ),
    (
        "party",
        {
            "url": "http://m.mattran.org.vn/chuong-trinh-phoi-hop/quy-dinh-so-97qdtw-cua-bo-chinh-tri-dang-doan-mttq-viet-nam-do-bo-chinh-tri-quyet-dinh-thanh-lap-thanh-vien-cua-dang-doan-do-bo-chinh-tri-quyet-dinh-50973.html"
        },
        "Quy định số 97-QĐ/TW của Bộ Chính trị: Đảng đoàn MTTQ Việt Nam do Bộ Chính trị quyết định thành lập, thành viên của Đảng đoàn do Bộ Chính trị quyết định",
        ["97-QĐ/TW|Quy định||Bộ Chính trị|||"],
    ),
    (
        "party",
        {
            "url": "http://m.mattran.org.vn/chuong-trinh-phoi-hop/quy-dinh-so-97qdtw-cua-bo-chinh-tri-dang-doan-mttq-viet-nam-do-bo-chinh-tri-quyet-dinh-thanh-lap-thanh-vien-cua-dang-doan-do-bo-chinh-tri-quyet-dinh-50973.html"
        },
        "(Mặt trận) - Tại Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị về chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, mối quan hệ công tác của đảng đoàn, ban cán sự đảng ở Trung ương đã đề cập đến một điểm mới là Đảng đoàn MTTQ Việt Nam do Bộ Chính trị quyết định thành lập, thành viên của Đảng đoàn do Bộ Chính trị quyết định trên cơ sở đề nghị của Đảng đoàn (trong Quy định số 172-QĐ/TW, thành viên Đảng đoàn MTTQ Việt Nam do Ban Bí thư quyết định).",
        ["97-QĐ/TW|Quy định|2023-02-07|Bộ Chính trị|||", "172-QĐ/TW|Quy định|||||"],
    ),
    (
        "party",
        {
            "url": "http://m.mattran.org.vn/chuong-trinh-phoi-hop/quy-dinh-so-97qdtw-cua-bo-chinh-tri-dang-doan-mttq-viet-nam-do-bo-chinh-tri-quyet-dinh-thanh-lap-thanh-vien-cua-dang-doan-do-bo-chinh-tri-quyet-dinh-50973.html"
        },
        "Đoàn khảo sát của Ban Chỉ đạo Tổng kết Nghị quyết số 23-NQ/TW của Ban Chấp hành Trung ương Đảng khóa IX về “Phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh”  làm việc với Đảng đoàn MTTQ Việt Nam ngày 1/12/2022",
        ["23-NQ/TW|||Ban Chấp hành Trung ương Đảng khóa IX|||"],
    ),
    (
        "party",
        {
            "url": "http://m.mattran.org.vn/chuong-trinh-phoi-hop/quy-dinh-so-97qdtw-cua-bo-chinh-tri-dang-doan-mttq-viet-nam-do-bo-chinh-tri-quyet-dinh-thanh-lap-thanh-vien-cua-dang-doan-do-bo-chinh-tri-quyet-dinh-50973.html"
        },
        "Số: 97-QĐ/TW\n\nHà Nội, ngày 07 tháng 02 năm 2023",
        ["97-QĐ/TW||||||"],
    ),
    (
        "party",
        {
            "url": "http://m.mattran.org.vn/chuong-trinh-phoi-hop/quy-dinh-so-97qdtw-cua-bo-chinh-tri-dang-doan-mttq-viet-nam-do-bo-chinh-tri-quyet-dinh-thanh-lap-thanh-vien-cua-dang-doan-do-bo-chinh-tri-quyet-dinh-50973.html"
        },
        "Chỉ thị của Ban Bí thư về việc tổ chức Tết Ất Tỵ năm 2025",
        [],
    ),
    (
        "party",
        {"url": "https://www.phonha.com/2021/01/huong-dan-11-hdvptw-ve-thuc-van-ban-cua.html"},
        "Hướng dẫn 11-HD/VPTW về thể thức văn bản của Đảng do Văn phòng Ban Chấp hành Trung ương ban hành",
        ["11-HD/VPTW||||no_so,rare_type||"],
    ),
    (
        "party",
        {"url": "https://www.phonha.com/2021/01/huong-dan-11-hdvptw-ve-thuc-van-ban-cua.html"},
        "Số: 11-HD/VPTW\n\nHà Nội, ngày 28 tháng 05 năm 2004",
        ["11-HD/VPTW||||rare_type||"],
    ),
    (
        "party",
        {"url": "https://www.phonha.com/2021/01/huong-dan-11-hdvptw-ve-thuc-van-ban-cua.html"},
        "Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 ban hành Quy định “về thể loại, thẩm quyền banhành và thể thức văn bản của Đảng” và Điều 2 Quyết định của Ban Bí thư số91-QĐ/TW, ngày 16-02-2004 bổ sung thẩm quyền ban hành văn bản trong một sốđiều của “Quy định về thể loại, thẩm quyền ban hành và thể thức văn bản củaĐảng”, Văn phòng Trung ương Đảng hướng dẫn về thể thức văn bản của Đảng đểthực hiện thống nhất trong các cấp ủy, tổ chức, cơ quan đảng như sau:",
        [
            "31-QĐ/TW|Quyết định|1997-10-01||glued|guides|2",
            "91-QĐ/TW|Quyết định|2004-02-16||glued|guides|2",
        ],
    ),
    (
        "party",
        {"url": "https://www.phonha.com/2021/01/huong-dan-11-hdvptw-ve-thuc-van-ban-cua.html"},
        "Tiêu đề “Đảng Cộng sản Việt Nam” là thànhphần thể thức xác định văn bản của Đảng. Tiêu đề được trình bày trang đầu, gócphải, dòng đầu; phía dưới có đường kẻ ngang để phân cách với địa điểm và ngày,tháng, năm ban hành văn bản. Đường kẻ có độ dài bằng độ dài tiêu đề (ô số 1 –mẫu 1).",
        [],
    ),
    (
        "party",
        {
            "url": "https://vdb.gov.vn/tin-tuc/11667/thi-dua-lap-thanh-tich-chao-mung-dai-hoi-dang-bo-cac-cap--tien-toi-dai-hoi-dai-bieu-dang-bo-nhpt-lan-thu-iii-nhiem-ky-2020-2025.aspx"
        },
        "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019, hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Kế hoạch số 81-KH/ĐUK ngày 15/8/2019; Hướng dẫn số 23-HD/ĐUK, ngày 28/11/2019 của Đảng ủy Khối Doanh nghiệp Trung ương “một số nội dung về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ Khối Doanh nghiệp Trung ương lần thứ III, nhiệm kỳ 2020 – 2025.",
        [
            "35-CT/TW||2019-05-30|Bộ Chính trị||implements|",
            "26-HD/BTCTW|Hướng dẫn|2019-10-18|Bộ Chính trị|lowercase_type,rare_type|implements|",
            "81-KH/ĐUK||2019-08-15|||implements|",
            "23-HD/ĐUK||2019-11-28|Đảng ủy Khối Doanh nghiệp Trung ương|rare_type|implements|",
        ],
    ),
    (
        "party",
        {
            "url": "https://vdb.gov.vn/tin-tuc/11667/thi-dua-lap-thanh-tich-chao-mung-dai-hoi-dang-bo-cac-cap--tien-toi-dai-hoi-dai-bieu-dang-bo-nhpt-lan-thu-iii-nhiem-ky-2020-2025.aspx"
        },
        "Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT đã ban hành Kế hoạch số 101-KH/ĐU về tổ chức đại hội đảng các cấp tiến tới Đại hội đại biểu lần thứ III Đảng bộ NHPT nhiệm kỳ 2020 – 2025.",
        ["101-KH/ĐU||||||"],
    ),
    (
        "party",
        {
            "url": "https://vdb.gov.vn/tin-tuc/11667/thi-dua-lap-thanh-tich-chao-mung-dai-hoi-dang-bo-cac-cap--tien-toi-dai-hoi-dai-bieu-dang-bo-nhpt-lan-thu-iii-nhiem-ky-2020-2025.aspx"
        },
        "20/03/2020 00:00\nXem với cỡ chữ",
        [],
    ),
    (
        "party",
        {
            "url": "https://vbpl.ts24.com.vn/support/solutions/articles/16000231875-c%C3%B4ng-v%C4%83n-09-qc-tw-ng%C3%A0y-05-01-2026-qu%E1%BA%A3n-l%C3%BD-v%C3%A0-cung-c%E1%BA%A5p-th%C3%B4ng-tin-tr%C3%AAn-c%E1%BB%95ng-th%C3%B4ng-tin-%C4%91i%E1%BB%87n-t%E1%BB%AD-%C4%91%E1%BA%A3ng-c%E1%BB%99ng"
        },
        "Công văn 09-QC/TW ngày 05/01/2026 Quản lý và cung cấp thông tin trên Cổng thông tin điện tử Đảng Cộng sản Việt Nam",
        ["09-QC/TW|Quy chế|2026-01-05||no_so,rare_type||"],
    ),
    (
        "party",
        {
            "url": "https://vbpl.ts24.com.vn/support/solutions/articles/16000231875-c%C3%B4ng-v%C4%83n-09-qc-tw-ng%C3%A0y-05-01-2026-qu%E1%BA%A3n-l%C3%BD-v%C3%A0-cung-c%E1%BA%A5p-th%C3%B4ng-tin-tr%C3%AAn-c%E1%BB%95ng-th%C3%B4ng-tin-%C4%91i%E1%BB%87n-t%E1%BB%AD-%C4%91%E1%BA%A3ng-c%E1%BB%99ng"
        },
        "- Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 năm 2023; Luật Sở hữu trí tuệ số 07/2022/QH15 năm 2022;",
        ["20/2023/QH15|Luật|||||", "07/2022/QH15|Luật|||||"],
    ),
    (
        "party",
        {
            "url": "https://vbpl.ts24.com.vn/support/solutions/articles/16000231875-c%C3%B4ng-v%C4%83n-09-qc-tw-ng%C3%A0y-05-01-2026-qu%E1%BA%A3n-l%C3%BD-v%C3%A0-cung-c%E1%BA%A5p-th%C3%B4ng-tin-tr%C3%AAn-c%E1%BB%95ng-th%C3%B4ng-tin-%C4%91i%E1%BB%87n-t%E1%BB%AD-%C4%91%E1%BA%A3ng-c%E1%BB%99ng"
        },
        "- Căn cứ Nghị định số 42/2022/NĐ-CP, ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;",
        ["42/2022/NĐ-CP||2022-06-24|Chính phủ|||"],
    ),
    (
        "party",
        {
            "url": "https://vbpl.ts24.com.vn/support/solutions/articles/16000231875-c%C3%B4ng-v%C4%83n-09-qc-tw-ng%C3%A0y-05-01-2026-qu%E1%BA%A3n-l%C3%BD-v%C3%A0-cung-c%E1%BA%A5p-th%C3%B4ng-tin-tr%C3%AAn-c%E1%BB%95ng-th%C3%B4ng-tin-%C4%91i%E1%BB%87n-t%E1%BB%AD-%C4%91%E1%BA%A3ng-c%E1%BB%99ng"
        },
        "- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số;",
        ["57-NQ/TW||2024-12-22|Bộ Chính trị|||"],
    ),
    (
        "party",
        {
            "url": "https://vbpl.ts24.com.vn/support/solutions/articles/16000231875-c%C3%B4ng-v%C4%83n-09-qc-tw-ng%C3%A0y-05-01-2026-qu%E1%BA%A3n-l%C3%BD-v%C3%A0-cung-c%E1%BA%A5p-th%C3%B4ng-tin-tr%C3%AAn-c%E1%BB%95ng-th%C3%B4ng-tin-%C4%91i%E1%BB%87n-t%E1%BB%AD-%C4%91%E1%BA%A3ng-c%E1%BB%99ng"
        },
        "- Căn cứ Quyết định số 259-QĐ/TW, ngày 24/01/2025 của Bộ Chính trị về chức năng, nhiệm vụ, tổ chức bộ máy của Văn phòng Trung ương Đảng;",
        ["259-QĐ/TW|Quyết định|2025-01-24|Bộ Chính trị|||"],
    ),
    (
        "party",
        {
            "url": "https://vbpl.ts24.com.vn/support/solutions/articles/16000231875-c%C3%B4ng-v%C4%83n-09-qc-tw-ng%C3%A0y-05-01-2026-qu%E1%BA%A3n-l%C3%BD-v%C3%A0-cung-c%E1%BA%A5p-th%C3%B4ng-tin-tr%C3%AAn-c%E1%BB%95ng-th%C3%B4ng-tin-%C4%91i%E1%BB%87n-t%E1%BB%AD-%C4%91%E1%BA%A3ng-c%E1%BB%99ng"
        },
        "- Căn cứ Thông báo số 05-TB/BCĐTW, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về kết luận của đồng chí Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025 thực hiện Nghị quyết số 57-NQ/TW;",
        ["05-TB/BCĐTW||2025-07-04|Ban Chỉ đạo Trung ương|rare_type||", "57-NQ/TW|||||implements|"],
    ),
    (
        "party",
        {
            "url": "https://vbpl.ts24.com.vn/support/solutions/articles/16000231875-c%C3%B4ng-v%C4%83n-09-qc-tw-ng%C3%A0y-05-01-2026-qu%E1%BA%A3n-l%C3%BD-v%C3%A0-cung-c%E1%BA%A5p-th%C3%B4ng-tin-tr%C3%AAn-c%E1%BB%95ng-th%C3%B4ng-tin-%C4%91i%E1%BB%87n-t%E1%BB%AD-%C4%91%E1%BA%A3ng-c%E1%BB%99ng"
        },
        "Số 09-QC/TW\n\nHà Nội, ngày 05 tháng 01 năm 2026",
        ["09-QC/TW||||rare_type||"],
    ),
    (
        "party",
        {"url": "https://dukccqold.binhdinh.gov.vn/newsdetail.php?id=210&newsid=2394"},
        "- Mục 1, 3, 4 Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng (khóa XIII)",
        ["24-QĐ/TW|Quy định|2021-07-30|Ban Chấp hành Trung ương Đảng|||"],
    ),
    (
        "party",
        {"url": "https://dukccqold.binhdinh.gov.vn/newsdetail.php?id=210&newsid=2394"},
        "Mục 1, 3 Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư Trung ương Đảng (khóa XIII).",
        ["01-HD/TW||2021-09-28|Ban Bí thư Trung ương Đảng|rare_type||"],
    ),
    (
        "party",
        {"url": "https://dukccqold.binhdinh.gov.vn/newsdetail.php?id=210&newsid=2394"},
        "- Mục 1, phần I của Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương",
        ["12-HD/BTCTW||2022-01-18|Ban Tổ chức Trung ương|rare_type||"],
    ),
    (
        "party",
        {"url": "https://dukccqold.binhdinh.gov.vn/newsdetail.php?id=210&newsid=2394"},
        "Chỉ xem xét kết nạp vào Đảng những người trên 60 tuổi khi đủ điều kiện theo điểm1.1 mục 1 Hướng dẫn số 01-HD/TW ngày 28/9/2021.",
        ["01-HD/TW||2021-09-28||rare_type||"],
    ),
    (
        "party",
        {"url": "https://dukccqold.binhdinh.gov.vn/newsdetail.php?id=210&newsid=2394"},
        "Về tiêu chuẩn chính trị: Thực hiện theo Quy định số 58-QĐ/TW, ngày 8/2/2022 của Bộ Chính trị “Một số vấn đề bảo vệ chính trị nội bộ Đảng”.",
        ["58-QĐ/TW|Quy định|2022-02-08|Bộ Chính trị|||"],
    ),
    (
        "party",
        {"url": "https://dukccqold.binhdinh.gov.vn/newsdetail.php?id=210&newsid=2394"},
        "Về tuổi đời: Tại thời điểm chi bộ xét kết nạp, người vào Đảng phải đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng).",
        [],
    ),
    (
        "party",
        {
            "url": "https://text.123docz.net/document/8415240-bao-cao-tong-ket-cong-tac-tuyen-giao-nam-2020.htm"
        },
        "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 08 tháng 01 năm 2021",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://vanban123.vn/Quyet-dinh/quyet-dinh-876-qd-ubnd-nam-2011-ve-quy-che-phoi-hop-giua-van-phong-uy-ban-nhan-dan-tinh-voi-cac-so-ban-nganh-uy-ban-nhan-dan-cap-huyen-trong-viec-thuc-hien-nhiem-vu-kiem-soat-thu-tuc-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-63-2010-nd-cp-va-tiep-nhan-xu-ly-phan-anh-kien-nghi-cua-ca-nhan-to-chuc-ve-quy-dinh-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-20-2008-nd-cp-do-tinh-yen-bai-ban-hanh-456906"
        },
        "Số: 876/QĐ-UBND | Yên Bái, ngày 22 tháng 6 năm 2011 |",
        ["876/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://vanban123.vn/Quyet-dinh/quyet-dinh-876-qd-ubnd-nam-2011-ve-quy-che-phoi-hop-giua-van-phong-uy-ban-nhan-dan-tinh-voi-cac-so-ban-nganh-uy-ban-nhan-dan-cap-huyen-trong-viec-thuc-hien-nhiem-vu-kiem-soat-thu-tuc-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-63-2010-nd-cp-va-tiep-nhan-xu-ly-phan-anh-kien-nghi-cua-ca-nhan-to-chuc-ve-quy-dinh-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-20-2008-nd-cp-do-tinh-yen-bai-ban-hanh-456906"
        },
        "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA VĂN PHÒNG UBND TỈNH VỚI CÁC SỞ, BAN, NGÀNH; UBND CẤP HUYỆN TRONG VIỆC THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH THEO QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 63/2010/NĐ-CP NGÀY 08/6/2010 VÀ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ CỦA CÁ NHÂN, TỔ CHỨC VỀ QUY ĐỊNH HÀNH CHÍNH THEO QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 20/2008/NĐ-CP NGÀY 14/02/2008.",
        [
            "63/2010/NĐ-CP||2010-06-08||uppercase_prose||",
            "20/2008/NĐ-CP||2008-02-14||uppercase_prose||",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://vanban123.vn/Quyet-dinh/quyet-dinh-876-qd-ubnd-nam-2011-ve-quy-che-phoi-hop-giua-van-phong-uy-ban-nhan-dan-tinh-voi-cac-so-ban-nganh-uy-ban-nhan-dan-cap-huyen-trong-viec-thuc-hien-nhiem-vu-kiem-soat-thu-tuc-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-63-2010-nd-cp-va-tiep-nhan-xu-ly-phan-anh-kien-nghi-cua-ca-nhan-to-chuc-ve-quy-dinh-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-20-2008-nd-cp-do-tinh-yen-bai-ban-hanh-456906"
        },
        "Căn cứ Thông tư liên tịch số 01/2011/TTLT-VPCP-BNV ngày 26/01/2011 của Văn phòng Chính phủ - Bộ Nội vụ hướng dẫn về chức năng, nhiệm vụ, quyền hạn, tổ chức và biên chế của bộ phận kiểm soát thủ tục hành chính thuộc Văn phòng Bộ, cơ quan ngang Bộ và Văn phòng UBND tỉnh, thành phố trực thuộc Trung ương;",
        ["01/2011/TTLT-VPCP-BNV||2011-01-26|Văn phòng Chính phủ - Bộ Nội vụ|joint||"],
    ),
    (
        "provincial",
        {
            "url": "https://vanban123.vn/Quyet-dinh/quyet-dinh-876-qd-ubnd-nam-2011-ve-quy-che-phoi-hop-giua-van-phong-uy-ban-nhan-dan-tinh-voi-cac-so-ban-nganh-uy-ban-nhan-dan-cap-huyen-trong-viec-thuc-hien-nhiem-vu-kiem-soat-thu-tuc-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-63-2010-nd-cp-va-tiep-nhan-xu-ly-phan-anh-kien-nghi-cua-ca-nhan-to-chuc-ve-quy-dinh-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-20-2008-nd-cp-do-tinh-yen-bai-ban-hanh-456906"
        },
        "Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Văn phòng UBND tỉnh với các Sở, Ban, ngành; UBND cấp huyện trong việc thực hiện nhiệm vụ kiểm soát thủ tục hành chính, công bố công khai thủ tục hành chính thuộc phạm vi thẩm quyền quản lý theo quy định tại Nghị định số 63/2010/NĐ-CP ngày 08/6/2010",
        ["63/2010/NĐ-CP||2010-06-08||||"],
    ),
    (
        "provincial",
        {
            "url": "https://vanban123.vn/Quyet-dinh/quyet-dinh-876-qd-ubnd-nam-2011-ve-quy-che-phoi-hop-giua-van-phong-uy-ban-nhan-dan-tinh-voi-cac-so-ban-nganh-uy-ban-nhan-dan-cap-huyen-trong-viec-thuc-hien-nhiem-vu-kiem-soat-thu-tuc-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-63-2010-nd-cp-va-tiep-nhan-xu-ly-phan-anh-kien-nghi-cua-ca-nhan-to-chuc-ve-quy-dinh-hanh-chinh-theo-quy-dinh-tai-nghi-dinh-20-2008-nd-cp-do-tinh-yen-bai-ban-hanh-456906"
        },
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-4168-qd-ubnd-nam-2021-ve-quy-che-quan-ly-van-hanh-va-su-dung-cong-thong-tin-phong-chong-covid-19-tinh-thanh-hoa.html"
        },
        "- 4Quyết định 3421/QĐ-UBND năm 2021 phê duyệt Phương án Thông tin - Tuyên truyền, ứng dụng công nghệ thông tin phòng, chống dịch Covid-19 trên địa bàn tỉnh Thanh Hóa đáp ứng yêu cầu trong tình hình mới",
        ["3421/QĐ-UBND||||glued,no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-4168-qd-ubnd-nam-2021-ve-quy-che-quan-ly-van-hanh-va-su-dung-cong-thong-tin-phong-chong-covid-19-tinh-thanh-hoa.html"
        },
        "- 1Luật Phòng, chống bệnh truyền nhiễm 2007\n- 2Luật tổ chức chính quyền địa phương 2015",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-4168-qd-ubnd-nam-2021-ve-quy-che-quan-ly-van-hanh-va-su-dung-cong-thong-tin-phong-chong-covid-19-tinh-thanh-hoa.html"
        },
        "Căn cứ Quyết định số 684-QĐ/TU ngày 27/8/2021 của Tỉnh ủy về việc kiện toàn Ban chỉ đạo, Tổ giúp việc Ban chỉ đạo phòng, chống dịch covid-19 trên địa bàn tỉnh Thanh Hóa;",
        ["684-QĐ/TU||2021-08-27|Tỉnh ủy|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-4168-qd-ubnd-nam-2021-ve-quy-che-quan-ly-van-hanh-va-su-dung-cong-thong-tin-phong-chong-covid-19-tinh-thanh-hoa.html"
        },
        "Căn cứ Quyết định số 09-QĐ/BCĐ ngày 31/8/2021 của Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Thanh Hóa về thành lập Tiểu ban Thông tin - Tuyên truyền, ứng dụng công nghệ thông tin thuộc Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh Thanh Hóa;",
        ["09-QĐ/BCĐ||2021-08-31|Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Thanh Hóa|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-4168-qd-ubnd-nam-2021-ve-quy-che-quan-ly-van-hanh-va-su-dung-cong-thong-tin-phong-chong-covid-19-tinh-thanh-hoa.html"
        },
        "Căn cứ Quyết định số 3421/QĐ-UBND ngày 02/9/2021 của UBND tỉnh Thanh Hóa về việc phê duyệt Phương án Thông tin - Tuyên truyền, ứng dụng công nghệ thông tin phòng, chống dịch Covid-19 trên địa bàn tỉnh Thanh Hóa đáp ứng yêu cầu trong tình hình mới;",
        ["3421/QĐ-UBND||2021-09-02|UBND tỉnh Thanh Hóa|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-4168-qd-ubnd-nam-2021-ve-quy-che-quan-ly-van-hanh-va-su-dung-cong-thong-tin-phong-chong-covid-19-tinh-thanh-hoa.html"
        },
        "Căn cứ Quyết định số 3436/QĐ-UBND ngày 03/9/2021 của Chủ tịch UBND tỉnh về việc Thành lập Trung tâm chỉ huy phòng, chống dịch Covid-19 tỉnh Thanh Hóa;",
        ["3436/QĐ-UBND||2021-09-03|Chủ tịch UBND tỉnh|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-4168-qd-ubnd-nam-2021-ve-quy-che-quan-ly-van-hanh-va-su-dung-cong-thong-tin-phong-chong-covid-19-tinh-thanh-hoa.html"
        },
        "Số: 4168/QĐ-UBND | Thanh Hóa, ngày 22 tháng 10 năm 2021 |",
        ["4168/QĐ-UBND||||||"],
    ),
]


# Portal news and provincial pages added in a second pass (same rules).
PASSAGES += [
    (
        "news",
        {
            "url": "https://baothainguyen.vn/thoi-su-trong-tinh/201810/gan-100-nguoi-duoc-tap-huan-nghiep-vu-van-thu-luu-tru-36753E9"
        },
        "Tại Hội nghị, hơn 100 cán bộ là lãnh đạo, chánh văn phòng và cán bộ trực tiếp làm công tác văn thư, lưu trữ của các đảng bộ trực thuộc tỉnh, các ban xây dựng Đảng của Tỉnh ủy; ban cán sự đảng, đảng đoàn; các tổ chức chính trị - xã hội của tỉnh đã được nghe lãnh đạo Cục Lưu trữ Văn phòng Trung ương Đảng quán triệt, triển khai một số nghiệp vụ trong công tác văn thư, lưu trữ; quán triệt một số nội dung cơ bản, giới thiệu những điểm mới của các bản về công tác này, như: Quy định số 66-QĐ/TW, ngày 6-2-2017 của Ban Bí thư Trung ương Đảng về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng; Hướng dẫn số 36-HD/VPTW, ngày 3-4-2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng;",
        [
            "66-QĐ/TW|Quy định|2017-02-06|Ban Bí thư Trung ương Đảng|||",
            "36-HD/VPTW||2018-04-03|Văn phòng Trung ương Đảng|rare_type||",
        ],
    ),
    (
        "news",
        {
            "url": "https://baothainguyen.vn/thoi-su-trong-tinh/201810/gan-100-nguoi-duoc-tap-huan-nghiep-vu-van-thu-luu-tru-36753E9"
        },
        "Ngày 22-10, Văn phòng Tỉnh ủy tổ chức Hội nghị tập huấn nghiệp vụ; triển khai các văn bản của Trung ương về công tác văn thư, lưu trữ.",
        [],
    ),
    (
        "news",
        {
            "url": "http://namviet.net/showthread.php?826175-T%C4%83ng-t%C3%ADnh-ch%E1%BB%A7-%C4%91%E1%BB%99ng-c%E1%BB%A7a-c%C6%A1-quan-h%C3%A0nh-ch%C3%ADnh-Nh%C3%A0-n%C6%B0%E1%BB%9Bc-(-C%E1%BA%ADp-nh%C3%A2t-1-12-2018-7-13-36-AM-)&s=a257c6730e03a5006a00804afbd79e54"
        },
        "YBĐT - Với tổng số 347 cơ quan hành chính Nhà nước hiện có, năm 2017, tỉnh đã thực hiện giao quyền tự chủ theo Nghị định số 130/2005/NĐ-CP của Chính phủ cho 100% cơ quan, đơn vị hành chính Nhà nước (cấp tỉnh 41 đơn vị, cấp huyện 126 đơn vị, cấp xã 180 đơn vị).",
        ["130/2005/NĐ-CP|||Chính phủ|||"],
    ),
    (
        "news",
        {"url": "https://www.tayninh.gov.vn/vi/news/thong-tin-chi-dao-dieu-hanh/page-228"},
        "Ngày 21/02/2018, UBND tỉnh vừa ban hành Kế hoạch số 400/KH-UBND về công tác văn thư, lưu trữ năm 2018 trên địa bàn tỉnh.",
        ["400/KH-UBND||||||"],
    ),
    (
        "news",
        {"url": "https://www.tayninh.gov.vn/vi/news/thong-tin-chi-dao-dieu-hanh/page-228"},
        "- 26/02/2018 05:00:00 PM\n- Đã xem: 91\n- Phản hồi: 0",
        [],
    ),
    (
        "news",
        {"url": "http://bacninh.gov.vn/web/vien-nghien-cuu-phat-trien-kinh-te-xa-hoi"},
        "Việc triển khai, cung cấp dịch vụ công trực tuyến mức độ 3,4 của tỉnh trong những năm vừa qua, cùng với hiệu quả hoạt động của Trung tâm Hành chính công cấp tỉnh, cấp huyện và bộ phận một cửa cấp xã là một chủ trương đúng của tỉnh trong việc thực hiện hiệu quả công tác cải cách hành chính, tạo môi trường đầu tư thuận lợi, thông thoáng cho người dân, doanh nghiệp, đóng góp vào sự phát triển chung của tỉnh, góp phần quan trọng trong việc triển khai thực hiện Nghị quyết 36a/NQ-CP ngày 14/10/2017 của Chính phủ về Chính phủ điện tử.",
        ["36a/NQ-CP||2017-10-14|Chính phủ|letter_suffix,no_so|implements|"],
    ),
    (
        "news",
        {"url": "http://bacninh.gov.vn/web/vien-nghien-cuu-phat-trien-kinh-te-xa-hoi"},
        "Thống kê truy cập\n\nTrực tuyến : 3235\n\nĐã truy cập : 43594446",
        [],
    ),
    (
        "news",
        {"url": "https://baogialai.com.vn/giam-sat-cai-cach-hanh-chinh-tag90821.html"},
        "(GLO)- Chiều 13-3, tại phòng họp HĐND tỉnh, đồng chí Đặng Phan Chung-Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh đã chủ trì cuộc họp triển khai kế hoạch giám sát về cải cách hành chính trên địa bàn tỉnh năm 2016.",
        [],
    ),
    (
        "news",
        {
            "url": "http://huyenuyphucu.vn/gap-mat-nhan-ky-niem-ngay-bao-chi-cach-mang-viet-nam-216-va-ra-mat-trang-thong-tin-dien-tu-doi-ngoai-cua-tinh-c2692.html"
        },
        "Ngày 18.6, Sở Thông tin và Truyền thông tổ chức gặp mặt nhân kỷ niệm Ngày Báo chí cách mạng Việt Nam (21.6) và ra mắt trang thông tin điện tử đối ngoại của tỉnh.",
        [],
    ),
    (
        "news",
        {
            "url": "http://vinhphuctv.vn/Qu%E1%BA%A3n-tr%E1%BB%8B/Tin-t%E1%BB%A9c-chung/currentpage/16"
        },
        "Với chủ đề “Nâng cao năng lực lãnh đạo và sức chiến đấu của Đảng bộ, phát huy truyền thống đoàn kết, dân chủ, đổi mới, sáng tạo, tăng cường cải cách hành chính, kỷ cương công vụ, thực hiện thắng lợi nhiệm vụ chính trị, góp phần đưa tỉnh bước vào kỷ nguyên mới của dân tộc”, sáng 24/6, Đảng bộ Sở Nội vụ đã tổ chức Đại hội lần thứ I, nhiệm kỳ 2025-2030.",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-14084-KH-UBND-2024-trien-khai-dich-vu-cong-truc-tuyen-Khanh-Hoa-635552.aspx"
        },
        "Số: 14084/KH-UBND\n|\nKhánh Hòa, ngày\n09 tháng 12 năm 2024",
        ["14084/KH-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-14084-KH-UBND-2024-trien-khai-dich-vu-cong-truc-tuyen-Khanh-Hoa-635552.aspx"
        },
        "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính\nphủ quy định việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà\nnước trên môi trường mạng;",
        ["42/2022/NĐ-CP||2022-06-24|Chính phủ|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-14084-KH-UBND-2024-trien-khai-dich-vu-cong-truc-tuyen-Khanh-Hoa-635552.aspx"
        },
        "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính\nphủ về thực hiện thủ tục hành chính trên môi trường điện tử;",
        ["45/2020/NĐ-CP||2020-04-08|Chính phủ|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-14084-KH-UBND-2024-trien-khai-dich-vu-cong-truc-tuyen-Khanh-Hoa-635552.aspx"
        },
        "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của\nChính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày\n23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong\ngiải quyết thủ tục hành chính;",
        [
            "107/2021/NĐ-CP||2021-12-06|Chính phủ|line_break||",
            "61/2018/NĐ-CP||2018-04-23|Chính phủ|line_break|amends|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-14084-KH-UBND-2024-trien-khai-dich-vu-cong-truc-tuyen-Khanh-Hoa-635552.aspx"
        },
        "Nghị định số 69/2024/NĐ-CP ngày 25/6/2024 của Chính\nphủ quy định về định danh và xác thực điện tử;",
        ["69/2024/NĐ-CP||2024-06-25|Chính phủ|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-14084-KH-UBND-2024-trien-khai-dich-vu-cong-truc-tuyen-Khanh-Hoa-635552.aspx"
        },
        "Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn\nphòng Chính phủ quy định một số nội dung và biện pháp thi hành trong số hóa hồ\nsơ, kết quả giải quyết thủ tục hành chính và thực hiện thủ tục hành chính trên\nmôi trường điện tử;",
        ["01/2023/TT-VPCP||2023-04-05|Văn phòng Chính phủ|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-14084-KH-UBND-2024-trien-khai-dich-vu-cong-truc-tuyen-Khanh-Hoa-635552.aspx"
        },
        "Thông tư số 21/2023/TT-BTTTT ngày 31/12/2023 của Bộ\nThông tin và Truyền thông quy định về chức năng, tính năng kỹ thuật của Hệ thống\nthông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh;",
        ["21/2023/TT-BTTTT||2023-12-31|Bộ Thông tin và Truyền thông|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-14084-KH-UBND-2024-trien-khai-dich-vu-cong-truc-tuyen-Khanh-Hoa-635552.aspx"
        },
        "Công văn số 4338/BTTTT-CĐSQG ngày 14/10/2024 của Bộ\nThông tin và Truyền thông về việc Khung triển khai dịch vụ công trực tuyến.",
        ["4338/BTTTT-CĐSQG|Công văn|2024-10-14|Bộ Thông tin và Truyền thông|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-14084-KH-UBND-2024-trien-khai-dich-vu-cong-truc-tuyen-Khanh-Hoa-635552.aspx"
        },
        "Luật Giao dịch điện tử (sửa đổi) ngày 22/6/2023;",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-7303-qd-ubnd-nam-2013-ve-ke-hoach-tuyen-truyen-chinh-quyen-dien-tu-qua-truyen-hinh-tai-thanh-pho-da-nang-giai-doan-2014-2018.html"
        },
        "Số: 7303/QĐ-UBND | Đà Nẵng, ngày 21 tháng 10 năm 2013 |",
        ["7303/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-7303-qd-ubnd-nam-2013-ve-ke-hoach-tuyen-truyen-chinh-quyen-dien-tu-qua-truyen-hinh-tai-thanh-pho-da-nang-giai-doan-2014-2018.html"
        },
        "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007 của Chính phủ về việc ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước;",
        ["64/2007/NĐ-CP||2007-04-10|Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-7303-qd-ubnd-nam-2013-ve-ke-hoach-tuyen-truyen-chinh-quyen-dien-tu-qua-truyen-hinh-tai-thanh-pho-da-nang-giai-doan-2014-2018.html"
        },
        "Căn cứ Quyết định số 10401/QĐ-UBND ngày 05 tháng 12 năm 2011 của UBND thành phố về việc phê duyệt Đề án “Xây dựng mô hình thành phố điện tử tại Đà Nẵng”;",
        ["10401/QĐ-UBND||2011-12-05|UBND thành phố|||"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-7303-qd-ubnd-nam-2013-ve-ke-hoach-tuyen-truyen-chinh-quyen-dien-tu-qua-truyen-hinh-tai-thanh-pho-da-nang-giai-doan-2014-2018.html"
        },
        "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 372/TTr-STTTT ngày 01 tháng 10 năm 2013 và theo đề nghị của lãnh đạo Văn phòng UBND thành phố tại Phiếu trình ngày 11 tháng 10 năm 2013,",
        ["372/TTr-STTTT||2013-10-01||rare_type||"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/quyet-dinh-7303-qd-ubnd-nam-2013-ve-ke-hoach-tuyen-truyen-chinh-quyen-dien-tu-qua-truyen-hinh-tai-thanh-pho-da-nang-giai-doan-2014-2018.html"
        },
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://vanbanphapluat.co/ke-hoach-328-kh-ubnd-2019-xay-dung-chinh-quyen-dien-tu-huong-toi-chinh-quyen-so-tien-giang"
        },
        "Văn bản khác 328/KH-UBND\n\nKế hoạch 328/KH-UBND năm 2019 về xây dựng, phát triển Chính quyền điện tử hướng tới Chính quyền số của tỉnh Tiền Giang giai đoạn 2019-2020, định hướng đến 2025",
        ["328/KH-UBND|Kế hoạch|||no_so||", "328/KH-UBND||||no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://vanbanphapluat.co/ke-hoach-328-kh-ubnd-2019-xay-dung-chinh-quyen-dien-tu-huong-toi-chinh-quyen-so-tien-giang"
        },
        "Thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025 và để tiếp tục kế thừa, phát huy những thành quả đạt được, khắc phục những hạn chế, tồn tại trong quá trình xây dựng một nền hành chính điện tử đồng bộ, hiện đại từ cấp tỉnh đến cơ sở, Ủy ban nhân dân tỉnh Tiền Giang ban hành Kế hoạch xây dựng, phát triển Chính quyền điện tử hưng tới Chính quyền số của tỉnh Tiền Giang giai đoạn 2019 - 2020, định hướng đến 2025 với các nội dung cụ thể sau:",
        ["17/NQ-CP||2019-03-07|Chính phủ||implements|"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/quyet-dinh-63-2010-qd-ubnd-cong-tac-van-thu-binh-phuoc-185703.aspx"
        },
        "(Ban hành kèm theo Quyết định số 63/2010/QĐ-UBND ngày 29 tháng 9 năm 2010 của\nUBND tỉnh)",
        ["63/2010/QĐ-UBND||2010-09-29|UBND tỉnh|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/quyet-dinh-63-2010-qd-ubnd-cong-tac-van-thu-binh-phuoc-185703.aspx"
        },
        "Văn bản quy phạm pháp luật của\nHội đồng nhân dân và Uỷ ban nhân dân theo quy định của Luật Ban hành văn bản\nquy phạm pháp luật của HĐND, UBND năm 2004 và các văn bản quy định chi tiết biện\npháp thi hành.",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://text.123docz.net/document/15427068-quy-che-cong-tac-van-thu-luu-tru-cua-so-tai-nguyen-va-moi-truong.htm",
            "derived": "html-stripped",
        },
        "(Ban hành kèm theo Quyết định số: /QĐ-STNMT ngày tháng năm 2021 của Giám đốc Sở Tài Nguyên và Môi Trường) \n\n \n\nChương I ",
        [],
    ),
    (
        "provincial",
        {
            "url": "https://text.123docz.net/document/15427068-quy-che-cong-tac-van-thu-luu-tru-cua-so-tai-nguyen-va-moi-truong.htm",
            "derived": "html-stripped",
        },
        "Điều 2. Trách nhiệm thực hiện \n\n1. Trách nhiệm của Giám đốc Sở",
        [],
    ),
]


# Party and portal pages added in a third pass (same rules).
PASSAGES += [
    (
        "party",
        {
            "url": "https://hethongphapluat.vn/huong-dan-06-hd-ubkttw-nam-2018-thuc-hien-mot-so-dieu-trong-quy-dinh-07-qdi-tw-ve-xu-ly-ky-luat-to-chuc-dang-vi-pham-do-uy-ban-kiem-tra-trung-uong-ban-hanh.html"
        },
        "Số: 06-HD/UBKTTW\n\nHà Nội, ngày 18 tháng 12 năm 2018",
        ["06-HD/UBKTTW||||rare_type||"],
    ),
    (
        "party",
        {
            "url": "https://hethongphapluat.vn/huong-dan-06-hd-ubkttw-nam-2018-thuc-hien-mot-so-dieu-trong-quy-dinh-07-qdi-tw-ve-xu-ly-ky-luat-to-chuc-dang-vi-pham-do-uy-ban-kiem-tra-trung-uong-ban-hanh.html"
        },
        "THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM",
        ["07-QĐi/TW|Quy định|2018-08-28|BỘ CHÍNH TRỊ|uppercase_prose,rare_type|guides|"],
    ),
    (
        "party",
        {
            "url": "https://hethongphapluat.vn/huong-dan-06-hd-ubkttw-nam-2018-thuc-hien-mot-so-dieu-trong-quy-dinh-07-qdi-tw-ve-xu-ly-ky-luat-to-chuc-dang-vi-pham-do-uy-ban-kiem-tra-trung-uong-ban-hanh.html"
        },
        "- Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng;",
        ["30-QĐ/TW|Quy định|2016-07-26|Ban Chấp hành Trung ương|||"],
    ),
    (
        "party",
        {
            "url": "https://hethongphapluat.vn/huong-dan-06-hd-ubkttw-nam-2018-thuc-hien-mot-so-dieu-trong-quy-dinh-07-qdi-tw-ve-xu-ly-ky-luat-to-chuc-dang-vi-pham-do-uy-ban-kiem-tra-trung-uong-ban-hanh.html"
        },
        "- Căn cứ Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ chức đảng vi phạm;",
        ["07-QĐi/TW|Quy định|2018-08-28|Bộ Chính trị|rare_type||"],
    ),
    (
        "party",
        {
            "url": "https://hethongphapluat.vn/huong-dan-06-hd-ubkttw-nam-2018-thuc-hien-mot-so-dieu-trong-quy-dinh-07-qdi-tw-ve-xu-ly-ky-luat-to-chuc-dang-vi-pham-do-uy-ban-kiem-tra-trung-uong-ban-hanh.html"
        },
        "Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện một số Điều trong Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ chức đảng vi phạm, như sau:",
        ["07-QĐi/TW|Quy định|2018-08-28|Bộ Chính trị|rare_type|guides|"],
    ),
    (
        "party",
        {
            "url": "https://hethongphapluat.vn/huong-dan-06-hd-ubkttw-nam-2018-thuc-hien-mot-so-dieu-trong-quy-dinh-07-qdi-tw-ve-xu-ly-ky-luat-to-chuc-dang-vi-pham-do-uy-ban-kiem-tra-trung-uong-ban-hanh.html"
        },
        "“Thời hiệu xử lý kỷ luật là thời hạn được quy định trong Quy định này mà khi hết thời hạn đó thì tổ chức đảng vi phạm không bị xử lý kỷ luật.”",
        [],
    ),
    (
        "party",
        {
            "url": "https://societynewstech.com/banchinhsachchienluoc/xay-dung-dang/ket-luan-127-kl-tw-cua-bo-chinh-tri-ban-bi-thu-ve-trien-khai-nghien-cuu-de-xuat-tiep-tuc-sap-xep-to-chuc-bo-may-cua-he-t.html"
        },
        "Tạĩ phĩên họp ngàỷ 28/2/2025, sãù khỉ nghé Bàn Tổ chức Trũng ương báỏ cáọ về các nộĩ đụng, nhíệm vụ và tíến độ thờỉ gĩân tríển khăỉ nghịên cứù, đề xụất tỉếp tục sắp xếp tổ chức bộ máý củă hệ thống chính trị thẻơ chỉ đạỏ, kết lũận củá Trụng ương, Bộ Chính trị (Công văn số 8011-CV/BTCTW, ngày 27/02/2025), Bộ Chính trị, Bạn Bí thư có ý kỉến như sạú:",
        ["8011-CV/BTCTW|Công văn|2025-02-27||noisy_diacritics||"],
    ),
    (
        "party",
        {
            "url": "https://societynewstech.com/banchinhsachchienluoc/xay-dung-dang/ket-luan-127-kl-tw-cua-bo-chinh-tri-ban-bi-thu-ve-trien-khai-nghien-cuu-de-xuat-tiep-tuc-sap-xep-to-chuc-bo-may-cua-he-t.html"
        },
        "Để bảỏ đảm thực hịện qủỹết lịệt, có híệụ qúả các nhĩệm vụ, gìảĩ pháp nêủ tạí Kết lúận số 121-KL/TW, ngàỷ 24/01/2025 củà Bạn Chấp hành Trũng ương Đảng về tổng kết Nghị qụỵết số 18-NQ/TW củá Bạn Chấp hành Trúng ương Đảng khỏá XÍĨ và Kết lùận số 126-KL/TW, ngàỷ 14/02/2025 củà Bộ Chính trị, Bán Bí thư về một số nộị đũng, nhịệm vụ tỉếp tục sắp xếp, tình gọn tổ chức bộ máỵ củá hệ thống chính trị năm 2025,",
        [
            "121-KL/TW||2025-01-24|Bạn Chấp hành Trũng ương Đảng|noisy_diacritics||",
            "18-NQ/TW|||Bạn Chấp hành Trúng ương Đảng khỏá XÍĨ|noisy_diacritics||",
            "126-KL/TW||2025-02-14|Bộ Chính trị, Bán Bí thư|noisy_diacritics||",
        ],
    ),
    (
        "party",
        {
            "url": "https://societynewstech.com/banchinhsachchienluoc/xay-dung-dang/ket-luan-127-kl-tw-cua-bo-chinh-tri-ban-bi-thu-ve-trien-khai-nghien-cuu-de-xuat-tiep-tuc-sap-xep-to-chuc-bo-may-cua-he-t.html"
        },
        "KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ, BẠN BÍ THƯ VỀ TRỈỂN KHÀÌ NGHĨÊN CỨƯ, ĐỀ XỦẤT TÌẾP TỤC SẮP XẾP TỔ CHỨC BỘ MÁỲ CỦÃ HỆ THỐNG CHÍNH TRỊ",
        ["127-KL/TW||||noisy_diacritics,uppercase_prose,no_so||"],
    ),
    (
        "party",
        {
            "url": "https://ubmttqvn.quangtri.gov.vn/index.php/savefile/dai-hoi2024/quy-dinh-so-20-qd-tw-ve-thi-hanh-dieu-le-dang-7809.html"
        },
        "<title>Quy định số 20-QĐ&#x002F;TW về thi hành điều lệ Đảng</title>",
        ["20-QĐ/TW|Quy định|||html_entity||"],
    ),
    (
        "party",
        {
            "url": "http://tailieumienphi.vn/doc/ebook-hoi-dap-ve-sinh-hoat-chi-bo-o-co-so-phan-1-outjuq.html"
        },
        "Căn cứ vào Điều lệ Đảng được thông qua từ Đại hội đại biểu toàn quốc lần thứ XI của Đảng, Quy định số 29-QĐ/TW ngày 25/7/2016 của Bộ Chính trị về thi hành Điều lệ Đảng và các văn bản hiện hành, Nhà xuất bản Chính trị quốc gia Sự thật xuất bản cuốn sách",
        ["29-QĐ/TW|Quy định|2016-07-25|Bộ Chính trị|||"],
    ),
    (
        "party",
        {
            "url": "https://123docz.net/document/3448498-huong-dan-quy-trinh-thu-tuc-ket-nap-dang-va-chuyen-sinh-hoat-dang.htm"
        },
        "- Là công dân Việt Nam, tại thời điểm chi bộ xét kết nạp, người vào Đảng phải đủ\n18 tuổi trở lên (tính theo tháng); thừa nhận và tự nguyện: thực hiện Cương lĩnh chính trị,Điều lệ Đảng, tiêu chuẩn và nhiệm vụ đảng viên, hoạt động trong một tổ chức cơ sởđảng;",
        [],
    ),
    (
        "party",
        {
            "url": "https://123docz.net/document/3448498-huong-dan-quy-trinh-thu-tuc-ket-nap-dang-va-chuyen-sinh-hoat-dang.htm"
        },
        "1 Tiêu chuẩn chung (Điểm 2, Điều 1, Điều lệ Đảng)",
        [],
    ),
    (
        "news",
        {
            "url": "https://baochinhphu.vn/print/dua-ha-noi-phat-trien-manh-hon-toan-dien-hon-tieu-bieu-cua-ca-nuoc-ve-cac-mat-102240809190307565.htm"
        },
        "Chiều 9/8, Tổng Bí thư, Chủ tịch nước Tô Lâm đã đến thăm và chủ trì buổi làm việc với Ban Thường vụ Thành ủy Hà Nội về tình hình thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nghị quyết Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội từ đầu nhiệm kỳ đến nay; việc quán triệt, triển khai thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
        ["35-CT/TW||2024-06-14|Bộ Chính trị||implements|"],
    ),
    (
        "news",
        {
            "url": "https://www.baomoi.com/chi-thi-cua-ban-bi-thu-ve-dai-hoi-hoi-cuu-chien-binh-cac-cap/c/19028739.epi"
        },
        "(Cadn.com.vn) - Ngày 31-3, đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành Chỉ thị số 02-CT/TW của Ban Bí thư về lãnh đạo đại hội Hội cựu chiến binh các cấp và Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VI.",
        ["02-CT/TW|||Ban Bí thư|||"],
    ),
    (
        "news",
        {
            "url": "http://baocuuchienbinhvietnam.com.vn/kiem-tra-viec-thuc-hien-ket-luan-cua-bo-chinh-tri-ve-doi-moi-phuong-thuc-hoat-dong-cua-hoi-ccb-viet-nam/"
        },
        "Ngày 25-4-2019 đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương, Trưởng ban chỉ đạo làm trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW của Bộ Chính trị tại Đảng đoàn Hội CCB Việt Nam do đồng chí Thượng tướng Nguyễn Văn Được, Bí thư Đảng đoàn, Chủ tịch Hội CCB Việt Nam làm trưởng đoàn.",
        ["62-KL/TW|||Bộ Chính trị|no_so||"],
    ),
    (
        "news",
        {
            "url": "http://baocuuchienbinhvietnam.com.vn/kiem-tra-viec-thuc-hien-ket-luan-cua-bo-chinh-tri-ve-doi-moi-phuong-thuc-hoat-dong-cua-hoi-ccb-viet-nam/"
        },
        "Trung tướng Nguyễn Song Phi, Phó chủ tịch Hội CCB Việt Nam Báo cáo Tổng kết đã nêu bật kết quả triển khai thực hiện  Kết luận 62-KL/TW của Bộ Chính trị (Khóa X) về “ Tiếp tục đổi mới nội dung, phương thức hoạt độngcủa Mặt trận Tổ quốc và các Đoàn thể chính tị - xã hội” (dưới đây gọi tắt là Kết luận 62)",
        ["62-KL/TW|||Bộ Chính trị|no_so|implements|"],
    ),
    (
        "news",
        {
            "url": "https://lyluanchinhtri.vn/tung-buoc-kien-toan-to-chuc-va-hoan-thien-co-che-hoat-dong-cua-chinh-quyen-thanh-pho-thu-duc-40.html"
        },
        "Do đó, Quốc hội đã ban hành Nghị quyết số 98/2023/QH15 (Nghị quyết 98) thay thế cho Nghị quyết 54/2017/QH14 nhằm tăng thẩm quyền và mở rộng phân cấp, ủy quyền một cách mạnh mẽ cho thành phố Thủ Đức.",
        ["98/2023/QH15|Nghị quyết|||||", "54/2017/QH14|Nghị quyết|||no_so|replaces|"],
    ),
    (
        "news",
        {
            "url": "https://lyluanchinhtri.vn/tung-buoc-kien-toan-to-chuc-va-hoan-thien-co-che-hoat-dong-cua-chinh-quyen-thanh-pho-thu-duc-40.html"
        },
        "09/10/2023 15:41\n\nThS BÙI PHƯƠNG THẢO\nHọc viện Chính trị khu vực II",
        [],
    ),
    (
        "news",
        {
            "url": "https://danguykhoicqvadnthanhhoa.vn/web/trang-chu/tin-tuc-chung/can-bo-dang-vien-thuc-hien-tot-trach-nhiem-neu-guong-de-bao-ve-nen-tang-tu-tuong-cua-dang.html"
        },
        "Nghị quyết số 35-NQ/TW, ngày 22-10-2018, của Bộ Chính trị khoá XII, “Về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới” (Nghị quyết số 35-NQ/TW) đã xác định bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch là công việc tự giác, thường xuyên của cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam và tổ chức chính trị - xã hội các cấp;",
        ["35-NQ/TW||2018-10-22|Bộ Chính trị khoá XII|||", "35-NQ/TW||||||"],
    ),
    (
        "news",
        {
            "url": "https://danguykhoicqvadnthanhhoa.vn/web/trang-chu/tin-tuc-chung/can-bo-dang-vien-thuc-hien-tot-trach-nhiem-neu-guong-de-bao-ve-nen-tang-tu-tuong-cua-dang.html"
        },
        "NGUYỄN NGỌC SƠN - NGUYỄN THỊ NGHĨA\nCục Chính trị Quân khu 9 - Học viện Chính trị khu vực IV\n09:39, ngày 31-10-2023",
        [],
    ),
    (
        "news",
        {
            "url": "https://www.baomoi.com/tphcm-quan-triet-quy-dinh-ve-bao-ve-chinh-tri-noi-bo-dang/c/1064874.epi"
        },
        "Ngày 5-10, Ban Thường vụ Thành ủy TPHCM tổ chức Hội nghị cán bộ chủ chốt TPHCM quán triệt Quy định 57 của Bộ Chính trị “Về một số vấn đề bảo vệ chính trị nội bộ Đảng”.",
        [],
    ),
    (
        "news",
        {
            "url": "http://lyluanchinhtri.vn/home/index.php/thuc-tien/item/2301-tang-cuong-cong-tac-van-dong-cuu-chien-binh-trong-thoi-ky-moi.html"
        },
        "Ngày 8-1-2002, Bộ Chính trị ra Nghị quyết số 09 về “Tăng cường sự lãnh đạo của Đảng đối với công",
        [],
    ),
]

# Batch 2 (issue 16, relations): lines of the same codified-law repository, from files the
# first batch did not use (fixed seed 16, one line per file mentioning a relation word and a
# symbol, the repository's own summaries dropped), labelled by reading before any extractor run.
PASSAGES += [
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thong-tin-bao-chi-xuat-ban/xuat-ban.md",
            "line": 231,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "4. Bộ trưởng Bộ Thông tin và Truyền thông quy định chi tiết trình tự, thủ tục, cách thức báo cáo và biểu mẫu báo cáo trong hoạt động xuất bản.(Điều này có nội dung liên quan đến Điều 32.3.TT.3.2. Chế độ báo cáo định kỳ quy định tại Khoản 1 và Khoản 2 Điều 5 Nghị định số 195/2013/NĐ-CP)",
        ["195/2013/NĐ-CP||||pinpoint_list||5,1, 2"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngoai-giao/thong-tu-03-2026-tt-bng-phan-cap-tham-quyen-chung-nhan-lanh-su.md",
            "line": 49,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "*Căn cứ Nghị định số 111/2011/NĐ-CP của Chính phủ về chứng nhận lãnh sự, hợp pháp hóa lãnh sự được sửa đổi, bổ sung bởi Nghị định số 196/2025/NĐ-CP;*",
        ["111/2011/NĐ-CP|||Chính phủ||amends|", "196/2025/NĐ-CP||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/y-te-duoc/phong-chong-nhiem-vi-rut-gay-ra-hoi-chung-suy-giam-mien-dich-mac-phai-o-nguoi.md",
            "line": 2120,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Việc điều trị bằng thuốc thay thế tại cơ sở quản lý đủ điều kiện là cơ sở điều trị theo quy định tại Thông tư số 12/2013/TT-BYT thì thực hiện theo quy định tại Quyết định số 3140/QĐ-BYT.",
        ["12/2013/TT-BYT||||||", "3140/QĐ-BYT||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-the-thao-du-lich/to-chuc-le-tang-can-bo-cong-chuc-vien-chuc.md",
            "line": 2177,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Thông tư này có hiệu lực thi hành kể từ ngày 05 tháng 8 năm 2016 và thay thế Thông tư Liên tịch số 114/2005/TTLT-BQP-BNV ngày 01 tháng 8 năm 2005 của Bộ Quốc phòng - Bộ Nội vụ về Hướng dẫn thực hiện tổ chức lễ tang đối với quân nhân, công nhân viên chức quốc phòng hy sinh, từ trần.",
        ["114/2005/TTLT-BQP-BNV||2005-08-01|Bộ Quốc phòng - Bộ Nội vụ|joint|replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/lao-dong/thong-tu-14-2026-tt-bnv-dieu-chinh-luong-huu-tro-cap-bhxh.md",
            "line": 103,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Thông tư này quy định chi tiết việc điều chỉnh mức lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hằng tháng đối với các đối tượng quy định tại các điểm a, b, c, h và i khoản 1 Điều 1 Nghị định số 162/2026/NĐ-CP hưởng lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hằng tháng trước ngày 01 tháng 7 năm 2026, bao gồm đối tượng đang bị tạm dừng hưởng trước ngày 01 tháng 7 năm 2026 mà từ ngày 01 tháng 7 năm 2026 trở đi được tiếp tục chi trả lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hằng tháng theo quy định của pháp luật về bảo hiểm xã hội.",
        ["162/2026/NĐ-CP||||pinpoint_list||1,1,a, b, c, h, i"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/bo-tro-tu-phap/dau-gia-tai-san.md",
            "line": 1353,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 9 Nghị định số 62/2017/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/07/2017, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 1 Nghị định số 47/2023/NĐ-CP có hiệu lực thi hành kể từ ngày 01/09/2023)",
        ["62/2017/NĐ-CP||||||9", "47/2023/NĐ-CP||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/hanh-chinh/nghi-dinh-61-2026-nd-cp-phuong-tien-thiet-bi-ky-thuat-nghiep-vu-phat-hien-vphc.md",
            "line": 38,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        '- "Luật Xử lý vi phạm hành chính số 15/2012/QH13 (sửa đổi, bổ sung bởi Luật 54/2014/QH13, 18/2017/QH14, 67/2020/QH14, 09/2022/QH15, 11/2022/QH15, 56/2024/QH15, 88/2025/QH15)"',
        [
            "15/2012/QH13||||||",
            "54/2014/QH13||||no_so||",
            "18/2017/QH14||||no_so||",
            "67/2020/QH14||||no_so||",
            "09/2022/QH15||||no_so||",
            "11/2022/QH15||||no_so||",
            "56/2024/QH15||||no_so||",
            "88/2025/QH15||||no_so||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/nghi-dinh-55-2026-nd-cp-xphc-quan-ly-tai-san-cong.md",
            "line": 39,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Sửa đổi, bổ sung một số điều của Nghị định số 63/2019/NĐ-CP ngày 11 tháng 7 năm 2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực quản lý, sử dụng tài sản công; thực hành tiết kiệm, chống lãng phí; dự trữ quốc gia; kho bạc nhà nước đã được sửa đổi, bổ sung một số điều bởi Nghị định số 102/2021/NĐ-CP ngày 16 tháng 11 năm 2021 của Chính phủ.",
        ["63/2019/NĐ-CP||2019-07-11|Chính phủ||amends|", "102/2021/NĐ-CP||2021-11-16|Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tu-phap/nghi-dinh-156-2026-nd-cp-sua-doi-nghi-dinh-31-2019-to-cao.md",
            "line": 193,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Đối với hành vi vi phạm pháp luật trong lĩnh vực giải quyết tố cáo mà bị phát hiện trước ngày Nghị định này có hiệu lực thi hành, đang được xem xét, giải quyết và chưa có quyết định kỷ luật thì áp dụng các quy định về xử lý kỷ luật tại Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo hoặc quy định tại Nghị định này trong trường hợp có lợi cho người có hành vi vi phạm.",
        ["31/2019/NĐ-CP||2019-04-10|Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/chinh-sach-xa-hoi/chinh-sach-tro-giup-xa-hoi-doi-voi-doi-tuong-bao-tro-xa-hoi.md",
            "line": 1225,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC ngày 24 tháng 10 năm 2014 của Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính hướng dẫn thực hiện một số điều của Nghị định số 136/2013/NĐ-CP ngày 21 tháng 10 năm 2013 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội; Thông tư liên tịch số 06/2015/TTLT-BLĐTBXH-BTC ngày 12 tháng 5 năm 2015 của Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính sửa đổi, bổ sung khoản 2 và 4 Điều 11 Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.",
        [
            "29/2014/TTLT-BLĐTBXH-BTC||2014-10-24|Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính|joint|repeals|",
            "136/2013/NĐ-CP||2013-10-21|Chính phủ||guides|",
            "06/2015/TTLT-BLĐTBXH-BTC||2015-05-12|Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính|joint|repeals|",
            "29/2014/TTLT-BLĐTBXH-BTC||||joint,pinpoint_list|amends|11,2, 4",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thi-hanh-an/thi-hanh-an-dan-su.md",
            "line": 9068,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 174 Luật số 26/2008/QH12, có hiệu lực thi hành kể từ ngày 01/07/2009, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 1 Luật số 64/2014/QH13 có hiệu lực thi hành kể từ ngày 01/07/2015)",
        ["26/2008/QH12||||||174", "64/2014/QH13||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/nang-luong-tai-nguyen/243-2026-nd-cp.md",
            "line": 416,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "7. Đối với hồ sơ đề nghị giao khu vực biển để khảo sát, thực hiện dự án điện gió ngoài khơi đã tiếp nhận trước ngày Nghị định này có hiệu lực thi hành hoặc trường hợp cơ quan nhà nước có thẩm quyền chưa công bố định mức diện tích sử dụng khu vực biển để khảo sát và để đầu tư, xây dựng dự án điện gió ngoài khơi, cơ quan có thẩm quyền giao khu vực biển áp dụng quy định về diện tích khu vực biển để khảo sát, thực hiện dự án điện gió ngoài khơi tại khoản 5 Điều 27 Nghị định số 58/2025/NĐ-CP trước khi được sửa đổi, bổ sung bởi Nghị định này để thẩm định hồ sơ và quyết định giao khu vực biển.",
        ["58/2025/NĐ-CP|||||amends|27,5"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngoai-giao-dieu-uoc-quoc-te/dieu-uoc-quoc-te.md",
            "line": 1578,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "c) Chi làm đêm, làm thêm giờ: Thực hiện theo mức chi quy định tại Thông tư liên tịch số 08/2005/TTLT-BNV-BTC ngày 05 tháng 01 năm 2005 của Bộ Nội vụ, Bộ Tài chính hướng dẫn thực hiện chế độ trả lương làm việc vào ban đêm, làm thêm giờ đối với cán bộ công chức, viên chức và các văn bản sửa đổi, bổ sung.",
        ["08/2005/TTLT-BNV-BTC||2005-01-05|Bộ Nội vụ, Bộ Tài chính|joint||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/trat-tu-an-toan-xa-hoi.md",
            "line": 8538,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 39.13.TT.69.4. “Lý do chính đáng” quy định tại Điều 6, Điều 7, Điều 11, Điều 12 Nghị định số 120/2013/NĐ-CP, được sửa đổi, bổ sung tại khoản 8, khoản 9, khoản 12, khoản 13 Điều 1 Nghị định số 37/...",
        ["120/2013/NĐ-CP||||pinpoint_list|amends|6, 7, 11, 12"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/hanh-chinh/nghi-dinh-276-2026-nd-cp-co-cau-to-chuc-bo-noi-vu.md",
            "line": 609,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Nghị định này thay thế Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02",
        ["25/2025/NĐ-CP|||||replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/thong-tu-60-2026-tt-btc-huong-dan-quan-ly-su-dung-quyet-toan-kinh-phi-chuong-trinh-muc-tieu-quoc-gia.md",
            "line": 170,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "10. Chi hội thảo khoa học trong nước, chi các hoạt động mang tính chất khoa học, công nghệ, đổi mới sáng tạo thuộc Chương trình: Nội dung và mức chi thực hiện theo quy định tại Điều 6 Nghị định số 265/2025/NĐ-CP, Thông tư số 38/2025/TT-BKHCN và Thông tư số 39/2025/TT-BKHCN ngày 30/11/2025 của Bộ Khoa học và Công nghệ quy định chi tiết và hướng dẫn về lập dự toán, quản lý sử dụng và quyết toán một số nội dung chi ngân sách nhà nước thực hiện nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo (sau đây gọi là Thông tư số 39/2025/TT-BKHCN).",
        [
            "265/2025/NĐ-CP||||||6",
            "38/2025/TT-BKHCN|||Bộ Khoa học và Công nghệ|||",
            "39/2025/TT-BKHCN||2025-11-30|Bộ Khoa học và Công nghệ|||",
            "39/2025/TT-BKHCN||||||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/trat-tu-an-toan-xa-hoi/dieu-kien-ve-an-ninh-trat-tu-doi-voi-mot-so-nganh-nghe-kinh-doanh-co-dieu-kien.md",
            "line": 487,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "a) Văn bản nghiệm thu về phòng cháy và chữa cháy đối với cơ sở kinh doanh thuộc danh mục quy định tại Phụ lục IV ban hành kèm theo Nghị định số 79/2014/NĐ-CP ngày 31 tháng 7 năm 2014 quy định chi tiết thi hành một số điều của Luật phòng cháy và chữa cháy và Luật sửa đổi, bổ sung một số điều của Luật phòng cháy và chữa cháy (sau đây viết gọn là Nghị định số 79/2014/NĐ-CP);",
        ["79/2014/NĐ-CP||2014-07-31||||", "79/2014/NĐ-CP||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/dan-so-gia-dinh-tre-em-binh-dang-gioi.md",
            "line": 1606,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 8.2.TT.1.5. Hiệu lực thi hành Thông tư này có hiệu lực thi hành sau 45 ngày, kể từ ngày ký và thay thế Thông tư số 04/2005/TT-BTC ngày 10/1/2005 của Bộ Tài chính hướng dẫn về kinh phí hoạt động v...",
        ["04/2005/TT-BTC||2005-01-10|Bộ Tài chính||replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-nguyen-moi-truong/thong-tu-19-2026-tt-bnnmt-do-dac-ban-do-dia-chinh.md",
            "line": 50,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Nghị định số 226/2025/NĐ-CP ngày 15 tháng 8 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật Đất đai;",
        ["226/2025/NĐ-CP||2025-08-15|Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/bo-tro-tu-phap/tu-van-phap-luat.md",
            "line": 245,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 13 Nghị định số 77/2008/NĐ-CP, có hiệu lực thi hành kể từ ngày 11/08/2008, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 4 Nghị định số 05/2012/NĐ-CP có hiệu lực thi hành kể từ ngày 01/04/2012)",
        ["77/2008/NĐ-CP|||||amends|13", "05/2012/NĐ-CP||||||4"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngan-hang/thong-tu-07-2026-tt-nhnn-sua-doi-thong-tu-17-2016-tt-nhnn-moi-gioi-tien-te.md",
            "line": 80,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 17/2016/TT-NHNN quy định hoạt động môi giới tiền tệ của ngân hàng thương mại, chi nhánh ngân hàng nước ngoài:",
        ["17/2016/TT-NHNN|||||amends|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/xay-dung/nghi-dinh-206-2026-nd-cp-quan-ly-chi-phi-dau-tu-xay-dung.md",
            "line": 57,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Căn cứ Luật Đấu thầu số 22/2023/QH15 được sửa đổi, bổ sung bởi Luật số 57/2024/QH15, Luật số 90/2025/QH15, Luật số 116/2025/QH15, Luật số 133/2025/QH15;",
        [
            "22/2023/QH15|||||amends|",
            "57/2024/QH15||||||",
            "90/2025/QH15||||||",
            "116/2025/QH15||||||",
            "133/2025/QH15||||||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-the-thao-du-lich/quang-cao.md",
            "line": 715,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 19 Luật số 16/2012/QH13, có hiệu lực thi hành kể từ ngày 01/01/2013, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 1 Luật số 75/2025/QH15 có hiệu lực thi hành kể từ ngày 01/01/2026)",
        ["16/2012/QH13|||||amends|19", "75/2025/QH15||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-the-thao-du-lich/thuc-hien-nep-song-van-minh-trong-viec-cuoi-viec-tang.md",
            "line": 215,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 03 năm 2011 và thay thế Thông tư số 04/1998/TT-BVHTT ngày 11 tháng 7 năm 1998 của Bộ Văn hoá - Thông tin hướng dẫn thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội.",
        ["04/1998/TT-BVHTT||1998-07-11|Bộ Văn hoá - Thông tin||replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-thong-van-tai/nghi-dinh-208-2026-nd-cp-van-tai-hang-khong.md",
            "line": 848,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "đ) Chương XXII Nghị định số 14/2026/NĐ-CP ngày 13 tháng 01 năm 2026 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định để cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh thuộc phạm vi quản lý của Bộ Xây dựng.",
        ["14/2026/NĐ-CP||2026-01-13|Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh/thong-tu-35-2026-tt-btc-che-do-tiep-khach-nuoc-ngoai-hoi-nghi-quoc-te-tai-viet-nam.md",
            "line": 512,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "c) Chi làm thêm giờ (nếu có): Thực hiện theo quy định của Bộ luật Lao động , Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động, các văn bản quy phạm pháp luật có liên quan;",
        ["145/2020/NĐ-CP||2020-12-14|Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngan-hang/nghi-dinh-198-2026-nd-cp-sua-doi-co-cau-nhnn.md",
            "line": 40,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 26/2025/NĐ-CP ngày 24 tháng 02 năm 2025.",
        ["26/2025/NĐ-CP||2025-02-24|||amends|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/y-te-duoc.md",
            "line": 3065,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 45.1.QĐ.12.7. Điều khoản thi hành 1. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 02 năm 2012 và thay thế Quyết định số 107/2008/QĐ-TTg ngày 30 tháng 7 năm 2008 của Thủ tướng Chính phủ...",
        ["107/2008/QĐ-TTg||2008-07-30|Thủ tướng Chính phủ||replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/dan-su/dan-su.md",
            "line": 8555,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Giao dịch dân sự đang được thực hiện mà có nội dung, hình thức khác với quy định của Bộ luật này thì áp dụng quy định của Bộ luật dân sự số 33/2005/QH11 và các văn bản quy phạm pháp luật quy định chi tiết Bộ luật dân sự số 33/2005/QH11;",
        ["33/2005/QH11|Bộ luật|||||", "33/2005/QH11|Bộ luật||||guides|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/an-ninh-quoc-gia/bao-ve-bi-mat-nha-nuoc.md",
            "line": 1705,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Bãi bỏ Thông tư số 33/2015/TT-BCA ngày 20/7/2015 của Bộ trưởng Bộ Công an hướng dẫn thực hiện một số điều của Nghị định số 33/2002/NĐ-CP ngày 28/3/2002 của Chính phủ quy định chi tiết thi hành Pháp lệnh Bảo vệ bí mật nhà nước kể từ ngày Thông tư này có hiệu lực thi hành.",
        [
            "33/2015/TT-BCA||2015-07-20|Bộ trưởng Bộ Công an||repeals|",
            "33/2002/NĐ-CP||2002-03-28|Chính phủ||guides|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/y-te-duoc/co-che-hoat-dong-co-che-tai-chinh-doi-voi-cac-don-vi-su-nghiep-y-te-cong-lap-va-gia-dich-vu-kham-benh-chua-benh-cua-cac-co-so-kham-benh-chua-benh-cong-lap.md",
            "line": 179,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2012 và thay thế Nghị định số 95/CP ngày 27 tháng 8 năm 1994 của Chính phủ về thu một phần viện phí.",
        ["95/CP|Nghị định|1994-08-27|Chính phủ|old_style|replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/doanh-nghiep-hop-tac-xa/ho-tro-doanh-nghiep-nho-va-vua.md",
            "line": 338,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Phạm vi điều chỉnh: Thông tư này hướng dẫn một số điều của Nghị định số 80/2021/NĐ-CP ngày 26 tháng 8 năm 2021 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hỗ trợ doanh nghiệp nhỏ và vừa (sau đây viết tắt là DNNVV) về hỗ trợ công nghệ (không bao gồm khoản 5 Điều 11 Nghị định số 80/2021/NĐ-CP); tư vấn; phát triển nguồn nhân lực (không bao gồm khoản 4 Điều 14 Nghị định số 80/2021/NĐ-CP); hỗ trợ DNNVV khởi nghiệp sáng tạo; hỗ trợ DNNVV tham gia cụm liên kết ngành, chuỗi giá trị; nội dung quản lý các hoạt động hỗ trợ DNNVV.",
        [
            "80/2021/NĐ-CP||2021-08-26|Chính phủ||guides|",
            "80/2021/NĐ-CP||||||11,5",
            "80/2021/NĐ-CP||||||14,4",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngan-hang-tien-te/bao-hiem-tien-gui.md",
            "line": 2357,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 22.1.QĐ.2.5. Điều khoản thi hành 1. Quyết định này có hiệu lực thi hành từ ngày 12 tháng 12 năm 2021 và thay thế Quyết định số 21/2017/QĐ-TTg ngày 15 tháng 6 năm 2017 của Thủ tướng Chính phủ về hạn mức trả tiền bảo hiểm.",
        ["21/2017/QĐ-TTg||2017-06-15|Thủ tướng Chính phủ||replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/trach-nhiem-boi-thuong-cua-nha-nuoc.md",
            "line": 3609,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "a) Vụ việc quy định tại khoản 1 Điều 19 của Nghị định [68/2018/NĐ-CP](https://thuvienphapluat.vn/van-ban/thu-tuc-to-tung/nghi-dinh-68-2018-nd-cp-huong-dan-luat-trach-nhiem-boi-thuong-cua-nha-nuoc-368094.aspx) ngày 15 tháng 5 năm 2018 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Trách nhiệm bồi thường của Nhà nước;",
        ["68/2018/NĐ-CP||2018-05-15|Chính phủ|bracketed||19,1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/dan-so-gia-dinh-tre-em-binh-dang-gioi/tre-em.md",
            "line": 1901,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Ngoài trách nhiệm quy định tại khoản 1 Điều 42 Nghị định số 56/2017/NĐ- CP về việc xác định và lựa chọn cá nhân, gia đình nhận chăm sóc thay thế, người làm công tác bảo vệ trẻ em cấp xã còn có trách nhiệm sau:",
        ["56/2017/NĐ-CP||||spaced||42,1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/bao-chi/262-2026-nd-cp.md",
            "line": 965,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Nghị định này thay thế Nghị định số 88/2012/NĐ-CP ngày 23 tháng 10",
        ["88/2012/NĐ-CP|||||replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thong-tin-bao-chi-xuat-ban/hoat-dong-thong-tin-bao-chi-cua-bao-chi-nuoc-ngoai-co-quan-dai-dien-nuoc-ngoai-to-chuc-nuoc-ngoai-tai-viet-nam.md",
            "line": 222,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Nghị định này có hiệu lực thi hành kể từ ngày 10 tháng 12 năm 2012 và thay thế Nghị định số 67/CP ngày 13 tháng 11 năm 2002 của Chính phủ về quản lý hoạt động thông tin, báo chí của phóng viên nước ngoài, các cơ quan, tổ chức nước ngoài tại Việt Nam.",
        ["67/CP|Nghị định|2002-11-13|Chính phủ|old_style|replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/y-te-duoc/hien-lay-ghep-mo-bo-phan-co-the-nguoi-va-hien-lay-xac.md",
            "line": 789,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 4 Nghị định số 56/2008/NĐ-CP, có hiệu lực thi hành kể từ ngày 26/05/2008, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 1 Nghị định số 118/2016/NĐ-CP có hiệu lực thi hành kể từ ngày 15/09/2016)",
        ["56/2008/NĐ-CP|||||amends|4", "118/2016/NĐ-CP||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/2026-07-17-61-tt-bgddt-tai-nguyen-giao-duc-mo-trong-gdvh.md",
            "line": 56,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Luật Giáo dục số 43/2019/QH14 (được sửa đổi bởi Luật số 123/2025/QH15)",
        ["43/2019/QH14|||||amends|", "123/2025/QH15||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/chinh-sach-xa-hoi/nguoi-khuyet-tat.md",
            "line": 1351,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 7 Nghị định số 28/2012/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/06/2012, có nội dung bị bãi bỏ bởi Điều 13 Nghị định số 113/2015/NĐ-CP có hiệu lực thi hành kể từ ngày 01/01/2016)",
        ["28/2012/NĐ-CP|||||repeals|7", "113/2015/NĐ-CP||||||13"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-duc-dao-tao/thong-tu-45-2026-tt-bgddt-sua-doi-tt-15-2025-chuc-nang-so-gd-dt-phong-vh-xh.md",
            "line": 47,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương được sửa đổi, bổ sung bởi Nghị định số 370/2025/NĐ-CP ngày 31/12/2025 của Chính phủ;",
        [
            "150/2025/NĐ-CP||2025-06-12|Chính phủ||amends|",
            "370/2025/NĐ-CP||2025-12-31|Chính phủ|||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/quoc-phong/thong-tu-32-2026-tt-bqp-loai-khoi-bien-che-tai-san-cong-bo-quoc-phong.md",
            "line": 45,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Luật Quản lý, sử dụng tài sản công số 15/2017/QH14; được sửa đổi, bổ sung bởi Luật số 64/2020/QH14, Luật số 07/2022/QH15, Luật số 24/2023/QH15, Luật số 31/2024/QH15, Luật số 43/2024/QH15, Luật số 56/2024/QH15, Luật số 90/2025/QH15.",
        [
            "15/2017/QH14|||||amends|",
            "64/2020/QH14||||||",
            "07/2022/QH15||||||",
            "24/2023/QH15||||||",
            "31/2024/QH15||||||",
            "43/2024/QH15||||||",
            "56/2024/QH15||||||",
            "90/2025/QH15||||||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/lao-dong/thong-tu-14-2026-tt-bnv-huong-dan-dieu-chinh-luong-huu.md",
            "line": 39,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 được sửa đổi, bổ sung bởi Luật số 73/2025/QH15, Luật số 84/2025/QH15, Luật số 113/2025/QH15 và Luật số 142/2025/QH15;",
        [
            "41/2024/QH15|||||amends|",
            "73/2025/QH15||||||",
            "84/2025/QH15||||||",
            "113/2025/QH15||||||",
            "142/2025/QH15||||||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngoai-giao-dieu-uoc-quoc-te/lap-va-hoat-dong-cua-van-phong-dai-dien-cua-cac-to-chuc-hop-tac-nghien-cuu-cua-nuoc-ngoai-tai-viet-nam.md",
            "line": 263,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều này có nội dung liên quan đến của Luật 04/2007/QH12 Thuế thu nhập cá nhân ban hành ngày 21/11/2007; của Nghị định 99/2015/NĐ-CP Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Nhà ở ban hành ngày 20/10/2015; của Nghị định 99/2016/NĐ-CP Về quản lý và sử dụng con dấu ban hành ngày 01/07/2016)",
        [
            "04/2007/QH12||2007-11-21||no_so||",
            "99/2015/NĐ-CP||2015-10-20||no_so||",
            "99/2016/NĐ-CP||2016-07-01||no_so||",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/xay-dung/nghi-dinh-210-2026-nd-cp-hop-dong-xay-dung.md",
            "line": 1893,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "số 37/2015/NĐ-CP ngày 22 tháng 4 năm 2015 của Chính phủ quy định chi tiết",
        ["37/2015/NĐ-CP||2015-04-22|Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/thi-hanh-an/dac-xa.md",
            "line": 731,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Nghị định số 76/2008/NĐ-CP ngày 04 tháng 7 năm 2008 của Chính phủ quy định chi tiết một số điều của Luật Đặc xá năm 2007 hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.",
        ["76/2008/NĐ-CP||2008-07-04|Chính phủ||repeals|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/dau-tu/nghi-dinh-193-2026-nd-cp-quyet-toan-von-dau-tu-du-an.md",
            "line": 60,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Căn cứ Luật Quản lý nợ công số 20/2017/QH14 được sửa đổi, bổ sung bởi Luật số 90/2025/QH15 và Luật số 141/2025/QH15;",
        ["20/2017/QH14|||||amends|", "90/2025/QH15||||||", "141/2025/QH15||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khieu-nai-to-cao/phong-chong-tham-nhung.md",
            "line": 4466,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "đ) Nghị định số 59/2013/NĐ-CP ngày 17 tháng 6 năm 2013 của Chính phủ quy định chi tiết một số điều của Luật Phòng, chống tham nhũng;",
        ["59/2013/NĐ-CP||2013-06-17|Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/dat-dai-dau-tu/nghi-dinh-193-2026-nd-cp-quyet-toan-von-dau-tu.md",
            "line": 70,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Căn cứ Luật Quản lý nợ công số 20/2017/QH14 được sửa đổi, bổ Sung",
        ["20/2017/QH14|||||amends|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-duc/thong-tu-48-2026-tt-bgddt-quy-che-truong-tu-thuc.md",
            "line": 43,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Căn cứ Luật Giáo dục số 43/2019/QH14 được sửa đổi, bổ sung bởi Luật số",
        ["43/2019/QH14|||||amends|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-the-thao-du-lich/hoat-dong-nghe-thuat-bieu-dien.md",
            "line": 1037,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "2. Thông tư số 15/2013/TT-BVHTTDL ngày 24 tháng 12 năm 2013 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Quy chế tổ chức và hoạt động của Hội đồng nghệ thuật trong lĩnh vực nghệ thuật biểu diễn hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.",
        ["15/2013/TT-BVHTTDL||2013-12-24|Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch||repeals|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/giao-duc-dao-tao/nghi-dinh-182-2026-nd-cp-quy-dinh-che-do-phu-cap-uu-dai-doi-voi-nha-giao-can-bo-quan-ly-giao-duc.md",
            "line": 30,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "- Luật Giáo dục số 43/2019/QH14 được sửa đổi, bổ sung bởi Luật số 123/2025/QH15;",
        ["43/2019/QH14|||||amends|", "123/2025/QH15||||||"],
    ),
]

# Batch 3 (issue 16): provincial pages from the stored web-page corpus (queries "thay thế Quyết
# định số QĐ-UBND", "bãi bỏ … hết hiệu lực", "triển khai thực hiện Kế hoạch số"), pages not used
# before; one passage per header line or "Căn cứ" clause, labelled by reading before any run.
PASSAGES += [
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-186-qd-ubnd-ban-hanh-tinh-an-giang-nam-2018-p102743.htm"
        },
        "Số hiệu: 186/QĐ-UBND Loại văn bản: Quyết định",
        ["186/QĐ-UBND||||no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-186-qd-ubnd-ban-hanh-tinh-an-giang-nam-2018-p102743.htm"
        },
        "Căn cứ Nghị quyết số 09-NQ/TU ngày 27 tháng 6 năm 2012 của Ban Chấp hành Đảng bộ tỉnh An Giang về việc phát triển nông nghiệp ứng dụng công nghệ cao tỉnh An Giang giai đoạn 2015-2020;",
        ["09-NQ/TU||2012-06-27|Ban Chấp hành Đảng bộ tỉnh An Giang|||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-186-qd-ubnd-ban-hanh-tinh-an-giang-nam-2018-p102743.htm"
        },
        "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính và Bộ Nông nghiệp và PTNT hướng dẫn chế độ quản lý, sử dụng ngân sách nhà nước cấp đối với hoạt động khuyến nông;",
        ["183/2010/TTLT-BTC-BNN||2010-11-15||odd_separator,joint||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-186-qd-ubnd-ban-hanh-tinh-an-giang-nam-2018-p102743.htm"
        },
        "Căn cứ Quyết định số 2163/QĐ-UBND ngày 29 tháng 11 năm 2012 của UBND tỉnh An Giang về việc ban hành Kế hoạch phát triển nông nghiệp ứng dụng công nghệ cao tỉnh An Giang giai đoạn 2012-2020 và tầm nhìn đến năm 2030;",
        ["2163/QĐ-UBND||2012-11-29|UBND tỉnh An Giang|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-924-qd-ubnd-nam-2016-phe-duyet-quy-hoach-thuy-loi-phuc-vu-nuoi-trong-thuy-san-tren-dia-ban-tinh-tra-vinh-den-nam-2020-va-tam-nhin-den-nam-2030.html"
        },
        "Căn cứ Nghị định số 92/2006/NĐ-CP ngày 07 tháng 9 năm 2006 của Chính phủ về lập, phê duyệt và quản lý quy hoạch tổng thể phát triển kinh tế - xã hội và Nghị định số 04/2008/NĐ-CP ngày 11 tháng 01 năm 2008 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 92/2006/NĐ-CP ngày 07 tháng 9 năm 2006 của Chính phủ về lập, phê duyệt và quản lý quy hoạch tổng thể phát triển kinh tế - xã hội;",
        [
            "92/2006/NĐ-CP||2006-09-07|Chính phủ|||",
            "04/2008/NĐ-CP||2008-01-11|Chính phủ|||",
            "92/2006/NĐ-CP||2006-09-07|Chính phủ||amends|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-924-qd-ubnd-nam-2016-phe-duyet-quy-hoach-thuy-loi-phuc-vu-nuoi-trong-thuy-san-tren-dia-ban-tinh-tra-vinh-den-nam-2020-va-tam-nhin-den-nam-2030.html"
        },
        "Căn cứ Nghị quyết số 109/NQ-CP ngày 20 tháng 9 năm 2013 của Chính phủ về quy hoạch sử dụng đất đến năm 2020 và kế hoạch sử dụng đất 5 năm kỳ đầu (2011 - 2015) của tỉnh Trà Vinh;",
        ["109/NQ-CP||2013-09-20|Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-924-qd-ubnd-nam-2016-phe-duyet-quy-hoach-thuy-loi-phuc-vu-nuoi-trong-thuy-san-tren-dia-ban-tinh-tra-vinh-den-nam-2020-va-tam-nhin-den-nam-2030.html"
        },
        "Căn cứ Quyết định số 1397/QĐ-TTg ngày 25 tháng 9 năm 2012 của Thủ tướng Chính phủ phê duyệt Quy hoạch thủy lợi Đồng bằng sông Cửu Long giai đoạn 2012 - 2020 và định hướng đến 2050 trong điều kiện biến đổi khí hậu và nước biển dâng;",
        ["1397/QĐ-TTg||2012-09-25|Thủ tướng Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-60-2023-qd-ubnd-quy-dinh-ve-phan-cap-cho-uy-ban-nhan-dan-thanh-pho-thu-duc-va-cac-quan-huyen-ve-quan-ly-chat-thai-ran-sinh-hoat-do-thanh-pho-ho-chi-minh-ban-hanh.html"
        },
        "- 9Nghị định 154/2020/NĐ-CP sửa đổi Nghị định 34/2016/NĐ-CP hướng dẫn Luật Ban hành văn bản quy phạm pháp luật",
        ["154/2020/NĐ-CP||||glued,no_so||", "34/2016/NĐ-CP||||no_so|amends|"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-60-2023-qd-ubnd-quy-dinh-ve-phan-cap-cho-uy-ban-nhan-dan-thanh-pho-thu-duc-va-cac-quan-huyen-ve-quan-ly-chat-thai-ran-sinh-hoat-do-thanh-pho-ho-chi-minh-ban-hanh.html"
        },
        "- 11Thông tư 02/2022/TT-BTNMT hướng dẫn Luật Bảo vệ môi trường do Bộ trưởng Bộ Tài nguyên và Môi trường ban hành",
        ["02/2022/TT-BTNMT||||glued,no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-60-2023-qd-ubnd-quy-dinh-ve-phan-cap-cho-uy-ban-nhan-dan-thanh-pho-thu-duc-va-cac-quan-huyen-ve-quan-ly-chat-thai-ran-sinh-hoat-do-thanh-pho-ho-chi-minh-ban-hanh.html"
        },
        "Số: 60/2023/QĐ-UBND | Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm",
        ["60/2023/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/quyet-dinh-60-2023-qd-ubnd-quy-dinh-ve-phan-cap-cho-uy-ban-nhan-dan-thanh-pho-thu-duc-va-cac-quan-huyen-ve-quan-ly-chat-thai-ran-sinh-hoat-do-thanh-pho-ho-chi-minh-ban-hanh.html"
        },
        "- 2Quyết định 40/2019/QĐ-UBND quy định về phân cấp cho các Sở và Ủy ban nhân dân quận - huyện quản lý, khai thác các tuyến sông, kênh, rạch trên địa bàn thành phố Hồ Chí Minh",
        ["40/2019/QĐ-UBND||||glued,no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-2096-qd-ubnd-ban-hanh-tinh-phu-yen-nam-2014-p184286.htm"
        },
        "Căn cứ các Nghị định của Chính phủ: số 92/2006/NĐ-CP ngày 07/9/2006 về lập, phê duyệt, quản lý quy hoạch tổng thể kinh tế-xã hội; số 04/2008/NĐ-CP ngày 11/01/2008 về sửa đổi, bổ sung một số điều của Nghị định 92/2006/NĐ-CP ;",
        [
            "92/2006/NĐ-CP||2006-09-07||||",
            "04/2008/NĐ-CP||2008-01-11||||",
            "92/2006/NĐ-CP|||||amends|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://phapluatcongdong.vn/van-ban/quyet-dinh-2096-qd-ubnd-ban-hanh-tinh-phu-yen-nam-2014-p184286.htm"
        },
        "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 2194/QĐ-TTg ngày 25/12/2009 về việc phê duyệt Đề án phát triển giống cây nông, lâm nghiệp, giống vật nuôi và giống thủy sản đến năm 2020; số 57/QĐ-TTg ngày 09/01/2012 phê duyệt Kế hoạch bảo vệ và phát triển rừng giai đoạn 2011-2020; số 147/2007/QĐ- TTg ngày 10/9/2007 về một số chính sách phát triển rừng sản xuất giai đoạn 2007-2015; số 122/2008/QĐ-TTg ngày 29/8/200",
        [
            "2194/QĐ-TTg||2009-12-25||||",
            "57/QĐ-TTg||2012-01-09||||",
            "147/2007/QĐ-TTg||2007-09-10||spaced||",
            "122/2008/QĐ-TTg||||||",
        ],
    ),
    (
        "provincial",
        {
            "url": "http://backup.baothainguyen.vn/van-ban/quyet-dinh-so-152014qdubnd-ban-hanh-quy-dinh-quan-ly-su-dung-va-thanh-quyet-toan-kinh-phi-bao-dam-trat-tu-an-toan-giao-thong-do-ngan-sach-nha-nuoc-cap-tren-dia-ban-tinh-thai-nguyen_47185.html"
        },
        "Loại văn bản : Quyết định Số hiệu : 15/2014/QÐ-UBND",
        ["15/2014/QĐ-UBND||||ocr,no_so||"],
    ),
    (
        "provincial",
        {
            "url": "http://backup.baothainguyen.vn/van-ban/quyet-dinh-so-152014qdubnd-ban-hanh-quy-dinh-quan-ly-su-dung-va-thanh-quyet-toan-kinh-phi-bao-dam-trat-tu-an-toan-giao-thong-do-ngan-sach-nha-nuoc-cap-tren-dia-ban-tinh-thai-nguyen_47185.html"
        },
        "Số:15 /2014/QĐ-UBND",
        ["15/2014/QĐ-UBND||||spaced||"],
    ),
    (
        "provincial",
        {
            "url": "http://backup.baothainguyen.vn/van-ban/quyet-dinh-so-152014qdubnd-ban-hanh-quy-dinh-quan-ly-su-dung-va-thanh-quyet-toan-kinh-phi-bao-dam-trat-tu-an-toan-giao-thong-do-ngan-sach-nha-nuoc-cap-tren-dia-ban-tinh-thai-nguyen_47185.html"
        },
        "Căn cứ Nghị định số 60/2003/NĐ-CP ngày 6/6/2003 của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Ngân sách nhà nước;",
        ["60/2003/NĐ-CP||2003-06-06|Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "http://backup.baothainguyen.vn/van-ban/quyet-dinh-so-152014qdubnd-ban-hanh-quy-dinh-quan-ly-su-dung-va-thanh-quyet-toan-kinh-phi-bao-dam-trat-tu-an-toan-giao-thong-do-ngan-sach-nha-nuoc-cap-tren-dia-ban-tinh-thai-nguyen_47185.html"
        },
        "Căn cứ Thông tư số 137/2013/TT-BTC ngày 07/10/2013 của Bộ Tài chính Hướng dẫn quản lý, sử dụng và thanh toán, quyết toán kinh phí bảo đảm trật tự an toàn giao thông do ngân sách nhà nước cấp;",
        ["137/2013/TT-BTC||2013-10-07|Bộ Tài chính|||"],
    ),
    (
        "provincial",
        {
            "url": "http://backup.baothainguyen.vn/van-ban/quyet-dinh-so-152014qdubnd-ban-hanh-quy-dinh-quan-ly-su-dung-va-thanh-quyet-toan-kinh-phi-bao-dam-trat-tu-an-toan-giao-thong-do-ngan-sach-nha-nuoc-cap-tren-dia-ban-tinh-thai-nguyen_47185.html"
        },
        "Xét đề nghị của Sở Tài chính tại Tờ trình số 1044/TT-STC ngày 29/5/2014, Công văn số 228/STP-XDVB  ngày 22/5/2014 của Sở Tư pháp,",
        ["1044/TT-STC|Tờ trình|2014-05-29||rare_type||", "228/STP-XDVB||2014-05-22|Sở Tư pháp|||"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/ke-hoach-594-kh-ubnd-a1d64a64c9eb66003d6aad4bf339b5d0.html"
        },
        "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM VÀ KẾ HOẠCH 5 NĂM (2021 - 2025) THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG",
        ["19/CT-TTg||2021-07-16|THỦ TƯỚNG CHÍNH PHỦ|uppercase_prose|implements|"],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/ke-hoach-594-kh-ubnd-a1d64a64c9eb66003d6aad4bf339b5d0.html"
        },
        "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm (2021 - 2025) theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch tổ chức thực hiện như sau:",
        [
            "19/CT-TTg||2021-07-16|Thủ tướng Chính phủ||implements|",
            "16/KH-HĐTĐKT||2021-08-31|Hội đồng Thi đua - Khen thưởng Trung ương||implements|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://ls1.hethongphapluat.com/ke-hoach-594-kh-ubnd-a1d64a64c9eb66003d6aad4bf339b5d0.html"
        },
        "- Thực hiện tốt Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm (2021 - 2025) theo Nghị quyết Đại hội đại biu toàn quc lần thứ XIII của Đảng (sau đây gọi tt là số 19/CT-TTg); tạo sự chuyển biến m",
        ["19/CT-TTg||2021-07-16|Thủ tướng Chính phủ||implements|", "19/CT-TTg||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-25-qd-ubnd-nam-2022-cong-bo-danh-muc-thu-tuc-hanh-chinh-nam-2021-duoc-chuan-hoa-thuoc-tham-quyen-giai-quyet-cua-so-tai-chinh-tren-dia-ban-tinh-bac-lieu.html"
        },
        "- 3Nghị định 92/2017/NĐ-CP về sửa đổi Nghị định liên quan đến kiểm soát thủ tục hành chính",
        ["92/2017/NĐ-CP||||glued,no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-25-qd-ubnd-nam-2022-cong-bo-danh-muc-thu-tuc-hanh-chinh-nam-2021-duoc-chuan-hoa-thuoc-tham-quyen-giai-quyet-cua-so-tai-chinh-tren-dia-ban-tinh-bac-lieu.html"
        },
        "- 5Thông tư 01/2018/TT-VPCP hướng dẫn Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính do Văn phòng Chính phủ ban hành",
        ["01/2018/TT-VPCP||||glued,no_so||", "61/2018/NĐ-CP||||no_so|guides|"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-25-qd-ubnd-nam-2022-cong-bo-danh-muc-thu-tuc-hanh-chinh-nam-2021-duoc-chuan-hoa-thuoc-tham-quyen-giai-quyet-cua-so-tai-chinh-tren-dia-ban-tinh-bac-lieu.html"
        },
        "Căn cứ Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;",
        ["92/2017/NĐ-CP||2017-08-07|Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-25-qd-ubnd-nam-2022-cong-bo-danh-muc-thu-tuc-hanh-chinh-nam-2021-duoc-chuan-hoa-thuoc-tham-quyen-giai-quyet-cua-so-tai-chinh-tren-dia-ban-tinh-bac-lieu.html"
        },
        "Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn nghiệp vụ về kiểm soát thủ tục hành chính;",
        ["02/2017/TT-VPCP||2017-10-31|Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-25-qd-ubnd-nam-2022-cong-bo-danh-muc-thu-tuc-hanh-chinh-nam-2021-duoc-chuan-hoa-thuoc-tham-quyen-giai-quyet-cua-so-tai-chinh-tren-dia-ban-tinh-bac-lieu.html"
        },
        "Số: 25/QĐ-UBND | Bạc Liêu, ngày 10 tháng 01 năm 2022 |",
        ["25/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/quyet-dinh-14-2014-qd-ubnd-ve-trach-nhiem-quan-ly-nha-nuoc-ve-chat-luong-cong-trinh-xay-dung-tren-dia-ban-tinh-long-an.aspx"
        },
        "Căn cứ Nghị định số 15/2013/NĐ-CP ngày 06/02/2013 của Chính phủ về quản lý chất lượng công trình xây dựng;",
        ["15/2013/NĐ-CP||2013-02-06|Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/quyet-dinh-14-2014-qd-ubnd-ve-trach-nhiem-quan-ly-nha-nuoc-ve-chat-luong-cong-trinh-xay-dung-tren-dia-ban-tinh-long-an.aspx"
        },
        "Căn cứ Thông tư số 10/2013/TT-BXD ngày 25/7/2013 của Bộ Xây dựng về hướng dẫn một số nội dung về quản lý chấtlượng công trình xây dựng;",
        ["10/2013/TT-BXD||2013-07-25|Bộ Xây dựng|||"],
    ),
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/quyet-dinh-14-2014-qd-ubnd-ve-trach-nhiem-quan-ly-nha-nuoc-ve-chat-luong-cong-trinh-xay-dung-tren-dia-ban-tinh-long-an.aspx"
        },
        "Theo đề nghị của Sở Xây dựng tạiTờ trình số 350/TTr-SXD ngày 21/02/2014 về việc ban hành Quy định trách nhiệmquản lý nhà nước về chất lượng công trình xây dựng trên địa bàn tỉnh Long An,",
        ["350/TTr-SXD||2014-02-21||glued,rare_type||"],
    ),
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/quyet-dinh-14-2014-qd-ubnd-ve-trach-nhiem-quan-ly-nha-nuoc-ve-chat-luong-cong-trinh-xay-dung-tren-dia-ban-tinh-long-an.aspx"
        },
        "Quyết định này có hiệu lực thi hànhsau 10 (mười) ngày kể từ ngày ký ban hành và thay thế Quyết định số 44/2010/QĐ-UBND ngày 28/10/2010 của UBND tỉnh Long An về việc ban hành Quy địnhtrách nhiệm quản lý nhà nước về chất lượng",
        ["44/2010/QĐ-UBND||2010-10-28|UBND tỉnh Long An||replaces|"],
    ),
    (
        "provincial",
        {
            "url": "https://caselaw.vn/van-ban-phap-luat/237660-quyet-dinh-so-14-2001-qd-ub-ngay-16-03-2001-ve-phan-cap-uy-quyen-nhiem-vu-chi-dau-tu-xay-dung-co-ban-quan-ly-dau-tu-va-xay-dung-phe-duyet-cac-noi-dung-co-ban-cua-qua-trinh-dau-thau-tren-dia-ban-tinh-lam-dong-van-ban-het-hieu-luc"
        },
        "Quyết định số 14/2001/QĐ-UB ngày 16/03/2001 Về phân cấp, ủy quyền nhiệm vụ chi đầu tư xây dựng cơ bản; quản lý đầu tư và xây dựng; phê duyệt các nội dung cơ bản của quá trình đấu thầu trên địa bàn tỉnh Lâm Đồng (Văn bản hết hiệu lực)",
        ["14/2001/QĐ-UB||2001-03-16||||"],
    ),
    (
        "provincial",
        {
            "url": "https://caselaw.vn/van-ban-phap-luat/237660-quyet-dinh-so-14-2001-qd-ub-ngay-16-03-2001-ve-phan-cap-uy-quyen-nhiem-vu-chi-dau-tu-xay-dung-co-ban-quan-ly-dau-tu-va-xay-dung-phe-duyet-cac-noi-dung-co-ban-cua-qua-trinh-dau-thau-tren-dia-ban-tinh-lam-dong-van-ban-het-hieu-luc"
        },
        "- Căn cứ Quy chế Quản lý đầu tư và xây dựng ban hành kèm theo Nghị định số 52/1999/NĐ-CP ngày 08/7/1999 và Nghị định số 12/2000/NĐ-CP ngày 05/5/2000 của Chính phủ;",
        ["52/1999/NĐ-CP||1999-07-08|Chính phủ|||", "12/2000/NĐ-CP||2000-05-05|Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://caselaw.vn/van-ban-phap-luat/237660-quyet-dinh-so-14-2001-qd-ub-ngay-16-03-2001-ve-phan-cap-uy-quyen-nhiem-vu-chi-dau-tu-xay-dung-co-ban-quan-ly-dau-tu-va-xay-dung-phe-duyet-cac-noi-dung-co-ban-cua-qua-trinh-dau-thau-tren-dia-ban-tinh-lam-dong-van-ban-het-hieu-luc"
        },
        "- Số hiệu văn bản: 14/2001/QĐ-UB",
        ["14/2001/QĐ-UB||||no_so||"],
    ),
    (
        "news",
        {
            "url": "http://ipckontum.gov.vn/hop-tac-phat-trien/UBND-tinh-ban-hanh-Quyet-dinh-so-192023QDUBND-ve-viec-bai-bo-mot-so-van-ban-quy-pham-phap-luat-do-UBND-tinh-ban-hanh-4822"
        },
        "Ngày 24/4/2023, UBND tỉnh ban hành Quyết định số 19/2023/QĐ-UBND về việc bãi bỏ một số văn bản quy phạm pháp luật do UBND tỉnh ban hành.",
        ["19/2023/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {"url": "https://vbpl.vn/gialai/Pages/vbpq-lichsu.aspx?ItemID=68506&dvid=247"},
        "Lịch sử hiệu lực: Quyết định 90/2007/QĐ-UBND",
        ["90/2007/QĐ-UBND||||no_so||"],
    ),
    (
        "provincial",
        {"url": "https://vbpl.vn/gialai/Pages/vbpq-lichsu.aspx?ItemID=68506&dvid=247"},
        "25/10/2008 Được bổ sung 58/2008/QĐ-UBND Xem tại đây",
        ["58/2008/QĐ-UBND||||no_so||"],
    ),
    (
        "provincial",
        {"url": "https://vbpl.vn/gialai/Pages/vbpq-lichsu.aspx?ItemID=68506&dvid=247"},
        "23/07/2011 Bị thay thế 18/2011/QĐ-UBND",
        ["18/2011/QĐ-UBND||||no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://dulichvinhphuc.gov.vn/tin-tuc-su-kien/ke-hoach-to-chuc-ky-niem-90-nam-ngay-thanh-lap-dang-cong-san-viet-nam-321930-a-322020-70-nam-ngay-thanh-lap-tinh-vinh-phuc-1221950-a-1222020/"
        },
        "Căn cứ Thông báo số 1929-TB/TU ngày 31/10/2019 của Ban Thường vụ Tỉnh ủy về tổ chức kỷ niệm các ngày lễ lớn trong năm 2019- 2020;",
        ["1929-TB/TU||2019-10-31|Ban Thường vụ Tỉnh ủy|rare_type||"],
    ),
    (
        "provincial",
        {
            "url": "https://dulichvinhphuc.gov.vn/tin-tuc-su-kien/ke-hoach-to-chuc-ky-niem-90-nam-ngay-thanh-lap-dang-cong-san-viet-nam-321930-a-322020-70-nam-ngay-thanh-lap-tinh-vinh-phuc-1221950-a-1222020/"
        },
        "Căn cứ Kế hoạch số 103/KH-UBND, ngày 18/6/2019 của UBND tỉnh về việc tổ chức các hoạt động kỷ niệm 90 năm ngày thành lập Đảng Cộng sản Việt Nam và 70 năm ngày thành lập tỉnh Vĩnh Phúc;",
        ["103/KH-UBND||2019-06-18|UBND tỉnh|||"],
    ),
]

# Batch 4 (issue 16): more provincial pages (queries "sửa đổi, bổ sung một số điều của Quy định
# ban hành kèm theo Quyết định số"), not used before, labelled by reading before any run.
PASSAGES += [
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-33-2009-QD-UBND-quan-ly-va-khai-thac-mang-tin-hoc-dien-rong-105414.aspx"
        },
        "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng công\nnghệ thông tin trong hoạt động của cơ quan Nhà nước;",
        ["64/2007/NĐ-CP||2007-04-10|Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-33-2009-QD-UBND-quan-ly-va-khai-thac-mang-tin-hoc-dien-rong-105414.aspx"
        },
        "Quyết định này có hiệu lực thi hành sau 10 ngày kể từ\nngày ký và thay thế Quyết định số 01/1999/QĐ.UB ngày 15/01/1999 của Ủy ban nhân\ndân tỉnh Tiền Giang về ban hành Quy định tạm thời về quản lý, khai thác bảo vệ\nmạng diện rộng (WAN) của Ủy ban nhân dân tỉnh.",
        [
            "01/1999/QĐ-UB||1999-01-15|Ủy ban nhân dân tỉnh Tiền Giang|odd_separator,line_break|replaces|"
        ],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-33-2009-QD-UBND-quan-ly-va-khai-thac-mang-tin-hoc-dien-rong-105414.aspx"
        },
        "Số:\n33/2009/QĐ-UBND",
        ["33/2009/QĐ-UBND||||line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/nghi-quyet-178-nq-hdnd-nam-2021-ve-du-toan-thu-ngan-sach-nha-nuoc-tren-dia-ban-thu-chi-ngan-sach-dia-phuong-nam-2022-tinh-thanh-hoa.html"
        },
        "Số: 178/NQ-HĐND",
        ["178/NQ-HĐND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/nghi-quyet-178-nq-hdnd-nam-2021-ve-du-toan-thu-ngan-sach-nha-nuoc-tren-dia-ban-thu-chi-ngan-sach-dia-phuong-nam-2022-tinh-thanh-hoa.html"
        },
        "Căn cứ Quyết định số 1379/QĐ-TTg ngày 02 tháng 8 năm 2021 của Thủ tướng Chính phủ về việc bổ sung kinh phí thường xuyên thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2021;",
        ["1379/QĐ-TTg||2021-08-02|Thủ tướng Chính phủ|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/nghi-quyet-178-nq-hdnd-nam-2021-ve-du-toan-thu-ngan-sach-nha-nuoc-tren-dia-ban-thu-chi-ngan-sach-dia-phuong-nam-2022-tinh-thanh-hoa.html"
        },
        "Căn cứ Quyết định số 2297/QĐ-BTC ngày 07 tháng 12 năm 2021 của Bộ Tài chính về việc giao dự toán thu, chi ngân sách nhà nước năm 2022;",
        ["2297/QĐ-BTC||2021-12-07|Bộ Tài chính|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/ke-hoach-23-kh-ubnd-ra-soat-danh-gia-thu-tuc-hanh-chinh-nam-2024-tren-dia-ban-tinh-quang-ngai.html"
        },
        "- 3Nghị định 48/2013/NĐ-CP sửa đổi Nghị định liên quan đến kiểm soát thủ tục hành chính",
        ["48/2013/NĐ-CP||||glued,no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/ke-hoach-23-kh-ubnd-ra-soat-danh-gia-thu-tuc-hanh-chinh-nam-2024-tren-dia-ban-tinh-quang-ngai.html"
        },
        "- 4Quyết định 28/2014/QĐ-UBND mức chi thực hiện hoạt động kiểm soát thủ tục hành chính trên địa bàn tỉnh Quảng Ngãi",
        ["28/2014/QĐ-UBND||||glued,no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/ke-hoach-23-kh-ubnd-ra-soat-danh-gia-thu-tuc-hanh-chinh-nam-2024-tren-dia-ban-tinh-quang-ngai.html"
        },
        "- 7Quyết định 92/QĐ-UBND Kế hoạch hành động thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh của tỉnh Quảng Ngãi năm 2024",
        ["92/QĐ-UBND||||glued,no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/ke-hoach-23-kh-ubnd-ra-soat-danh-gia-thu-tuc-hanh-chinh-nam-2024-tren-dia-ban-tinh-quang-ngai.html"
        },
        "Thực hiện quy định của Chính phủ tại Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính; Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính; Quyết đ",
        [
            "63/2010/NĐ-CP||2010-06-08|||implements|",
            "48/2013/NĐ-CP||2013-05-14|||implements|",
            "92/2017/NĐ-CP||2017-08-07|Chính phủ||implements|",
            "02/2017/TT-VPCP||2017-10-31|Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ||implements|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/ke-hoach-23-kh-ubnd-ra-soat-danh-gia-thu-tuc-hanh-chinh-nam-2024-tren-dia-ban-tinh-quang-ngai.html"
        },
        "Số: 23/KH-UBND | Quảng Ngãi, ngày 31 tháng 01 năm 2024 |",
        ["23/KH-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-18-2025-NQ-HDND-sua-doi-Nghi-quyet-64-2017-NQ-HDND-29-2024-NQ-HDND-Thanh-Hoa-670329.html"
        },
        "Nghị quyết 18/2025/NQ-HĐND sửa đổi nội dung tại Điều 1 Nghị quyết 64/2017/NQ-HĐND quy định chế độ công tác phí, chế độ chi tổ chức hội nghị đối với các cơ quan nhà nước và đơn vị sự nghiệp công lập tỉnh Thanh Hóa đã được sửa đổi tại Điều 1 Nghị quyết 29/2024/NQ-HĐND",
        [
            "18/2025/NQ-HĐND||||no_so||",
            "64/2017/NQ-HĐND||||no_so|amends|1",
            "29/2024/NQ-HĐND||||no_so||1",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-18-2025-NQ-HDND-sua-doi-Nghi-quyet-64-2017-NQ-HDND-29-2024-NQ-HDND-Thanh-Hoa-670329.html"
        },
        "Số hiệu | 18/2025/NQ-HĐND |",
        ["18/2025/NQ-HĐND||||no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-18-2025-NQ-HDND-sua-doi-Nghi-quyet-64-2017-NQ-HDND-29-2024-NQ-HDND-Thanh-Hoa-670329.html"
        },
        "Căn cứ các Nghị định của Chính phủ: Số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật; số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện ph",
        [
            "78/2025/NĐ-CP||2025-04-01||||",
            "187/2025/NĐ-CP||2025-07-01||||",
            "78/2025/NĐ-CP||2025-04-01|Chính phủ||amends|",
        ],
    ),
    (
        "news",
        {
            "url": "http://thpthuongkhe.hatinh.edu.vn/van-ban-cong-van/thong-bao-pho-bien/quy-che-3-cong-khai-theo-tt36-2017-thay-the-tt09-2009.html"
        },
        "Quy chế 3 công khai theo TT36/2017 thay thế TT09/2009",
        [],
    ),
]


# Batch 5 (issue 16, second pass): a fresh held-out portion. Pages of the stored web-page corpus
# not used before (queries "Kế hoạch số KH-UBND cải cách hành chính", "Hướng dẫn số HD/BTGTU",
# "Chương trình hành động số CTHĐ/TU", "Công điện số CĐ-UBND", "Quy định số QĐi/TW", "Hội Nông
# dân tỉnh kế hoạch số", "Quyết định bãi bỏ Quyết định số QĐ-UBND", "Sở Nội vụ văn bản số
# SNV-CCHC"), one passage per line, sentence or "Căn cứ" clause as found (line breaks kept).
# Labelled by reading, committed before the extractor was run on them. The whole batch is held
# out (``heldout.jsonl``), whatever the hash of its source: nobody tunes on it.
HELDOUT = [
    # portal list whose item numbers are glued to the type word (Hồ Chí Minh City, Sở KH&ĐT)
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/ke-hoach-667-kh-skhdt-thuc-hien-cong-tac-cai-cach-hanh-chinh-nam-2022-do-so-ke-hoach-va-dau-tu-thanh-pho-ho-chi-minh-ban-hanh.html"
        },
        "- 2Nghị định 107/2020/NĐ-CP sửa đổi Nghị định 24/2014/NĐ-CP quy định về tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
        ["107/2020/NĐ-CP||||glued,no_so||", "24/2014/NĐ-CP||||no_so|amends|"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/ke-hoach-667-kh-skhdt-thuc-hien-cong-tac-cai-cach-hanh-chinh-nam-2022-do-so-ke-hoach-va-dau-tu-thanh-pho-ho-chi-minh-ban-hanh.html"
        },
        "- 6Thông tư 01/2018/TT-VPCP hướng dẫn Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính do Văn phòng Chính phủ ban hành",
        ["01/2018/TT-VPCP||||glued,no_so||", "61/2018/NĐ-CP||||no_so|guides|"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/ke-hoach-667-kh-skhdt-thuc-hien-cong-tac-cai-cach-hanh-chinh-nam-2022-do-so-ke-hoach-va-dau-tu-thanh-pho-ho-chi-minh-ban-hanh.html"
        },
        "- 9Nghị định 143/2020/NĐ-CP sửa đổi Nghị định 108/2014/NĐ-CP về chính sách tinh giản biên chế và Nghị định 113/2018/NĐ-CP sửa đổi Nghị định 108/2014/NĐ-CP về chính sách tinh giản biên chế",
        [
            "143/2020/NĐ-CP||||glued,no_so||",
            "108/2014/NĐ-CP||||no_so|amends|",
            "113/2018/NĐ-CP||||no_so||",
            "108/2014/NĐ-CP||||no_so||",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/ke-hoach-667-kh-skhdt-thuc-hien-cong-tac-cai-cach-hanh-chinh-nam-2022-do-so-ke-hoach-va-dau-tu-thanh-pho-ho-chi-minh-ban-hanh.html"
        },
        "- 10Nghị quyết 99/NQ-CP năm 2020 về đẩy mạnh phân cấp quản lý nhà nước theo ngành, lĩnh vực do Chính phủ ban hành",
        ["99/NQ-CP||||glued,no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/ke-hoach-667-kh-skhdt-thuc-hien-cong-tac-cai-cach-hanh-chinh-nam-2022-do-so-ke-hoach-va-dau-tu-thanh-pho-ho-chi-minh-ban-hanh.html"
        },
        "- 11Quyết định 25/2020/QĐ-UBND quy định về tổ chức đánh giá việc giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông trên địa bàn thành phố Hồ Chí Minh",
        ["25/2020/QĐ-UBND||||glued,no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/ke-hoach-667-kh-skhdt-thuc-hien-cong-tac-cai-cach-hanh-chinh-nam-2022-do-so-ke-hoach-va-dau-tu-thanh-pho-ho-chi-minh-ban-hanh.html"
        },
        "- 12Nghị quyết 131/2020/QH14 về tổ chức chính quyền đô thị",
        ["131/2020/QH14|Nghị quyết|||glued,no_so||"],
    ),
    # Party programme of action (news portal)
    (
        "party",
        {
            "url": "https://lite.baomoi.com/chuong-trinh-hanh-dong-cua-ban-thuong-vu-tinh-uy-thuc-hien-nghi-quyet-so-57-c51591121.epi"
        },
        "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.",
        ["57-NQ/TW||2024-12-22|Bộ Chính trị||implements|"],
    ),
    (
        "party",
        {
            "url": "https://lite.baomoi.com/chuong-trinh-hanh-dong-cua-ban-thuong-vu-tinh-uy-thuc-hien-nghi-quyet-so-57-c51591121.epi"
        },
        "3. Việc quán triệt, tuyên truyền, triển khai thực hiện Nghị quyết số 57-NQ/TW và Chương trình hành động của Ban Thường vụ Tỉnh ủy phải được tiến hành đồng bộ, nghiêm túc",
        ["57-NQ/TW|||||implements|"],
    ),
    (
        "party",
        {"url": "https://kontum.gov.vn/VanBan/Details/13710"},
        'Chương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng "về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới".',
        ["45-NQ/TW||2023-11-24|Ban Chấp hành Trung ương Đảng||implements|"],
    ),
    # provincial decision (Quảng Ninh)
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-757-qd-ubnd-nam-2014-ve-quy-che-hoat-dong-cua-to-cong-tac-thuc-hien-ke-hoach-nang-cao-chi-so-nang-luc-canh-tranh-pci-tinh-quang-ninh.html"
        },
        "Số: 757/QĐ-UBND | Quảng Ninh, ngày 21 tháng 04 năm 2014 |",
        ["757/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-757-qd-ubnd-nam-2014-ve-quy-che-hoat-dong-cua-to-cong-tac-thuc-hien-ke-hoach-nang-cao-chi-so-nang-luc-canh-tranh-pci-tinh-quang-ninh.html"
        },
        "Căn cứ Kế hoạch số 4542/KH-UBND ngày 27/8/2013 của Ủy ban nhân dân tỉnh Quảng Ninh về nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2013 và các năm tiếp theo của tỉnh Quảng Ninh;",
        ["4542/KH-UBND||2013-08-27|Ủy ban nhân dân tỉnh Quảng Ninh|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-757-qd-ubnd-nam-2014-ve-quy-che-hoat-dong-cua-to-cong-tac-thuc-hien-ke-hoach-nang-cao-chi-so-nang-luc-canh-tranh-pci-tinh-quang-ninh.html"
        },
        "Căn cứ Quyết định số 3098/QĐ-UBND ngày 11/11/2013 của Ủy ban nhân dân tỉnh Quảng Ninh về việc thành lập Tổ công tác triển khai Kế hoạch nâng cao chỉ số năng lực cạnh tranh tỉnh Quảng Ninh;",
        ["3098/QĐ-UBND||2013-11-11|Ủy ban nhân dân tỉnh Quảng Ninh|||"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.vn/quyet-dinh-757-qd-ubnd-nam-2014-ve-quy-che-hoat-dong-cua-to-cong-tac-thuc-hien-ke-hoach-nang-cao-chi-so-nang-luc-canh-tranh-pci-tinh-quang-ninh.html"
        },
        "Xét đề nghị của Ban Xúc tiến và Hỗ trợ đầu tư tại Văn bản số 161/BXTĐT-MC ngày 11/3/2014,",
        ["161/BXTĐT-MC|Công văn|2014-03-11||||"],
    ),
    # công điện (Party and State)
    (
        "party",
        {"url": "https://covid19.thanhhoa.gov.vn/NewsDetail.aspx?Id=6668"},
        "Ban Thường vụ Tỉnh ủy vừa ban hành công điện số 07-CĐ/TU về tăng cường lãnh đạo, chỉ đạo triển khai quyết liệt các biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh.",
        ["07-CĐ/TU|Công điện|||rare_type,lowercase_type||"],
    ),
    (
        "news",
        {
            "url": "https://truyenhinhnghean.vn/xa-hoi/201807/cong-dien-khan-cua-chu-tich-ubnd-tinh-truoc-tinh-hinh-mua-lu-dien-bien-phuc-tap-729258"
        },
        "Vào lúc 10h00 ngày 21/7, Chủ tịch UBND tỉnh Nghệ An vừa có công điện khẩn số 12/CĐ.UBND về khắc phục hậu quả cơ bão số 3 và chủ động ứng phó mưa lũ trước dự báo tình hình mưa lũ còn diễn biếnphức tạp trong những ngày tới",
        ["12/CĐ-UBND|Công điện|||odd_separator,rare_type,lowercase_type||"],
    ),
    (
        "news",
        {
            "url": "https://baohagiang.vn/kinh-te/201905/cong-dien-ve-viec-trien-khai-cap-bach-cac-bien-phap-chong-benh-dich-ta-lon-chau-phi-745350"
        },
        "BHG - Ngày 23.5, Chủ tịch UBND tỉnh đã có Công điện số 1543/CĐ-CTUBND về việc triển khai cấp bách các biện pháp chống bệnh dịch tả lợn châu Phi.",
        ["1543/CĐ-CTUBND||||rare_type||"],
    ),
    (
        "news",
        {"url": "https://baotayninh.vn/thoi-su-chinh-tri/tay-ninh/?p=4&d="},
        'Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc phát động Phong trào thi đua "Toàn dân tham gia phòng, chống dịch Covid-19" gắn với thực hiện các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho phát triển kinh tế',
        ["03/CT-UBND|||Chủ tịch UBND tỉnh|||"],
    ),
    (
        "news",
        {"url": "https://phucu.hungyen.gov.vn/portal/pages/print.aspx?p=9034"},
        "Ngày 16/4/2020 Ủy ban nhân dân tỉnh ban hành Chỉ thị số 11/CT-CTUBND về việc tiếp tục thực hiện quyết liệt công tác phòng, chống dịch Covid-19 trên địa bàn tỉnh",
        ["11/CT-CTUBND||||||"],
    ),
    # provincial plan (Lạng Sơn)
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/ke-hoach-07-kh-ubnd-2020-giai-phap-phong-chong-han-han-thieu-nuoc-san-xuat-nong-nghiep-lang-son-439614.html"
        },
        "Số: 07/KH-UBND\n|\nLạng Sơn, ngày 13\ntháng 01 năm 2020",
        ["07/KH-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/ke-hoach-07-kh-ubnd-2020-giai-phap-phong-chong-han-han-thieu-nuoc-san-xuat-nong-nghiep-lang-son-439614.html"
        },
        "Thực hiện Chỉ\nthị số 8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển\nnông thôn về việc tăng cường thực hiện các giải pháp thủy lợi phòng, chống hạn\nhán, thiếu nước phục vụ sản xuất nông nghiệp và dân sinh, mùa khô năm 2019 -\n2020.",
        [
            "8008/CT-TCTL||2019-10-25|Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn|line_break|implements|"
        ],
    ),
    # provincial decision (Kon Tum)
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/bulletin/document.aspx?bid=3d461a6e-8cde-4ce4-98ed-897461299905&key=D0nSLey1u8TCxd97xR9ltQ%3D%3D"
        },
        "Số:\n06/2024/QĐ-UBND",
        ["06/2024/QĐ-UBND||||line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/bulletin/document.aspx?bid=3d461a6e-8cde-4ce4-98ed-897461299905&key=D0nSLey1u8TCxd97xR9ltQ%3D%3D"
        },
        "Căn cứ Nghị định số\n34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số\nđiều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật; Nghị định\nsố 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một\nsố điều của Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ\nquy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy\nphạm pháp luật;",
        [
            "34/2016/NĐ-CP||2016-05-14|Chính phủ|line_break||",
            "154/2020/NĐ-CP||2020-12-31|Chính phủ|line_break||",
            "34/2016/NĐ-CP||2016-05-14|Chính phủ|line_break|amends|",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/bulletin/document.aspx?bid=3d461a6e-8cde-4ce4-98ed-897461299905&key=D0nSLey1u8TCxd97xR9ltQ%3D%3D"
        },
        "Căn cứ Nghị định số\n09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo\ncáo của cơ quan hành chính nhà nước;",
        ["09/2019/NĐ-CP||2019-01-24|Chính phủ|line_break||"],
    ),
    # provincial decision (Quảng Trị), a scraped page that lost the start of some lines
    (
        "provincial",
        {
            "url": "https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-phuc-vu-muc-tieu-quan-ly-tren-dia-ban-tinh-quang-tri-47183.html"
        },
        "ố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước;",
        ["09/2019/NĐ-CP||2019-01-24|Chính phủ|no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-phuc-vu-muc-tieu-quan-ly-tren-dia-ban-tinh-quang-tri-47183.html"
        },
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019, thay thế Quyết định số 1090/QĐ-UBND ngày 01/6/2015 của UBND tỉnh Quảng Trị về việc ban hành Quy chế thực hiện chế độ báo cáo trong hoạt động của các cơ quan hành chính nhà nước trên địa bàn tỉnh.",
        ["1090/QĐ-UBND||2015-06-01|UBND tỉnh Quảng Trị||replaces|"],
    ),
    (
        "provincial",
        {
            "url": "https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-phuc-vu-muc-tieu-quan-ly-tren-dia-ban-tinh-quang-tri-47183.html"
        },
        "(Ban hành kèm theo Quyết định số 41/2019/QĐ-UBND ngày 22 tháng 10 năm 2019 của Ủy ban nhân dân tỉnh Quảng Trị)",
        ["41/2019/QĐ-UBND||2019-10-22|Ủy ban nhân dân tỉnh Quảng Trị|||"],
    ),
    # a thesis quoting the national CCHC programme
    (
        "news",
        {
            "url": "https://tailieuthamkhao.com/nang-cao-chat-luong-cung-ung-dich-vu-hanh-chinh-cong-tinh-quang-binh-22-75654"
        },
        "Chương trình tổng thể CCHC nhà nước giai đoạn 2001 - 2010 được Chính phủ ban hành ngày 17/9/2001 tại Quyết định số 136/QĐ-TTg đặt ra yêu cầu: “Xây dựng quan niệm đúng đắn về DVC.",
        ["136/QĐ-TTg||||||"],
    ),
    (
        "party",
        {
            "url": "https://baoninhthuan.com.vn/news/89284p1c24/nghi-quyet-cua-ban-chap-hanh-dang-bo-tinh-khoa-xiii-ve-huy-dong-nguon-luc-uu-tien-dau-tu-xay-dung-ket-cau-ha-tang-cap-thiet-giao-thong-thuy-loi-do-thi-giao-duc-y-te-giai-doan-20162020.htm"
        },
        "LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng cấp thiết giao thông, thủy lợi, đô thị, giáo dục, y tế giai đoạn 2016-2020.",
        ["10-NQ/TU||||||"],
    ),
    (
        "party",
        {
            "url": "https://baoninhthuan.com.vn/news/89284p1c24/nghi-quyet-cua-ban-chap-hanh-dang-bo-tinh-khoa-xiii-ve-huy-dong-nguon-luc-uu-tien-dau-tu-xay-dung-ket-cau-ha-tang-cap-thiet-giao-thong-thuy-loi-do-thi-giao-duc-y-te-giai-doan-20162020.htm"
        },
        "Trong giai đoạn 2011-2015, đã huy động trên 10.950 tỷ đồng, tăng gần 2 lần so giai đoạn trước;",
        [],
    ),
    # joint regulation of the UBND and the Fatherland Front (Đắk Lắk)
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-che-01-QCPH-UBND-UBMTTQ-2017-phoi-hop-cong-tac-Uy-ban-Uy-ban-Mat-tran-To-quoc-Dak-Lak-368992.aspx?tab=4"
        },
        "Số: 01/QCPH/UBND-UBMTTQ",
        ["01/QCPH-UBND-UBMTTQ|Quy chế|||odd_separator,joint,rare_type||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-che-01-QCPH-UBND-UBMTTQ-2017-phoi-hop-cong-tac-Uy-ban-Uy-ban-Mat-tran-To-quoc-Dak-Lak-368992.aspx?tab=4"
        },
        "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của\nBộ Chính trị ban hành kèm theo Quy chế Giám sát và phản\nbiện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội;",
        [
            "217-QĐ/TW||2013-12-12|Bộ Chính trị|line_break||",
            "218-QĐ/TW||2013-12-12|Bộ Chính trị|line_break||",
        ],
    ),
    (
        "provincial",
        {
            "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-che-01-QCPH-UBND-UBMTTQ-2017-phoi-hop-cong-tac-Uy-ban-Uy-ban-Mat-tran-To-quoc-Dak-Lak-368992.aspx?tab=4"
        },
        "Căn cứ Nghị quyết Liên tịch số\n19/2008/NQLT/CP-UBTUMTTQVN ngày\n22/8/2008 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về việc\nBan hành Quy chế phối hợp công tác của Chính phủ và Ủy ban Trung ương Mặt trận\nTổ quốc Việt Nam;",
        [
            "19/2008/NQLT-CP-UBTUMTTQVN||2008-08-22|Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam|odd_separator,joint,line_break||"
        ],
    ),
    # provincial decision (Ninh Thuận)
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/quyet-dinh-55-2007-qd-ubnd-ve-ke-hoach-hanh-dong-vi-su-tien-bo-phu-nu-tinh-ninh-thuan-giai-doan-2006---2010.aspx"
        },
        "Số: 55/2007/CT-UBND",
        ["55/2007/CT-UBND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/quyet-dinh-55-2007-qd-ubnd-ve-ke-hoach-hanh-dong-vi-su-tien-bo-phu-nu-tinh-ninh-thuan-giai-doan-2006---2010.aspx"
        },
        "Căn cứ Nghị quyết số 18/2006/NQ-HĐND ngày 18/12/2006 của Hội đồng nhân dân tỉnh về việc phê duyệt Kếhoạch hành động Vì sự tiến bộ phụ nữ tỉnh Ninh Thuận giai đoạn 2006 - 2010;",
        ["18/2006/NQ-HĐND||2006-12-18|Hội đồng nhân dân tỉnh|||"],
    ),
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/quyet-dinh-55-2007-qd-ubnd-ve-ke-hoach-hanh-dong-vi-su-tien-bo-phu-nu-tinh-ninh-thuan-giai-doan-2006---2010.aspx"
        },
        "Theo đề nghị của Sở Kế hoạchvà Đầu tư (Thường trực Ban Vì sự tiến bộ phụ nữ tỉnh) tại Tờ trình số 126/SKHĐT ngày 23/01/2007,",
        ["126/SKHĐT|Tờ trình|2007-01-23||rare_type||"],
    ),
    (
        "provincial",
        {
            "url": "https://vanban123.vn/Thong-bao/Thong-bao-213-TB-VPCP-nam-2019-ket-luan-cua-Thu-tuong-Chinh-phu-tai-Hoi-nghi-danh-gia-viec-thuc-hien-Quy-che-phoi-hop-cong-tac-cua-Chinh-phu-va-Uy-ban-Trung-uong-Mat-tran-To-quoc-Viet-Nam-nam-2018-do-Van-phong-Chinh-phu-ban-hanh-382822"
        },
        "Số: 213/TB-VPCP |\nHà Nội, ngày 19 tháng 06 năm 2019 |",
        ["213/TB-VPCP||||rare_type||"],
    ),
    # provincial decision (Bình Định)
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-1528-qd-ubnd-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-binh-dinh-475208.html"
        },
        "Căn cứ Quyết định số\n112/QĐ-TTg ngày 22/01/2021 của Thủ tướng Chính phủ ban hành Chương trình phát\ntriển công tác xã hội giai đoạn 2021- 2030;",
        ["112/QĐ-TTg||2021-01-22|Thủ tướng Chính phủ|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-1528-qd-ubnd-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-binh-dinh-475208.html"
        },
        "Căn cứ Công văn số\n555/LĐTBXH-BTXH ngày 03/3/2021 của Bộ Lao động - Thương binh và Xã hội về việc\ntriển khai chương trình phát triển công tác xã hội giai đoạn 2021 - 2030;",
        ["555/LĐTBXH-BTXH||2021-03-03|Bộ Lao động - Thương binh và Xã hội|line_break||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-1528-qd-ubnd-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-binh-dinh-475208.html"
        },
        "Theo đề nghị của Sở Lao động\n- Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021.",
        ["92/TTr-SLĐTBXH||2021-04-06||rare_type||"],
    ),
    (
        "provincial",
        {
            "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-1528-qd-ubnd-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-binh-dinh-475208.html"
        },
        "Số: 1528/QĐ-UBND\n|\nBình Định, ngày\n29 tháng 04 năm 2021",
        ["1528/QĐ-UBND||||||"],
    ),
    # a register's history table (Tây Ninh): the row names the replacing document, not a target
    (
        "provincial",
        {"url": "https://vbpl.vn/tayninh/Pages/vbpq-lichsu.aspx?ItemID=55494"},
        "Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND",
        ["30/2013/QĐ-UBND||||no_so||"],
    ),
    (
        "provincial",
        {"url": "https://vbpl.vn/tayninh/Pages/vbpq-lichsu.aspx?ItemID=55494"},
        "06/05/2019 Bị thay thế 14/2019/QĐ-UBND",
        ["14/2019/QĐ-UBND||||no_so||"],
    ),
    (
        "news",
        {
            "url": "http://m.btv.org.vn/tin-tuc/bai-bo-van-ban-quy-pham-phap-luat-cua-ubnd-va-chu-tich-ubnd-tinh-3662.html"
        },
        "UBND tỉnh Bình Dương vừa ban hành Quyết định số 11/2017/QĐ-UBND ngày 05/5/2017 về việc bãi bỏ một số văn bản quy phạm pháp luật của UBND và Chủ tịch UBND tỉnh.",
        ["11/2017/QĐ-UBND||2017-05-05||||"],
    ),
    # HĐND resolution (Tiền Giang), words glued where the page lost spaces
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/nghi-quyet-11-2011-nq-hdnd-ke-hoach-phat-trien-kinh-te---xa-hoi-tinh-tien-giang-nam-2012.aspx"
        },
        "Số: 11/2011/NQ-HĐND\n\nTiền Giang, ngày 15 tháng 12 năm 2011",
        ["11/2011/NQ-HĐND||||||"],
    ),
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/nghi-quyet-11-2011-nq-hdnd-ke-hoach-phat-trien-kinh-te---xa-hoi-tinh-tien-giang-nam-2012.aspx"
        },
        "Qua xem xét Báo cáo số 187/BC-UBND ngày 30 tháng11 năm 2011 của Ủy ban nhân dân tỉnh về tình hình kinh tế - xã hội năm 2011 vàkế hoạch phát triển kinh tế - xã hội năm 2012 tỉnh Tiền Giang; Báo cáo thẩm trasố 46/BC- HĐND ngày 08 tháng 12 năm 2011 của Ban Kinh tế - Ngân sách và Ban Vănhóa - Xã hội và ý kiến của các đại biểu Hội đồng nhân dân tỉnh tại kỳ họp,",
        [
            "187/BC-UBND||2011-11-30|Ủy ban nhân dân tỉnh|glued,rare_type||",
            "46/BC-HĐND||2011-12-08|Ban Kinh tế - Ngân sách và Ban Vănhóa - Xã hội|glued,spaced,rare_type||",
        ],
    ),
    # Party regulations in the news
    (
        "news",
        {
            "url": "https://www.quanlynhanuoc.vn/2019/06/06/trach-nhiem-neu-guong-cua-can-bo-dang-vien-theo-tinh-than-nghi-quyet-trung-uong-8-khoa-xii/"
        },
        "(QLNN) – Sau hơn 5 năm thực hiện Quy định số 101-QĐ/TW ngày 07/6/2012 về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ chủ chốt các cấp đã có sự chuyển biến tích cực, góp phần quan trọng trong công tác xây dựng Đảng.",
        ["101-QĐ/TW|Quy định|2012-06-07|||implements|"],
    ),
    (
        "news",
        {
            "url": "http://www.baomoi.com/Quy-dinh-ve-trach-nhiem-neu-guong-cua-can-bo-dang-vien/c/9787206.epi"
        },
        "QĐND – Thường vụ Quân ủy Trung ương vừa ra Quy định số 646/QĐ/QUTW “Về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo, chỉ huy, quản lý các cấp trong Quân đội”",
        ["646-QĐ/QUTW|Quy định|||odd_separator||"],
    ),
    (
        "news",
        {
            "url": "https://kienthuc.net.vn/xa-hoi/quy-dinh-trach-nhiem-neu-guong-cua-can-bo-dang-vien-1169970.html"
        },
        "Ngày 25/10/2018, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng ký ban hành Quy định trách nhiệm nêu gương của cán bộ, Đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương (Quy định số 08-QĐi/TW) đặc biệt là cán bộ cấp cao.",
        ["08-QĐi/TW||||rare_type||"],
    ),
    (
        "news",
        {
            "url": "https://daihoidang.baoquangninh.vn/trach-nhiem-neu-guong-trung-uong-dia-phuong-phai-cung-chuyen-dong-2405955.html"
        },
        "Theo đó, cán bộ, đảng viên, trước hết là Uỷ viên Bộ Chính trị, Uỷ viên Ban Bí thư, Uỷ viên Ban Chấp hành Trung ương phải nghiêm chỉnh chấp hành Cương lĩnh, Điều lệ, nghị quyết, chỉ thị, quy định, quy chế của Đảng, chính sách, pháp luật của Nhà nước; gương mẫu thực hiện Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo, chủ chốt các cấp; Quy định số 55-QĐ/TW, ngày 19/12/2016 của Bộ Chính trị về một số việc cần làm ngay để tăng cường trách nhiệm nêu gương.",
        [
            "101-QĐ/TW|Quy định|2012-06-07|Ban Bí thư||implements|",
            "55-QĐ/TW|Quy định|2016-12-19|Bộ Chính trị||implements|",
        ],
    ),
    (
        "party",
        {"url": "https://hoinongdan.dongnai.gov.vn/pages/news.aspx?CatId=102"},
        "Sáng ngày 01/11, Hội Nông dân tỉnh Đồng Nai tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 19-NQ/HNDTW của Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VI) về tăng cường và đổi mới công tác tuyên truyền, vận động nông dân trong tình hình mới.",
        ["19-NQ/HNDTW|||Ban Chấp hành Trung ương Hội Nông dân Việt Nam||implements|"],
    ),
    (
        "news",
        {
            "url": "https://baohanam.com.vn/tag?tag=c%C3%B4ng+t%C3%A1c+ki%E1%BB%83m+tra+gi%C3%A1m+s%C3%A1t"
        },
        "Thay mặt Bộ Chính trị, đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, vừa ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022 về Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030.",
        ["34-KL/TW||2022-04-18||||"],
    ),
    # provincial decision (Khánh Hòa)
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/quyet-dinh-39-2011-qd-ubnd-ve-quy-dinh-quy-trinh-thanh-tra-chap-hanh-phap-luat-ve-tiep-cong-dan--xu-ly-don-va-giai-quyet-khieu-nai--to-cao-tren-dia-ban-tinh-khanh-hoa-do-uy-ban-nhan-dan-tinh-khanh-hoa.aspx"
        },
        "Căn cứ Nghị định 86/2011/NĐ-CP ngày 22 tháng 9 năm 2011 của Chính phủ quy định chi tiết và hướng dẫn thi hànhmột số điều của Luật Thanh tra;",
        ["86/2011/NĐ-CP||2011-09-22|Chính phủ|no_so||"],
    ),
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/quyet-dinh-39-2011-qd-ubnd-ve-quy-dinh-quy-trinh-thanh-tra-chap-hanh-phap-luat-ve-tiep-cong-dan--xu-ly-don-va-giai-quyet-khieu-nai--to-cao-tren-dia-ban-tinh-khanh-hoa-do-uy-ban-nhan-dan-tinh-khanh-hoa.aspx"
        },
        "Theo đề nghị của Chánh Thanh tratỉnh tại Công văn số 410/TTr-NV1 ngày 28 tháng 9 năm 2011,",
        ["410/TTr-NV1|Công văn|2011-09-28||||"],
    ),
    (
        "provincial",
        {
            "url": "https://luatminhkhue.vn/quyet-dinh-39-2011-qd-ubnd-ve-quy-dinh-quy-trinh-thanh-tra-chap-hanh-phap-luat-ve-tiep-cong-dan--xu-ly-don-va-giai-quyet-khieu-nai--to-cao-tren-dia-ban-tinh-khanh-hoa-do-uy-ban-nhan-dan-tinh-khanh-hoa.aspx"
        },
        "Số: 39/2011/QĐ-UBND\n\nKhánh Hòa, ngày 06 tháng 12 năm 2011",
        ["39/2011/QĐ-UBND||||||"],
    ),
    # provincial plan (Hưng Yên)
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/ke-hoach-104-kh-ubnd-8506f1496721ad11971d95bc02472e94.html"
        },
        "Thực hiện Quyết định số 695/QĐ-TTg ngày 10/5/2021 của Thủ tướng Chính phủ về việc ban hành Đề án “Nâng cao năng lực, hiệu lực, hiệu quả giám sát, kiểm tra, thanh tra nhằm phòng ngừa, phát hiện, xử lý hành vi vi phạm pháp luật, tiêu cực, tham nhũng, lãng phí trong doanh nghiệp nhà nước”",
        ["695/QĐ-TTg||2021-05-10|Thủ tướng Chính phủ||implements|"],
    ),
    (
        "provincial",
        {
            "url": "https://hethongphapluat.com/ke-hoach-104-kh-ubnd-8506f1496721ad11971d95bc02472e94.html"
        },
        "Số: 104/KH-UBND\n\nHưng Yên, ngày 02 tháng 7 năm 2021",
        ["104/KH-UBND||||||"],
    ),
    (
        "news",
        {
            "url": "https://thanhtra.quangtri.gov.vn/index.php/vi/news/savefile/Tin-tuc-su-kien/Cum-thi-dua-Thanh-tra-cac-tinh-Bac-Trung-bo-so-ket-6-thang-dau-nam-2016-100/"
        },
        "Thực hiện Kế hoạch số 74/KH-CTĐ ngày 25/02/2016 của Cụm thi đua Thanh tra các tỉnh Bắc trung bộ; Công văn số 297/TB-CTĐ ngày 15/6/2016 về việc thông báo kế hoạch tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2016, ngày 1/7/2016, tại TP. Đông Hà (Quảng Trị), Cụm thi đua Thanh tra các tỉnh Bắc Trung bộ tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm",
        [
            "74/KH-CTĐ||2016-02-25|Cụm thi đua Thanh tra các tỉnh Bắc trung bộ||implements|",
            "297/TB-CTĐ|Công văn|2016-06-15|||implements|",
        ],
    ),
    (
        "provincial",
        {
            "url": "http://sonoivu.sonla.gov.vn/2018/07/cong-van-so-972snv-cchc-ngay-1872018-vv-tham-gia-du-thao-huong-dan-tu-danh-gia-cham-diem-de-xac-dinh-chi-so-cchc.html"
        },
        "Công văn số 972/SNV-CCHC ngày 18/7/2018 V/v tham gia dự thảo hướng dẫn tự đánh giá, chấm điểm để xác định Chỉ số CCHC.",
        ["972/SNV-CCHC||2018-07-18||||"],
    ),
    (
        "provincial",
        {
            "url": "http://sonoivu.sonla.gov.vn/2018/07/cong-van-so-972snv-cchc-ngay-1872018-vv-tham-gia-du-thao-huong-dan-tu-danh-gia-cham-diem-de-xac-dinh-chi-so-cchc.html"
        },
        "Thực hiện Quyết định số 1051/QĐ-UBND Quy định về tiêu chí và quy trình xác định Chỉ số cải cách hành chính hàng năm của các sở, ban, ngành, ủy ban nhân dân các huyện, thành phố; Quyết định số 1692/QĐ-UBND ngày 12/7/2018 đính chính Quyết định số 1051/QĐ-UBND ngày 09/5/2018 của UBND; Sở Nội vụ dự thảo Hướng dẫn việc tự đánh giá, chấm điểm để xác định Chỉ số cải cách hành chính (CCHC) hàng năm của các sở, ban, ngành, UBND các huyện, thành phố:",
        [
            "1051/QĐ-UBND|||||implements|",
            "1692/QĐ-UBND||2018-07-12|||implements|",
            "1051/QĐ-UBND||2018-05-09|UBND|||",
        ],
    ),
    (
        "news",
        {
            "url": "https://vcdn.vietnam.vn/tag/thuc-hien-nghi-quyet-so-20-nq-hdnd-ngy-23-9-2021-cua-hdnd-t"
        },
        "thực hiện Nghị quyết số 20/NQ-HĐND ngày 23/9/2021 của HĐND T",
        ["20/NQ-HĐND||2021-09-23|HĐND T||implements|"],
    ),
    (
        "party",
        {
            "url": "http://baoapbac.vn/chinh-tri/202010/nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-tien-giang-lan-thu-xi-911161/"
        },
        "Nhiều chỉ tiêu Nghị quyết đạt cao như thu ngân sách Nhà nước trên địa bàn 45.799/36.875 tỷ đồng; tỷ lệ xã đạt chuẩn nông thôn mới 83,2%/50% tổng số xã; phát triển đảng viên mới 8.793/6.500 đảng viên,...",
        [],
    ),
    (
        "news",
        {
            "url": "https://tuyengiao.vn/dong-thap-nhieu-doi-moi-trong-cong-tac-xay-dung-dang-ve-chinh-tri-tu-tuong-dao-duc-149483"
        },
        "Tỷ lệ học tập nghị quyết đạt khá cao (đối với Nghị quyết Đại hội XIII: có tỷ lệ 97,55% đảng viên và 26.472 lượt quần chúng tham gia học tập; Nghị quyết Đại hội XI Đảng bộ tỉnh: có tỷ lệ 98,29% đảng viên và 13.114 lượt quần chúng tham dự; Nghị quyết Trung ương 5 khóa XIII: có tỷ lệ 98,53% đảng viên và 13.629 quần chúng;",
        [],
    ),
]

# Codified law: full lines of two files of the same codification repository that no earlier
# batch used (every line with a numbered reference in one 16 000-character window of each).
_CNC = {
    "repo": "diepxuan/diepxuan.github.io",
    "path": "van-ban/3f0ce861-9980-43c9-9dcc-8e064c536bee_cong-nghe-cao.md",
    "commit": "9b1b014ff997ce6619f2ecea87d38a1190ec2a5d",
}
_BHYT = {
    "repo": "diepxuan/diepxuan.github.io",
    "path": "van-ban/5576c952-dabe-4363-b94a-13419996ff4b_bao-hiem-y-te.md",
    "commit": "ab7a767ec495ad28bcaa7e32ad747d80827737bf",
}
HELDOUT += [
    (
        "codified",
        _CNC,
        "Doanh nghiệp công nghệ cao phải đáp ứng các tiêu chí quy định tại điểm a và b khoản 1 Điều 18 của Luật Công nghệ cao số 21/2008/QH12 được sửa đổi, bổ sung tại Điều 75 của Luật Đầu tư số 67/2014/QH13 và khoản 3 Điều 76 của Luật Đầu tư số 61/2020/QH14, đồng thời đáp ứng các tiêu chí sau:",
        [
            "21/2008/QH12|Luật|||pinpoint_list|amends|18,1,a, b",
            "67/2014/QH13|Luật|||||75",
            "61/2020/QH14|Luật|||||76,3",
        ],
    ),
    (
        "codified",
        _CNC,
        "1. Hồ sơ đề nghị cấp Giấy chứng nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao gửi trực tiếp hoặc qua đường bưu điện đến Bộ Nông nghiệp và Phát triển nông thôn (Vụ Khoa học, Công nghệ và Môi trường). Hồ sơ được lập thành 02 bộ, trong đó có 01 bộ hồ sơ gốc và 01 bộ hồ sơ sao chụp theo quy định tại khoản 2 Điều 3 Quyết định 69/2010/QĐ-TTg, bao gồm:",
        ["69/2010/QĐ-TTg||||no_so||3,2"],
    ),
    (
        "codified",
        _BHYT,
        "1. Việc xác định đối tượng quy định tại khoản 3 Điều 5 Nghị định số 146/2018/NĐ-CP căn cứ vào một trong các giấy tờ sau đây:",
        ["146/2018/NĐ-CP||||||5,3"],
    ),
    (
        "codified",
        _BHYT,
        "1. Người thuộc hộ gia đình cận nghèo theo chuẩn hộ cận nghèo giai đoạn 2022-2025 quy định tại Nghị định số 07/2021/NĐ-CP và các văn bản khác của cơ quan có thẩm quyền sửa đổi, bổ sung hoặc thay thế chuẩn hộ cận nghèo áp dụng cho từng giai đoạn.",
        ["07/2021/NĐ-CP||||||"],
    ),
    (
        "codified",
        _BHYT,
        "Người nhiễm HIV tham gia bảo hiểm y tế theo các quy định pháp luật về bảo hiểm y tế hiện hành, trong đó việc lập danh sách, đóng bảo hiểm y tế và phát hành thẻ bảo hiểm y tế cho đối tượng thuộc khoản 4 và khoản 5 Điều 12 Luật bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 đã được sửa đổi, bổ sung một số điều theo Luật bảo hiểm y tế ngày 13 tháng 6 năm 2014 thực hiện như sau:",
        ["25/2008/QH12|Luật|2008-11-14||pinpoint_list|amends|12,4, 5"],
    ),
    (
        "codified",
        _BHYT,
        "Mức đóng bảo hiểm y tế hàng tháng thực hiện theo quy định tại Khoản 1 Điều 4 Nghị định số 70/2015/NĐ-CP ngày 01 tháng 9 năm 2015 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế đối với Quân đội nhân dân, Công an nhân dân và người làm công tác cơ yếu (sau đây gọi chung là Nghị định số 70/2015/NĐ-CP), cụ thể là:",
        [
            "70/2015/NĐ-CP||2015-09-01|Chính phủ|||4,1",
            "70/2015/NĐ-CP||||||",
        ],
    ),
]

# More Party and mass-organisation pages (queries "Đảng ủy Khối hướng dẫn số HD/ĐUK", "Ban Dân
# vận Tỉnh ủy kế hoạch số KH/BDVTU", "Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền"), same rules.
HELDOUT += [
    (
        "party",
        {"url": "http://dukcq.thainguyen.dcs.vn/?tab=news&lang=vi&pid=168&cid=168&id=1369"},
        "Số 29-HD/ĐUK",
        ["29-HD/ĐUK||||||"],
    ),
    (
        "party",
        {"url": "http://dukcq.thainguyen.dcs.vn/?tab=news&lang=vi&pid=168&cid=168&id=1369"},
        "Thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”; Kế hoạch số 30-KH/ĐUK, ngày 12/7/2021 của Ban Thường vụ Đảng ủy Khối về triển khai thực hiện Đề án số 05- ĐA/TU, ngày 09/4/2021 của Tỉnh ủy Thái Nguyên về “Tăng cường công tác dân vận của Đảng bộ tỉnh Thái Nguyên giai đoạn 2021 - 2025” (sau đây viết tắt là\nĐề án số 05-ĐA/TU); Quyết định số 08/2022/QĐ-UBND, ngày 19/4/2022 của\nỦy ban nhân dân tỉnh về ban hành Quy định thi đua, khen thưởng phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh Thái Nguyên, giai đoạn 2022 - 2026;\nHướng dẫn số 08-HD/BDVTU, ngày 25/9/2022 của Ban Dân vận Tỉnh ủy về\ncông tác khen thưởng Phong trào thi đua “Dân vận khéo”, giai đoạn 2022 - 2026; căn cứ Chương trình công tác năm 2024\n, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Hướng dẫn xây dựng mô hình “Dân vận khéo” như sau:",
        [
            "25-NQ/TW||2013-06-03|Ban Chấp hành Trung ương Đảng khóa XI||implements|",
            "30-KH/ĐUK||2021-07-12|Ban Thường vụ Đảng ủy Khối||implements|",
            "05-ĐA/TU||2021-04-09|Tỉnh ủy Thái Nguyên|spaced|implements|",
            "05-ĐA/TU||||||",
            "08/2022/QĐ-UBND||2022-04-19|Ủy ban nhân dân tỉnh|line_break|implements|",
            "08-HD/BDVTU||2022-09-25|Ban Dân vận Tỉnh ủy||implements|",
        ],
    ),
    (
        "party",
        {"url": "https://kimbang.ninhbinh.gov.vn/vi/chuyen-muc/cong-tac-xay-dung-dang"},
        "Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng, Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã khẩn trương ban hành Kế hoạch số 08 về tổ chức đại hội các đảng bộ trực thuộc tiến tới Đại hội Đảng bộ các cơ quan Đảng Trung ương lần thứ I, nhiệm kỳ 2025-2030.",
        ["45-CT/TW||2025-04-14|||implements|"],
    ),
    (
        "party",
        {"url": "https://nghean.dcs.vn/vi-vn/chuyen-muc/dan-van-kheo/405534-193312"},
        "Trong thời gian qua, thực hiện Chỉ thị số 05-CT/TU, ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả phong trào thi đua “Dân vận khéo”, các cấp uỷ Đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong toàn tỉnh đã triển khai sâu rộng phong trào với nhiều nội dung, hình thức phong phú, thiết thực và hiệu quả.",
        ["05-CT/TU||2021-05-23|Ban Thường vụ Tỉnh ủy||implements|"],
    ),
    (
        "news",
        {
            "url": "https://baohagiang.vn/thoi-su-chinh-tri/202103/chuan-bi-ky-luong-cho-ngay-hoi-toan-dan-773370/"
        },
        "Để chuẩn bị mọi mặt cho cuộc bầu cử, ngay từ ngày 20/6/2020, Bộ Chính trị đã ban hành Chỉ thị số 45-CT/TW",
        ["45-CT/TW||||||"],
    ),
    (
        "party",
        {"url": "https://vpubnd.laichau.gov.vn/detailNews.aspx?id=19730&lang=vi"},
        "Ngày 27/8, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 468 về việc hướng dẫn nội dung tuyên truyền tháng 09/2019.",
        [],
    ),
    (
        "party",
        {"url": "https://vpubnd.laichau.gov.vn/detailNews.aspx?id=19730&lang=vi"},
        "Tập trung tuyên truyền 08 nội dung theo Hướng dẫn số 85-HD/BTG ngày 21/8/2019 của Ban Tuyên giáo Đảng ủy Khối.",
        ["85-HD/BTG||2019-08-21|Ban Tuyên giáo Đảng ủy Khối|rare_type||"],
    ),
    (
        "party",
        {"url": "https://bachthong.gov.vn/dinh-huong-tuyen-truyen-thang-7-nam-2020-2/"},
        "Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ\nTỉnh ủy Bắc Kạn về “công tác tuyên giáo năm 2020”; Kế hoạch số 157-KH/TU,\nngày 17/9/2019 của Ban Thường vụ Tỉnh ủy về “truyền thông của tỉnh từ nay đến\nhết năm 2020”; căn cứ Hướng dẫn số 115- HD/BTGW, ngày 08 tháng 01 năm\n2020 của Ban Tuyên giáo Trung ương “Tuyên truyền kỷ niệm các ngày lễ lớn và sự\nkiện lịch sử quan trọng trong năm 2020”…",
        [
            "172-KH/TU||2020-01-21|Ban Thường vụ Tỉnh ủy Bắc Kạn|line_break|implements|",
            "157-KH/TU||2019-09-17|Ban Thường vụ Tỉnh ủy|line_break|implements|",
            "115-HD/BTGW||2020-01-08|Ban Tuyên giáo Trung ương|spaced,line_break,rare_type||",
        ],
    ),
]


if __name__ == "__main__":
    main()
