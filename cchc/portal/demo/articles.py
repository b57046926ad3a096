"""Demo articles written for the demo (invented; no real event or person is described).

They cite real national documents by their numbers, each of which the demo legal library
(``cchc/legal/demo.py``) holds: publishing links the references, and each document's
"Bài viết trích dẫn" lists the articles, right after ``make run``.
"""

ARTICLES = [
    {
        "title": "Triển khai Kế hoạch tuyên truyền cải cách hành chính năm 2026",
        "date": "2026-02-20",
        "category": "Cải cách hành chính",
        "author": "Minh Khang",
        "paragraphs": [
            "Ủy ban nhân dân tỉnh vừa ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 nhằm nâng cao nhận thức của cán bộ, công chức, viên chức và người dân về mục tiêu, nhiệm vụ cải cách hành chính.",
            "Kế hoạch nhằm thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và Chỉ thị số 23/CT-TTg ngày 02 tháng 9 năm 2021 của Thủ tướng Chính phủ về việc đẩy mạnh thực hiện Chương trình.",
            "Kế hoạch tập trung vào các nội dung chính:",
            "+ Tuyên truyền các văn bản chỉ đạo của Trung ương và của tỉnh về cải cách hành chính, chuyển đổi số;",
            "+ Phổ biến kết quả Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng (SIPAS) và các chỉ số PAPI, PCI, DDCI;",
            "+ Hướng dẫn người dân, doanh nghiệp nộp hồ sơ trực tuyến và nhận kết quả qua dịch vụ bưu chính công ích.",
            "Sở Nội vụ là cơ quan thường trực, phối hợp với các sở, ngành, địa phương tổ chức thực hiện và báo cáo kết quả trước ngày 15 tháng 12 năm 2026.",
        ],
    },
    {
        "title": "Bộ phận Một cửa cấp xã tiếp nhận hồ sơ ngoài giờ hành chính vào sáng thứ Bảy",
        "date": "2026-03-05",
        "category": "Cải cách hành chính",
        "author": "Thu Hà",
        "paragraphs": [
            "Từ tháng 3 năm 2026, Bộ phận Một cửa của các xã, phường thí điểm tiếp nhận và trả kết quả hồ sơ vào sáng thứ Bảy hằng tuần để tạo thuận lợi cho người lao động không thể đến trong giờ hành chính.",
            "Người dân có thể tra cứu tình trạng hồ sơ bằng mã số hồ sơ in trên Giấy tiếp nhận và hẹn trả kết quả, hoặc liên hệ Tổng đài thông tin dịch vụ công để được hướng dẫn.",
            "Việc tiếp nhận và trả kết quả thực hiện theo Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ, thay thế Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.",
            "Sau ba tháng thí điểm, Ủy ban nhân dân tỉnh sẽ đánh giá mức độ hài lòng của người dân để quyết định việc nhân rộng mô hình.",
        ],
    },
    {
        "title": "Đường dây nóng và Zalo tiếp nhận phản ánh, kiến nghị của người dân",
        "date": "2026-04-10",
        "category": "Phản ánh, kiến nghị",
        "author": "Quốc Bảo",
        "paragraphs": [
            "Nhằm tạo kênh kết nối thường xuyên giữa chính quyền với người dân và doanh nghiệp, tỉnh công khai số điện thoại đường dây nóng, tài khoản Zalo chính thức và trang Facebook tiếp nhận phản ánh, kiến nghị về quy định hành chính.",
            "Mỗi phản ánh được cấp một mã số để theo dõi. Theo Nghị định số 20/2008/NĐ-CP ngày 14 tháng 02 năm 2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính, cơ quan tiếp nhận phải chuyển phản ánh không thuộc thẩm quyền đến cơ quan có thẩm quyền trong thời hạn 05 ngày làm việc.",
            "Kết quả xử lý được công khai trên Cổng thông tin, không hiển thị thông tin cá nhân của người phản ánh.",
        ],
    },
    {
        "title": "Phát động cuộc thi viết “Tìm kiếm sáng kiến cải cách hành chính”",
        "date": "2026-04-22",
        "category": "Cải cách hành chính",
        "author": "Ngọc Anh",
        "paragraphs": [
            "Sở Nội vụ phát động cuộc thi viết tìm kiếm sáng kiến cải cách hành chính dành cho cán bộ, công chức, viên chức, người lao động và người dân trên địa bàn tỉnh.",
            "Bài dự thi nêu rõ thực trạng, giải pháp đề xuất và khả năng áp dụng. Ban giám khảo chấm điểm độc lập, không biết tên tác giả.",
            "Thời gian nhận bài từ tháng 5 đến hết tháng 8 năm 2026; lễ trao giải dự kiến tổ chức trong tháng 10.",
        ],
    },
    {
        "title": "Kết quả khảo sát mức độ hài lòng của người dân quý I",
        "date": "2026-05-06",
        "category": "Chỉ số cải cách hành chính",
        "author": "Hoàng Yến",
        "paragraphs": [
            "Kết quả khảo sát tại Trung tâm Phục vụ hành chính công cho thấy phần lớn người dân hài lòng với thái độ phục vụ của công chức tiếp nhận hồ sơ.",
            "Các ý kiến góp ý tập trung vào thời gian chờ đến lượt và việc hướng dẫn kê khai biểu mẫu điện tử.",
            "Các cơ quan có tỷ lệ hài lòng thấp được yêu cầu xây dựng kế hoạch khắc phục và báo cáo kết quả trong quý sau.",
        ],
    },
    {
        "title": "Tập huấn kỹ năng số cho công chức Bộ phận Một cửa",
        "date": "2026-06-12",
        "category": "Chuyển đổi số",
        "author": "Đức Trí",
        "paragraphs": [
            "Hơn 200 công chức làm việc tại Bộ phận Một cửa các cấp đã tham gia lớp tập huấn về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và sử dụng chữ ký số.",
            "Học viên được thực hành trên hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, từ khâu tiếp nhận, số hóa đến trả kết quả điện tử.",
            "Lớp tập huấn nằm trong nhiệm vụ của tỉnh triển khai Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.",
        ],
    },
    {
        "title": "Đẩy mạnh thanh toán trực tuyến phí, lệ phí thủ tục hành chính",
        "date": "2026-07-01",
        "category": "Chuyển đổi số",
        "author": "Minh Khang",
        "paragraphs": [
            "Người dân, doanh nghiệp có thể thanh toán phí, lệ phí khi nộp hồ sơ trực tuyến bằng tài khoản ngân hàng hoặc ví điện tử, không phải đến nộp tiền mặt tại Bộ phận Một cửa.",
            "Biên lai điện tử được gửi qua thư điện tử và lưu trong tài khoản của người nộp hồ sơ.",
            "Đây là một nội dung của Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông được phê duyệt tại Quyết định số 468/QĐ-TTg ngày 27 tháng 3 năm 2021 của Thủ tướng Chính phủ.",
        ],
    },
]
