"""English data for language identification (see :mod:`newskit.languages.de.langid`)."""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


STOPWORDS: tuple[str, ...] = _words(
    """
the of and to a in that is was he for it with as his on be at by i this had not are but from or
have an they which one you were her all she there would their we him been has when who will more
no if out so said what up its about into than them can only other new some could time these two
may then do first any my now such like our over man me even most made after also did many before
must through back years where much your way well down should because each just those people
am are aren't because being below between both can't cannot couldn't didn't does doesn't doing
don't during few further hadn't hasn't haven't having here hers herself himself how i'm i've
isn't it's itself let's mightn't mustn't myself nor off once ours ourselves own same shan't
shouldn't that's theirs themselves there's they're they've those through too under until very
wasn't we're we've weren't what's when's where's while who's whom why with won't wouldn't
you'd you'll you're you've yours yourself yourselves against above again
"""
)

LANGID_WORDS: tuple[str, ...] = _words(
    """
year percent million billion today yesterday tomorrow monday tuesday wednesday thursday friday
saturday sunday january february march april june july august october december says told
government president minister state states city country police week month day days three four
five six seven eight nine ten hundred thousand get got know think want going good great thanks
thank please yes yeah okay ok place need help love best really right time work service food
staff would could should still here there know make take see come go went said
"""
)

LANGID_MARKERS: tuple[str, ...] = _words(
    """
th wh sh -ing -ings -ed -ly -ness -ful -less -ous -y -ies -ity -ght -ould oo ea ay ow aw
's n't
"""
)

LEXICONS: dict[str, tuple[str, ...]] = {
    "stopwords": STOPWORDS,
    "langid_words": LANGID_WORDS,
    "langid_markers": LANGID_MARKERS,
}
