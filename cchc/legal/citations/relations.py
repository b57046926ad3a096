"""What a sentence says happens to a cited document, and who does it.

``relation`` (one of ``models.RELATIONS``) is set only where a relation verb governs the
reference; ``relation_by`` (``relations_by``: the index of a reference, turned into its key by
``extract``) names the doer when it is another reference of the same sentence, and is None
when the citing text itself does it. Precision comes first: when the sentence is not clearly of
one of the shapes below, the relation stays None.

The rules, on the clause that holds the reference (it starts after the last ';', '!', '?',
sentence-ending '.' or blank line, at most ``_WINDOW`` characters back; earlier references in
it, with their date, issuer and subject, count as single placeholders):

1. **Verb before the reference.** The last relation verb of the clause (``relations.verbs`` in
   ``data/markers.json``: "sửa đổi, bổ sung" amends, "thay thế" replaces, "bãi bỏ" repeals,
   "hướng dẫn"/"quy định chi tiết" guides, "triển khai"/"thực hiện" implements) governs the
   reference when only object words lie between them: earlier references of the same list,
   list joiners, type words, pinpoints ("một số điều của", "khoản 2 Điều 5"), "các", "văn bản
   sau:". So "thay thế các Quyết định số A, B" gives both A and B ``replaces``; "hướng dẫn tại
   Công văn số X" and "thực hiện theo Quyết định số X" give nothing.
2. **Who does it.** When the verb comes right after an earlier reference (its date, issuer, a
   subject that starts with the verb, "về việc", "đã", or a subject and a comma): that
   reference does it ("Nghị định số B ngày … của Chính phủ sửa đổi, bổ sung một số điều của
   Nghị định số C": C ``amends``, by B), whatever the clause opens with ("Căn cứ" speaks of B,
   not of what B does to C). Otherwise the citing text does it, and there is no relation when,
   before the verb in the clause, there is another reference that is not itself the object of a
   relation; when the verb follows a type word not followed by "này" (a title: "Luật sửa đổi
   ...", "Thông tư hướng dẫn ...", "văn bản hướng dẫn"); when it follows a word that makes it a
   noun, a passive or a negation ("theo hướng dẫn", "được sửa đổi", "không thay thế", "kết quả
   thực hiện"); or when the clause opens with "Căn cứ" (and ``no_relation_clause``).
   "Quyết định này thay thế ..." keeps it.
3. **List items after a subject with its own verb.** "thay thế Nghị định số A … quy định chi tiết
   … và Nghị định số B": B is replaced too (A's subject hid the governing verb); also across
   ';' when B's own subject has a verb ("thay thế A …; B … sửa đổi, bổ sung A").
4. **Passive.** "Nghị định số A …, được sửa đổi, bổ sung bởi Nghị định số B", "(được sửa đổi
   bởi Luật số B)", "A …; được sửa đổi …", "A, … có nội dung bị bãi bỏ bởi Điều 1 Nghị quyết
   số B", "A … đã được sửa đổi tại B": A gets the verb's relation, by B (the next reference).
   A bare "được sửa đổi" after a noun needs "bởi" ("thủ tục hành chính được sửa đổi, bổ sung
   tại Quyết định …" is about the procedures, not a document).
5. **Phrase after the reference.** "Quyết định số X (và số Y) hết hiệu lực" / "bị bãi bỏ":
   ``repeals`` for every reference of that list, unless "đã" (already) comes first.
"""

from __future__ import annotations

import re

from .alternation import alt as _alt
from .registry import registry

__all__ = ["relations", "relations_by"]

_R = registry()
_WINDOW = 260
_AFTER_WINDOW = 160
_MAX_GAP_WORDS = 14
_REF = "§"  # a reference that is not the object of a relation (a possible subject)
_OBJ = "¤"  # a reference that is the object of a relation (part of a list)
_SUBJ = "‡"  # the subject clause of a reference ("về ...") without a relation verb


