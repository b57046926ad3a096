"""The contest's staff roles (groups topped up after every migrate by ``cchc.core.permissions``).

Authors need no role: any signed-in account (``cchc.accounts``) submits. A juror also needs
a seat on the contest's jury (``JuryMember``), set by the secretary in the admin.
"""

from cchc.core.permissions import Role

ADMIN = "wagtailadmin.access_admin"
GROUP_JUROR = "Giám khảo cuộc thi"
GROUP_SECRETARY = "Thư ký cuộc thi"
GROUP_CHAIR = "Chủ tịch Hội đồng giám khảo"

_SETUP = [
    f"contest.{verb}_{model}"
    for model in ("contest", "jurymember")
    for verb in ("add", "change", "view")
]

ROLES = [
    Role(GROUP_JUROR, ["contest.score_entry"], "Chấm bài dự thi ẩn danh của cuộc thi mình ngồi."),
    Role(
        GROUP_SECRETARY,
        [ADMIN, "contest.manage_contest", *_SETUP, "contest.delete_jurymember"],
        "Lập cuộc thi, hội đồng; xét hợp lệ; theo dõi chấm; xếp hạng; xuất bảng điểm.",
    ),
    Role(
        GROUP_CHAIR,
        ["contest.approve_results", "contest.manage_contest"],
        "Phê duyệt và công bố kết quả.",
    ),
]
