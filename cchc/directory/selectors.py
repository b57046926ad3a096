"""Reads about agencies, used by every app that routes work to an agency, and by the
public directory pages, vCards and the JSON API.

What the public may see of a leader is decided in exactly one place,
:func:`leader_public_contact`: pages, vCards and the API all go through it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q

from cchc.core.text import fold

from .models import Agency, AgencyStaff, Leader

MAX_QUERY_LENGTH = 100


def agency_for_user(user) -> Agency | None:
    """The agency an officer belongs to, or None (citizens, unattached staff)."""
    if user is None or not user.is_authenticated:
        return None
    staff = AgencyStaff.objects.select_related("agency").filter(user=user).first()
    return staff.agency if staff else None


def agency_list_active():
    return Agency.objects.filter(status=Agency.Status.ACTIVE)


def agency_list(*, include_inactive: bool = False):
    """Agencies in directory order; active ones only unless ``include_inactive``."""
    qs = Agency.objects.all() if include_inactive else agency_list_active()
    return qs.order_by("sort_order", "name", "id")


def agency_refs() -> dict[int, dict[str, str]]:
    """``{pk: {code, slug, name}}`` of every agency: parents and successors in the API."""
    return {
        a.pk: {"code": a.code, "slug": a.slug, "name": a.name}
        for a in Agency.objects.only("id", "code", "slug", "name")
    }


def agency_all():
    """Every agency, any status: for other apps' own filters through their relations."""
    return Agency.objects.all()


def agency_get_active(pk) -> Agency | None:
    return agency_list_active().filter(pk=pk).first()


def agency_by_codes(codes, *, active_only: bool = False) -> dict[str, Agency]:
    """``{code: agency}`` for the codes that exist."""
    queryset = agency_list_active() if active_only else Agency.objects.all()
    return {a.code: a for a in queryset.filter(code__in=list(codes))}


def agency_names(pks) -> dict[int, str]:
    return dict(Agency.objects.filter(pk__in=[p for p in pks if p]).values_list("pk", "name"))


AREA_LEVELS = (Agency.Level.COMMUNE, Agency.Level.DISTRICT)


def agency_list_areas():
    """Active communes and districts: the areas a citizen's report can be about."""
    return agency_list_active().filter(level__in=AREA_LEVELS)


def agency_mail_recipients(agency: Agency) -> list[str]:
    """The agency's own address and its active officers' addresses, sorted."""
    emails = {agency.email} if agency.email else set()
    emails |= set(
        AgencyStaff.objects.filter(agency=agency, user__is_active=True)
        .exclude(user__email="")
        .values_list("user__email", flat=True)
    )
    return sorted(emails)


# --- Public contacts of leaders ----------------------------------------------------------


@dataclass(frozen=True)
class PublicLeader:
    """A leader as the public sees them: unpublished contacts are ``""``."""

    id: int
    agency_id: int
    full_name: str
    title: str
    office_phone: str
    mobile: str
    email: str

    @property
    def has_contacts(self) -> bool:
        return bool(self.office_phone or self.mobile or self.email)


def leader_public_contact(leader: Leader) -> PublicLeader:
    """The one gate between a :class:`Leader` and the public."""
    return PublicLeader(
        id=leader.pk,
        agency_id=leader.agency_id,
        full_name=leader.full_name,
        title=leader.title,
        office_phone=leader.office_phone if leader.phone_public else "",
        mobile=leader.mobile if leader.mobile_public else "",
        email=leader.email if leader.email_public else "",
    )


def leader_list_public(agency: Agency) -> list[PublicLeader]:
    leaders = Leader.objects.filter(agency=agency).order_by("sort_order", "id")
    return [leader_public_contact(leader) for leader in leaders]


def leader_get_public(agency: Agency, leader_id: int) -> PublicLeader | None:
    leader = Leader.objects.filter(agency=agency, pk=leader_id).first()
    return leader_public_contact(leader) if leader else None


# --- Tree and search ---------------------------------------------------------------------


@dataclass
class AgencyNode:
    agency: Agency
    depth: int = 0
    children: list[AgencyNode] = field(default_factory=list)
    matched: bool = True
    leader_names: str = ""  # "Giám đốc Nguyễn Văn An Phó Giám đốc …": titles and names
    people: list[tuple[str, str]] = field(default_factory=list)  # (title, full name)
    matched_people: list[tuple[str, str]] = field(default_factory=list)


def _sort_key(agency: Agency):
    """sort_order, then the name in Vietnamese order (đ with d; not the DB collation)."""
    return (agency.sort_order, fold(agency.name), agency.name, agency.pk)


def _folded(agency: Agency) -> str:
    return fold(f"{agency.name} {agency.short_name} {agency.code}")


def _query_tokens(q: str | None) -> list[str]:
    q = (q or "").strip()[:MAX_QUERY_LENGTH]
    return fold(q).split()


