"""Scoring extracted claims against hand-made gold claims, the way the evaluation kit does.

Claims are compared at party level on tuples ``(doc, party, polarity, topic)`` and, for
accusations, ``(doc, party, "accuse", target)``. Gold claims marked ``level: soft`` are
neither rewarded nor penalised; infrastructure categories are scored only on tuples that
match gold.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from stancegraph.errors import InputError
from stancegraph.schema import POLARITY, DomainPack

Key = tuple[str, ...]


@dataclass(frozen=True)
class Measure:
    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int


@dataclass(frozen=True)
class Score:
    claims: Measure
    by_polarity: dict[str, Measure]
    infrastructure: Measure
    false_positives: list[Key] = field(default_factory=list)
    false_negatives: list[Key] = field(default_factory=list)

    def lines(self, show_errors: bool = False) -> list[str]:
        """The report, line for line as the evaluation kit's scorer prints it."""
        out = []
        if show_errors:
            out += ["FP " + " ".join(map(str, k)) for k in self.false_positives]
            out += ["FN " + " ".join(map(str, k)) for k in self.false_negatives]
        for polarity, m in self.by_polarity.items():
            out.append(f"{polarity:8} P={m.precision:.2f} R={m.recall:.2f} F1={m.f1:.2f} "
                       f"(tp={m.tp} fp={m.fp} fn={m.fn})")
        i = self.infrastructure
        out.append(f"infrastructure P={i.precision:.2f} R={i.recall:.2f} F1={i.f1:.2f}")
        c = self.claims
        out.append(f"claims P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f} "
                   f"(tp={c.tp} fp={c.fp} fn={c.fn})")
        return out


def _measure(tp: int, fp: int, fn: int) -> Measure:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Measure(round(p, 4), round(r, 4), round(f, 4), tp, fp, fn)


class Scorer:
    """Scores claim records (dicts with doc, actor, stance, topic, target_actor, infrastructure)."""

    def __init__(self, pack: DomainPack):
        self.parties = {a.id: a.party_id for a in pack.actors}

    def party(self, actor: object) -> str | None:
        if actor is None:
            return None
        name = str(actor).strip().lower()
        return self.parties.get(name, name)

    def key(self, doc: str, claim: dict) -> Key | None:
        polarity = POLARITY.get(str(claim.get("stance", "")).strip().lower())
        if polarity is None:
            return None
        party = self.party(claim.get("actor"))
        if polarity == "accuse":
            return (doc, party, "accuse", self.party(claim.get("target_actor")))
        return (doc, party, polarity, claim.get("topic"))

    def score(self, gold: dict[str, list[dict]], predicted: list[dict]) -> Score:
        core: set[Key] = set()
        soft: set[Key] = set()
        core_infra: set[Key] = set()
        for doc, claims in gold.items():
            for claim in claims or []:
                key = self.key(doc, claim)
                if key is None:
                    raise InputError(f"gold: bad stance in {doc}: {claim}")
                if claim.get("level", "core") == "core":
                    core.add(key)
                    core_infra |= {key + (c,) for c in claim.get("infrastructure") or []}
                else:
                    soft.add(key)
        soft -= core
        pred: set[Key] = set()
        pred_infra: set[Key] = set()
        for claim in predicted:
            doc = os.path.basename(str(claim.get("doc", "")))
            if doc not in gold:
                continue
            key = self.key(doc, claim)
            if key is None:
                continue
            pred.add(key)
            pred_infra |= {key + (c,) for c in claim.get("infrastructure") or []}
        tp, fp, fn = pred & core, pred - core - soft, core - pred
        by_polarity = {
            polarity: _measure(*(sum(1 for k in group if k[2] == polarity) for group in (tp, fp, fn)))
            for polarity in ("for", "against", "concede", "accuse")
        }
        matched = {k[:4] for k in pred_infra} & core
        infra_tp = pred_infra & core_infra
        infra_fp = {k for k in pred_infra - core_infra if k[:4] in matched}
        infra_fn = core_infra - pred_infra
        return Score(
            claims=_measure(len(tp), len(fp), len(fn)),
            by_polarity=by_polarity,
            infrastructure=_measure(len(infra_tp), len(infra_fp), len(infra_fn)),
            false_positives=sorted(fp, key=_sortable),
            false_negatives=sorted(fn, key=_sortable),
        )


def _sortable(key: Key) -> tuple[str, ...]:
    return tuple("" if part is None else str(part) for part in key)


def load_gold(path: str | os.PathLike) -> dict[str, list[dict]]:
    """Read a gold file: ``documents: {FILE_NAME: [claim, ...]}``.

    Raises
    ------
    InputError
        When the file is missing, is not YAML, or has no ``documents`` mapping.
    """
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        raise InputError(f"{path}: invalid YAML: {str(error).splitlines()[0]}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("documents"), dict):
        raise InputError(f"{path}: a gold file needs a 'documents' mapping of file name to claims")
    return raw["documents"]
