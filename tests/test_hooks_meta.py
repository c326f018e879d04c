"""Meta tests: every hook spec is documented, fully described and exercised by a test; importing
newskit loads nothing."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pluggy
import pytest

from newskit import hookspecs
from newskit.plugins import DEFAULT_PLUGINS

ROOT = Path(__file__).resolve().parent.parent
HOOKS_PAGE = ROOT / "docs" / "hooks.md"
TEST_FILES = sorted(
    path
    for path in [*ROOT.glob("tests/**/*.py"), *ROOT.glob("plugins/*/tests/**/*.py")]
    if path.name != Path(__file__).name
)


def _hook_specs() -> list[str]:
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    return sorted(
        name
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if manager.parse_hookspec_opts(hookspecs, name) is not None
    )


HOOKS = _hook_specs()


def test_the_hook_specs_are_found() -> None:
    # guards the tests below against an empty parametrization
    assert {"register_exporters", "resolve_tokens", "attribute_statements"} <= set(HOOKS)


@pytest.mark.parametrize("name", HOOKS)
def test_hook_is_documented_in_the_hook_reference(name: str) -> None:
    page = HOOKS_PAGE.read_text(encoding="utf-8")
    pattern = rf"autofunction(?::: |\}} )newskit\.hookspecs\.{name}\s*$"
    assert re.search(pattern, page, re.MULTILINE), f"docs/hooks.md has no autofunction for {name}"


@pytest.mark.parametrize("name", HOOKS)
def test_hook_docstring_describes_every_argument(name: str) -> None:
    function = getattr(hookspecs, name)
    doc = inspect.getdoc(function)
    assert doc, f"{name} has no docstring"
    summary = doc.splitlines()[0]
    assert summary.endswith("."), f"{name}: the first line should be a one-sentence summary"
    arguments = list(inspect.signature(function).parameters)
    documented = re.findall(r"^:param (\w+):", doc, re.MULTILINE)
    assert documented == arguments, f"{name}: :param: entries {documented} != {arguments}"
    options = pluggy.PluginManager(hookspecs.PROJECT_NAME).parse_hookspec_opts(hookspecs, name)
    if not name.startswith("register_"):
        assert re.search(r"^:return:", doc, re.MULTILINE), f"{name} does not say what it returns"
    if options and options.get("firstresult"):
        assert "first non-None result wins" in doc, f"{name} is firstresult but does not say so"


@pytest.mark.parametrize("name", HOOKS)
def test_hook_is_exercised_by_a_test(name: str) -> None:
    # a test implements the hook (def name(...)) or calls it (hook.name(...))
    pattern = re.compile(rf"\bdef {name}\(|\.hook\.{name}\(")
    users = [path.name for path in TEST_FILES if pattern.search(path.read_text(encoding="utf-8"))]
    assert users, f"no test implements or calls the hook {name}"


def test_importing_newskit_loads_no_plugin() -> None:
    script = textwrap.dedent(
        f"""
        import gc, sys
        import pluggy
        import newskit, newskit.cli, newskit.pipeline, newskit.plugins
        defaults = {list(DEFAULT_PLUGINS)!r}
        loaded = sorted(name for name in defaults if name in sys.modules)
        managers = [o for o in gc.get_objects() if isinstance(o, pluggy.PluginManager)]
        print(loaded, len(managers), "newskit_example" in sys.modules,
              newskit._default_pipeline.cache_info().currsize)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split() == ["[]", "0", "False", "0"], result.stdout + result.stderr


def test_the_first_analysis_loads_the_built_ins() -> None:
    # the counterpart of the test above: the check can see a loaded plugin
    script = textwrap.dedent(
        """
        import sys
        import newskit
        newskit.analyze("Ein kurzer Satz.", language="de")
        print("newskit.default_plugins.tokenizer" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "True", result.stderr
