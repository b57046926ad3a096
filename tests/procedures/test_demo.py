"""Demo catalogue: loads after the directory and legal demos, links the agencies and the
library, and is idempotent."""

import io

import pytest

from cchc.procedures.models import Procedure

pytestmark = pytest.mark.django_db


def test_demo_is_realistic_and_idempotent(client):
    from cchc.directory.demo import load_demo as directory_demo
    from cchc.legal.demo import load_demo as legal_demo
    from cchc.procedures.demo import PROCEDURES, load_demo

    directory_demo(io.StringIO())
    legal_demo(io.StringIO())
    load_demo(io.StringIO())
    load_demo(io.StringIO())
    assert Procedure.objects.count() == len(PROCEDURES) >= 5
    assert set(Procedure.objects.values_list("level", flat=True)) == {
        "province",
        "district",
        "commune",
    }
    assert not Procedure.objects.filter(agency__isnull=True).exists()
    ks = Procedure.objects.get(code="1.001193.000.00.00.H38")
    assert [d.key for d in ks.legal_documents.all()] == ["118/2025/NĐ-CP"]
    html = client.get(ks.get_absolute_url()).content.decode()
    assert 'class="legal-ref"' in html
    html = client.get("/thu-tuc-hanh-chinh/", {"q": "chung thuc"}).content.decode()
    assert "Chứng thực bản sao từ bản chính" in html
