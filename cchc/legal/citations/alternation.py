"""Regex alternations of word lists, written as a trie.

"ab|ac|a" is tried branch by branch at every position: the engine compares "a" three times, and
with ``re.I`` it cannot skip a branch on its first character. The trie "a(?:b|c|)" compares it
once. The order of attempts is kept: the flat list is sorted longest first, and words that match
at the same position are prefixes of one another, so trying the longer continuation before the
end of a shorter word (the empty branch last) tries the same texts in the same order. When that
reasoning does not hold for a list (a word with odd whitespace, siblings equal under ``re.I``),
the flat alternation is returned unchanged.
"""

from __future__ import annotations

import functools
import re

__all__ = ["alt"]

_SPACE = r"[ \n]+"
_END = ""


def _flat(uniq: list[str]) -> str:
    return "|".join(_SPACE.join(re.escape(p) for p in w.split()) for w in uniq)


@functools.cache
def _ci(ch: str) -> re.Pattern[str]:
    return re.compile(_esc(ch), re.I)


def _esc(ch: str) -> str:
    return ch if ch.isalnum() else re.escape(ch)


def _siblings_apart(node: dict[str, dict]) -> bool:
    """True when no two branches of any node can match the same character, even under
    ``re.I`` (so that at most one branch of a node matches)."""
    keys = [k for k in node if k != _END]
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if _ci(a).fullmatch(b) or _ci(b).fullmatch(a):
                return False
    return all(_siblings_apart(child) for child in node.values())


def _emit(node: dict[str, dict], after_first: str = "") -> str:
    branches = [
        (_SPACE if ch == " " else _esc(ch)) + after_first + _emit(child)
        for ch, child in sorted(node.items())
        if ch != _END
    ]
    if _END in node:
        branches.append("")  # the end of a shorter word: tried after every longer one
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def alt(words: list[str] | tuple[str, ...], word_start: bool = False) -> str:
    """Regex alternation of ``words``, longest first; spaces inside words match any whitespace
    (the same as the flat alternation, with or without ``re.I``).

    ``word_start``: the same as ``(?<!\\w)`` before the alternation, written after the first
    character of each branch (``(?<!\\w.)``), so that every branch starts with the character it
    needs and a search skips other characters in C (a leading lookbehind makes the engine try
    the whole pattern at every position).
    """
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    root: dict[str, dict] = {}
    for k in uniq:
        node = root
        for ch in k:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if any(not w or w != " ".join(w.split()) for w in uniq) or not _siblings_apart(root):
        if word_start:
            raise ValueError("word_start needs words that make a trie")
        return _flat(uniq)
    return _emit(root, r"(?<!\w.)" if word_start else "")
