"""Build ``languages/de/common_words.txt.gz`` and ``languages/en/common_words.txt.gz``.

Reproduce with::

    pip install --target /tmp/spell_tool pyspellchecker
    PYTHONPATH=/tmp/spell_tool python tools/build_common_words.py

The word frequency lists of pyspellchecker (MIT licence,
https://github.com/barrust/pyspellchecker; built from OpenSubtitles) give every German word of the
list (German file) and every English word with a frequency above ``_ENGLISH_MIN`` (English file),
written capitalised ("Hoffen", "Verurteilte"; "Room"), one a line, sorted, gzip-compressed. German
actor recognition takes a capitalised word that is in neither list (lexicons
``actor_common_noun_files`` and ``actor_foreign_word_files``), nor a compound ending in a German
one, as a possible name ("Halmich", "Gudme"). Names frequent in subtitles are in the list
("Merkel", "Peter"); the given-name and surname lists and the gazetteer cover those.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import spellchecker  # type: ignore[import-not-found]

_ROOT = Path(__file__).resolve().parent.parent
_OUT = _ROOT / "src/newskit/languages/de/common_words.txt.gz"
_OUT_EN = _ROOT / "src/newskit/languages/en/common_words.txt.gz"
# English words in German text are mostly titles ("Till Death Do Us Part"); rarer English words
# are too often names
_ENGLISH_MIN = 1000


def _frequencies(language: str) -> dict[str, int]:
    path = Path(spellchecker.__file__).parent / "resources" / f"{language}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        return json.load(stream)


def main() -> None:
    german = {word.capitalize() for word in _frequencies("de") if word.isalpha()}
    english = {
        word.capitalize()
        for word, count in _frequencies("en").items()
        if count > _ENGLISH_MIN and word.isalpha()
    }
    _write(_OUT, german, "German words of pyspellchecker (MIT), capitalised")
    _write(_OUT_EN, english, f"English words of pyspellchecker (MIT) with a frequency above "
           f"{_ENGLISH_MIN}, capitalised")


def _write(path: Path, words: set[str], what: str) -> None:
    header = f"# {what}; made by tools/build_common_words.py\n"
    data = header + "\n".join(sorted(words)) + "\n"
    path.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(words)} words -> {path}")


if __name__ == "__main__":
    main()
