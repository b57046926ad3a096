"""Views: the public list of plans (/ke-hoach/) and the back office (/can-bo/ke-hoach/):
agency reports, the Department's summary with PDF and Excel, the item import."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from cchc.core.exceptions import CchcError
from cchc.core.text import slugify_vi

from . import exports, forms, permissions, selectors, services
from .importer import import_items
from .models import Activity, AgencyReport
from .periods import Quarter, quarter_of, quarters_of_year


def _private(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, private=True, no_store=True)
    return response


def plans_user_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not permissions.is_plans_user(request.user):
            raise PermissionDenied
        return _private(view(request, *args, **kwargs))

    return wrapper


def manager_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not permissions.can_manage_plans(request.user):
            raise PermissionDenied
        return _private(view(request, *args, **kwargs))

    return wrapper


# --- public -------------------------------------------------------------------------------


def public_list(request):
    today = timezone.localdate()
    plans = [
        (plan, selectors.plan_summary(plan, today=today)) for plan in selectors.plan_list_public()
    ]
    return render(request, "plans/public_list_page.html", {"plans": plans})


def public_detail(request, pk: int):
    plan = selectors.plan_get_public(pk)
    if plan is None:
        raise Http404
    summary = selectors.plan_summary(plan, today=timezone.localdate())
    return render(request, "plans/public_detail_page.html", {"plan": plan, "summary": summary})


# --- back office --------------------------------------------------------------------------


@plans_user_required
def officer_plans(request):
    today = timezone.localdate()
    return render(
        request,
        "plans/officer_plans_page.html",
        {
            "plans": selectors.plan_list_for_user(request.user),
            "can_manage": permissions.can_manage_plans(request.user),
            "agency": permissions.reporter_agency(request.user),
            "current": quarter_of(today),
        },
    )


def _plan_for(request, pk):
    plan = selectors.plan_get_for_user(request.user, pk)
    if plan is None:
        raise Http404
    return plan


@plans_user_required
def officer_plan(request, pk: int):
    """An agency's page of a plan: its items and its four quarterly reports."""
    plan = _plan_for(request, pk)
    agency = permissions.reporter_agency(request.user)
    today = timezone.localdate()
    quarters = []
    reports = selectors.reports_for_agency(plan, agency) if agency else {}
    for q in quarters_of_year(plan.year):
        quarters.append((q, reports.get(q.number), q.start <= today))
    return render(
        request,
        "plans/officer_plan_page.html",
        {
            "plan": plan,
            "agency": agency,
            "items": selectors.items_for_agency(plan, agency) if agency else [],
            "quarters": quarters,
            "can_manage": permissions.can_manage_plans(request.user),
        },
    )


def _quarter(plan, year: int, number: int) -> Quarter:
    if number not in (1, 2, 3, 4) or year != plan.year:
        raise Http404
    return Quarter(year, number)


@plans_user_required
@require_http_methods(["GET", "POST"])
def officer_report(request, pk: int, year: int, quarter: int):
    """The officer's report for one quarter: activities, add one, submit."""
    plan = _plan_for(request, pk)
    q = _quarter(plan, year, quarter)
    agency = permissions.reporter_agency(request.user)
    if agency is None:
        raise PermissionDenied
    report = selectors.report_get(plan, agency, q)
    items = selectors.items_for_agency(plan, agency)
    activity_form = forms.ActivityForm(items=items)
    submit_form = forms.SubmitForm(initial={"summary": report.summary if report else ""})
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if report is None:
                report = services.report_get_or_create(plan=plan, quarter=q, actor=request.user)
            if action == "add":
                activity_form = forms.ActivityForm(request.POST, request.FILES, items=items)
                if activity_form.is_valid():
                    _activity_add(request, report, activity_form.cleaned_data)
                    return redirect(request.path)
            elif action == "submit":
                submit_form = forms.SubmitForm(request.POST)
                if submit_form.is_valid():
                    services.report_submit(
                        report=report,
                        summary=submit_form.cleaned_data["summary"],
                        actor=request.user,
                        request=request,
                    )
                    messages.success(request, _("Đã gửi báo cáo cho Sở Nội vụ."))
                    return redirect(request.path)
            elif action == "delete":
                activity = get_object_or_404(
                    Activity, pk=request.POST.get("activity"), report=report
                )
                services.activity_delete(activity=activity, actor=request.user, request=request)
                messages.success(request, _("Đã xóa hoạt động."))
                return redirect(request.path)
        except CchcError as exc:
            messages.error(request, str(exc.message))
    context = {
        "plan": plan,
        "agency": agency,
        "quarter": q,
        "report": report,
        "activities": selectors.activity_list(report) if report else [],
        "activity_form": activity_form,
        "submit_form": submit_form,
        "can_edit": report is None or permissions.can_edit_report(request.user, report),
        "started": q.start <= timezone.localdate(),
    }
    return render(request, "plans/officer_report_page.html", context)


