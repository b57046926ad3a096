"""Storages for files that must never be served as public media.

Citizens' attachments (feedback photos, dossier scans) contain personal data: they live in
the ``private`` storage (``var/private`` by default, outside ``MEDIA_ROOT``) and are sent
only by permission-checked views.
"""

from django.core.files.storage import storages


def private_storage():
    """The ``private`` storage from ``settings.STORAGES`` (a callable keeps migrations stable)."""
    return storages["private"]
