"""The content generation token (``cchc/portal/generation.py``): read once per request, and
a request that changes content sees its own change."""

from django.test import Client

from cchc.portal import generation


def _count_reads(monkeypatch):
    reads = []
    real = generation._read

    def counting():
        reads.append(1)
        return real()

    monkeypatch.setattr(generation, "_read", counting)
    return reads


def test_inside_a_request_the_token_is_read_once(monkeypatch):
    reads = _count_reads(monkeypatch)
    with generation.pinned():
        first = generation.current()
        keys = {generation.key("fragment", n) for n in range(10)}
        assert generation.current() == first
    assert len(reads) == 1
    assert len(keys) == 10 and all(f":{first}:" in k for k in keys)


def test_outside_a_request_every_read_is_live(monkeypatch):
    reads = _count_reads(monkeypatch)
    generation.current()
    generation.current()
    assert len(reads) == 2


def test_a_request_that_bumps_sees_the_new_token_and_the_next_request_too():
    with generation.pinned():
        before = generation.current()
        generation.bump_now()
        inside = generation.current()
        assert inside != before
    assert generation.current() == inside


def test_a_change_made_elsewhere_shows_from_the_next_request_on(monkeypatch):
    with generation.pinned():
        before = generation.current()
        monkeypatch.setitem(generation._memory, "token", "elsewhere")  # another process
        assert generation.current() == before
    assert generation.current() == "elsewhere"


def test_the_file_store_is_read_once_per_request(tmp_path, settings, monkeypatch):
    """The embedded default (one machine, several workers): one ``stat`` per request."""
    settings.CCHC_CONTENT_GENERATION = "file"
    settings.CCHC_CONTENT_GENERATION_FILE = tmp_path / "generation"
    generation.bump_now()
    stats = []
    real_stat = type(tmp_path).stat

    def counting_stat(path, *args, **kwargs):
        if path == tmp_path / "generation":
            stats.append(1)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(type(tmp_path), "stat", counting_stat)
    with generation.pinned():
        for _ in range(5):
            generation.key("route", 1, "/")
    assert len(stats) == 1


def test_each_http_request_reads_the_token_once(home_page, monkeypatch):
    Client().get("/")  # warm: the site's settings row may start a new generation
    reads = _count_reads(monkeypatch)
    assert Client().get("/").status_code == 200
    assert len(reads) == 1


def test_cache_keys_change_with_the_code_release(tmp_path):
    """A deploy (other templates, code or translations) never reads what the old code kept."""
    from cchc.portal.generation import code_digest

    (tmp_path / "cchc").mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / "cchc" / "views.py").write_text("x = 1\n")
    page = tmp_path / "templates" / "base.html"
    page.write_text("<header>Cổng thông tin</header>")
    before = code_digest(tmp_path)
    assert code_digest(tmp_path) == before  # the same code, the same release
    page.write_text("<header>Cổng thông tin điện tử</header>")
    edited = code_digest(tmp_path)
    assert edited != before
    (tmp_path / "locale" / "vi").mkdir(parents=True)
    (tmp_path / "locale" / "vi" / "django.mo").write_bytes(b"\x00")
    assert code_digest(tmp_path) != edited


def test_keys_carry_the_release(settings):
    from cchc.portal import generation

    generation.release.cache_clear()
    settings.CCHC_RELEASE = "r2026-12"
    try:
        assert ":r2026-12:" in generation.key("fragment", "menu")
    finally:
        generation.release.cache_clear()