def _activity_add(request, report, d) -> None:
    """One activity from the officer's valid form (``d``: its cleaned data)."""
    services.activity_add(
        report=report,
        data=services.ActivityData(
            item=d["item"],
            form=d["form"],
            date=d["date"],
            description=d["description"],
            articles=d["articles"] or 0,
            sessions=d["sessions"] or 0,
            participants=d["participants"] or 0,
            banners=d["banners"] or 0,
            link=d["link"] or "",
        ),
        evidence=d.get("evidence"),
        actor=request.user,
        request=request,
    )
    messages.success(request, _("Đã thêm hoạt động."))


@plans_user_required
def evidence_download(request, activity_pk: int):
    activity = get_object_or_404(Activity.objects.select_related("report"), pk=activity_pk)
    if not activity.evidence or not permissions.can_view_report(request.user, activity.report):
        raise Http404
    response = FileResponse(activity.evidence.open("rb"), as_attachment=False)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    return response


@manager_required
def summary(request, pk: int):
    plan = _plan_for(request, pk)
    data = selectors.plan_summary(plan, today=timezone.localdate())
    reports = (
        AgencyReport.objects.filter(plan=plan)
        .select_related("agency")
        .order_by("-submitted_at", "agency__name")[:200]
    )
    return render(
        request,
        "plans/summary_page.html",
        {"plan": plan, "summary": data, "reports": reports, "reopen_form": forms.ReopenForm()},
    )


@manager_required
def summary_pdf(request, pk: int):
    plan = _plan_for(request, pk)
    data = selectors.plan_summary(plan, today=timezone.localdate())
    pdf = exports.summary_pdf(data, request=request)
    response = HttpResponse(pdf, content_type="application/pdf")
    name = slugify_vi(f"bao-cao-{plan.title}")[:80] or "bao-cao"
    response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    return response


@manager_required
def summary_xlsx(request, pk: int):
    from cchc.core.tabular import XLSX_MIME

    plan = _plan_for(request, pk)
    data = selectors.plan_summary(plan, today=timezone.localdate())
    response = HttpResponse(exports.summary_xlsx(data), content_type=XLSX_MIME)
    name = slugify_vi(f"bao-cao-{plan.title}")[:80] or "bao-cao"
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


@manager_required
def report_detail(request, report_pk: int):
    report = get_object_or_404(AgencyReport.objects.select_related("plan", "agency"), pk=report_pk)
    return render(
        request,
        "plans/report_detail_page.html",
        {
            "report": report,
            "activities": selectors.activity_list(report),
            "reopen_form": forms.ReopenForm(),
        },
    )


@manager_required
@require_POST
def report_reopen(request, report_pk: int):
    report = get_object_or_404(AgencyReport, pk=report_pk)
    form = forms.ReopenForm(request.POST)
    if form.is_valid():
        try:
            services.report_reopen(
                report=report,
                reason=form.cleaned_data["reason"],
                actor=request.user,
                request=request,
            )
            messages.success(request, _("Đã mở lại báo cáo để cơ quan sửa."))
        except CchcError as exc:
            messages.error(request, str(exc.message))
    else:
        messages.error(request, _("Cần ghi lý do mở lại."))
    return redirect("plans:report-detail", report_pk=report.pk)


@manager_required
@require_http_methods(["GET", "POST"])
def import_view(request, pk: int):
    from cchc.core.tabular import TableFileError
    from cchc.core.uploads import UnsafeUpload, check_office

    plan = _plan_for(request, pk)
    report = None
    form = forms.ImportForm()
    if request.method == "POST":
        form = forms.ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            try:
                if data[:4] == b"PK\x03\x04":
                    check_office(data, name=upload.name)
                report = import_items(
                    plan,
                    data,
                    filename=upload.name,
                    dry_run=form.cleaned_data["dry_run"],
                    actor=request.user,
                )
            except (TableFileError, UnsafeUpload) as exc:
                form.add_error("file", str(exc.message))
    return render(request, "plans/import_page.html", {"plan": plan, "form": form, "report": report})
