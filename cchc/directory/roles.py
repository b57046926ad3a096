"""Roles of the directory (groups created and topped up after migrate)."""

from cchc.core.permissions import Role

EDITORS_ROLE = "Biên tập danh bạ"

ROLES = [
    Role(
        EDITORS_ROLE,
        [
            "wagtailadmin.access_admin",
            *(
                f"directory.{verb}_{model}"
                for model in ("agency", "leader")
                for verb in ("add", "change", "delete", "view")
            ),
            "directory.view_contactchange",
        ],
        "Sửa cơ quan, lãnh đạo, số điện thoại trong danh bạ; sáp nhập, giải thể cơ quan.",
    ),
]
