"""Load the data files (document types, issuers, context words) once at import time."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["Registry", "registry"]


def _load(name: str) -> dict[str, Any]:
    with resources.files(__package__).joinpath("data", name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(frozen=True)
class Registry:
    """Everything the extractor knows about types, issuers and context words."""

    type_names: tuple[str, ...]
    type_words: dict[str, str]  # lower-cased type word in prose -> canonical name
    generic_words: frozenset[str]  # lower-cased generic words ("văn bản", "công văn")
    abbr_to_type: dict[str, str]  # State symbol abbreviation -> canonical name
    party_abbr_to_type: dict[str, str]  # Party symbol abbreviation -> canonical name
    law_bodies: dict[str, str]  # "QH" -> "Luật"
    law_type_words: tuple[str, ...]
    old_law_types: dict[str, str]  # "L" in "18-L/CTN" (laws before 2002) -> "Luật"
    letter_type: str
    issuers: dict[str, str]  # agency abbreviation -> full name
    subject_intro: dict[str, bool] = field(default_factory=dict)  # word -> strip
    issuer_intro: tuple[str, ...] = ()
    issuer_stop: tuple[str, ...] = ()
    list_joiners: tuple[str, ...] = ()
    issuer_continuations: tuple[str, ...] = ()
    pinpoint_words: dict[str, str] = field(default_factory=dict)
    so_words: tuple[str, ...] = ("số",)
    not_document_before: tuple[str, ...] = ()
    code_aliases: dict[str, str] = field(default_factory=dict)  # "TƯ" -> "TW"
    codes: frozenset[str] = frozenset()  # every known symbol segment (types, agencies, units)
    relation_verbs: dict[str, str] = field(default_factory=dict)  # phrase -> relation
    relation_after: dict[str, str] = field(default_factory=dict)
    relation_not_before: tuple[str, ...] = ()
    relation_none_clause: tuple[str, ...] = ()
    relation_object_words: tuple[str, ...] = ()
    relation_part_words: tuple[str, ...] = ()


@cache
def registry() -> Registry:
    """Return the (cached) registry built from the JSON files in ``data/``."""
    types = _load("doc_types.json")
    issuers_file = _load("issuers.json")
    issuers = issuers_file["issuers"]
    aliases = issuers_file.get("aliases", {})
    markers = _load("markers.json")
    type_words: dict[str, str] = {}
    generic: set[str] = set()
    abbr: dict[str, str] = {}
    party: dict[str, str] = {}
    names: list[str] = []
    for t in types["types"]:
        name = t["name"]
        names.append(name)
        for w in [name, *t.get("aliases", [])]:
            type_words[w.lower()] = name
            if t.get("generic"):
                generic.add(w.lower())
        for a in t.get("abbr", []):
            abbr[a] = name
        for a in t.get("party_abbr", []):
            party[a] = name
    law_bodies = dict(types["law_bodies"])
    codes = {*issuers, *abbr, *party, *law_bodies, *aliases, *issuers_file.get("unit_codes", [])}
    rel = markers.get("relations", {})
    return Registry(
        type_names=tuple(names),
        type_words=type_words,
        generic_words=frozenset(generic),
        abbr_to_type=abbr,
        party_abbr_to_type=party,
        law_bodies=law_bodies,
        law_type_words=tuple(types["law_type_words"]),
        old_law_types=dict(types.get("old_law_types", {})),
        letter_type=types["letter_type"],
        issuers=dict(issuers),
        subject_intro={m["word"]: bool(m["strip"]) for m in markers["subject_intro"]},
        issuer_intro=tuple(markers["issuer_intro"]),
        issuer_stop=tuple(markers["issuer_stop"]),
        list_joiners=tuple(markers["list_joiners"]),
        issuer_continuations=tuple(markers.get("issuer_continuations", [])),
        pinpoint_words=dict(markers["pinpoint_words"]),
        so_words=tuple(markers.get("so_words", ["số"])),
        not_document_before=tuple(markers.get("not_document_before", [])),
        code_aliases=dict(aliases),
        codes=frozenset(codes),
        relation_verbs=dict(rel.get("verbs", {})),
        relation_after=dict(rel.get("after", {})),
        relation_not_before=tuple(rel.get("not_before", [])),
        relation_none_clause=tuple(rel.get("no_relation_clause", [])),
        relation_object_words=tuple(rel.get("object_words", [])),
        relation_part_words=tuple(rel.get("part_words", [])),
    )
