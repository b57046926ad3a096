"""Settings shared by every environment.

Everything secret or site-specific comes from the environment; nothing here names a
province. SQLite (WAL) and local files by default; PostgreSQL when ``DATABASE_URL`` is
set, Redis when ``REDIS_URL`` is set.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("CCHC_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Project apps: the foundations first, then every package under cchc/ that has an
# apps.py (docs/decisions/0001-app-discovery.md): a new domain app plugs in without
# editing this file, and its urls.py is included by cchc/urls.py the same way.
CCHC_FOUNDATION_APPS = ["cchc.core", "cchc.directory", "cchc.portal", "cchc.news"]


def _discover_apps() -> list[str]:
    found = []
    for child in sorted((BASE_DIR / "cchc").iterdir()):
        name = f"cchc.{child.name}"
        if (child / "apps.py").is_file() and name not in CCHC_FOUNDATION_APPS:
            found.append(name)
    return CCHC_FOUNDATION_APPS + found


CCHC_APPS = _discover_apps()

INSTALLED_APPS = [
    *CCHC_APPS,
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # the visit beacon, answered before everything it does not need (issue 13)
    "cchc.portal.middleware.VisitBeaconMiddleware",
    # outermost but for security: sees every cookie and header the others add
    "cchc.portal.middleware.PublicCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cchc.core.middleware.LanguageCookieMiddleware",
    "cchc.core.errors.ErrorPageMiddleware",
    "cchc.core.middleware.InputCleaningMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cchc.core.sessions.SessionIdleTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Django's, with a nonce-less policy built once per process (cchc/core/middleware.py)
    "cchc.core.middleware.ContentSecurityPolicyMiddleware",
    "cchc.core.middleware.AdminContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cchc.urls"
WSGI_APPLICATION = "cchc.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "wagtail.contrib.settings.context_processors.settings",
                "cchc.portal.context_processors.portal",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------
SQLITE_PATH = VAR_DIR / "cchc.sqlite3"
DATABASE_URL = os.environ.get("DATABASE_URL", "")
_SQLITE_OPTIONS = {
    # WAL lets readers run beside one writer; IMMEDIATE makes a write transaction take the
    # lock at BEGIN, so select_for_update-style read-then-write sections are serialised
    # instead of failing (and background tasks wait for the request's write, not fail).
    "init_command": (
        "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;"
        "PRAGMA busy_timeout=20000;PRAGMA foreign_keys=ON;"
    ),
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        # "sqlite:////srv/cchc.sqlite3": the same settings as the default file
        DATABASES["default"]["OPTIONS"] = {**_SQLITE_OPTIONS}
        DATABASES["default"]["CONN_HEALTH_CHECKS"] = False
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            "OPTIONS": {**_SQLITE_OPTIONS},
            # Keep each worker's connection: opening one runs the PRAGMAs above, ~4 ms of
            # every uncached page view (issue 13).
            "CONN_MAX_AGE": int(os.environ.get("SQLITE_CONN_MAX_AGE", "600")),
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache (Redis when configured) ----------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, but a Redis outage degrades to cache misses, not 500s
            # (cchc/core/cache.py); short timeouts so a stalled Redis does not hold workers.
            "BACKEND": "cchc.core.cache.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "cchc"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Tasks (Django's tasks framework) --------------------------------------------------
# Tasks run on a background thread, never inside the request that enqueued them
# (docs/security.md); a deployment with a real queue worker points this at its backend.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "cchc.core.tasks.BackgroundThreadBackend")
    }
}

# --- Outbound mail -----------------------------------------------------------------------
# Every network call has a timeout: a mail server that accepts and never answers must not
# hold a worker (nor, before this, the SQLite write lock) for minutes.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
FEEDBACK_NOTIFY_RETRY_BASE = 60  # seconds; doubled per failed attempt
FEEDBACK_NOTIFY_RETRY_MAX = 6 * 3600

# --- Auth ------------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hour
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
LOGIN_URL = "wagtailadmin_login"

# --- Internationalisation ---------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
# Dates are typed and shown day first (dd/mm/yyyy) in both languages, with no month-first
# input format anywhere: cchc/core/formats/ overrides Django's vi and en format modules.
FORMAT_MODULE_PATH = ["cchc.core.formats"]
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
]
# Wagtail's date pickers show and write these (each one is among the input formats).
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt")]

# --- Static and media -------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # never under MEDIA_URL: served only through permission-checked views
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": "/khong-cong-khai/"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Wagtail ----------------------------------------------------------------------------
WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Cổng thông tin cải cách hành chính")
# The public address of the site, without a trailing slash: links in e-mails and SMS
# (feedback notifications) and Wagtail admin links are built on it.
BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "zip"]
# Documents are always sent by the view, after its collection-privacy check: with an S3-like
# store Wagtail would otherwise redirect to the store's own URL, which anyone it is passed
# on to can open (tests/security/test_sidedoor_documents.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_MODERATION_ENABLED = True
# No Gravatar (an external origin the CSP refuses, and a leak of staff e-mail hashes):
# Wagtail then shows its own default avatar or the picture uploaded in the account.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No "new Wagtail version" check: the superuser's dashboard would fetch
# releases.wagtail.org from the browser (refused by the admin CSP, a console error on every
# visit, and a call out of a government network); upgrades follow uv.lock and the changelog.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_WORKFLOW_ENABLED = True

# --- Security ---------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "cchc.core.errors.csrf_failure"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
# Signed-in sessions end after this much inactivity, on the server (cchc/core/sessions.py).
CCHC_SESSION_IDLE_SECONDS = int(os.environ.get("SESSION_IDLE_SECONDS", str(2 * 3600)))

from django.utils.csp import CSP  # noqa: E402

# No external origin anywhere: fonts, scripts and styles are self-hosted.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
# The Wagtail admin only (cchc.core.middleware.AdminContentSecurityPolicyMiddleware):
# Wagtail writes inline scripts and style attributes that no nonce can cover, so admin
# pages allow inline code from this origin. No nonce here (a nonce would make browsers
# ignore 'unsafe-inline'), no 'unsafe-eval', still no external origin.
CCHC_ADMIN_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.SELF],
    "worker-src": [CSP.SELF, "blob:"],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

# --- Portal -----------------------------------------------------------------------------
# Visitor statistics: a "visit" starts when a browser makes its first request, or its
# first after VISIT_IDLE_SECONDS of inactivity; "online" = distinct visitors seen within
# ONLINE_WINDOW_SECONDS. See docs/visitor-statistics.md.
CCHC_COUNT_VISITS = env_bool("CCHC_COUNT_VISITS", True)
# Lifetime of anonymous public pages in the shared HTTP cache (purged on every change).
CCHC_PUBLIC_CACHE_SECONDS = int(os.environ.get("CCHC_PUBLIC_CACHE_SECONDS", "600"))
# Where to send purges (BAN) when content changes: the HTTP cache's address, e.g.
# http://127.0.0.1:6081 (deploy/varnish/). Empty: no cache in front, nothing to purge.
CCHC_CACHE_PURGE_URL = os.environ.get("CCHC_CACHE_PURGE_URL", "")
CCHC_VISIT_IDLE_SECONDS = 30 * 60
# Where the content generation lives (cchc/portal/generation.py): "" = Redis when REDIS_URL is
# set, else a file shared by the processes of this machine; "memory" = this process only.
CCHC_CONTENT_GENERATION = os.environ.get("CCHC_CONTENT_GENERATION", "")
CCHC_CONTENT_GENERATION_FILE = VAR_DIR / "content-generation"
# The release in every cached fragment's key (portal.generation.release); empty: a digest of
# the code, templates and translations, so a deploy never serves what the old code rendered.
CCHC_RELEASE = os.environ.get("CCHC_RELEASE", "")
# The beacon's answer may be this many seconds old (per process): no query per page view.
CCHC_VISITOR_STATS_MAX_AGE = 2.0
CCHC_ONLINE_WINDOW_SECONDS = 5 * 60
CCHC_ADMIN_PATH = "quan-tri"
# The client address behind reverse proxies (rate limits): how many trusted proxies
# append to CCHC_TRUSTED_PROXY_HEADER. 0 (default) = no proxy, REMOTE_ADDR is the
# client and the header is ignored (anyone could forge it). See docs/deployment.md.
CCHC_TRUSTED_PROXY_COUNT = int(os.environ.get("CCHC_TRUSTED_PROXY_COUNT", "0"))
CCHC_TRUSTED_PROXY_HEADER = os.environ.get("CCHC_TRUSTED_PROXY_HEADER", "X-Forwarded-For")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "cchc": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.tasks": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

# --- Two-factor authentication (cchc/twofactor; issue 12 point 13, docs/security.md) ----
# Every signed-in account with back-office power (not applicant accounts) needs a verified TOTP code or recovery
# code before any page but sign-in/out and the 2FA pages themselves.
INSTALLED_APPS += ["django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static"]
MIDDLEWARE += [
    "django_otp.middleware.OTPMiddleware",
    "cchc.twofactor.middleware.TwoFactorMiddleware",
]
CCHC_REQUIRE_2FA = env_bool("CCHC_REQUIRE_2FA", True)
CCHC_2FA_EXEMPT_PATHS: list[str] = []
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
