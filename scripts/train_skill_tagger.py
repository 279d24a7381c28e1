"""Train the hard-skill tagger (tracker_core/skills/tagger.py) on the SkillSpan TRAIN splits.

    python -m scripts.train_skill_tagger [--c1 0.05] [--c2 0.05] [--iterations 150] [--cv 5]

Reads `../shared/eval/skillspan/*_train.conll` (or TRACKER_EVAL_DIR), KNOWLEDGE column (hard
skills, tools, technologies), and writes `tracker_core/data/skill_tagger/model.crfsuite`. The
dev splits are never read here: measure the result with the reference scorer. With ``--cv K``
it writes no model and prints the K-fold cross-validated P/R/F1 on the train postings instead
(whole extract_skills, the reference scorer's set_prf), the figure settings are chosen by.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import tempfile
from pathlib import Path
from typing import Any

import pycrfsuite

from scripts.eval_skillspan import Posting, read_postings
from tracker_core.skills import tagger
from tracker_core.skills.extract import extract_skills, find_skills
from tracker_core.skills.tagger import (
    MODEL_FILE,
    Token,
    context,
    features,
    gazetteer_tags,
    tokenize,
)

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("TRACKER_EVAL_DIR") or ROOT.parent / "shared" / "eval") / "skillspan"
OUT = ROOT / "tracker_core" / Path(*MODEL_FILE)


def _retag(words: list[str], spans: list[tuple[int, int]], offset: int) -> list[tuple[Token, str]]:
    """Our tokens of a SkillSpan sentence with B/I/O tags carried over from its tokens."""
    gold = ["O"] * len(words)
    for a, b in spans:
        gold[a] = "B"
        for i in range(a + 1, b):
            gold[i] = "I"
    out: list[tuple[Token, str]] = []
    pos = offset
    for k, word in enumerate(words):
        subs = [Token(t.text, t.start + pos, t.end + pos) for t in tokenize(word)]
        continues = k + 1 < len(words) and gold[k + 1] == "I"
        for n, tok in enumerate(subs):
            tag = gold[k] if n == 0 else ("O" if gold[k] == "O" else "I")
            last = n == len(subs) - 1
            if n and last and not tok.text[0].isalnum() and not continues:
                tag = "O"  # "Python," : the comma is not part of the name
            out.append((tok, tag))
        pos += len(word) + 1
    return out


Sequence = tuple[list[list[str]], list[str]]


def posting_sequences(post: Posting) -> list[Sequence]:
    """(features, tags) per sentence of one posting."""
    text = post.text
    found = [(m.start, m.end) for m in find_skills(text)]
    out = []
    offset = 0
    for words, spans in zip(post.sentences, post.spans, strict=True):
        pairs = _retag(words, spans, offset)
        offset += len(" ".join(words)) + 1
        if not pairs:
            continue
        toks = [t for t, _ in pairs]
        gaz = gazetteer_tags(toks, found)
        out.append((features(toks, gaz, context(text, toks[0].start)), [tag for _, tag in pairs]))
    return out


def sequences(files: list[Path]) -> list[Sequence]:
    """(features, tags) per sentence of the given CoNLL files."""
    posts = [post for path in files for post in read_postings(path)]
    return [seq for post in posts for seq in posting_sequences(post)]


def train(data: list[Sequence], out: Path, args: argparse.Namespace) -> None:
    """Train a model on the sequences and write it to `out`."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def _gold(post: Posting) -> list[str]:
    """The gold KNOWLEDGE spans of a posting, as text."""
    pairs = zip(post.sentences, post.spans, strict=True)
    return [" ".join(words[a:b]) for words, spans in pairs for a, b in spans]


def folds(files: list[Path], k: int, size: int = 40) -> list[tuple[int, Posting]]:
    """(fold, posting) for K-fold CV. The train files do not mark where a posting ends (one blank
    line between all sentences), so each file is cut into K contiguous parts, one per fold (a
    posting is split only at the K-1 cuts), and each part into runs of `size` sentences, about
    a dev posting's length, scored as postings are."""
    out: list[tuple[int, Posting]] = []
    for path in files:
        sents = [
            s for post in read_postings(path) for s in zip(post.sentences, post.spans, strict=True)
        ]
        for fold in range(k):
            part = sents[fold * len(sents) // k : (fold + 1) * len(sents) // k]
            for i in range(0, len(part), size):
                run = part[i : i + size]
                out.append((fold, Posting([w for w, _ in run], [sp for _, sp in run])))
    return out


def cross_validate(files: list[Path], args: argparse.Namespace) -> None:
    """K-fold CV by posting on the train files: the whole extract_skills, scored as the
    reference scorer scores dev (its own set_prf, read from the eval folder)."""
    spec = importlib.util.spec_from_file_location("score", EVAL.parent / "score.py")
    if spec is None or spec.loader is None:
        print(f"no reference scorer in {EVAL.parent}")
        return
    score: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    posts = folds(files, args.cv)
    seqs = [(fold, posting_sequences(p)) for fold, p in posts]
    pairs = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.cv):
            path = Path(tmp) / f"fold{k}.crfsuite"
            train([s for fold, ss in seqs if fold != k for s in ss], path, args)
            model = pycrfsuite.Tagger()
            model.open(str(path))
            tagger._tagger = lambda model=model: model  # type: ignore[assignment]
            pairs += [(extract_skills(p.text), _gold(p)) for fold, p in posts if fold == k]
    p, r, f = score.set_prf(pairs)
    print(
        f"{args.cv}-fold CV, {len(posts)} runs of train sentences: P={p:.3f} R={r:.3f} F1={f:.3f}"
    )


def main() -> None:
    """Train and write the model."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cv", type=int, default=0, help="K-fold CV on train; writes no model")
    args = ap.parse_args()
    files = sorted(EVAL.glob("*_train.conll"))
    if not files:
        print(f"no SkillSpan train files in {EVAL}; nothing trained")
        return
    if args.cv:
        cross_validate(files, args)
        return
    data = sequences(files)
    train(data, args.out, args)
    size = args.out.stat().st_size / 1e6
    print(
        f"trained on {len(data)} sentences from {[f.name for f in files]}: {args.out} {size:.1f} MB"
    )


if __name__ == "__main__":
    main()
