"""Roles of the legal library (groups created and topped up after migrate).

Holding ``legal.verify_legaldocument`` is what makes a librarian
(:func:`cchc.legal.services.user_is_librarian`); the group is only its carrier.
"""

from cchc.core.permissions import Role

LIBRARIAN_ROLE = "Thư viện văn bản"
VERIFY = "legal.verify_legaldocument"

ROLES = [
    Role(
        LIBRARIAN_ROLE,
        [
            "wagtailadmin.access_admin",
            *(
                f"legal.{verb}_{model}"
                for model in ("legaldocument", "documenttype")
                for verb in ("add", "change", "delete", "view")
            ),
            VERIFY,
            "wagtaildocs.add_document",
            "wagtaildocs.choose_document",
        ],
        "Thêm, sửa, kiểm tra (xác minh) văn bản pháp luật và loại văn bản.",
    ),
]
