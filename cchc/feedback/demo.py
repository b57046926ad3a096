"""Demo data for feedback: categories, agencies (reused when present), a dozen invented
cases in different states, several with published answers. Idempotent."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.utils import timezone

from cchc.core.calendar import get_work_calendar
from cchc.core.permissions import roles_ensure
from cchc.directory.selectors import agency_by_codes

from . import services
from .models import Feedback, FeedbackCategory
from .permissions import coordinator_group_name

# The cases are routed to agencies of the directory's demo province (one story: the same
# province committee, departments and communes everywhere).
AGENCY_CODES = ("UBND-TINH", "SXD", "SNNMT", "STP", "H-DL", "H-DL-XDX")

CATEGORIES = [
    ("xay-dung", "Xây dựng, trật tự đô thị", "SXD", 10),
    ("dat-dai", "Đất đai, môi trường", "SNNMT", 15),
    ("ho-tich", "Hộ tịch, chứng thực", "STP", 5),
    ("giao-thong", "Giao thông, hạ tầng", "SXD", 10),
    ("thu-tuc-hanh-chinh", "Thủ tục hành chính, thái độ phục vụ", None, 7),
    ("khac", "Lĩnh vực khác", None, 10),
]

# subject, content, category, agency code, final state, days ago received, answer
CASES = [
    (
        "Chậm cấp giấy phép xây dựng nhà ở riêng lẻ",
        "Tôi nộp hồ sơ xin cấp giấy phép xây dựng nhà ở tại phường Hai từ đầu tháng, đã quá hạn 15 ngày nhưng chưa nhận được kết quả hay thông báo bổ sung.",
        "xay-dung",
        "SXD",
        "published",
        30,
        "Sở Xây dựng đã kiểm tra: hồ sơ bị chậm do phải lấy ý kiến về chỉ giới đường đỏ. Giấy phép đã được cấp; Sở đã nhắc nhở bộ phận liên quan và xin lỗi người dân.",
    ),
    (
        "Đề nghị rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất",
        "Thời gian cấp giấy chứng nhận lần đầu hiện nay là 30 ngày, quá dài so với nhu cầu. Đề nghị rút ngắn và cho phép nộp hồ sơ trực tuyến toàn trình.",
        "dat-dai",
        "SNNMT",
        "published",
        40,
        "Sở Nông nghiệp và Môi trường ghi nhận kiến nghị. Từ quý tới, thủ tục được cung cấp trực tuyến toàn trình và thời hạn giải quyết rút còn 20 ngày làm việc.",
    ),
    (
        "Yêu cầu nộp bản sao có chứng thực không cần thiết",
        "Khi làm thủ tục đăng ký khai sinh, cán bộ yêu cầu bản sao có chứng thực giấy chứng nhận kết hôn dù tôi đã xuất trình bản chính.",
        "ho-tich",
        "STP",
        "published",
        20,
        "Theo quy định, người dân chỉ phải xuất trình bản chính để đối chiếu. Sở Tư pháp đã có văn bản hướng dẫn các xã thực hiện đúng và không yêu cầu thêm giấy tờ.",
    ),
    (
        "Đèn tín hiệu giao thông tại ngã tư trung tâm hoạt động sai",
        "Đèn tín hiệu tại ngã tư đường Trần Hưng Đạo và Lê Lợi chuyển đỏ đồng thời cả hai hướng vào giờ cao điểm buổi sáng.",
        "giao-thong",
        "SXD",
        "published",
        12,
        "Sở Xây dựng đã cho kiểm tra, thay bộ điều khiển tín hiệu và cài lại chu kỳ đèn. Đèn đã hoạt động bình thường.",
    ),
    (
        "Bộ phận một cửa không hướng dẫn đầy đủ",
        "Tôi phải đi lại ba lần để bổ sung hồ sơ chuyển mục đích sử dụng đất vì mỗi lần chỉ được hướng dẫn một phần giấy tờ còn thiếu.",
        "thu-tuc-hanh-chinh",
        "H-DL",
        "published",
        25,
        "Ủy ban nhân dân huyện Đồng Lúa đã chấn chỉnh Bộ phận tiếp nhận và trả kết quả: việc yêu cầu bổ sung hồ sơ phải thông báo một lần, bằng văn bản, nêu đủ các giấy tờ còn thiếu.",
    ),
    (
        "Đường liên xã bị sạt lở sau mưa lớn",
        "Đoạn đường liên xã qua thôn 3 bị sạt lở một bên taluy, xe máy đi lại rất nguy hiểm, đề nghị sớm khắc phục.",
        "giao-thong",
        "H-DL-XDX",
        "answered",
        8,
        "Ủy ban nhân dân xã đã cắm biển cảnh báo và đề nghị huyện bố trí kinh phí sửa chữa trong tháng này.",
    ),
    (
        "Kiến nghị niêm yết phí, lệ phí tại bộ phận một cửa xã",
        "Bộ phận một cửa xã chưa niêm yết công khai mức phí chứng thực bản sao, người dân không biết phải nộp bao nhiêu.",
        "ho-tich",
        "H-DL-XDX",
        "closed",
        35,
        "Xã đã niêm yết đầy đủ mức phí, lệ phí tại trụ sở và trên trang thông tin điện tử của xã.",
    ),
    (
        "Công trình xây dựng lấn chiếm vỉa hè",
        "Một công trình đang thi công trên đường Nguyễn Huệ để vật liệu chiếm toàn bộ vỉa hè nhiều ngày.",
        "xay-dung",
        "SXD",
        "assigned",
        14,
        "",
    ),
    (
        "Hồ sơ đăng ký biến động đất đai bị trả lại nhiều lần",
        "Hồ sơ đăng ký biến động của gia đình tôi bị trả lại hai lần với lý do khác nhau.",
        "dat-dai",
        "SNNMT",
        "assigned",
        3,
        "",
    ),
    (
        "Đề nghị mở thêm quầy tiếp nhận hồ sơ buổi sáng thứ Bảy",
        "Người lao động khó đi nộp hồ sơ trong giờ hành chính; đề nghị mở quầy tiếp nhận sáng thứ Bảy.",
        "thu-tuc-hanh-chinh",
        None,
        "accepted",
        2,
        "",
    ),
    (
        "Cống thoát nước bị tắc gây ngập",
        "Cống thoát nước đầu hẻm 45 bị tắc, mỗi lần mưa nước ngập đến đầu gối.",
        "giao-thong",
        None,
        "received",
        1,
        "",
    ),
    (
        "Tố cáo cán bộ nhận tiền",
        "Tôi muốn tố cáo một cán bộ địa chính xã nhận tiền của người dân.",
        "khac",
        None,
        "rejected",
        5,
        "",
    ),
]


def load_demo(stdout) -> None:
    from cchc.directory import demo as directory_demo

    if len(agency_by_codes(AGENCY_CODES)) < len(AGENCY_CODES):
        directory_demo.load_demo(stdout)
    agencies = agency_by_codes(AGENCY_CODES)
    categories = {}
    for i, (code, name, agency_code, days) in enumerate(CATEGORIES):
        categories[code], _ = FeedbackCategory.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "default_agency": agencies.get(agency_code),
                "deadline_days": days,
                "sort_order": i,
            },
        )
    group = roles_ensure()[coordinator_group_name()]
    User = get_user_model()
    coordinator, created = User.objects.get_or_create(
        username="dieuphoi_pakn",
        defaults={"first_name": "Tổ điều phối PAKN", "email": "dieuphoi@example.gov.vn"},
    )
    if created:
        coordinator.set_unusable_password()
        coordinator.save()
    coordinator.groups.add(group)
    if Feedback.objects.filter(external_ref__startswith="demo-").exists():
        stdout.write("Phản ánh, kiến nghị: dữ liệu mẫu đã có.")
        return
    calendar = get_work_calendar()
    today = timezone.localdate()
    for n, (subject, content, cat, agency_code, state, days_ago, answer) in enumerate(CASES, 1):
        fb = services.feedback_submit(
            submission=services.Submission(
                channel=["web", "hotline", "email", "zalo", "facebook", "post"][n % 6],
                subject=subject,
                content=content,
                category=categories[cat],
                kind="kien_nghi" if subject.startswith(("Đề nghị", "Kiến nghị")) else "phan_anh",
                submitter_name=f"Người dân số {n}",
                submitter_address="Địa chỉ mẫu, không có thật",
                submitter_phone=f"0900{n:06d}",
                external_ref=f"demo-{n:02d}",
            ),
            require_identity=False,
        )
        received = today - dt.timedelta(days=days_ago)
        Feedback.objects.filter(pk=fb.pk).update(
            created_at=timezone.now() - dt.timedelta(days=days_ago),
            received_on=received,
            forward_due=calendar.add_working_days(received, 5),
            answer_due=calendar.add_working_days(received, categories[cat].deadline_days),
        )
        if state == "rejected":
            services.feedback_reject(feedback=fb, actor=coordinator, reason="complaint")
            continue
        if state == "received":
            continue
        services.feedback_accept(feedback=fb, actor=coordinator)
        if state == "accepted":
            continue
        services.feedback_assign(feedback=fb, actor=coordinator, agency=agencies[agency_code])
        if state == "assigned":
            continue
        services.feedback_answer(feedback=fb, actor=coordinator, answer=answer)
        if state == "answered":
            continue
        services.feedback_publish(feedback=fb, actor=coordinator)
        if state == "closed":
            services.feedback_close(feedback=fb, actor=coordinator)
    stdout.write(f"Phản ánh, kiến nghị: {len(CASES)} phản ánh mẫu.")
