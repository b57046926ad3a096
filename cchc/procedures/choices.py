"""Choices of the procedure catalogue, and how spreadsheet spellings map onto them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    """Cấp thực hiện: the level of government that performs the procedure."""

    PROVINCE = "province", _("Cấp tỉnh")
    DISTRICT = "district", _("Cấp huyện")
    COMMUNE = "commune", _("Cấp xã")


class OnlineLevel(models.TextChoices):
    """Dịch vụ công trực tuyến under Nghị định 42/2022/NĐ-CP: toàn trình (end to end),
    một phần (partial), or none. The older "mức độ 3/4" (Nghị định 43/2011/NĐ-CP) map to
    một phần / toàn trình; mức độ 1/2 were information only, so "không"."""

    FULL = "full", _("Toàn trình")
    PARTIAL = "partial", _("Một phần")
    NONE = "none", _("Không trực tuyến")


class Channel(models.TextChoices):
    """Cách thức thực hiện: how a dossier can be filed and the result returned."""

    DIRECT = "direct", _("Trực tiếp")
    ONLINE = "online", _("Trực tuyến")
    POSTAL = "postal", _("Dịch vụ bưu chính")


# Spreadsheet spellings (compared folded by cchc.core.tabular).
LEVEL_SPELLINGS = [
    (Level.PROVINCE, ["Cấp tỉnh", "tỉnh", "Cấp Tỉnh, Sở", "tinh"]),
    (Level.DISTRICT, ["Cấp huyện", "huyện", "Cấp quận, huyện"]),
    (Level.COMMUNE, ["Cấp xã", "xã", "Cấp xã, phường, thị trấn"]),
]

ONLINE_LEVEL_SPELLINGS = [
    (OnlineLevel.FULL, ["Toàn trình", "DVC trực tuyến toàn trình", "Mức độ 4", "Mức 4", "4"]),
    (OnlineLevel.PARTIAL, ["Một phần", "DVC trực tuyến một phần", "Mức độ 3", "Mức 3", "3"]),
    (
        OnlineLevel.NONE,
        ["Không", "Không trực tuyến", "Mức độ 2", "Mức 2", "2", "Mức độ 1", "Mức 1", "1",
         "Cung cấp thông tin", "Dịch vụ công cung cấp thông tin"],
    ),
]  # fmt: skip