_VERBS = {" ".join(k.lower().split()): v for k, v in _R.relation_verbs.items()}
# The verbs' second syllables, lower and upper case (sentence-initial capitals change the first only):
# searched in place, without slicing or lower-casing the window.
_TYPE_SYLS = {w for t in _R.type_words for w in t.lower().split()}
# Only verbs that hold no shorter verb count: a window with "tổ chức thực hiện" holds "thực
# hiện" too, so "chức" (in every "công chức") need not open the full look.
_MINIMAL = [
    k for k in _VERBS if not any(o != k and f" {o} " in f" {k.replace(',', '')} " for o in _VERBS)
]
_SYLS = sorted(
    {
        # "quy định chi tiết": "chi", not "định" (in every "Nghị định")
        next((w for w in ws[1:] if w not in _TYPE_SYLS), ws[1])
        for ws in (k.replace(",", "").split() for k in _MINIMAL)
        if len(ws) > 1
    }
)
_SYL_RE = re.compile("|".join(re.escape(w) for w in [*_SYLS, *(w.upper() for w in _SYLS)]))
# Then the word before that syllable ("chuyển đổi số" and "đoàn thể" hold a verb's syllable,
# not a verb): only a window where it is the verb's word before is masked.
_WORD_BEFORE: dict[str, frozenset[str]] = {}
for _ws in (k.replace(",", "").split() for k in _MINIMAL):
    if len(_ws) > 1:
        _j = next((j for j in range(1, len(_ws)) if _ws[j] not in _TYPE_SYLS), 1)
        _WORD_BEFORE[_ws[_j]] = _WORD_BEFORE.get(_ws[_j], frozenset()) | {_ws[_j - 1]}
