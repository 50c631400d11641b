"""Where the tool's own data lives: rules/, schemas/, reports/ at the top of the checkout."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(os.environ.get("DOSSIER_CHECK_HOME") or Path(__file__).resolve().parent.parent)
RULES = ROOT / "rules"
SCHEMAS = ROOT / "schemas"
REPORTS = ROOT / "reports"
