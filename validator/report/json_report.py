"""--format json: the contract of SPEC section 4, plus inventory and computed figures."""

from __future__ import annotations

import json

from ..models import RunResult
from . import serialize


class JsonReporter:
    extension = "json"

    def render(self, result: RunResult) -> str:
        data = serialize.run(result)
        if len(result.dossiers) == 1:
            return json.dumps(data, ensure_ascii=False, indent=2)
        # A batch: one dossier per line. json.dumps with indent is the pure-Python encoder,
        # ten times slower than the C one; a batch's JSON is read by programs anyway.
        dossiers = data.pop("dossiers")
        head = json.dumps(data, ensure_ascii=False)[:-1]
        lines = ",\n".join(json.dumps(d, ensure_ascii=False) for d in dossiers)
        return f'{head}, "dossiers": [\n{lines}\n]}}'
