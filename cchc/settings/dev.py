"""Development: DEBUG on, a fixed local-only secret key, demo passwords printed."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ["*"]
CCHC_DEMO_PASSWORDS = True
INTERNAL_IPS = ["127.0.0.1", "::1"]
