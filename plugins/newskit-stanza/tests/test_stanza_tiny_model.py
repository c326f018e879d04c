"""The real Stanza pipeline end to end, offline: a tiny tokenizer model with random weights is
built at test time (Stanza's own Trainer, a few kB) in a resources directory of its own.

Its segmentation is arbitrary, which is the point: whatever Stanza's tokenizer returns, the
tokens newskit keeps index the exact input text. It also shows that the backend loads the models
once per process and never asks the network for anything.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("stanza")

import newskit_stanza
import stanza
from newskit_stanza import models

import newskit


def build_tiny_tokenizer(directory: Path, every_character: bool = False) -> Path:
    """A Stanza resources directory with one German tokenizer model: random weights, or (with
    ``every_character``) weights that end a token after every character."""
    import torch
    from stanza.models.tokenization.trainer import Trainer
    from stanza.models.tokenization.vocab import Vocab
    from stanza.models.tokenizer import DEFAULT_FEAT_FUNCS, parse_args

    torch.manual_seed(0)
    args = parse_args(
        [
            "--lang",
            "de",
            "--shorthand",
            "de_tiny",
            "--emb_dim",
            "8",
            "--hidden_dim",
            "8",
            "--no_use_mwt",
        ]
    )
    args.update(
        num_dict_feat=0,
        device="cpu",
        feat_funcs=list(DEFAULT_FEAT_FUNCS),
        feat_dim=len(DEFAULT_FEAT_FUNCS),
    )
    characters = (
        "abcdefghijklmnopqrstuvwxyzäöüß ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ.,;:!?„“\"'-–0123456789"
    )
    vocab = Vocab(data=[[(char, 0) for char in characters]], lang="de")
    args["vocab_size"] = len(vocab)
    folder = directory / "de" / "tokenize"
    folder.mkdir(parents=True)
    trainer = Trainer(args=args, vocab=vocab, device="cpu")
    if every_character:
        model = trainer.model
        with torch.no_grad():
            for layer in (model.tok_clf, model.tok_clf2, model.sent_clf, model.sent_clf2):
                layer.weight.zero_()
            model.tok_clf.bias.fill_(4.0)
            model.sent_clf.bias.fill_(-4.0)
    trainer.save(str(folder / "tiny.pt"))
    resources = {
        "de": {
            "lang_name": "German",
            "tokenize": {"tiny": {"md5": "0"}},
            "default_processors": {"tokenize": "tiny"},
            "packages": {"default": {"tokenize": "tiny"}},
        }
    }
    (directory / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    return directory


@pytest.fixture(scope="module", params=["random", "every-character"])
def tiny_models(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("stanza") / "resources"
    return build_tiny_tokenizer(directory, every_character=request.param == "every-character")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt of Stanza to download fails the test."""
    import stanza.pipeline.core as core

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the backend tried to download something")

    monkeypatch.setattr(core, "download_resources_json", refuse)
    monkeypatch.setattr(core, "download_models", refuse)


TEXTS = [
    "  „Wir streiken“, sagte  Claus Weselsky.\n\nEr kam am 3. März nach Berlin!  ",
    "Erste Zeile\r\nZweite\tZeile mit  Abstand … und Ende",
    "Ä\u00a0Ö   ü.\n\n\n„Zitat“ – sagte sie; dann: nichts.",
]


def test_real_tokenizer_offsets_index_the_exact_text(
    tiny_models: Path, no_network: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    models.clear_cache()
    built: list[Any] = []
    real_pipeline = stanza.Pipeline

    def counting(*args: Any, **kwargs: Any) -> Any:
        built.append(kwargs)
        return real_pipeline(*args, **kwargs)

    monkeypatch.setattr(stanza, "Pipeline", counting)

    def pipeline() -> newskit.Pipeline:
        return newskit.Pipeline(
            load_entrypoints=False,
            plugins=[newskit_stanza],
            backend="stanza-tokens",
            language="de",
            backend_options={"resources_dir": str(tiny_models), "device": "cpu"},
        )

    first, second = pipeline(), pipeline()
    assert built == []  # nothing loaded before the first article
    for text in TEXTS:
        for analysed in (first.analyze(text), second.analyze(text)):
            tokens = analysed.tokens
            assert tokens, "no token"
            previous = 0
            for token in tokens:
                piece = analysed.slice(token)
                assert token.start >= previous and piece and piece == piece.strip()
                previous = token.end
            covered = "".join(analysed.slice(t) for t in tokens)
            assert "".join(covered.split()) == "".join(text.split())  # nothing lost or invented
            assert analysed.sentences[0].token_start == 0
            assert analysed.sentences[-1].token_end == len(tokens)
    # one stanza.Pipeline for both newskit pipelines, built with downloading switched off
    assert len(built) == 1
    assert built[0]["download_method"] is None and built[0]["dir"] == str(tiny_models)
    models.clear_cache()
