"""WSGI entry point (gunicorn cchc.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cchc.settings.production")
application = get_wsgi_application()
