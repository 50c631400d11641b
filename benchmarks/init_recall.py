"""How much of a sample's manifest `dossier-check init` recovers from its documents alone.

    .venv/bin/python benchmarks/init_recall.py [SAMPLE ...]     # default: the clean fc4 and ci2 samples

Each sample is copied to a temporary folder without its dossier.yaml; the draft is read back
with the tool's manifest loader and compared key by key (leaves; participants matched by
codice fiscale) with the original: recovered, wrong (a different value), missing, extra.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from validator.catalog import load_catalog  # noqa: E402
from validator.draft_yaml import PLACEHOLDER  # noqa: E402
from validator.extract import Cache  # noqa: E402
from validator.initialize import draft_for  # noqa: E402
from validator.manifest import parse_manifest  # noqa: E402

SAMPLES = ["fc4-domanda-pulito", "fc4-liquidazione-pulito", "ci2-domanda-linea1-pulito", "ci2-domanda-linea2-pulito"]
IGNORED = ("deroghe",)  # decisions of the operator, not facts of the documents


def leaves(data: Any, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            if k in IGNORED and not prefix:
                continue
            out.update(leaves(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            tag = item.get("codice_fiscale", i) if isinstance(item, dict) else i
            out.update(leaves(item, f"{prefix}[{tag}]"))
    elif data is not None:
        out[prefix] = data
    return out


def compare(sample: Path) -> tuple[dict[str, tuple[Any, Any]], str]:
    """key -> (original, draft) for every key either has; and the draft text."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / sample.name
        shutil.copytree(sample, folder)
        (folder / "dossier.yaml").unlink()
        text, _ = draft_for(folder, load_catalog(), Cache(enabled=False))
    original, _ = parse_manifest((sample / "dossier.yaml").read_bytes())
    draft, problems = parse_manifest(text)
    assert original is not None and draft is not None and not problems, problems
    a, b = leaves(original.data), leaves(draft.data)
    return {k: (a.get(k), b.get(k)) for k in sorted(set(a) | set(b))}, text


def main() -> None:
    names = sys.argv[1:] or SAMPLES
    for name in names:
        table, _ = compare(ROOT / "sample_dossiers" / name)
        got = [k for k, (o, d) in table.items() if o is not None and o == d]
        wrong = [k for k, (o, d) in table.items() if o is not None and d not in (None, PLACEHOLDER) and o != d]
        missing = [k for k, (o, d) in table.items() if o is not None and d in (None, PLACEHOLDER)]
        extra = [k for k, (o, d) in table.items() if o is None]
        total = len(got) + len(wrong) + len(missing)
        print(f"\n{name}: {len(got)}/{total} keys recovered ({100 * len(got) / total:.0f}%), "
              f"{len(wrong)} wrong, {len(missing)} missing, {len(extra)} extra")
        for label, keys in (("wrong", wrong), ("missing", missing), ("extra", extra)):
            for k in keys:
                print(f"  {label:8} {k}: original {table[k][0]!r}, draft {table[k][1]!r}")
        print("  recovered: " + ", ".join(got))


if __name__ == "__main__":
    main()
