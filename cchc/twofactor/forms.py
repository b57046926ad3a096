from django import forms
from django.utils.translation import gettext_lazy as _


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Mã xác thực"),
        max_length=40,
        strip=True,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
                "inputmode": "text",
                "autofocus": True,
            }
        ),
        error_messages={"required": _("Hãy nhập mã xác thực.")},
    )


class EnrolForm(TokenForm):
    token = forms.CharField(
        label=_("Mã 6 số trong ứng dụng"),
        max_length=20,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        error_messages={"required": _("Hãy nhập mã 6 số mà ứng dụng hiện ra.")},
    )
