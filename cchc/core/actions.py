"""Case actions as data: one table per case app, one view and one template for all.

A case app (feedback, dossiers, contest entries, plans …) declares, next to its
``workflow.py``, what a staff member may do to a case::

    # cchc/dossiers/actions.py
    from cchc.core.actions import Action, ActionTable

    TABLE = ActionTable(
        [
            Action(
                "receive",
                _("Tiếp nhận"),
                from_states={Status.SUBMITTED},
                to_state=Status.RECEIVED,
                permission="dossiers.receive_dossier",
                form_class=forms.ReceiveForm,
                service=services.dossier_receive,
            ),
            ...
        ],
        case_arg="dossier",               # the service's keyword for the case
        rule=officer_of_the_case_agency,  # optional object-level check (see below)
    )

and gets:

- ``TABLE.available(case, user)``: the actions the user may perform on the case now
  (state is one of ``from_states`` and the permission rule holds), in table order;
- ``TABLE.check(case, user, verb)``: the same test raising the translated
  :class:`PermissionDeniedError` / :class:`InvalidTransitionError`; the app's services
  call it on the locked row, so the guard holds whoever calls them (view, API, command);
- ``TABLE.perform(case, user, verb, data, files=…, request=…)``: validate ``data`` with the
  action's form, check, and call the service inside ``transaction.atomic()``;
- ``TABLE.bound(case, user, initial=…)``: the available actions with their unbound forms,
  what ``templates/core/case_actions.html`` renders;
- :class:`CaseActionView`: one POST view per app (subclass it, set ``table`` and
  ``get_case``) performing any verb, with messages and a redirect.

Who may act: by default a user holding the action's ``permission`` (a model permission,
see :mod:`cchc.core.permissions`). A table may pass ``rule(user, case, action) -> bool`` to
add object-level conditions, e.g. "an officer of the agency the case is assigned to"; the
action's free-form ``roles`` tags (``{"agency"}``) let such a rule tell actions apart.

The service is called with keyword arguments: ``{case_arg: case, "actor": user,
"request": request, **arguments}``, where ``arguments`` are the form's cleaned data, or
what the action's ``arguments(cleaned_data)`` returns (to rename or drop fields).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache

from .exceptions import CchcError, InvalidTransitionError, PermissionDeniedError, ValidationError

__all__ = [
    "Action",
    "ActionTable",
    "BoundAction",
    "ActionFormInvalid",
    "CaseActionView",
    "has_action_permission",
]

ERR_UNKNOWN_ACTION = _("Thao tác không tồn tại.")
ERR_STATE = _("Không thể thực hiện “%(action)s” khi hồ sơ ở trạng thái “%(state)s”.")
MSG_DONE = _("Đã thực hiện: %(action)s.")


class ActionFormInvalid(ValidationError):
    """The action's form rejected the data; ``form`` holds the errors."""

    def __init__(self, form: forms.BaseForm):
        self.form = form
        first = next((e for errors in form.errors.values() for e in errors), None)
        super().__init__(first)


@dataclass(frozen=True)
class Action:
    """One thing a staff member can do to a case in some states."""

    verb: str
    label: Any
    from_states: frozenset[str] | Iterable[str]
    to_state: str | None
    service: Callable[..., Any]
    permission: str | None = None
    form_class: type[forms.BaseForm] | None = None
    confirm: Any = ""
    roles: frozenset[str] | Iterable[str] = frozenset()
    arguments: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    initial: Callable[[Any, Any], dict[str, Any]] | None = None
    danger: bool = False
    template: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "from_states", frozenset(str(s) for s in self.from_states))
        object.__setattr__(self, "roles", frozenset(self.roles))
        if self.to_state is not None:
            object.__setattr__(self, "to_state", str(self.to_state))

    def allowed_from(self, state: Any) -> bool:
        return str(state) in self.from_states

    def service_arguments(self, cleaned: Mapping[str, Any]) -> dict[str, Any]:
        if self.arguments is not None:
            return self.arguments(dict(cleaned))
        return dict(cleaned)

    def make_form(
        self, data: Any = None, files: Any = None, *, initial: Any = None
    ) -> forms.BaseForm | None:
        if self.form_class is None:
            return None
        return self.form_class(data, files, initial=initial, prefix=self.verb)


