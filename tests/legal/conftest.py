"""Fixtures of the library tests: a librarian, and an extractor stand-in that reads the
relation verb before each reference (the real extractor's ``relation`` arrives with the
citations engineer's work; until then the services are tested through this)."""

import dataclasses
import re

import pytest
from django.contrib.auth.models import Group, User

from cchc.legal.services import LIBRARIAN_GROUP

_VERBS = [
    (re.compile(r"sửa đổi(, bổ sung)?\s*(một số điều của\s*)?$"), "amends"),
    (re.compile(r"thay thế\s*$"), "replaces"),
    (re.compile(r"bãi bỏ\s*$"), "repeals"),
    (re.compile(r"hướng dẫn\s*(thi hành\s*)?$"), "guides"),
    (re.compile(r"triển khai( thực hiện)?\s*$"), "implements"),
]


def with_relations(find):
    """Wrap ``references_in_html``: set ``relation`` from the words right before a reference."""

    def wrapped(source):
        from cchc.legal.linker import html_text

        text = html_text(source)
        out = []
        for citation in find(source):
            before = text[max(0, citation.start - 40) : citation.start].lower()
            relation = next((rel for rx, rel in _VERBS if rx.search(before)), None)
            out.append(dataclasses.replace(citation, relation=relation))
        return out

    return wrapped


@pytest.fixture
def relation_reading(monkeypatch):
    """The article and document-text paths see citations with ``relation`` set."""
    from cchc.legal import services, text_services

    monkeypatch.setattr(services, "references_in_html", with_relations(services.references_in_html))
    monkeypatch.setattr(
        text_services, "references_in_html", with_relations(text_services.references_in_html)
    )


@pytest.fixture
def librarian(db):
    user = User.objects.create_user("thuvien", password="x")
    user.groups.add(Group.objects.get(name=LIBRARIAN_GROUP))
    return user
