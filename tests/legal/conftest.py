"""Fixtures of the library tests: a librarian; ``relation_reading`` is kept as a marker of the
tests that rely on the extractor's ``relation`` / ``relation_by`` (the real extractor reads
them from the sentence now; no stand-in)."""

import pytest
from django.contrib.auth.models import Group, User

from cchc.legal.services import LIBRARIAN_GROUP


@pytest.fixture
def relation_reading():
    """The article and document-text paths see the real extractor's relations."""
    return None


@pytest.fixture
def librarian(db):
    user = User.objects.create_user("thuvien", password="x")
    user.groups.add(Group.objects.get(name=LIBRARIAN_GROUP))
    return user
