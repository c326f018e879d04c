"""The ``newskit`` command line.

Errors newskit expects (bad input, unknown format, unsupported language) are printed as one
``newskit: error: ...`` line with a non-zero exit status, never as a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from . import __version__
from .backends import DEFAULT_BACKEND
from .batch import Failure
from .errors import NewskitError
from .model import Article
from .output import atomic_writer, write_directory
from .pipeline import AUTO, Pipeline
from .plugins import plugin_distributions

EXIT_OK = 0
EXIT_FAILURES = 1  # some inputs failed; the others were written
EXIT_USAGE = 2
_LISTED_FAILURES = 20  # failures listed in the summary; the rest are counted


def _build_parser(pipeline: Pipeline) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newskit", description="Who said what, when, about whom: structured data from news."
    )
    parser.add_argument("--version", action="version", version=f"newskit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    analyze = commands.add_parser("analyze", help="analyse articles and export the results")
    analyze.add_argument("files", nargs="+", metavar="FILE", help="input files; - reads stdin")
    analyze.add_argument(
        "--language", default=AUTO, help="de, en, ... or auto (default: identify per article)"
    )
    analyze.add_argument(
        "--published",
        help="publication date YYYY-MM-DD of articles that carry none (anchors relative dates)",
    )
    analyze.add_argument("--format", default="json", help="export format (see: newskit formats)")
    analyze.add_argument(
        "--format-option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a setting of the export format, e.g. table=actors for csv (repeatable; "
        "see: newskit formats)",
    )
    analyze.add_argument("--input-format", help="input format (default: by file suffix)")
    analyze.add_argument(
        "--backend",
        default=DEFAULT_BACKEND,
        help="analysis backend(s), comma-separated: "
        + ", ".join(sorted(pipeline.backends))
        + f" (default: {DEFAULT_BACKEND})",
    )
    analyze.add_argument(
        "--backend-option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a setting of the selected backend (repeatable)",
    )
    analyze.add_argument(
        "-o",
        "--output",
        help="output file, or a directory ending in / or existing (one file per article); "
        "default stdout",
    )
    analyze.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary (errors still)"
    )
    for runner in pipeline.runners.values():
        runner.add_arguments(analyze)

    commands.add_parser("plugins", help="list plugins with their version and hooks")
    commands.add_parser("formats", help="list input and export formats")

    for command in pipeline.commands.values():
        sub = commands.add_parser(command.name, help=command.help)
        command.configure(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        pipeline = Pipeline()
    except NewskitError as error:
        return _error(str(error))
    parser = _build_parser(pipeline)
    args = parser.parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(pipeline, args)
        if args.command == "plugins":
            return _plugins(pipeline)
        if args.command == "formats":
            return _formats(pipeline)
        return pipeline.commands[args.command].run(args)
    except NewskitError as error:
        return _error(str(error))
    except BrokenPipeError:  # `newskit analyze ... | head`
        return EXIT_OK


def _error(message: str) -> int:
    print(f"newskit: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _analyze(pipeline: Pipeline, args: argparse.Namespace) -> int:
    if args.backend != DEFAULT_BACKEND or args.backend_option:
        options: dict[str, str] = {}
        for item in args.backend_option:
            name, equals, value = item.partition("=")
            if not equals or not name.strip():
                return _error(f"--backend-option: expected NAME=VALUE, received {item!r}")
            options[name.strip()] = value
        pipeline = Pipeline(backend=args.backend, backend_options=options)
    if args.language != AUTO:
        pipeline.language_for(args.language)
    exporter = pipeline.exporter(args.format)
    format_options: dict[str, str] = {}
    for item in args.format_option:
        name, equals, value = item.partition("=")
        if not equals or not name.strip():
            return _error(f"--format-option: expected NAME=VALUE, received {item!r}")
        format_options[name.strip()] = value.strip()
    settings = exporter.settings(format_options)
    output = args.output
    to_directory = bool(output) and (Path(output).is_dir() or output.endswith(("/", "\\")))
    if exporter.files is not None and not to_directory:
        return _error(
            f"the {exporter.name} format writes several files per article; "
            "give an output directory: -o DIR/"
        )
    published = None
    if args.published:
        from .model import parse_date

        try:
            published = parse_date(args.published, "--published")
        except ValueError as error:
            return _error(str(error))
    for name in args.files:  # check every reader up front: a typo fails before any work
        pipeline.reader_for(name, args.input_format)
    failures: list[str] = []
    language = None if args.language == AUTO else args.language

    def on_input_error(error: NewskitError) -> None:
        failures.append(str(error))
        print(f"newskit: error: {error}", file=sys.stderr)

    def inputs() -> Iterator[Article]:
        for name in args.files:
            try:
                for article in pipeline.read(
                    name, input_format=args.input_format, on_error=on_input_error
                ):
                    changes: dict[str, Any] = {}
                    if language is not None:
                        changes["language"] = language
                    if published is not None and article.published is None:
                        changes["published"] = published  # an article's own date wins
                    yield attrs.evolve(article, **changes) if changes else article
            except NewskitError as error:
                on_input_error(error)

    def on_error(failure: Failure) -> None:
        failures.append(f"{failure.id}: {failure.error}")
        print(
            f"newskit: error: article {failure.id}: {failure.kind}: {failure.error}",
            file=sys.stderr,
        )

    runner = next(r for r in pipeline.runners.values() if r.selected(args))
    started = time.perf_counter()
    counted = _Counter()
    progress = _progress(args.quiet)

    def analysed() -> Iterator[Article]:
        for article in runner.run(pipeline, inputs(), args, on_error):
            counted.articles += 1
            progress.update(1)
            yield article

    written = 0
    if to_directory:
        written = write_directory(
            exporter, analysed(), Path(output), settings, on_error=on_input_error
        )
    elif output:
        try:
            with atomic_writer(output) as stream:
                exporter.write(analysed(), stream, **settings)
                if failures and not counted.articles:
                    raise _NothingWritten  # every input failed: keep an earlier file, add none
        except _NothingWritten:
            pass
    else:
        exporter.write(analysed(), sys.stdout, **settings)
        sys.stdout.flush()

    progress.close()
    elapsed = time.perf_counter() - started
    if not args.quiet:
        rate = counted.articles / elapsed if elapsed > 0 else 0.0
        print(
            f"newskit: analysed {counted.articles} article(s) in {elapsed:.1f} s "
            f"({rate:.1f} articles/s), {len(failures)} failed",
            file=sys.stderr,
        )
        if to_directory:
            print(f"newskit: wrote {written} file(s) to {output}", file=sys.stderr)
    if failures:
        print(
            f"newskit: {len(failures)} input(s) failed; the others were written:", file=sys.stderr
        )
        for failure in failures[:_LISTED_FAILURES]:
            print(f"  {failure}", file=sys.stderr)
        if len(failures) > _LISTED_FAILURES:
            print(f"  ... and {len(failures) - _LISTED_FAILURES} more", file=sys.stderr)
        return EXIT_FAILURES
    return EXIT_OK


class _Counter:
    articles = 0


class _NothingWritten(Exception):
    """Aborts an atomic write when every input failed."""


def _progress(quiet: bool) -> Any:
    """A progress bar on an interactive terminal; silent otherwise or with --quiet."""
    from tqdm import tqdm

    return tqdm(
        disable=quiet or not sys.stderr.isatty(), unit=" articles", file=sys.stderr, leave=False
    )


def _plugins(pipeline: Pipeline) -> int:
    manager = pipeline.plugin_manager
    distributions = plugin_distributions(manager)
    for name, plugin in sorted(manager.list_name_plugin()):
        if plugin is None:
            continue
        hooks = sorted(caller.name for caller in manager.get_hookcallers(plugin) or ())
        distribution, version = distributions.get(name, ("newskit", __version__))
        print(f"{name}\t{distribution} {version}\t{', '.join(hooks)}")
    return EXIT_OK


def _formats(pipeline: Pipeline) -> int:
    print("export formats (--format):")
    for exporter in sorted(pipeline.exporters.values(), key=lambda e: e.name):
        print(f"  {exporter.name:<10} {exporter.suffix:<8} {exporter.description}")
        for option in exporter.options:
            values = "|".join(option.choices) or "VALUE"
            default = f" (default {option.default})" if option.default is not None else ""
            print(f"{'':<22}--format-option {option.name}={values}: {option.help}{default}")
    print("input formats (--input-format):")
    for reader in sorted(pipeline.readers.values(), key=lambda r: r.name):
        print(f"  {reader.name:<10} {' '.join(reader.suffixes):<16} {reader.description}")
    return EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
