"""Rule sets in force by date, and the one-stop groups with their permissions.

Values are the administrator's to change (Wagtail admin "Quy tắc Một cửa"); what the
decrees say and what is still unverified is in docs/dossiers.md.
"""

import datetime as dt

from django.db import migrations

RULE_SETS = [
    {
        "name": "Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP",
        "legal_basis": "Nghị định số 61/2018/NĐ-CP; Nghị định số 107/2021/NĐ-CP; "
        "Thông tư số 01/2018/TT-VPCP",
        "effective_from": dt.date(2018, 8, 21),
        "cutoff": dt.time(15, 0),
        "after_cutoff_next_day": True,
        "supplement_clock": "restart",
        "supplement_within_days": 3,
        "apology_days_before": 1,
        "max_reschedules": 1,
        "note": "Đ.18: hồ sơ nhận sau 15 giờ chuyển vào đầu giờ ngày làm việc tiếp theo; "
        "Đ.19: yêu cầu bổ sung trong 03 ngày làm việc, thời hạn tính lại từ đầu; "
        "xin lỗi, hẹn lại trước hạn ít nhất 01 ngày, không quá một lần.",
    },
    {
        "name": "Nghị định 118/2025/NĐ-CP",
        "legal_basis": "Nghị định số 118/2025/NĐ-CP (sửa đổi bởi Nghị định số 367/2025/NĐ-CP)",
        "effective_from": dt.date(2025, 7, 1),
        "cutoff": dt.time(15, 0),
        "after_cutoff_next_day": True,
        "supplement_clock": "restart",
        "supplement_within_days": 3,
        "apology_days_before": 1,
        "max_reschedules": 1,
        "note": "Giá trị mặc định giữ như Nghị định 61/2018; cần đối chiếu văn bản gốc và "
        "điều chỉnh tại trang quản trị.",
    },
]

GROUPS = {
    "Bộ phận Một cửa": ["desk_dossier", "view_dossier"],
    "Cán bộ xử lý hồ sơ": ["handle_dossier", "view_dossier"],
    "Lãnh đạo phê duyệt hồ sơ": ["lead_dossier", "handle_dossier", "view_dossier"],
    "Quản trị Một cửa": [
        "manage_all_dossiers",
        "view_dossier",
        "add_ruleset",
        "change_ruleset",
        "view_ruleset",
        "add_agencyunitcode",
        "change_agencyunitcode",
        "delete_agencyunitcode",
        "view_agencyunitcode",
    ],
}


def forwards(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("dossiers")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    RuleSet = apps.get_model("dossiers", "RuleSet")
    for row in RULE_SETS:
        RuleSet.objects.get_or_create(effective_from=row["effective_from"], defaults=row)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="dossiers", codename__in=codenames)
        )


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(GROUPS)).delete()
    apps.get_model("dossiers", "RuleSet").objects.filter(
        effective_from__in=[r["effective_from"] for r in RULE_SETS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("dossiers", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
