"""Who may see and act on a feedback case.

- Holders of ``feedback.coordinate_feedback`` (the "Điều phối PAKN" role of
  :mod:`cchc.feedback.roles`, and superusers) see every case and may perform every verb.
- An agency officer (``AgencyStaff``) sees only cases currently assigned to their agency,
  and performs the verbs the action table (:mod:`cchc.feedback.actions`) opens to them.
- Anyone else (anonymous, citizens, staff without an agency) sees no case in the back office.
"""

from __future__ import annotations

from cchc.core.permissions import has_perm
from cchc.directory.selectors import agency_for_user

from .roles import COORDINATE, COORDINATOR_ROLE


def coordinator_group_name() -> str:
    """The group the demo and the tests put coordinators in (any group holding
    ``feedback.coordinate_feedback`` works the same)."""
    return COORDINATOR_ROLE


def is_coordinator(user) -> bool:
    return has_perm(user, COORDINATE)


def officer_agency(user):
    """The officer's agency (cached on the user object for the request)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if not hasattr(user, "_feedback_agency"):
        user._feedback_agency = agency_for_user(user)
    return user._feedback_agency


def is_back_office_user(user) -> bool:
    return is_coordinator(user) or officer_agency(user) is not None


def is_case_agency_officer(user, feedback) -> bool:
    """An officer of the agency ``feedback`` is currently assigned to."""
    agency = officer_agency(user)
    return agency is not None and feedback.assigned_agency_id == agency.pk


def can_view(user, feedback) -> bool:
    return is_coordinator(user) or is_case_agency_officer(user, feedback)
