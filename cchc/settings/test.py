"""Tests: fast hashing, in-memory everything, no demo passwords."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = VAR_DIR / "test-media"
if not DATABASE_URL:
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
AXES_ENABLED = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CCHC_CONTENT_GENERATION = "memory"  # per test process: parallel workers never disturb each other
CCHC_VISITOR_STATS_MAX_AGE = 0  # tests read the figures a beacon just changed
# Tests run tasks inline (deterministic); tests/feedback/test_outbox_stall.py exercises
# the background backend of base.py against a stalled SMTP server.
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
# Two-factor sign-in is off so other tests sign in with force_login; tests/twofactor and
# e2e/test_twofactor.py switch it on.
CCHC_REQUIRE_2FA = False
