"""Thin views: the public lookup (/tra-cuu-ho-so/) and the desk and officer screens
(/mot-cua/). Every staff page is private and never cached; every file download is
authorised and logged."""

from __future__ import annotations

import datetime as dt
import secrets
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_ratelimit.decorators import ratelimit

from cchc.core.actions import CaseActionView
from cchc.core.audit import record_event
from cchc.core.exceptions import CchcError
from cchc.procedures.selectors import procedure_list_published

from . import chart, documents, exports, forms, permissions, selectors, services
from .actions import TABLE
from .choices import Outcome
from .models import DossierAttachment
from .uploads import checked_upload

QUEUE_LABELS = {
    "all": gettext_lazy("Đang giải quyết"),
    "receiving": gettext_lazy("Chờ tiếp nhận"),
    "due_today": gettext_lazy("Đến hạn hôm nay"),
    "overdue": gettext_lazy("Quá hạn"),
    "supplement": gettext_lazy("Chờ bổ sung"),
    "unassigned": gettext_lazy("Chờ phân công"),
    "mine": gettext_lazy("Tôi xử lý"),
    "legs": gettext_lazy("Liên thông đến cơ quan tôi"),
    "result_ready": gettext_lazy("Chờ trả kết quả"),
}


def _no_store(response):
    patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
    return response


