"""Invented Vietnamese vocabulary for the search benchmark (administrative-reform news).

Words are listed roughly from most to least frequent; the generator draws them with a
Zipf-like weight, so "các", "thông tin", "của" are everywhere and place names are rare.
"""

FUNCTION_WORDS = """
các của và được trong cho có là người với đã về này những một để theo tại không
từ năm đến khi đó cũng như trên đồng thời nhằm sẽ đang vào ra lại nhiều mới
""".split()

COMMON_WORDS = """
thông_tin cải_cách hành_chính thủ_tục người_dân doanh_nghiệp cơ_quan đơn_vị tỉnh
huyện xã thực_hiện triển_khai kết_quả công_tác nâng_cao chất_lượng dịch_vụ công
trực_tuyến hồ_sơ giải_quyết tiếp_nhận một_cửa liên_thông cán_bộ công_chức viên_chức
ủy_ban nhân_dân hội_đồng sở nội_vụ tư_pháp kế_hoạch đầu_tư tài_chính xây_dựng
giao_thông vận_tải tài_nguyên môi_trường nông_nghiệp phát_triển nông_thôn giáo_dục
đào_tạo y_tế lao_động thương_binh xã_hội văn_hóa thể_thao du_lịch công_thương
khoa_học công_nghệ thông_tin truyền_thông chuyển_đổi số chính_quyền điện_tử
chỉ_số hài_lòng đánh_giá kiểm_tra giám_sát báo_cáo tổng_kết sơ_kết hội_nghị
tập_huấn tuyên_truyền phổ_biến pháp_luật văn_bản quy_phạm quy_định hướng_dẫn
chỉ_đạo điều_hành lãnh_đạo chủ_tịch phó_chủ_tịch giám_đốc trưởng_phòng
phản_ánh kiến_nghị khiếu_nại tố_cáo tiếp_công_dân đất_đai cấp_giấy chứng_nhận
quyền_sử_dụng hộ_tịch khai_sinh kết_hôn chứng_thực bản_sao đăng_ký kinh_doanh
thuế bảo_hiểm xã_hội cư_trú căn_cước định_danh bưu_chính công_ích trả_kết_quả
thời_hạn quá_hạn đúng_hạn trước_hạn tỷ_lệ phần_trăm số_lượng tăng giảm so_với
cùng_kỳ quý tháng tuần ngày kỳ_họp nghị_quyết nghị_định quyết_định thông_tư
chỉ_thị công_văn kế_hoạch chương_trình đề_án dự_án nhiệm_vụ giải_pháp mục_tiêu
tiêu_chí cơ_chế chính_sách tinh_gọn bộ_máy sắp_xếp sáp_nhập biên_chế
vị_trí_việc_làm đạo_đức công_vụ kỷ_luật kỷ_cương trách_nhiệm người_đứng_đầu
minh_bạch công_khai hiệu_quả hiệu_lực năng_lực cạnh_tranh môi_trường_kinh_doanh
thuận_lợi nhanh_chóng đơn_giản_hóa cắt_giảm chi_phí thời_gian đi_lại
ứng_dụng phần_mềm cơ_sở_dữ_liệu kết_nối chia_sẻ dữ_liệu an_toàn bảo_mật
thanh_toán không_dùng_tiền_mặt chữ_ký_số thiết_bị tổng_đài đường_dây_nóng
trung_tâm phục_vụ bộ_phận tiếp_nhận và trả_kết_quả nhân_viên hướng_dẫn viên
""".split()

RARE_WORDS = """
nhấn_mạnh đỡ_đầu dò_tìm hạ_tầng viễn_thông mạng_lưới cáp_quang thủy_lợi đê_điều
kênh_mương cầu_cống rừng_phòng_hộ phòng_chống thiên_tai hạn_mặn xâm_nhập_mặn
lúa_gạo khóm khoai_lang cá_tra tôm_càng chợ_nổi du_lịch_sinh_thái làng_nghề
khuyến_nông hợp_tác_xã tổ_hợp_tác vay_vốn ưu_đãi hộ_nghèo cận_nghèo bảo_trợ
trẻ_em người_cao_tuổi người_khuyết_tật bình_đẳng_giới phòng_chống_tham_nhũng
lãng_phí tiêu_cực thanh_tra kiểm_toán quyết_toán tạm_ứng giải_ngân đấu_thầu
quy_hoạch phân_khu giải_phóng_mặt_bằng bồi_thường tái_định_cư khu_công_nghiệp
cụm_công_nghiệp nhà_ở_xã_hội chung_cư giấy_phép_xây_dựng phòng_cháy chữa_cháy
cứu_nạn cứu_hộ an_ninh trật_tự quốc_phòng dân_quân tuyển_quân nghĩa_vụ
tôn_giáo tín_ngưỡng dân_tộc thiểu_số di_tích lễ_hội bảo_tàng thư_viện
""".split()

PLACES = """
Hậu_Giang Vị_Thanh Ngã_Bảy Long_Mỹ Châu_Thành Phụng_Hiệp Vị_Thủy Cần_Thơ
Sóc_Trăng Bạc_Liêu Cà_Mau Kiên_Giang An_Giang Đồng_Tháp Vĩnh_Long Trà_Vinh
Bến_Tre Tiền_Giang Long_An Tân_Hòa Hòa_An Đông_Phước Tân_Bình Phương_Bình
Xà_Phiên Lương_Tâm Vĩnh_Viễn Thuận_Hưng Hiệp_Hưng Đại_Thành Tân_Phú_Thạnh
""".split()

TITLE_VERBS = """
Triển_khai Đẩy_mạnh Nâng_cao Tổ_chức Ban_hành Hướng_dẫn Tăng_cường Kiểm_tra
Công_bố Tổng_kết Sơ_kết Phê_duyệt Thực_hiện Rà_soát Công_khai Tiếp_nhận
""".split()

DOC_TYPES = [
    ("Nghị định", "NĐ-CP"),
    ("Nghị quyết", "NQ-CP"),
    ("Quyết định", "QĐ-TTg"),
    ("Quyết định", "QĐ-UBND"),
    ("Thông tư", "TT-BNV"),
    ("Thông tư", "TT-BTC"),
    ("Chỉ thị", "CT-UBND"),
    ("Kế hoạch", "KH-UBND"),
]
