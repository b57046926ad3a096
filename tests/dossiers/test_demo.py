"""The demo dossiers load, cover the workflow, and loading twice adds nothing."""

import io

import pytest

from cchc.dossiers.demo import STAGES, load_demo
from cchc.dossiers.models import Dossier


@pytest.mark.django_db
def test_demo_loads_once(ruleset):
    from cchc.directory import demo as directory_demo

    directory_demo.load_demo(io.StringIO())
    load_demo(io.StringIO())
    count = Dossier.objects.count()
    assert count == len(STAGES)
    statuses = set(Dossier.objects.values_list("status", flat=True))
    assert {
        "received",
        "supplement_requested",
        "accepted",
        "consulting",
        "returned",
        "closed",
    } <= statuses
    load_demo(io.StringIO())
    assert Dossier.objects.count() == count
