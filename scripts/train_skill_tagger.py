"""Train the hard-skill tagger (tracker_core/skills/tagger.py) on the SkillSpan TRAIN splits.

    python -m scripts.train_skill_tagger [--c1 0.05] [--c2 0.05] [--iterations 150]

Reads `../shared/eval/skillspan/*_train.conll` (or TRACKER_EVAL_DIR), KNOWLEDGE column (hard
skills, tools, technologies), and writes `tracker_core/data/skill_tagger/model.crfsuite`. The
dev splits are never read here: measure the result with the reference scorer.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pycrfsuite

from scripts.eval_skillspan import read_postings
from tracker_core.skills.extract import find_skills
from tracker_core.skills.tagger import MODEL_FILE, Token, features, gazetteer_tags, tokenize

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


def sequences(files: list[Path]) -> list[tuple[list[list[str]], list[str]]]:
    """(features, tags) per sentence of the given CoNLL files."""
    out = []
    for path in files:
        for post in read_postings(path):
            text = "\n".join(" ".join(s) for s in post.sentences)
            found = [(m.start, m.end) for m in find_skills(text)]
            offset = 0
            for words, spans in zip(post.sentences, post.spans, strict=True):
                pairs = _retag(words, spans, offset)
                offset += len(" ".join(words)) + 1
                if not pairs:
                    continue
                toks = [t for t, _ in pairs]
                gaz = gazetteer_tags(toks, found)
                out.append((features(toks, gaz), [tag for _, tag in pairs]))
    return out


def main() -> None:
    """Train and write the model."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    files = sorted(EVAL.glob("*_train.conll"))
    if not files:
        print(f"no SkillSpan train files in {EVAL}; nothing trained")
        return
    trainer = pycrfsuite.Trainer(verbose=False)
    data = sequences(files)
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
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    size = args.out.stat().st_size / 1e6
    print(
        f"trained on {len(data)} sentences from {[f.name for f in files]}: {args.out} {size:.1f} MB"
    )


if __name__ == "__main__":
    main()
