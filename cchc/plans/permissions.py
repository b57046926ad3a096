"""Who may do what with communication plans (model permissions + object-level checks).

- The Department (Sở Nội vụ, or whoever the province gives the task): users with
  ``plans.change_communicationplan`` edit plans, see the province summary and every report,
  export it and import items. Superusers too.
- An agency officer (``directory.AgencyStaff``) with ``plans.report_activities`` edits only
  their own agency's reports, and only while the report is a draft.
"""

from __future__ import annotations

from cchc.directory.selectors import agency_for_user

MANAGE_PERMISSION = "plans.change_communicationplan"
REPORT_PERMISSION = "plans.report_activities"


def _active(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def can_manage_plans(user) -> bool:
    return _active(user) and user.has_perm(MANAGE_PERMISSION)


def reporter_agency(user):
    """The officer's agency when they may report for it, else None (cached per request)."""
    if not _active(user) or not user.has_perm(REPORT_PERMISSION):
        return None
    if not hasattr(user, "_plans_agency"):
        user._plans_agency = agency_for_user(user)
    return user._plans_agency


def can_view_report(user, report) -> bool:
    if can_manage_plans(user):
        return True
    agency = reporter_agency(user)
    return agency is not None and agency.pk == report.agency_id


def can_edit_report(user, report) -> bool:
    """Only the agency's own reporters, and only a draft."""
    agency = reporter_agency(user)
    return agency is not None and agency.pk == report.agency_id and not report.is_submitted


def can_reopen_report(user, report) -> bool:
    return can_manage_plans(user) and report.is_submitted


def is_plans_user(user) -> bool:
    return can_manage_plans(user) or reporter_agency(user) is not None
