"""The shipped embedder: shape, normalisation, caching, meaning, and no network."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from tracker_core.embeddings import DEFAULT_EMBEDDER, Embedder, StaticEmbedder, get_embedder


def test_default_embedder_contract(embedder: Embedder) -> None:
    vectors = embedder.embed(["python developer", "registered nurse", "ok"])
    assert embedder.name == DEFAULT_EMBEDDER
    assert vectors.shape == (3, embedder.dim)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_empty_input_gives_empty_matrix(embedder: Embedder) -> None:
    assert embedder.embed([]).shape == (0, embedder.dim)


def test_same_instance_per_process(embedder: Embedder) -> None:
    assert get_embedder() is embedder
    assert get_embedder(DEFAULT_EMBEDDER) is embedder


def test_a_kept_word_embeds_as_the_model_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short texts skip the tokenizer the second time, and give the very same vectors, in any
    batch, repeated or not; the first kept is dropped past the limit."""
    embedder = StaticEmbedder()
    monkeypatch.setattr(StaticEmbedder, "SHORT_KEPT", 3)
    long = "Built Spark pipelines on AWS and modelled a warehouse in dbt and Snowflake."
    texts = ["python", "kubernetes", long, "python"]
    first = embedder.embed(texts)
    alone = np.stack([embedder._encode([t])[0] for t in texts])  # one text a call, no keeping
    assert np.allclose(first, alone, atol=1e-6)
    assert list(embedder._short) == ["python", "kubernetes"]  # the sentence is not kept
    again = embedder.embed(["kubernetes", "terraform", "docker", "python"])
    assert np.array_equal(again[0], first[1]) and np.array_equal(again[3], first[0])
    assert list(embedder._short) == ["kubernetes", "terraform", "docker"]  # python was oldest


def test_related_texts_are_closer(embedder: Embedder) -> None:
    a, b, c = embedder.embed(
        ["backend engineer writing Python services", "Python software developer", "pastry chef"]
    )
    assert float(a @ b) > float(a @ c)


def test_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    model = StaticEmbedder()
    assert model.embed(["offline"]).shape == (1, model.dim)


def test_unknown_embedder_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown embedder"):
        get_embedder("no-such-model")


def test_minilm_is_opt_in() -> None:
    pytest.importorskip("sentence_transformers", reason="requirements-full.txt not installed")
    model = get_embedder("minilm")
    assert model.embed(["hello"]).shape == (1, 384)
