"""Forms of the desk and officer screens (the citizen's filing forms are h-filing's)."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from cchc.core.forms import MultipleFileField
from cchc.core.permissions import users_with_perm
from cchc.directory.selectors import agency_list_active

from .choices import Channel, Delivery, LegKind, LegStatus
from .models import TransferLeg

DATE_INPUTS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FILES = 20


def _text(label, *, required=True, max_length=2000, rows=3):
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": rows, "maxlength": max_length}),
    )


class NoteForm(forms.Form):
    note = _text(_("Ghi chú"), required=False)


class RequiredNoteForm(forms.Form):
    note = _text(_("Nội dung"))


class SupplementForm(forms.Form):
    missing = _text(_("Giấy tờ cần bổ sung (liệt kê đầy đủ một lần)"), rows=4)


class ReasonForm(forms.Form):
    reason = _text(_("Lý do"))


class AssignForm(forms.Form):
    officer = forms.ModelChoiceField(
        label=_("Cán bộ xử lý"), queryset=get_user_model().objects.none()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        qs = users_with_perm("dossiers.handle_dossier").filter(agency_staff__isnull=False)
        agency_id = self.initial.get("agency_id")
        if agency_id:
            qs = qs.filter(agency_staff__agency_id=agency_id)
        self.fields["officer"].queryset = qs.order_by("last_name", "first_name", "username")
        self.fields["officer"].label_from_instance = lambda u: u.get_full_name() or u.username


class ConsultForm(forms.Form):
    kind = forms.ChoiceField(label=_("Loại"), choices=LegKind.choices, initial=LegKind.TRANSFER)
    to_agency = forms.ModelChoiceField(label=_("Cơ quan nhận"), queryset=agency_list_active())
    days = forms.IntegerField(
        label=_("Thời hạn (ngày làm việc)"), min_value=1, max_value=60, initial=3
    )
    task = _text(_("Nhiệm vụ, nội dung cần cho ý kiến"))


class LegReplyForm(forms.Form):
    leg = forms.ModelChoiceField(label=_("Phiếu chuyển"), queryset=TransferLeg.objects.none())
    reply = _text(_("Kết quả, ý kiến"), max_length=4000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        qs = TransferLeg.objects.filter(status=LegStatus.OPEN).select_related("to_agency")
        if self.initial.get("dossier_id"):
            qs = qs.filter(dossier_id=self.initial["dossier_id"])
        self.fields["leg"].queryset = qs
        self.fields["leg"].label_from_instance = lambda leg: (
            f"{leg.to_agency.name} ({leg.deadline:%d/%m/%Y})"
        )


class ReturnForm(forms.Form):
    delivery = forms.ChoiceField(label=_("Hình thức trả"), choices=Delivery.choices)
    tracking_number = forms.CharField(label=_("Số hiệu bưu gửi"), required=False, max_length=60)
    note = _text(_("Ghi chú"), required=False)


class ApologyForm(forms.Form):
    reason = _text(_("Lý do chậm"))
    new_date = forms.DateField(
        label=_("Ngày hẹn trả mới (dd/mm/yyyy)"),
        input_formats=DATE_INPUTS,
        widget=forms.DateInput(attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric"}),
    )


class ReceiveForm(forms.Form):
    """Desk receipt: keyboard-friendly (tab order = reading order, autofocus on the
    procedure, Enter submits)."""

    procedure = forms.ModelChoiceField(label=_("Thủ tục"), queryset=None)
    applicant_name = forms.CharField(label=_("Họ tên người nộp"), max_length=255)
    applicant_id_number = forms.RegexField(
        label=_("Số định danh cá nhân"),
        regex=r"^\d{9}(\d{3})?$",
        required=False,
        max_length=12,
        error_messages={"invalid": _("Số định danh gồm 9 hoặc 12 chữ số.")},
    )
    applicant_phone = forms.RegexField(
        label=_("Điện thoại"),
        regex=r"^\+?[\d .\-]{8,20}$",
        required=False,
        max_length=20,
        error_messages={"invalid": _("Số điện thoại không hợp lệ.")},
    )
    applicant_email = forms.EmailField(label=_("Thư điện tử"), required=False)
    applicant_address = forms.CharField(label=_("Địa chỉ"), required=False, max_length=500)
    applicant_organisation = forms.CharField(
        label=_("Tổ chức (nếu có)"), required=False, max_length=255
    )
    subject = _text(_("Nội dung yêu cầu"), required=False, rows=2)
    channel = forms.ChoiceField(
        label=_("Cách thức nộp"),
        choices=[(Channel.DESK, Channel.DESK.label), (Channel.POST, Channel.POST.label)],
    )
    delivery = forms.ChoiceField(label=_("Nhận kết quả"), choices=Delivery.choices)
    delivery_address = forms.CharField(
        label=_("Địa chỉ nhận kết quả qua bưu chính"), required=False, max_length=500
    )
    files = MultipleFileField(
        label=_("Bản quét hồ sơ (PDF, ảnh, .docx, .xlsx; tối đa 20 MB mỗi tệp)"), required=False
    )
    accept_now = forms.BooleanField(
        label=_("Hồ sơ đầy đủ: tiếp nhận và in giấy hẹn ngay"), required=False, initial=True
    )

    def __init__(self, *args, procedures=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["procedure"].queryset = procedures
        self.fields["procedure"].widget.attrs["autofocus"] = True
        self.fields["procedure"].label_from_instance = lambda p: f"{p.code} – {p.name}"[:200]

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        if len(files) > MAX_FILES:
            raise forms.ValidationError(_("Tối đa %(n)s tệp mỗi lần.") % {"n": MAX_FILES})
        return files

    def clean(self):
        data = super().clean()
        if (
            data.get("delivery") == Delivery.POST
            and not (data.get("delivery_address") or "").strip()
        ):
            self.add_error("delivery_address", _("Nhận kết quả qua bưu chính cần có địa chỉ nhận."))
        return data


class LookupForm(forms.Form):
    code = forms.RegexField(
        label=_("Mã hồ sơ"),
        regex=r"^[0-9A-Za-z.\-]{6,80}$",
        max_length=80,
        error_messages={
            "invalid": _("Mã hồ sơ không đúng dạng (ví dụ 000.00.15.H38-260402-0001).")
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "inputmode": "text"}
        ),
    )


class AssignBulkForm(forms.Form):
    dossiers = forms.CharField(widget=forms.HiddenInput, required=False)
