"""How fast the offline report is written, and opened in Chromium, at 5,000 documents.

Generates a store of 5,000 dated articles (15 % undated) from templates written for this
benchmark, straight through the store API (no NLP): each of the shipped pack's parties
holds stances on a few topics, its people follow its line, and now and then it changes a
stance; three claims an article.
Then it times ``write_report`` on it (medians of ``--runs``), prints the file's size, and
opens the file from disk in headless Chromium (Debian's ``/usr/bin/chromium`` through
Playwright, every request blocked) until the graph is drawn, ``--runs`` times.

    python benchmarks/report_scale.py [--documents 5000] [--runs 5] [--keep DIR]

Times are printed, never asserted. ``--keep DIR`` leaves the store and the report there.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from stancegraph.graph.store import GraphStore
from stancegraph.loaders.packs import load_pack
from stancegraph.report import write_report
from stancegraph.schema.models import Claim, Document, Evidence

CLAIMS_PER_DOCUMENT = 3
TOPICS_PER_ACTOR = 6
CHANGE_CHANCE = 0.01
UNDATED_SHARE = 0.15
FIRST_DAY = date(2025, 1, 6)
DAYS = 180
STANCE_TEMPLATES = {
    "demand": "{name} demanded {topic} before any further round of talks.",
    "propose": "{name} put forward a plan built around {topic}.",
    "support": "{name} said it stood behind {topic}.",
    "reject": "{name} flatly rejected {topic} in a statement on {weekday}.",
    "concede": "{name} conceded {topic} after a long night of talks.",
}
FILLER = "Talks resumed on {weekday} with no date set for a summit, officials said."
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def generate_store(folder: Path, documents: int, seed: int = 11) -> tuple[int, int]:
    """Write a store of ``documents`` generated articles; return (documents, claims)."""
    rng = random.Random(seed)
    pack = load_pack()
    actors = [a for a in pack.actors if a.kind != "coalition"]
    topics = [t for t in pack.topics]
    stances = list(STANCE_TEMPLATES)
    # People follow their party's line: one profile a party, changed now and then.
    parties = sorted({actor.party or actor.id for actor in actors})
    profile = {
        party: {topic.id: rng.choice(stances) for topic in rng.sample(topics, TOPICS_PER_ACTOR)}
        for party in parties
    }
    cast = rng.sample(actors, min(60, len(actors)))  # the actors the press quotes
    labels = {topic.id: topic.label.lower() for topic in topics}
    written_documents: list[Document] = []
    written_claims: list[Claim] = []
    for number in range(documents):
        # Articles in date order, so that a party's change of line shows as one change.
        day = FIRST_DAY + timedelta(days=number * DAYS // documents)
        weekday = WEEKDAYS[day.weekday()]
        speakers = rng.sample(cast, CLAIMS_PER_DOCUMENT)
        sentences, said = [], []
        for actor in speakers:
            line = profile[actor.party or actor.id]
            topic, stance = rng.choice(sorted(line.items()))
            if rng.random() < CHANGE_CHANCE:
                stance = line[topic] = rng.choice(stances)
            sentence = STANCE_TEMPLATES[stance].format(name=actor.name, topic=labels[topic],
                                                       weekday=weekday)
            said.append((actor, topic, stance, len(" ".join(sentences)) + bool(sentences),
                         sentence))
            sentences.append(sentence)
        sentences.append(FILLER.format(weekday=weekday) + f" (Dispatch {number}.)")
        text = " ".join(sentences)
        published = None if rng.random() < UNDATED_SHARE else day
        document = Document.from_text(text, source=f"generated/{number:05d}.txt",
                                      title=f"Dispatch {number}", published=published)
        written_documents.append(document)
        for actor, topic, stance, start, sentence in said:
            written_claims.append(Claim(
                actor=actor.id, stance=stance, topic=topic, confidence=0.8,
                evidence=Evidence(document_id=document.id, sentence=sentence, start=start,
                                  end=start + len(sentence), speaker=actor.name)))
    with GraphStore.open(folder) as store:
        store.write(pack, written_documents, written_claims)
    return len(written_documents), len(written_claims)


def open_in_chromium(path: Path, runs: int) -> list[float]:
    """Seconds from navigation to the drawn graph, each run in a fresh browser profile."""
    from playwright.sync_api import sync_playwright

    url = path.resolve().as_uri()
    times = []
    with sync_playwright() as playwright:
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as profile:
                context = playwright.chromium.launch_persistent_context(
                    profile, executable_path="/usr/bin/chromium",
                    args=["--headless=new", "--no-sandbox", "--disable-gpu",
                          "--allow-file-access-from-files"],
                    viewport={"width": 1400, "height": 1000})
                blocked: list[str] = []
                context.route("**/*", lambda route: route.continue_()
                              if route.request.url == url
                              else (blocked.append(route.request.url), route.abort()))
                page = context.pages[0] if context.pages else context.new_page()
                page.set_default_timeout(120_000)
                started = time.monotonic()
                page.goto(url)
                page.wait_for_function("() => document.body.dataset.ready === 'true'")
                times.append(time.monotonic() - started)
                nodes = page.evaluate("document.body.dataset.graphNodes")
                context.close()
                if blocked:
                    sys.exit(f"the report requested {blocked[:3]}")
    print(f"  graph nodes drawn: {nodes}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = arguments.keep or Path(scratch)
        store = folder / "store"
        if store.exists():
            sys.exit(f"{store} exists; name a --keep folder without a store")
        started = time.monotonic()
        documents, claims = generate_store(store, arguments.documents)
        print(f"generated store: {documents:,} documents, {claims:,} claims "
              f"({time.monotonic() - started:.1f} s)")
        report = folder / "report.html"
        write_times = []
        for _ in range(arguments.runs):
            started = time.monotonic()
            write_report(report, store)
            write_times.append(time.monotonic() - started)
        print(f"write_report: median {statistics.median(write_times):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in write_times)})")
        print(f"report size: {report.stat().st_size:,} bytes")
        open_times = open_in_chromium(report, arguments.runs)
        print(f"open in Chromium until the graph is drawn: median "
              f"{statistics.median(open_times):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in open_times)})")


if __name__ == "__main__":
    main()
