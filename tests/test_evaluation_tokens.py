"""The CoNLL 2018-style tokens and sentences scorer (newskit.evaluation.tokens)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import require_data
from newskit.cli import main
from newskit.errors import InputError
from newskit.evaluation.tokens import (
    align_gold,
    join_hyphenated,
    load_gold,
    read_conllu,
    reconstruct_text,
    score_spans,
)

CONLLU = """\
# newdoc id = d1
# sent_id = s1
# text = Der US-Präsident kam zum Gipfel.
1\tDer\tder\tDET\t_\t_\t0\tdet\t_\t_
2\tUS\tUS\tPROPN\t_\t_\t0\tcompound\t_\tSpaceAfter=No
3\t-\t-\tPUNCT\t_\t_\t0\tpunct\t_\tSpaceAfter=No
4\tPräsident\tPräsident\tNOUN\t_\t_\t0\tnsubj\t_\t_
5\tkam\tkommen\tVERB\t_\t_\t0\troot\t_\t_
6-7\tzum\t_\t_\t_\t_\t_\t_\t_\t_
6\tzu\tzu\tADP\t_\t_\t0\tcase\t_\t_
7\tdem\tder\tDET\t_\t_\t0\tdet\t_\t_
8\tGipfel\tGipfel\tNOUN\t_\t_\t0\tobl\t_\tSpaceAfter=No
9\t.\t.\tPUNCT\t_\t_\t0\tpunct\t_\t_

# sent_id = s2
# text = Zeitungs- und Radioberichte folgten
1\tZeitungs\tZeitung\tNOUN\t_\t_\t0\tconj\t_\tSpaceAfter=No
2\t-\t-\tPUNCT\t_\t_\t0\tpunct\t_\t_
3\tund\tund\tCCONJ\t_\t_\t0\tcc\t_\t_
4\tRadioberichte\tRadiobericht\tNOUN\t_\t_\t0\tnsubj\t_\t_
4.1\tx\tx\tX\t_\t_\t_\t_\t_\t_
5\tfolgten\tfolgen\tVERB\t_\t_\t0\troot\t_\t_

