"""Reads about agencies, used by every app that routes work to an agency."""

from __future__ import annotations

from .models import Agency, AgencyStaff


def agency_for_user(user) -> Agency | None:
    """The agency an officer belongs to, or None (citizens, unattached staff)."""
    if user is None or not user.is_authenticated:
        return None
    staff = AgencyStaff.objects.select_related("agency").filter(user=user).first()
    return staff.agency if staff else None


def agency_list_active():
    return Agency.objects.filter(status=Agency.Status.ACTIVE)
