"""Reported attacks: a speaker saying a party struck, shelled or violated something accuses
it ("Kyiv said Russian forces shelled the plant"; "According to Kyiv, Russia hit ...")."""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction.attribution import according_to, aside_speaker, speech_subject, text_owners
from stancegraph.loaders.extraction.filters import is_position
from stancegraph.loaders.extraction.holders import phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.passes.accusations import accuse
from stancegraph.loaders.extraction.polarity import negated
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence, first_child
from stancegraph.schema import Claim


class Violations:
    name = "violations"

    def __init__(self, resources: PackResources):
        self.forms = resources.lexicon.forms(resources.words.violations)
        self.breach_forms = resources.lexicon.forms(resources.words.breach_nouns)
        self.reports = resources.lexicon.forms(resources.words.speech) | {"according"}

    def wants(self, survey: Survey) -> tuple[int, ...]:
        if not survey.names_party:
            return ()  # the accused is named, or stood for
        # "Baku said Armenian units fired at its posts": an accusation needs no topic
        reported = survey.has_topic or survey.words & self.reports
        violating = survey.words & self.forms or "in" in survey.words and survey.words & self.breach_forms
        return (0,) if violating and reported else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        words = sentence.words
        claims: list[Claim] = []
        for token in sentence.sdoc:
            if token.pos_ != "VERB" or negated(sentence, token):
                continue
            in_breach = _in_breach(token, words.breach_nouns)
            if token.lemma_ not in words.violations and not in_breach:
                continue
            if not is_position(sentence, token):
                continue  # "would retaliate if India attacked": a supposition, no deed reported
            speech = next((a for a in list(token.ancestors)[:3] if a.lemma_ in words.speech), None)
            subject = first_child(token, "nsubj")
            if subject is None and token.dep_ in ("advcl", "conj") and token.head.pos_ == "VERB":
                # "Russia launched drones, hitting apartment blocks": the participle shares the subject
                subject = first_child(token.head, "nsubj")
            if subject is None and token.dep_ == "xcomp" and token.head.lemma_ in words.attempt_verbs:
                subject = first_child(token.head, "nsubj")  # "Pakistan had tried to hit X": an attack all the same
            if subject is None and in_breach:
                # "the mines were planted by Cambodian troops in breach of the truce": the doer
                agent = first_child(token, "agent")
                subject = first_child(agent, "pobj") if agent is not None else None
            if subject is None:
                continue
            if speech is None:
                # "According to Kyiv, Russian forces shelled ...", "Cambodian rockets, he said, hit X"
                holders = according_to(sentence) or aside_speaker(sentence, token) or []
            else:
                speaker_subject = speech_subject(speech, ("nsubj",))  # "denied X and said Y"
                if speaker_subject is None and speech.dep_ == "relcl":
                    speaker_subject = first_child(speech, "amod", "compound")
                # "issued a statement alleging that X shelled Y": the text's issuer or owner
                holders = phrase_holders(sentence, speaker_subject) if speaker_subject is not None else (
                    text_owners(sentence, speech))
            if subject.lower_ in words.reciprocal_words and len({sentence.party(h.actor) for h in holders if h is not COMMENTATOR}) == 2:
                # "each side says the other fired first": the two accuse each other
                claims.extend(accuse(sentence, holders, [], collect(sentence, token, is_root=True), reciprocal=True))
                continue
            targets = phrase_holders(sentence, subject) or _whose_units(sentence, subject)
            if not holders or COMMENTATOR in holders or not targets or COMMENTATOR in targets:
                continue
            scope = collect(sentence, token, is_root=True) - {t.i for t in subject.subtree}
            for conj in token.conjuncts:
                if not any(c.dep_ == "nsubj" for c in conj.children):
                    scope |= collect(sentence, conj, is_root=True)
            claims.extend(accuse(sentence, holders, targets, scope, reciprocal=False))
        return Found(tuple(claims))


def _in_breach(verb: Token, breach_nouns: frozenset[str]) -> bool:
    """Whether a deed is said to be done "in breach of", "in violation of" something: any
    deed so done is a violation ("planted mines in breach of the truce")."""
    return any(prep.dep_ == "prep" and prep.lower_ == "in" and any(
        noun.dep_ == "pobj" and noun.lemma_ in breach_nouns and any(
            of.dep_ == "prep" and of.lower_ == "of" for of in noun.children) for noun in prep.children)
        for prep in verb.children)


def _whose_units(sentence: Sentence, subject: Token) -> list[Holder]:
    """The party a body of fighters belongs to, named after "of": "units of the Armenian
    armed forces", "elements of the Pakistani army"."""
    if subject.pos_ != "NOUN":
        return []
    return [h for of in subject.children if of.dep_ == "prep" and of.lower_ == "of"
            for p in of.children if p.dep_ == "pobj" for h in phrase_holders(sentence, p)]
