"""Forms: parse and validate input; the services hold the rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cchc.core import forms as core_forms
from cchc.core.exceptions import ValidationError as CchcValidationError
from cchc.directory.selectors import Agency, agency_list_active, agency_list_areas

from .choices import Channel, Kind, RejectReason
from .models import FeedbackCategory
from .services import ERR_IDENTITY, MAX_ATTACHMENTS, Submission, check_attachment


class MultipleFileField(core_forms.MultipleFileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("accept", "image/jpeg,image/png,image/webp,application/pdf")
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = super().clean(data, initial)
        if len(files) > MAX_ATTACHMENTS:
            raise forms.ValidationError(_("Chỉ được gửi tối đa 5 tệp đính kèm."))
        for f in files:
            try:
                check_attachment(f)
            except CchcValidationError as exc:
                raise forms.ValidationError(str(exc.message)) from exc
        return files


def _agency_field(label, required=True):
    return forms.ModelChoiceField(
        label=label,
        queryset=agency_list_active(),
        required=required,
    )


def area_choices() -> list:
    """Communes grouped by district (optgroups), both in Vietnamese alphabetical order
    (đ after d, tones ignored), from the directory; a district is also selectable."""
    from cchc.core.text import fold

    rows = list(agency_list_areas().only("id", "name", "level", "parent_id"))
    districts = sorted(
        (a for a in rows if a.level == Agency.Level.DISTRICT), key=lambda a: (fold(a.name), a.pk)
    )
    communes: dict[int | None, list[Agency]] = {}
    for a in rows:
        if a.level == Agency.Level.COMMUNE:
            communes.setdefault(a.parent_id, []).append(a)
    choices: list = [("", _("— Chọn xã, phường, thị trấn (không bắt buộc) —"))]
    for district in districts:
        members = sorted(communes.pop(district.pk, []), key=lambda a: (fold(a.name), a.pk))
        options = [(district.pk, _("Toàn %(name)s") % {"name": district.name})]
        options += [(c.pk, c.name) for c in members]
        choices.append((district.name, options))
    rest = sorted((c for group in communes.values() for c in group), key=lambda a: fold(a.name))
    if rest:
        choices.append((_("Khác"), [(c.pk, c.name) for c in rest]))
    return choices


class AreaChoiceField(forms.TypedChoiceField):
    """A plain ``<select>`` with optgroups; cleans to the Agency (or None)."""

    def __init__(self, **kwargs):
        super().__init__(coerce=int, empty_value=None, choices=area_choices, **kwargs)

    def clean(self, value):
        pk = super().clean(value)
        if pk is None:
            return None
        agency = agency_list_areas().filter(pk=pk).first()
        if agency is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return agency


class _CaseFields(forms.Form):
    required_css_class = "fb-field--required"

    submitter_name = forms.CharField(
        label=_("Họ và tên"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    submitter_address = forms.CharField(
        label=_("Địa chỉ liên hệ"),
        max_length=255,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    submitter_phone = forms.RegexField(
        label=_("Số điện thoại"),
        max_length=20,
        required=False,
        regex=r"^\+?[0-9 .\-]{8,19}$",
        error_messages={"invalid": _("Số điện thoại không hợp lệ.")},
        widget=forms.TextInput(attrs={"type": "tel", "inputmode": "tel", "autocomplete": "tel"}),
    )
    submitter_email = forms.EmailField(
        label=_("Thư điện tử"),
        max_length=254,
        required=False,
        widget=forms.EmailInput(attrs={"inputmode": "email", "autocomplete": "email"}),
    )
    kind = forms.ChoiceField(label=_("Loại"), choices=Kind.choices, initial=Kind.REPORT)
    category = forms.ModelChoiceField(
        label=_("Lĩnh vực"),
        queryset=FeedbackCategory.objects.filter(is_active=True),
        required=False,
        empty_label=_("— Chọn lĩnh vực (không bắt buộc) —"),
    )
    subject = forms.CharField(label=_("Tiêu đề"), max_length=200)
    content = forms.CharField(
        label=_("Nội dung"), max_length=10000, widget=forms.Textarea(attrs={"rows": 8})
    )
    location_text = forms.CharField(
        label=_("Địa điểm xảy ra (nếu có)"), max_length=255, required=False
    )
    area = AreaChoiceField(label=_("Xã, phường, thị trấn (nếu có)"), required=False)
    # Filled only by the optional "use my location" button (browser geolocation).
    lat = forms.FloatField(required=False, min_value=-90, max_value=90, widget=forms.HiddenInput)
    lng = forms.FloatField(required=False, min_value=-180, max_value=180, widget=forms.HiddenInput)

    # Shown together under one heading: one of the two is required (Đ.7).
    CONTACT_FIELDS = ("submitter_phone", "submitter_email")
    # Short names for the error summary where the label is a whole sentence.
    SUMMARY_LABELS = {"consent": _("Lời cam đoan"), "lat": _("Vị trí"), "lng": _("Vị trí")}

    def error_summary(self) -> list[tuple[str, str, str]]:
        """(anchor, field name, message) for each error, in form order: the summary at the
        top of the page links each to its field (the contact rule to the contact group)."""
        rows = [("fb-contact", "", str(e)) for e in self.non_field_errors()]
        for name, field in self.fields.items():
            for error in self.errors.get(name, []):
                anchor = "fb-geo" if field.widget.is_hidden else self[name].id_for_label
                label = str(self.SUMMARY_LABELS.get(name, field.label or name))
                rows.append((anchor, label, str(error)))
        return rows

    def clean_lat(self):
        return _round6(self.cleaned_data.get("lat"))

    def clean_lng(self):
        return _round6(self.cleaned_data.get("lng"))

    def clean(self):
        data = super().clean()
        if not self.errors and not (data.get("submitter_phone") or data.get("submitter_email")):
            raise forms.ValidationError(ERR_IDENTITY)
        return data


def _round6(value):
    """Browsers give 10+ decimals; the model keeps 6 (about 10 cm)."""
    if value is None:
        return None
    return Decimal(f"{value:.6f}")


def submission_from(cleaned: dict, *, channel: str, ip: str | None = None) -> Submission:
    """The service's input from a valid web or hotline form (one mapping for both)."""
    return Submission(
        channel=channel,
        kind=cleaned["kind"],
        category=cleaned.get("category"),
        subject=cleaned["subject"],
        content=cleaned["content"],
        submitter_name=cleaned["submitter_name"],
        submitter_address=cleaned["submitter_address"],
        submitter_phone=cleaned.get("submitter_phone") or "",
        submitter_email=cleaned.get("submitter_email") or "",
        location_text=cleaned.get("location_text") or "",
        lat=cleaned.get("lat"),
        lng=cleaned.get("lng"),
        area=cleaned.get("area"),
        ip=ip or None,
    )


