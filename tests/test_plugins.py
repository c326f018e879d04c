"""The plugin manager: built-ins, blocking, extra plugins, installed plugins and registration."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import pytest

import newskit
from newskit import hookimpl, plugins
from newskit.errors import PluginError
from newskit.plugins import DEFAULT_PLUGINS, PLUGINS_ENV, get_plugin_manager
from newskit.registrations import Exporter, Language, Reader


def test_built_ins_are_registered_under_their_module_names() -> None:
    manager = get_plugin_manager(load_entrypoints=False)
    names = {name for name, plugin in manager.list_name_plugin() if plugin is not None}
    assert set(DEFAULT_PLUGINS) <= names
    assert all(name.startswith("newskit.default_plugins.") for name in DEFAULT_PLUGINS)


def test_a_fresh_manager_per_call() -> None:
    assert get_plugin_manager(load_entrypoints=False) is not get_plugin_manager(
        load_entrypoints=False
    )


def test_blocking_a_built_in() -> None:
    quotes = "newskit.default_plugins.quotes"
    manager = get_plugin_manager(load_entrypoints=False, block=[quotes])
    assert manager.is_blocked(quotes)
    assert manager.get_plugin(quotes) is None
    article = newskit.Pipeline(plugin_manager=manager).analyze("„Ja“, sagte sie.", language="de")
    assert article.statements == ()


def test_extra_plugins_are_registered() -> None:
    class Extra:
        @hookimpl
        def register_languages(self, register):  # type: ignore[no-untyped-def]
            register(Language.from_mapping("xx", "Test", {"stopwords": ("foo",)}))

    pipeline = newskit.Pipeline(load_entrypoints=False, plugins=[Extra()])
    assert pipeline.language_for("xx").lexicon("stopwords") == ("foo",)


def test_a_misspelled_hook_is_a_plugin_error() -> None:
    class Typo:
        @hookimpl
        def extract_actor(self):  # type: ignore[no-untyped-def]
            return []

    with pytest.raises(PluginError, match="a plugin implements a hook that does not exist"):
        get_plugin_manager(load_entrypoints=False, plugins=[Typo()])


class _EntryPoint:
    def __init__(self, name: str, target: object = None, error: Exception | None = None) -> None:
        self.name, self.value, self.dist = name, f"fake_{name}:plugin", None
        self._target, self._error = target, error

    def load(self) -> object:
        if self._error is not None:
            raise self._error
        return self._target


def _fake_entry_points(monkeypatch: pytest.MonkeyPatch, *points: _EntryPoint) -> None:
    def entry_points(*, group: str) -> tuple[_EntryPoint, ...]:
        assert group == plugins.ENTRY_POINT_GROUP
        return points

    monkeypatch.setattr(metadata, "entry_points", entry_points)


class _Installed:
    @hookimpl
    def register_exporters(self, register):  # type: ignore[no-untyped-def]
        register(Exporter("lines", ".txt", lambda articles, stream: None))


def test_installed_plugins_load_unless_blocked_or_not_allowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake_entry_points(
        monkeypatch, _EntryPoint("one", _Installed()), _EntryPoint("two", _Installed())
    )
    monkeypatch.delenv(PLUGINS_ENV, raising=False)
    with pytest.raises(PluginError):  # both register the exporter "lines"
        newskit.Pipeline()
    assert "lines" in newskit.Pipeline(block=["two"]).exporters
    monkeypatch.setenv(PLUGINS_ENV, "one")
    manager = get_plugin_manager()
    assert manager.get_plugin("one") is not None and manager.get_plugin("two") is None
    monkeypatch.setenv(PLUGINS_ENV, "")
    assert get_plugin_manager().get_plugin("one") is None
    assert get_plugin_manager(allow=["two"]).get_plugin("two") is not None
    assert get_plugin_manager(load_entrypoints=False, allow=["two"]).get_plugin("two") is None


def test_a_broken_installed_plugin_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_points(monkeypatch, _EntryPoint("broken", error=ImportError("no module named x")))
    monkeypatch.delenv(PLUGINS_ENV, raising=False)
    with pytest.raises(
        PluginError, match=r"could not load plugin 'broken' \(fake_broken:plugin\): no module"
    ):
        get_plugin_manager()


def test_registration_checks_types_and_name_clashes() -> None:
    class Clash:
        @hookimpl
        def register_readers(self, register):  # type: ignore[no-untyped-def]
            register(Reader("txt", (".txt",), lambda stream, name: []))

    with pytest.raises(
        PluginError, match="two plugins register the reader 'txt'; block one of them"
    ):
        newskit.Pipeline(load_entrypoints=False, plugins=[Clash()])
    replaced = newskit.Pipeline(
        load_entrypoints=False, plugins=[Clash()], block=["newskit.default_plugins.readers"]
    )
    assert list(replaced.readers) == ["txt"]

    class WrongType:
        @hookimpl
        def register_exporters(self, register):  # type: ignore[no-untyped-def]
            register("csv")

    with pytest.raises(
        PluginError, match="register_exporters: expected an Exporter, received 'csv'"
    ):
        newskit.Pipeline(load_entrypoints=False, plugins=[WrongType()])


def test_registering_a_known_language_merges_lexicons() -> None:
    class MoreGerman:
        @hookimpl
        def register_languages(self, register):  # type: ignore[no-untyped-def]
            register(Language.from_mapping("de", "German", {"test_words": ("Bahnstreik",)}))

    pipeline = newskit.Pipeline(load_entrypoints=False, plugins=[MoreGerman()])
    german = pipeline.language_for("de")
    assert german.lexicon("test_words") == ("Bahnstreik",)
    assert german.lexicon("stopwords")  # the built-in lexicons are kept


def test_importing_newskit_loads_no_plugin() -> None:
    code = (
        "import sys, newskit; "
        "print(sorted(m for m in sys.modules if m.startswith('newskit.default_plugins.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
