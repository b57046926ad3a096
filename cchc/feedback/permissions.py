"""Who may see and act on a feedback case.

- The coordinating group (``FEEDBACK_COORDINATOR_GROUP``, default "Điều phối PAKN") and
  superusers see every case and may perform every verb.
- An agency officer (``AgencyStaff``) sees only cases currently assigned to their agency.
- Anyone else (anonymous, citizens, staff without an agency) sees no case in the back office.
"""

from __future__ import annotations

from django.conf import settings

from cchc.directory.selectors import agency_for_user

from .workflow import AGENCY, COORDINATOR

DEFAULT_COORDINATOR_GROUP = "Điều phối PAKN"


def coordinator_group_name() -> str:
    return getattr(settings, "FEEDBACK_COORDINATOR_GROUP", DEFAULT_COORDINATOR_GROUP)


def is_coordinator(user) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_feedback_is_coordinator", None)
    if cached is None:
        cached = user.groups.filter(name=coordinator_group_name()).exists()
        user._feedback_is_coordinator = cached
    return cached


def officer_agency(user):
    """The officer's agency (cached on the user object for the request)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if not hasattr(user, "_feedback_agency"):
        user._feedback_agency = agency_for_user(user)
    return user._feedback_agency


def is_back_office_user(user) -> bool:
    return is_coordinator(user) or officer_agency(user) is not None


def roles_for(user, feedback) -> frozenset[str]:
    roles = set()
    if is_coordinator(user):
        roles.add(COORDINATOR)
    agency = officer_agency(user)
    if agency is not None and feedback.assigned_agency_id == agency.pk:
        roles.add(AGENCY)
    return frozenset(roles)


def can_view(user, feedback) -> bool:
    return bool(roles_for(user, feedback))
