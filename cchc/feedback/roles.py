"""Roles of the feedback back office (groups are created and topped up after migrate).

Agency officers need no role: they act on the cases assigned to their agency through their
``AgencyStaff`` membership (an object-level rule, see :mod:`cchc.feedback.actions`).
"""

from cchc.core.permissions import Role

COORDINATE = "feedback.coordinate_feedback"
COORDINATOR_ROLE = "Điều phối PAKN"

ROLES = [
    Role(
        COORDINATOR_ROLE,
        [COORDINATE],
        "Xem và xử lý mọi phản ánh, kiến nghị; kiểm duyệt tin rác; thống kê.",
    ),
]