class FeedbackSubmitForm(_CaseFields):
    """The public web form (/phan-anh-kien-nghi/gui/)."""

    attachments = MultipleFileField(
        label=_("Tệp đính kèm (tối đa 5 ảnh hoặc PDF, mỗi tệp ≤ 10 MB)"), required=False
    )
    # Honeypot: hidden from people by CSS, bots fill it.
    website = forms.CharField(
        label=_("Để trống ô này"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    consent = forms.BooleanField(
        label=_(
            "Tôi cam đoan thông tin đã khai là đúng sự thật và đồng ý để cơ quan nhà nước liên hệ khi cần."
        ),
    )


class HotlineEntryForm(_CaseFields):
    """An operator records a phone call (Đ.7: the officer writes it down) or a letter."""

    channel = forms.ChoiceField(
        label=_("Kênh tiếp nhận"),
        choices=[
            (c.value, c.label)
            for c in (Channel.HOTLINE, Channel.POST, Channel.IN_PERSON, Channel.EMAIL)
        ],
        initial=Channel.HOTLINE,
    )
    attachments = MultipleFileField(label=_("Tệp đính kèm"), required=False)


class LookupForm(forms.Form):
    code = forms.CharField(label=_("Mã phản ánh"), max_length=32)
    contact = forms.CharField(label=_("Số điện thoại hoặc thư điện tử đã khai"), max_length=254)


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Ghi chú"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AcceptForm(NoteForm):
    category = forms.ModelChoiceField(
        label=_("Lĩnh vực"), queryset=FeedbackCategory.objects.all(), required=False
    )
    kind = forms.ChoiceField(label=_("Loại"), choices=Kind.choices, required=False)


class RejectForm(NoteForm):
    reason = forms.ChoiceField(label=_("Lý do không thụ lý"), choices=RejectReason.choices)


class AssignForm(NoteForm):
    agency = _agency_field(_("Cơ quan xử lý"))


class ForwardForm(NoteForm):
    agency = _agency_field(_("Chuyển đến cơ quan"))
    override_reason = forms.CharField(
        label=_("Lý do chuyển muộn (khi đã quá 05 ngày làm việc)"), max_length=500, required=False
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Nội dung trả lời"), max_length=20000, widget=forms.Textarea(attrs={"rows": 8})
    )


class PublishForm(forms.Form):
    public_subject = forms.CharField(label=_("Tiêu đề công khai"), max_length=200)
    public_content = forms.CharField(
        label=_("Nội dung công khai (đã ẩn thông tin cá nhân)"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    public_answer = forms.CharField(
        label=_("Trả lời công khai (đã ẩn thông tin cá nhân)"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class StatsRangeForm(forms.Form):
    start = forms.DateField(
        label=_("Từ ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("Đến ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def range(self) -> tuple[dt.date, dt.date]:
        today = timezone.localdate()
        data = self.cleaned_data if self.is_valid() else {}
        end = data.get("end") or today
        start = data.get("start") or end.replace(month=1, day=1)
        if start > end:
            start, end = end, start
        return start, end
