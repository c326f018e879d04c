"""Build ``languages/en/given_names_faker.txt`` and ``surnames_faker.txt`` from Faker's name lists.

Reproduce with::

    pip install --target /tmp/faker_tool faker pyspellchecker
    PYTHONPATH=/tmp/faker_tool python tools/build_given_names.py

Faker (MIT licence, https://github.com/joke2k/faker) ships first names per locale, split by
gender. This script takes the Latin-script locales (German, English, Turkish, Azerbaijani,
Slavic, Baltic, Hungarian, Romance, Scandinavian, Dutch, South Asian Latin spellings) and the
Russian, Ukrainian and Bulgarian lists transliterated the German way ("Schtschukin") and the
English way. Names that are ordinary words are left out: a name whose lower-case form is a word
of the German or English pyspellchecker (MIT) word lists with a frequency above ``_COMMON`` is
dropped ("Rose", "Will", "Hoffnung"), as is every name of one or two letters. The hand-written
``given_names.txt`` files take precedence (lexicon ``actor_generated_given_name_files``):
a generated name loses to a place of the gazetteer.

Surnames (lexicon ``actor_generated_surname_files``) come from the same locales' ``last_names``; a
stricter filter drops every surname that is a German or English word with a frequency above
``_COMMON_SURNAME`` ("Koch", "Fischer", "Wolf") or a generated or hand-written given name.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_OUT = _ROOT / "src/newskit/languages/en/given_names_faker.txt"
_SURNAMES = _ROOT / "src/newskit/languages/en/surnames_faker.txt"
# pyspellchecker frequency above which a word is "common"; on GermEval 2014 dev, 10 and 300
# gave a lower F1 than 50 on both the first 700 sentences and the rest
_COMMON = 50
_COMMON_SURNAME = 2

_LOCALE_TEXT = """
de_DE de_AT de_CH en en_US en_GB en_IE en_NZ en_IN en_PK en_KE en_NG tr_TR az_AZ
pl_PL cs_CZ sk_SK hr_HR sl_SI lt_LT lv_LV et_EE hu_HU ro_RO fr_FR fr_CH fr_QC it_IT
es_ES es_MX es_AR es_CO es_CL pt_PT pt_BR nl_NL nl_BE sv_SE no_NO da_DK fi_FI id_ID
fil_PH sw yo_NG ig_NG ha_NG zu_ZA
"""
_LATIN_LOCALES = tuple(_LOCALE_TEXT.split())
_CYRILLIC_LOCALES = ("ru_RU", "uk_UA", "bg_BG")

_DE = {"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch",
       "з": "s", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
       "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z",
       "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e",
       "ю": "ju", "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"}
_EN = dict(_DE, **{"в": "v", "ж": "zh", "з": "z", "й": "y", "х": "kh", "ц": "ts",
                   "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ё": "yo",
                   "ї": "yi", "є": "ye"})
_NAME = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_][^\W\d_]*)?$")


def _translit(name: str, table: dict[str, str]) -> str:
    out = "".join(table.get(char.lower(), char.lower()) for char in name)
    return out[:1].upper() + out[1:]


def _common_words(threshold: int) -> set[str]:
    from spellchecker import SpellChecker

    words: set[str] = set()
    for language in ("de", "en"):
        checker = SpellChecker(language=language)
        frequency = checker.word_frequency
        words.update(w for w, count in frequency.items() if count > threshold)
    return words


def _hand_written() -> set[str]:
    names: set[str] = set()
    for code in ("de", "en"):
        for line in (_ROOT / f"src/newskit/languages/{code}/given_names.txt").read_text(
            encoding="utf-8"
        ).splitlines():
            if line.strip() and not line.startswith("#"):
                names.update(line.split()[1:])
    return names


def _surnames() -> set[str]:
    import faker.providers.person as person

    available = {module.name for module in pkgutil.iter_modules(person.__path__)}
    names: set[str] = set()
    for locale in (*_LATIN_LOCALES, *_CYRILLIC_LOCALES):
        if locale not in available:
            continue
        value = getattr(importlib.import_module(f"faker.providers.person.{locale}").Provider,
                        "last_names", ())
        if isinstance(value, dict):
            value = value.keys()
        if not isinstance(value, (list, tuple, set, frozenset, type({}.keys()))):
            continue
        for name in value:
            if locale in _CYRILLIC_LOCALES:
                names.update({_translit(name, _DE), _translit(name, _EN)})
            else:
                names.add(name)
    return names


def _lists() -> dict[str, dict[str, set[str]]]:
    import faker.providers.person as person

    available = {module.name for module in pkgutil.iter_modules(person.__path__)}
    result: dict[str, dict[str, set[str]]] = {}
    for locale in (*_LATIN_LOCALES, *_CYRILLIC_LOCALES):
        if locale not in available:
            continue
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        genders: dict[str, set[str]] = {"m": set(), "f": set()}
        for attribute, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            value = getattr(provider, attribute, ())
            if isinstance(value, dict):
                value = value.keys()
            if not isinstance(value, (list, tuple, set, frozenset, type({}.keys()))):
                continue
            for name in value:
                if locale in _CYRILLIC_LOCALES:
                    genders[gender].update({_translit(name, _DE), _translit(name, _EN)})
                else:
                    genders[gender].add(name)
        result[locale] = genders
    return result


def main() -> None:
    common = _common_words(_COMMON)
    hand = _hand_written()
    gender_of: dict[str, str] = {}
    for genders in _lists().values():
        for gender, names in genders.items():
            for name in names:
                name = name.strip()
                if len(name) < 3 or not _NAME.match(name) or not name[0].isupper():
                    continue
                if name.lower() in common or name in hand:
                    continue
                known = gender_of.get(name)
                gender_of[name] = gender if known in (None, gender) else "u"
    lines = [
        "# Given names generated by tools/build_given_names.py from the Faker package's person",
        "# providers (MIT licence, https://github.com/joke2k/faker); Cyrillic lists transliterated",
        "# the German and the English way; names that are common German or English words removed",
        "# (pyspellchecker word lists, MIT). Do not edit by hand: change the script and rerun it.",
        "# Format: one gender letter (m, f, u) then names separated by spaces.",
    ]
    for gender in ("m", "f", "u"):
        names = sorted(name for name, known in gender_of.items() if known == gender)
        for start in range(0, len(names), 20):
            lines.append(" ".join((gender, *names[start:start + 20])))
    _OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(gender_of)} names -> {_OUT.relative_to(_ROOT)}")
    rare = _common_words(_COMMON_SURNAME)
    surnames = sorted(
        name for name in _surnames()
        if len(name) > 2 and _NAME.match(name) and name[0].isupper() and name[1:].islower()
        and name.lower() not in rare and name not in hand and name not in gender_of
    )
    lines = [
        "# Surnames generated by tools/build_given_names.py from the Faker package's person",
        "# providers (MIT licence, https://github.com/joke2k/faker); Cyrillic transliterated;",
        "# surnames that are German or English words or given names removed. Do not edit by hand.",
        "# Format: names separated by spaces.",
    ]
    lines += [" ".join(surnames[start:start + 20]) for start in range(0, len(surnames), 20)]
    _SURNAMES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(surnames)} surnames -> {_SURNAMES.relative_to(_ROOT)}")


if __name__ == "__main__":
    main()
