"""Demo directory: an invented province (3 levels, ~30 agencies) with leaders.

Everything here is made up for the demo: the province is "tỉnh (dữ liệu mẫu)", the
districts and communes have invented names, telephone numbers use the unallocated area
code 0200 / mobile block 0500 with a 555 block (well-formed, obviously fake), and e-mail
addresses are on example.gov.vn. Idempotent: agencies are keyed by code; leaders are
added only to agencies that have none; the merges run only once.
"""

from __future__ import annotations

import datetime as dt

from .models import Agency, Leader
from .services import agency_create, agency_merge, leader_create

HOURS = "Sáng 7 giờ – 11 giờ 30; chiều 13 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu"
CITY = "thành phố Trung Tâm, tỉnh (dữ liệu mẫu)"

# code, name, short name, level, parent code, street, email local part, description
AGENCIES = [
    ("UBND-TINH", "Ủy ban nhân dân tỉnh (dữ liệu mẫu)", "UBND tỉnh", "province", None,
     "Số 1 đường Trần Hưng Đạo, phường Một", "ubnd", "Cơ quan hành chính nhà nước ở địa phương."),
    ("VP-UBND", "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh", "department", "UBND-TINH",
     "Số 1 đường Trần Hưng Đạo, phường Một", "vpubnd",
     "Tham mưu, giúp việc Ủy ban nhân dân tỉnh; vận hành Trung tâm Phục vụ hành chính công."),
    ("SNV", "Sở Nội vụ", "SNV", "department", "UBND-TINH",
     "Số 5 đường Lê Lợi, phường Một", "snv",
     "Cơ quan thường trực về cải cách hành chính của tỉnh."),
    ("STP", "Sở Tư pháp", "STP", "department", "UBND-TINH",
     "Số 9 đường Lê Lợi, phường Một", "stp", "Kiểm soát thủ tục hành chính, hộ tịch, lý lịch tư pháp."),
    ("STC", "Sở Tài chính", "STC", "department", "UBND-TINH",
     "Số 14 đường Hai Bà Trưng, phường Hai", "stc", "Tài chính, ngân sách, kế hoạch và đầu tư."),
    ("SXD", "Sở Xây dựng", "SXD", "department", "UBND-TINH",
     "Số 20 đường Hai Bà Trưng, phường Hai", "sxd", "Xây dựng, giao thông vận tải, nhà ở."),
    ("SKHCN", "Sở Khoa học và Công nghệ", "SKHCN", "department", "UBND-TINH",
     "Số 3 đường Nguyễn Trãi, phường Hai", "skhcn",
     "Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số."),
    ("SGDDT", "Sở Giáo dục và Đào tạo", "SGDĐT", "department", "UBND-TINH",
     "Số 7 đường Nguyễn Trãi, phường Hai", "sgddt", ""),
    ("SYT", "Sở Y tế", "SYT", "department", "UBND-TINH",
     "Số 11 đường Nguyễn Du, phường Ba", "syt", ""),
    ("SNNMT", "Sở Nông nghiệp và Môi trường", "SNN&MT", "department", "UBND-TINH",
     "Số 15 đường Nguyễn Du, phường Ba", "snnmt", ""),
    ("SCT", "Sở Công Thương", "SCT", "department", "UBND-TINH",
     "Số 19 đường Nguyễn Du, phường Ba", "sct", ""),
    ("SKHDT", "Sở Kế hoạch và Đầu tư", "SKHĐT", "department", "UBND-TINH",
     "Số 22 đường Hai Bà Trưng, phường Hai", "skhdt", ""),
    ("STTTT", "Sở Thông tin và Truyền thông", "STTTT", "department", "UBND-TINH",
     "Số 5 đường Nguyễn Trãi, phường Hai", "stttt", ""),
    ("TP-TT", "Ủy ban nhân dân thành phố Trung Tâm", "UBND TP. Trung Tâm", "district",
     "UBND-TINH", "Số 2 đường Độc Lập, phường Một", "tptrungtam", ""),
    ("TX-VS", "Ủy ban nhân dân thị xã Ven Sông", "UBND TX. Ven Sông", "district", "UBND-TINH",
     "Số 8 đường Bờ Kè, phường Bến Phà", "txvensong", ""),
    ("H-DL", "Ủy ban nhân dân huyện Đồng Lúa", "UBND huyện Đồng Lúa", "district", "UBND-TINH",
     "Khóm 2, thị trấn Ngã Ba", "hdonglua", ""),
    ("H-CLX", "Ủy ban nhân dân huyện Cù Lao Xanh", "UBND huyện Cù Lao Xanh", "district",
     "UBND-TINH", "Ấp Chợ, thị trấn Cù Lao", "hculaoxanh", ""),
    ("TP-TT-P1", "Ủy ban nhân dân phường Một", "", "commune", "TP-TT",
     "Số 4 đường Độc Lập, phường Một", "p1.tptrungtam", ""),
    ("TP-TT-P2", "Ủy ban nhân dân phường Hai", "", "commune", "TP-TT",
     "Số 30 đường Hai Bà Trưng, phường Hai", "p2.tptrungtam", ""),
    ("TP-TT-XTA", "Ủy ban nhân dân xã Tân Ấp", "", "commune", "TP-TT",
     "Ấp Tân Ấp, xã Tân Ấp", "xtanap.tptrungtam", ""),
    ("TX-VS-PBP", "Ủy ban nhân dân phường Bến Phà", "", "commune", "TX-VS",
     "Đường Bờ Kè, phường Bến Phà", "pbenpha.txvensong", ""),
    ("TX-VS-XRC", "Ủy ban nhân dân xã Rạch Cỏ", "", "commune", "TX-VS",
     "Ấp Rạch Cỏ, xã Rạch Cỏ", "xrachco.txvensong", ""),
    ("H-DL-TTNB", "Ủy ban nhân dân thị trấn Ngã Ba", "", "commune", "H-DL",
     "Khóm 1, thị trấn Ngã Ba", "ttngaba.hdonglua", ""),
    ("H-DL-XDX", "Ủy ban nhân dân xã Đồng Xanh", "", "commune", "H-DL",
     "Ấp Đồng Xanh, xã Đồng Xanh", "xdongxanh.hdonglua", ""),
    ("H-DL-XVX", "Ủy ban nhân dân xã Vàm Xáng", "", "commune", "H-DL",
     "Ấp Vàm, xã Vàm Xáng", "xvamxang.hdonglua", ""),
    ("H-CLX-TTCL", "Ủy ban nhân dân thị trấn Cù Lao", "", "commune", "H-CLX",
     "Ấp Chợ, thị trấn Cù Lao", "ttculao.hculaoxanh", ""),
    ("H-CLX-XBD", "Ủy ban nhân dân xã Bến Đò", "", "commune", "H-CLX",
     "Ấp Bến Đò, xã Bến Đò", "xbendo.hculaoxanh", ""),
]  # fmt: skip

