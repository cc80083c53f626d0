"""Distinct synthetic news articles about the negotiation a pack describes, for scale runs.

Every sentence comes from the templates below, written for this project, filled with the
pack's names, titles, topic phrases and infrastructure phrases; no third-party text is used.
About a third of the sentences report a stance (a demand, a rejection, a proposal, a quote
with its speaker, an accusation), the rest are the background a news article carries
(numbers, places, schedules, history, analysts), so the extractor sees the mix it sees in
real coverage. The same seed gives the same articles; every article is distinct (its text
and its number differ).

>>> from stancegraph.loaders.packs import load_pack
>>> corpus = SyntheticCorpus(load_pack(), seed=1)
>>> first = corpus.article(0)
>>> 400 <= len(first.text.split()) <= 900
True
>>> first.text == SyntheticCorpus(load_pack(), seed=1).article(0).text
True
>>> first.text != corpus.article(1).text
True
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from stancegraph.schema import DomainPack

CITIES = ("Geneva", "Istanbul", "Riyadh", "Jeddah", "Vienna", "Helsinki", "Doha", "Rome",
          "Warsaw", "Brussels", "Oslo", "Ankara", "Abu Dhabi", "Minsk", "Budapest")
REGIONS = ("Kharkiv", "Zaporizhzhia", "Odesa", "Dnipro", "Sumy", "Kherson", "Mykolaiv",
           "Poltava", "Chernihiv", "Donetsk", "Luhansk", "Belgorod", "Bryansk")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
PARTIES = ("ukraine", "russia", "united_states", "france", "united_kingdom", "germany",
           "poland", "turkey", "europe", "china", "saudi_arabia", "italy")

STANCE_TEMPLATES = (
    "{party} demanded {topic} before any further round of talks.",
    "{party} said it would not accept {topic} under any circumstances.",
    "{person}, the {role}, rejected calls for {topic} on {weekday}.",
    "{party} proposed {topic} as a first step toward a broader settlement.",
    "{person} said {party} was ready to support {topic} if the other side did the same.",
    "The {role} insisted that {topic} must be part of any agreement.",
    "{party} called for {topic} covering {infra} and {infra2}.",
    "{party} proposed a halt to strikes on {infra} for thirty days.",
    "{party} accused {other} of violating the truce by hitting {infra} near {region}.",
    "{person} accused {other} of breaking the ceasefire overnight.",
    "{party} has so far refused to discuss {topic}, officials in {city} said.",
    "{person} told reporters in {city} that {party} backed {topic}.",
    "{party} agreed to {topic} after {hours} hours of talks in {city}.",
    "{party} opposes {topic}, {person} said in a televised address.",
)
QUOTE_TEMPLATES = (
    "\u201cWe will never accept {topic},\u201d {person} said.",
    "\u201cThere can be no lasting peace without {topic},\u201d the {role} told journalists.",
    "\u201cOur position on {topic} has not changed,\u201d {person} said on {weekday}. "
    "\u201cWe expect a clear answer from {other_name} within days.\u201d",
    "{person} said: \u201cWe are ready to discuss {topic}, but not at any price.\u201d",
    "\u201cWe support {topic} and we want it to cover {infra},\u201d {person} said.",
)
BACKGROUND_TEMPLATES = (
    "The delegations met for {hours} hours in {city} on {weekday}, according to people "
    "familiar with the schedule.",
    "Local officials in {region} reported {number} people injured in overnight shelling.",
    "Air raid sirens sounded across {region} for most of the night.",
    "The next round of talks is expected to take place in {city} later this month.",
    "Neither delegation published a statement after the meeting ended.",
    "Diplomats said the {number}-page draft was still being revised line by line.",
    "The talks are the {ordinal} round since the start of the year.",
    "Markets in Europe rose slightly after reports of progress, before falling back.",
    "Power was restored to about {number} homes in {region} by the morning.",
    "The war has displaced millions of people and left large areas of farmland mined.",
    "Journalists were kept outside the venue in {city} for most of the day.",
    "An exchange of bodies took place at the border in {region} on {weekday}.",
    "The meeting in {city} was the first at this level in {number} months.",
    "Officials did not say when the technical teams would meet again.",
    "The foreign ministers of several European states are due to meet on {weekday}.",
    "Satellite images showed new damage to warehouses on the outskirts of {region}.",
    "Heavy rain slowed the movement of equipment along the front line near {region}.",
    "A spokesperson for the host government thanked both sides for their patience.",
    "Analysts at {commentator} said the outcome of the talks remained uncertain.",
    "Prices of grain shipped from {region} have risen by {number} percent this year.",
    "Reporters counted at least {number} armoured vehicles on the road to {city}.",
    "The summit had been postponed twice, most recently in {month}.",
    "Several of the negotiators had taken part in earlier rounds in {city2}.",
    "Crowds gathered in the centre of {city} to follow the news on large screens.",
)
HEADLINES = (
    "Talks in {city} end without a deal on {topic_label}",
    "{party_name} hardens its stance on {topic_label}",
    "New round of negotiations opens in {city}",
    "Pressure grows over {topic_label} as talks resume",
    "Envoys return to {city} with fresh proposals",
)
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


@dataclass(frozen=True)
class Article:
    """A generated article: a file name and its text."""

    name: str
    text: str


class SyntheticCorpus:
    """Articles and long documents built from templates and one pack's vocabulary."""

    def __init__(self, pack: DomainPack, seed: int = 20250311):
        self.seed = seed
        actors = {a.id: a for a in pack.actors}
        self.parties = [actors[p] for p in PARTIES if p in actors]
        self.people = [a for a in pack.actors if a.kind == "person" and a.party in
                       {p.id for p in self.parties} and a.roles]
        self.commentators = [c.name for c in pack.commentators if c.kind == "commentator"]
        self.topics = [t for t in pack.topics if t.phrases]
        self.infrastructure = [p for c in pack.infrastructure for p in c.phrases
                               if len(p.split()) <= 3]

    def article(self, number: int) -> Article:
        """Article ``number`` (0, 1, ...): 400 to 900 words, distinct from every other."""
        rng = random.Random(f"{self.seed}:{number}")
        target = rng.randint(420, 860)
        focus = rng.choice(self.topics)
        lines = [
            self._fill(rng.choice(HEADLINES), rng, focus),
            f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.choice((2024, 2025))} \u2014 "
            f"dispatch {number}",
            "",
        ]
        words = sum(len(line.split()) for line in lines)
        while words < target:
            paragraph = [self._sentence(rng, focus) for _ in range(rng.randint(2, 4))]
            text = " ".join(paragraph)
            lines.extend([text, ""])
            words += len(text.split())
        return Article(f"article_{number:06d}.txt", "\n".join(lines).rstrip() + "\n")

    def articles(self, count: int, start: int = 0) -> Iterator[Article]:
        for number in range(start, start + count):
            yield self.article(number)

    def write(self, folder: Path, count: int, start: int = 0) -> list[Path]:
        """Write ``count`` articles as text files in ``folder``; return their paths."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for article in self.articles(count, start):
            path = folder / article.name
            path.write_text(article.text, encoding="utf-8")
            paths.append(path)
        return paths

    def long_document(self, words: int, number: int = 0, stances: bool = True) -> str:
        """One document of about ``words`` words: a transcript-like run of paragraphs on
        every topic, with quotations attributed across paragraphs; with ``stances`` False,
        background sentences only (few of them are worth parsing)."""
        rng = random.Random(f"{self.seed}:long:{number}")
        lines = [f"Transcript {number} of the negotiation sessions", ""]
        count = 0
        while count < words:
            focus = rng.choice(self.topics)
            paragraph = [self._sentence(rng, focus) if stances else
                         self._fill(rng.choice(BACKGROUND_TEMPLATES), rng, focus)
                         for _ in range(rng.randint(2, 5))]
            text = " ".join(paragraph)
            lines.extend([text, ""])
            count += len(text.split())
        return "\n".join(lines).rstrip() + "\n"

    def _sentence(self, rng: random.Random, focus) -> str:
        roll = rng.random()
        if roll < 0.22:
            template = rng.choice(STANCE_TEMPLATES)
        elif roll < 0.32:
            template = rng.choice(QUOTE_TEMPLATES)
        else:
            template = rng.choice(BACKGROUND_TEMPLATES)
        topic = focus if rng.random() < 0.6 else rng.choice(self.topics)
        return self._fill(template, rng, topic)

    def _fill(self, template: str, rng: random.Random, topic) -> str:
        party, other = rng.sample(self.parties, 2)
        person = rng.choice(self.people)
        infra, infra2 = rng.sample(self.infrastructure, 2)
        city, city2 = rng.sample(CITIES, 2)
        phrase = rng.choice(topic.phrases)
        values = {
            "party": party.name, "party_name": party.name, "other": other.name,
            "other_name": other.name, "person": person.name, "role": rng.choice(person.roles),
            "topic": phrase if rng.random() < 0.5 else f"a {phrase}" if phrase[0] not in "aeiou"
            else f"an {phrase}",
            "topic_label": topic.label.lower(), "infra": infra, "infra2": infra2,
            "city": city, "city2": city2, "region": rng.choice(REGIONS),
            "weekday": rng.choice(WEEKDAYS), "month": rng.choice(MONTHS),
            "hours": rng.randint(2, 14), "number": rng.randint(3, 4000),
            "ordinal": rng.choice(ORDINALS),
            "commentator": rng.choice(self.commentators) if self.commentators else "a think tank",
        }
        text = template.format(**values)
        return text[0].upper() + text[1:]
