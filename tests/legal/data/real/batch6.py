"""Batch 6 of the real-text set: ``heldout2.jsonl``, a third held-out portion (issue 16, third pass).

Passages from sources no earlier batch used (checked against every recorded source): Bộ pháp
điển files of ``diepxuan/diepxuan.github.io`` at the commit the first batch used, lines picked
with a fixed seed (6116) among files no batch had used (topic files only, one line per file,
preferring lines with two references or a relation word; the repository's front matter, tables,
headings and ``>``/``*`` notes skipped), and provincial, HĐND, Party and news pages of the stored
web-page corpus not used before. Labelled by reading, with the conventions of ``README.md``, and
committed before the extractor was run on them. Labels are the compact strings of ``make_real.py``.
"""

from __future__ import annotations

_BN186 = {
    "url": "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-186-KH-UBND-2025-phat-trien-chinh-quyen-so-Bac-Ninh-giai-doan-2026-2030-687111.html"
}
_TG383 = {
    "url": "https://thuvienphapluat.vn/bulletin/document.aspx?bid=aa77358e-c260-424d-a762-2e74c705823e&key=yl5JUHXz8PgT4p3YrS%2FzBQ%3D%3D"
}
_TH4216 = {
    "url": "https://hethongphapluat.com/quyet-dinh-4216-qd-ubnd-nam-2020-ve-ke-hoach-chuyen-doi-so-tren-dia-ban-tinh-thanh-hoa-den-nam-2025-dinh-huong-den-nam-2030.html"
}
_HD1914 = {
    "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-1914-KH-UBND-2023-chuyen-doi-so-Hai-Duong-570120.aspx?tab=7"
}
_HB54 = {
    "url": "https://ls1.hethongphapluat.com/nghi-quyet-54-2017-nq-hdnd-quy-dinh-noi-dung-muc-chi-kinh-phi-ngan-sach-nha-nuoc-cho-cong-tac-quan-ly-nha-nuoc-ve-thi-hanh-phap-luat-xu-ly-vi-pham-hanh-chinh-tren-dia-ban-tinh-hoa-binh.html"
}
_BL02 = {
    "url": "https://luatminhkhue.vn/nghi-quyet-02-2013-nq-hdnd-quy-dinh-che-do-chi-tieu-tai-chinh-bao-dam-hoat-dong-cua-hoi-dong-nhan-dan-cac-cap-tren-dia-ban-tinh-bac-lieu.aspx"
}
_TN10 = {
    "url": "https://thuvienphapluat.vn/archive/Nghi-quyet-10-2012-NQ-HDND-Quy-dinh-che-do-dinh-muc-chi-tieu-tai-chinh-phuc-vb148469.aspx"
}
_LD40 = {
    "url": "https://vanbanphapluat.co/nghi-quyet-40-2011-nq-hdnd-sua-doi-che-do-dinh-muc-chi-tieu-tai-chinh-phuc-vu"
}
_PY73 = {
    "url": "https://phapluatcongdong.vn/van-ban/nghi-quyet-73-2012-nq-hdnd-ban-hanh-tinh-phu-yen-nam-2012-p236194.htm"
}
_BP07 = {
    "url": "https://ls1.hethongphapluat.com/nghi-quyet-07-2016-nq-hdnd-quy-dinh-nguyen-tac-tieu-chi-dinh-muc-phan-bo-von-dau-tu-phat-trien-nguon-ngan-sach-nha-nuoc-giai-doan-2016-2020-tinh-binh-phuoc.html"
}
_QN16 = {
    "url": "https://thuviennhadat.vn/vbpl/nghi-quyet-16-2024-nq-hdnd-sua-doi-nghi-quyet-36-2021-nq-hdnd-quang-nam-617831.html"
}
_NB130 = {
    "url": "https://hethongphapluat.vn/ke-hoach-130-kh-ubnd-nam-2022-ve-giam-sat-danh-gia-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-giai-doan-2021-2025-tren-dia-ban-tinh-ninh-binh.html"
}
_UBTVQH653 = {
    "url": "https://vanbanphapluat.co/nghi-quyet-653-2019-ubtvqh14-sap-xep-cac-don-vi-hanh-chinh-cap-huyen-xa-giai-doan-2019-2021"
}
_GL = {
    "url": "https://vietgiaitri.com/dang-bo-tinh-gia-lai-hoan-thanh-viec-to-chuc-dai-hoi-dang-bo-cap-huyen-va-tuong-duong-20200904i5207267/"
}
_HD11 = {
    "url": "https://thuvienphapluat.vn/van-ban/Vi-pham-hanh-chinh/Huong-dan-11-HD-UBKTTW-thuc-hien-Quy-dinh-94-QD-TW-xu-ly-ky-luat-Dang-vien-124219.aspx"
}
_HD09 = {
    "url": "https://luatminhkhue.vn/huong-dan-09-hd-ubkttw-nam-2013-thuc-hien-quy-dinh-181-qd-tw-ve-xu-ly-ky-luat-dang-vien-vi-pham-do-uy-ban-kiem-tra-trung-uong-ban-hanh.aspx"
}
_HD01 = {"url": "https://edaily.vn/huong-dan-01-hd-ubkttw"}
_SCRIBD = {
    "url": "https://www.scribd.com/document/715754662/2-HD-quy-trinh-kiện-toan-BT-PBT-BCH-BTV-của-Đoan-cấp-tỉnh-27-7"
}

