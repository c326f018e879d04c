"""Export formats beyond newskit's own JSON: one module per format.

- :mod:`newskit.exports.csv`: statements or actors as a spreadsheet-safe CSV table.
- :mod:`newskit.exports.jsonld`: schema.org JSON-LD (NewsArticle, Person, Quotation, ...).
- :mod:`newskit.exports.brat`: brat standoff ``.txt`` + ``.ann`` for annotators.
- :mod:`newskit.exports.html`: a self-contained HTML page with quotes highlighted per speaker.
- :mod:`newskit.exports.pandas`: statements and actors as pandas DataFrames (``newskit[pandas]``).

Each format is registered through the ``register_exporters`` hook by the built-in plugin
:mod:`newskit.default_plugins.exporters`, so ``newskit formats`` lists it and a plugin can
replace it. Nothing here is imported at ``import newskit`` time.
"""
