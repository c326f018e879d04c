"""``newskit evaluate actors``: the GermEval 2014 reader, the strict NER scorer and the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import require_data
from newskit.cli import main
from newskit.evaluation.actors import _entities, evaluate, read_germeval, score

# Sentences written for these tests, in the GermEval 2014 layout (not taken from the corpus).
SAMPLE = """#\thttp://example.org/a\t[2024-01-01]
1\tAngela\tB-PER\tO
2\tMerkel\tI-PER\tO
3\tbesuchte\tO\tO
4\tdie\tO\tO
5\tSPD\tB-ORG\tO
6\tin\tO\tO
7\tBerlin\tB-LOC\tO
8\t.\tO\tO

#\thttp://example.org/b\t[2024-01-02]
1\tDie\tO\tO
2\tdeutsche\tB-LOCderiv\tO
3\tRegierung\tO\tO
4\tlobte\tO\tO
5\tFrankreich\tB-LOC\tO
6\t.\tO\tO
"""


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.tsv"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_reader_keeps_plain_outer_types(sample: Path) -> None:
    sentences = list(read_germeval(sample))
    assert [s.tokens[0] for s in sentences] == ["Angela", "Die"]
    assert sentences[0].entities == {(0, 2, "PER"), (4, 5, "ORG"), (6, 7, "LOC")}
    assert sentences[1].entities == {(4, 5, "LOC")}  # LOCderiv is not scored
    assert sentences[0].source.startswith("http://example.org/a")


def test_bio_decoding_handles_adjacent_and_stray_tags() -> None:
    tags = ["B-PER", "B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-OTH", "I-ORG"]
    assert _entities(tags) == {(0, 1, "PER"), (1, 3, "PER"), (4, 6, "LOC"), (7, 8, "ORG")}


def test_strict_scores_per_type() -> None:
    gold = frozenset({(0, 2, "PER"), (3, 4, "LOC")})
    predicted = {(0, 1, "PER"), (3, 4, "LOC"), (5, 6, "ORG")}
    table = score([(predicted, gold)])
    assert table["LOC"]["f1"] == 100.0
    assert table["PER"]["correct"] == 0 and table["PER"]["gold"] == 1
    assert table["ORG"]["precision"] == 0.0
    overall = table["overall"]
    assert (overall["gold"], overall["predicted"], overall["correct"]) == (2, 3, 1)
    assert overall["precision"] == pytest.approx(33.33, abs=0.01)
    assert overall["recall"] == 50.0


def test_evaluate_runs_the_pipeline_on_corpus_tokens(sample: Path) -> None:
    table, reports = evaluate(sample, load_entrypoints=False, errors=5)
    assert table["overall"]["gold"] == 4
    assert table["PER"]["correct"] == 1  # "Angela Merkel"
    assert table["LOC"]["correct"] == 2  # "Berlin", "Frankreich"
    assert table["ORG"]["correct"] == 1  # "SPD"
    assert reports == []


def test_evaluation_keeps_the_corpus_tokens(tmp_path: Path) -> None:
    path = tmp_path / "slash.tsv"
    path.write_text("1\tFlüge\tO\tO\n2\tBerlin/Hamburg\tB-LOC\tO\n3\tfallen\tO\tO\n"
                    "4\taus\tO\tO\n5\t.\tO\tO\n", encoding="utf-8")
    table, _ = evaluate(path, load_entrypoints=False)
    assert table["LOC"]["correct"] == 1  # one token, as the corpus has it


def test_command_prints_table_and_json(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "actors", "--format", "germeval", str(sample)]) == 0
    out = capsys.readouterr().out
    assert "overall" in out and "PER" in out
    assert main(["evaluate", "actors", "--format", "germeval", "--json", str(sample)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"PER", "ORG", "LOC", "overall"}


def test_command_rejects_missing_file(tmp_path: Path) -> None:
    assert main(["evaluate", "actors", "--format", "germeval", str(tmp_path / "none.tsv")]) != 0


def test_malformed_line_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("1 Angela B-PER O\n", encoding="utf-8")
    assert main(["evaluate", "actors", "--format", "germeval", str(path)]) != 0


@pytest.mark.slow
def test_germeval_dev_subset_stays_above_floor() -> None:
    path = require_data("ner", "germeval2014", "NER-de-dev.tsv")
    table, _ = evaluate(path, load_entrypoints=False, limit=400)
    # a regression guard on a subset; the reported figures are in docs/actors.md
    assert table["overall"]["f1"] > 55
    assert table["PER"]["precision"] > 75
