"""Roles of the procedure catalogue (groups created and topped up after migrate)."""

from cchc.core.permissions import Role

EDITORS_ROLE = "Biên tập thủ tục hành chính"

ROLES = [
    Role(
        EDITORS_ROLE,
        [
            "wagtailadmin.access_admin",
            *(
                f"procedures.{verb}_{model}"
                for model in ("procedure", "procedurefield")
                for verb in ("add", "change", "delete", "view")
            ),
            # forms (mẫu đơn) are Wagtail documents
            "wagtaildocs.add_document",
            "wagtaildocs.choose_document",
        ],
        "Biên tập danh mục thủ tục hành chính và mẫu đơn, tờ khai.",
    ),
]
