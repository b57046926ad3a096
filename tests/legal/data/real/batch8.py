"""Batch 8 of the real-text set: ``heldout4.jsonl``, a fifth held-out portion (issue 16).

Collected the same way as batch 7 (``batch7.py``), after it, to measure text nobody has seen.
Passages come from sources no earlier batch used (each URL and file checked against ``SOURCES.md``
and the ``source`` of every record in the other files): provincial, HĐND, Party,
mass-organisation and news pages of the stored web-page corpus, and Bộ pháp điển topic files of
``diepxuan/diepxuan.github.io`` at the commit the first batch used (the files there were checked
to be unchanged), one line per file picked with a fixed seed (8118) among unused topic files
(preferring lines with two references or a relation word; the repository's own summaries, front
matter, tables, headings and ``>``/``*`` notes skipped). Labelled by reading, with the
conventions of ``README.md``, and committed before the extractor was run on them. Labels are the
compact strings of ``make_real.py``.
"""

from __future__ import annotations

_PHAPDIEN = "diepxuan/diepxuan.github.io"
_COMMIT = "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048"


def _cod(path: str, line: int, text: str, labels: list[str]) -> tuple:
    """A Bộ pháp điển line: category, source, text, labels."""
    src = {"repo": _PHAPDIEN, "path": path, "line": line, "commit": _COMMIT}
    return ("codified", src, text, labels)


_HD30 = {
    "url": "https://ls1.hethongphapluat.com/quyet-dinh-30-2016-qd-ubnd-nguyen-tac-tieu-chi-va-dinh-muc-phan-bo-von-dau-tu-phat-trien-nguon-ngan-sach-nha-nuoc-tinh-hai-duong-giai-doan-2016-2020.html"
}
_DN08 = {
    "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-08-2023-qd-ubnd-quan-ly-von-dau-tu-giao-cong-dong-xay-dung-cong-trinh-dak-nong-556224.html"
}
_BD21 = {
    "url": "https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Nghi-quyet-21-2022-NQ-HDND-huy-dong-nguon-luc-nguon-von-chuong-trinh-muc-tieu-Binh-Dinh-530299.aspx?tab=7"
}
_AG1994 = {
    "url": "https://thuvienphapluat.vn/van-ban/Linh-vuc-khac/Quyet-dinh-1994-QD-UBND-2021-Ke-hoach-chuyen-doi-co-cau-cay-trong-An-Giang-2021-2025-556532.aspx"
}
_QN216 = {
    "url": "https://thuvienphapluat.vn/van-ban/Dau-tu/Quyet-dinh-216-QD-UBND-2023-thuc-hien-Nghi-quyet-41-2022-NQ-HDND-Quang-Nam-553492.aspx"
}
_BK24 = {
    "url": "https://vanban123.vn/Quyet-dinh/Quyet-dinh-24-2014-QD-UBND-ve-che-do-bao-cao-thong-ke-tu-phap-tren-dia-ban-tinh-Bac-Kan-135794"
}
_DL = {
    "url": "http://danluc.trieuson.gov.vn/web/trang-chu/pho-bien-tuyen-truyen/ke-hoach-thong-tin-tuyen-truyen-cuoc-bau-cu-dai-bieu-quoc-hoi-khoa-xv-va-bau-cu-dai-bieu-hoi-dong-nhan-dan-cac-cap-nhiem-ky-2021-2026.html"
}
_TT08 = {
    "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-tu-08-2025-TT-BTP-tham-quyen-chinh-quyen-dia-phuong-02-cap-linh-vuc-quan-ly-cua-Bo-Tu-phap-661434.aspx"
}
_TRANPHU = {
    "url": "https://tranphudn.edu.vn/news/view/nhung-diem-moi-trong-quy-dinh-so-22-qd-tw-ve-cong-tac-kiem-tra-giam-sat-va-ky-luat-cua-dang/page:3"
}
_QD117 = {
    "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-dinh-117-QD-TW-2023-xin-loi-va-phuc-hoi-quyen-loi-cua-to-chuc-dang-dang-vien-bi-ky-luat-oan-576171.aspx?anchor=dieu_3"
}
_TIENPHUOC = {
    "url": "https://tienphuoc.quangnam.gov.vn/webcenter/portal/tienphuoc/pages_tin-tuc/chi-tiet?dDocName=PORTAL556383"
}
_CHIUY = {"url": "http://chiuychibo.blogspot.com/2018/01/"}
_DAUTRI = {"url": "https://dautri.mobi/huong-dan-so-09-btctw-ngay-5-6-2017/"}
_LDLD = {
    "url": "http://thyentho.pgdyendinh.edu.vn/tabid/3971/post/11137/KE-HOACH-To-chuc-Tet-Sum-vay-Xuan-binh-an-nam-2022.aspx"
}
_QD29 = {
    "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-dinh-29-QD-TW-thi-hanh-Dieu-le-Dang-2016-319797.aspx?anchor=dieu_1"
}
_LHU = {
    "url": "https://hoptac.lhu.edu.vn/193/9957/Huong-dan-mot-so-van-de-cu-the-thi-hanh-Dieu-le-Dang-NK-2005-2010.html"
}
_LTQ = {
    "url": "https://luattoanquoc.com/huong-dan-01-hdtw-huong-dan-mot-van-de-cu-thi-hanh-dieu-le-dang"
}
_BBT = {"url": "https://baobinhthuan.com.vn/nq21-ptag.html"}