# On lower-cased text; "(?<!\w)" is written after each branch's first letter (``word_start``).
_VERB = re.compile(rf"(?:{_alt(list(_VERBS), word_start=True)})(?!\w)")
_AFTER = {" ".join(k.lower().split()): v for k, v in _R.relation_after.items()}
_AFTER_RE = re.compile(
    rf"(?:[ \n,]*+(?:(?:và|hoặc)[ \n]+)?[{_REF}{_OBJ}{_SUBJ}])*[ \n,]*+(?:sẽ[ \n]+)?"
    rf"(?P<w>{_alt(list(_AFTER))})(?!\w)",
    re.I,
)
# Before a reference that is the subject of "hết hiệu lực": only earlier items of its list.
_LIST_ONLY = re.compile(
    rf"[ \n\-+•*]*(?:[a-zđ0-9]{{1,3}}[.)][ \n]+)?(?:[ \n,{_REF}{_OBJ}{_SUBJ}]|(?:và|hoặc)(?!\w))*",
    re.I,
)
_BOUNDARY = re.compile(r"[;!?]|\.(?=[ \n]|$)|\n[ ]*\n")
# "Theo đó, … triển khai Kết luận số …": "theo đó" / "tại đó" are connectives, not "theo <văn bản>"
_NONE_CLAUSE = re.compile(
    rf"[ \n\-+•*]*(?:[a-zđ0-9]{{1,3}}[.)][ \n]+)?(?:{_alt(_R.relation_none_clause)})(?!\w)"
    r"(?![ \n]*(?:đó|vậy)(?!\w))",
    re.I,
)
_TYPE_WORDS = sorted(_R.type_words, key=len, reverse=True)
# A word that makes the verb after it a noun, passive or negation, or a type word (a title),
# matched right-to-left on the reversed end of the text before the verb (one attempt).
_NOT_BEFORE_REV = re.compile(
    rf"[ \n]*(?:{_alt([w[::-1] for w in _R.relation_not_before])}|{_alt([w[::-1] for w in _TYPE_WORDS])})(?!\w)",
    re.I,
)
_SINGLE = [w for w in _R.relation_object_words if len(w.split()) == 1]
_PHRASES = [w for w in _R.relation_object_words if len(w.split()) > 1]
_PHRASE_RE = re.compile(rf"(?<!\w)(?:{_alt(_PHRASES)})(?!\w)", re.I)
_ALLOWED = frozenset(
    w
    for phrase in [*_SINGLE, *_R.type_words, *_R.list_joiners, *_R.pinpoint_words.values(), "số"]
    for w in phrase.lower().split()
)
_PARTS = re.compile(rf"(?<!\w)(?:{_alt(_R.relation_part_words)})(?!\w)", re.I)
_WORD = re.compile(r"[^\s,:;\-–+•*]+")
_PIN_TOKEN = re.compile(r"[0-9]{1,4}[a-zđ]?|[a-zđ]|[ivxlc]{1,5}", re.I)
_MARKS = (_REF, _OBJ, _SUBJ)
_OF_FIRST = re.compile(r"[ \n]*của(?!\w)", re.I)
# The verb right after a reference (its date, issuer, and a subject that starts with the verb,
# or a subject and a comma): that reference is the verb's subject ("Kế hoạch số 25-KH/TU của
# Tỉnh ủy thực hiện …", "Quyết định số A về quy chế X, thay thế Quyết định số B").
_DOER = re.compile(
    rf"[{_REF}{_OBJ}](?:[ \n]*{_REF}|[ \n]*{_SUBJ}[ \n]*,)?[ \n,]*(?:(?:đã|sẽ|nhằm|để)[ \n]+)?"
    r"(?:(?:về[ \n]+việc|về|v/v)[ \n]+)?\Z",
    re.I,
)
_CARRY = re.compile(r"[ \n]*(?:[,;][ \n]*(?:(?:và|hoặc)[ \n]+)?|(?:và|hoặc)[ \n]+)")
_CARRY_GAP = 12
_PASSIVE_WINDOW = 400
_VERB_ALT = _alt(list(_VERBS))
# "…, được sửa đổi", "… đã được thay thế", "có nội dung bị bãi bỏ" (a bare "được sửa đổi" after
# a noun is a title: "thủ tục hành chính được sửa đổi, bổ sung tại Quyết định …"). The search
# starts with a literal ("được", "bị"); what leads it (start of the segment or "; ", ',', '(',
# "có nội dung", "đã") is read backwards from there (``_passive_lead``), which is much cheaper
# than an optional leading group the engine would try at every position.
_PASSIVE_CORE = re.compile(rf"(?<!\w)(?:được|bị)[ \n]+(?P<v>{_VERB_ALT})(?!\w)")
_LEAD_PHRASE = re.compile(r"(?:có[ \n]+nội[ \n]+dung|(?<!\w)đã)\Z")
# The verb run is atomic (``*+``, ``(?>…)``): "sửa đổi, bổ sung" read as one verb or two must not
# be retried both ways (exponential in the number of verbs when the tail then fails).
_PASSIVE_TAIL = re.compile(
    rf"(?:[ \n]*,?[ \n]*(?:có[ \n]+nội[ \n]+dung[ \n]+)?(?:(?:được|bị)[ \n]+)?(?>{_VERB_ALT}))*+"
    r"(?:[ \n]+một[ \n]+số[ \n]+điều(?:[ \n]+của[ \n]+\S+)?)?"
    r"[ \n,]*(?P<by>bởi|tại|theo)(?!\w)(?:[ \n]+quy[ \n]+định[ \n]+tại(?!\w))?(?P<obj>[^;()]*)"
)


def has_verb(text: str) -> bool:
    """True when ``text`` (a subject clause) holds a relation verb."""
    return _VERB.search(text.lower()) is not None


