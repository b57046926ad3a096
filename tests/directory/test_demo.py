"""Demo data: an invented 3-level province, idempotent, with well-formed fake contacts."""

import io

from cchc.directory import phones
from cchc.directory.demo import load_demo
from cchc.directory.models import Agency, ContactChange, Leader


def test_demo_is_realistic_and_idempotent(db):
    """≥ 20 agencies on 3 levels, leaders, one merged agency with successor; a second run
    adds nothing."""
    load_demo(io.StringIO())
    counts = (Agency.objects.count(), Leader.objects.count(), ContactChange.objects.count())
    assert counts[0] >= 20
    levels = set(Agency.objects.values_list("level", flat=True))
    assert {"province", "department", "district", "commune"} <= levels
    merged = Agency.objects.filter(status=Agency.Status.MERGED)
    assert merged.exists() and all(a.successor is not None for a in merged)
    commune = Agency.objects.filter(level="commune").first()
    assert commune.parent.parent.level == "province"
    out = io.StringIO()
    load_demo(out)
    assert (Agency.objects.count(), Leader.objects.count(), ContactChange.objects.count()) == counts
    assert "0 cơ quan mới" in out.getvalue()


def test_demo_contacts_are_well_formed_and_fake(db):
    """Every phone passes validation and uses the fake 0200/0500 555 blocks; e-mails are on
    example.gov.vn; no real province is named."""
    load_demo(io.StringIO())
    for agency in Agency.objects.all():
        for number in (agency.phone, agency.fax):
            if number:
                assert phones.is_valid(number)
                assert number.startswith("0200 555")
        assert agency.email.endswith("@example.gov.vn")
    for leader in Leader.objects.all():
        assert phones.is_valid(leader.office_phone) and phones.is_valid(leader.mobile)
        assert leader.mobile.startswith("0500 555")
        assert leader.email.endswith("@example.gov.vn")
    root = Agency.objects.get(parent=None)
    assert "dữ liệu mẫu" in root.name