def has_action_permission(user: Any, case: Any, action: Action) -> bool:
    """The default rule: an active user holding the action's permission (none = anyone
    active)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return action.permission is None or user.has_perm(action.permission)


Rule = Callable[[Any, Any, Action], bool]


@dataclass(frozen=True)
class BoundAction:
    """An available action for one case, with its (unbound or invalid) form."""

    action: Action
    form: forms.BaseForm | None
    url: str

    @property
    def verb(self) -> str:
        return self.action.verb

    @property
    def label(self) -> Any:
        return self.action.label

    @property
    def multipart(self) -> bool:
        return bool(self.form is not None and self.form.is_multipart())


@dataclass
class ActionTable:
    """The actions of one case type, in display order."""

    actions: Iterable[Action]
    case_arg: str = "case"
    state_attr: str = "status"
    rule: Rule = has_action_permission
    url_name: str | None = None
    state_label: Callable[[Any], Any] | None = None
    state_error: Any = None
    _by_verb: dict[str, Action] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.actions = tuple(self.actions)
        self._by_verb = {}
        for action in self.actions:
            if action.verb in self._by_verb:
                raise ValueError(f"duplicate action verb {action.verb!r}")
            self._by_verb[action.verb] = action

    def __iter__(self) -> Iterator[Action]:
        return iter(self.actions)

    def __contains__(self, verb: object) -> bool:
        return verb in self._by_verb

    @property
    def verbs(self) -> list[str]:
        return list(self._by_verb)

    def get(self, verb: str) -> Action:
        """The action called ``verb``; raises ``KeyError`` for an unknown verb."""
        return self._by_verb[verb]

    def state_of(self, case: Any) -> str:
        return str(getattr(case, self.state_attr))

    def permitted(self, case: Any, user: Any, action: Action) -> bool:
        return bool(self.rule(user, case, action))

    def available(self, case: Any, user: Any) -> list[Action]:
        """Actions ``user`` may perform on ``case`` in its current state, in table order."""
        state = self.state_of(case)
        return [a for a in self.actions if a.allowed_from(state) and self.permitted(case, user, a)]

    def check(self, case: Any, user: Any, verb: str) -> Action:
        """Raise the translated error unless ``user`` may perform ``verb`` on ``case`` now.

        Services call this on the row they locked with ``select_for_update()``.
        """
        action = self._by_verb.get(verb)
        if action is None:
            raise InvalidTransitionError(ERR_UNKNOWN_ACTION)
        if not self.permitted(case, user, action):
            raise PermissionDeniedError()
        state = self.state_of(case)
        if not action.allowed_from(state):
            label = self.state_label(state) if self.state_label else state
            message = self.state_error or ERR_STATE
            raise InvalidTransitionError(
                message % {"action": action.label, "state": label}, code="state"
            )
        return action

    def perform(
        self,
        case: Any,
        user: Any,
        verb: str,
        data: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, Any] | None = None,
        request: HttpRequest | None = None,
    ) -> Any:
        """Validate ``data`` with the action's form, check permission and state, and call
        the service inside one transaction; returns what the service returns.

        Raises :class:`ActionFormInvalid` (with the form), or the service's
        :class:`~cchc.core.exceptions.CchcError`.
        """
        action = self.check(case, user, verb)
        cleaned: Mapping[str, Any] = data or {}
        form = action.make_form(data or {}, files or {})
        if form is not None:
            if not form.is_valid():
                raise ActionFormInvalid(form)
            cleaned = form.cleaned_data
        kwargs = {self.case_arg: case, "actor": user, "request": request}
        kwargs.update(action.service_arguments(cleaned))
        with transaction.atomic():
            return action.service(**kwargs)

    def url_for(self, case: Any, verb: str) -> str:
        if not self.url_name:
            return ""
        return reverse(self.url_name, kwargs={"pk": case.pk, "verb": verb})

    def bound(
        self,
        case: Any,
        user: Any,
        *,
        initial: Mapping[str, Mapping[str, Any]] | None = None,
        invalid: forms.BaseForm | None = None,
    ) -> list[BoundAction]:
        """The available actions with their forms (``initial`` per verb overrides the
        action's own ``initial(case, user)``; ``invalid`` replaces the form of its verb)."""
        result = []
        for action in self.available(case, user):
            if invalid is not None and invalid.prefix == action.verb:
                form: forms.BaseForm | None = invalid
            else:
                values: dict[str, Any] = {}
                if action.initial is not None:
                    values.update(action.initial(case, user))
                if initial and action.verb in initial:
                    values.update(initial[action.verb])
                form = action.make_form(initial=values)
            result.append(BoundAction(action, form, self.url_for(case, action.verb)))
        return result


@method_decorator(never_cache, name="dispatch")
class CaseActionView(View):
    """POST ``<case pk>/<verb>/``: perform one action, then back to the case.

    Subclasses set ``table`` and implement ``get_case(request, pk)`` returning the case the
    user may see (or raising ``Http404``), and ``success_url(case)``; ``gone_url(case)`` is
    used when the user can no longer see the case after acting.
    """

    http_method_names = ["post"]
    table: ActionTable

    def get_case(self, request: HttpRequest, pk: Any) -> Any:
        raise NotImplementedError

    def success_url(self, case: Any) -> str:
        raise NotImplementedError

    def gone_url(self, case: Any) -> str | None:
        return None

    def can_still_view(self, request: HttpRequest, case: Any) -> bool:
        return True

    def success_message(self, case: Any, action: Action) -> str:
        return str(MSG_DONE % {"action": action.label})

    def post(self, request: HttpRequest, pk: Any, verb: str) -> HttpResponse:
        if verb not in self.table:
            raise Http404
        case = self.get_case(request, pk)
        action = self.table.get(verb)
        try:
            result = self.table.perform(
                case, request.user, verb, request.POST, files=request.FILES, request=request
            )
        except ActionFormInvalid as exc:
            for errors in exc.form.errors.values():
                for error in errors:
                    messages.error(request, str(error))
            return redirect(self.success_url(case))
        except PermissionDeniedError as exc:
            raise PermissionDenied(str(exc.message)) from exc
        except CchcError as exc:
            messages.error(request, str(exc.message))
            return redirect(self.success_url(case))
        if result is not None and getattr(result, "pk", None) == getattr(case, "pk", object()):
            case = result
        messages.success(request, self.success_message(case, action))
        if not self.can_still_view(request, case):
            gone = self.gone_url(case)
            if gone:
                return redirect(gone)
        return redirect(self.success_url(case))
