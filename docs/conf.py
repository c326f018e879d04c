"""Sphinx configuration for the newskit documentation (strict: built with -n -W)."""

from __future__ import annotations

import newskit

project = "newskit"
author = "The newskit developers"
copyright = "2026, The newskit developers"
release = newskit.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
# Offline builds: no intersphinx, so -W never fails on an unreachable inventory.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "newskit"
html_static_path = ["_static"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
nitpicky = True

# Offline, strict builds: references into other projects' docs cannot resolve without
# intersphinx, and names imported only under TYPE_CHECKING (or type aliases) appear in signatures
# as bare names. Ignore exactly those; every reference to a newskit object must resolve.
_STDLIB_AND_DEPENDENCIES = [
    r"(attrs|cattrs|pluggy|argparse|typing|collections\.abc|datetime|dt|enum|_io|io|pathlib)\..*",
    r"(IO|BinaryIO|TextIO|Any|Callable|Iterable|Iterator|Sequence|Mapping|Path|NoneType)",
    r"(PluginManager|Namespace|ArgumentParser)",
]
_BARE_NAMES = [
    r"(Article|Span|Token|Sentence|Actor|Statement|TimeExpression|Attribution)",
    r"(Language|Lexicon|Reader|Exporter|ExportOption|Command|Runner|Backend|Failure|Pipeline)",
    r"(ReadFunction|WriteFunction|RunFunction|FilesFunction|ErrorHandler)",
]
nitpick_ignore_regex = [
    *((r"py:class", pattern) for pattern in _STDLIB_AND_DEPENDENCIES + _BARE_NAMES),
    (r"py:.*", r"newskit\..*\._.*"),  # private names
]
