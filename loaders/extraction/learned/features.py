"""Features of a candidate claim, in terms that hold across negotiations.

A feature is a name and a value. Names never mention a party or a topic of the pack: they
describe how the holder relates to the topic in the parse (the path between them, its cue
words and their stances, negations and reversals), the clause (modality, condition, tense,
quotation, question), evaluative words around the topic (VADER's valence lexicon), and
what the rule engine read from the same sentence.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from stancegraph.loaders.extraction.evaluation import valence
from stancegraph.loaders.extraction.learned.candidates import Candidate
from stancegraph.loaders.extraction.polarity import is_reverser, negated
from stancegraph.loaders.extraction.sentence import Sentence, says_no
from stancegraph.schema import POLARITY

Features = dict[str, float]
CONTENT = ("VERB", "ADJ", "NOUN", "ADV", "ADP", "AUX", "PART")


def features(sentence: Sentence, candidate: Candidate, index_in_document: int) -> Features:
    found: Features = {"bias": 1.0}
    match = candidate.match
    topic = sentence.resources.topics.get(match.topic)
    for way in candidate.ways:
        found[f"how={way}"] = 1.0
    for claim in candidate.rule_claims:
        found[f"rule={POLARITY[claim.stance]}"] = 1.0
        found[f"rule_stance={claim.stance}"] = 1.0
        found["rule_confidence"] = max(found.get("rule_confidence", 0.0), claim.confidence)
    if not candidate.rule_claims:
        found["rule=none"] = 1.0
    kind = sentence.resources.index.kind(candidate.holder.actor)
    found[f"holder_kind={kind}"] = 1.0
    found["opposite"] = float(match.opposite)
    if topic is not None and topic.is_cessation:
        found["cessation"] = 1.0
    root = match.root
    found[f"topic_dep={root.dep_}"] = 1.0
    if root.head.i != root.i:
        found[f"topic_head_pos={root.head.pos_}"] = 1.0
        found[f"topic_head={root.head.lemma_.lower()}"] = 1.0
    if says_no(root):
        found["topic_no"] = 1.0
    found.update(_path(sentence, candidate))
    found.update(_clause(sentence, root))
    found.update(_evaluation(sentence, root, match.tokens))
    in_quote = sentence.in_quote(root) is not None
    found["topic_in_quote"] = float(in_quote)
    quoting, of_sentence = _of_sentence(sentence)
    if quoting and not in_quote:
        found["quote_in_sentence"] = 1.0
    found[f"position={'first' if index_in_document == 0 else 'early' if index_in_document < 4 else 'late'}"] = 1.0
    found.update(of_sentence)
    return found


@functools.lru_cache(maxsize=1)
def _of_sentence(sentence: Sentence) -> tuple[bool, Features]:
    """What every candidate of a sentence shares (computed once for the sentence its
    candidates are being described in): whether it quotes anyone, and its features."""
    words = sentence.words
    found: Features = {}
    quoting = sentence.quotes_any()
    parties = {sentence.party(m.actor) for m in sentence.mentions.values()}
    found[f"parties={min(len(parties), 3)}"] = 1.0
    found[f"topics={min(len(sentence.topic_matches), 3)}"] = 1.0
    if sentence.is_question:
        found["question"] = 1.0
    lemmas = sentence.lemmas
    if "accuse" in lemmas or "blame" in lemmas:
        found["accusation_in_sentence"] = 1.0
    if not lemmas.isdisjoint(words.violations) and any(
            t.pos_ == "VERB" and t.lemma_ in words.violations for t in sentence.sdoc):
        found["violation_in_sentence"] = 1.0
    return quoting, found


def _path(sentence: Sentence, candidate: Candidate) -> Features:
    """The way up from the topic to where the holder attaches, and what is on it."""
    words = sentence.words
    found: Features = {}
    root = candidate.match.root
    up = [root, *root.ancestors]
    holder = candidate.token
    if holder is None:
        top = up[-1]
        found["path=outside"] = 1.0
        meet = top
    else:
        holder_line = {t.i for t in (holder, *holder.ancestors)}
        meet = next((t for t in up if t.i in holder_line), up[-1])
        found[f"holder_dep={holder.dep_}"] = 1.0
        distance = up.index(meet) + [holder, *holder.ancestors].index(meet) if meet in [holder, *holder.ancestors] else 9
        found[f"path_length={min(distance, 6)}"] = 1.0
        if holder.head.i == meet.i:
            found[f"holder_attaches={holder.dep_}"] = 1.0
        found["holder_before_topic"] = float(holder.i < root.i)
    found[f"meet_pos={meet.pos_}"] = 1.0
    found[f"meet={meet.lemma_.lower()}"] = 1.0
    negations = 0
    for token in up[1:up.index(meet) + 1] if meet in up else up[1:]:
        if token.i in candidate.match.tokens:
            continue
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "ADJ", "NOUN", "AUX"):
            found[f"up={lemma}"] = 1.0
        cue = sentence.cues.get(token.i)
        if cue is not None:
            found[f"cue={cue.stance}"] = found.get(f"cue={cue.stance}", 0.0) + 1.0
            if cue.evaluative:
                found["cue_evaluative"] = 1.0
        if is_reverser(sentence, token):
            found["reverser"] = found.get("reverser", 0.0) + 1.0
        if lemma in words.stoppings:
            found["stopping"] = 1.0
        if lemma in words.speech:
            found["speech"] = 1.0
        if lemma in words.belief:
            found["belief"] = 1.0
        if lemma in words.governing_reversers:
            found["governing_reverser"] = 1.0
        if negated(sentence, token):
            negations += 1
    if negations:
        found[f"negations={'odd' if negations % 2 else 'even'}"] = 1.0
    for token in meet.children:
        if token.dep_ == "neg":
            found["meet_negated"] = 1.0
    if candidate.match.opposite and found.get("stopping"):
        found["opposite_stopped"] = 1.0
    return found


@functools.lru_cache(maxsize=16)
def _clause(sentence: Sentence, root: Token) -> Features:
    """The clause the topic stands in: its verb's modality, condition, tense (worked out
    once for the candidates of one topic)."""
    words = sentence.words
    found: Features = {}
    verb = next((t for t in (root, *root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        found["no_verb"] = 1.0
        return found
    found[f"verb_tag={verb.tag_}"] = 1.0
    found[f"verb={verb.lemma_.lower()}"] = 1.0
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in ("would", "could", "might", "should", "must", "will", "may", "can", "shall", "'ll", "wo"):
            found[f"modal={child.lower_}"] = 1.0
        if child.dep_ == "mark" and child.lower_ in words.conditional_marks:
            found["conditional"] = 1.0
    for ancestor in verb.ancestors:
        if any(c.dep_ == "mark" and c.lower_ in words.conditional_marks for c in ancestor.children):
            found["under_condition"] = 1.0
        if ancestor.lemma_ in words.speech:
            found["reported"] = 1.0
    if any(c.dep_ == "advcl" and any(g.lower_ in words.condition_marks for g in c.children) for c in verb.children):
        found["sets_condition"] = 1.0
    return found


@functools.lru_cache(maxsize=16)
def _evaluation(sentence: Sentence, root: Token, phrase: frozenset[int]) -> Features:
    """Evaluative words near the topic (its ``phrase``, rooted at ``root``): the valence of
    the words that govern it and of its clause (outside the phrase itself); worked out once
    for the candidates of one topic."""
    table = valence()
    found: Features = {}
    head_words = [t for t in list(root.ancestors)[:3]]
    near = [t for t in sentence.sdoc[max(root.i - 6, 0):root.i + 7] if t.i not in phrase]
    for name, tokens in (("governing", head_words), ("near", near)):
        values = [table.get(t.lower_, table.get(t.lemma_.lower(), 0.0)) for t in tokens]
        positive = sum(v for v in values if v > 0)
        negative = -sum(v for v in values if v < 0)
        if positive:
            found[f"valence_{name}_positive"] = min(positive, 6.0) / 3
        if negative:
            found[f"valence_{name}_negative"] = min(negative, 6.0) / 3
    for token in near:
        if token.pos_ in CONTENT and token.i not in phrase and not token.is_stop:
            found[f"near={token.lemma_.lower()}"] = 1.0
    return found