def _gap_ok(gap: str) -> bool:
    """Only object words between a verb and the reference (no parenthesis, no clause); not
    "của" right after the verb ("Tổ chức thực hiện của Thông tư …": a noun, a heading)."""
    if "(" in gap or ")" in gap or _OF_FIRST.match(gap) is not None:
        return False
    if _PHRASE_RE.search(gap) is not None:
        gap = _PHRASE_RE.sub(" ", gap)
    n = 0
    for w in _WORD.findall(gap):
        n += 1
        if n > _MAX_GAP_WORDS:
            return False
        lw = w.lower()
        if lw in _ALLOWED or w in _MARKS or _PIN_TOKEN.fullmatch(w):
            continue
        if lw == "tại" and n > 1:
            continue  # "một số quy định tại Quyết định số X"
        return False
    return True


def _masked(
    norm: str, lo: int, hi: int, refs: list[tuple[int, int, int, bool]], marks: list[str]
) -> str:
    """``norm[lo:hi]`` with each reference ``(start, head_end, full_end, subject_has_verb)``
    replaced by its mark, and its subject by ``_SUBJ`` unless the subject holds a relation verb
    (then the subject stays after a ``_REF``, so that "B sửa đổi C" is read as B's clause)."""
    parts = []
    pos = lo
    for (a, h, b, verb), mark in zip(refs, marks, strict=True):
        if b <= lo or a >= hi:
            continue
        a, h, b = max(a, lo), min(max(h, lo), hi), min(b, hi)
        parts.append(norm[pos:a])
        parts.append(f" {mark} ")
        if h < b:
            # A subject with a relation verb stays, after a subject mark: its verb has that
            # reference as subject ("B sửa đổi C": C gets none).
            parts.append(f" {_REF} {norm[h:b]}" if verb else f" {_SUBJ} ")
        pos = b
    parts.append(norm[pos:hi])
    return "".join(parts)


def _clause(window: str) -> str:
    """The part of ``window`` after its last clause boundary."""
    if window.endswith("."):
        return ""
    cut = max(
        window.rfind(";"),
        window.rfind("!"),
        window.rfind("?"),
        window.rfind(". "),
        window.rfind(".\n"),
        window.rfind("\n\n"),
    )
    if cut < 0:
        return window
    m = _BOUNDARY.match(window, cut)
    return window[m.end() :] if m is not None else window[cut + 1 :]


def relations(norm: str, refs: list[tuple[int, int, int, bool, bool]]) -> list[str | None]:
    """Relation of each reference, whoever does it (see ``relations_by``)."""
    return [rel for rel, _ in relations_by(norm, refs)]


def relations_by(
    norm: str, refs: list[tuple[int, int, int, bool, bool]]
) -> list[tuple[str | None, int | None]]:
    """``(relation, doer)`` of each reference: ``doer`` is None when the citing text itself
    does it, else the index of the reference that does it in the same sentence.

    ``refs`` holds ``(start, head_end, full_end, subject_has_verb, has_pinpoint)`` per reference,
    in order: ``head_end`` ends the date and issuer clauses, ``full_end`` the subject clause.
    """
    out: list[str | None] = [None] * len(refs)
    by: list[int | None] = [None] * len(refs)
    spans = [(s, h, f, v) for s, h, f, v, _ in refs]
    _verbs_before(norm, refs, spans, out, by)
    # "Nghị định số A … (đã) được sửa đổi, bổ sung bởi Nghị định số B": A is the object, B
    # the doer (the reference right after the passive phrase).
    for i in range(len(refs) - 1):
        if out[i] is None:
            rel = _passive(norm, refs[i][1], refs[i + 1][0])
            if rel is not None:
                out[i], by[i] = rel, i + 1
    _phrases_after(norm, refs, spans, out)
    return list(zip(out, by, strict=True))


_Span = tuple[int, int, int, bool]


