"""PostgreSQL restarted under load (issue 12 point 15).

The test starts its own cluster (initdb into a temporary directory, a free port; never the
machine's shared server), migrates, and serves the app from gunicorn against it. Two readers
fetch public pages and four citizens submit feedback with pictures while the cluster is
restarted twice (``pg_ctl restart -m fast``, then ``-m immediate``, a crash and recovery).
Then: no answer was a 500; every error a client saw was a 503 with Retry-After on the
translated page; the same workers serve again by themselves (CONN_HEALTH_CHECKS reconnects;
nobody restarts the app); every acknowledged submission is stored exactly once with its files.
"""

import http.client
import threading
from collections import Counter

import pytest

from .support import (
    App,
    AppServer,
    Burst,
    PostgresCluster,
    check_submissions,
    request,
    wait_for,
)

pytestmark = [pytest.mark.fault, pytest.mark.fault_gunicorn, pytest.mark.fault_postgres]

READ_PATHS = ["/phan-anh-kien-nghi/", "/van-ban/", "/thu-tuc-hanh-chinh/", "/tim-kiem/?q=thu"]
RETRYABLE_PAGE = "Mã lỗi 503"


class Readers:
    """Threads fetching public pages until stopped; what each answer was."""

    def __init__(self, port: int, n: int = 2):
        self.port = port
        self.stop = threading.Event()
        self.seen: list[tuple[str, int | str, str | None, str]] = []
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(n)
        ]

    def _run(self, i: int) -> None:
        k = i
        while not self.stop.is_set():
            path = READ_PATHS[k % len(READ_PATHS)]
            k += 1
            try:
                status, headers, body = request(
                    self.port, "GET", path, headers={"User-Agent": "fault-test-reader"}
                )
                seen = (path, status, headers.get("Retry-After"), body.decode(errors="replace"))
            except (OSError, http.client.HTTPException) as exc:
                seen = (path, type(exc).__name__, None, "")
            with self.lock:
                self.seen.append(seen)
            self.stop.wait(0.01)

    def ok_reads(self) -> int:
        with self.lock:
            return sum(1 for s in self.seen if s[1] == 200)

    def start(self):
        for thread in self.threads:
            thread.start()
        return self

    def join(self):
        self.stop.set()
        for thread in self.threads:
            thread.join(60)


@pytest.fixture
def pg_app(tmp_path):
    cluster = PostgresCluster()
    cluster.init()
    cluster.start()
    try:
        cluster.create_database("cchc_fault")
        app = App(tmp_path, database_url=cluster.url("cchc_fault"))
        app.migrate()
        yield cluster, app
    finally:
        cluster.stop()


def test_app_recovers_from_postgres_restarts(pg_app):
    cluster, app = pg_app
    server = AppServer(app, workers=2, threads=4)
    server.start()
    workers_before = sorted(server.worker_pids())
    for path in READ_PATHS:
        assert request(server.port, "GET", path)[0] == 200, path
    try:
        readers = Readers(server.port).start()
        burst = Burst(lambda: server.port, clients=4, per_client=30).start()
        for threshold, mode in ((15, "fast"), (50, "immediate")):
            wait_for(
                lambda t=threshold: burst.acknowledged() >= t,
                timeout=120,
                what=f"{threshold} acknowledged submissions",
            )
            reads_before = readers.ok_reads()
            cluster.restart(mode)
            # the app recovers by itself: pages are served again without touching it
            wait_for(
                lambda r=reads_before: readers.ok_reads() > r + 5,
                timeout=60,
                what=f"pages served again after the {mode} restart",
            )
        burst.join()
        readers.join()
        for path in READ_PATHS:
            assert request(server.port, "GET", path)[0] == 200, path
        assert sorted(server.worker_pids()) == workers_before, "a worker died or was restarted"
    finally:
        server.stop()

    reads = Counter(s[1] for s in readers.seen)
    errors = [s for s in readers.seen if s[1] != 200]
    errors += [
        (a.token, a.outcome, a.retry_after, a.body)
        for a in burst.attempts
        if a.outcome != "acknowledged"
    ]
    result = check_submissions(app, burst.attempts)
    print(
        f"\n[PostgreSQL restarts] reads {sum(reads.values())}: "
        f"{', '.join(f'{k}: {v}' for k, v in sorted(reads.items(), key=str))}"
    )
    print(f"[PostgreSQL restarts] {result.line()}")
    assert not [e for e in errors if e[1] in (500, "500")], "a 500 while the database restarted"
    assert errors, "no client saw the database down: the restarts missed the load"
    for _what, status, retry_after, body in errors:
        assert status in (503, "503"), f"not a retryable answer: {status}"
        assert retry_after, "a 503 without Retry-After"
        assert RETRYABLE_PAGE in body, "a 503 without the translated page"
    assert result.acknowledged >= 100
