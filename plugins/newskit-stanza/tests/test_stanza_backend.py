"""The stanza backends inside a newskit Pipeline: selection, laziness, model errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("stanza")

import newskit_stanza
from newskit_stanza import models
from newskit_stanza.models import DIR_ENV, ModelsNotFoundError
from newskit_stanza_samples import DE_DIRECT, DE_INDIRECT, DE_PARTICLE, document

import newskit
from newskit import ActorKind, NewskitError, PluginError, StatementKind

REAL_MODELS_ENV = "NEWSKIT_STANZA_TEST_DIR"
ALL = ("tokenize", "pos", "lemma", "depparse", "ner")


def fake_models(directory: Path, languages: tuple[str, ...] = ("de",)) -> Path:
    """A directory laid out like Stanza's resources (the files are empty)."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "resources.json").write_text("{}", encoding="utf-8")
    for language in languages:
        for processor in ALL:
            folder = directory / language / processor
            folder.mkdir(parents=True)
            (folder / "default.pt").write_bytes(b"")
    return directory


class FakeStanza:
    """Stands in for stanza.Pipeline: returns offline-built documents for known texts."""

    def __init__(self, documents: dict[str, Any]) -> None:
        self.documents = documents
        self.calls: list[str] = []

    def __call__(self, text: str) -> Any:
        self.calls.append(text)
        return self.documents[text]


@pytest.fixture
def fake_stanza(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[FakeStanza, list[tuple[Any, ...]], str]:
    doc = document([DE_DIRECT, DE_INDIRECT, DE_PARTICLE])
    nlp = FakeStanza({doc.text: doc})
    loads: list[tuple[Any, ...]] = []

    def load(directory: Path, language: str, processors: Any, device: Any) -> FakeStanza:
        loads.append((directory, language, tuple(processors), device))
        return nlp

    monkeypatch.setattr(models, "load_stanza", load)
    monkeypatch.setenv(DIR_ENV, str(fake_models(tmp_path / "stanza")))
    return nlp, loads, doc.text


def stanza_pipeline(**kwargs: Any) -> newskit.Pipeline:
    return newskit.Pipeline(load_entrypoints=False, plugins=[newskit_stanza], **kwargs)


def test_registers_backends_and_changes_nothing_by_default(fake_stanza: Any) -> None:
    nlp, loads, text = fake_stanza
    pipeline = stanza_pipeline()
    assert {"stanza", "stanza-tokens", "stanza-actors", "stanza-quotes"} <= set(pipeline.backends)
    article = pipeline.analyze(text, language="de")
    assert loads == [] and nlp.calls == []
    assert not any(a.id.startswith("stanza-") for a in article.actors)


def test_stanza_backend_replaces_the_built_ins(fake_stanza: Any, tmp_path: Path) -> None:
    nlp, loads, text = fake_stanza
    pipeline = stanza_pipeline(backend="stanza", language="de")
    assert loads == []  # nothing heavy at construction
    for name in ("tokenizer", "actors", "quotes"):
        assert pipeline.plugin_manager.is_blocked(f"newskit.default_plugins.{name}")
    article = pipeline.analyze(text)
    # Stanza ran once for all three parts, with the processors they need
    assert nlp.calls == [text]
    assert loads == [
        (tmp_path / "stanza", "de", ("tokenize", "pos", "lemma", "depparse", "ner"), None)
    ]
    assert article.slice(article.tokens[1]) == "Wir"
    assert [(s.token_start, s.token_end) for s in article.sentences] == [
        (0, 14),
        (14, 27),
        (27, 39),
    ]
    assert [(a.name, a.kind) for a in article.actors if a.id.startswith("stanza-a")] == [
        ("Claus Weselsky", ActorKind.PERSON),
        ("Berlin", ActorKind.PLACE),
        ("Deutschen Bahn", ActorKind.ORGANIZATION),
    ]
    speakers = {a.id: a.name for a in article.actors}
    assert [
        (s.kind, article.slice(s.content[0]), speakers.get(s.speaker or ""))
        for s in article.statements
    ] == [
        (StatementKind.DIRECT, "Wir streiken am Donnerstag", "Claus Weselsky"),
        (StatementKind.INDIRECT, "man werde das Angebot prüfen", "Ein Sprecher der Deutschen Bahn"),
        (StatementKind.DIRECT, "Das ist erst der Anfang", "Claus Weselsky"),
    ]
    # the same text again reuses the last parse; the models were loaded once
    pipeline.analyze(text)
    assert len(nlp.calls) == 1 and len(loads) == 1


def test_one_part_only_keeps_the_other_built_ins(fake_stanza: Any) -> None:
    _nlp, loads, text = fake_stanza
    pipeline = stanza_pipeline(backend="stanza-actors", language="de")
    assert not pipeline.plugin_manager.is_blocked("newskit.default_plugins.tokenizer")
    article = pipeline.analyze(text)
    assert loads[0][2] == ("tokenize", "ner")
    assert "Claus Weselsky" in {a.name for a in article.actors}
    assert not any(s.id.startswith("stanza-") for s in article.statements)


def test_resources_dir_option_wins_over_the_environment(fake_stanza: Any, tmp_path: Path) -> None:
    _nlp, loads, text = fake_stanza
    other = fake_models(tmp_path / "other")
    pipeline = stanza_pipeline(
        backend="stanza-tokens", language="de", backend_options={"resources_dir": str(other)}
    )
    pipeline.analyze(text)
    assert loads[0][:3] == (other, "de", ("tokenize",))


def test_construction_without_models_gives_the_documented_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DIR_ENV, str(tmp_path / "empty"))
    with pytest.raises(ModelsNotFoundError) as error:
        stanza_pipeline(backend="stanza")
    message = str(error.value)
    assert isinstance(error.value, NewskitError)
    assert f"no Stanza models in {tmp_path / 'empty'}" in message
    assert f"run: newskit stanza download de en --dir {tmp_path / 'empty'}" in message
    assert "\n" not in message


