"""Status transitions of an agency (sáp nhập, giải thể) as the core action table.

Only :func:`~cchc.directory.services.agency_merge` and
:func:`~cchc.directory.services.agency_dissolve` change an agency's status; both check
``TABLE`` on the locked row. Who: holders of ``directory.change_agency`` (the
"Biên tập danh bạ" role); the system itself (``actor=None``: demo data, imports) too.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from cchc.core.actions import Action, ActionTable, has_action_permission

from . import services
from .models import Agency

CHANGE = "directory.change_agency"


def _may(user, agency, action: Action) -> bool:
    return user is None or has_action_permission(user, agency, action)


TABLE = ActionTable(
    [
        Action(
            "merge",
            _("Sáp nhập vào cơ quan khác"),
            from_states={Agency.Status.ACTIVE},
            to_state=Agency.Status.MERGED,
            permission=CHANGE,
            service=services.agency_merge,
            danger=True,
        ),
        Action(
            "dissolve",
            _("Giải thể"),
            from_states={Agency.Status.ACTIVE},
            to_state=Agency.Status.DISSOLVED,
            permission=CHANGE,
            service=services.agency_dissolve,
            danger=True,
        ),
    ],
    case_arg="agency",
    rule=_may,
    state_error=services.ERR_NOT_ACTIVE,
)
