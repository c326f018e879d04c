"""German data for language identification.

``stopwords``
    Frequent function words (lower case). Language identification scores a text by the share of
    its words found here; other components use the list as "function words" too.
``langid_words``
    Further frequent words that are not function words (lower case): they help on short texts.
``langid_markers``
    Spellings typical of the language, weaker evidence used when a text has few listed words:
    ``-ung`` is a word ending, ``ver-`` a word beginning, anything else (``ß``, ``sch``) occurs
    anywhere in a word.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


STOPWORDS: tuple[str, ...] = _words(
    """
der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an
werden aus er hat dass daß sie nach wird bei einer um am sind noch wie einem über einen so zum
war haben nur oder aber vor zur bis mehr durch man sein wurde sei hatte kann gegen vom schon
wenn habe seine ihre dann unter wir soll ich eines diese dieser wieder keine seiner worden ob
hier seit ihr uns zwischen sowie beim damit doch denn weil immer ihm ihn ihnen ihrer ihren
ihrem seinem seinen sondern jedoch dabei dazu darauf darüber davon dort etwa etwas alle allen
aller alles andere anderen bereits beide beiden bin bist da dadurch dafür dagegen daher damals
danach daran darin deren derer dessen dich dir diesem diesen dieses du durch ebenfalls ehe
einige einigen einmal er euch euer falls ganz gar gegenüber gewesen
hatten hätte hätten ihnen indem jede jedem jeden jeder jedes jene jenem jenen jener jetzt kein
keinem keinen keiner können könnte konnte konnten mich mir mit muss muß müssen musste nun nichts
nie niemand ohne sehr selbst sollen sollte sollten somit sonst statt trotz uns unser unsere
unserem unseren unserer unter viel viele vielen vom von vor während wann war waren warum was
weder weiter welche welchem welchen welcher welches wer werde wieso will wir wo wohl wollen
wollte worden würde würden zudem zwar
"""
)

LANGID_WORDS: tuple[str, ...] = _words(
    """
jahr jahre jahren prozent millionen milliarden euro uhr heute gestern morgen montag dienstag
mittwoch donnerstag freitag samstag sonntag januar februar märz mai juni juli oktober dezember
sagte sagt erklärte teilte mit regierung bundesregierung präsident minister kanzlerin kanzler
land länder stadt deutschland deutschen deutsche polizei menschen leute frau herr mann kinder
zeit tag tage woche wochen monat monaten neue neuen neuer großen große groß gut gute guten
erste ersten zwei drei vier fünf sechs sieben acht neun zehn zwanzig hundert tausend weitere
weiteren laut zufolge demnach allerdings außerdem bisher derzeit inzwischen zunächst zurück
kommt kommen geht gehen gibt geben macht machen sagen steht stehen bleibt bleiben lassen lässt
liegt sehen sieht wurden soll sollen schnell danke vielen dank bitte ja nein nicht
"""
)

LANGID_MARKERS: tuple[str, ...] = _words(
    """
ä ö ü ß sch tz pf -ung -ungen -keit -heit -lich -lichen -isch -ischen -chen -ig -igen zer-
"""
)

LEXICONS: dict[str, tuple[str, ...]] = {
    "stopwords": STOPWORDS,
    "langid_words": LANGID_WORDS,
    "langid_markers": LANGID_MARKERS,
}
