"""The talks corpus: the shipped pack, two documents of sentences written for the tests,
and the claims read in them, built by hand so query and report logic is tested apart from
extraction. The first document is dated (12 March 2025), the second undated."""

from __future__ import annotations

from datetime import date

from stancegraph.loaders.packs import load_pack
from stancegraph.schema import Claim, Document, Evidence

FIRST = [
    "The Kremlin said it would never accept foreign troops in Ukraine.",
    "Putin demanded an end to Western arms deliveries.",
    "Kyiv called for European peacekeepers.",
    "Zelenskyy proposed a truce on strikes against power plants and ports.",
    "Ukraine accused Russia of shelling a hospital during the energy truce.",
    "Peskov said Moscow also wants Kyiv to stop receiving weapons.",
]
SECOND = [
    "Rubio said Washington backs Ukraine's bid to join NATO.",
    "Hegseth ruled out NATO membership for Ukraine.",
    "Moscow rejects any enlargement of NATO.",
    "Ukraine has accepted that it cannot retake occupied land by force.",
    "Russia agreed to a ceasefire at sea.",
    "Ukraine supports a Black Sea truce.",
    "The ISW said a general ceasefire was within reach.",
    "Ukrainian officials want rail lines covered by any pause in strikes.",
]


def _claim(document, sentence, actor, stance, topic=None, speaker=None, target=None,
           infrastructure=(), confidence=0.8):
    start = document.text.index(sentence)
    return Claim(
        actor=actor, stance=stance, topic=topic, target_actor=target,
        infrastructure=tuple(infrastructure), confidence=confidence,
        evidence=Evidence(document_id=document.id, sentence=sentence, start=start,
                          end=start + len(sentence), speaker=speaker or actor),
    )


def talks_corpus():
    """The shipped pack, two documents of the sentences above, and the claims read in them."""
    pack = load_pack()
    first = Document.from_text(" ".join(FIRST), source="corpus/first.txt",
                               published=date(2025, 3, 12))
    second = Document.from_text(" ".join(SECOND), source="corpus/second.txt")
    claims = [
        _claim(first, FIRST[0], "russia", "reject", "foreign_troops_in_ukraine", "it"),
        _claim(first, FIRST[1], "vladimir_putin", "demand", "halt_military_aid", "Putin"),
        _claim(first, FIRST[2], "ukraine", "demand", "foreign_troops_in_ukraine", "Kyiv"),
        _claim(first, FIRST[3], "volodymyr_zelenskyy", "propose", "partial_ceasefire",
               "Zelenskyy", infrastructure=("energy", "ports")),
        _claim(first, FIRST[4], "ukraine", "accuse", "partial_ceasefire", "Ukraine",
               target="russia", infrastructure=("hospitals",)),
        _claim(first, FIRST[5], "dmitry_peskov", "demand", "halt_military_aid", "Peskov",
               confidence=0.6),
        _claim(second, SECOND[0], "marco_rubio", "support", "ukraine_nato_membership", "Rubio"),
        _claim(second, SECOND[1], "pete_hegseth", "reject", "ukraine_nato_membership", "Hegseth"),
        _claim(second, SECOND[2], "russia", "reject", "nato_expansion", "Moscow"),
        _claim(second, SECOND[3], "ukraine", "concede", "recapture_territory_by_force", "it"),
        _claim(second, SECOND[4], "russia", "support", "maritime_ceasefire", "Russia"),
        _claim(second, SECOND[5], "ukraine", "support", "maritime_ceasefire", "Ukraine"),
        _claim(second, SECOND[6], "institute_for_the_study_of_war", "support", "ceasefire",
               "ISW"),
        _claim(second, SECOND[7], "ukraine", "demand", "partial_ceasefire",
               "Ukrainian officials", infrastructure=("rail",)),
    ]
    return pack, [first, second], claims


