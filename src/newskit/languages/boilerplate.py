"""Web boilerplate phrases: lines that close scraped articles but are not article text.

Matched case-insensitively against whole lines (after trimming), in any language, because the
reader runs before the language is known.
"""

from __future__ import annotations

BOILERPLATE_LINES: tuple[str, ...] = (
    # English
    "source site", "source", "leave a reply", "leave a comment", "share this", "share this:",
    "share this article", "share on facebook", "share on twitter", "tweet", "related",
    "related articles", "related posts", "read more", "advertisement", "subscribe",
    "subscribe to our newsletter", "sign up for our newsletter", "click to share",
    "like this:", "like loading...", "cancel reply", "comments", "print", "email",
    "follow us", "all rights reserved", "cookie settings", "you may also like",
    "recommended", "more from", "posted in", "filed under", "tags:", "back to top",
    # German
    "quelle", "teilen", "artikel teilen", "diesen artikel teilen", "kommentar schreiben",
    "kommentare", "antworten", "mehr zum thema", "mehr zum thema:", "weitere artikel",
    "das könnte sie auch interessieren", "anzeige", "werbung", "newsletter abonnieren",
    "jetzt abonnieren", "drucken", "e-mail", "zum seitenanfang", "alle rechte vorbehalten",
    "ähnliche artikel", "verwandte artikel", "schreibe einen kommentar",
    "hinterlasse einen kommentar",
)

#: Line prefixes that mark boilerplate ("Share this: Facebook", "© 2023 ...").
BOILERPLATE_PREFIXES: tuple[str, ...] = (
    "©", "(c) ", "copyright ", "share this", "leave a reply", "teilen:", "quelle:", "source:",
    "foto:", "photo:", "bild:", "image:", "tags:", "schlagworte:", "follow us on",
    "posted by ", "posted in ", "filed under ", "related:", "read more:", "lesen sie auch",
    "mehr zum thema", "weiterlesen",
    # comment forms of blog software, in English and German; some lines are long
    "your email address will not be published", "required fields are marked",
    "save my name, email", "deine e-mail-adresse wird nicht veröffentlicht",
    "ihre e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind",
    "meinen namen, meine e-mail-adresse",
)
