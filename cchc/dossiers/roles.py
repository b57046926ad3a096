"""The one-stop roles (groups topped up after every migrate by ``cchc.core.permissions``).

Object-level rules (which agency's dossiers) are in ``permissions.py``.
"""

from cchc.core.permissions import Role

from .permissions import GROUP_ADMIN, GROUP_DESK, GROUP_HANDLER, GROUP_LEADER

ROLES = [
    Role(
        GROUP_DESK,
        ["dossiers.desk_dossier", "dossiers.view_dossier"],
        "Tiếp nhận hồ sơ, trả kết quả tại Bộ phận Một cửa của cơ quan mình.",
    ),
    Role(
        GROUP_HANDLER,
        ["dossiers.handle_dossier", "dossiers.view_dossier"],
        "Thẩm định, xử lý hồ sơ của cơ quan mình.",
    ),
    Role(
        GROUP_LEADER,
        ["dossiers.lead_dossier", "dossiers.handle_dossier", "dossiers.view_dossier"],
        "Phân công, phê duyệt hồ sơ của cơ quan mình.",
    ),
    Role(
        GROUP_ADMIN,
        [
            "dossiers.manage_all_dossiers",
            "dossiers.view_dossier",
            "dossiers.add_ruleset",
            "dossiers.change_ruleset",
            "dossiers.view_ruleset",
            "dossiers.add_agencyunitcode",
            "dossiers.change_agencyunitcode",
            "dossiers.delete_agencyunitcode",
            "dossiers.view_agencyunitcode",
        ],
        "Mọi hồ sơ, quy tắc Một cửa, mã định danh cơ quan.",
    ),
]
