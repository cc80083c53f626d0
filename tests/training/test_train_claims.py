"""The classifier's training script: labels from gold evidence, and the same data giving
the same weights."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn", reason="scikit-learn trains the classifier (the train extra)")
SCRIPT = Path(__file__).resolve().parents[2] / "training" / "train_claims.py"
spec = importlib.util.spec_from_file_location("train_claims", SCRIPT)
train_claims = importlib.util.module_from_spec(spec)
sys.modules["train_claims"] = train_claims  # its dataclasses look their module up
spec.loader.exec_module(train_claims)

TEXT = "Talks resumed. Arland rejected the truce on Monday. Borsk said little."
SENTENCES = [(0, 14), (15, 50), (51, 70)]


def test_gold_evidence_is_found_in_its_sentence_even_misspelt():
    assert train_claims.evidence_sentences(TEXT, SENTENCES, "Arland rejected the truce") == {1}
    assert train_claims.evidence_sentences(TEXT, SENTENCES, "Arland rejectd teh truce on Monday") == {1}
    assert train_claims.evidence_sentences(TEXT, SENTENCES, "nothing like it at all here") is None


def test_a_candidate_is_labelled_where_gold_evidence_lies_and_left_out_elsewhere():
    gold = {("arland", "ceasefire"): [("against", "core", {1})], ("borsk", "ceasefire"): [("for", "soft", None)]}
    assert train_claims._label(gold, "arland", "ceasefire", 1) == "against"
    assert train_claims._label(gold, "arland", "ceasefire", 2) is None
    assert train_claims._label(gold, "borsk", "ceasefire", 2) is None
    assert train_claims._label(gold, "cordia", "ceasefire", 1) == "none"


def samples():
    rows = []
    for i in range(40):
        label = ("none", "for", "against", "concede")[i % 4]
        rows.append({"group": f"g{i % 7}", "label": label,
                     "features": {"bias": 1.0, f"cue={label}": 1.0, f"noise={i % 3}": 1.0}})
    return rows


def test_the_same_data_gives_the_same_weights():
    first = train_claims.export(*train_claims.train(samples(), 0.3), 0.6).to_json()
    second = train_claims.export(*train_claims.train(samples(), 0.3), 0.6).to_json()
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    model = train_claims.export(*train_claims.train(samples(), 0.3), 0.4)
    assert model.decide({"bias": 1.0, "cue=against": 1.0})[0] == "against"


def test_text_written_here_counts_for_less_when_weighted_down():
    # real documents say "cue=for" means "for"; a written excerpt says it means "against"
    rows = [{"group": "dev/ru_ua/r1.txt", "label": "for", "features": {"cue=for": 1.0}} for _ in range(6)]
    rows += [{"group": "synthetic/ru_ua/x1", "label": "against", "features": {"cue=for": 1.0}} for _ in range(6)]
    rows += [{"group": "dev/ru_ua/r2.txt", "label": label, "features": {f"cue={label}": 1.0}}
             for label in ("none", "against", "concede") for _ in range(3)]
    even = train_claims.export(*train_claims.train(rows, 1.0, 1.0, rounds=0), 0.3)
    light = train_claims.export(*train_claims.train(rows, 1.0, 0.1, rounds=0), 0.3)
    assert light.decide({"cue=for": 1.0})[0] == "for"
    assert even.probabilities({"cue=for": 1.0})["for"] < light.probabilities({"cue=for": 1.0})["for"]


def real_rows():
    """A real document's rows: a cue states the position, a bare mention states nothing."""
    return [{"group": "dev/ru_ua/r1.txt", "label": label, "key": ["arland", "ceasefire"], "features": features}
            for label, features in (("against", {"cue=reject": 1.0}), ("none", {"mention": 1.0}),
                                    ("for", {"cue=support": 1.0}), ("concede", {"cue=concede": 1.0}))
            for _ in range(4)]


def test_a_written_position_is_learnt_from_the_sentence_that_states_it_not_from_every_mention():
    rows = real_rows()
    # written excerpts, labelled per document: each states it once and names party and topic twice more
    for n in range(6):
        for features in ({"cue=reject": 1.0}, {"mention": 1.0}, {"mention": 1.0}):
            rows.append({"group": f"synthetic/ru_ua/x{n}", "label": "against", "key": ["arland", "ceasefire"],
                         "features": features})
    every = train_claims.export(*train_claims.train(rows, 1.0, 1.0, rounds=0), 0.5)
    likeliest = train_claims.export(*train_claims.train(rows, 1.0, 1.0, rounds=1), 0.5)
    assert every.decide({"mention": 1.0})[0] == "against"
    assert likeliest.decide({"mention": 1.0})[0] == "none"
    assert likeliest.decide({"cue=reject": 1.0})[0] == "against"


def test_settings_can_be_chosen_by_written_excerpts_as_well_as_real_documents():
    real, written = (50, 10, 40), (30, 10, 60)
    assert train_claims.selection_score(real, written, "real") == train_claims.f1(*real)
    both = train_claims.selection_score(real, written, "real+written")
    assert train_claims.f1(*written) < both < train_claims.f1(*real)


def test_a_written_position_with_evidence_keeps_every_sentence_the_evidence_names():
    # a written excerpt states the position twice, in two wordings; its evidence names both sentences
    rows = real_rows()
    for n in range(6):
        for features in ({"cue=reject": 1.0}, {"cue=spurn": 1.0}):
            rows.append({"group": f"synthetic/ru_ua/x{n}", "label": "against", "key": ["arland", "ceasefire"],
                         "features": features, "evidenced": True})
    model = train_claims.export(*train_claims.train(rows, 1.0, 1.0, rounds=1), 0.5)
    assert model.decide({"cue=spurn": 1.0})[0] == "against"
    guessed = [{k: v for k, v in row.items() if k != "evidenced"} for row in rows]
    assert len(train_claims.likeliest_instances(guessed, *train_claims.train(guessed, 1.0, rounds=0))) < len(rows)
    assert train_claims.likeliest_instances(rows, *train_claims.train(rows, 1.0, rounds=0)) == rows
