"""The default questionnaire: the five elements of a public administrative service
(Bộ Nội vụ; QĐ 2640/QĐ-BNV, current method QĐ 1001/QĐ-BNV). Editors adapt it, year by
year, in the admin (Khảo sát > Phiếu khảo sát); this is only the starting point.

(element, code, text, kind, required)
"""

from __future__ import annotations

DEFAULT_TITLE = "Phiếu khảo sát sự hài lòng đối với sự phục vụ của cơ quan hành chính"
DEFAULT_INTRO = (
    "Xin ông/bà dành một phút đánh giá việc giải quyết hồ sơ, phản ánh của mình. "
    "Phiếu không ghi tên; ý kiến giúp cơ quan nhà nước phục vụ tốt hơn."
)

DEFAULT_QUESTIONS: list[tuple[str, str, str, str, bool]] = [
    (
        "access",
        "tiep-can-1",
        "Nơi tiếp nhận (trực tiếp hoặc trực tuyến) dễ tìm, có chỉ dẫn rõ ràng",
        "scale",
        False,
    ),
    (
        "access",
        "tiep-can-2",
        "Chỗ ngồi, trang thiết bị, cổng dịch vụ công trực tuyến thuận tiện khi sử dụng",
        "scale",
        False,
    ),
    (
        "procedure",
        "thu-tuc-1",
        "Thủ tục, giấy tờ phải nộp được niêm yết, công khai đầy đủ, dễ hiểu",
        "scale",
        False,
    ),
    (
        "procedure",
        "thu-tuc-2",
        "Không phải nộp thêm giấy tờ, phí ngoài quy định",
        "scale",
        False,
    ),
    (
        "officer",
        "cong-chuc-1",
        "Công chức có thái độ lịch sự, tận tình",
        "scale",
        True,
    ),
    (
        "officer",
        "cong-chuc-2",
        "Công chức hướng dẫn đầy đủ, dễ hiểu, không phải đi lại nhiều lần",
        "scale",
        False,
    ),
    (
        "result",
        "ket-qua-1",
        "Nhận được kết quả đúng hạn",
        "scale",
        True,
    ),
    (
        "result",
        "ket-qua-2",
        "Kết quả đầy đủ, chính xác, đúng quy định",
        "scale",
        False,
    ),
    (
        "feedback",
        "gop-y-1",
        "Dễ dàng gửi góp ý, phản ánh, kiến nghị; được trả lời kịp thời, thỏa đáng",
        "scale",
        False,
    ),
    (
        "other",
        "y-kien",
        "Ý kiến khác của ông/bà (không bắt buộc)",
        "text",
        False,
    ),
]