def _all_in(tokens: list[str], haystack: str) -> bool:
    return all(token in haystack for token in tokens)


def _matches(agency: Agency, tokens: list[str]) -> bool:
    return _all_in(tokens, _folded(agency))


_TREE_FIELDS = (
    "id",
    "code",
    "name",
    "short_name",
    "slug",
    "level",
    "parent_id",
    "phone",
    "email",
    "sort_order",
    "status",
)


def agency_tree(q: str | None = None) -> list[AgencyNode]:
    """Active agencies as a forest, from two queries (agencies, leaders' names). With
    ``q`` (diacritics and case ignored: "so noi vu" finds "Sở Nội vụ"; a leader's name
    finds their agency), only matching agencies and their ancestors are kept; ancestors
    kept for context have ``matched=False``."""
    nodes, roots = _agency_forest()
    tokens = _query_tokens(q)
    if not tokens:
        return roots
    _match_people(nodes, tokens)
    by_leader = {pk for pk, node in nodes.items() if node.matched_people}
    return _prune_tree(roots, tokens, by_leader)


@dataclass(frozen=True)
class FlatNode:
    """One tree row for rendering without recursion: ``closes`` is how many nested lists
    end right after this row (a leaf closing its ancestors' ``<ul>``/``<li>``)."""

    node: AgencyNode
    closes: range

    @property
    def agency(self) -> Agency:
        return self.node.agency

    @property
    def depth(self) -> int:
        return self.node.depth

    @property
    def matched(self) -> bool:
        return self.node.matched

    @property
    def has_children(self) -> bool:
        return bool(self.node.children)

    @property
    def leader_names(self) -> str:
        return self.node.leader_names

    @property
    def matched_people(self) -> list[tuple[str, str]]:
        return self.node.matched_people


def tree_flatten(roots: list[AgencyNode]) -> list[FlatNode]:
    """Pre-order rows of a forest, for a flat template loop (no recursive includes)."""
    rows: list[FlatNode] = []

    def walk(items: list[AgencyNode], open_levels: int) -> None:
        for index, node in enumerate(items):
            last = index == len(items) - 1
            if node.children:
                rows.append(FlatNode(node, range(0)))
                walk(node.children, open_levels + 1 if last else 1)
            else:
                rows.append(FlatNode(node, range(open_levels if last else 0)))

    walk(roots, 0)
    return rows


def tree_count(nodes: list[AgencyNode], *, matched_only: bool = True) -> int:
    total = 0
    for node in nodes:
        total += (1 if node.matched or not matched_only else 0) + tree_count(
            node.children, matched_only=matched_only
        )
    return total


def agency_search(q: str | None, *, limit: int = 50, include_inactive: bool = False):
    """Agencies whose name, short name or code contains every word of ``q``, ignoring
    diacritics and case. Folding is done in Python over one query: a province has at
    most a few thousand agencies."""
    tokens = _query_tokens(q)
    if not tokens:
        return []
    qs = Agency.objects.all() if include_inactive else agency_list_active()
    qs = qs.only(*_TREE_FIELDS).order_by("sort_order", "name", "id")
    return [a for a in qs if _matches(a, tokens)][:limit]


def agency_search_former(q: str | None, *, limit: int = 10) -> list[tuple[Agency, Agency | None]]:
    """Merged or dissolved agencies matching ``q``, each with where it went: shown apart
    from the tree ("đã sáp nhập vào …"), never as a row beside its successor."""
    tokens = _query_tokens(q)
    if not tokens:
        return []
    qs = (
        Agency.objects.exclude(status=Agency.Status.ACTIVE)
        .only(*_TREE_FIELDS, "successor_id", "status_changed_on")
        .order_by("sort_order", "name", "id")
    )
    return [(a, agency_final_successor(a)) for a in qs if _matches(a, tokens)][:limit]


# --- One agency --------------------------------------------------------------------------


def agency_by_name(name: str) -> Agency | None:
    """The active agency called exactly ``name`` (the site's own organisation), if any."""
    name = (name or "").strip()
    if not name:
        return None
    return Agency.objects.filter(status=Agency.Status.ACTIVE, name=name).order_by("pk").first()


def agency_by_name_or_short_name(name: str) -> Agency | None:
    """The first agency (any status) whose name or short name is ``name``, case aside."""
    if not name:
        return None
    return (
        Agency.objects.filter(Q(name__iexact=name) | Q(short_name__iexact=name))
        .order_by("id")
        .first()
    )


def agency_get_public(slug: str) -> Agency | None:
    """The agency at ``slug`` (any status), or None."""
    return Agency.objects.select_related("parent", "successor").filter(slug=slug).first()