def _verbs_before(
    norm: str,
    refs: list[tuple[int, int, int, bool, bool]],
    spans: list[_Span],
    out: list[str | None],
    by: list[int | None],
) -> None:
    """Rules 1-3: the relation verb of the clause before each reference, and its doer."""
    first = 0  # first reference that may reach into the current window
    for i, (start, _head_end, _full_end, _verb, pin) in enumerate(refs):
        lo = max(0, start - _WINDOW)
        # Cheap look first: the raw clause after the previous reference (when a boundary lies
        # there, the masked clause starts at it too), then the verbs' syllables in it.
        a = max(lo, refs[i - 1][2]) if i else lo
        cut = max(
            norm.rfind(";", a, start), norm.rfind(". ", a, start), norm.rfind("\n\n", a, start)
        )
        from_ = cut + 1 if cut >= 0 else lo
        if not _may_hold_verb(norm, from_, start):
            continue
        while first < i and spans[first][2] <= lo:
            first += 1
        found = _governing_verb(norm, spans, out, i, first, lo, pin)
        if found is None:
            _carry(norm, refs, out, by, i)
        else:
            out[i], by[i] = found


def _may_hold_verb(norm: str, a: int, b: int) -> bool:
    """False when ``norm[a:b]`` holds no relation verb: no verb's chosen syllable preceded by the
    verb's word before it (a necessary condition, cheap: literal search, then one word)."""
    pos = a
    while (m := _SYL_RE.search(norm, pos, b)) is not None:
        k = m.start()
        while k > 0 and norm[k - 1] in " \n":
            k -= 1
        if k < m.start():  # the verb's words stand apart ("sửa đổi"); the word before is short
            word = norm[max(0, k - 8) : k]
            word = word[max(word.rfind(" "), word.rfind("\n")) + 1 :]
            if word.lower() in _WORD_BEFORE[m.group().lower()]:
                return True
        pos = m.end()
    return False


def _governing_verb(
    norm: str,
    spans: list[_Span],
    out: list[str | None],
    i: int,
    first: int,
    lo: int,
    pin: bool,
) -> tuple[str, int | None] | None:
    """(relation, doer) the last verb of reference ``i``'s clause gives it, or None."""
    marks = [_OBJ if out[k] is not None else _REF for k in range(first, i)]
    clause = _clause(_masked(norm, lo, spans[i][0], spans[first:i], marks))
    verb = None
    for verb in _VERB.finditer(clause.lower()):  # noqa: B007 - the last verb is wanted
        pass
    if verb is None:
        return None
    pre, gap = clause[: verb.start()], clause[verb.end() :]
    doer = None
    if _DOER.search(pre, max(0, len(pre) - 48)) is not None:
        # "Nghị định số B (ngày …, của …) sửa đổi Nghị định số C": B does it, whatever
        # the clause opens with ("Căn cứ …" speaks of B, not of what B does to C).
        in_gap = sum(gap.count(m) for m in (_REF, _OBJ))
        doer = i - 1 - in_gap
        # a later item after a full subject ("… của Nghị định A về X và Quyết định B") may
        # belong to an outer list: only a bare list follows the doer's verb
        if doer < first or _SUBJ in gap or not _gap_ok(gap):
            return None
    elif (
        _NONE_CLAUSE.match(clause)
        or _REF in pre
        or _NOT_BEFORE_REV.match(pre[-40:][::-1]) is not None
        or not _gap_ok(gap)
    ):
        return None
    rel = _VERBS[" ".join(verb.group().lower().split())]
    if rel == "replaces" and (pin or _PARTS.search(gap) is not None):
        rel = "amends"  # "thay thế Phụ lục II ban hành kèm theo Nghị định số X"
    return rel, doer


