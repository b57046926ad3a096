"""Production: secrets and hosts from the environment; refuses to start without them."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment.")
DEBUG = False
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")
# W019: Wagtail's admin preview renders pages in a same-origin iframe, so SAMEORIGIN is
# deliberate. W021: joining the HSTS preload list is the operator's decision
# (SECURE_HSTS_PRELOAD=true), not a default.
SILENCED_SYSTEM_CHECKS = ["security.W019", "security.W021"]
