from __future__ import annotations

from stap0_desktop.domain.snippets import ELLIPSIS, MARK_END, MARK_START, fold, make_snippet


def test_fold_matches_the_index_tokenizer() -> None:
    assert fold("Financiële") == "financiele"
    assert fold("CAFÉ") == "cafe"
    assert fold("Ĳssel") == "ijssel"


def test_marks_every_prefix_match_diacritics_folded() -> None:
    snippet = make_snippet("Moeder heeft financiële zorgen en een financieel plan.", ["financi"])
    assert snippet.count(MARK_START) == 2
    assert f"{MARK_START}financiële{MARK_END}" in snippet


def test_long_text_is_cut_around_the_first_match() -> None:
    body = " ".join(f"woord{i}" for i in range(100)) + " huurachterstand " + " ".join(
        f"rest{i}" for i in range(100))
    snippet = make_snippet(body, ["huur"], context_words=10)
    assert snippet.startswith(ELLIPSIS) and snippet.endswith(ELLIPSIS)
    assert f"{MARK_START}huurachterstand{MARK_END}" in snippet
    assert len(snippet.split()) <= 12


def test_no_match_gives_the_start_and_empty_body_gives_nothing() -> None:
    assert make_snippet("Korte notitie", ["xyz"]) == "Korte notitie"
    assert make_snippet("", ["x"]) == ""
