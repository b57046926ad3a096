"""Vietnamese text analysis for the site search. Pure Python, no Django.

One analysis feeds both sides of the index:

* **Documents** become *terms* per field (title, body, keys, meta): folded syllables
  (``cai``), accented syllables (``cải``, only when they differ), folded syllable bigrams
  (``cai_cach``) and accented bigrams (``cải_cách``). Bigrams turn Vietnamese two-syllable
  words into rare terms, so "cải cách" is one posting list instead of two of the most
  common syllables. Legal document keys ("63/2010/NĐ-CP") become key terms
  (``63/2010/nd-cp``, ``63/2010``, ``63/nd-cp``, ``63/nd``) besides their parts.
* **Queries** are cleaned (control characters, FTS syntax, length and term caps),
  split into syllables, quoted phrases and keys, and turned into ranking *tiers*
  (see :func:`plan_tiers`): each tier is a conjunction of terms, optionally restricted to
  the title; a document's rank is the first tier it satisfies, newest first within a tier.

Folding is :func:`cchc.core.text.fold` (lower-case, all marks removed, đ→d).

Why over 500 lines: one pipeline (folding, tokens, synonyms, query parsing) that index
and query must share to the letter; splitting it invites the two sides to drift.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from cchc.core.text import fold, fold_word, nfc

__all__ = [
    "MAX_QUERY_CHARS",
    "MAX_QUERY_TERMS",
    "DocumentTerms",
    "ParsedQuery",
    "Tier",
    "analyse_document",
    "index_terms",
    "tier_clauses",
    "clean_query",
    "edit_distance",
    "extract_keys",
    "highlight",
    "meta_terms",
    "parse_query",
    "plan_tiers",
    "syllables",
]

MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 20
BIGRAM_JOIN = "_"

# A word: letters and digits (Vietnamese letters included), nothing else.
_WORD = re.compile(r"[^\W_]+")
# Text segments inside which syllable bigrams are built (punctuation breaks a phrase).
_SEGMENT_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”‘’«»…\n\r\t|]+")
# Legal document keys: number [/year] /type, e.g. 63/2010/NĐ-CP, 76/NQ-CP, 25/2023/QH15.
_KEY = re.compile(
    r"(?<![\w/])(\d{1,5})(?:/(\d{4}))?/([^\W\d_]{1,6}\d{0,3}(?:-[^\W_]{1,10}){0,3})(?![\w/-])"
)
# "nd-cp 63", "63 nd-cp": a document type and a bare number in a query.
_TYPE_TOKEN = re.compile(r"(?<![\w/-])([^\W\d_]{1,6}-[^\W_]{1,10}(?:-[^\W_]{1,10})?)(?![\w/-])")
_NUMBER_TOKEN = re.compile(r"(?<![\w/-])(\d{1,5})(?![\w/-])")
_YEAR_KEY = re.compile(r"(?<![\w/])(\d{1,5})/(\d{4})(?![\w/])")
# Spoken document types → the head of their abbreviation ("nghị định 61" ≈ 61/NĐ-…).
TYPE_WORDS = {
    "nghi dinh": "nd",
    "nghi quyet": "nq",
    "quyet dinh": "qd",
    "thong tu": "tt",
    "chi thi": "ct",
    "cong van": "cv",
    "ke hoach": "kh",
    "thong bao": "tb",
}
_TYPE_WORDS_RE = re.compile(
    r"\b(" + "|".join(TYPE_WORDS) + r")\s+(?:so\s+)?(\d{1,5})(?![\w/])",
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


def syllables(text: str) -> list[str]:
    """Lower-cased NFC words of ``text`` ("Cải cách, 63/2010" → cải, cách, 63, 2010)."""
    return _WORD.findall(nfc(text).lower())


def _fold(word: str) -> str:
    return fold_word(word)


_FOLDED: dict[str, str] = {}  # syllable → folded; syllables repeat a lot


def _fold_new(word: str) -> str:
    folded = fold(word)
    if len(_FOLDED) < 200_000:
        _FOLDED[word] = folded
    return folded


# --------------------------------------------------------------------------- keys
@dataclass(frozen=True)
class DocKey:
    number: str
    year: str
    doctype: str  # folded, e.g. "nd-cp"

    @property
    def head(self) -> str:
        return self.doctype.split("-", 1)[0]

    def terms(self) -> list[str]:
        """Every form a query may use for this key."""
        out = []
        if self.year:
            out += [f"{self.number}/{self.year}/{self.doctype}", f"{self.number}/{self.year}"]
        out.append(f"{self.number}/{self.doctype}")
        if self.head != self.doctype:
            out.append(f"{self.number}/{self.head}")
        return out

    @property
    def full(self) -> str:
        if self.year:
            return f"{self.number}/{self.year}/{self.doctype}"
        return f"{self.number}/{self.doctype}"


def extract_keys(text: str) -> list[DocKey]:
    """Document keys found in ``text``, folded: "63/2010/NĐ-CP" → DocKey(63, 2010, nd-cp)."""
    if "/" not in text:
        return []
    folded = _fold(nfc(text).lower())
    keys = []
    for number, year, doctype in _KEY.findall(folded):
        number = number.lstrip("0") or "0"
        key = DocKey(number, year or "", doctype)
        if key not in keys:
            keys.append(key)
    return keys


def key_terms(text: str) -> list[str]:
    """Key terms of all document keys in ``text`` (deduplicated, in order)."""
    out: list[str] = []
    for key in extract_keys(text):
        for term in key.terms():
            if term not in out:
                out.append(term)
    return out


# ---------------------------------------------------------------------- documents
def _field_parts(text: str, *, accented_bigrams: bool = True) -> tuple[list[str], list[str]]:
    """(plain terms, accented bigrams) of one field, each deduplicated in order.

    Plain terms: folded syllables, accented syllables (when they differ), folded
    bigrams. Bigrams are built inside punctuation-delimited segments only.
    """
    plain: dict[str, None] = {}
    accented: dict[str, None] = {}
    cache = _FOLDED
    for segment in _SEGMENT_BREAK.split(nfc(text).lower()):
        words = _WORD.findall(segment)
        if not words:
            continue
        folded = [cache.get(w) or _fold_new(w) for w in words]
        plain.update(dict.fromkeys(folded))
        plain.update(dict.fromkeys(words))
        if len(words) > 1:
            plain.update(
                dict.fromkeys(
                    [a + BIGRAM_JOIN + b for a, b in zip(folded, folded[1:], strict=False)]
                )
            )
            if accented_bigrams:
                pairs = [a + BIGRAM_JOIN + b for a, b in zip(words, words[1:], strict=False)]
                accented.update(dict.fromkeys(p for p in pairs if p not in plain))
    return list(plain), list(accented)


def field_terms(text: str, *, accented_bigrams: bool = True) -> list[str]:
    """Terms of one field: folded + accented syllables and bigrams, deduplicated.

    Bigrams are built inside punctuation-delimited segments only. Without
    ``accented_bigrams`` only folded bigrams are kept (bodies: an exact bigram is then
    matched as its accented words plus its folded bigram, see :func:`all_field_terms`).
    """
    plain, accented = _field_parts(text, accented_bigrams=accented_bigrams)
    return plain + accented


def is_accented_bigram(term: str) -> bool:
    """True for a bigram term that keeps marks ("cải_cách"), not for "cai_cach"."""
    return BIGRAM_JOIN in term and _fold(term) != term


def meta_terms(kind: str, year: int | None, month: int | None = None) -> list[str]:
    """Filter terms kept in their own field: kind, year, month (``m202611``, used by
    PostgreSQL to search the newest months first)."""
    terms = [f"kind{BIGRAM_JOIN}{_fold(kind.lower())}"]
    if year:
        terms.append(f"y{int(year)}")
    if month:
        terms.append(f"m{int(month)}")
    return terms


@dataclass
class DocumentTerms:
    title: list[str]  # every title term, accented bigrams included
    body: list[str]  # body terms without accented bigrams
    keys: list[str]  # the document's own keys
    meta: list[str]  # filter terms
    title_accented_bigrams: frozenset[str] = frozenset()

    @property
    def title_words(self) -> set[str]:
        """Folded title syllables (the "did you mean" vocabulary)."""
        return {t for t in self.title if BIGRAM_JOIN not in t and t.isascii()}


def analyse_document(
    *,
    title: str,
    body: str,
    kind: str,
    year: int | None,
    keys: list[str] | tuple[str, ...] = (),
    month: int | None = None,
) -> DocumentTerms:
    """All index terms of one document.

    ``keys``: the document's own keys (e.g. a legal document's number) rank first; keys
    written in the title or body are key terms of those fields.
    """
    own: list[str] = []
    for raw in keys:
        for term in key_terms(raw):
            if term not in own:
                own.append(term)
    title_plain, title_accented = _field_parts(title)
    title_terms = title_plain + title_accented
    title_terms += [t for t in key_terms(title) if t not in title_terms]
    body_terms = _field_parts(body, accented_bigrams=False)[0]
    body_terms += [t for t in key_terms(body) if t not in body_terms]
    return DocumentTerms(
        title=title_terms,
        body=body_terms,
        keys=own,
        meta=meta_terms(kind, year, month),
        title_accented_bigrams=frozenset(title_accented),
    )


# Prefixes of the terms stored in the native index (see index_terms). Plain terms are
# "anywhere" terms; a prefix cannot start a plain term ("_" is never a term's first
# character), so title, key and filter terms have posting lists of their own.
TITLE_PREFIX = "_t"
KEY_PREFIX = "_k"
META_PREFIX = "_m"


def index_terms(doc: DocumentTerms) -> list[str]:
    """The flat list of terms a backend stores for one document.

    * plain: every term of the title and the body except accented bigrams ("anywhere");
    * ``_t`` + every title term (title tiers read short posting lists, not the long
      lists of common syllables filtered by field);
    * ``_k`` + own keys, ``_m`` + filter terms (kind, year, month).
    """
    skip = doc.title_accented_bigrams
    out = dict.fromkeys(t for t in doc.title if t not in skip)
    out.update(dict.fromkeys(doc.body))
    out.update(dict.fromkeys(TITLE_PREFIX + t for t in doc.title))
    out.update(dict.fromkeys(KEY_PREFIX + t for t in doc.keys))
    out.update(dict.fromkeys(META_PREFIX + t for t in doc.meta))
    return [t for t in out if t]


# ------------------------------------------------------------------------ queries
def clean_query(raw: str | None) -> str:
    """A safe query string: NFC, no control characters, spaces collapsed, ≤ 200 chars."""
    if not raw:
        return ""
    text = nfc(str(raw))
    text = _CONTROL.sub(" ", text)
    text = " ".join(text.split())
    return text[:MAX_QUERY_CHARS].strip()


# Written forms of a key, normalised before parsing: "45 / 2019 / NĐ-CP", "45-2019-nd-cp",
# a key glued to the next word ("45/2019/NĐ-CPvề"), "nd 45 2019", "TT-BCA 119/2020".
_SPACED_SLASH = re.compile(r"(?<=\d)\s*/\s*(?=[^\W_])")
_DASHED_KEY = re.compile(
    r"(?<![\w/-])(\d{1,5})-((?:19|20)\d{2})-([^\W\d_]{1,6}\d{0,3}(?:-[^\W_]{1,12}){0,3})(?![\w/-])"
)
_GLUED_KEY = re.compile(
    r"(?<![\w/])(\d{1,5}/\d{4}/[A-ZĐ][A-ZĐ0-9]*+(?:-(?:TTg|[A-ZĐ][A-ZĐ0-9]*+))*+)(?=[^\W\d_])"
)
_NUMBER_YEAR = re.compile(r"(?<![\w/-])(\d{1,5}) ((?:19|20)\d{2})(?![\w/-])")
_SUFFIX_TOKEN = re.compile(
    r"(?<![\w/-])((?:qh|ubtvqh)\d{1,2}|[^\W\d_]{1,6}-[^\W_]{1,12}(?:-[^\W_]{1,12})*)(?![\w/-])"
)
_TYPE_HEAD_TOKENS = {"nd", "tt", "qd", "nq", "ct", "ttlt", "qh", "pl", "kh", "cv", "tb"}


def normalise_key_forms(text: str) -> str:
    """Rewrite odd written forms of document keys into "45/2019/nd-cp" form (NFC text)."""
    text = _SPACED_SLASH.sub("/", text)
    text = _GLUED_KEY.sub(lambda m: m.group(1) + (" " if text[m.end()].islower() else ""), text)
    text = _DASHED_KEY.sub(lambda m: f"{m.group(1)}/{m.group(2)}/{m.group(3)}", text)
    return text


def expand_abbreviations(text: str, table: dict[str, str] | None) -> str:
    """Replace whole words that are abbreviations ("nđ", "bhxh"; folded keys) by their
    expansion; words inside keys ("tt-btc") are not words here and stay."""
    if not table:
        return text
    out = []
    for token in text.split():
        core = token.strip(".,;:!?()\"'")
        expansion = table.get(_fold(core.lower())) if core else None
        out.append(token.replace(core, expansion) if expansion else token)
    return " ".join(out)


@dataclass
class ParsedQuery:
    text: str  # the cleaned query as typed
    words: list[str] = field(default_factory=list)  # lower NFC, in order (≤ 20)
    phrases: list[list[str]] = field(default_factory=list)  # quoted, lower NFC words
    keys: list[str] = field(default_factory=list)  # key terms
    suffixes: list[str] = field(default_factory=list)  # "tt-bca", "qh12": written without a key
    expanded: str = ""  # the query after abbreviations were written out (when they were)

    @property
    def folded(self) -> list[str]:
        return [_fold(w) for w in self.words]

    @property
    def has_diacritics(self) -> bool:
        return any(_fold(w) != w for w in self.words)

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.keys


def parse_query(raw: str | None, abbreviations: dict[str, str] | None = None) -> ParsedQuery:
    """Parse a search box query: quoted phrases, keys, words; never raises.

    ``abbreviations``: folded abbreviation → expansion ("nd" → "nghị định"), written out
    before parsing.
    """
    text = clean_query(raw)
    parsed = ParsedQuery(text=text)
    if not text:
        return parsed
    work = normalise_key_forms(text)
    expanded = expand_abbreviations(work, abbreviations)
    if expanded != work:
        parsed.expanded = clean_query(expanded)
    lower = clean_query(expanded).lower()
    folded = _fold(lower)
    # "nd 45 2019", "nghị định 45 2019", "qh12 49 2010": number and year spaced out, when
    # the query names a type.
    if _names_a_type(folded):
        folded = _NUMBER_YEAR.sub(r"\1/\2", folded)
    parsed.suffixes = [
        s for s in _SUFFIX_TOKEN.findall(_KEY.sub(" ", folded)) if not s[0].isdigit()
    ][:3]
    parsed.suffixes += [t for t in folded.split() if t in _TYPE_HEAD_TOKENS][:2]
    parsed.keys = _query_keys(folded)
    parsed.phrases, parsed.words = _phrases_and_words(lower)
    return parsed


_TYPE_NAMES = ("luat", "nghi dinh", "thong tu", "quyet dinh", "nghi quyet", "chi thi", "phap lenh")


def _names_a_type(folded: str) -> bool:
    """Whether the (folded) query names a document type, by its head, name or suffix."""
    return bool(
        any(f" {t} " in f" {folded} " for t in _TYPE_HEAD_TOKENS)
        or any(w in folded for w in _TYPE_NAMES)
        or _SUFFIX_TOKEN.search(_KEY.sub(" ", folded))
    )


def _query_keys(folded: str) -> list[str]:
    """Keys: full ("63/2010/NĐ-CP", "76/NQ-CP"), "63/2010", "nd-cp 63", "nghị định 61";
    at most 6, without repeats."""
    keys = [key.full for key in extract_keys(folded)]
    for number, year in _YEAR_KEY.findall(folded):
        term = f"{number.lstrip('0') or '0'}/{year}"
        if not any(k.startswith(term + "/") for k in keys):
            keys.append(term)
    remainder = _KEY.sub(" ", folded)
    types = _TYPE_TOKEN.findall(remainder)
    numbers = _NUMBER_TOKEN.findall(remainder)
    if types and numbers:
        for doctype in types[:2]:
            for number in numbers[:2]:
                keys.append(f"{number.lstrip('0') or '0'}/{doctype}")
    for words, number in _TYPE_WORDS_RE.findall(folded):
        keys.append(f"{number.lstrip('0') or '0'}/{TYPE_WORDS[words]}")
    return list(dict.fromkeys(keys))[:6]


def _phrases_and_words(lower: str) -> tuple[list[list[str]], list[str]]:
    """Quoted phrases (an unbalanced quote is ignored) and every word, capped at
    ``MAX_QUERY_TERMS`` words; the phrases cut to fit in the words kept."""
    phrases: list[list[str]] = []
    words: list[str] = []
    parts = lower.split('"')
    for i, part in enumerate(parts):
        part_words = syllables(part)
        if i % 2 == 1 and i < len(parts) - 1 and len(part_words) > 1:
            phrases.append(part_words)
        words.extend(part_words)
    words = words[:MAX_QUERY_TERMS]
    allowed = len(words)
    capped, used = [], 0
    for phrase in phrases:
        if used >= allowed:
            break
        capped.append(phrase[: allowed - used])
        used += len(phrase)
    return [p for p in capped if len(p) > 1], words


@dataclass(frozen=True)
class Tier:
    """A conjunction of terms; ``field`` "title" restricts the terms to titles.

    ``required`` terms (quoted phrases) apply to any field. ``any_of`` (keys) is a
    disjunction instead of a conjunction, searched in ``field``.
    """

    name: str
    terms: tuple[str, ...] = ()
    field: str = "all"  # "title", "all", "keys"
    required: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()


def _bigrams(words: list[str], *, exact: bool) -> list[str]:
    """Bigram terms for adjacent words; exact=True keeps accents when both are marked."""
    out = []
    for a, b in zip(words, words[1:], strict=False):
        fa, fb = _fold(a), _fold(b)
        if exact and a != fa and b != fb:
            out.append(a + BIGRAM_JOIN + b)
        else:
            out.append(fa + BIGRAM_JOIN + fb)
    return out


def _syllable_terms(words: list[str], *, exact: bool) -> list[str]:
    return [w if exact else _fold(w) for w in words]


def _dedupe(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def plan_tiers(query: ParsedQuery) -> list[Tier]:
    """Ranking tiers, best first.

    Order: own document key; any key; then for exactness (accented forms, when the query
    has diacritics) over folded forms, title over all fields, bigrams (adjacent words)
    over loose syllables. A document's rank is its first satisfied tier.
    """
    tiers: list[Tier] = []
    if query.keys:
        tiers.append(Tier("key", field="keys", any_of=tuple(query.keys)))
        tiers.append(Tier("key-title", field="title", any_of=tuple(query.keys)))
        tiers.append(Tier("key-any", field="all", any_of=tuple(query.keys)))
    if not query.words:
        return tiers
    required = _dedupe(b for phrase in query.phrases for b in _bigrams(phrase, exact=False))
    exactness = [True, False] if query.has_diacritics else [False]
    for exact in exactness:
        syll = _dedupe(_syllable_terms(query.words, exact=exact))
        # Exact bigrams need accented syllables where a bigram kept the fold.
        bigr = _dedupe(_bigrams(query.words, exact=exact))
        if exact:
            # An accented bigram implies its accented words; add the other marked words.
            covered = {part for b in bigr if not b.isascii() for part in b.split(BIGRAM_JOIN)}
            bigr = _dedupe([*bigr, *(w for w in query.words if _fold(w) != w and w not in covered)])
        tag = "exact" if exact else "folded"
        for fld in ("title", "all"):
            if len(query.words) > 1:
                tiers.append(Tier(f"{tag}-{fld}-bigram", bigr, fld, required))
            tiers.append(Tier(f"{tag}-{fld}-words", syll, fld, required))
    # Drop tiers identical to an earlier one (e.g. single-word queries).
    unique, seen = [], set()
    for tier in tiers:
        sig = (tier.terms, tier.field, tier.required, tier.any_of)
        if sig not in seen:
            seen.add(sig)
            unique.append(tier)
    return unique


def all_field_terms(term: str) -> list[str]:
    """Plain index terms whose conjunction means "``term`` in the title or the body".

    Bodies keep no accented bigrams (they would make the index a third larger): an exact
    bigram "cải_cách" is its accented words plus its folded bigram.
    """
    if is_accented_bigram(term):
        a, b = term.split(BIGRAM_JOIN, 1)
        return [a, b, _fold(a) + BIGRAM_JOIN + _fold(b)]
    return [term]


def tier_clauses(tier: Tier, filters: tuple[str, ...] | list[str] = ()) -> list[list[str]]:
    """A tier as index terms in conjunctive form: every clause (a disjunction) must hold.

    Shared by the backends, which only render it in their own query syntax.
    """
    clauses: list[list[str]] = []
    if tier.any_of:
        if tier.field == "keys":
            clauses.append([KEY_PREFIX + t for t in tier.any_of])
        elif tier.field == "title":
            clauses.append([TITLE_PREFIX + t for t in tier.any_of])
        else:
            clauses.append([*(KEY_PREFIX + t for t in tier.any_of), *tier.any_of])
    for term in tier.terms:
        if tier.field == "title":
            clauses.append([TITLE_PREFIX + term])
        else:
            clauses.extend([t] for t in all_field_terms(term))
    for term in tier.required:
        clauses.extend([t] for t in all_field_terms(term))
    clauses.extend([META_PREFIX + f] for f in filters)
    unique: list[list[str]] = []
    for clause in clauses:
        if clause not in unique:
            unique.append(clause)
    return unique


# ------------------------------------------------------------------ highlighting
HIGHLIGHT_SCAN_CHARS = 8000  # snippets look for matches in the first 8,000 characters


@lru_cache(maxsize=256)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![^\W_])(?:" + alternatives + r")(?![^\W_])")


def _wanted(query: ParsedQuery) -> tuple[str, ...]:
    wanted = {_fold(w) for w in query.words}
    for key in query.keys:
        wanted.update(_fold(p) for p in _WORD.findall(key))
    return tuple(sorted(wanted))


def _match_spans(text: str, query: ParsedQuery, limit: int) -> list[tuple[int, int]]:
    """Character spans of words of ``text`` whose folded form is a query word."""
    pattern = _word_pattern(_wanted(query))
    if pattern is None:
        return []
    folded = fold(text[:limit])
    if len(folded) == len(text[:limit]):  # folding kept every character in place
        return [m.span() for m in pattern.finditer(folded)]
    wanted = set(_wanted(query))
    return [m.span() for m in _WORD.finditer(text, 0, limit) if _fold(m.group(0).lower()) in wanted]


def highlight(text: str, query: ParsedQuery, *, max_chars: int = 320) -> str:
    """An HTML snippet of ``text`` around the densest cluster of matches.

    The text is escaped first; words whose folded form is a query word are wrapped in
    ``<mark>`` (so "cai cach" marks "cải cách"). Returns safe HTML.
    """
    text = nfc(text or "")
    spans = _match_spans(text, query, HIGHLIGHT_SCAN_CHARS)
    begin = 0
    if spans and len(text) > max_chars:
        # The match whose following max_chars holds the most matches (two pointers).
        best, best_n, j = 0, 0, 0
        for i, (start, _end) in enumerate(spans):
            while j < len(spans) and spans[j][1] <= start + max_chars - 40:
                j += 1
            if j - i > best_n:
                best, best_n = i, j - i
        begin = max(0, spans[best][0] - 40)
        if begin:
            space = text.find(" ", begin)
            begin = space + 1 if 0 <= space < spans[best][0] else spans[best][0]
    end = min(len(text), begin + max_chars)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        if space > begin:
            end = space
    out = ["…" if begin else ""]
    pos = begin
    for start, stop in spans:
        if start < begin:
            continue
        if stop > end:
            break
        out.append(html.escape(text[pos:start]))
        out.append("<mark>" + html.escape(text[start:stop]) + "</mark>")
        pos = stop
    out.append(html.escape(text[pos:end]))
    if end < len(text):
        out.append("…")
    return "".join(out)


def highlight_title(title: str, query: ParsedQuery) -> str:
    """The whole title, escaped, with matched words marked."""
    return highlight(title, query, max_chars=max(1, len(title or "")))


# ---------------------------------------------------------------------- suggestion
def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance (a swap of two neighbours costs 1), giving up
    (returns ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, prev2[j - 2] + 1)
            cur.append(cost)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