WEB6 = [
    # --- provincial: UBND / HĐND documents ---------------------------------------------------
    (
        "provincial",
        _BN186,
        "Kế hoạch 186/KH-UBND năm 2025 phát triển chính quyền số tỉnh Bắc Ninh giai đoạn 2026-2030",
        ["186/KH-UBND||||no_so||"],
    ),
    (
        "provincial",
        _BN186,
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
        ["57-NQ/TW||2024-12-22|Bộ Chính trị|||"],
    ),
    (
        "provincial",
        _BN186,
        "Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW;",
        ["71/NQ-CP||2025-04-01|Chính phủ|||", "57-NQ/TW|||||implements|"],
    ),
    (
        "provincial",
        _BN186,
        "Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ về việc Phê duyệt Chương trình phát triển Chính phủ số;",
        ["2629/QĐ-TTg||2025-12-01|Thủ tướng Chính phủ|||"],
    ),
    (
        "provincial",
        _BN186,
        "Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 164/TTr- SKHCN ngày 17/12/2025.",
        ["164/TTr-SKHCN||2025-12-17||spaced,rare_type||"],
    ),
    (
        "provincial",
        _BN186,
        "- Tiếp tục nêu cao tinh thần trách nhiệm, tiên phong, gương mẫu trong quá trình triển khai thực hiện các nhiệm vụ được giao tại Nghị quyết số 57- NQ/TW ngày 22/12/2024 của Bộ Chính trị, các chỉ đạo tại các phiên họp Ban Chỉ đạo Trung ương.",
        ["57-NQ/TW||2024-12-22|Bộ Chính trị|spaced|implements|"],
    ),
    (
        "provincial",
        _TG383,
        "Số: 383/KH-UBND\n|\nTiền\nGiang, ngày 07 tháng 12 năm 2022",
        ["383/KH-UBND||||||"],
    ),
    (
        "provincial",
        _TG383,
        "1. Quyết định số 924/QĐ-TTg ngày 22\ntháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số\ntrong xây dựng nông thôn mới, hướng tới nông thôn mới thông minh giai đoạn\n2021-2025;",
        ["924/QĐ-TTg||2022-08-22|Thủ tướng Chính phủ|||"],
    ),
    (
        "provincial",
        _TG383,
        "2. Thông tư 05/2022/TT-BNNPTNT ngày\n25 tháng 7 năm 2022 của Bộ Nông nghiệp và Phát triển nông thôn về hướng dẫn một\nsố nội dung thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới\ngiai đoạn 2021 - 2025 thuộc phạm vi quản lý nhà nước của Bộ Nông nghiệp và Phát\ntriển nông thôn.",
        ["05/2022/TT-BNNPTNT||2022-07-25|Bộ Nông nghiệp và Phát triển nông thôn|no_so||"],
    ),
    (
        "provincial",
        _TG383,
        "3. Nghị quyết số 05-NQ/TU ngày 17\ntháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về lãnh đạo xây dựng nông thôn\nmới trên địa bàn tỉnh đến năm 2025.",
        ["05-NQ/TU||2021-06-17|Ban Chấp hành Đảng bộ tỉnh|||"],
    ),
    (
        "provincial",
        _TG383,
        "4. Nghị quyết số 25/NQ-HĐND ngày 17\ntháng 9 năm 2021 của Hội đồng nhân dân tỉnh về phát triển kinh tế - xã hội tỉnh\nTiền Giang 5 năm 2021-2025.",
        ["25/NQ-HĐND||2021-09-17|Hội đồng nhân dân tỉnh|||"],
    ),
    (
        "provincial",
        _TG383,
        "6. Quyết định số 605/QĐ-UBND ngày 16\ntháng 3 năm 2022 của Ủy ban nhân dân tỉnh Phê duyệt Đề án Chính quyền số tỉnh\nTiền Giang giai đoạn 2020- 2025, định hướng đến năm 2030.",
        ["605/QĐ-UBND||2022-03-16|Ủy ban nhân dân tỉnh|||"],
    ),
    (
        "provincial",
        _TG383,
        "7. Kế hoạch số 370/KH-UBND ngày\n08/12/2021 của Ủy ban nhân dân tỉnh về Chuyển đổi số tỉnh Tiền Giang",
        ["370/KH-UBND||2021-12-08|Ủy ban nhân dân tỉnh|||"],
    ),
    (
        "provincial",
        _HD1914,
        "Để thể hiện quyết tâm lớn trong\nchiến lược chuyển đổi số, UBND tỉnh đã ban hành Quyết định số 685/QĐ-UBND ngày\n21/3/2022 chọn ngày ban hành Nghị quyết 06/TU - ngày 26/3 hàng năm là Ngày chuyển\nđổi số tỉnh Hải Dương.",
        [
            "685/QĐ-UBND||2022-03-21||||",
            "06-NQ/TU|Nghị quyết|||no_so,odd_separator||",
        ],
    ),
    (
        "provincial",
        _HD1914,
        "Số: 1914/KH-UBND\n|\nHải Dương, ngày\n05 tháng 6 năm 2023",
        ["1914/KH-UBND||||||"],
    ),
    (
        "provincial",
        _TH4216,
        "Căn cứ Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019-2020, định hướng đến năm 2025;",
        ["17/NQ-CP||2019-03-07|Chính phủ|||"],
    ),
    (
        "provincial",
        _TH4216,
        'Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030";',
        ["749/QĐ-TTg||2020-06-03|Thủ tướng Chính phủ|||"],
    ),
    (
        "provincial",
        _TH4216,
        "Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 1342/TTr-STTTT ngày 31/7/2020 về việc ban hành Kế hoạch chuyển đổi số trên địa bàn tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030.",
        ["1342/TTr-STTTT||2020-07-31||rare_type||"],
    ),
    (
        "provincial",
        _NB130,
        "Số: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |",
        ["130/KH-UBND||||||"],
    ),
    (
        "provincial",
        _NB130,
        "Thực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội hướng dẫn giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, UBND tỉnh ban hành Kế hoạch giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn tỉnh Ninh Bình (sau đây gọi tắt là Chương trình), cụ thể như sau:",
        ["10/2022/TT-BLĐTBXH||2022-05-31|Bộ Lao động - Thương binh và Xã hội||implements|"],
    ),
    (
        "provincial",
        _HB54,
        "Số: 54/2017/NQ-HĐND | Hòa Bình, ngày 13 tháng 7 năm 2017 |",
        ["54/2017/NQ-HĐND||||||"],
    ),
    (
        "provincial",
        _HB54,
        "Căn cứ Nghị định số 81/2013/NĐ-CP ngày 19 tháng 7 năm 2013 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm hành chính;",
        ["81/2013/NĐ-CP||2013-07-19|Chính phủ|||"],
    ),
    (
        "provincial",
        _HB54,
        "Căn cứ Thông tư số 19/2017/TT-BTC ngày 28 tháng 02 năm 2017 của Bộ trưởng Bộ Tài chính quy định việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí ngân sách nhà nước cho công tác quản lý nhà nước về thi hành pháp luật xử lý vi phạm hành chính;",
        ["19/2017/TT-BTC||2017-02-28|Bộ trưởng Bộ Tài chính|||"],
    ),
    (
        "provincial",
        _HB54,
        "Xét Tờ trình số 33/TTr-UBND ngày 09 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh Hòa Bình về việc ban hành Nghị quyết quy định nội dung mức chi kinh phí ngân sách nhà nước cho công tác quản lý nhà nước về thi hành pháp luật xử lý vi phạm hành chính trên địa bàn tỉnh; báo cáo thẩm tra của Ban văn hóa - xã hội của Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.",
        ["33/TTr-UBND||2017-06-09|Ủy ban nhân dân tỉnh Hòa Bình|rare_type||"],
    ),
    (
        "provincial",
        _BL02,
        "Căn cứ Thông tư số 97/2010/TT-BTC ngày 06 tháng 7 năm 2010 của Bộ Tài chính “Quy định chế độ công tác phí, chế độchi tổ chức các cuộc Hội nghị đối với các cơ quan Nhà nước và đơn vị sự nghiệpcông lập”;",
        ["97/2010/TT-BTC||2010-07-06|Bộ Tài chính|||"],
    ),
    (
        "provincial",
        _BL02,
        "Trên cơ sở áp dụng Nghị quyết số 524/2012/NQ-UBTVQH13 ngày 20 tháng 9 năm 2012 của Ủy ban Thường vụ Quốc hộikhóa XIII “về một số chế độ chi tiêu bảo đảm hoạt động của Quốc hội”;",
        ["524/2012/NQ-UBTVQH13||2012-09-20|Ủy ban Thường vụ Quốc hộikhóa XIII|||"],
    ),
    (
        "provincial",
        _BL02,
        "Xét Tờ trình số 05/TTr-HĐND ngày15 tháng 7 năm 2013 của Thường trực Hội đồng nhân dân tỉnh “về việc quy địnhmột số chế độ chi tiêu bảo đảm hoạt động của Hội đồng nhân dân các cấp”; Báocáo thẩm tra của Ban Pháp chế của Hội đồng nhân dân và ý kiến Đại biểu Hội đồngnhân dân tỉnh,",
        ["05/TTr-HĐND||2013-07-15|Thường trực Hội đồng nhân dân tỉnh|rare_type||"],
    ),
    (
        "provincial",
        _TN10,
        "Số hiệu: 10/2012/NQ-HĐND Loại văn bản: Nghị quyết",
        ["10/2012/NQ-HĐND||||||"],
    ),
    (
        "provincial",
        _TN10,
        "Căn cứ Nghị quyết số 730/2004/NQ-UBTVQH11 ngày 30/9/2004 của Ủy ban Thường vụ Quốc hội về việc phê chuẩn bảng lương chức vụ, bảng phụ cấp chức vụ đối với cán bộ lãnh đạo của Nhà nước; bảng lương chuyên môn, nghiệp vụ ngành tòa án, ngành kiểm sát;",
        ["730/2004/NQ-UBTVQH11||2004-09-30|Ủy ban Thường vụ Quốc hội|||"],
    ),
    (
        "provincial",
        _TN10,
        "Căn cứ Nghị quyết số 753/2005/NQ-UBTVQH11 ngày 02/4/2005 của Uỷ ban Thường vụ Quốc hội ban hành Quy chế hoạt động của HĐND;",
        ["753/2005/NQ-UBTVQH11||2005-04-02|Uỷ ban Thường vụ Quốc hội|||"],
    ),
    (
        "provincial",
        _LD40,
        "Nghị quyết 40/2011/NQ-HĐND sửa đổi chế độ định mức chi tiêu tài chính phục vụ đã được thay thế bởi Nghị quyết 104/2014/NQ-HĐND chế độ chi tiêu bảo đảm hoạt động Hội đồng nhân dân các cấp Lâm Đồng và được áp dụng kể từ ngày 21/07/2014.",
        ["40/2011/NQ-HĐND||||no_so|replaces|", "104/2014/NQ-HĐND||||no_so||"],
    ),
    (
        "provincial",
        _LD40,
        "Căn cứ Thông tư 97/2010/TT-BTC ngày 06/7/2010 của Bộ Tài chính về việc qui định chế độ công tác phí , chế độ tổ chức hội nghị đối với các cơ quan Nhà nước và các đơn vị sự nghiệp công lập;",
        ["97/2010/TT-BTC||2010-07-06|Bộ Tài chính|no_so||"],
    ),
    (
        "provincial",
        _PY73,
        "Căn cứ Quy chế hoạt động của HĐND ban hành kèm theo Nghị quyết số 753/2005/NQ-UBTVQH11 ngày 02/4/2005 của Ủy ban Thường vụ Quốc hội khóa XI;",
        ["753/2005/NQ-UBTVQH11||2005-04-02|Ủy ban Thường vụ Quốc hội khóa XI|||"],
    ),
    (
        "provincial",
        _PY73,
        "Sau khi xem xét Tờ trình số: 05/TTr-HĐND ngày 07/12/2012 của Thường trực HĐND tỉnh về việc quy định một số chế độ chi tiêu bảo đảm hoạt động",
        ["05/TTr-HĐND||2012-12-07|Thường trực HĐND tỉnh|rare_type||"],
    ),
    (
        "provincial",
        _BP07,
        "Căn cứ Quyết định số 40/2015/QĐ-TTg ngày 14 tháng 9 năm 2015 của Thủ tướng Chính phủ ban hành nguyên tắc, tiêu chí và định mức phân bổ vốn đầu tư phát triển nguồn ngân sách nhà nước giai đoạn 2016 - 2020;",
        ["40/2015/QĐ-TTg||2015-09-14|Thủ tướng Chính phủ|||"],
    ),
    (
        "provincial",
        _BP07,
        "Xét Tờ trình số 30/TTr-UBND ngày 17 tháng 6 năm 2016 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số 18/BC-HĐND-KTNS ngày 22 tháng 6 năm 2016 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh và ý kiến thảo luận của các đại biểu Hội đồng nhân dân tỉnh tại kỳ họp,",
        [
            "30/TTr-UBND||2016-06-17|Ủy ban nhân dân tỉnh|rare_type||",
            "18/BC-HĐND-KTNS|Báo cáo|2016-06-22|Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh|rare_type||",
        ],
    ),
    (
        "provincial",
        _QN16,
        "NGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG, BÃI BỎ MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ PHÂN CẤP\nNGUỒN THU, NHIỆM VỤ CHI VÀ ĐỊNH MỨC PHÂN BỔ DỰ TOÁN CHI THƯỜNG XUYÊN NGÂN SÁCH\nCÁC CẤP THUỘC NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2022, NĂM ĐẦU THỜI KỲ ỔN ĐỊNH NGÂN SÁCH\n2022 - 2025 THEO QUY ĐỊNH CỦA LUẬT NGÂN SÁCH NHÀ NƯỚC BAN HÀNH KÈM THEO NGHỊ\nQUYẾT SỐ 36/2021/NQ-HĐND NGÀY 08 THÁNG 12 NĂM 2021 VÀ NGHỊ QUYẾT SỐ\n37/2022/NQ-HĐND NGÀY 09 THÁNG 12 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH",
        [
            "36/2021/NQ-HĐND||2021-12-08|HỘI ĐỒNG NHÂN DÂN TỈNH|uppercase_prose,line_break|amends|",
            "37/2022/NQ-HĐND||2022-12-09|HỘI ĐỒNG NHÂN DÂN TỈNH|uppercase_prose,line_break|amends|",
        ],
    ),
    (
        "provincial",
        _QN16,
        "Căn cứ các Nghị định của\nChính phủ: số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 quy định chi tiết thi\nhành một số điều của Luật Ngân sách nhà nước; số 60/2021/NĐ-CP ngày 21\ntháng 6 năm 2021 quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;",
        ["163/2016/NĐ-CP||2016-12-21||||", "60/2021/NĐ-CP||2021-06-21||||"],
    ),
    (
        "provincial",
        _QN16,
        "Căn cứ Thông tư số\n56/2022/TT-BTC ngày 16 tháng 9 năm 2022 của Bộ trưởng Bộ Tài chính hướng dẫn một\nsố nội dung về cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;",
        ["56/2022/TT-BTC||2022-09-16|Bộ trưởng Bộ Tài chính|line_break||"],
    ),
    # --- codified-style national text on a web page (not the Bộ pháp điển) -------------------
    (
        "codified",
        _UBTVQH653,
        "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;",
        ["57/2014/QH13||||||"],
    ),
    (
        "codified",
        _UBTVQH653,
        "Căn cứ Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả và Nghị quyết số 37-NQ/TW ngày 24 tháng 12 năm 2018 của Bộ Chính trị về việc sắp xếp các đơn vị hành chính cấp huyện và cấp xã;",
        [
            "18-NQ/TW||2017-10-25|Ban Chấp hành Trung ương Đảng khóa XII|||",
            "37-NQ/TW||2018-12-24|Bộ Chính trị|||",
        ],
    ),
    (
        "codified",
        _UBTVQH653,
        "Căn cứ Nghị quyết số 56/2017/QH14 ngày 24 tháng 11 năm 2017 của Quốc hội về việc tiếp tục cải cách tổ chức bộ máy hành chính nhà nước tinh gọn, hoạt động hiệu lực, hiệu quả;",
        ["56/2017/QH14|Nghị quyết|2017-11-24|Quốc hội|||"],
    ),
    (
        "codified",
        _UBTVQH653,
        "Nghị quyết số: 653/2019/UBTVQH14\n\nHà Nội, ngày 12 tháng 3 năm 2019",
        ["653/2019/UBTVQH14|Nghị quyết|||||"],
    ),
    # --- Party and mass organisations --------------------------------------------------------
    (
        "party",
        {"url": "https://hesinhthaidoanhnghiep.com/0538H3841d39FbD"},
        "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về Chuyển đổi số tỉnh Kiên Giang đến năm 2025 và Định hướng đến năm 2030.",
        ["22-NQ/TU||2022-06-08||odd_separator||"],
    ),
    (
        "party",
        {"url": "https://moj.gov.vn/ddt/tintuc/Pages/van-ban-tai-lieu-cap-tren.aspx?Page=12"},
        "Thực hiện Chỉ thị số 35 ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Ban Tổ chức Trung ương ban hành Hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 hướng dẫn một số nội dung Chỉ thị số 35.",
        ["26-HD/BTCTW||2019-10-18||rare_type||"],
    ),
    (
        "party",
        {
            "url": "https://youth.buh.edu.vn/tc-ct-tt/tochuc/huong-dan-thuc-hien-dieu-le-doan-tncs-ho-chi-minh"
        },
        "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh do Đại hội đại biểu toàn quốc lần thứ X của Đoàn thông qua ngày 12/12/2012, Ban Thường vụ Trung ương Đoàn hướng dẫn toàn Đoàn thực hiện đúng và thống nhất Điều lệ Đoàn theo hướng dẫn số 22HD/TWĐTN ngày 28/6/2013.",
        ["22-HD/TWĐTN||2013-06-28||glued,missing_dash,lowercase_type,rare_type||"],
    ),
    (
        "party",
        _SCRIBD,
        "Số: - HD/TWĐTN-BTC Hà Nội, ngày tháng năm 2023",
        [],
    ),
    (
        "party",
        _SCRIBD,
        "- Căn cứ Quy định số 80-QĐ/TW ngày 18/8/20222 của Bộ Chính trị\nphân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử;",
        # the year is mistyped "20222": no issue date is labelled (a reader cannot be sure of it)
        ["80-QĐ/TW|Quy định||Bộ Chính trị|||"],
    ),
    (
        "party",
        _SCRIBD,
        "- Căn cứ Quy chế Cán bộ Đoàn TNCS Hồ Chí Minh do Ban Bí thư Trung\nương Đảng ban hành theo Quyết định số 289-QĐ/TW ngày 08/02/2010;",
        ["289-QĐ/TW||2010-02-08||||"],
    ),
    (
        "party",
        _HD11,
        "Số: 11-HD/UBKTTW\nV/v thực hiện Quy định số 94-QĐ/TW ngày 15/10/2007 của Bộ Chính trị về xử lý kỷ luật đảng viên",
        ["11-HD/UBKTTW||||rare_type||", "94-QĐ/TW|Quy định|2007-10-15|Bộ Chính trị||implements|"],
    ),
    (
        "party",
        _HD11,
        "Căn cứ Quy định số 94-QĐ/TW, ngày 15-10-2007 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm, Uỷ ban Kiểm tra Trung ương hướng dẫn cụ thể việc thực hiện như sau:",
        ["94-QĐ/TW|Quy định|2007-10-15|Bộ Chính trị|||"],
    ),
    (
        "party",
        _HD11,
        "Trong Quy định số 94-QĐ/TW, ngày 15-10-2007 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm, các từ ngữ dưới đây được hiểu như sau:",
        ["94-QĐ/TW|Quy định|2007-10-15|Bộ Chính trị|||"],
    ),
    (
        "party",
        _HD09,
        "THỰCHIỆN MỘT SỐ ĐIỀU CỦA QUY ĐỊNH SỐ 181- QĐ/TW NGÀY30-3-2013 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT ĐẢNG VIÊN VI PHẠM",
        ["181-QĐ/TW|Quy định|2013-03-30|BỘ CHÍNH TRỊ|spaced,uppercase_prose,glued|implements|"],
    ),
    (
        "party",
        _HD09,
        "Căn cứ Quy định số 181-QĐ/TW ngày30-3-2013 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm;",
        ["181-QĐ/TW|Quy định|2013-03-30|Bộ Chính trị|glued||"],
    ),
    (
        "party",
        _HD09,
        "Ngoài những nội dung giải thích từngữ tại Điều 5 trong Quy định số 181-QĐ/TW ngày 30-3-2013 của Bộ Chính trị vềxử lý kỷ luật đảng viên vi phạm, các từ ngữ dưới đây được hiểu như sau:",
        ["181-QĐ/TW|Quy định|2013-03-30|Bộ Chính trị|||5"],
    ),
    (
        "party",
        _HD01,
        "Thực hiện một số Điều trong Quy định số 30-QĐ/TW thi hành Chương VII và chương VIII Điều lệ Đảng",
        ["30-QĐ/TW|Quy định||||implements|"],
    ),
    (
        "party",
        _HD01,
        "– Căn cứ Quy định số 29-QĐ/TW, ngày 25-7-2016 của Ban Chấp hành Trung ương quy định thi hành Điều lệ Đảng;",
        ["29-QĐ/TW|Quy định|2016-07-25|Ban Chấp hành Trung ương|||"],
    ),
    (
        "party",
        _HD01,
        "Cơ quan tham mưu, giúp việc của cấp ủy chủ trì giải quyết hoặc tham mưu cho ban thường vụ cấp ủy, cấp ủy giải quyết tố cáo theo Quy định 210-QĐ/TW, ngày 8-11-2013 của Bộ Chính trị về giải quyết tố cáo đối với đảng viên",
        ["210-QĐ/TW|Quy định|2013-11-08|Bộ Chính trị|no_so||"],
    ),
    (
        "party",
        {"url": "https://ldld.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=13962393432237"},
        "Quyết định số 217/QĐ-TW ngày 12/12/2013 của Ban Chấp hành Trung ương Đảng về việc ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội",
        ["217-QĐ/TW||2013-12-12|Ban Chấp hành Trung ương Đảng|odd_separator||"],
    ),
    # --- news -----------------------------------------------------------------------------
    (
        "news",
        {
            "url": "https://www.mic.gov.vn/mic_2020/Pages/ChuyenMuc/PhanTrang/1753/10/Chuyen-doi-so.html"
        },
        "Ngày 29/7/2022 vừa qua, UBND tỉnh đã ban hành Kế hoạch số 176/KH-UBND phát động phong trào thi đua chuyển đổi số giai đoạn 2022 - 2025.",
        ["176/KH-UBND||||||"],
    ),
    (
        "news",
        _GL,
        "Đến ngày 20-8-2020, Đảng bộ tỉnh Gia Lai có 21/21 đảng bộ trực thuộc Tỉnh ủy đã hoàn thành đại hội đảng bộ cấp huyện, sớm hơn so với tiến độ yêu cầu tại Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 248-KH/TU của Ban Thường vụ Tỉnh ủy .",
        ["35-CT/TW|||Bộ Chính trị|||", "248-KH/TU|||Ban Thường vụ Tỉnh ủy|||"],
    ),
    (
        "news",
        _GL,
        "BTV Tỉnh ủy đã kịp thời ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, tổ chức hội nghị quán triệt, triển khai.",
        ["248-KH/TU||2019-08-09||||", "35-CT/TW||2019-05-30|Bộ Chính trị||implements|"],
    ),
    (
        "news",
        {"url": "http://baobackan.com.vn/xay-dung-dang/"},
        "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, các cấp ủy, chính quyền và đoàn thể trong tỉnh đã tập trung lãnh đạo, chỉ đạo thực hiện có hiệu quả.",
        ["05-CT/TW|||Bộ Chính trị||implements|"],
    ),
]


