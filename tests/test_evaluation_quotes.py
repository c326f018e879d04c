"""The quote scorers: the Wikinews-DE metric and PolNeAR (brat), on small hand-made corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import require_data
from newskit import cli
from newskit.errors import InputError
from newskit.evaluation import quotes
from newskit.model import Span

pytest.importorskip("scipy")


def _tokens(text: str) -> list[dict]:
    import re

    return [
        {"id": i, "charBegin": m.start(), "charEnd": m.end(), "text": m.group()}
        for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))
    ]


def _role(tokens: list[dict], text: str, fragment: str | None) -> dict:
    if not fragment:
        return {"spans": [], "text": "", "tokenIds": []}
    start = text.index(fragment)
    end = start + len(fragment)
    ids = [t["id"] for t in tokens if t["charBegin"] >= start and t["charEnd"] <= end]
    return {"spans": [{"charBegin": start, "charEnd": end}], "text": fragment, "tokenIds": ids}


def _document(text: str, annotations: list[dict]) -> dict:
    tokens = _tokens(text)
    return {
        "documentName": "1 - Test (2023-09-06)",
        "originalText": text,
        "tokens": tokens,
        "sentences": [],
        "annotations": [
            {
                "id": n,
                "type": a["type"],
                "medium": "Speech",
                "isNested": a.get("nested", False),
                "hasNested": False,
                **{role: _role(tokens, text, a.get(role)) for role in quotes.ROLES},
            }
            for n, a in enumerate(annotations)
        ],
    }


TEXT = "„Wir bleiben hart“, sagte der Minister. Laut Polizei wurden drei Menschen verletzt."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    document = _document(
        TEXT,
        [
            {
                "type": "Direct",
                "quote": "„Wir bleiben hart“",
                "speaker": "der Minister",
                "cue": "sagte",
                "frame": ", sagte der Minister",
            },
            {
                "type": "Indirect",
                "quote": "wurden drei Menschen verletzt",
                "speaker": "Polizei",
                "cue": "Laut",
                "frame": "Laut Polizei",
            },
        ],
    )
    (tmp_path / "doc.pretty.json").write_text(json.dumps(document), encoding="utf-8")
    return tmp_path


def test_wikinews_perfect_document_scores_100(corpus):
    result = quotes.evaluate_wikinews(corpus)
    assert result["documents"] == 1
    assert result["messages"]["f1"] == pytest.approx(100.0)
    assert result["per_role"]["speaker"]["f1"] == pytest.approx(100.0)
    assert result["per_role"]["cue"]["f1"] == pytest.approx(100.0)
    assert result["simplified"]["speaker"]["f1"] == pytest.approx(100.0)
    assert result["type_accuracy"] == pytest.approx(100.0)
    assert result["by_type"]["Direct"]["found"] == 1


def test_wikinews_missed_quote_lowers_recall_not_precision(tmp_path):
    text = TEXT + " Der Himmel ist blau."
    document = _document(
        text,
        [
            {
                "type": "Direct",
                "quote": "„Wir bleiben hart“",
                "speaker": "der Minister",
                "cue": "sagte",
                "frame": ", sagte der Minister",
            },
            {
                "type": "Indirect",
                "quote": "wurden drei Menschen verletzt",
                "speaker": "Polizei",
                "cue": "Laut",
                "frame": "Laut Polizei",
            },
            {"type": "Reported", "quote": "Der Himmel ist blau.", "speaker": ""},
        ],
    )
    (tmp_path / "doc.pretty.json").write_text(json.dumps(document), encoding="utf-8")
    result = quotes.evaluate_wikinews(tmp_path)
    assert result["messages"]["p"] == pytest.approx(100.0)
    assert result["messages"]["r"] == pytest.approx(200 / 3)
    assert result["by_type"]["Reported"]["found"] == 0


def test_role_scores_are_macro_averaged_over_groups():
    scores = quotes._RoleScores()
    gold = {"roles": {role: frozenset({1, 2}) for role in quotes.ROLES}}
    half = {"roles": {role: frozenset({1, 3, 4, 5}) for role in quotes.ROLES}}
    scores.add(gold, half)  # P = 1/4, R = 1/2
    scores.add(gold, gold)  # P = R = 1
    figures = scores.pooled(["quote"])
    assert figures["p"] == pytest.approx(62.5)
    assert figures["r"] == pytest.approx(75.0)


def test_matching_prefers_the_same_type():
    gold = [{"roles": {"quote": frozenset({1, 2, 3})}, "type": "Direct", "medium": None}]
    system = [
        {"roles": {"quote": frozenset({1, 2, 3})}, "type": "Indirect", "medium": None},
        {"roles": {"quote": frozenset({1, 2, 3})}, "type": "Direct", "medium": None},
    ]
    pairs = quotes.match_groups(gold, system)
    assert pairs[0][1] is system[1]
    assert (None, system[0]) in pairs


def test_token_map_and_quote_marks():
    text = "„Ja“, sagte er."
    token_map = quotes.TokenMap([0, 1, 3, 4], [1, 3, 4, 5], ["a", "b", "c", "d"])
    assert token_map.tokens([Span(1, 3)]) == {"b"}
    widened = quotes.with_quote_marks(text, (Span(1, 3),))
    assert widened == (Span(0, 4),)
    assert token_map.tokens(widened) == {"a", "b", "c"}


def test_document_date():
    assert str(quotes.document_date("12 - Titel (2005-09-10)")) == "2005-09-10"
    assert quotes.document_date("no date") is None


def test_read_brat_joins_roles_of_an_event():
    ann = (
        "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 20\tit rained\n"
        "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    [attribution] = quotes.read_brat(ann)
    assert attribution == {
        "source": (Span(0, 5),),
        "cue": (Span(6, 10),),
        "content": (Span(11, 20),),
    }


def test_brat_scorer_on_a_small_corpus(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = "The mayor said that the bridge would reopen soon."
    (tmp_path / "text" / "doc.txt").write_text(text, encoding="utf-8")
    ann = (
        "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\n"
        "T3\tContent 15 48\tthat the bridge would reopen soon\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    )
    (tmp_path / "attributions" / "doc_ann1.ann").write_text(ann, encoding="utf-8")
    result = quotes.evaluate_brat(tmp_path)
    assert result["gold"] == 1
    assert result["content_overlap"]["f1"] == pytest.approx(100.0)
    assert result["source_exact"]["f1"] == pytest.approx(100.0)


def test_brat_joins_a_continuing_quote_into_one_attribution(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = "“We are ready,” the mayor said. “The bridge opens on Monday.”"
    (tmp_path / "text" / "doc.txt").write_text(text, encoding="utf-8")
    first, second = text.index("“We"), text.index("“The")
    ann = (
        f"T1\tSource {text.index('the mayor')} {text.index('the mayor') + 9}\tthe mayor\n"
        f"T2\tCue {text.index('said')} {text.index('said') + 4}\tsaid\n"
        f"T3\tContent {first} {first + 15};{second} {len(text)}\tx\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    )
    (tmp_path / "attributions" / "doc_ann1.ann").write_text(ann, encoding="utf-8")
    result = quotes.evaluate_brat(tmp_path)
    assert result["system"] == 1  # the continuation is part of the first attribution
    assert result["content_exact"]["f1"] == pytest.approx(100.0)


def test_cli_prints_a_table_and_json(corpus, capsys):
    assert cli.main(["evaluate", "quotes", "--format", "wikinews", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "Messages" in out and "Joint" in out and "Simplified speaker" in out
    assert cli.main(["evaluate", "quotes", "--format", "wikinews", "--json", str(corpus)]) == 0
    assert json.loads(capsys.readouterr().out)["messages"]["f1"] == pytest.approx(100.0)


def test_errors_name_the_problem(tmp_path):
    with pytest.raises(InputError, match=r"no \*\.json"):
        quotes.evaluate_wikinews(tmp_path)
    with pytest.raises(InputError, match="text/ and attributions/"):
        quotes.evaluate_brat(tmp_path)


@pytest.mark.slow
def test_wikinews_dev_meets_the_message_floor():
    path = require_data("quotes", "wikinews-de-2024", "dev")
    result = quotes.evaluate_wikinews(path, limit=40)
    assert result["messages"]["f1"] > 55
    assert result["joint"]["f1"] > 45
