"""Who may see and act on a dossier (roles as model permissions + agency membership).

- ``dossiers.manage_all_dossiers`` (group "Quản trị Một cửa") and superusers: every dossier.
- ``dossiers.desk_dossier`` + member of the *receiving* agency: desk role.
- ``dossiers.handle_dossier`` / ``dossiers.lead_dossier`` + member of the *handling*
  agency: handler / leader.
- Any of those permissions + member of an agency with an open leg of the dossier: leg role.
- The applicant's own account (``applicant_user``): applicant role (withdraw, see own files).
Anyone else has no role: the dossier is not found for them (404, never 403 with details).
"""

from __future__ import annotations

from cchc.directory.selectors import agency_for_user

from .workflow import ADMIN, APPLICANT, DESK, HANDLER, LEADER, LEG

GROUP_DESK = "Bộ phận Một cửa"
GROUP_HANDLER = "Cán bộ xử lý hồ sơ"
GROUP_LEADER = "Lãnh đạo phê duyệt hồ sơ"
GROUP_ADMIN = "Quản trị Một cửa"
STAFF_PERMS = ("dossiers.desk_dossier", "dossiers.handle_dossier", "dossiers.lead_dossier")


def _active(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def is_admin(user) -> bool:
    return _active(user) and (user.is_superuser or user.has_perm("dossiers.manage_all_dossiers"))


def officer_agency(user):
    if not _active(user):
        return None
    if not hasattr(user, "_dossiers_agency"):
        user._dossiers_agency = agency_for_user(user)
    return user._dossiers_agency


def is_staff_user(user) -> bool:
    """May open the one-stop screens (/mot-cua/)."""
    if is_admin(user):
        return True
    return officer_agency(user) is not None and any(user.has_perm(p) for p in STAFF_PERMS)


def is_desk_of(user, agency) -> bool:
    """May receive dossiers at this agency's desk."""
    if is_admin(user):
        return True
    own = officer_agency(user)
    return own is not None and own.pk == agency.pk and user.has_perm("dossiers.desk_dossier")


def roles_for(user, dossier) -> frozenset[str]:
    if not _active(user):
        return frozenset()
    roles: set[str] = set()
    if is_admin(user):
        roles.add(ADMIN)
    if dossier.applicant_user_id is not None and dossier.applicant_user_id == user.pk:
        roles.add(APPLICANT)
    agency = officer_agency(user)
    if agency is not None:
        if dossier.receiving_agency_id == agency.pk and user.has_perm("dossiers.desk_dossier"):
            roles.add(DESK)
        if dossier.handling_agency_id == agency.pk:
            if user.has_perm("dossiers.handle_dossier"):
                roles.add(HANDLER)
            if user.has_perm("dossiers.lead_dossier"):
                roles.add(LEADER)
        if any(user.has_perm(p) for p in STAFF_PERMS) and _has_open_leg(dossier, agency):
            roles.add(LEG)
    return frozenset(roles)


def _has_open_leg(dossier, agency) -> bool:
    from .choices import LegStatus

    cache = getattr(dossier, "_open_leg_agencies", None)
    if cache is None:
        cache = set(
            dossier.legs.filter(status=LegStatus.OPEN).values_list("to_agency_id", flat=True)
        )
        dossier._open_leg_agencies = cache
    return agency.pk in cache


def can_view(user, dossier) -> bool:
    return bool(roles_for(user, dossier))


def can_view_staff(user, dossier) -> bool:
    """Staff view of the dossier (applicant role alone does not open /mot-cua/)."""
    return bool(roles_for(user, dossier) - {APPLICANT})