def agency_final_successor(agency: Agency) -> Agency | None:
    """Where a merged (or dissolved-with-successor) agency's page leads: the end of the
    successor chain, or None."""
    if agency.successor_id is None:
        return None
    successors = dict(Agency.objects.exclude(successor=None).values_list("pk", "successor_id"))
    current, seen = agency.successor_id, {agency.pk}
    while current in successors and current not in seen:
        seen.add(current)
        current = successors[current]
    return Agency.objects.filter(pk=current).first()


@dataclass(frozen=True)
class Predecessor:
    agency: Agency
    depth: int  # 0 = merged directly into this agency


def agency_predecessors(agency: Agency) -> list[Predecessor]:
    """Agencies merged into (or replaced by) ``agency``, and theirs in turn ("Tiền thân")."""
    former = list(
        Agency.objects.exclude(successor=None)
        .exclude(status=Agency.Status.ACTIVE)
        .select_related("successor")
        .order_by("-status_changed_on", "name")
    )
    by_successor: dict[int, list[Agency]] = {}
    for item in former:
        by_successor.setdefault(item.successor_id, []).append(item)
    result, seen = [], {agency.pk}

    def walk(pk, depth):
        for item in by_successor.get(pk, []):
            if item.pk in seen:
                continue
            seen.add(item.pk)
            result.append(Predecessor(agency=item, depth=depth))
            walk(item.pk, depth + 1)

    walk(agency.pk, 0)
    return result


def agency_ancestors(agency: Agency) -> list[Agency]:
    """From the root down to the agency's parent, in one query."""
    rows = {a.pk: a for a in Agency.objects.only("id", "name", "slug", "parent_id", "status")}
    chain, seen = [], {agency.pk}
    current = rows.get(agency.parent_id)
    while current is not None and current.pk not in seen:
        seen.add(current.pk)
        chain.append(current)
        current = rows.get(current.parent_id)
    return list(reversed(chain))


def agency_children_public(agency: Agency):
    return list(
        Agency.objects.filter(parent=agency, status=Agency.Status.ACTIVE).order_by(
            "sort_order", "name"
        )
    )


# --- agency_tree's parts (kept at the end of the module) -----------------------------------


def _agency_forest() -> tuple[dict[int, AgencyNode], list[AgencyNode]]:
    """Every active agency's node (by id) with its leaders, and the roots of the forest,
    depths set."""
    agencies = sorted(
        Agency.objects.filter(status=Agency.Status.ACTIVE).only(*_TREE_FIELDS),
        key=_sort_key,
    )
    nodes = {a.pk: AgencyNode(agency=a) for a in agencies}
    # Leaders' titles and names (second and last query) let "nguyen van an" and "giam doc
    # so noi vu" find the person and their agency, on the server and in the as-you-type
    # filter of directory.js: people and agencies are searched together.
    people: dict[int, list[tuple[str, str]]] = {}
    for agency_id, title, full_name in Leader.objects.order_by("sort_order", "id").values_list(
        "agency_id", "title", "full_name"
    ):
        people.setdefault(agency_id, []).append((title, full_name))
    for agency_id, rows in people.items():
        if agency_id in nodes:
            nodes[agency_id].people = rows
            nodes[agency_id].leader_names = " ".join(f"{t} {n}" for t, n in rows)
    roots: list[AgencyNode] = []
    for agency in agencies:
        node = nodes[agency.pk]
        parent = nodes.get(agency.parent_id)
        if parent is None:
            roots.append(node)
        else:
            parent.children.append(node)
    _set_depth(roots, 0, set())
    return nodes, roots


def _set_depth(items: list[AgencyNode], depth: int, seen: set[int]) -> None:
    for node in items:
        if node.agency.pk in seen:
            continue
        seen.add(node.agency.pk)
        node.depth = depth
        _set_depth(node.children, depth + 1, seen)


def _match_people(nodes: dict[int, AgencyNode], tokens: list[str]) -> None:
    """Single out the leaders matching ``tokens`` in agencies that do not match alone."""
    for node in nodes.values():
        if not node.people:
            continue
        own = _folded(node.agency)
        if _all_in(tokens, own):  # the agency itself matches: no person singled out
            continue
        node.matched_people = [
            (title, name)
            for title, name in node.people
            if _all_in(tokens, f"{own} {fold(title)} {fold(name)}")
        ]


def _prune_tree(
    items: list[AgencyNode], tokens: list[str], by_leader: set[int]
) -> list[AgencyNode]:
    """The matching nodes and their ancestors (``matched=False`` when only context)."""
    kept = []
    for node in items:
        node.children = _prune_tree(node.children, tokens, by_leader)
        node.matched = _matches(node.agency, tokens) or node.agency.pk in by_leader
        if node.matched or node.children:
            kept.append(node)
    return kept


def agency_list_among(pks, *, order_by=("name",)):
    """The agencies whose id is in ``pks`` (ids, or a subquery of ids), in that order: the
    agencies other apps offer as filters (one query)."""
    return Agency.objects.filter(pk__in=pks).order_by(*order_by)
