from __future__ import annotations

import newskit


def test_analyze_end_to_end(pipeline: newskit.Pipeline) -> None:
    article = pipeline.analyze("„Wir sind bereit“, sagte die Ministerin am Dienstag in Berlin.")
    assert article.language == "de"
    assert article.tokens and article.sentences
    assert all(article.slice(span) for s in article.statements for span in s.content)