# Merged on 1 March 2025: (merged agency, successor).
MERGES = [("SKHDT", "STC"), ("STTTT", "SKHCN")]
MERGE_DATE = dt.date(2025, 3, 1)

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Minh", "Hoàng", "Thanh", "Quốc", "Ngọc", "Hữu", "Thu", "Đức"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Giang", "Hạnh", "Khoa", "Lan", "Mai", "Nam",
         "Phúc", "Quang", "Sơn", "Tâm", "Uyên", "Vinh", "Xuân", "Yến", "Hiếu", "Trí"]  # fmt: skip


# The agency that runs the portal: the site settings (footer, contact page) copy its
# name, address and phone from here, so the demo tells one story.
PORTAL_AGENCY = "SNV"


def demo_contacts(code: str) -> dict[str, str]:
    """Name, address, phone, fax, e-mail and website of one demo agency, as loaded."""
    for n, (c, name, _short, level, _parent, street, mail, _desc) in enumerate(AGENCIES, 1):
        if c == code:
            return {
                "name": name,
                "address": f"{street}, {CITY}" if level != "commune" else street,
                "phone": f"0200 5550 {100 + n:03d}",
                "fax": f"0200 5551 {100 + n:03d}" if level in ("province", "department") else "",
                "email": f"{mail}@example.gov.vn",
                "website": f"https://{mail.split('.')[0]}.example.gov.vn/"
                if level in ("province", "department", "district")
                else "",
            }
    raise KeyError(code)


