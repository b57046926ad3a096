from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Payment


class DeskFeeForm(forms.Form):
    amount = forms.IntegerField(label=_("Số tiền (đồng)"), min_value=1, max_value=10_000_000_000)
    method = forms.ChoiceField(
        label=_("Hình thức"),
        choices=[
            (Payment.Method.CASH, Payment.Method.CASH.label),
            (Payment.Method.TRANSFER, Payment.Method.TRANSFER.label),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Nội dung"), max_length=255, required=False)