def staff_required(view):
    """Anonymous → login; signed in without a one-stop role → 403; responses never cached."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return _no_store(redirect_to_login(request.get_full_path()))
        if not permissions.is_staff_user(request.user):
            raise PermissionDenied
        return _no_store(view(request, *args, **kwargs))

    return wrapper


def _dossier_or_404(request, pk):
    d = selectors.dossier_get_for_staff(request.user, pk)
    if d is None:
        raise Http404
    return d


# --- public lookup -----------------------------------------------------------------------


@require_GET
@ratelimit(key="ip", rate="30/m", block=False)
def lookup(request):
    """By code typed or from the QR link (``?ma=``): status and dated history only."""
    raw = (request.GET.get("ma") or "").strip()[:100]
    form = forms.LookupForm({"code": raw} if raw else None)
    context = {"form": form, "searched": False, "result": None}
    status = 200
    if raw:
        if getattr(request, "limited", False):
            form.add_error(None, _("Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút."))
            status = 429
        elif form.is_valid():
            context["searched"] = True
            context["result"] = selectors.dossier_lookup_public(form.cleaned_data["code"])
            if context["result"] is None:
                status = 404
    response = render(request, "dossiers/lookup_page.html", context, status=status)
    return _no_store(response)


# --- desk and officer screens ------------------------------------------------------------


@staff_required
@require_GET
def queue(request):
    name = request.GET.get("hang", "all")
    if name not in selectors.QUEUES:
        name = "all"
    try:
        officer_id = int(request.GET.get("can_bo") or 0) or None
    except ValueError:
        officer_id = None
    qs = selectors.dossier_queue(
        request.user, queue=name, officer_id=officer_id, q=request.GET.get("q", "")
    )
    page = Paginator(qs, 50).get_page(request.GET.get("trang"))
    agency = permissions.officer_agency(request.user)
    can_assign = permissions.is_admin(request.user) or request.user.has_perm(
        "dossiers.lead_dossier"
    )
    assign_form = (
        forms.AssignForm(initial={"agency_id": agency.pk if agency else None})
        if can_assign
        else None
    )
    counts = selectors.queue_counts(request.user)
    return render(
        request,
        "dossiers/desk_queue_page.html",
        {
            "page_obj": page,
            "queue": name,
            "queues": [(k, QUEUE_LABELS[k], counts.get(k)) for k in selectors.QUEUES],
            "agency": agency,
            "assign_form": assign_form,
            "today": timezone.localdate(),
            "can_receive": permissions.is_admin(request.user)
            or request.user.has_perm("dossiers.desk_dossier"),
            "officers": assign_form.fields["officer"].queryset if assign_form else [],
            "officer_id": officer_id,
        },
    )


@staff_required
@require_POST
def bulk_assign(request):
    form = forms.AssignForm(request.POST)
    ids = []
    for value in request.POST.getlist("ho_so")[:200]:
        try:
            ids.append(int(value))
        except ValueError:
            continue
    if not form.is_valid() or not ids:
        messages.error(request, _("Chọn hồ sơ và cán bộ xử lý."))
        return redirect(reverse("dossiers:desk-queue") + "?hang=unassigned")
    visible = list(selectors.dossiers_visible_to(request.user).filter(pk__in=ids))
    done, failed = services.dossier_bulk_assign(
        dossiers=visible, actor=request.user, officer=form.cleaned_data["officer"], request=request
    )
    if done:
        messages.success(request, _("Đã phân công %(n)s hồ sơ.") % {"n": len(done)})
    for dossier, error in failed:
        messages.error(request, f"{dossier.code}: {error}")
    return redirect(reverse("dossiers:desk-queue") + "?hang=unassigned")


@staff_required
@require_http_methods(["GET", "POST"])
def receive(request):
    if not (permissions.is_admin(request.user) or request.user.has_perm("dossiers.desk_dossier")):
        raise PermissionDenied
    agency = permissions.officer_agency(request.user)
    if agency is None:
        messages.error(
            request, _("Tài khoản chưa gắn với cơ quan nào nên không tiếp nhận được hồ sơ.")
        )
        return redirect("dossiers:desk-queue")
    procedures = procedure_list_published()
    form = forms.ReceiveForm(request.POST or None, request.FILES or None, procedures=procedures)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            files = [checked_upload(f) for f in data["files"]]
            dossier = services.dossier_receive(
                procedure=data["procedure"],
                receiving_agency=agency,
                applicant=services.Applicant(
                    name=data["applicant_name"],
                    id_number=data["applicant_id_number"],
                    phone=data["applicant_phone"],
                    email=data["applicant_email"],
                    address=data["applicant_address"],
                    organisation=data["applicant_organisation"],
                ),
                channel=data["channel"],
                delivery=data["delivery"],
                delivery_address=data["delivery_address"],
                subject=data["subject"],
                files=files,
                actor=request.user,
                submission_key=f"desk:{request.user.pk}:{request.POST.get('form_token', '')[:40]}"
                if request.POST.get("form_token")
                else None,
                request=request,
            )
            if data["accept_now"]:
                dossier = services.dossier_accept(
                    dossier=dossier, actor=request.user, request=request
                )
        except CchcError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("Đã tiếp nhận hồ sơ %(code)s.") % {"code": dossier.code})
            return redirect("dossiers:desk-detail", pk=dossier.pk)
    return render(
        request,
        "dossiers/desk_receive_page.html",
        {
            "form": form,
            "agency": agency,
            "form_token": request.POST.get("form_token") or secrets.token_urlsafe(16),
        },
        status=400 if request.method == "POST" else 200,
    )


@staff_required
@require_http_methods(["GET", "POST"])
def detail(request, pk: int):
    d = _dossier_or_404(request, pk)
    if request.method == "POST":  # attach files (desk scan, working papers)
        try:
            uploads = request.FILES.getlist("tep")[: forms.MAX_FILES]
            files = [
                checked_upload(
                    f,
                    kind="internal"
                    if "handler" in permissions.roles_for(request.user, d)
                    and "desk" not in permissions.roles_for(request.user, d)
                    else "filed",
                )
                for f in uploads
            ]
            if not files:
                raise CchcError(_("Chọn ít nhất một tệp."))
            services.dossier_attach(dossier=d, actor=request.user, files=files, request=request)
            messages.success(request, _("Đã đính kèm %(n)s tệp.") % {"n": len(files)})
        except CchcError as exc:
            messages.error(request, str(exc.message))
        return redirect("dossiers:desk-detail", pk=d.pk)
    roles = permissions.roles_for(request.user, d)
    return render(
        request,
        "dossiers/desk_detail_page.html",
        {
            "d": d,
            "case_actions": TABLE.bound(d, request.user),
            "events": d.events.select_related("actor", "agency").order_by("created_at", "pk"),
            "attachments": d.attachments.all(),
            "legs": d.legs.select_related("to_agency", "from_agency"),
            "can_attach": bool(roles & {"desk", "handler", "leader", "admin"}),
            "print_forms": documents.available_forms(d),
            # the fee is recorded by the desk of the receiving agency (payments.desk_fee)
            "can_take_fees": bool(roles & {"desk", "admin"}),
            "today": timezone.localdate(),
            "lookup_url": request.build_absolute_uri(reverse("dossiers:lookup")) + f"?ma={d.code}",
        },
    )


class DossierActionView(CaseActionView):
    table = TABLE

    def get_case(self, request, pk):
        if not request.user.is_authenticated or not permissions.is_staff_user(request.user):
            raise Http404
        return _dossier_or_404(request, pk)

    def success_url(self, case):
        return reverse("dossiers:desk-detail", args=[case.pk])

    def can_still_view(self, request, case):
        return selectors.dossier_get_for_staff(request.user, case.pk) is not None

    def gone_url(self, case):
        return reverse("dossiers:desk-queue")

    def post(self, request, pk, verb):
        return _no_store(super().post(request, pk, verb))


@staff_required
@require_GET
def download(request, pk: int, att: int):
    d = _dossier_or_404(request, pk)
    attachment = DossierAttachment.objects.filter(pk=att, dossier=d).first()
    if attachment is None:
        raise Http404
    record_event(
        "cchc.dossiers.attachment.download",
        actor=request.user,
        obj=attachment,
        data={"dossier": d.code, "title": attachment.title},
        request=request,
    )
    ext = attachment.file.name.rsplit(".", 1)[-1]
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=f"{d.code}-{attachment.pk}.{ext}",
        content_type=attachment.mime,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _month_start(value: str, default: dt.date) -> dt.date:
    try:
        month, year = value.split("/")
        return dt.date(int(year), int(month), 1)
    except (ValueError, AttributeError):
        return default


def _stats_period(request) -> tuple[dt.date, dt.date]:
    """The months asked for (``tu``, ``den`` as mm/yyyy), at most three years; this year
    to date, with a message, when they make no sense."""
    today = timezone.localdate()
    start = _month_start(request.GET.get("tu", ""), dt.date(today.year, 1, 1))
    end_month = _month_start(request.GET.get("den", ""), dt.date(today.year, today.month, 1))
    end = (end_month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if end < start or (end - start).days > 3 * 366:
        messages.error(request, _("Khoảng thời gian không hợp lệ (tối đa 3 năm)."))
        start, end = dt.date(today.year, 1, 1), today
    return start, end


def _stats_export(request, rows, start: dt.date, end: dt.date) -> HttpResponse:
    record_event(
        "cchc.dossiers.stats.export",
        actor=request.user,
        data={"rows": len(rows)},
        request=request,
    )
    response = HttpResponse(
        exports.stats_xlsx(rows),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="thong-ke-ho-so-{start:%Y%m}-{end:%Y%m}.xlsx"'
    )
    return response


def _stats_chart(rows) -> str:
    months = selectors.stats_by_month(rows)
    legend = {
        "early": str(Outcome.EARLY.label),
        "on_time": str(Outcome.ON_TIME.label),
        "late": str(Outcome.LATE.label),
        "backlog": _("Tồn"),
    }
    return chart.bar_chart_svg(
        [
            chart.Bar(f"{m['month']:%m/%Y}", m["early"], m["on_time"], m["late"], m["backlog"])
            for m in months
        ],
        title=_("Hồ sơ theo tháng tiếp nhận"),
        legend=legend,
    )


@staff_required
@require_GET
def stats(request):
    start, end = _stats_period(request)
    try:
        agency_id = int(request.GET.get("co_quan") or 0) or None
        procedure_id = int(request.GET.get("thu_tuc") or 0) or None
    except ValueError:
        agency_id = procedure_id = None
    rows = selectors.dossier_stats(
        request.user, start=start, end=end, agency_id=agency_id, procedure_id=procedure_id
    )
    if request.GET.get("xuat") == "xlsx":
        return _stats_export(request, rows, start, end)
    return render(
        request,
        "dossiers/desk_stats_page.html",
        {
            "rows": rows,
            "svg": _stats_chart(rows),
            "start": start,
            "end": end,
            **selectors.stats_filter_options(request.user),
            "agency_id": agency_id,
            "procedure_id": procedure_id,
            "query": request.GET.urlencode(),
        },
    )
