"""``newskit evaluate dates``: readers, the TempEval-3 scorer and the command."""

# ruff: noqa: E501

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import require_data
from newskit.cli import main
from newskit.evaluation.dates import (
    GoldTimex,
    canonical_value,
    documents,
    read_timeml,
    read_timex2,
    score,
)

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>toy</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-05" functionInDocument="CREATION_TIME">2023-09-05</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2023-09-04">Monday</TIMEX3> &amp; will vote <TIMEX3 tid="t2" type="DATE" value="2023-10">next month</TIMEX3>.
It has debated the plan for <TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3>.
</TEXT>
</TimeML>
"""

TIMEX2 = """<DOC>
<DATETIME> <TIMEX2 val="2011-02-16">2011-02-16</TIMEX2> </DATETIME>
<TEXT>
Am <TIMEX2 val="1939-09-01">1. September 1939</TIMEX2> begann der Krieg; <TIMEX2 val="1939-09-03">zwei Tage <TIMEX2 val="P2D">später</TIMEX2></TIMEX2> folgte die Erklärung.
</TEXT>
</DOC>
"""


def test_timeml_reader_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "toy.tml"
    path.write_text(TIMEML, encoding="utf-8")
    document = read_timeml(path)
    assert str(document.dct) == "2023-09-05"
    assert "&amp;" not in document.text and " & will vote" in document.text
    assert [(document.text[g.start : g.end], g.value, g.type) for g in document.gold] == [
        ("Monday", "2023-09-04", "DATE"),
        ("next month", "2023-10", "DATE"),
        ("two years", "P2Y", "DURATION"),
    ]


def test_timex2_reader_scores_outer_tags_only(tmp_path: Path) -> None:
    path = tmp_path / "toy.key.xml"
    path.write_text(TIMEX2, encoding="utf-8")
    document = read_timex2(path)
    assert str(document.dct) == "2011-02-16"
    assert [(document.text[g.start : g.end], g.value) for g in document.gold] == [
        ("1. September 1939", "1939-09-01"),
        ("zwei Tage später", "1939-09-03"),
    ]


def test_scorer_counts_strict_relaxed_value_and_type() -> None:
    gold = [
        GoldTimex(0, 6, "2023-09-04"),
        GoldTimex(10, 20, "P2Y", "DURATION"),
        GoldTimex(30, 35, "2023"),
    ]
    system = [
        GoldTimex(0, 6, "2023-09-04"),  # exact, right value
        GoldTimex(12, 20, "P3Y", "DURATION"),  # overlap, wrong value
        GoldTimex(40, 45, "2024"),  # spurious
    ]
    counts = score(gold, system)
    assert (counts.gold, counts.system, counts.strict, counts.relaxed) == (3, 3, 1, 2)
    assert (counts.value, counts.type) == (1, 2)
    precision, recall, f1 = counts.prf("value")
    assert precision == pytest.approx(100 / 3) and recall == pytest.approx(100 / 3)
    assert f1 == pytest.approx(100 / 3)


def test_one_system_expression_matches_one_gold_expression() -> None:
    gold = [GoldTimex(0, 5, "a"), GoldTimex(6, 10, "b")]
    counts = score(gold, [GoldTimex(0, 10, "a")])
    assert counts.relaxed == 1 and counts.value == 1


def test_command_prints_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "toy.tml"
    path.write_text(TIMEML, encoding="utf-8")
    assert main(["evaluate", "dates", "--format", "timeml", str(path)]) == 0
    table = capsys.readouterr().out
    assert "strict" in table and "value" in table
    assert main(["evaluate", "dates", "--format", "timeml", "--json", str(tmp_path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["gold"] == 3 and result["documents"] == 1
    assert result["value"]["f1"] == 100.0  # Monday (past tense), next month, two years


def test_command_reports_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "dates", "--format", "timex2", str(tmp_path / "nothing")]) != 0
    assert "no such file" in capsys.readouterr().err


def test_reader_refuses_other_files(tmp_path: Path) -> None:
    (tmp_path / "x.tml").write_text("<doc>no text</doc>", encoding="utf-8")
    with pytest.raises(Exception, match="TEXT"):
        documents(tmp_path, "timeml")


def test_tempeval3_tbaq_regression() -> None:
    """Figures on the TBAQ training data stay at least where they were when tuned."""
    from newskit.evaluation.dates import evaluate
    from newskit.languages.en import LANGUAGE

    docs = documents(require_data("temporal", "tempeval3", "TBAQ-cleaned"), "timeml")
    total, _ = evaluate(docs, LANGUAGE, "published")
    assert total.gold == 1822
    assert total.prf("relaxed")[2] >= 90
    assert total.prf("value")[2] >= 76


def test_wikiwarsde_regression() -> None:
    from newskit.evaluation.dates import evaluate
    from newskit.languages.de import LANGUAGE

    docs = documents(require_data("temporal", "wikiwarsde", "keyinline"), "timex2")
    total, _ = evaluate(docs, LANGUAGE, "narrative")
    assert total.prf("value")[2] >= 86


def test_gold_week_numbers_are_read_in_their_canonical_two_digit_form(tmp_path: Path) -> None:
    path = tmp_path / "weeks.tml"
    path.write_text(TIMEML.replace('value="2023-10">next month', 'value="2023-W7">next month'), encoding="utf-8")
    assert [g.value for g in read_timeml(path).gold] == ["2023-09-04", "2023-W07", "P2Y"]
    assert canonical_value("2000-W12") == "2000-W12"
    assert canonical_value("2000-W7-WE") == "2000-W07-WE"
    assert canonical_value("XXXX-W7") == "XXXX-W7"
