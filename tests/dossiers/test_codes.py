"""Dossier codes: <unit>-<yymmdd>-<serial>, gap-free and unique under concurrency
(runs on SQLite and, with DATABASE_URL, on PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections, transaction

from cchc.dossiers import services
from cchc.dossiers.models import Dossier, DossierCounter

from .conftest import local


@pytest.mark.django_db
def test_code_shape_and_fallback_to_directory_code(receive, agencies, users, clock):
    clock(2026, 4, 2, 9)
    assert receive().code == "000.00.15.H38-260402-0001"
    assert receive().code == "000.00.15.H38-260402-0002"
    clock(2026, 4, 3, 9)
    assert receive().code == "000.00.15.H38-260403-0001"


@pytest.mark.django_db
def test_local_day_decides_the_date(receive, clock):
    """23:30 UTC on 1/4 is 06:30 on 2/4 in Việt Nam."""
    clock(2026, 4, 2, 6, 30)
    assert "-260402-" in receive().code


@pytest.mark.django_db
def test_rolled_back_receipt_gives_its_serial_back(receive, agencies, clock):
    clock(2026, 4, 2, 9)
    with pytest.raises(RuntimeError), transaction.atomic():
        receive()
        raise RuntimeError("storage failed")
    assert receive().code.endswith("-0001")


@pytest.mark.django_db(transaction=True)
def test_code_outside_transaction_refused(agencies):
    with pytest.raises(RuntimeError):
        services.dossier_code_next(agencies["a"], local(2026, 4, 2, 9).date())


@pytest.mark.django_db(transaction=True)
def test_sixteen_threads_get_gapless_unique_codes(receive, agencies, users):
    """16 threads × 5 receipts at the same desk: 80 distinct codes numbered 1..80."""
    errors = []
    barrier = threading.Barrier(16)

    def worker(i):
        try:
            barrier.wait()
            for j in range(5):
                receive(applicant=services.Applicant(name=f"Người nộp {i}-{j}"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    codes = sorted(Dossier.objects.values_list("code", flat=True))
    assert len(codes) == 80 == len(set(codes))
    prefix = codes[0].rsplit("-", 1)[0]
    assert codes == [f"{prefix}-{n:04d}" for n in range(1, 81)]
    assert DossierCounter.objects.get().last == 80
    assert connection.vendor in {"sqlite", "postgresql"}


@pytest.mark.django_db(transaction=True)
def test_concurrent_double_submission_makes_one_dossier(receive, users):
    """8 threads post the same submission key at once (double click, retry): one dossier."""
    errors, got = [], []
    barrier = threading.Barrier(8)

    def worker():
        try:
            barrier.wait()
            got.append(receive(channel="online", submission_key="same-key").pk)
        except Exception as exc:  # pragma: no cover
            errors.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert Dossier.objects.count() == 1 and set(got) == {Dossier.objects.get().pk}
    assert Dossier.objects.get().code.endswith("-0001")