def _titles(code: str, level: str) -> list[str]:
    if level == "province":
        return ["Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh"]
    if code == "VP-UBND":
        return ["Chánh Văn phòng", "Phó Chánh Văn phòng"]
    if level == "department":
        return ["Giám đốc", "Phó Giám đốc"]
    if level == "district":
        unit = {"TP": "thành phố", "TX": "thị xã"}.get(code.split("-")[0], "huyện")
        return [f"Chủ tịch UBND {unit}", f"Phó Chủ tịch UBND {unit}"]
    return ["Chủ tịch UBND", "Phó Chủ tịch UBND"]


def _ascii(text: str) -> str:
    from cchc.core.text import slugify_vi

    return slugify_vi(text).replace("-", "")


def load_demo(stdout) -> None:
    existing = set(Agency.objects.values_list("code", flat=True))
    by_code = {a.code: a for a in Agency.objects.all()}
    created = 0
    for n, (code, name, short, level, parent, _street, _mail, desc) in enumerate(AGENCIES, 1):
        if code in existing:
            continue
        contacts = demo_contacts(code)
        by_code[code] = agency_create(
            data={
                "code": code,
                "name": name,
                "short_name": short,
                "level": level,
                "parent": by_code.get(parent) if parent else None,
                "address": contacts["address"],
                "phone": contacts["phone"],
                "fax": contacts["fax"],
                "email": contacts["email"],
                "website": contacts["website"],
                "working_hours": HOURS,
                "description": desc,
                "sort_order": n * 10,
            },
            actor=None,
            source="demo",
        )
        created += 1

    people = 0
    seq = 0
    with_leaders = set(Leader.objects.values_list("agency_id", flat=True))
    for code, _name, _short, level, *_rest in AGENCIES:
        agency = by_code[code]
        if agency.pk in with_leaders:
            continue
        for i, title in enumerate(_titles(code, level)):
            seq += 1
            full_name = (
                f"{SURNAMES[seq % len(SURNAMES)]} {MIDDLE[(seq * 3) % len(MIDDLE)]} "
                f"{GIVEN[(seq * 7) % len(GIVEN)]}"
            )
            given = _ascii(full_name.split()[-1])
            initials = "".join(_ascii(w)[0] for w in full_name.split()[:-1])
            leader_create(
                agency=agency,
                data={
                    "full_name": full_name,
                    "title": title,
                    "sort_order": (i + 1) * 10,
                    "office_phone": f"0200 5552 {seq:03d}",
                    "phone_public": True,
                    "mobile": f"0500 555 {seq:03d}",
                    # Only heads of agencies publish their mobile in the demo.
                    "mobile_public": i == 0 and level in ("province", "department", "district"),
                    "email": f"{given}{initials}.{code.lower().replace('-', '')}@example.gov.vn",
                    "email_public": True,
                },
                actor=None,
                source="demo",
            )
            people += 1

    merged = 0
    for old, new in MERGES:
        agency = Agency.objects.get(code=old)
        if agency.status == Agency.Status.ACTIVE:
            agency_merge(agency=agency, successor=by_code[new], on_date=MERGE_DATE, actor=None)
            merged += 1
    stdout.write(
        f"Danh bạ: {created} cơ quan mới, {people} lãnh đạo mới, {merged} cơ quan sáp nhập."
    )