# newpar
# sent_id = s3
# text = Dann ging er.
1\tDann\tdann\tADV\t_\t_\t0\tadvmod\t_\t_
2\tging\tgehen\tVERB\t_\t_\t0\troot\t_\t_
3\ter\ter\tPRON\t_\t_\t0\tnsubj\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t0\tpunct\t_\t_
"""

RAW = "Der US-Präsident kam zum Gipfel. Zeitungs- und Radioberichte folgten\n\nDann ging er.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "mini.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    path.with_suffix(".txt").write_text(RAW, encoding="utf-8")
    return path


# --- the scorer -----------------------------------------------------------------------------------


def test_score_spans_counts_exact_matches_only() -> None:
    gold = [(0, 3), (4, 7), (8, 10), (10, 11)]
    system = [(0, 3), (4, 7), (8, 11), (12, 13), (14, 15)]
    score = score_spans(gold, system)
    assert (score.gold, score.system, score.correct) == (4, 5, 2)
    assert score.precision == pytest.approx(2 / 5)
    assert score.recall == pytest.approx(2 / 4)
    assert score.f1 == pytest.approx(2 * 2 / (4 + 5))


def test_score_spans_perfect_and_empty() -> None:
    assert score_spans([(0, 1), (2, 3)], [(2, 3), (0, 1)]).f1 == 1.0
    empty = score_spans([], [])
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
    assert score_spans([(0, 1)], []).recall == 0.0


# --- reading and aligning gold --------------------------------------------------------------------


def test_read_conllu_uses_surface_tokens(corpus: Path) -> None:
    sentences = read_conllu(corpus)
    assert [s.sent_id for s in sentences] == ["s1", "s2", "s3"]
    assert sentences[0].forms == ("Der", "US", "-", "Präsident", "kam", "zum", "Gipfel", ".")
    assert "x" not in sentences[1].forms  # empty nodes have no surface form
    assert [(s.newdoc, s.newpar) for s in sentences] == [
        (True, True),
        (False, False),
        (False, True),
    ]


def test_align_gold_finds_character_spans(corpus: Path) -> None:
    gold = load_gold(corpus)
    assert gold.text == RAW
    assert [RAW[a:b] for a, b in gold.token_spans][:8] == [
        "Der", "US", "-", "Präsident", "kam", "zum", "Gipfel", ".",
    ]  # fmt: skip
    assert [RAW[a:b] for a, b in gold.sentence_spans] == [
        "Der US-Präsident kam zum Gipfel.",
        "Zeitungs- und Radioberichte folgten",
        "Dann ging er.",
    ]


def test_join_hyphenated_applies_the_compound_convention(corpus: Path) -> None:
    gold = join_hyphenated(load_gold(corpus))
    forms = [RAW[a:b] for a, b in gold.token_spans]
    assert "US-Präsident" in forms and "Zeitungs-" in forms
    assert "US" not in forms and "-" not in forms


def test_reconstructed_text_when_no_raw_file(tmp_path: Path) -> None:
    path = tmp_path / "only.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    gold = load_gold(path)
    assert gold.text == reconstruct_text(read_conllu(path))
    assert gold.text.split("\n\n")[1] == "Dann ging er."


def test_misaligned_raw_text_is_an_input_error(corpus: Path) -> None:
    with pytest.raises(InputError, match=r"sentence s1: token 'US' not found"):
        align_gold("Der EU-Präsident kam zum Gipfel.", read_conllu(corpus), "raw")


def test_malformed_conllu_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.conllu"
    path.write_text("1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.conllu:1: expected 10 tab-separated columns"):
        read_conllu(path)


# --- the command ----------------------------------------------------------------------------------


def test_cli_prints_scores(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "tokens", str(corpus), "--language", "de", "--builtin"]) == 0
    out = capsys.readouterr().out
    assert "tokens" in out and "sentences" in out


def test_cli_json_with_join_hyphens(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["evaluate", "tokens", "--format", "conllu", str(corpus), "--language", "de"]
    assert main([*argv, "--builtin", "--join-hyphens", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    # the built-in tokenizer keeps "US-Präsident" and "Zeitungs-" whole, like the joined gold
    assert result["tokens"]["f1"] == 1.0
    assert result["sentences"] == {
        "gold": 3, "system": 3, "correct": 3, "precision": 1.0, "recall": 1.0, "f1": 1.0,
    }  # fmt: skip
    assert main([*argv, "--builtin", "--json"]) == 0
    strict = json.loads(capsys.readouterr().out)
    assert strict["tokens"]["correct"] == strict["tokens"]["gold"] - 5  # US - Präsident, Zeitungs -


def test_cli_subset_and_language_id(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["evaluate", "tokens", str(corpus), "--language", "de", "--builtin", "--json"]
    assert main([*argv, "--subset", "s3:s3", "--language-id"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["sentences"]["gold"] == 1 and result["tokens"]["gold"] == 4
    assert result["language_id"]["sentence"]["units"] == 3
    assert result["language_id"]["document"]["units"] == 1


def test_cli_bad_subset_is_one_line_error(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "tokens", str(corpus), "--language", "de", "--subset", "s9:s1"]) != 0
    assert "s9" in capsys.readouterr().err


# --- the dev data ---------------------------------------------------------------------------------


def _scores(path: Path, language: str, subset: str | None = None) -> dict[str, dict[str, float]]:
    from newskit.evaluation import tokens

    gold = tokens.join_hyphenated(tokens.load_gold(path))
    system_tokens, system_sentences = tokens.run_system(gold.text, language, builtin=True)
    region = tokens._subset_region(gold, subset)
    result = tokens.evaluate(gold, system_tokens, system_sentences, region)
    return {name: score.as_dict() for name, score in result.items()}


@pytest.mark.slow
def test_ud_german_gsd_dev_targets() -> None:
    path = require_data("ud", "UD_German-GSD", "de_gsd-ud-dev.conllu")
    assert _scores(path, "de")["tokens"]["f1"] >= 0.993
    assert _scores(path, "de", "dev-s501:dev-s799")["sentences"]["f1"] >= 0.93


@pytest.mark.slow
def test_ud_english_ewt_dev_targets() -> None:
    path = require_data("ud", "UD_English-EWT", "en_ewt-ud-dev.conllu")
    scores = _scores(path, "en")
    assert scores["tokens"]["f1"] >= 0.993
    # The level reached (90.83, tuned on this dev split: see docs/tokenization.md); the issue's
    # target is 0.90. This guards it against regressions.
    assert scores["sentences"]["f1"] >= 0.908
