"""The backend mechanism: register_backends, Pipeline(backend=...), analyze --backend."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import newskit
from newskit import Actor, ActorKind, Article, Language, PluginError, hookimpl
from newskit.backends import DEFAULT_BACKEND, Backend, parse_backend_names
from newskit.cli import main

ACTORS = "newskit.default_plugins.actors"


class Shouting:
    """A backend plugin: every all-caps word is an organisation."""

    def __init__(self, suffix: str = "") -> None:
        self.suffix = suffix

    @hookimpl
    def extract_actors(self, article: Article, language: Language) -> list[Actor]:
        return [
            Actor(id=f"caps{index}", name=token.slice(article.text) + self.suffix,
                  kind=ActorKind.ORGANIZATION, mentions=(token.span,))
            for index, token in enumerate(article.tokens)
            if len(token.slice(article.text)) > 1 and token.slice(article.text).isupper()
        ]


class ShoutingBackends:
    """Registers the backend; counts how often its factory runs."""

    def __init__(self) -> None:
        self.activations = 0

    def activate(self, suffix: str = "") -> list[object]:
        self.activations += 1
        return [Shouting(suffix)]

    @hookimpl
    def register_backends(self, register: Callable[[Backend], None]) -> None:
        register(
            Backend(
                "caps", replaces=(ACTORS,), activate=self.activate, options=("suffix",),
                description="all-caps words as organisations",
            )
        )


TEXT = "Die NATO und Angela Merkel trafen sich in Berlin."


def test_default_backend_is_the_built_ins_and_activates_nothing() -> None:
    backends = ShoutingBackends()
    pipeline = newskit.Pipeline(load_entrypoints=False, plugins=[backends])
    assert [backend.name for backend in pipeline.backend] == [DEFAULT_BACKEND]
    assert set(pipeline.backends) == {"rules", "caps"}
    assert backends.activations == 0
    assert pipeline.plugin_manager.get_plugin(ACTORS) is not None
    actors = pipeline.analyze(TEXT, language="de").actors
    assert actors  # the built-in recogniser ran ...
    assert not any(actor.id.startswith("caps") for actor in actors)  # ... and only it


def test_selecting_a_backend_replaces_the_built_in_for_that_pipeline_only() -> None:
    backends = ShoutingBackends()
    caps = newskit.Pipeline(load_entrypoints=False, plugins=[backends], backend="caps")
    rules = newskit.Pipeline(load_entrypoints=False, plugins=[backends])
    assert backends.activations == 1
    assert caps.plugin_manager.get_plugin(ACTORS) is None
    assert caps.plugin_manager.is_blocked(ACTORS)
    assert caps.plugin_manager.get_plugin("backend:caps") is not None
    article = caps.analyze(TEXT, language="de")
    assert [(a.name, a.kind, article.slice(a.mentions[0])) for a in article.actors] == [
        ("NATO", ActorKind.ORGANIZATION, "NATO")
    ]
    # the other pipeline still has the built-in recogniser, and not the backend's
    assert rules.plugin_manager.get_plugin(ACTORS) is not None
    other = rules.analyze(TEXT, language="de").actors
    assert other and not any(actor.id.startswith("caps") for actor in other)


def test_backend_options_reach_the_factory() -> None:
    backends = ShoutingBackends()
    pipeline = newskit.Pipeline(
        load_entrypoints=False, plugins=[backends], backend="caps",
        backend_options={"suffix": "!"},
    )
    assert [a.name for a in pipeline.analyze(TEXT, language="de").actors] == ["NATO!"]


def test_unknown_backend_lists_the_available_ones() -> None:
    with pytest.raises(PluginError) as error:
        newskit.Pipeline(load_entrypoints=False, plugins=[ShoutingBackends()], backend="neural")
    message = str(error.value)
    assert "unknown backend 'neural'" in message
    assert "caps (all-caps words as organisations)" in message
    assert "rules" in message


def test_option_no_selected_backend_accepts_is_an_error() -> None:
    with pytest.raises(PluginError, match=r"'colour' not accepted.*accepted: suffix"):
        newskit.Pipeline(
            load_entrypoints=False, plugins=[ShoutingBackends()], backend="caps",
            backend_options={"colour": "red"},
        )
    with pytest.raises(PluginError, match="accepted: none"):
        newskit.Pipeline(load_entrypoints=False, backend_options={"suffix": "!"})


def test_two_plugins_registering_one_backend_name_clash() -> None:
    with pytest.raises(PluginError, match="two plugins register the backend 'caps'"):
        newskit.Pipeline(load_entrypoints=False, plugins=[ShoutingBackends(), ShoutingBackends()])


def test_backend_validation_and_name_parsing() -> None:
    with pytest.raises(ValueError, match=r"Backend\.name"):
        Backend("Caps")
    with pytest.raises(ValueError, match=r"Backend\.activate: expected a callable"):
        Backend("caps", activate="nope")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Backend("caps", replaces=ACTORS)  # a string, not a tuple of names
    assert parse_backend_names("stanza-actors, stanza-quotes") == ("stanza-actors", "stanza-quotes")
    assert parse_backend_names(["caps", "caps"]) == ("caps",)
    assert parse_backend_names("") == (DEFAULT_BACKEND,)


def test_cli_backend_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    backends = ShoutingBackends()
    real = newskit.Pipeline.__init__

    def with_test_plugin(self: newskit.Pipeline, **kwargs: object) -> None:
        kwargs["load_entrypoints"] = False
        kwargs["plugins"] = [backends]
        real(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(newskit.Pipeline, "__init__", with_test_plugin)
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["analyze", str(source), "--language", "de", "--backend", "caps",
                 "--backend-option", "suffix=?"]) == 0
    actors = json.loads(capsys.readouterr().out)
    if isinstance(actors, list):
        actors = actors[0]
    assert [a["name"] for a in actors["actors"]] == ["NATO?"]

    assert main(["analyze", str(source), "--backend", "neural"]) == 2
    assert "unknown backend 'neural'; available: caps" in capsys.readouterr().err
    assert main(["analyze", str(source), "--backend", "caps", "--backend-option", "suffix"]) == 2
    assert "--backend-option: expected NAME=VALUE" in capsys.readouterr().err


def test_a_pipeline_with_a_backend_pickles_with_it() -> None:
    """Worker processes rebuild the pipeline from its arguments: the backend comes along."""
    import pickle

    pipeline = newskit.Pipeline(
        load_entrypoints=False, plugins=[ShoutingBackends()], backend="caps",
        backend_options={"suffix": "!"},
    )
    copy = pickle.loads(pickle.dumps(pipeline))
    assert [backend.name for backend in copy.backend] == ["caps"]
    assert copy.plugin_manager.is_blocked(ACTORS)
    assert [a.name for a in copy.analyze(TEXT, language="de").actors] == ["NATO!"]
