"""Demo library entries (idempotent). The national documents are public law, entered with
their real titles; the provincial ones are invented for the demo."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from . import services
from .choices import RelationType, ReviewState, Status, TextSource
from .keys import key_fold
from .models import DocumentRelation, DocumentType, LegalDocument
from .services import document_types_sync

D = dt.date
CP, TTG, VPCP = "Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ"
UBND, TU = "Ủy ban nhân dân tỉnh", "Ban Chấp hành Đảng bộ tỉnh"

DOCUMENTS = [
    # key, type, title, issuer, issued, effective, status, signer
    ("20/2008/NĐ-CP", "Nghị định", "Về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ "
     "chức về quy định hành chính", CP, D(2008, 2, 14), None, Status.IN_FORCE,
     "Nguyễn Tấn Dũng"),
    ("63/2010/NĐ-CP", "Nghị định", "Về kiểm soát thủ tục hành chính", CP, D(2010, 6, 8),
     D(2010, 7, 1), Status.PARTLY_EXPIRED, "Nguyễn Tấn Dũng"),
    ("48/2013/NĐ-CP", "Nghị định", "Sửa đổi, bổ sung một số điều của các nghị định liên quan "
     "đến kiểm soát thủ tục hành chính", CP, D(2013, 5, 14), D(2013, 7, 1), Status.IN_FORCE,
     "Nguyễn Tấn Dũng"),
    ("92/2017/NĐ-CP", "Nghị định", "Sửa đổi, bổ sung một số điều của các nghị định liên quan "
     "đến kiểm soát thủ tục hành chính", CP, D(2017, 8, 7), D(2017, 9, 25), Status.IN_FORCE,
     "Nguyễn Xuân Phúc"),
    ("61/2018/NĐ-CP", "Nghị định", "Về thực hiện cơ chế một cửa, một cửa liên thông trong "
     "giải quyết thủ tục hành chính", CP, D(2018, 4, 23), D(2018, 6, 21), Status.EXPIRED,
     "Nguyễn Xuân Phúc"),
    ("107/2021/NĐ-CP", "Nghị định", "Sửa đổi, bổ sung một số điều của Nghị định số "
     "61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một "
     "cửa liên thông trong giải quyết thủ tục hành chính", CP, D(2021, 12, 6), D(2022, 2, 15),
     Status.EXPIRED, "Phạm Minh Chính"),
    ("01/2018/TT-VPCP", "Thông tư", "Hướng dẫn thi hành một số quy định của Nghị định số "
     "61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một "
     "cửa liên thông trong giải quyết thủ tục hành chính", VPCP, D(2018, 11, 23), D(2019, 1, 7),
     Status.UNKNOWN, ""),
    ("118/2025/NĐ-CP", "Nghị định", "Về thực hiện thủ tục hành chính theo cơ chế một cửa, một "
     "cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia", CP, D(2025, 6, 9),
     D(2025, 7, 1), Status.IN_FORCE, ""),
    ("76/NQ-CP", "Nghị quyết", "Về ban hành Chương trình tổng thể cải cách hành chính nhà "
     "nước giai đoạn 2021 - 2030", CP, D(2021, 7, 15), D(2021, 7, 15), Status.IN_FORCE,
     "Phạm Minh Chính"),
    ("23/CT-TTg", "Chỉ thị", "Về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành "
     "chính nhà nước giai đoạn 2021 - 2030", TTG, D(2021, 9, 2), D(2021, 9, 2), Status.IN_FORCE,
     "Phạm Minh Chính"),
    ("468/QĐ-TTg", "Quyết định", "Phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một "
     "cửa liên thông trong giải quyết thủ tục hành chính", TTG, D(2021, 3, 27), D(2021, 3, 27),
     Status.IN_FORCE, ""),
    ("749/QĐ-TTg", "Quyết định", "Phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, "
     "định hướng đến năm 2030", TTG, D(2020, 6, 3), D(2020, 6, 3), Status.IN_FORCE, ""),
    # Invented provincial documents.
    ("20/KH-UBND", "Kế hoạch", "Thực hiện Chương trình tổng thể cải cách hành chính nhà "
     "nước của tỉnh giai đoạn 2021 - 2030", UBND, D(2021, 1, 29), None, Status.IN_FORCE,
     "Trần Văn Minh"),
    ("03-NQ/TU", "Nghị quyết", "Về cải cách hành chính nhà nước của tỉnh giai đoạn 2021 - "
     "2025", TU, D(2020, 12, 31), None, Status.IN_FORCE, ""),
    ("38/KH-UBND", "Kế hoạch", "Tuyên truyền cải cách hành chính năm 2022", UBND,
     D(2022, 2, 18), None, Status.IN_FORCE, "Trần Văn Minh"),
    ("412/QĐ-UBND", "Quyết định", "Ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục "
     "vụ hành chính công tỉnh", UBND, D(2023, 3, 10), D(2023, 3, 10), Status.IN_FORCE,
     "Lê Thị Thu Hà"),
    ("1205/UBND-NC", "Công văn", "Về việc chấn chỉnh việc tiếp nhận, giải quyết hồ sơ thủ tục "
     "hành chính quá hạn", UBND, D(2024, 8, 5), None, Status.UNKNOWN, "Lê Thị Thu Hà"),
]  # fmt: skip

# Full texts (invented, for the demo provincial plan): every reference inside is linked on the
# document's page, so a reader walks from the plan to the plan and the resolution it implements.
TEXTS = {
    "38/KH-UBND": (
        "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2022\n\n"
        "Thực hiện Kế hoạch số 20/KH-UBND ngày 29 tháng 01 năm 2021 của Ủy ban nhân dân tỉnh "
        "thực hiện Chương trình tổng thể cải cách hành chính nhà nước của tỉnh giai đoạn 2021 - "
        "2030; Nghị quyết số 03-NQ/TU ngày 31 tháng 12 năm 2020 của Ban Chấp hành Đảng bộ tỉnh "
        "về cải cách hành chính nhà nước của tỉnh giai đoạn 2021 - 2025,\n\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2022 như "
        "sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Tuyên truyền sâu rộng Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ "
        "và Chỉ thị số 23/CT-TTg ngày 02 tháng 9 năm 2021 của Thủ tướng Chính phủ đến cán bộ, "
        "công chức, viên chức, người dân và doanh nghiệp.\n"
        "2. Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp với từng nhóm đối tượng.\n\n"
        "II. NỘI DUNG\n"
        "1. Cơ chế một cửa, một cửa liên thông theo Quyết định số 468/QĐ-TTg ngày 27 tháng 3 "
        "năm 2021 của Thủ tướng Chính phủ; Bộ phận Một cửa các cấp và dịch vụ công trực tuyến.\n"
        "2. Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính "
        "theo Nghị định số 20/2008/NĐ-CP ngày 14 tháng 02 năm 2008 của Chính phủ.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Sở Nội vụ chủ trì, theo dõi, đôn đốc các sở, ban, ngành và Ủy ban nhân dân cấp huyện "
        "thực hiện; báo cáo kết quả trước ngày 15 tháng 12 năm 2022."
    ),
}

RELATIONS = [
    ("48/2013/NĐ-CP", RelationType.AMENDS, "20/2008/NĐ-CP"),
    ("92/2017/NĐ-CP", RelationType.AMENDS, "20/2008/NĐ-CP"),
    ("48/2013/NĐ-CP", RelationType.AMENDS, "63/2010/NĐ-CP"),
    ("92/2017/NĐ-CP", RelationType.AMENDS, "63/2010/NĐ-CP"),
    ("107/2021/NĐ-CP", RelationType.AMENDS, "61/2018/NĐ-CP"),
    ("01/2018/TT-VPCP", RelationType.GUIDES, "61/2018/NĐ-CP"),
    ("118/2025/NĐ-CP", RelationType.REPLACES, "61/2018/NĐ-CP"),
    ("118/2025/NĐ-CP", RelationType.REPLACES, "107/2021/NĐ-CP"),
    ("23/CT-TTg", RelationType.IMPLEMENTS, "76/NQ-CP"),
    ("20/KH-UBND", RelationType.IMPLEMENTS, "03-NQ/TU"),  # issued before 76/NQ-CP (2021-07)
    ("38/KH-UBND", RelationType.IMPLEMENTS, "20/KH-UBND"),
    ("412/QĐ-UBND", RelationType.IMPLEMENTS, "61/2018/NĐ-CP"),
]


def load_demo(stdout) -> None:
    document_types_sync()
    types = {t.name: t for t in DocumentType.objects.all()}
    docs = {}
    for key, type_name, title, issuer, issued, effective, status, signer in DOCUMENTS:
        # Same key, same year of issue (or a stub whose year is unknown): see identity.py.
        document = (
            LegalDocument.objects.filter(key_folded=key_fold(key))
            .filter(Q(issue_year=issued.year) | Q(issue_year__isnull=True))
            .order_by("issue_year", "pk")
            .first()
        )
        if document is None:
            document = LegalDocument(key=key)
        if document.review_state != ReviewState.VERIFIED or document.title != title:
            document.doc_type = types.get(type_name)
            document.title = title
            document.issuer_name = issuer
            document.issued = issued
            document.effective = effective
            document.status = status
            document.signer = signer
            document.review_state = ReviewState.VERIFIED
            document.full_clean()
            services.legal_document_save(document)
        if key in TEXTS and not document.full_text:
            document.full_text = TEXTS[key]
            document.text_source = TextSource.PASTED
            services.legal_document_save(document, update_fields=["full_text", "text_source"])
        docs[key] = document
    for source, rel_type, target in RELATIONS:
        DocumentRelation.objects.get_or_create(
            source=docs[source], relation_type=rel_type, target=docs[target]
        )
    stdout.write(f"Thư viện văn bản / legal library: {LegalDocument.objects.count()} văn bản")
