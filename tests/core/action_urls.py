"""URLs for tests/core/test_actions.py: one CaseActionView over in-memory cases."""

from dataclasses import dataclass, field

from django import forms
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import path

from cchc import urls as project_urls
from cchc.core.actions import Action, ActionTable, CaseActionView
from cchc.core.exceptions import ValidationError


@dataclass
class Case:
    pk: int
    status: str = "new"
    log: list = field(default_factory=list)


CASES: dict[int, Case] = {}


class NoteForm(forms.Form):
    note = forms.CharField(max_length=20)


class FileForm(forms.Form):
    attachment = forms.FileField(required=False)


def case_open(*, case, actor, request, note):
    if note == "boom":
        raise ValidationError("Ghi chú không hợp lệ.")
    case.status = "open"
    case.log.append(("open", actor.username, note))
    return case


def case_close(*, case, actor, request, attachment=None):
    case.status = "closed"
    case.log.append(("close", actor.username, getattr(attachment, "name", None)))
    return case


TABLE = ActionTable(
    [
        Action(
            "open",
            "Mở",
            from_states={"new"},
            to_state="open",
            permission="core.view_auditevent",
            form_class=NoteForm,
            service=case_open,
        ),
        Action(
            "close",
            "Đóng",
            from_states={"new", "open"},
            to_state="closed",
            permission="core.view_holiday",
            form_class=FileForm,
            service=case_close,
            confirm="Đóng hồ sơ?",
        ),
    ],
    url_name="case-action",
)


class TestCaseActionView(CaseActionView):
    table = TABLE

    def get_case(self, request, pk):
        if pk not in CASES:
            raise Http404
        return CASES[pk]

    def success_url(self, case):
        return f"/case/{case.pk}/"


def detail(request, pk):
    case = CASES[pk]
    html = render_to_string(
        "core/case_actions.html",
        {"case_actions": TABLE.bound(case, request.user)},
        request=request,
    )
    return HttpResponse(html)


urlpatterns = [
    path("case/<int:pk>/", detail, name="case-detail"),
    path("case/<int:pk>/<str:verb>/", TestCaseActionView.as_view(), name="case-action"),
    *project_urls.urlpatterns,  # the error pages link to set_language etc.
]
