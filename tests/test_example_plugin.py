"""The installed example plugin (``plugins/newskit-example``) is found through its entry point,
obeys the ``NEWSKIT_PLUGINS`` allow-list and blocking, and shows up in the CLI.

The README's test command installs it (``requirements-test.txt``); without it these tests fail
with the command that fixes that.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

import newskit
from newskit import cli
from newskit.plugins import ENTRY_POINT_GROUP, PLUGINS_ENV

NAME = "example"
DISTRIBUTION = "newskit-example"


@pytest.fixture(autouse=True)
def installed(monkeypatch: pytest.MonkeyPatch) -> metadata.EntryPoint:
    monkeypatch.delenv(PLUGINS_ENV, raising=False)
    found = [ep for ep in metadata.entry_points(group=ENTRY_POINT_GROUP) if ep.name == NAME]
    if not found:
        pytest.fail(
            f"the example plugin is not installed: pip install -e plugins/{DISTRIBUTION} "
            "(or pip install -r requirements-test.txt)"
        )
    (entry_point,) = found
    return entry_point


def test_found_through_its_entry_point(installed: metadata.EntryPoint) -> None:
    import newskit_example

    assert installed.value == "newskit_example"
    assert installed.dist is not None and installed.dist.name == DISTRIBUTION
    manager = newskit.get_plugin_manager(load_entrypoints=True)
    assert manager.get_plugin(NAME) is newskit_example
    hooks = {caller.name for caller in manager.get_hookcallers(newskit_example) or ()}
    assert hooks == {"register_exporters", "resolve_sentences"}


def test_not_loaded_unless_asked() -> None:
    assert not newskit.get_plugin_manager(load_entrypoints=False).has_plugin(NAME)
    assert "speakers" not in newskit.Pipeline(load_entrypoints=False).exporters
    assert "speakers" in newskit.Pipeline(load_entrypoints=True).exporters


@pytest.mark.parametrize(
    ("allow_list", "loaded"),
    [
        (NAME, True),
        (f"someother, {NAME} ,", True),
        ("someother", False),
        ("", False),  # set but empty: no installed plugins at all
        (NAME.upper(), False),  # names are exact
    ],
)
def test_allow_list_environment_variable(
    monkeypatch: pytest.MonkeyPatch, allow_list: str, loaded: bool
) -> None:
    monkeypatch.setenv(PLUGINS_ENV, allow_list)
    assert newskit.get_plugin_manager(load_entrypoints=True).has_plugin(NAME) is loaded
    assert ("speakers" in newskit.Pipeline().exporters) is loaded


def test_allow_argument_overrides_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PLUGINS_ENV, "")
    assert newskit.get_plugin_manager(allow=[NAME]).has_plugin(NAME)
    monkeypatch.setenv(PLUGINS_ENV, NAME)
    assert not newskit.get_plugin_manager(allow=[]).has_plugin(NAME)


def test_blocked_by_its_entry_point_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PLUGINS_ENV, NAME)  # blocking wins over the allow-list
    manager = newskit.get_plugin_manager(block=[NAME])
    assert not manager.has_plugin(NAME)
    assert manager.has_plugin("newskit.default_plugins.exporters")


def test_cli_plugins_lists_it_with_version_and_hooks(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["plugins"]) == 0
    lines = capsys.readouterr().out.splitlines()
    (line,) = [line for line in lines if line.split("\t")[0] == NAME]
    version = metadata.version(DISTRIBUTION)
    assert f"{DISTRIBUTION} {version}" in line
    assert "register_exporters" in line and "resolve_sentences" in line


def test_cli_plugins_respects_the_allow_list(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(PLUGINS_ENV, "")
    assert cli.main(["plugins"]) == 0
    names = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert NAME not in names
    assert "newskit.default_plugins.tokenizer" in names


def test_cli_formats_lists_its_format(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["formats"]) == 0
    listed = capsys.readouterr().out
    assert any(line.split()[:2] == ["speakers", ".md"] for line in listed.splitlines())
    monkeypatch.setenv(PLUGINS_ENV, "")
    assert cli.main(["formats"]) == 0
    assert "speakers" not in capsys.readouterr().out


def test_cli_analyze_exports_with_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "ministerin.txt"
    source.write_text("„Wir sind bereit“, sagte die Ministerin am Dienstag.\n", encoding="utf-8")
    target = tmp_path / "report.md"
    assert cli.main(["analyze", str(source), "--format", "speakers", "-o", str(target)]) == 0
    report = target.read_text(encoding="utf-8")
    assert report.startswith("# ministerin")
    assert "Wir sind bereit" in report and "language de" in report


def test_cli_unknown_format_names_the_plugin_format(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Ein Satz.\n", encoding="utf-8")
    monkeypatch.setenv(PLUGINS_ENV, "")
    assert cli.main(["analyze", str(source), "--format", "speakers"]) != 0
    error = capsys.readouterr().err
    assert "unknown format 'speakers'" in error and "json" in error
