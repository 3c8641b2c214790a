"""Search snippets: a short excerpt around the first match, with the matches marked.

Matching mirrors the search index (FTS5 ``unicode61 remove_diacritics 2``): words are
compared case- and diacritic-insensitively, and every query word matches as a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Lower case without diacritics: ``Financiële`` -> ``financiele``."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def query_words(text: str, limit: int = 16) -> list[str]:
    return _WORD.findall(text)[:limit]


def match_spans(body: str, words: list[str]) -> list[tuple[int, int]]:
    """Where in ``body`` the search words match (start, end), as the index matches them."""
    prefixes = [fold(w) for w in words if w]
    return [(t.start(), t.end()) for t in _WORD.finditer(body)
            if any(fold(t.group()).startswith(prefix) for prefix in prefixes)]


def make_snippet(body: str, words: list[str], context_words: int = 14) -> str:
    """About ``context_words`` words around the first match; matches wrapped in marks."""
    prefixes = [fold(w) for w in words if w]
    tokens = list(_WORD.finditer(body))
    if not tokens:
        return ""

    def hit(token: re.Match[str]) -> bool:
        folded = fold(token.group())
        return any(folded.startswith(prefix) for prefix in prefixes)

    first = next((i for i, t in enumerate(tokens) if hit(t)), 0)
    start_index = max(0, first - context_words // 3)
    end_index = min(len(tokens), start_index + context_words)
    start = tokens[start_index].start()
    end = tokens[end_index - 1].end()
    pieces = [ELLIPSIS] if start_index > 0 else []
    cursor = start
    for token in tokens[start_index:end_index]:
        if hit(token):
            pieces.append(body[cursor:token.start()])
            pieces.append(f"{MARK_START}{token.group()}{MARK_END}")
            cursor = token.end()
    pieces.append(body[cursor:end])
    if end_index < len(tokens):
        pieces.append(ELLIPSIS)
    return " ".join("".join(pieces).split())