def test_missing_language_models_are_named_on_the_first_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = fake_models(tmp_path / "stanza", languages=("de",))
    monkeypatch.setenv(DIR_ENV, str(directory))
    pipeline = stanza_pipeline(backend="stanza")
    with pytest.raises(ModelsNotFoundError) as error:
        pipeline.analyze("The minister said talks would continue.", language="en")
    assert str(error.value).startswith(
        f"the Stanza models for 'en' are not installed in {directory} "
        "(missing: tokenize, pos, lemma, depparse, ner); "
        f"run: newskit stanza download en --dir {directory}"
    )


def test_stanza_failing_to_load_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    """The real stanza.Pipeline on a directory whose model files are empty: Stanza's own error
    comes back as a ModelsNotFoundError saying what to run; nothing is downloaded."""
    directory = fake_models(tmp_path / "broken")
    models.clear_cache()
    with pytest.raises(ModelsNotFoundError) as error:
        models.load_stanza(directory, "de", ("tokenize",), "cpu")
    message = str(error.value)
    assert message.startswith(f"Stanza could not load its 'de' models (tokenize) from {directory}")
    assert "newskit stanza download de" in message
    assert sorted(p.name for p in directory.iterdir()) == ["de", "resources.json"]


def test_stanza_failing_on_an_article_is_a_plugin_error(
    fake_stanza: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(directory: Path, language: str, processors: Any, device: Any) -> Any:
        def nlp(text: str) -> Any:
            raise RuntimeError("CUDA out of memory")

        return nlp

    monkeypatch.setattr(models, "load_stanza", broken)
    pipeline = stanza_pipeline(backend="stanza", language="de")
    with pytest.raises(PluginError, match="Stanza failed on article 'x': RuntimeError: CUDA out"):
        pipeline.analyze("Ein Text.", id="x")


def test_resources_dir_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DIR_ENV, raising=False)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza-own"))
    assert models.resources_dir() == tmp_path / "stanza-own"
    monkeypatch.setenv(DIR_ENV, str(tmp_path / "ours"))
    assert models.resources_dir() == tmp_path / "ours"
    assert models.resources_dir(tmp_path / "setting") == tmp_path / "setting"
    monkeypatch.delenv(DIR_ENV)
    monkeypatch.delenv("STANZA_RESOURCES_DIR")
    # Stanza's own default (its formula in stanza.resources.common), found without importing it
    import stanza
    from platformdirs import user_cache_dir

    expected = Path(user_cache_dir("stanza", "StanfordNLP", stanza.__resources_version__))
    assert models.resources_dir() == expected / "resources"


@pytest.mark.skipif(
    not os.environ.get(REAL_MODELS_ENV),
    reason=f"set {REAL_MODELS_ENV} to a Stanza resources directory with de models",
)
def test_real_stanza_pipeline() -> None:
    """Runs the real Stanza models end to end (skipped unless NEWSKIT_STANZA_TEST_DIR is set)."""
    text = "„Wir streiken am Donnerstag“, sagte GDL-Chef Claus Weselsky in Berlin."
    pipeline = newskit.Pipeline(
        load_entrypoints=False,
        plugins=[newskit_stanza],
        backend="stanza",
        language="de",
        backend_options={"resources_dir": os.environ[REAL_MODELS_ENV], "device": "cpu"},
    )
    article = pipeline.analyze(text)
    assert all(article.slice(t) == article.slice(t).strip() and len(t.span) for t in article.tokens)
    assert "Claus Weselsky" in {a.name for a in article.actors}
    assert any(article.slice(s.content[0]).startswith("Wir streiken") for s in article.statements)


def test_loading_and_selecting_the_backend_imports_neither_stanza_nor_torch(
    tmp_path: Path,
) -> None:
    """Construction is cheap: a file-system check, no Stanza, no torch, no download."""
    import subprocess
    import sys
    import textwrap

    directory = fake_models(tmp_path / "models")
    script = textwrap.dedent(
        f"""
        import sys
        import newskit, newskit_stanza
        pipeline = newskit.Pipeline(
            load_entrypoints=False, plugins=[newskit_stanza], backend="stanza",
            backend_options={{"resources_dir": {str(directory)!r}}},
        )
        assert pipeline.plugin_manager.get_plugin("backend:stanza.1") is not None
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("stanza", "torch"))
        print(loaded)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
