"""Forms: the entry (with its team of authors and files), the jury's score sheet, the
secretary's notes. Forms validate shapes only; the rules are in ``services.py``."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cchc.core import forms as core_forms
from cchc.core.cleaning import clean_text

from .services import AuthorData, EntryData

MAX_AUTHORS = 5


class MultipleFileField(core_forms.MultipleFileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("accept", ".pdf,.docx,.jpg,.jpeg,.png")
        super().__init__(*args, **kwargs)


def _text(value: str) -> str:
    return clean_text(value or "").strip()


class EntryForm(forms.Form):
    title = forms.CharField(label=_("Tên sáng kiến"), max_length=255)
    summary = forms.CharField(
        label=_("Tóm tắt"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Tối đa 2.000 ký tự: vấn đề, giải pháp, hiệu quả."),
    )
    full_text = forms.CharField(
        label=_("Toàn văn"),
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text=_("Gõ hoặc dán văn bản; mỗi đoạn cách nhau một dòng trống."),
    )
    agency = forms.TypedChoiceField(
        label=_("Cơ quan của tác giả (nếu có trong danh bạ)"),
        required=False,
        coerce=int,
        empty_value=None,
    )
    unit = forms.CharField(label=_("Đơn vị công tác"), max_length=255, required=False)
    contact_email = forms.EmailField(label=_("Thư điện tử nhận xác nhận"))
    contact_phone = forms.CharField(label=_("Số điện thoại liên hệ"), max_length=20, required=False)
    consent_publish = forms.BooleanField(
        label=_("Tôi đồng ý công bố toàn văn bài dự thi trên Cổng nếu bài đạt giải"),
        required=False,
    )
    files = MultipleFileField(  # type: ignore[assignment]  # a form field named "files"
        label=_("Tệp đính kèm"),
        required=False,
        help_text=_("PDF, Word (.docx), ảnh JPEG hoặc PNG."),
    )

    def __init__(self, *args, agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].choices = [("", _("(Không chọn)"))] + [
            (a.pk, a.name) for a in agencies
        ]

    def clean_title(self):
        return _text(self.cleaned_data["title"])

    def clean_summary(self):
        return _text(self.cleaned_data["summary"])

    def clean_full_text(self):
        value = _text(self.cleaned_data["full_text"])
        if len(value) < 20:
            raise forms.ValidationError(_("Toàn văn quá ngắn."))
        return value


class AuthorForm(forms.Form):
    full_name = forms.CharField(label=_("Họ và tên"), max_length=150, required=False)
    position = forms.CharField(label=_("Chức vụ"), max_length=150, required=False)
    unit = forms.CharField(label=_("Cơ quan, đơn vị"), max_length=255, required=False)
    email = forms.EmailField(label=_("Thư điện tử"), required=False)
    phone = forms.CharField(label=_("Số điện thoại"), max_length=20, required=False)


class BaseAuthorFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        names = [f.cleaned_data.get("full_name") for f in self.forms if f.cleaned_data]
        if not any(n and n.strip() for n in names):
            raise forms.ValidationError(_("Vui lòng ghi họ và tên ít nhất một tác giả."))


AuthorFormSet = forms.formset_factory(
    AuthorForm, formset=BaseAuthorFormSet, extra=0, min_num=MAX_AUTHORS, max_num=MAX_AUTHORS
)


def entry_data(form: EntryForm, authors: forms.BaseFormSet) -> EntryData:
    c = form.cleaned_data
    return EntryData(
        title=c["title"],
        summary=c["summary"],
        full_text=c["full_text"],
        agency_id=c.get("agency"),
        unit=c.get("unit", ""),
        contact_email=c["contact_email"],
        contact_phone=c.get("contact_phone", ""),
        consent_publish=c.get("consent_publish", False),
        authors=[
            AuthorData(
                full_name=_text(a.get("full_name", "")),
                position=_text(a.get("position", "")),
                unit=_text(a.get("unit", "")),
                email=a.get("email", ""),
                phone=_text(a.get("phone", "")),
            )
            for a in (f.cleaned_data for f in authors.forms)
            if a and a.get("full_name")
        ],
    )


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Ghi chú"), max_length=500, required=False)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Lý do"), max_length=500)


class ConflictForm(forms.Form):
    note = forms.CharField(label=_("Lý do (không bắt buộc)"), max_length=255, required=False)
