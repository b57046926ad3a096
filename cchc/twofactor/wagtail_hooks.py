from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_account_menu_item")
def twofactor_account_item(request):
    return {
        "url": reverse("twofactor:security"),
        "label": _("Xác thực hai bước"),
        "help_text": _("Ứng dụng xác thực và mã dự phòng của tài khoản."),
    }
