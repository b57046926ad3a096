"""core.actions: a case's actions as data, one view and one template for every case app."""

import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile

from cchc.core.actions import Action, ActionFormInvalid, ActionTable
from cchc.core.exceptions import InvalidTransitionError, PermissionDeniedError

from . import action_urls
from .action_urls import TABLE, Case


def _user(username, *codenames):
    user = User.objects.create_user(username, password="x")
    for codename in codenames:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return User.objects.get(pk=user.pk)  # fresh permission cache


@pytest.fixture
def clerk(db):
    return _user("clerk", "view_auditevent")


@pytest.fixture
def chief(db):
    return _user("chief", "view_auditevent", "view_holiday")


@pytest.fixture(autouse=True)
def _cases():
    action_urls.CASES.clear()
    action_urls.CASES[1] = Case(pk=1)
    yield
    action_urls.CASES.clear()


def test_duplicate_verbs_are_refused():
    """A table with two actions of one verb is a programming error."""
    a = Action("x", "X", from_states={"a"}, to_state="b", service=lambda **kw: None)
    with pytest.raises(ValueError, match="duplicate"):
        ActionTable([a, a])


def test_available_filters_by_state_and_permission(clerk, chief):
    """Only actions allowed from the case's state and permitted to the user, in order."""
    case = Case(pk=9)
    assert [a.verb for a in TABLE.available(case, clerk)] == ["open"]
    assert [a.verb for a in TABLE.available(case, chief)] == ["open", "close"]
    case.status = "open"
    assert [a.verb for a in TABLE.available(case, chief)] == ["close"]
    case.status = "closed"
    assert TABLE.available(case, chief) == []


@pytest.mark.django_db
def test_available_is_empty_for_anonymous_and_inactive(chief):
    from django.contrib.auth.models import AnonymousUser

    assert TABLE.available(Case(pk=9), AnonymousUser()) == []
    chief.is_active = False
    assert TABLE.available(Case(pk=9), chief) == []


def test_check_raises_translated_errors(clerk):
    """Permission is checked before state; unknown verbs are a transition error."""
    case = Case(pk=9)
    with pytest.raises(PermissionDeniedError):
        TABLE.check(case, clerk, "close")
    case.status = "open"
    with pytest.raises(InvalidTransitionError) as info:
        TABLE.check(case, clerk, "open")
    assert "Mở" in str(info.value.message)
    with pytest.raises(InvalidTransitionError):
        TABLE.check(case, clerk, "nope")


def test_perform_validates_form_then_calls_service(clerk):
    case = Case(pk=9)
    with pytest.raises(ActionFormInvalid) as info:
        TABLE.perform(case, clerk, "open", {"open-note": ""})
    assert "note" in info.value.form.errors
    assert case.status == "new"
    result = TABLE.perform(case, clerk, "open", {"open-note": "ok"})
    assert result is case
    assert case.status == "open"
    assert case.log == [("open", "clerk", "ok")]


def test_perform_passes_renamed_arguments(clerk):
    """``arguments`` maps the form's cleaned data onto the service's keywords."""
    seen = {}

    def service(*, thing, actor, request, text):
        seen.update(thing=thing, actor=actor, text=text)

    table = ActionTable(
        [
            Action(
                "go",
                "Đi",
                from_states={"new"},
                to_state="done",
                permission=None,
                form_class=action_urls.NoteForm,
                service=service,
                arguments=lambda d: {"text": d["note"].upper()},
            )
        ],
        case_arg="thing",
    )
    case = Case(pk=3)
    table.perform(case, clerk, "go", {"go-note": "abc"})
    assert seen == {"thing": case, "actor": clerk, "text": "ABC"}


def test_custom_rule_adds_object_level_condition(clerk):
    """A table's rule can require a relation to the case on top of (or instead of) the
    permission: here only even case numbers."""
    table = ActionTable(TABLE.actions, rule=lambda user, case, action: case.pk % 2 == 0)
    assert [a.verb for a in table.available(Case(pk=2), clerk)] == ["open", "close"]
    assert table.available(Case(pk=3), clerk) == []


def test_template_renders_forms_and_multipart(client, chief):
    """Every available action is rendered with its form; a form with files gets
    multipart encoding; confirm text is shown."""
    client.force_login(chief)
    html = _get(client, "/case/1/")
    assert html.count("<details") == 2
    assert 'action="/case/1/open/"' in html
    assert 'action="/case/1/close/"' in html
    assert html.count('enctype="multipart/form-data"') == 1
    assert 'name="open-note"' in html
    assert "Đóng hồ sơ?" in html
    assert "csrfmiddlewaretoken" in html


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


pytestmark = pytest.mark.urls("tests.core.action_urls")


def test_view_performs_action_and_redirects(client, clerk):
    client.force_login(clerk)
    response = client.post("/case/1/open/", {"open-note": "xin"})
    assert response.status_code == 302
    assert response["Location"] == "/case/1/"
    assert action_urls.CASES[1].status == "open"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_view_uploads_files(client, chief):
    client.force_login(chief)
    upload = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4\n")
    response = client.post("/case/1/close/", {"close-attachment": upload})
    assert response.status_code == 302
    assert action_urls.CASES[1].log == [("close", "chief", "bien-ban.pdf")]


def test_view_invalid_form_keeps_state_and_reports(client, clerk):
    client.force_login(clerk)
    response = client.post("/case/1/open/", {"open-note": "x" * 50}, follow=True)
    assert response.status_code == 200
    assert action_urls.CASES[1].status == "new"
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


def test_view_service_error_is_a_message_not_a_500(client, clerk):
    client.force_login(clerk)
    response = client.post("/case/1/open/", {"open-note": "boom"}, follow=True)
    assert response.status_code == 200
    assert "Ghi chú không hợp lệ." in [str(m) for m in response.context["messages"]]
    assert action_urls.CASES[1].status == "new"


def test_view_refuses_without_permission_and_unknown_verb(client, clerk):
    client.force_login(clerk)
    assert client.post("/case/1/close/").status_code == 403
    assert client.post("/case/1/delete/").status_code == 404
    assert client.post("/case/2/open/", {"open-note": "a"}).status_code == 404
    assert client.get("/case/1/open/").status_code == 405
    assert action_urls.CASES[1].status == "new"


def test_view_wrong_state_is_a_message(client, clerk):
    action_urls.CASES[1].status = "closed"
    client.force_login(clerk)
    response = client.post("/case/1/open/", {"open-note": "a"}, follow=True)
    assert response.status_code == 200
    assert action_urls.CASES[1].status == "closed"
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