CODIFIED6 = [
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/y-te-duoc/phong-chong-tac-hai-cua-thuoc-la.md",
            "line": 458,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 49 Nghị định số 67/2013/NĐ-CP, có hiệu lực thi hành kể từ ngày 15/08/2013, có nội dung được sửa đổi bởi Điều 1 Nghị định số 106/2017/NĐ-CP có hiệu lực thi hành kể từ ngày 01/11/2017)",
        ["67/2013/NĐ-CP|||||amends|49", "106/2017/NĐ-CP||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngoai-giao-dieu-uoc-quoc-te/to-chuc-quan-ly-hoi-nghi-hoi-thao-quoc-te-tai-viet-nam.md",
            "line": 51,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 2 Quyết định số 06/2020/QĐ-TTg, có hiệu lực thi hành kể từ ngày 15/04/2020)",
        ["06/2020/QĐ-TTg||||||2"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/an-ninh-quoc-gia/nhap-canh-xuat-canh-qua-canh-cu-tru-cua-nguoi-nuoc-ngoai-tai-viet-nam.md",
            "line": 2288,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 2 Nghị định số 75/2013/NĐ-CP Sửa đổi Nghị định số 27/2011/NĐ-CP ngày 09 tháng 4 năm 2011 của Chính phủ về cung cấp, khai thác, xử lý, sử dụng thông tin về hành khách trước khi nhập cảnh Việt Nam qua đường hàng không ngày 15/07/2013 của Chính phủ, có hiệu lực thi hành kể từ ngày 01/09/2013)",
        ["75/2013/NĐ-CP||2013-07-15|Chính phủ|||2", "27/2011/NĐ-CP||2011-04-09|Chính phủ||amends|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/chinh-sach-xa-hoi/nguoi-cao-tuoi.md",
            "line": 1360,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 17 Nghị định số 103/2017/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/11/2017, có nội dung được sửa đổi, có nội dung được bổ sung bởi Điều 16 Nghị định số 140/2018/NĐ-CP có hiệu lực thi hành kể từ ngày 08/10/2018)",
        ["103/2017/NĐ-CP|||||amends|17", "140/2018/NĐ-CP||||||16"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/khoa-hoc-cong-nghe.md",
            "line": 213,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 19.1.TT.23.1. Phạm vi điều chỉnh Thông tư này quy định chi tiết và biện pháp thi hành về sử dụng mã số, mã vạch tại Nghị định số 132/2008/NĐ-CP ngày 31 tháng 12 năm 2008 của Chính phủ quy định ch...",
        ["132/2008/NĐ-CP||2008-12-31|Chính phủ||guides|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/hoa-giai-o-co-so.md",
            "line": 535,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Nghị định này thay thế Nghị định số 160/1999/NĐ-CP ngày 18 tháng 10 năm 1999 của Chính phủ quy định chi tiết một số điều của Pháp lệnh về tổ chức và hoạt động hòa giải ở cơ sở.",
        ["160/1999/NĐ-CP||1999-10-18|Chính phủ||replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/cong-nghiep/dau-khi.md",
            "line": 985,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 14 Nghị định số 13/2011/NĐ-CP, có hiệu lực thi hành kể từ ngày 05/04/2011, có nội dung được sửa đổi bởi Điều 1 Nghị định số 25/2019/NĐ-CP có hiệu lực thi hành kể từ ngày 22/04/2019)",
        ["13/2011/NĐ-CP|||||amends|14", "25/2019/NĐ-CP||||||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/ngoai-giao-dieu-uoc-quoc-te/le-tan-ngoai-giao.md",
            "line": 212,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2022. Nghị định này thay thế Nghị định số 50/2011/NĐ-CP ngày 04 tháng 7 năm 2011 của Chính phủ quy định về nghi thức đón, tiếp khách nước ngoài.",
        ["50/2011/NĐ-CP||2011-07-04|Chính phủ||replaces|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-chinh.md",
            "line": 4637,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 26.2.LQ.101. Sửa đổi, bổ sung một số điều của Luật quản lý thuế số 78/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 21/2012/QH13",
        ["78/2006/QH11|||||amends|", "21/2012/QH13||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-the-thao-du-lich/nhuan-but-thu-lao-doi-voi-tac-pham-dien-anh-my-thuat-nhiep-anh-san-khau-va-cac-loai-hinh-nghe-thuat-bieu-dien-khac.md",
            "line": 1815,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Các Chương I, III, IV, VII, VIII, IX và Chương X của Nghị định số 61/2002/NĐ-CP ngày 11 tháng 6 năm 2002 của Chính phủ về chế độ nhuận bút hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành.",
        ["61/2002/NĐ-CP||2002-06-11|Chính phủ||repeals|"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/tai-san-cong-no-cong-du-tru-nha-nuoc/quan-ly-no-cong.md",
            "line": 189,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Thông tư số 10/2016/TT-BTC Thông tư hướng dẫn thế chấp tài sản để bảo đảm cho khoản vay được Chính phủ bảo lãnh ngày 19/01/2016 của Bộ Tài chính, có hiệu lực thi hành kể từ ngày 01/03/2016 )",
        ["10/2016/TT-BTC||2016-01-19|Bộ Tài chính|||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/y-te-duoc/phong-chong-tac-hai-cua-ruou-bia.md",
            "line": 573,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 17 Nghị định số 105/2017/NĐ-CP, có hiệu lực thi hành kể từ ngày 01/11/2017, có nội dung được sửa đổi bởi Điều 16 Nghị định số 17/2020/NĐ-CP có hiệu lực thi hành kể từ ngày 22/03/2020)",
        ["105/2017/NĐ-CP|||||amends|17", "17/2020/NĐ-CP||||||16"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-the-thao-du-lich/hoat-dong-van-hoa-va-kinh-doanh-dich-vu-van-hoa-cong-cong.md",
            "line": 289,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "c) Thông tư số 35/2002/TT-BVHTT ngày 20 tháng 12 năm 2002 của Bộ Văn hoá - Thông tin hướng dẫn bổ sung một số quy định về hoạt động văn hoá và dịch vụ văn hoá nơi công cộng tại Quy chế ban hành kèm theo Nghị định 87/CP ngày 12 tháng 12 năm 1995 của Chính phủ;",
        [
            "35/2002/TT-BVHTT||2002-12-20|Bộ Văn hoá - Thông tin|||",
            "87/CP|Nghị định|1995-12-12|Chính phủ|old_style,no_so|guides|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/xay-dung-phap-luat-va-thi-hanh-phap-luat/kiem-soat-thu-tuc-hanh-chinh.md",
            "line": 303,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều này có nội dung liên quan đến Điều 44.5.TT.5.4. Kiểm soát thủ tục hành chính trong quá trình soạn thảo, thẩm định văn bản quy phạm pháp luật của Thông tư 11/2014/TT-BCT Quy định về hoạt động kiểm soát thủ tục hành chính trong lĩnh vực quản lý nhà nước của Bộ Công thương ban hành ngày 24/03/2014; Điều 15. Lấy ý kiến đối với quy định về thủ tục hành chính của Thông tư 22/2014/TT-BYT Quy định việc soạn thảo, ban hành và tổ chức triển khai ",
        ["11/2014/TT-BCT||2014-03-24|Bộ Công thương|no_so||", "22/2014/TT-BYT||||no_so||15"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/to-chuc-chinh-tri-xa-hoi-hoi/hoat-dong-chu-thap-do.md",
            "line": 1073,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "1. Cơ quan hải quan thực hiện thủ tục hải quan đối với việc nhập khẩu, xuất khẩu hàng hóa phục vụ hoạt động chữ thập đỏ về cứu trợ khẩn cấp theo quy định tại Điều 35 Luật Hải quan và quy định tại Nghị định số 154/2005/NĐ-CP ngày 15 tháng 12 năm 2005 của Chính phủ quy định chi tiết một số điều của Luật Hải quan về thủ tục hải quan, kiểm tra, giám sát hải quan.",
        ["154/2005/NĐ-CP||2005-12-15|Chính phủ|||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/dan-so-gia-dinh-tre-em-binh-dang-gioi/dan-so.md",
            "line": 87,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Thông tư liên tịch số 07/2016/TTLT-BYT-BTC-BLĐTBXH Quy định chi tiết Nghị định số 39/2015/NĐ-CP ngày 27 tháng 4 năm 2015 của Chính phủ quy định chính sách hỗ trợ cho phụ nữ thuộc hộ nghèo là ngưòi dân tộc thiểu số khi sinh con đúng chính sách dân số ngày 15/04/2016 của Bộ Y tế, Bộ Tài chính và Bộ Lao động - Thương Binh và Xã hội, có hiệu lực thi hành kể từ ngày 30/05/2016 )",
        [
            "07/2016/TTLT-BYT-BTC-BLĐTBXH||2016-04-15|Bộ Y tế, Bộ Tài chính và Bộ Lao động - Thương Binh và Xã hội|joint||1",
            "39/2015/NĐ-CP||2015-04-27|Chính phủ||guides|",
        ],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/trat-tu-an-toan-xa-hoi/canh-sat-moi-truong.md",
            "line": 750,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        " • Các phương pháp theo thiết bị đo kiểm phù hợp quy định tại Nghị định số 165/2013/NĐ-CP;",
        ["165/2013/NĐ-CP||||||"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/chinh-sach-xa-hoi.md",
            "line": 150,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "Điều 6.1.TT.1.4. Hướng dẫn, đào tạo nghiệp vụ nhận chăm sóc, nuôi dưỡng đối tượng bảo trợ xã hội tại cộng đồng theo quy định tại khoản 3 Điều 20 Nghị định số 20/2021/NĐ-CP 1. Hộ gia đình, cá nhân nhận...",
        ["20/2021/NĐ-CP||||||20,3"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-the-thao-du-lich/the-duc-the-thao.md",
            "line": 47,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Nghị định số 112/2007/NĐ-CP Quy định chi tiết và hướng dẫn thi hành một số điều của Luật thể dục, thể thao ngày 26/06/2007 của Chính phủ, có hiệu lực thi hành kể từ ngày 03/08/2007)",
        ["112/2007/NĐ-CP||2007-06-26|Chính phủ|||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/quoc-phong/dan-quan-tu-ve.md",
            "line": 39,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 1 Nghị định số 72/2020/NĐ-CP Quy định chi tiết một số điều của Luật Dân quân tự vệ về tổ chức xây dựng lực lượng và chế độ, chính sách đối với Dân quân tự vệ ngày 30/06/2020 của Chính phủ, có hiệu lực thi hành kể từ ngày 15/08/2020)",
        ["72/2020/NĐ-CP||2020-06-30|Chính phủ|||1"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/dan-so-gia-dinh-tre-em-binh-dang-gioi/binh-dang-gioi.md",
            "line": 713,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        "(Điều 21 Luật số 73/2006/QH11, có hiệu lực thi hành kể từ ngày 01/07/2007)",
        ["73/2006/QH11||||||21"],
    ),
    (
        "codified",
        {
            "repo": "diepxuan/diepxuan.github.io",
            "path": "van-ban/van-hoa-the-thao-du-lich/hoat-dong-my-thuat.md",
            "line": 333,
            "commit": "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048",
        },
        " a) Tổ chức, cá nhân Việt Nam có nhu cầu tổ chức thi sáng tác tác phẩm mỹ thuật quy mô toàn quốc, khu vực phải gửi thông báo bằng văn bản và hồ sơ thông báo theo quy định tại Khoản 2 Điều 11 Nghị định số 113/2013/NĐ-CP đến Bộ Văn hóa, Thể thao và Du lịch (Cục Mỹ thuật, Nhiếp ảnh và Triển lãm).",
        ["113/2013/NĐ-CP||||||11,2"],
    ),
]


HELDOUT2 = WEB6 + CODIFIED6
