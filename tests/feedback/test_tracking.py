"""Tracking codes are unique and gapless per year, also under concurrent submissions."""

import threading

import pytest
from django.db import connection, connections, transaction

from cchc.feedback.models import Feedback, TrackingCounter
from cchc.feedback.tracking import allocate_code, format_code


@pytest.mark.django_db
def test_rolled_back_insert_gives_its_number_back(make_feedback):
    """A transaction that fails after taking a number leaves no gap."""
    make_feedback()
    year = Feedback.objects.get().received_on.year
    with pytest.raises(RuntimeError), transaction.atomic():
        allocate_code(year)
        raise RuntimeError("insert failed")
    second = make_feedback()
    assert second.code == format_code(year, 2)


@pytest.mark.django_db(transaction=True)
def test_allocate_outside_transaction_refused():
    """Allocating outside a transaction would risk gaps: refused."""
    with pytest.raises(RuntimeError):
        allocate_code(2026)


@pytest.mark.django_db(transaction=True)
def test_sixteen_threads_get_gapless_unique_codes(category):
    """16 threads × 5 submissions each: 80 distinct codes numbered 1..80, counter at 80."""
    from cchc.feedback.services import Submission, feedback_submit

    errors = []
    barrier = threading.Barrier(16)

    def worker(i):
        try:
            barrier.wait()
            for j in range(5):
                feedback_submit(
                    submission=Submission(
                        channel="web",
                        subject=f"Phản ánh {i}-{j}",
                        content="Nội dung phản ánh thử nghiệm đồng thời.",
                        category=category,
                        submitter_name="Trần Văn Bình",
                        submitter_address="Thôn 3, xã An Bình",
                        submitter_phone=f"09{i:02d}{j:06d}",
                    )
                )
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
    codes = list(Feedback.objects.values_list("code", flat=True))
    assert len(codes) == 80 == len(set(codes))
    year = Feedback.objects.first().received_on.year
    assert sorted(codes) == [format_code(year, n) for n in range(1, 81)]
    assert TrackingCounter.objects.get(year=year).last == 80
    assert connection.vendor in {"sqlite", "postgresql"}
