"""What one filing costs the database: the procedure and its documents are read once and
shared by the form and the services, a new filing is not read back, the files are written
in one INSERT; the form's page does not grow in queries with its documents' forms."""

import hashlib
import re
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.forms.utils import ErrorList
from django.test.utils import CaptureQueriesContext

from cchc.dossiers.models import DossierAttachment
from cchc.eservices.forms import FilingForm
from cchc.eservices.models import Filing

from .conftest import form_key

URL = "/dich-vu-cong/1.001193.000.00.00.H38/"

pytestmark = pytest.mark.django_db


def _tables(queries, verb: str) -> list[str]:
    """The table of each ``verb`` (SELECT, INSERT, UPDATE) statement, in order."""
    found = []
    pattern = {
        "SELECT": r'\bFROM "(\w+)"',
        "INSERT": r'^INSERT INTO "(\w+)"',
        "UPDATE": r'^UPDATE "(\w+)"',
    }
    for q in queries:
        sql = q["sql"]
        if sql.startswith(verb):
            match = re.search(pattern[verb], sql)
            found.append(match.group(1) if match else "?")
    return found


def test_submission_reads_the_procedure_once_and_writes_files_in_one_insert(citizen, filing_post):
    citizen.get(URL)  # warm the per-process caches (calendar, menus, settings)
    citizen.post(URL, filing_post(str(uuid.uuid4())))  # and the day's serial counter
    key = str(uuid.uuid4())
    with CaptureQueriesContext(connection) as ctx:
        r = citizen.post(URL, filing_post(key))
    assert r.status_code == 302, r.content.decode()[:2000]
    selects = _tables(ctx.captured_queries, "SELECT")
    inserts = _tables(ctx.captured_queries, "INSERT")
    assert selects.count("procedures_procedure") == 1
    assert selects.count("procedures_requireddocument") == 1  # the form's and the services'
    assert selects.count("procedures_procedurechannel") == 1
    assert "dossiers_agencyunitcode" not in selects  # joined to the procedure's agency
    assert selects.count("eservices_filing") == 2  # the view's check, the services' lock
    assert "eservices_draftfile" not in selects  # a new filing has no draft files
    assert inserts.count("dossiers_dossierattachment") == 1  # both files, one statement
    statements = [q["sql"] for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"]]
    assert len(statements) <= 18, "\n".join(sql[:120] for sql in statements)
    dossier = Filing.objects.get(key=key).dossier
    attachments = list(DossierAttachment.objects.filter(dossier=dossier).order_by("pk"))
    assert len(attachments) == 2 and all(a.pk for a in attachments)
    for attachment in attachments:
        content = attachment.file.read()
        digest = hashlib.sha256(content).hexdigest()
        assert attachment.sha256 == digest and attachment.size == len(content)
        assert attachment.file.name.rsplit("/", 1)[-1].startswith(digest[:16])


def test_form_page_queries_do_not_grow_with_document_forms(citizen, slots):
    from wagtail.documents.models import Document

    citizen.get(URL)
    with CaptureQueriesContext(connection) as without_forms:
        html = citizen.get(URL).content.decode()
    assert "Tải mẫu đơn, tờ khai" not in html
    for i, slot in enumerate(slots):
        slot.form = Document.objects.create(
            title=f"Mẫu {i}", file=SimpleUploadedFile(f"mau-{i}.pdf", b"%PDF-1.4 mau")
        )
        slot.save(update_fields=["form"])
    citizen.get(URL)  # the new documents started a new content generation: warm again
    with CaptureQueriesContext(connection) as with_forms:
        html = citizen.get(URL).content.decode()
    assert html.count("Tải mẫu đơn, tờ khai") == len(slots)
    assert len(with_forms.captured_queries) == len(without_forms.captured_queries), "\n".join(
        q["sql"][:150] for q in with_forms.captured_queries
    )
    form_key(html)


def test_quiet_error_lists_render_as_django_s(procedure, slots):
    """The filing form's error lists render exactly what Django's do, empty or not."""
    data = {"key": "not-a-key", "applicant_phone": "12", "delivery": "post"}
    files = {f"doc_{slots[0].pk}": SimpleUploadedFile("a.pdf", b"not a pdf at all")}
    for args in ((), (data, files)):
        quiet = FilingForm(*args, procedure=procedure)
        django = FilingForm(*args, procedure=procedure, error_class=ErrorList)
        assert quiet.is_bound == django.is_bound
        if quiet.is_bound:
            assert not quiet.is_valid() and not django.is_valid()
        for name in django.fields:
            assert str(quiet[name].errors) == str(django[name].errors), name
        assert str(quiet.non_field_errors()) == str(django.non_field_errors())
        assert str(quiet) == str(django)
    assert str(quiet["applicant_phone"].errors).startswith('<ul class="errorlist"')
