"""A model-free extractor for the tests of the pipeline: fast, and failing on demand.

Registered as "fake_extractors:LineExtractor" (``tests/`` is on the path of pytest and of
the worker processes it starts), so worker processes and subprocesses can build it too.
Every line "X demands Y." is a claim of actor ``x`` demanding topic ``y``; a document
holding FAIL_HERE raises, one holding DIE_HERE kills the process reading it; a line
"Found: NAME" reports an actor the pack does not name.
"""

from __future__ import annotations

import os
import re

from stancegraph.loaders.extractor import ExtractionResult, register_extractor
from stancegraph.loaders.sentences import evidence
from stancegraph.schema import Actor, Claim

NAME = "lines"
FAIL_HERE = "FAIL_HERE"
DIE_HERE = "DIE_HERE"
_CLAIM = re.compile(r"^(?P<actor>[a-z_]+) demands (?P<topic>[a-z_]+)\.$", re.MULTILINE)
_FOUND = re.compile(r"^Found: (?P<name>[A-Z][a-z]+)$", re.MULTILINE)


class LineExtractor:
    def __init__(self, pack):
        self.pack = pack
        # "uk demands ..." is the pack's actor named or aliased UK, else the word itself.
        self.actors = {name.lower().replace(" ", "_"): actor.id for actor in pack.actors
                       for name in (actor.name, *actor.aliases)}

    def extract(self, documents):
        claims, actors = [], {}
        for document in documents:
            if FAIL_HERE in document.text:
                raise ValueError(f"cannot read {document.name}")
            if DIE_HERE in document.text:
                os._exit(3)
            for match in _CLAIM.finditer(document.text):
                claims.append(Claim(
                    actor=self.actors.get(match["actor"], match["actor"]), stance="demand",
                    topic=match["topic"], confidence=0.5,
                    evidence=evidence(document, match.start(), match.end(), match["actor"])))
            for match in _FOUND.finditer(document.text):
                actor = Actor(id=match["name"].lower(), name=match["name"], kind="person")
                actors.setdefault(actor.id, actor)
        return ExtractionResult(claims, sorted(actors.values(), key=lambda a: a.id))


def register() -> str:
    register_extractor(NAME, "fake_extractors:LineExtractor")
    return NAME


def article(number: int, *claims: str, extra: str = "") -> str:
    """An article of a few lines, distinct by its number, with claim lines "x demands y."."""
    lines = [f"Report {number}", "", f"Envoys met for round {number} of the talks."]
    lines += [f"{claim}." for claim in claims]
    if extra:
        lines.append(extra)
    return "\n".join(lines) + "\n"
