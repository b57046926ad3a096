"""The filing form, generated from a procedure: applicant, one upload slot per required
document, delivery of the result. Parsing and validation only; services hold the rules."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.forms.utils import ErrorList
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from cchc.core.exceptions import ValidationError as CchcValidationError
from cchc.dossiers.choices import Delivery

from .rendering import FilingFormRenderer
from .uploads import check_document

ACCEPT = "application/pdf,image/jpeg,image/png,image/webp"


def postal_fee() -> int:
    """The postal fee shown to the applicant (đồng); 0 = paid to the post on delivery."""
    return int(getattr(settings, "ESERVICES_POSTAL_FEE", 0))


class QuietErrorList(ErrorList):
    """Renders nothing, without running a template, when it is empty: what Django's error
    list templates render for no errors. The filing page shows ``{{ field.errors }}`` for
    each of its fields on every request, nearly always empty."""

    def render(self, template_name=None, context=None, renderer=None):
        if not self.data:
            return mark_safe("")  # noqa: S308 (an empty string)
        return super().render(template_name, context, renderer)

    __str__ = render
    __html__ = render


RENDERER = FilingFormRenderer()  # one for the process: its engine caches the templates


class FilingForm(forms.Form):
    required_css_class = "fb-field--required"

    key = forms.UUIDField(widget=forms.HiddenInput)
    applicant_name = forms.CharField(
        label=_("Họ và tên người nộp"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    applicant_id_number = forms.RegexField(
        label=_("Số định danh cá nhân (CCCD)"),
        regex=r"^\d{12}$",
        max_length=12,
        required=False,
        error_messages={"invalid": _("Số định danh cá nhân gồm 12 chữ số.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    applicant_address = forms.CharField(
        label=_("Địa chỉ liên hệ"),
        max_length=255,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    applicant_phone = forms.RegexField(
        label=_("Số điện thoại"),
        regex=r"^\+?[0-9 .\-]{8,19}$",
        max_length=20,
        error_messages={"invalid": _("Số điện thoại không hợp lệ.")},
        widget=forms.TextInput(attrs={"type": "tel", "inputmode": "tel", "autocomplete": "tel"}),
    )
    applicant_email = forms.EmailField(
        label=_("Thư điện tử"),
        max_length=254,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    delivery = forms.ChoiceField(
        label=_("Hình thức nhận kết quả"), choices=Delivery.choices, widget=forms.RadioSelect
    )
    delivery_address = forms.CharField(
        label=_("Địa chỉ nhận kết quả qua bưu chính"),
        max_length=255,
        required=False,
        help_text=_("Bắt buộc khi nhận kết quả qua bưu chính."),
    )
    note = forms.CharField(
        label=_("Ghi chú cho cơ quan giải quyết"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, procedure, existing_slots=frozenset(), **kwargs):
        kwargs.setdefault("error_class", QuietErrorList)
        kwargs.setdefault("renderer", RENDERER)
        super().__init__(*args, **kwargs)
        self.procedure = procedure
        self.slots = list(procedure.documents.all())
        self.existing_slots = set(existing_slots)
        choices = [(Delivery.DESK, Delivery.DESK.label), (Delivery.ONLINE, Delivery.ONLINE.label)]
        if procedure.postal_return:
            choices.append((Delivery.POST, Delivery.POST.label))
        self.fields["delivery"].choices = choices
        self.fields["delivery"].initial = Delivery.DESK
        for slot in self.slots:
            self.fields[self.slot_field(slot)] = forms.FileField(
                label=slot.name[:300],
                required=False,
                widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
            )

    @staticmethod
    def slot_field(slot) -> str:
        return f"doc_{slot.pk}"

    def slot_rows(self):
        """(slot, bound field, already uploaded?) for the template."""
        return [(s, self[self.slot_field(s)], s.pk in self.existing_slots) for s in self.slots]

    def clean(self):
        data = super().clean()
        if (
            data.get("delivery") == Delivery.POST
            and not (data.get("delivery_address") or "").strip()
        ):
            self.add_error(
                "delivery_address", _("Vui lòng nhập địa chỉ nhận kết quả qua bưu chính.")
            )
        checked = {}
        for slot in self.slots:
            name = self.slot_field(slot)
            upload = data.get(name)
            if not upload:
                continue
            try:
                checked[slot.pk] = check_document(upload)
            except CchcValidationError as exc:
                self.add_error(name, str(exc.message))
        data["checked_files"] = checked
        return data

    def missing_required(self, uploaded: set[int]) -> list:
        return [s for s in self.slots if s.required and s.pk not in uploaded]

    def payload(self) -> dict:
        """The typed answers kept in the draft and handed to the dossier (no files)."""
        d = self.cleaned_data
        return {
            k: str(d.get(k) or "")
            for k in (
                "applicant_name",
                "applicant_id_number",
                "applicant_address",
                "applicant_phone",
                "applicant_email",
                "delivery",
                "delivery_address",
                "note",
            )
        }
