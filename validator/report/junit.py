"""--format junit: one test suite per dossier, one failing test case per blocking or warning finding."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from ..models import RunResult, Severity


class JunitReporter:
    extension = "xml"

    def render(self, result: RunResult) -> str:
        out = ['<?xml version="1.0" encoding="UTF-8"?>', "<testsuites>"]
        for d in result.dossiers:
            live = [f for f in d.findings if not f.waived and f.severity is not Severity.INFO]
            out.append(f"  <testsuite name={quoteattr(d.path)} tests={quoteattr(str(max(1, len(live))))} "
                       f"failures={quoteattr(str(len(live)))}>")
            if not live:
                out.append(f"    <testcase classname={quoteattr(d.path)} name=\"dossier\"/>")
            for f in live:
                name = f"{f.rule} {f.subject or f.document or ''}".strip()
                out.append(f"    <testcase classname={quoteattr(d.path)} name={quoteattr(name)}>")
                out.append(f"      <failure type={quoteattr(f.severity.value)} message={quoteattr(f.message)}>"
                           f"{escape(f.hint or '')}</failure>")
                out.append("    </testcase>")
            out.append("  </testsuite>")
        out.append("</testsuites>")
        return "\n".join(out) + "\n"