WEB8 = [
    # --- provincial: UBND, HĐND, sở documents (and one Thông tư of a ministry) ----------------
    (
        "provincial",
        _HD30,
        "Số: 30/2016/QĐ-UBND\n\nHải Dương, ngày 01 tháng 11 năm 2016",
        ["30/2016/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        _HD30,
        "Căn cứ Luật Đầu tư công số 49/2014/QH13 ngày 18 tháng 6 năm 2014;",
        ["49/2014/QH13||2014-06-18||||"],
    ),
    (
        "provincial",
        _HD30,
        # the second law is written "số 83/2015/QH13" with its type word left out
        "Căn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002; số 83/2015/QH13 ngày 25 tháng 6 năm 2015;",
        ["01/2002/QH11||2002-12-16||||", "83/2015/QH13||2015-06-25||||"],
    ),
    (
        "provincial",
        _HD30,
        "Căn cứ Quyết định số 40/2015/QĐ-TTg ngày 14 tháng 9 năm 2015 của Thủ tướng Chính phủ ban hành các nguyên tắc, tiêu chí và định mức phân bổ vốn đầu tư phát triển nguồn ngân sách nhà nước giai đoạn 2016 - 2020;",
        ["40/2015/QĐ-TTg||2015-09-14|Thủ tướng Chính phủ|||"],
    ),
    (
        "provincial",
        _HD30,
        "Căn cứ Nghị quyết số 14/2016/NQ-HĐND ngày 05/10/2016 của Hội đồng nhân dân tỉnh Hải Dương ban hành các nguyên tắc, tiêu chí và định mức phân bổ vốn đầu tư phát triển nguồn ngân sách nhà nước tỉnh Hải Dương giai đoạn 2016 - 2020;",
        ["14/2016/NQ-HĐND||2016-10-05|Hội đồng nhân dân tỉnh Hải Dương|||"],
    ),
    (
        "provincial",
        _HD30,
        "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư,\n\nQUYẾT ĐỊNH:",
        [],
    ),
    (
        "provincial",
        _DN08,
        "Số:\n08/2023/QĐ-UBND\n|\nĐắk Nông, ngày 21\ntháng 02 năm 2023",
        ["08/2023/QĐ-UBND||||line_break||"],
    ),
    (
        "provincial",
        _DN08,
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật\nngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều Luật Ban hành văn bản\nquy phạm pháp luật ngày 18 tháng 6 năm 2020;",
        [],
    ),
    (
        "provincial",
        _DN08,
        "Căn cứ Nghị định số 99/2021/NĐ-CP ngày 11 tháng\n11 năm 2021 của Chính phủ quy định về quản lý, thanh toán, quyết toán dự án sử\ndụng vốn đầu tư công;",
        ["99/2021/NĐ-CP||2021-11-11|Chính phủ|||"],
    ),
    (
        "provincial",
        _DN08,
        "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19 tháng\n4 năm 2022 của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương\ntrình mục tiêu quốc gia;",
        ["27/2022/NĐ-CP||2022-04-19|Chính phủ|||"],
    ),
    (
        "provincial",
        _DN08,
        "Căn cứ Thông tư số 96/2021/TT-BTC ngày 11 tháng\n11 năm 2021 của Bộ Tài chính quy định về hệ thống mẫu biểu sử dụng trong công\ntác quyết toán;",
        ["96/2021/TT-BTC||2021-11-11|Bộ Tài chính|||"],
    ),
    (
        "provincial",
        _DN08,
        # a line break inside the type word ("Tờ\ntrình")
        "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ\ntrình số 160/TTr-STC ngày 30 tháng 12 năm 2022.",
        ["160/TTr-STC||2022-12-30||rare_type,line_break||"],
    ),
    (
        "provincial",
        _BD21,
        "Số:\n21/2022/NQ-HĐND\n|\nBình\nĐịnh, ngày 07 tháng 9 năm 2022",
        ["21/2022/NQ-HĐND||||line_break||"],
    ),
    (
        "provincial",
        _BD21,
        "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH\nKHÓA XIII KỲ HỌP THỨ 7 (KỲ HỌP CHUYÊN ĐỀ)",
        [],
    ),
    (
        "provincial",
        _BD21,
        "Căn cứ Nghị quyết số 120/2020/QH14\nngày 19 tháng 6 năm 2020 của Quốc hội về phê duyệt chủ trương đầu tư Chương\ntrình mục tiêu quốc gia phát triển kinh tế - xã hội\nvùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;",
        ["120/2020/QH14|Nghị quyết|2020-06-19|Quốc hội|||"],
    ),
    (
        "provincial",
        _BD21,
        "Căn cứ Nghị quyết số 24/2021/QH15\nngày 28/7/2021 của Quốc hội về phê duyệt chủ trương\nđầu tư Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 -\n2025;",
        ["24/2021/QH15|Nghị quyết|2021-07-28|Quốc hội|||"],
    ),
    (
        "provincial",
        _BD21,
        "Căn cứ Nghị quyết số 25/2021/QH15\nngày 28 tháng 7 năm 2021 của Quốc hội về phê duyệt chủ trương đầu tư Chương\ntrình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;",
        ["25/2021/QH15|Nghị quyết|2021-07-28|Quốc hội|||"],
    ),
    (
        "provincial",
        _AG1994,
        "Số: 1994/QĐ-UBND\n|\nAn Giang, ngày 26\ntháng 8 năm 2021",
        ["1994/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        _AG1994,
        # "điều chỉnh bổ sung một số điều của" is read as amends
        "Căn cứ Nghị định số\n35/2015/NĐ-CP ngày 13 tháng 4 năm 2015 của Chính phủ về quản lý, sử dụng đất trồng\nlúa; Nghị định số 62/2019/NĐ-CP về điều chỉnh bổ sung một số điều của Nghị định\nsố 35/2015/NĐ-CP ;",
        [
            "35/2015/NĐ-CP||2015-04-13|Chính phủ|line_break||",
            "62/2019/NĐ-CP||||||",
            "35/2015/NĐ-CP||||line_break|amends|",
        ],
    ),
    (
        "provincial",
        _AG1994,
        "Căn cứ Quyết định số\n1350/QĐ-UBND ngày 25/8/2014 của UBND tỉnh về việc phê duyệt Quy hoạch tổng thể\nphát triển ngành nông nghiệp và phát triển nông thôn tỉnh An Giang đến năm\n2020, định hướng đến năm 2030;",
        ["1350/QĐ-UBND||2014-08-25|UBND tỉnh|line_break||"],
    ),
    (
        "provincial",
        _AG1994,
        "Căn cứ Công văn số\n628/BNN-TT ngày 21/01/2020 của Bộ Nông nghiệp và Phát triển nông thôn về việc\nbáo cáo kết quả chuyển đổi cơ cấu cây trồng giai đoạn 2017-2020 và lập kế hoạch\nchuyển đổi cơ cấu cây trồng giai đoạn 2021-2025, định hướng đến năm 2030.",
        ["628/BNN-TT||2020-01-21|Bộ Nông nghiệp và Phát triển nông thôn|line_break||"],
    ),
    (
        "provincial",
        _AG1994,
        "Theo đề nghị của Giám đốc Sở\nNông nghiệp và Phát triển nông thôn tại Tờ trình số 190/TTr-SNNPTNT ngày\n10/8/2021.",
        ["190/TTr-SNNPTNT||2021-08-10||rare_type||"],
    ),
    (
        "provincial",
        _QN216,
        "Số: 216/QĐ-UBND\n|\nQuảng Nam, ngày 06 tháng 02 năm 2023",
        ["216/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        _QN216,
        # the title of the decision, upper case, with a line break inside "NGHỊ\nQUYẾT"
        "VỀ VIỆC TRIỂN KHAI THỰC HIỆN NGHỊ\nQUYẾT SỐ 41/2022/NQ-HĐND NGÀY 09/12/2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ QUY ĐỊNH\nCƠ CHẾ LỒNG GHÉP NGUỒN VỐN, HUY ĐỘNG NGUỒN VỐN VÀ TỶ LỆ SỐ LƯỢNG DỰ ÁN ĐẦU TƯ\nXÂY DỰNG THỰC HIỆN THEO CƠ CHẾ ĐẶC THÙ TRONG CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\nTRÊN ĐỊA BÀN TỈNH QUẢNG NAM GIAI ĐOẠN 2021 - 2025",
        [
            "41/2022/NQ-HĐND|Nghị quyết|2022-12-09|HỘI ĐỒNG NHÂN DÂN TỈNH|uppercase_prose,line_break|implements|"
        ],
    ),
    (
        "provincial",
        _QN216,
        "Căn\ncứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ về quy định cơ chế\nquản lý, tổ chức thực hiện các Chương trình mục tiêu Quốc gia và các văn bản hướng\ndẫn thi hành;",
        ["27/2022/NĐ-CP||2022-04-19|Chính phủ|||"],
    ),
    (
        "provincial",
        _QN216,
        # the year is left out of the symbol: the same decision's title and Điều 1 cite this
        # resolution (same date, same subject) as 41/2022/NQ-HĐND, so that is its key
        "Căn\ncứ Nghị quyết số 41/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh về Quy định cơ chế lồng\nghép nguồn vốn, huy động nguồn vốn và tỷ lệ số lượng dự án đầu tư xây dựng thực\nhiện theo cơ chế đặc thù trong các Chương trình mục tiêu quốc gia trên địa bàn\ntỉnh Quảng Nam giai đoạn 2021 - 2025;",
        ["41/2022/NQ-HĐND||2022-12-09|HĐND tỉnh|ocr||"],
    ),
    (
        "provincial",
        _QN216,
        "Theo\nđề nghị của Sở Kế hoạch và Đầu tư tại Tờ trình số 08/TTr-SKHĐT ngày 18/01/2023.",
        ["08/TTr-SKHĐT||2023-01-18||rare_type||"],
    ),
    (
        "provincial",
        _QN216,
        "Điều 1. Triển khai thực hiện Nghị quyết số 41/2022/NQ-HĐND ngày\n09/12/2022 của HĐND tỉnh về Quy định cơ chế lồng ghép nguồn vốn, huy động nguồn\nvốn và tỷ lệ số lượng",
        ["41/2022/NQ-HĐND||2022-12-09|HĐND tỉnh||implements|"],
    ),
    (
        "provincial",
        _BK24,
        "Số: 24/2014/QĐ-UBND |\nBắc Kạn, ngày 31 tháng 10 năm 2014 |",
        ["24/2014/QĐ-UBND||||||"],
    ),
    (
        "provincial",
        _BK24,
        "Căn cứ Luật Thống kê ngày 17 tháng 6 năm 2003;",
        [],
    ),
    (
        "provincial",
        _BK24,
        "Căn cứ Nghị định số 40/2004/NĐ-CP ngày 13 tháng 2 năm 2004 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thống kê;",
        ["40/2004/NĐ-CP||2004-02-13|Chính phủ|||"],
    ),
    (
        "provincial",
        _BK24,
        "Căn cứ Thông tư số 20/2013/TT-BTP ngày 03 tháng 12 năm 2013 của Bộ trưởng Bộ Tư pháp hướng dẫn một số nội dung về hoạt động thống kê của Ngành Tư pháp;",
        ["20/2013/TT-BTP||2013-12-03|Bộ trưởng Bộ Tư pháp|||"],
    ),
    (
        "provincial",
        _BK24,
        "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 254/TTr-STP ngày 15 tháng 10 năm 2014,",
        ["254/TTr-STP||2014-10-15||rare_type||"],
    ),
    (
        "provincial",
        _BK24,
        "Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký và thay thế Quyết định số 623/2012/QĐ-UBND ngày 27/4/2012 của UBND tỉnh về việc ban hành Quy định về chế độ báo cáo thống kê Tư pháp trên địa bàn tỉnh Bắc Kạn.",
        ["623/2012/QĐ-UBND||2012-04-27|UBND tỉnh||replaces|"],
    ),
    (
        "provincial",
        _DL,
        # a view counter of the commune portal
        "Hôm nay:\n65\nHôm qua:\n228\nTuần này:\n1317\nTháng này:\n5746\nTất cả:\n235709",
        [],
    ),
    (
        "provincial",
        _DL,
        # an empty placeholder: the plan's own number was never filled in
        "Số:        /KH-UBND",
        [],
    ),
    (
        "provincial",
        _DL,
        "Thực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh Thanh Hóa; Công văn số 197/STTTT ngày 02/2/2021 của Sở Thông tin và Truyền thông; Kế hoạch số 661/KH-UBND ngày 05/02/2021 của UBND Huyện Triệu Sơn về thông tin, tuyên truyền Cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu Hội đồng Nhân dân các cấp, nhiệm kỳ 2021- 2026.",
        [
            "21/KH-UBND||2021-01-31|UBND tỉnh Thanh Hóa||implements|",
            "197/STTTT||2021-02-02|Sở Thông tin và Truyền thông||implements|",
            "661/KH-UBND||2021-02-05|UBND Huyện Triệu Sơn||implements|",
        ],
    ),
    (
        "provincial",
        _TT08,
        "Số:\n08/2025/TT-BTP\n|\nHà Nội,\nngày 12 tháng 6 năm 2025",
        ["08/2025/TT-BTP||||line_break||"],
    ),
    (
        "provincial",
        _TT08,
        "Căn cứ Luật Tổ chức Chính phủ năm\n2025;",
        [],
    ),
    (
        "provincial",
        _TT08,
        "Căn cứ Nghị quyết số 190/2025/QH15\nngày 19 tháng 02 năm 2025 của Quốc hội quy định về xử lý một số vấn đề liên\nquan đến sắp xếp tổ chức bộ máy nhà nước;",
        ["190/2025/QH15|Nghị quyết|2025-02-19|Quốc hội|||"],
    ),
    (
        "provincial",
        _TT08,
        "Căn cứ Nghị định số 120/2025/NĐ-CP\nngày 11 tháng 6 năm 2025 của Chính phủ quy định về phân định thẩm quyền của chính\nquyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp;",
        ["120/2025/NĐ-CP||2025-06-11|Chính phủ|||"],
    ),
    (
        "provincial",
        _TT08,
        "Căn cứ Nghị định số 121/2025/NĐ-CP\nngày 11 tháng 6 năm 2025 của Chính phủ quy định về phân quyền, phân cấp trong\nlĩnh vực quản lý nhà nước của Bộ Tư pháp;",
        ["121/2025/NĐ-CP||2025-06-11|Chính phủ|||"],
    ),
    (
        "provincial",
        _TT08,
        # a line break inside the type word ("Nghị\nđịnh")
        "Căn cứ Nghị\nđịnh số 39/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức\nnăng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp;",
        ["39/2025/NĐ-CP||2025-02-26|Chính phủ|line_break||"],
    ),
    # --- Party and mass organisations ---------------------------------------------------------
    (
        "party",
        {
            "url": "https://syt.binhdinh.gov.vn/index.php/vi/news/thong-tin-chi-dao-dieu-hanh/ban-thuong-vu-dang-uy-uy-ban-nhan-dan-tinh-binh-dinh-xay-dung-ke-hoach-trien-khai-cuoc-thi-chinh-luan-ve-bao-ve-nen-tang-tu-tuong-cua-dang-lan-thu-nam-nam-2025-3596.html"
        },
        "Thể lệ và định hướng những chủ đề Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ Năm, năm 2025 theo Kế hoạch số 57-KH/HVCTQG ngày 05/02/2025 của Học viện Chính trị Quốc gia Hồ Chí Minh và Kế hoạch số 49-KH/BTGTU ngày 21/02/2025 của Ban Tuyên giáo Tỉnh ủy triển khai hưởng ứng Cuộc thi trên địa bàn tỉnh.\n(Xem chi tiết Kế hoạch)",
        [
            "57-KH/HVCTQG||2025-02-05|Học viện Chính trị Quốc gia Hồ Chí Minh|||",
            "49-KH/BTGTU||2025-02-21|Ban Tuyên giáo Tỉnh ủy|||",
        ],
    ),
    (
        "party",
        _TRANPHU,
        # the date and issuer come before the reference: not labelled
        "Ngày 28 tháng 7 năm 2021, Ban Chấp hành Trung ương Đảng đã ban hành Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng (gọi tắt là quy định 22), trong đó, bổ sung, sửa đổi nhiều nội dung quan trọng để cụ thể hóa Nghị quyết Đại hội XIII của Đảng và phù hợp với thực tiễn hiện nay.",
        ["22-QĐ/TW|Quy định|||||"],
    ),
    (
        "party",
        _TRANPHU,
        "Về tên gọi của Quy định: Quy định số 30-QĐ/TW tên gọi là Quy định thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng. Quy định số 22-QĐ/TW tên gọi là Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng.",
        ["30-QĐ/TW|Quy định|||||", "22-QĐ/TW|Quy định|||||"],
    ),
    (
        "party",
        _TRANPHU,
        "Quy định 22 có một điều về Phạm vi điều chỉnh, trong đó bổ sung đối tượng áp dụng so với Quy định 30 là “bao gồm cả tổ chức đảng đã hết nhiệm kỳ hoạt động, đã giải thể hoặc thay đổi do chia tách, sát nhập về mặt tổ chức; đảng viên đã chuyển công tác, nghỉ việc, nghỉ hưu” (Quy định tại Khoản 2, Điều 1).",
        [],
    ),
    (
        "party",
        _QD117,
        "Số hiệu: 117-QĐ/TW Loại văn bản: Quy định",
        ["117-QĐ/TW|Quy định|||||"],
    ),
    (
        "party",
        _QD117,
        "Nơi ban hành: Ban Chấp hành Trung ương Người ký: Trương Thị Mai\nNgày ban hành: 18/08/2023 Ngày hiệu lực: Đã biết",
        [],
    ),
    (
        "party",
        _QD117,
        "Ngày 18/8/2023, Ban Chấp hành Trung ương ban hành Quy định 117-QĐ/TW về xin lỗi và phục hồi quyền lợi của tổ chức đảng, đảng viên bị kỷ luật oan, trong đó quy định đảng viên bị cách chức oan được xem xét phục hồi chức vụ.",
        ["117-QĐ/TW|Quy định|||no_so||"],
    ),
    (
        "party",
        _TIENPHUOC,
        "Hội Nông dân Tiên Mỹ triển khai Nghị quyết 46 của Bộ Chính trị và Nghị quyết Đại hội Nông dân các cấp 2023- 2028",
        [],
    ),
    (
        "party",
        _TIENPHUOC,
        # the issuer is mistyped "Bộ Chính" (kept as written)
        "Tại hội nghị, các đại biểu đã được nghe đồng chí Phạm Văn Nhung – Phó Chủ tịch Hội Nông dân huyện quán triệt Nghị quyết số 46-NQ/TW, ngày 20/12/2023 của Bộ Chính về đổi mới, nâng cao chất lượng hoạt động của HND Việt Nam đáp ứng yêu cầu nhiệm vụ cách mạng trong giai đoạn mới; quán triệt Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam, nhiệm kỳ 2023-2028; những nội dung cơ bản của Điều lệ Hội Nông dân Việt Nam khóa VIII (sửa đổi, bổ sung); chương trình công tác trọng tâm của BCH Trung ương HND Việt Nam nhiệm kỳ 2023-2028.",
        ["46-NQ/TW||2023-12-20|Bộ Chính||implements|"],
    ),
    (
        "party",
        {
            "url": "https://thuviensuckhoe.org/dieu-kien-ket-nap-dang-vien-moi-nhat-nam-2021-20211023163228.htm"
        },
        "Căn cứ:\n- Điều lệ Đảng 2011;\n- Quy định 24-QĐ/TW ngày 30/7/2021 về thi hành Điều lệ Đảng;\n- Hướng dẫn 01-HD/TW ngày 28/9/2021 về một số vấn đề cụ thể thi hành Điều lệ Đảng.",
        ["24-QĐ/TW|Quy định|2021-07-30||no_so||", "01-HD/TW||2021-09-28||no_so,rare_type||"],
    ),
    (
        "party",
        _CHIUY,
        "HƯỚNG DẪN NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN, SỐ 09-HD/BTCTW",
        ["09-HD/BTCTW||||uppercase_prose,rare_type||"],
    ),
    (
        "party",
        _CHIUY,
        "Số: 09-HD/BTCTW\nHà Nội, ngày 05 tháng 6 năm 2017",
        ["09-HD/BTCTW||||rare_type||"],
    ),
    (
        "party",
        _CHIUY,
        "Căn cứ Điều lệ Đảng, Quy định số 29-QĐ/TW, ngày 25-7-2016 của Ban Chấp hành Trung ương về “Thi hành Điều lệ Đảng”, Hướng dẫn số 01- HD/TW, ngày 20-9-2016 của Ban Bí thư “Một số vấn đề cụ thể thi hành Điều lệ Đảng”;",
        [
            "29-QĐ/TW|Quy định|2016-07-25|Ban Chấp hành Trung ương|||",
            "01-HD/TW||2016-09-20|Ban Bí thư|spaced,rare_type||",
        ],
    ),
    (
        "party",
        {"url": "https://brvtweb.edu.vn/ket-nap-dang-vien"},
        # machine-"spun" text: "Quy lăm le" for Quy định (the prose names no type, so the
        # symbol's Quyết định is labelled), "Ban Bế Tắc thư" for Ban Bí thư (kept as written)
        "Căn cứ Quy lăm le số 29- QĐ/TW, ngày 25/7/2016 của Ban Chấp hành Trung ương; Hướng dẫn số 01- HD/TW ngày 20/9/2016 của Ban Bế Tắc thư về một vài yếu tố rõ ràng Thi hành Điều Lệ Đảng; Hướng dẫn số 12- HD/BTCTW ngày 17/5/2012 của Ban Tổ chức Trung ương chỉ dẫn một vài yếu tố rõ ràng về nhiệm vụ công tác làm việc đảng viên và lập biểu tổng hợp cơ bạn dạng vô khối hệ thống tổ chức triển khai đảng.",
        [
            "29-QĐ/TW||2016-07-25|Ban Chấp hành Trung ương|spaced||",
            "01-HD/TW||2016-09-20|Ban Bế Tắc thư|spaced,rare_type||",
            "12-HD/BTCTW||2012-05-17|Ban Tổ chức Trung ương|spaced,rare_type||",
        ],
    ),
    (
        "party",
        _DAUTRI,
        "Số: 09-HD/BTCTW\n\nHà Nội, ngày 05 tháng 6 năm 2017",
        ["09-HD/BTCTW||||rare_type||"],
    ),
    (
        "party",
        _DAUTRI,
        "Bạn đang xem: Hướng dẫn số 09",
        [],
    ),
    (
        "party",
        {"url": "http://congtacdang.blogspot.com/2011_02_01_archive.html"},
        "TRÍCH HD 08-HD/BTCTW VỀ CHUYEN SINH HOẠT ĐẢNG",
        ["08-HD/BTCTW||||uppercase_prose,no_so,rare_type||"],
    ),
    (
        "party",
        _LDLD,
        "Số: 34 /KH-LĐLĐ",
        ["34/KH-LĐLĐ||||spaced||"],
    ),
    (
        "party",
        _LDLD,
        # "trên cơ sở" is no relation
        "Thực hiện Kế hoạch số 168/KH-LĐLĐ ngày 03/12/2021của LĐLĐ tỉnh Thanh Hóa, trên cơ sở Kế hoạch số 31/KH-LĐLĐ, ngày 12/11/2021 của LĐLĐ huyện về việc tổ chức các hoạt động chăm lo cho đoàn viên, người lao động nhân dịp Tết Nguyên đán Nhâm Dần – 2022, Ban Thường vụ LĐLĐ huyện triển khai kế hoạch tổ chức “Tết Sum vầy – Xuân bình an” năm 2022 như sau:",
        [
            "168/KH-LĐLĐ||2021-12-03|LĐLĐ tỉnh Thanh Hóa|glued|implements|",
            "31/KH-LĐLĐ||2021-11-12|LĐLĐ huyện|||",
        ],
    ),
    (
        "party",
        _QD29,
        "Số: 29-QĐ/TW\n|\nHà\nNội, ngày 25 tháng 07\nnăm 2016\n|\nQUY ĐỊNH\nTHI\nHÀNH ĐIỀU LỆ ĐẢNG",
        ["29-QĐ/TW|Quy định|||||"],
    ),
    (
        "party",
        _QD29,
        "- Xét Tờ trình và Báo cáo của Bộ\nChính trị tiếp thu, giải trình ý kiến thảo luận của Trung ương tại Hội nghị lần\nthứ ba Ban Chấp hành Trung ương Đảng khóa XII,",
        [],
    ),
    (
        "party",
        {
            "url": "http://danvan.vn/Home/Van-ban/Dang-Nha-nuoc/14431/Quy-dinh-so-24-QDTW-ngay-3072021-cua-Ban-Chap-hanh-Trung-uong-ve-thi-hanh-Dieu-le-Dang"
        },
        "Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng",
        ["24-QĐ/TW|Quy định|2021-07-30|Ban Chấp hành Trung ương|||"],
    ),
    (
        "party",
        _LHU,
        "Số: 03-HD/BTCTW",
        ["03-HD/BTCTW||||rare_type||"],
    ),
    (
        "party",
        _LHU,
        # the type word is separated from "số" by the title
        "- Căn cứ Quy định thi hành Điều lệ Đảng số 23-QĐ/TW ngày 31-10-2006 của Bộ Chính trị khoá X;",
        ["23-QĐ/TW|Quy định|2006-10-31|Bộ Chính trị khoá X|||"],
    ),
    (
        "party",
        {
            "url": "https://thuvienphapluat.vn/documents/law.aspx?id=E%3DpReE9EazTm&mode=Q%3DdsbGRWODWk"
        },
        "Số 232-QĐ/TW\n|\nHà Nội, ngày 20\ntháng 01 năm 2025\n|\nQUY ĐỊNH\nTHI\nHÀNH ĐIỀU LỆ ĐẢNG",
        ["232-QĐ/TW|Quy định|||||"],
    ),
    (
        "party",
        _LTQ,
        "Hướng dẫn 01 - HD/TW Hướng dẫn một số vấn đề cụ thể thi hành điều lệ Đảng",
        ["01-HD/TW||||spaced,no_so,rare_type||"],
    ),
    (
        "party",
        _LTQ,
        "- Căn cứ Quy định số 29-QĐ/TW, ngày 25-7-2016 của Ban Chấp hành Trung ương khóa XII, Quy định thi hành Điều lệ Đảng;",
        ["29-QĐ/TW|Quy định|2016-07-25|Ban Chấp hành Trung ương khóa XII|||"],
    ),
    (
        "party",
        {
            "url": "http://tranvanthoi.camau.dcs.vn/dai-hoi-diem-va-thi-diem-chu-truong-dai-hoi-truc-tiep-bau-bi-thu-cap-uy.670"
        },
        "Đồng chí Lê Thị Nhung, Bí thư Huyện uỷ  triển khai Chỉ thị số 35 của Bộ Chính trị.",
        [],
    ),
    # --- news ---------------------------------------------------------------------------------
    (
        "news",
        _BBT,
        "Nghị quyết số 21 – NQ/TW: Nâng cao chất lượng, năng lực lãnh đạo, sức chiến đấu của Đảng",
        ["21-NQ/TW||||spaced||"],
    ),
    (
        "news",
        _BBT,
        "Hội nghị lần thứ 5, Ban Chấp hành Trung ương Đảng - khóa XIII, đã ban hành Nghị quyết số 21 – NQ/TW (NQ21) về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới, là sự khẳng định tầm quan trọng của nhiệm vụ trọng yếu này.",
        ["21-NQ/TW||||spaced||"],
    ),
    (
        "news",
        {"url": "https://nghean24h.vn/tag/thanh-phan-xa-hoi"},
        # "quán triệt và triển khai thực hiện 04 Nghị quyết ..., gồm: ..." governs the whole
        # list (implements); the issuer is named before the list, so none is labelled
        "Là yêu cầu của Tổng Bí thư Tô Lâm tại Hội nghị toàn quốc quán triệt và triển khai thực hiện 04 Nghị quyết của Bộ Chính trị, gồm: Nghị quyết số 59-NQ/TW về hội nhập quốc tế trong tình hình mới, Nghị quyết số 70-NQ/TW về bảo đảm an ninh năng lượng quốc gia đến năm 2030, tầm nhìn đến năm 2045, Nghị quyết số 71-NQ/TW về đột phá phát triển giáo dục và đào tạo và Nghị quyết số 72-NQ/TW về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân diễn ra vào sáng 16/9.",
        [
            "59-NQ/TW|||||implements|",
            "70-NQ/TW|||||implements|",
            "71-NQ/TW|||||implements|",
            "72-NQ/TW|||||implements|",
        ],
    ),
    (
        "news",
        {
            "url": "https://7msportnews.org/tin-tuc/thu-tuong-lanh-dao-don-vi-cung-ung-dien-de-thieu-dien-se-mat-chuc-1030327.html"
        },
        "Thay mặt Bộ Chính trị, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú vừa ký ban hành Quyết định số 304-QĐ/TW (Quyết định 304) về chức năng, nhiệm vụ, tổ chức bộ máy Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam.",
        ["304-QĐ/TW||||||"],
    ),
    (
        "news",
        {
            "url": "https://tapchicongthuong.vn/nghi-dinh-so-31-2011-nd-cp-ngay-11-5-2011-cua-chinh-phu-ve-sua-doi--bo-sung-mot-so-dieu-cua-nghi-dinh-so-75-2006-nd-cp-ngay-02-thang-8-nam-2006-cua-chinh-phu-quy-dinh-chi-tiet-va-huong-dan-thi-hanh-mo-15076.htm"
        },
        "Nghị định số 31/2011/NĐ-CP ngày 11/5/2011 của Chính phủ về Sửa đổi, bổ sung một số điều của Nghị định số 75/2006/NĐ-CP ngày 02 tháng 8 năm 2006 của Chính phủ quy định chi tiết và hướng dẫn thi hành mộ",
        [
            "31/2011/NĐ-CP||2011-05-11|Chính phủ|||",
            "75/2006/NĐ-CP||2006-08-02|Chính phủ||amends|",
        ],
    ),
    (
        "news",
        {"url": "http://vietlaw.biz/bldisplay/public/db1/BOX_search_indoc.php?indexid=&doc=1949"},
        "Nghị định 116/2013/nđ-cp ngày 04 tháng 10 năm 2013 quy định chi tiết thi hành một số điều của luật - SEARCH",
        ["116/2013/NĐ-CP||2013-10-04||no_so,lowercase||"],
    ),
    (
        "news",
        {
            "url": "http://www.baomoi.com/Bon-chuong-trinh-hanh-dong-cua-Doan-TNCS-Ho-Chi-Minh/c/6122062.epi"
        },
        "(HNM) - Trong hai ngày 21, 22-4, Ban Thường vụ TƯ Đoàn đã tổ chức Hội nghị lần thứ 14, khóa IX nhằm thảo luận Chương trình hành động của Đoàn TNCS Hồ Chí Minh thực hiện Nghị quyết Đại hội lần thứ XI của Đảng và đánh giá kết quả các hoạt động kỷ niệm 80 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh; công tác quý I- 2011, bàn một số giải pháp tiếp tục triển khai Năm Thanh niên.",
        [],
    ),
    (
        "news",
        {
            "url": "https://m.baomoi.com/tao-dieu-kien-cho-tri-thuc-tre-tham-gia-xay-dung-dat-nuoc/c/2037488.epi"
        },
        "TT - Ngày 29-9 tại Hải Phòng, Ban thường vụ T.Ư Đoàn đã khai mạc hội nghị lần 3 (khóa 9) nhằm thảo luận, đưa ra các chương trình hành động thực hiện nghị quyết T.Ư 7 của Đảng về công tác thanh niên, trí thức trẻ và giải pháp đẩy mạnh các cuộc vận động, phong trào Đoàn.",
        [],
    ),
    (
        "news",
        {
            "url": "http://m.baohaiduong.vn/chinh-tri/huyen-uy-thanh-ha-chon-2-dang-bo-to-chuc-dai-hoi-diem-129125"
        },
        "Đại hội Đảng bộ xã Tân Việt dự kiến tổ chức trước ngày 25.3; Đại hội Đảng bộ Xí nghiệp khai thác công trình thủy lợi huyện trước ngày 5.4.",
        [],
    ),
    (
        "news",
        {
            "url": "https://vihuong.bachthong.gov.vn/hoi-nghi-bch-dang-bo-xa-vi-huong-thang-01-nam-2021/"
        },
        "Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp theo Quy chế, hội nghị đã đánh giá công tác tháng 01, triển khai nhiệm vụ tháng 02 năm 2021.",
        [],
    ),
    (
        "news",
        {
            "url": "https://www.baomoi.com/hoi-nghi-bch-dang-bo-tinh-lan-thu-18-khoa-xvii-mo-rong-c48784933.epi"
        },
        "8h00: Đồng chí Bí thư Tỉnh ủy Chẩu Văn Lâm quán triệt, triển khai bài phát biểu của đồng chí Tổng Bí thư Nguyễn Phú Trọng, Trưởng Tiểu ban nhân sự Đại hội XIV của Đảng tại phiên họp đầu tiên của Tiểu ban nhân sự ngày 13/3/2024.",
        [],
    ),
    (
        "news",
        {"url": "https://baomoi.net.vn/tag/Quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh-315.epi"},
        "Tổng Bí thư Tô Lâm ký ban hành các quyết định của Bộ Chính trị về thành lập 23 đảng bộ các tỉnh, TP sau khi thực hiện sáp nhập, hợp nhất.",
        [],
    ),
]

CODIFIED8 = [
    _cod(
        "van-ban/quoc-phong/thuc-hien-che-do-huu-tri-doi-voi-quan-nhan-truc-tiep-tham-gia-khang-chien-chong-my-cuu-nuoc-tu-ngay-30-thang-4-nam-1975-tro-ve-truoc-co-20-nam-tro-len-phuc-vu-quan-doi-da-phuc-vien-xuat-ngu.md",
        29,
        "(Điều 1 Nghị định số 159/2006/NĐ- CP Về việc thực hiện chế độ hưu trí đối với quân nhân trực tiếp tham gia kháng chiến chống Mỹ cứu nước từ ngày 30/4/1975 trở về trước có 20 năm trở lên phục vụ quân đội đã phục viên, xuất ngũ ngày 28/12/2006 của Chính phủ, có hiệu lực thi hành kể từ ngày 16/01/2007)",
        ["159/2006/NĐ-CP||2006-12-28|Chính phủ|spaced||1"],
    ),
    _cod(
        "van-ban/xay-dung-nha-o-do-thi/kien-truc.md",
        63,
        "(Điều 1 Thông tư số 08/2021/TT-BXD Hướng dẫn phương pháp xác định chi phí lập và tổ chức thực hiện quy chế quản lý kiến trúc ngày 02/08/2021 của Bộ Xây dựng, có hiệu lực thi hành kể từ ngày 17/09/2021 )",
        ["08/2021/TT-BXD||2021-08-02|Bộ Xây dựng|||1"],
    ),
    _cod(
        "van-ban/y-te-duoc/quan-ly-trang-thiet-bi-y-te.md",
        2037,
        "(Điều 74 Nghị định số 98/2021/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/01/2022, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 1 Nghị định số 07/2023/NĐ-CP có hiệu lực thi hành kể từ ngày 03/03/2023)",
        [
            "98/2021/NĐ-CP|||||amends|74",
            "07/2023/NĐ-CP||||||1",
        ],
    ),
    _cod(
        "van-ban/dan-so-gia-dinh-tre-em-binh-dang-gioi/hon-nhan-va-gia-dinh.md",
        2159,
        "(Điều này có nội dung liên quan đến Điều 11. Việc trông nom, chăm sóc, giáo dục, nuôi dưỡng con sau khi ly hôn (Điều 92). của Nghị quyết 02/2000/NQ-HĐTP Của Hội đồng Thẩm phán Toà án nhân dân tối cao số 02/2000/NĐ-HĐTP ngày 23 tháng 12 năm 2000 hướng dẫn áp dụng một số quy định của Luật Hôn nhân và Gia đình năm 2000 ban hành ngày 23/12/2000)",
        [
            "02/2000/NQ-HĐTP||2000-12-23|Hội đồng Thẩm phán Toà án nhân dân tối cao|no_so||11",
            "02/2000/NQ-HĐTP|Nghị quyết|2000-12-23||ocr||",
        ],
    ),
    _cod(
        "van-ban/quoc-phong/luc-luong-du-bi-dong-vien.md",
        1679,
        "3. Các chế độ, chính sách đối với lực lượng dự bị động viên quy định tại Mục I Chương V Nghị định số 39/CP ngày 28 tháng 4 năm 1997 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Pháp lệnh về lực lượng dự bị động viên; Điều 38, Điều 39, Điều 40, Điều 41 và Điều 43 Nghị định số 26/2002/NĐ-CP ngày 21 tháng 3 năm 2002 của Chính phủ về sĩ quan dự bị Quân đội nhân dân Việt Nam hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành.",
        [
            "39/CP|Nghị định|1997-04-28|Chính phủ|old_style|repeals|",
            "26/2002/NĐ-CP||2002-03-21|Chính phủ|pinpoint_list|repeals|38, 39, 40, 41, 43",
        ],
    ),
    _cod(
        "van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/thu-tuc-bat-giu-tau-bay.md",
        663,
        "(Điều này có nội dung liên quan đến Điều 14.5.LQ.44. Bắt giữ tàu bay của Luật 66/2006/QH11 Hàng không dân dụng Việt Nam ban hành ngày 29/06/2006; Điều 30.2.LQ.96. Kê biên phương tiện giao thông của Luật 26/2008/QH12 Thi hành án dân sự ban hành ngày 14/11/2008; Điều 37.3.PL.3. Thẩm quyền quyết định bắt giữ tàu bay; Điều 37.3.PL.32. Căn cứ bắt giữ tàu bay để thi hành án)",
        [
            "66/2006/QH11||2006-06-29||no_so||",
            "26/2008/QH12||2008-11-14||no_so||",
        ],
    ),
    _cod(
        "van-ban/trat-tu-an-toan-xa-hoi/canh-sat-co-dong.md",
        841,
        "1. Phù hiệu của Cảnh sát cơ động thực hiện theo quy định tại Nghị định số 160/2007/NĐ-CP ngày 30/10/2007 của Chính phủ quy định cờ truyền thống, công an hiệu, cấp hiệu, phù hiệu và trang phục của lực lượng Công an nhân dân và Thông tư số 30/2008/TT-BCA-X11 ngày 03/11/2008 của Bộ Công an hướng dẫn thực hiện Nghị định số 160/2007/NĐ-CP ngày 30/10/2007.",
        [
            "160/2007/NĐ-CP||2007-10-30|Chính phủ|||",
            "30/2008/TT-BCA-X11||2008-11-03|Bộ Công an|||",
            "160/2007/NĐ-CP||2007-10-30|||guides|",
        ],
    ),
    _cod(
        "van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/to-tung-hinh-su.md",
        14739,
        "3. Đối với những vụ tai nạn giao thông xảy ra trước ngày 01 tháng 01 năm 2021 thì thực hiện theo quy định tại Thông tư số 77/2012/TT-BCA.",
        ["77/2012/TT-BCA||||||"],
    ),
    _cod(
        "van-ban/thi-hanh-an/to-chuc-va-hoat-dong-cua-thua-phat-lai.md",
        2253,
        "2. Nghị định số 61/2009/NĐ-CP ngày 24 tháng 7 năm 2009 của Chính phủ về tổ chức và hoạt động của Thừa phát lại thực hiện thí điểm tại Thành phố Hồ Chí Minh; Nghị định số 135/2013/NĐ-CP ngày 18 tháng 10 năm 2013 của Chính phủ sửa đổi, bổ sung tên gọi và một số điều của Nghị định số 61/2009/NĐ-CP ngày 24 tháng 7 năm 2009 của Chính phủ về tổ chức và hoạt động của Thừa phát lại thực hiện thí điểm tại Thành phố Hồ Chí Minh hết hiệu lực kể từ ngày Nghị định này có hiệu lực, trừ trường hợp quy định tại khoản 4 Điều này.",
        [
            "61/2009/NĐ-CP||2009-07-24|Chính phủ||repeals|",
            "135/2013/NĐ-CP||2013-10-18|Chính phủ||repeals|",
            "61/2009/NĐ-CP||2009-07-24|Chính phủ||amends|",
        ],
    ),
    _cod(
        "van-ban/nong-nghiep-nong-thon/lam-nghiep.md",
        207,
        "c) Đối với việc chuyển mục đích sử dụng rừng tự nhiên sang mục đích khác: thực hiện theo quy định tại khoản 2 Điều 14 Luật Lâm nghiệp, Nghị định số 83/2020/NĐ-CP ngày 15 tháng 7 năm 2020 của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 quy định chi tiết thi hành một số điều của Luật Lâm nghiệp.",
        [
            "83/2020/NĐ-CP||2020-07-15|Chính phủ|||",
            "156/2018/NĐ-CP||2018-11-16|||amends|",
        ],
    ),
    _cod(
        "van-ban/to-chuc-chinh-tri-xa-hoi-hoi/to-chuc-hoat-dong-cua-quy-xa-hoi-quy-tu-thien.md",
        637,
        "1. Trong thời hạn 30 ngày kể từ ngày quỹ thành lập pháp nhân theo quy định tại Điều 33 Nghị định số 93/2019/NĐ-CP thì quỹ gửi hồ sơ thông báo cơ quan nhà nước có thẩm quyền quy định tại Điều 18 Nghị định số 93/2019/NĐ-CP.",
        [
            "93/2019/NĐ-CP||||||33",
            "93/2019/NĐ-CP||||||18",
        ],
    ),
    _cod(
        "van-ban/ngoai-giao-dieu-uoc-quoc-te.md",
        787,
        "Điều 23.3.NĐ.27. Hiệu lực thi hành Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 11 năm 2022 và thay thế Nghị định số 12/2012/NĐ-CP ngày 01 tháng 3 năm 2012 của Chính phủ về đăng ký và quản l...",
        ["12/2012/NĐ-CP||2012-03-01|Chính phủ||replaces|"],
    ),
    _cod(
        "van-ban/tai-nguyen/do-dac-va-ban-do.md",
        3247,
        "Điều 27.1.NĐ.2.35. Gia hạn giấy phép hoạt động đo đạc và bản đồ 1. Trong thời hạn 60 ngày trước khi giấy phép hoạt động đo đạc và bản đồ hết hạn, nếu tổ chức có nhu cầu gia hạn giấy phép đã được cấp thì nộp hồ sơ đề nghị gia hạn giấy phép theo quy định tại khoản 1 Điều 33 Nghị định số 27/2019/NĐ-CP (được sửa đổi, bổ sung theo quy định tại điểm a khoản 8 Điều 1 Nghị định này) để làm thủ tục gia hạn. Giấy phép không được gia hạn sau ngày giấy phép hết hạn.",
        ["27/2019/NĐ-CP|||||amends|33,1"],
    ),
    _cod(
        "van-ban/quoc-phong/quoc-phong.md",
        183,
        "(Điều 2 Luật số 22/2018/QH14, có hiệu lực thi hành kể từ ngày 01/01/2019, có nội dung bị bãi bỏ bởi Điều 54 Luật số 18/2023/QH15 có hiệu lực thi hành kể từ ngày 01/07/2024)",
        [
            "22/2018/QH14|||||repeals|2",
            "18/2023/QH15||||||54",
        ],
    ),
    _cod(
        "van-ban/van-hoa-the-thao-du-lich/quy-che-dat-ten-doi-ten-duong-pho-va-cong-trinh-cong-cong.md",
        35,
        "(Điều 1 Thông tư số 36/2006/TT-BVHTT Hướng dẫn thực hiện một số điều của Quy chế đặt tên, đổi tên đường, phố và công trình công cộng ban hành kèm theo Nghị định số 91/2005/NĐ-CP ngày 11 tháng 07 năm 2005 của Chính phủ ngày 20/03/2006 của Bộ Văn hoá - Thông tin, có hiệu lực thi hành kể từ ngày 15/04/2006)",
        [
            "36/2006/TT-BVHTT||2006-03-20|Bộ Văn hoá - Thông tin|||1",
            "91/2005/NĐ-CP||2005-07-11|Chính phủ||guides|",
        ],
    ),
    _cod(
        "van-ban/quoc-phong/mot-so-che-do-doi-voi-doi-tuong-tham-gia-chien-tranh-bao-ve-to-quoc-lam-nhiem-vu-quoc-te-o-cam-pu-chia-giup-ban-lao-sau-ngay-30-thang-4-nam-1975-co-tu-du-20-nam-tro-len-phuc-vu-trong-quan-doi-cong-an-da-phuc-vien-xuat-ngu-thoi-viec.md",
        711,
        "a) Bố trí kinh phí hàng năm để thực hiện chế độ, chính sách quy định tại Nghị định số 23/2012/NĐ-CP và Thông tư này theo quy dịnh của pháp luật về ngân sách nhà nước;",
        ["23/2012/NĐ-CP||||||"],
    ),
    _cod(
        "van-ban/quoc-phong/quan-nhan-chuyen-nghiep-cong-nhan-va-vien-chuc-quoc-phong.md",
        2315,
        "- Làm nghề, công việc được xếp loại lao động đặc biệt nặng nhọc, độc hại, nguy hiểm (loại V, loại VI) quy định tại Quyết định số 1085/LĐTBXH-QĐ ngày 06 tháng 9 năm 1996 của Bộ Lao động-Thương binh và Xã hội ban hành tạm thời Danh mục nghề, công việc đặc biệt nặng nhọc, độc hại, nguy hiểm và nặng nhọc, độc hại, nguy hiểm (sau đây viết tắt là Quyết định số 1085/LĐTBXH-QĐ); Quyết định số 03/2006/QĐ-LĐTBXH ngày 07 tháng 3 năm 2006 của Bộ Lao động- Thương binh và Xã hội ban hành tạm thời Danh mục nghề, công việc nặng nhọc, độc hại, nguy hiểm và đặc biệt nặng nhọc, độc hại, nguy hiểm trong Quân đội (sau đây viết tắt là Quyết định số 03/2006/QĐ-LĐTBXH) và Thông tư số 20/2016/TT-BLĐTBXH ngày 28 tháng 6 năm 2016 của Bộ Lao động-Thương binh và Xã hội ban hành Danh mục nghề, công việc nặng nhọc, độc hại, nguy hiểm và đặc biệt nặng nhọc, độc hại, nguy hiểm trong Quân đội (sau đây viết tắt là Thông tư số 20/2016/TT-BLĐTBXH).",
        [
            "1085/LĐTBXH-QĐ|Quyết định|1996-09-06|Bộ Lao động-Thương binh và Xã hội|old_style||",
            "1085/LĐTBXH-QĐ|Quyết định|||old_style||",
            "03/2006/QĐ-LĐTBXH||2006-03-07|Bộ Lao động- Thương binh và Xã hội|||",
            "03/2006/QĐ-LĐTBXH||||||",
            "20/2016/TT-BLĐTBXH||2016-06-28|Bộ Lao động-Thương binh và Xã hội|||",
            "20/2016/TT-BLĐTBXH||||||",
        ],
    ),
    _cod(
        "van-ban/bao-hiem/bao-hiem-y-te.md",
        2721,
        "d) Các đối tượng tham gia bảo hiểm y tế quy định tại Điểm b Khoản 1 Điều 4 Nghị định số 105/2014/NĐ-CP ngày 15/11/2014 và Điều 2 Nghị định 70/2015/NĐ-CP của Chính phủ không áp dụng quy định tại Điểm b Khoản 2 Điều 3 Thông tư này và không áp dụng giới hạn tỷ lệ thanh toán của vật tư y tế quy định tại cột 5 Danh mục vật tư y tế tại Phụ lục 01 ban hành kèm theo Thông tư này.",
        [
            "105/2014/NĐ-CP||2014-11-15|Chính phủ|||4,1,b",
            "70/2015/NĐ-CP|||Chính phủ|no_so||2",
        ],
    ),
    _cod(
        "van-ban/ton-giao-tin-nguong/tin-nguong-ton-giao.md",
        1844,
        "1. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 9 năm 2018, thay thế Quyết định số 06/2015/QĐ-TTg ngày 12 tháng 02 năm 2015 của Thủ tướng Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Tôn giáo Chính phủ trực thuộc Bộ Nội vụ.",
        ["06/2015/QĐ-TTg||2015-02-12|Thủ tướng Chính phủ||replaces|"],
    ),
    _cod(
        "van-ban/buu-chinh-vien-thong/tan-so-vo-tuyen-dien.md",
        871,
        "(Điều 1 Quyết định số 71/2013/QĐ-TTg, có hiệu lực thi hành kể từ ngày 15/01/2014, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 1 Quyết định số 02/2017/QĐ-TTg có hiệu lực thi hành kể từ ngày 05/03/2017)",
        [
            "71/2013/QĐ-TTg|||||amends|1",
            "02/2017/QĐ-TTg||||||1",
        ],
    ),
    _cod(
        "van-ban/dan-su/quy-dinh-thi-hanh-bo-luat-dan-su-ve-bao-dam-thuc-hien-nghia-vu.md",
        193,
        "(Điều này có nội dung liên quan đến Điều 9.1.LQ.271. Nội dung của quyền bề mặt; Điều 9.3.NĐ.9. Mô tả tài sản bảo đảm; Điều 9.3.NĐ.10. Quyền sử dụng đất, tài sản gắn liền với đất của Nghị định 21/2021/NĐ-CP Quy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ ban hành ngày 19/03/2021)",
        ["21/2021/NĐ-CP||2021-03-19||no_so||"],
    ),
    _cod(
        "van-ban/ngoai-giao-dieu-uoc-quoc-te/co-quan-dai-dien-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam-o-nuoc-ngoai.md",
        1855,
        "(Điều 2 Nghị định số 51/2024/NĐ-CP Sửa đổi, bổ sung một số điều của Nghị định số 08/2019/NĐ-CP ngày 23 tháng 01 năm 2019 của Chính phủ quy định một số chế độ đối với thành viên cơ quan Việt Nam ở nước ngoài ngày 15/05/2024 của Chính phủ, có hiệu lực thi hành kể từ ngày 15/05/2024 )",
        [
            "51/2024/NĐ-CP||2024-05-15|Chính phủ|||2",
            "08/2019/NĐ-CP||2019-01-23|Chính phủ||amends|",
        ],
    ),
    _cod(
        "van-ban/bo-tro-tu-phap.md",
        2647,
        "Điều 4.3.TT.35.28. Hiệu lực thi hành 1. Thông tư này có hiệu lực kể từ ngày 15 tháng 8 năm 2022 và thay thế Thông tư số 138/2013/TT-BTC ngày 09 tháng 10 năm 2013 của Bộ Tài chính hướng dẫn một số nội ...",
        ["138/2013/TT-BTC||2013-10-09|Bộ Tài chính||replaces|"],
    ),
    _cod(
        "van-ban/y-te-duoc/an-toan-thuc-pham.md",
        4017,
        "Điều 45.1.TT.59.25. Thẩm tra việc thực hiện Chương trình giám sát của cơ sở làm sạch, nuôi lưu, thu mua, sơ chế, chế biến NT2MV 1. Tần suất thẩm tra: Định kỳ 01 năm một lần (hoặc đột xuất khi cần thiết), Cơ quan kiểm tra chủ trì, phối hợp với Cơ quan kiểm soát tổ chức thẩm tra việc tuân thủ các quy định tại Thông tư này của các cơ sở làm sạch, nuôi lưu, thu mua, sơ chế, chế biến NT2MV. Việc thẩm tra có thể được thực hiện kết hợp khi Cơ quan kiểm tra tiến hành thẩm tra việc thực hiện Chương trình giám sát của Cơ quan kiểm soát hoặc khi kiểm tra điều kiện an toàn thực phẩm của cơ sở, lấy mẫu kiểm tra lô hàng NT2MV theo quy định tại Thông tư 48/2013/TT-BNNPTNT ngày 12/11/2013 của Bộ Nông nghiệp và Phát triển nông thôn quy định về kiểm tra, chứng nhận an toàn thực phẩm thủy sản xuất khẩu.",
        ["48/2013/TT-BNNPTNT||2013-11-12|Bộ Nông nghiệp và Phát triển nông thôn|no_so||"],
    ),
    _cod(
        "van-ban/trat-tu-an-toan-xa-hoi/phong-chong-ma-tuy.md",
        109,
        "(Điều 1 Thông tư số 05/2011/TT-BLĐTBXH Ban hành hệ thống biểu mẫu thống kê và hướng dẫn thu thập thông tin về công tác cai nghiện ma túy và quản lý sau cai nghiện theo Quyết định số 127/2009/QĐ-TTg ngày 26 tháng 10 năm 2009 của Thủ tướng Chính phủ Ban hành Chế độ báo cáo thống kê về phòng, chống ma túy ngày 23/03/2011 của Bộ Lao động - Thương binh và Xã hội, có hiệu lực thi hành kể từ ngày 01/06/2011)",
        [
            "05/2011/TT-BLĐTBXH||2011-03-23|Bộ Lao động - Thương binh và Xã hội|||1",
            "127/2009/QĐ-TTg||2009-10-26|Thủ tướng Chính phủ|||",
        ],
    ),
    _cod(
        "van-ban/an-ninh-quoc-gia/co-yeu.md",
        247,
        " Phối hợp với Bộ Quốc phòng và các cơ quan liên quan triển khai hướng dẫn thực hiện, kiểm tra, giải quyết những vướng mắc trong quá trình thực hiện chế độ, chính sách quy định tại Chương IV Nghị định số 32/2013/NĐ-CP và hướng dẫn tại Thông tư liên tịch này.",
        ["32/2013/NĐ-CP||||||"],
    ),
    _cod(
        "van-ban/tai-san-cong-no-cong-du-tru-nha-nuoc/trung-mua-trung-dung-tai-san.md",
        639,
        "3. Thay cụm từ “trưng dụng” bằng cụm từ “huy động” tại khoản 8 Điều 14 của Luật Công an nhân dân số 54/2005/QH11 và sửa đổi, bổ sung khoản này như sau:",
        ["54/2005/QH11|||||amends|14,8"],
    ),
    _cod(
        "van-ban/quoc-phong/giao-duc-quoc-phong-va-an-ninh.md",
        6118,
        "(Điều 4 Nghị định số 13/2014/NĐ-CP, có hiệu lực thi hành kể từ ngày 10/04/2014, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 1 Nghị định số 139/2020/NĐ-CP có hiệu lực thi hành kể từ ngày 15/01/2021)",
        [
            "13/2014/NĐ-CP|||||amends|4",
            "139/2020/NĐ-CP||||||1",
        ],
    ),
    _cod(
        "van-ban/quoc-phong/nghia-vu-quan-su.md",
        1350,
        "Đăng ký miễn gọi nhập ngũ trong thời chiến thực hiện theo quy định tại Điều 9 Nghị định số 13/2016/NĐ-CP ngày 19 tháng 02 năm 2016 của Chính phủ quy định trình tự, thủ tục đăng ký và chế độ, chính sách của công dân trong thời gian đăng ký, khám, kiểm tra sức khỏe nghĩa vụ quân sự.",
        ["13/2016/NĐ-CP||2016-02-19|Chính phủ|||9"],
    ),
    _cod(
        "van-ban/buu-chinh-vien-thong.md",
        6831,
        "Điều 3.3.TT.14.2. Thông tư này có hiệu lực thi hành kể từ ngày 10 tháng 10 năm 2014 và thay thế Quyết định số 06/2003/QĐ-BQP ngày 17 tháng 01 năm 2003 của Bộ trưởng Bộ Quốc phòng ban hành Quy chế quản...",
        ["06/2003/QĐ-BQP||2003-01-17|Bộ trưởng Bộ Quốc phòng||replaces|"],
    ),
]


HELDOUT4 = WEB8 + CODIFIED8
