"""German function words for language identification."""

#: Frequent function words; language identification scores texts by them.
STOPWORDS: tuple[str, ...] = tuple(
    """
der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an
werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war
haben nur oder aber vor zur bis mehr durch man sein wurde sei hatte kann gegen vom schon wenn
habe seine ihre dann unter wir soll ich eines jahr zwei jahren diese dieser wieder keine seiner
worden und ob hier sagte seit ihr uns zwischen sowie beim damit doch denn weil immer
""".split()
)
