"""Forms of the back office: an activity of a report, submission, reopening, item import."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CommunicationForm, PlanItem
from .services import MAX_COUNT, MAX_EVIDENCE_BYTES


class ActivityForm(forms.Form):
    item = forms.ModelChoiceField(label=_("Nội dung kế hoạch"), queryset=PlanItem.objects.none())
    form = forms.ModelChoiceField(
        label=_("Hình thức"), queryset=CommunicationForm.objects.filter(is_active=True)
    )
    date = forms.DateField(
        label=_("Ngày thực hiện"),
        help_text=_("dd/mm/yyyy"),
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
    )
    description = forms.CharField(label=_("Nội dung hoạt động"), max_length=1000)
    articles = forms.IntegerField(
        label=_("Số tin bài"), min_value=0, max_value=MAX_COUNT, initial=0
    )
    sessions = forms.IntegerField(
        label=_("Số lớp, buổi"), min_value=0, max_value=MAX_COUNT, initial=0
    )
    participants = forms.IntegerField(
        label=_("Số người tham dự"), min_value=0, max_value=MAX_COUNT, initial=0
    )
    banners = forms.IntegerField(
        label=_("Số pano, áp phích, băng rôn"), min_value=0, max_value=MAX_COUNT, initial=0
    )
    link = forms.URLField(
        label=_("Đường dẫn minh chứng"), required=False, max_length=500, assume_scheme="https"
    )
    evidence = forms.FileField(
        label=_("Ảnh hoặc PDF minh chứng"),
        required=False,
        help_text=_("JPEG, PNG, WebP hoặc PDF, tối đa 10 MB."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,application/pdf"}
        ),
        max_length=200,
    )

    def __init__(self, *args, items=None, **kwargs):
        super().__init__(*args, **kwargs)
        if items is not None:
            self.fields["item"].queryset = items

    def clean_evidence(self):
        upload = self.cleaned_data.get("evidence")
        if upload and upload.size > MAX_EVIDENCE_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 10 MB."))
        return upload


class SubmitForm(forms.Form):
    summary = forms.CharField(
        label=_("Đánh giá chung"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ReopenForm(forms.Form):
    reason = forms.CharField(label=_("Lý do mở lại"), max_length=500)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp Excel (.xlsx) hoặc CSV"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
        max_length=200,
    )
    dry_run = forms.BooleanField(label=_("Chạy thử (không ghi)"), required=False, initial=True)

    def clean_file(self):
        from cchc.core.tabular import MAX_BYTES

        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 5 MB."))
        return upload
