"""YAML loading that keeps line numbers and refuses what untrusted files use to attack.

Aliases and anchors are refused (they are how a "billion laughs" YAML bomb
works and no manifest or rule file needs them), as are duplicate keys and files
over a size limit. Every value keeps the line it came from, so schema errors can
name it. With `typed=False` every scalar stays a string (`provincia: NO` is the
province of Novara, not false); only a plain `null`, `~` or empty value is None.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.events import AliasEvent

MAX_BYTES = 1_000_000
MAX_NODES = 100_000
_NULL_TAG = "tag:yaml.org,2002:null"


class YamlError(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Located:
    """Loaded data plus the line of every key path (1-based)."""

    data: Any
    lines: dict[Path_, int]

    def line_of(self, path: Path_) -> int | None:
        # The nearest ancestor that has a line: a missing key is reported at its parent.
        p = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return self.lines.get((), None)


class _Loader(yaml.SafeLoader):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise YamlError("alias YAML (*nome) non ammessi", event.start_mark.line + 1)
        return super().compose_node(parent, index)

    def compose_scalar_node(self, anchor: Any) -> Any:
        if anchor is not None:
            raise YamlError("ancore YAML (&nome) non ammesse", self.peek_event().start_mark.line + 1)
        return super().compose_scalar_node(anchor)  # type: ignore[arg-type]

    def compose_sequence_node(self, anchor: Any) -> Any:
        if anchor is not None:
            raise YamlError("ancore YAML (&nome) non ammesse", self.peek_event().start_mark.line + 1)
        return super().compose_sequence_node(anchor)  # type: ignore[arg-type]

    def compose_mapping_node(self, anchor: Any) -> Any:
        if anchor is not None:
            raise YamlError("ancore YAML (&nome) non ammesse", self.peek_event().start_mark.line + 1)
        return super().compose_mapping_node(anchor)  # type: ignore[arg-type]


def _fast_loader(text: str) -> Any:
    """libyaml's parser for the tool's own files: ten times faster than the pure-Python one, which
    stays the parser of untrusted manifests (its composer is where aliases are refused early)."""
    cls = getattr(yaml, "CSafeLoader", None)
    return cls(text) if cls is not None else _Loader(text)


def load(text: str | bytes, typed: bool = True, max_bytes: int = MAX_BYTES, trusted: bool = False) -> Located:
    if isinstance(text, bytes):
        if len(text) > max_bytes:
            raise YamlError(f"file troppo grande ({len(text)} byte, massimo {max_bytes})")
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise YamlError(f"il file non è testo UTF-8 (byte {exc.start})") from None
    if len(text) > max_bytes:
        raise YamlError(f"file troppo grande ({len(text)} caratteri, massimo {max_bytes})")
    try:
        loader = _fast_loader(text) if trusted else _Loader(text)
        node = loader.get_single_node()
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise YamlError(f"YAML non valido: {exc.problem or exc}", line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML non valido: {exc}") from None
    except RecursionError:
        raise YamlError("YAML annidato troppo in profondità") from None
    lines: dict[Path_, int] = {}
    if node is None:
        return Located(None, lines)
    constructor = yaml.SafeLoader("")
    counter = iter(range(MAX_NODES))
    try:
        data = _build(node, (), lines, typed, constructor, counter, set())
    except RecursionError:
        raise YamlError("YAML annidato troppo in profondità") from None
    return Located(data, lines)


def _build(
    node: yaml.Node,
    path: Path_,
    lines: dict[Path_, int],
    typed: bool,
    constructor: yaml.SafeLoader,
    counter: Iterator[int],
    seen: set[int],
) -> Any:
    if next(counter, None) is None:
        raise YamlError(f"troppi elementi (massimo {MAX_NODES})")
    if id(node) in seen:  # the same node twice: an alias (the C parser resolves them while composing)
        raise YamlError("alias YAML (*nome) non ammessi", node.start_mark.line + 1)
    seen.add(id(node))
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError("chiavi di unione YAML (<<) non ammesse", key_node.start_mark.line + 1)
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError("chiave non valida", key_node.start_mark.line + 1)
            key = str(key_node.value)
            if key in out:
                raise YamlError(f"chiave '{key}' ripetuta", key_node.start_mark.line + 1)
            lines[(*path, key)] = key_node.start_mark.line + 1
            out[key] = _build(value_node, (*path, key), lines, typed, constructor, counter, seen)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*path, i), lines, typed, constructor, counter, seen) for i, item in enumerate(node.value)
        ]
    assert isinstance(node, yaml.ScalarNode)
    if node.tag == _NULL_TAG and not node.style:  # plain: None in PyYAML, "" in libyaml
        return None
    if not typed:
        return node.value
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise YamlError(f"valore non valido: {exc}", node.start_mark.line + 1) from None
