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
nitpick_ignore_regex = [
    (r"py:class", r"(attrs|pluggy|argparse|typing|collections\.abc|datetime|enum|_io|io)\..*"),
    (r"py:class", r"(Article|Span|Token|Sentence|Actor|Statement|TimeExpression|Language|Reader|Exporter|Command|Attribution)"),
    (r"py:class", r"(IO|BinaryIO|TextIO|Any|Callable|Iterable|Iterator|Sequence|Mapping|Path|PluginManager|Namespace|ArgumentParser)"),
    (r"py:class", r"(ReadFunction|WriteFunction|NoneType|datetime\.date|dt\.date)"),
    (r"py:.*", r"newskit\..*\._.*"),
]