def _phrases_after(
    norm: str,
    refs: list[tuple[int, int, int, bool, bool]],
    spans: list[_Span],
    out: list[str | None],
) -> None:
    """Rule 5: "Quyết định số X (và số Y) hết hiệu lực": the references are the subject of the
    phrase."""
    first = 0
    for i in range(len(refs)):
        if out[i] is not None:
            continue
        start, _, full_end, _, _ = refs[i]
        hi = min(len(norm), full_end + _AFTER_WINDOW)
        if norm.find("hiệu lực", full_end, hi) < 0 and norm.find("bãi bỏ", full_end, hi) < 0:
            continue
        later = []
        for k in range(i + 1, len(refs)):
            if refs[k][0] >= hi:
                break
            later.append(k)
        hidden = [(a, h, b, False) for a, h, b, _ in (spans[k] for k in later)]
        after = _masked(norm, full_end, hi, hidden, [_REF] * len(later))
        m = _AFTER_RE.match(after)
        if m is None:
            continue
        lo = max(0, start - _WINDOW)
        while first > 0 and spans[first - 1][2] > lo:
            first -= 1
        while first < i and spans[first][2] <= lo:
            first += 1
        before = _clause(_masked(norm, lo, start, spans[first:i], [_REF] * (i - first)))
        if _LIST_ONLY.fullmatch(before) is None:
            continue
        out[i] = _AFTER[" ".join(m.group("w").lower().split())]


def _carry(
    norm: str,
    refs: list[tuple[int, int, int, bool, bool]],
    out: list[str | None],
    by: list[int | None],
    i: int,
) -> None:
    """ "thay thế Nghị định số A … quy định chi tiết … và Nghị định số B …": B is the next item
    of A's list although A's subject holds a verb of its own (which hides the governing verb
    from B). Only for the citing text's own relation, only right after A's subject."""
    if i == 0 or out[i - 1] is None or by[i - 1] is not None:
        return
    if not refs[i - 1][3] and not (refs[i][3] and out[i - 1] in ("replaces", "repeals")):
        return  # "thay thế A; B sửa đổi, bổ sung A": B, an amendment of A, goes with A
    a, b = refs[i - 1][2], refs[i][0]
    if b - a <= _CARRY_GAP and _CARRY.fullmatch(norm, a, b) is not None:
        out[i] = out[i - 1]


def _passive(norm: str, a: int, b: int) -> str | None:
    """Relation stated by a passive phrase between ``a`` (end of a reference's date and
    issuer) and ``b`` (start of the next reference, its doer), if any."""
    if b - a > _PASSIVE_WINDOW or b <= a:
        return None
    if norm.find("ợc", a, b) < 0 and norm.find("bị", a, b) < 0 and norm.find("Bị", a, b) < 0:
        return None  # no "được" / "bị": no passive (cheap look, no slice)
    seg = norm[a:b].lower()
    m = _passive_core(seg)
    if m is None:
        return None
    lead, has_lead = _passive_lead(seg, m.start())
    if _BOUNDARY.search(seg, lead) is not None:
        return None
    tail = _PASSIVE_TAIL.fullmatch(seg, m.end())
    if tail is None or not _gap_ok(tail.group("obj")):
        return None
    if not has_lead and tail.group("by") != "bởi":
        return None  # "thủ tục hành chính được sửa đổi tại Quyết định …": about the procedures
    return _VERBS[" ".join(m.group("v").split())]


def _passive_core(seg: str) -> re.Match[str] | None:
    """``_PASSIVE_CORE.search(seg)``, tried only where "được" or "bị" starts (every match starts
    there): a few anchored matches instead of a scan of every character."""
    starts = []
    for word in ("được", "bị"):
        i = seg.find(word)
        while i >= 0:
            starts.append(i)
            i = seg.find(word, i + 1)
    for i in sorted(starts):
        m = _PASSIVE_CORE.match(seg, i)
        if m is not None:
            return m
    return None


def _passive_lead(seg: str, x: int) -> tuple[int, bool]:
    """What stands before the passive verb at ``x``: (where the boundary search starts,
    whether a lead is there). A lead is the start of the
    segment (after "; " when it opens with one), ',', '(', "có nội dung" or "đã"."""
    j = x
    while j > 0 and seg[j - 1] in " \n":
        j -= 1
    if j == 0:
        return 0, True
    if seg[j - 1] == ";" and not seg[: j - 1].strip(" \n"):
        return j, True
    if seg[j - 1] in ",(":
        return 0, True
    return 0, _LEAD_PHRASE.search(seg, 0, j) is not None
