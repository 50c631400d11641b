"""--format json: the contract of SPEC section 4, plus inventory and computed figures."""

from __future__ import annotations

import json

from ..models import RunResult
from . import serialize


class JsonReporter:
    extension = "json"

    def render(self, result: RunResult) -> str:
        return json.dumps(serialize.run(result), ensure_ascii=False, indent=2)
