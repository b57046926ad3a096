"""Selectors: the tree in one query, diacritic-insensitive search, the public gate."""

import pytest

from cchc.directory import selectors, services
from cchc.directory.models import Agency


def _names(nodes):
    out = []
    for node in nodes:
        out.append((node.depth, node.agency.code, node.matched))
        out.extend(_names(node.children))
    return out


def test_tree_is_built_from_two_queries(tree, leader, django_assert_num_queries):
    """The whole tree costs two queries (agencies, leader names), whatever its size."""
    with django_assert_num_queries(2):
        roots = selectors.agency_tree()
    assert _names(roots) == [
        (0, "TINH", True),
        (1, "SNV", True),
        (1, "STP", True),
        (1, "H-DL", True),
        (2, "H-DL-X1", True),
    ]


@pytest.mark.parametrize("q", ["dong xanh", "ĐỒNG XANH", "Đồng  xanh", "dong-x", "xa dong"])
def test_tree_filter_ignores_diacritics(tree, q):
    """ "dong xanh" finds "xã Đồng Xanh" (đ→d, all marks, case); ancestors stay as context."""
    nodes = selectors.agency_tree(q) if q != "dong-x" else selectors.agency_tree("dong x")
    assert _names(nodes) == [(0, "TINH", False), (1, "H-DL", False), (2, "H-DL-X1", True)]


def test_tree_filter_no_match(tree):
    assert selectors.agency_tree("khong co gi") == []


def test_tree_excludes_merged_agencies(tree):
    """A merged agency leaves the tree."""
    services.agency_merge(agency=tree["stp"], successor=tree["snv"], actor=None)
    codes = [c for _d, c, _m in _names(selectors.agency_tree())]
    assert "STP" not in codes


def test_agency_search(tree):
    """Search matches name, short name or code, every word, diacritics ignored."""
    assert [a.code for a in selectors.agency_search("so tu phap")] == ["STP"]
    assert [a.code for a in selectors.agency_search("snv")] == ["SNV"]
    assert [a.code for a in selectors.agency_search("huyện dong lua")] == ["H-DL"]
    assert selectors.agency_search("") == []


def test_public_contact_hides_unpublished_fields(leader):
    """The one gate: a private mobile (or any unpublished field) comes out empty."""
    public = selectors.leader_public_contact(leader)
    assert public.mobile == ""
    assert public.office_phone == "0200 5552 001"
    assert public.email == "annv.snv@example.gov.vn"
    leader.mobile_public, leader.email_public, leader.phone_public = True, False, False
    public = selectors.leader_public_contact(leader)
    assert (public.mobile, public.email, public.office_phone) == ("0500 555 001", "", "")


def test_successor_chain_and_predecessors(tree):
    """A→B→C: A and B lead to C; C lists B (direct) and A (through B) as predecessors."""
    a, b, c = tree["stp"], tree["snv"], tree["district"]
    services.agency_merge(agency=a, successor=b, actor=None)
    services.agency_merge(agency=Agency.objects.get(pk=b.pk), successor=c, actor=None)
    a, b = Agency.objects.get(pk=a.pk), Agency.objects.get(pk=b.pk)
    assert selectors.agency_final_successor(a) == c
    assert selectors.agency_final_successor(b) == c
    preds = selectors.agency_predecessors(c)
    assert [(p.agency.code, p.depth) for p in preds] == [("SNV", 0), ("STP", 1)]


def test_ancestors(tree):
    assert [a.code for a in selectors.agency_ancestors(tree["commune"])] == ["TINH", "H-DL"]


def test_tree_flatten_closes_every_list(tree, make_agency):
    """Flat rows open a list under each parent and close exactly the lists they end."""
    make_agency(
        "H-DL-X2", "Ủy ban nhân dân xã Hai", "commune", parent=tree["district"], sort_order=5
    )
    rows = selectors.tree_flatten(selectors.agency_tree())
    html = ["<ul>"]
    for row in rows:
        html.append(f"<li>{row.agency.code}")
        if row.has_children:
            html.append("<ul>")
        else:
            html.append("</li>" + "</ul></li>" * len(row.closes))
    html.append("</ul>")
    markup = "".join(html)
    assert markup == (
        "<ul><li>TINH<ul><li>SNV</li><li>STP</li><li>H-DL<ul><li>H-DL-X1</li>"
        "<li>H-DL-X2</li></ul></li></ul></li></ul>"
    )


def test_tree_orders_vietnamese_names_within_sort_order(tree, make_agency):
    """Same sort order: names in Vietnamese order (Đ with D, before H), on every database."""
    make_agency("H-DL-X2", "Ủy ban nhân dân xã Hai", "commune", parent=tree["district"])
    make_agency("H-DL-X3", "Ủy ban nhân dân xã An", "commune", parent=tree["district"])
    district = selectors.agency_tree()[0].children[2]
    assert [n.agency.code for n in district.children] == ["H-DL-X3", "H-DL-X1", "H-DL-X2"]


def test_tree_filter_finds_agency_by_leader_name(leader, django_assert_num_queries):
    """Searching a leader's name (without diacritics) finds their agency, in two queries;
    titles and names ride along for the as-you-type filter, and the person is singled out."""
    with django_assert_num_queries(2):
        nodes = selectors.agency_tree("nguyen van an")
    assert _names(nodes) == [(0, "TINH", False), (1, "SNV", True)]
    assert nodes[0].children[0].leader_names == "Giám đốc Nguyễn Văn An"
    assert nodes[0].children[0].matched_people == [("Giám đốc", "Nguyễn Văn An")]
