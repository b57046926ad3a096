"""Admin pages of the directory that are not model forms: Excel import/export with a
dry-run preview (the upload waits for confirmation in the cache, not in a file), and the
merge/dissolve transition form."""

from __future__ import annotations

import io

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages

from cchc.core.exceptions import CchcError
from cchc.core.pending import pending_put, pending_take

from .actions import TABLE
from .excel import ImportFileError, export_workbook, import_workbook
from .models import Agency

MAX_UPLOAD = 5 * 1024 * 1024
XLSX_MAGIC = b"PK\x03\x04"
PENDING = "directory-import"  # the dry run's upload waits in the cache (core.pending)
IMPORT_PERMS = [
    "directory.add_agency",
    "directory.change_agency",
    "directory.add_leader",
    "directory.change_leader",
]


def can_import(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perms(IMPORT_PERMS))


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp Excel (.xlsx)"))
    dry_run = forms.BooleanField(
        label=_("Chạy thử: chỉ kiểm tra và xem trước, chưa ghi"), required=False, initial=True
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("Tệp quá lớn (tối đa 5 MB)."))
        head = upload.read(4)
        upload.seek(0)
        if head != XLSX_MAGIC or not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Cần tệp Excel định dạng .xlsx."))
        return upload


@require_http_methods(["GET", "POST"])
def excel_import(request):
    if not can_import(request.user):
        raise PermissionDenied
    form = ImportForm()
    report, token, file_error = None, None, None
    if request.method == "POST" and request.POST.get("token"):
        data = pending_take(PENDING, request.POST["token"], user=request.user)
        if data is None:
            messages.error(request, _("Tệp chạy thử không còn; hãy tải lên lại."))
            return redirect("directory_excel")
        report = import_workbook(io.BytesIO(data), dry_run=False, actor=request.user)
        token = None
        if report.applied:
            messages.success(request, _("Đã nhập danh bạ. ") + report.summary())
    elif request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            dry_run = form.cleaned_data["dry_run"]
            try:
                report = import_workbook(upload, dry_run=dry_run, actor=request.user)
            except ImportFileError as exc:
                file_error = exc.message
            if report is not None and report.ok and dry_run and report.has_changes:
                upload.seek(0)
                token = pending_put(PENDING, user=request.user, payload=upload.read(MAX_UPLOAD))
            elif report is not None and report.applied:
                messages.success(request, _("Đã nhập danh bạ. ") + report.summary())
    return render(
        request,
        "directory/admin/excel.html",
        {"form": form, "report": report, "token": token, "file_error": file_error},
    )


def excel_export(request):
    if not request.user.has_perm("directory.view_agency"):
        raise PermissionDenied
    stamp = timezone.localdate().isoformat()
    response = HttpResponse(
        export_workbook(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="danh-ba-{stamp}.xlsx"'
    return response


class StatusForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Thao tác"), choices=[(action.verb, action.label) for action in TABLE]
    )
    successor = forms.ModelChoiceField(
        label=_("Cơ quan kế thừa"), queryset=Agency.objects.none(), required=False
    )
    on_date = forms.DateField(
        label=_("Ngày hiệu lực"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, agency, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["successor"].queryset = Agency.objects.filter(
            status=Agency.Status.ACTIVE
        ).exclude(pk=agency.pk)
        self.fields["on_date"].initial = timezone.localdate()

    def clean(self):
        data = super().clean()
        if data.get("action") == "merge" and not data.get("successor"):
            self.add_error("successor", _("Cần chọn cơ quan kế thừa khi sáp nhập."))
        return data


@require_http_methods(["GET", "POST"])
def agency_status(request, pk):
    if not request.user.has_perm("directory.change_agency"):
        raise PermissionDenied
    agency = get_object_or_404(Agency, pk=pk)
    form = StatusForm(request.POST or None, agency=agency)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        arguments = {"successor": data["successor"], "on_date": data["on_date"]}
        try:
            TABLE.perform(agency, request.user, data["action"], arguments, request=request)
        except CchcError as exc:
            form.add_error(None, str(exc.message))
        else:
            messages.success(request, _("Đã cập nhật tình trạng cơ quan."))
            return redirect(reverse("wagtailsnippets_directory_agency:list"))
    return render(request, "directory/admin/status.html", {"form": form, "agency": agency})
