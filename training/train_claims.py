"""Train the claim classifier that reviews the rule engine (the default `--extractor rules`).

Reads, from ``../shared`` beside the repository, the silver-annotated training corpus
(``train/<domain>``, every document) and the DEV part of the development corpus
(``dev/<domain>``; never its test part), plus the labelled texts written for the project:
sentences in ``training/data/synthetic_<domain>.jsonl`` and whole news-style excerpts (100-300
words, labelled at party level with evidence spans) in ``training/data/excerpts_<domain>.jsonl``.
Each document goes through the learned
extractor's candidate generation with its domain's shipped pack; a candidate (a party and a
topic phrase in one sentence) is labelled with the gold polarity of (document, party,
topic) when the gold evidence lies in that sentence, "none" when gold has no claim of that
party on that topic, and left out when gold is soft or points elsewhere (a claim without
evidence, or whose evidence is not found, labels every sentence naming the party and the
topic, and after a first fit only the likeliest of them is kept, ``likeliest_instances``).
A multinomial logistic regression over the candidates' features is trained; the probability threshold
is chosen by cross-validation over documents (grouped k-fold), scoring document-level
tuples the way the reference scorer does: the best F1 whose precision stays near the rules'
own (``--min-precision``). The model is written to
``loaders/extraction/learned/claims.json``.

Deterministic: the same data gives the same weights (fixed fold assignment, lbfgs, sorted
features, rounded weights). Needs scikit-learn (``pip install -e ".[train]"``).

The shipped model is chosen with ``--by-domain``: each negotiation in turn is held out,
which asks how the classifier does on a negotiation it never saw.

    python training/train_claims.py --by-domain [--cache FEATURES.jsonl] [--folds 5]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

REPOSITORY = Path(__file__).resolve().parents[1]
SHARED = REPOSITORY.parent / "shared"
SYNTHETIC = REPOSITORY / "training" / "data"
MODEL = REPOSITORY / "loaders" / "extraction" / "learned" / "claims.json"
PACKS = {
    "ru_ua": "russia_ukraine_2025",
    "india_pakistan": "india_pakistan_2025",
    "thailand_cambodia": "thailand_cambodia_2025",
    "armenia_azerbaijan": "armenia_azerbaijan_2025",
    "drc_rwanda": "drc_rwanda_2025",
}
POLARITY = {"demand": "for", "propose": "for", "support": "for", "reject": "against",
            "concede": "concede", "accuse": "accuse"}
CLASSES = ("none", "for", "against", "concede")


def is_test(name: str) -> bool:
    return hashlib.sha1(name.encode()).hexdigest()[0] in "01234"


@dataclass
class Source:
    """One labelled document: where it comes from, its text and its gold claims."""

    group: str
    domain: str
    name: str
    text: str
    gold: list[dict]


def sources(include_synthetic: bool = True) -> list[Source]:
    found: list[Source] = []
    for domain in PACKS:
        for corpus in ("train", "dev"):
            folder = SHARED / corpus / domain
            if not (folder / "gold.yaml").is_file():
                continue
            gold = yaml.safe_load((folder / "gold.yaml").read_text("utf-8"))["documents"]
            for name, claims in sorted(gold.items()):
                if corpus == "dev" and is_test(name):
                    continue
                path = folder / "docs" / name
                if path.is_file():
                    found.append(Source(f"{corpus}/{domain}/{name}", domain, name,
                                        path.read_text("utf-8"), claims or []))
        for kind in ("synthetic", "excerpts") if include_synthetic else ():
            written = SYNTHETIC / f"{kind}_{domain}.jsonl"
            for line in written.read_text("utf-8").splitlines() if written.is_file() else ():
                if line.strip():
                    example = json.loads(line)
                    found.append(Source(f"synthetic/{domain}/{example['id']}", domain,
                                        f"{example['id']}.txt", example["text"],
                                        example.get("claims") or []))
    return found


def party_table(domain: str) -> dict[str, str]:
    ontology = yaml.safe_load((SHARED / "dev" / domain / "ontology.yaml").read_text("utf-8"))
    table = {p: p for p in ontology["parties"]}
    for person, entry in (ontology.get("people") or {}).items():
        table[person] = entry["party"]
    return table


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u2018", "'")
                  .replace("\u201c", '"').replace("\u201d", '"')).lower()


def evidence_sentences(text: str, sentences: list[tuple[int, int]], evidence: str) -> set[int] | None:
    """The sentences holding a gold evidence fragment (pieces joined by ' ... '), or None
    when it cannot be found."""
    from rapidfuzz import fuzz

    found: set[int] = set()
    normal = _normal(text)
    for piece in (p.strip() for p in evidence.split("...")):
        if len(piece) < 8:
            continue
        at = normal.find(_normal(piece))
        if at < 0:
            for i, (start, end) in enumerate(sentences):
                if fuzz.partial_ratio(_normal(piece), _normal(text[start:end])) >= 85:
                    found.add(i)
            continue
        end = at + len(_normal(piece))
        found |= {i for i, (s, e) in enumerate(sentences) if s < end and e > at}
    return found or None


def rows(include_synthetic: bool = True):
    """Labelled candidate rows: (group, label, features), in a fixed order."""
    from stancegraph.loaders.extraction.learned.extractor import LearnedExtractor
    from stancegraph.loaders.packs import load_pack, shipped_packs
    from stancegraph.schema import Document

    by_domain: dict[str, list[Source]] = defaultdict(list)
    for source in sources(include_synthetic):
        by_domain[source.domain].append(source)
    for domain, items in by_domain.items():
        if PACKS[domain] not in shipped_packs():
            print(f"no shipped pack {PACKS[domain]}: {domain} left out", file=sys.stderr)
            continue
        extractor = LearnedExtractor(load_pack(PACKS[domain]))
        parties = party_table(domain)
        documents = [Document.from_text(s.text, s.name) for s in items]
        by_id = {d.id: s for d, s in zip(documents, items)}
        golds: dict[str, dict] = {}
        for sentence, candidate, features in extractor.candidate_rows(documents):
            source = by_id[sentence.context.document.id]
            if source.group not in golds:
                golds[source.group] = _gold(source, sentence.context.sentences, parties)
            key = (candidate.party, candidate.match.topic)
            label = _label(golds[source.group], *key, sentence.index)
            if label is not None:
                yield {"group": source.group, "domain": domain, "label": label, "features": features,
                       "key": list(key), "sentence": sentence.index, "text": sentence.sdoc.text,
                       "evidenced": any(where is not None for *_, where in golds[source.group].get(key, ()))}
        for source in items:  # gold tuples no candidate reached, for honest recall
            gold = golds.get(source.group)
            if gold is None:
                continue
            yield {"group": source.group, "domain": domain, "gold": [
                [party, topic, polarity] for (party, topic), entries in sorted(gold.items())
                for polarity, level, _ in entries if level == "core"]}


def _gold(source: Source, sentences, parties) -> dict:
    gold: dict[tuple[str, str], list] = defaultdict(list)
    for claim in source.gold:
        polarity = POLARITY.get(claim.get("stance"))
        if polarity in (None, "accuse") or not claim.get("topic"):
            continue
        party = parties.get(claim["actor"], claim["actor"])
        where = evidence_sentences(source.text, sentences, claim["evidence"]) if claim.get("evidence") else None
        gold[(party, claim["topic"])].append((polarity, claim.get("level", "core"), where))
    return gold


def _label(gold: dict, party: str, topic: str, sentence: int) -> str | None:
    entries = gold.get((party, topic))
    if not entries:
        return "none"
    for polarity, level, where in entries:
        if level == "core" and (where is None or sentence in where):
            return polarity
    return None


def load_rows(cache: Path | None) -> list[dict]:
    if cache is not None and cache.is_file():
        return [json.loads(line) for line in cache.read_text("utf-8").splitlines()]
    found = list(rows())
    if cache is not None:
        cache.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in found))
    return found


def fold_of(group: str, folds: int) -> int:
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % folds


def domain_of(group: str) -> str:
    """The negotiation a document belongs to ("train/ru_ua/s001.txt" -> "ru_ua")."""
    return group.split("/")[1]


def is_written(group: str) -> bool:
    """Whether a document was written for training here rather than published."""
    return group.startswith("synthetic/")


def train(samples: list[dict], c: float, written_weight: float = 1.0, rounds: int = 1):
    """A logistic regression over the samples; then, ``rounds`` times, again over the
    samples with each written excerpt's positions narrowed to their likeliest sentences
    (``likeliest_instances``)."""
    vectorizer, model = _fit(samples, c, written_weight)
    for _ in range(rounds):
        vectorizer, model = _fit(likeliest_instances(samples, vectorizer, model), c, written_weight)
    return vectorizer, model


def _fit(samples: list[dict], c: float, written_weight: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([s["features"] for s in samples])
    y = [s["label"] for s in samples]
    weights = [written_weight if is_written(s["group"]) else 1.0 for s in samples]
    model = LogisticRegression(C=c, max_iter=3000, solver="lbfgs")
    model.fit(x, y, sample_weight=weights)
    return vectorizer, model


def likeliest_instances(samples: list[dict], vectorizer, model) -> list[dict]:
    """The samples, with the written excerpts' positions that lack evidence thinned out.

    A written position without evidence (or whose evidence was not found) gives its label to
    every sentence naming the party and the topic, also those that only mention them ("Kyiv
    rejects a truce" stated once, "Kyiv" and "truce" named in three more sentences). Of each
    such group (document, party, topic, label), only the sentence the model finds likeliest
    to state it is kept, with any the rules read the same way; the rest are left out, neither
    positive nor negative (multiple-instance learning). Positions labelled by their evidence
    keep every sentence it lies in."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for k, s in enumerate(samples):
        if is_written(s["group"]) and s["label"] != "none" and not s.get("evidenced"):
            groups[(s["group"], *s["key"], s["label"])].append(k)
    if not groups:
        return samples
    probabilities = model.predict_proba(vectorizer.transform([s["features"] for s in samples]))
    column = {str(c): j for j, c in enumerate(model.classes_)}
    dropped: set[int] = set()
    for (_, _, _, label), members in groups.items():
        best = max(members, key=lambda k: (probabilities[k][column[label]], -k))
        dropped.update(k for k in members if k != best and not samples[k]["features"].get(f"rule={label}"))
    return [s for k, s in enumerate(samples) if k not in dropped]


def export(vectorizer, model, threshold: float):
    from stancegraph.loaders.extraction.learned.model import LinearModel

    classes = [str(c) for c in model.classes_]
    order = [classes.index(c) for c in CLASSES]
    weights = {}
    for j, name in enumerate(vectorizer.feature_names_):
        row = tuple(round(float(model.coef_[k][j]), 5) for k in order)
        if any(abs(w) >= 1e-4 for w in row):
            weights[name] = row
    intercepts = tuple(round(float(model.intercept_[k]), 5) for k in order)
    return LinearModel(CLASSES, weights, intercepts, {c: threshold for c in CLASSES if c != "none"})


def tuple_scores(model, samples: list[dict], gold_rows: list[dict], groups: set[str]) -> tuple[int, int, int]:
    """tp, fp, fn over document tuples (party, polarity, topic), as the scorer counts them,
    for the learned extractor's policy: the rules' claims stand, the classifier adds."""
    predicted: set[tuple] = set()
    labelled_none: set[tuple] = set()
    for sample in samples:
        if sample["group"] not in groups:
            continue
        party, topic = sample["key"]
        rules = [c for c in CLASSES[1:] if sample["features"].get(f"rule={c}")]
        decided = rules or [model.decide(sample["features"])[0]]
        for polarity in decided:
            if polarity != "none":
                predicted.add((sample["group"], party, polarity, topic))
        if sample["label"] == "none":
            labelled_none.add((sample["group"], party, topic))
    gold = {(r["group"], party, polarity, topic) for r in gold_rows if r["group"] in groups
            for party, topic, polarity in r["gold"]}
    tp = len(predicted & gold)
    # a prediction on a pair gold holds only softly (or elsewhere) is neither right nor wrong
    fp = len({p for p in predicted - gold if (p[0], p[1], p[3]) in labelled_none})
    fn = len(gold - predicted)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def selection_score(real: tuple[int, int, int], written: tuple[int, int, int], select: str) -> float:
    """What settings are chosen by: F1 on the held-out real documents ("real"), or its mean
    with F1 on the held-out excerpts written here ("real+written"), whose many outlets'
    voices stand for the unseen text the extractor is judged on."""
    if select == "real":
        return f1(*real)
    return (f1(*real) + f1(*written)) / 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="read (or write) the candidate rows here")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--by-domain", action="store_true",
                        help="cross-validate leaving one negotiation out at a time (how the model "
                        "does on a negotiation it never saw) instead of over documents")
    parser.add_argument("--c", type=float, action="append", help="regularisation strengths to try")
    parser.add_argument("--written-weight", type=float, action="append",
                        help="weights to try for the excerpts written here, against 1 for a "
                        "published document (written text outnumbers the real documents, and its "
                        "writers share habits real journalists do not)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="times to retrain on the likeliest sentences of each written excerpt's "
                        "positions (0: every sentence naming the party and the topic counts)")
    parser.add_argument("--output", type=Path, default=MODEL)
    parser.add_argument("--min-precision", type=float, default=0.82,
                        help="choose the threshold of best F1 among those whose cross-validated "
                        "precision reaches this: the 0.80 issue 10 asks of extraction, with a "
                        "margin, as cross-validation on the documents trained on overstates the "
                        "precision on text no one tuned for (the rules alone reach about 0.85: "
                        "the classifier may add recall, not trade much precision for it)")
    parser.add_argument("--select", choices=("real", "real+written"), default="real",
                        help="choose settings by cross-validated F1 on real documents, or by its mean "
                        "with F1 on the held-out written excerpts (reported either way)")
    args = parser.parse_args(argv)
    if not (SHARED / "train").is_dir():
        print(f"no training corpus at {SHARED / 'train'}", file=sys.stderr)
        return 1
    everything = load_rows(args.cache)
    samples = [r for r in everything if "label" in r]
    gold_rows = [r for r in everything if "gold" in r]
    groups = sorted({r["group"] for r in gold_rows})
    print(f"{len(samples)} candidates from {len(groups)} documents; labels "
          + ", ".join(f"{c}={sum(s['label'] == c for s in samples)}" for c in CLASSES))
    thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 1.01]
    best = (-1.0, 1.0, 1.0, 0.5)
    real = {g for g in groups if not is_written(g)}
    folds = sorted(PACKS) if args.by_domain else range(args.folds)
    for w, c in itertools.product(args.written_weight or [1.0, 0.5, 0.25, 0.1],
                                  args.c or [0.01, 0.03, 0.1, 0.3, 1.0]):
        totals = {t: [0, 0, 0] for t in thresholds}
        written = {t: [0, 0, 0] for t in thresholds}
        for fold in folds:
            held = {g for g in groups if (domain_of(g) if args.by_domain else fold_of(g, args.folds)) == fold}
            vectorizer, model = train([s for s in samples if s["group"] not in held], c, w, args.rounds)
            for t in thresholds:
                exported = export(vectorizer, model, t)
                scored = tuple_scores(exported, samples, gold_rows, held & real)
                totals[t] = [a + b for a, b in zip(totals[t], scored)]
                scored = tuple_scores(exported, samples, gold_rows, held - real)
                written[t] = [a + b for a, b in zip(written[t], scored)]
        for t, (tp, fp, fn) in totals.items():
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            print(f"weight={w:<4} C={c:<5} threshold={t:.2f}  P={p:.3f} R={r:.3f} "
                  f"F1={f1(tp, fp, fn):.3f} (tp={tp} fp={fp} fn={fn})  written F1={f1(*written[t]):.3f}")
            score = selection_score((tp, fp, fn), tuple(written[t]), args.select)
            if score > best[0] and p >= args.min_precision:
                best = (score, w, c, t)
    score, w, c, threshold = best
    print(f"chosen: written weight={w} C={c} threshold={threshold} "
          f"(cross-validated selection score {score:.3f}, by {args.select})")
    vectorizer, model = train(samples, c, w, args.rounds)
    model_json = export(vectorizer, model, threshold).to_json()
    args.output.write_text(json.dumps(model_json, indent=0, sort_keys=True) + "\n")
    print(f"wrote {args.output} ({len(model_json['weights'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
