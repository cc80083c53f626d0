"""The English of questions, kept as data: stance words, intent words and topic synonyms.

The question parser reads these tables; it has no word lists of its own. Entries are written
as a person would type them and are normalised (lower case, a light suffix rule) when the
parser loads them, so "rejects", "rejected" and "rejecting" all match "reject". What the
pack already knows -- actor names and aliases, topic phrases, infrastructure phrases -- is
read from the store and is not repeated here; ``TOPIC_SYNONYMS`` only adds the shorter or
looser words people use in questions ("troops", "joining the alliance").

This is a Python module rather than a YAML file so that it ships inside the wheel with no
package-data entry and costs nothing to load.
"""

from __future__ import annotations

from stancegraph.schema.positions import STANCES, stances_with_polarity

FOR = stances_with_polarity("for")
"""The stances that are for a topic: demand, propose, support."""
AGAINST = stances_with_polarity("against")
"""The stances that are against a topic: reject."""
ANY_STANCE = tuple(stance for stance in STANCES if stance != "accuse")
"""Every stance on a topic (accusations are asked for with their own words)."""

STANCE_WORDS: dict[str, tuple[str, ...]] = {
    # against
    "reject": AGAINST, "rejection": AGAINST, "oppose": AGAINST, "opposed to": AGAINST,
    "opposition to": AGAINST, "opponent": AGAINST, "against": AGAINST, "refuse": AGAINST,
    "rule out": AGAINST, "resist": AGAINST, "object to": AGAINST, "dismiss": AGAINST,
    "veto": AGAINST, "block": AGAINST, "say no to": AGAINST, "not accept": AGAINST,
    "not want": AGAINST, "not support": AGAINST, "disapprove": AGAINST, "denounce": AGAINST,
    "hostile to": AGAINST, "turn down": AGAINST, "balk at": AGAINST, "dislike": AGAINST,
    # for
    "want": FOR, "support": FOR, "supporter": FOR, "back": FOR, "favour": FOR, "favor": FOR,
    "in favour of": FOR, "in favor of": FOR, "is for": FOR, "are for": FOR, "endorse": FOR,
    "welcome": FOR, "seek": FOR, "push for": FOR, "advocate": FOR, "champion": FOR,
    "promote": FOR, "pursue": FOR, "prefer": FOR, "like": FOR, "embrace": FOR,
    "hope for": FOR, "wish": FOR, "aim for": FOR, "argue for": FOR, "lobby for": FOR,
    "approve": FOR, "open to": FOR, "keen on": FOR, "sign up to": FOR,
    # narrower
    "demand": ("demand",), "insist": ("demand",), "insist on": ("demand",),
    "require": ("demand",), "call for": ("demand",), "press for": ("demand",),
    "ask for": ("demand",), "condition": ("demand",), "precondition": ("demand",),
    "ultimatum": ("demand",), "request": ("demand",),
    "propose": ("propose",), "proposal": ("propose",), "suggest": ("propose",),
    "offer": ("propose",), "float": ("propose",), "put forward": ("propose",),
    "pitch": ("propose",), "plan": ("propose",),
    "accept": ("demand", "propose", "support", "concede"),
    "agree to": ("demand", "propose", "support", "concede"),
    "concede": ("concede",), "concession": ("concede",), "give up": ("concede",),
    "back down": ("concede",), "yield": ("concede",), "compromise": ("concede",),
    "cave": ("concede",), "relent": ("concede",),
}
"""Words that name a stance, and the stances they stand for. "supports" asks who is for a
topic, as analysts use it; the narrower verbs ask for that stance alone."""

NEGATIONS: tuple[str, ...] = ("not", "never", "no longer", "hardly")
"""Before a stance word, these turn for into against and against into for."""

ACCUSATION_WORDS: tuple[str, ...] = (
    "accuse", "accusation", "accuser", "blame", "allege", "allegation", "charge",
    "point the finger", "fault",
)
PASSIVE_ACCUSATION: tuple[str, ...] = (
    "been accused", "was accused", "were accused", "is accused", "are accused", "get accused",
    "got accused", "been blamed", "was blamed", "were blamed", "is blamed", "are blamed",
    "accusation against", "accusations against", "allegation against", "charge against",
    "blame on",
)
"""In these the actor named after the phrase (or before it) is the one accused."""

ACCUSATION_CONTENT_WORDS: tuple[str, ...] = (
    "violate", "violation", "break", "breach", "flout", "ignore", "attack", "strike", "hit",
    "sabotage", "shell", "bomb", "target", "provocation", "wreck", "undermine", "whom",
)
"""What an accusation says was done: known words, though they name no topic."""

DISAGREEMENT_WORDS: tuple[str, ...] = (
    "disagree", "disagreement", "differ", "difference", "clash", "at odds", "dispute",
    "conflict", "diverge", "divergence", "apart", "split", "opposite", "odds",
)
AGREEMENT_WORDS: tuple[str, ...] = (
    "agree", "agreement", "common ground", "in common", "share", "align", "aligned",
    "consensus", "converge", "overlap", "see eye to eye", "same side", "same page",
)
COMPARISON_WORDS: tuple[str, ...] = ("compare", "comparison", "versus", "vs", "contrast")
CONTRADICTION_WORDS: tuple[str, ...] = (
    "contradiction", "contradict", "contradictory", "inconsistent", "inconsistency",
    "divided", "division", "split", "both sides", "mixed", "internal", "infighting",
    "mixed message", "mixed signal", "disunity", "among themselves", "each other",
    "with itself", "with themselves",
)
"""With one actor (or none), these ask for a party whose officials are on both sides."""

INFRASTRUCTURE_WORDS: tuple[str, ...] = (
    "infrastructure", "target", "facility", "site", "category", "categories of target",
    "kind of target", "installation",
)
PROTECTION_WORDS: tuple[str, ...] = (
    "protect", "protection", "cover", "covered", "spare", "shield", "off-limits",
    "off limits", "exempt", "safe", "include", "keep safe", "safeguard",
)
""""Which infrastructure does Ukraine want protected?" asks for the categories an actor's
claims for a ceasefire name."""

POSITION_WORDS: tuple[str, ...] = (
    "position", "stance", "stand", "view", "think", "say", "said", "line", "policy",
    "feel", "believe", "opinion", "attitude", "approach", "posture", "take",
)
"""These ask for every stance an actor takes, or every stance on a topic."""

WHO_WORDS: tuple[str, ...] = ("who", "whom", "whose", "which", "what actor", "what party",
                              "anyone", "anybody")

HOLDER_KIND_WORDS: dict[str, tuple[str, str]] = {
    # word -> ("party" | "actor", kind): which holders the question asks about
    "country": ("party", "state"), "state": ("party", "state"), "nation": ("party", "state"),
    "government": ("party", "state"), "capital": ("party", "state"),
    "organisation": ("party", "organization"), "organization": ("party", "organization"),
    "bloc": ("party", "organization"), "alliance": ("party", "organization"),
    "institution": ("party", "organization"),
    "leader": ("actor", "person"), "official": ("actor", "person"),
    "person": ("actor", "person"), "people": ("actor", "person"),
    "politician": ("actor", "person"), "minister": ("actor", "person"),
    "diplomat": ("actor", "person"), "envoy": ("actor", "person"),
    "president": ("actor", "person"),
}

SCOPE_PREPOSITIONS: tuple[str, ...] = (
    "for", "to", "in", "into", "on", "of", "from", "against", "over", "inside", "by",
    "with", "about", "regarding",
)
"""An actor named right after one of these and next to a topic qualifies the topic
("NATO membership for Ukraine"); it does not hold the position."""

HOLDER_PREPOSITIONS: tuple[str, ...] = ("in", "among", "from", "within", "inside", "of")
""""Who in Russia ...", "which of the Europeans ...": the actor named is the holder."""

FUNCTION_WORDS: tuple[str, ...] = (
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by",
    "with", "about", "from", "into", "over", "as", "than", "then", "that", "this", "these",
    "those", "there", "here", "it", "its", "they", "them", "their", "he", "him", "his",
    "she", "her", "we", "us", "our", "you", "your", "i", "me", "my", "itself", "themselves",
    "himself", "herself", "ourselves", "yourself", "one another",
    "who", "whom", "whose", "which", "what", "where", "when", "why", "how", "whether",
    "do", "does", "did", "done", "doing", "is", "are", "was", "were", "be", "been", "being",
    "am", "has", "have", "had", "having", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "ought",
    "any", "all", "some", "each", "every", "both", "either", "neither", "other", "another",
    "such", "so", "too", "very", "also", "just", "only", "still", "yet", "already", "even",
    "now", "currently", "today", "really", "exactly", "actually", "so far", "far",
    "tell", "show", "list", "give", "find", "name", "explain", "describe", "please", "me",
    "kind", "sort", "type", "thing", "anything", "everything", "something", "nothing",
    "one", "ones", "side", "sides", "party", "parties", "actor", "actors", "camp",
    "made", "make", "get", "got", "go", "going", "gone", "come",
    "currently", "publicly", "openly", "officially", "explicitly", "strongly",
    "issue", "issues", "topic", "topics", "question", "questions", "matter", "point",
    "current", "latest", "recent", "main", "key", "major", "new",
    "if", "whether", "up", "out", "off", "down", "again", "ever",
)
"""Words that carry no topic: left out when looking for unknown words and suggestions."""

NEGATED_CONTRACTIONS: frozenset[str] = frozenset({
    "won't", "can't", "cannot", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
    "weren't", "wouldn't", "shouldn't", "couldn't", "haven't", "hasn't", "hadn't",
})
"""Contractions with "not": a question reads each as "not" (typographic apostrophes are
made plain first). Other irregular forms are ``stancegraph.schema.words``'s."""

TOPIC_SYNONYMS: dict[str, tuple[str, ...]] = {
    "foreign_troops_in_ukraine": (
        "troop", "soldier", "boots", "boots on the ground", "foreign boots",
        "western boots", "foreign military", "western military presence",
        "european army", "reassurance mission", "peacekeeping", "deterrent",
        "troop deployment", "deployment of troops", "sending troops",
        "troops to ukraine", "troops in ukraine", "foreign peacekeepers",
        "european peacekeeping", "security force", "monitoring mission",
        "peace keeping", "peace-keeping", "peace keepers", "peace-keepers",
    ),
    "ukraine_nato_membership": (
        "ukraine in nato", "ukraine joining nato", "ukraine's membership", "membership",
        "join the alliance", "joining the alliance", "enter nato", "entry into nato",
        "nato entry", "admission to nato", "nato admission", "admit ukraine",
        "nato integration", "alliance membership", "membership of the alliance",
        "nato membership for ukraine", "ukrainian membership",
    ),
    "nato_expansion": ("expansion", "enlargement", "eastward", "nato growth",
                       "alliance expansion"),
    "ceasefire": ("peace", "truce", "end of fighting", "stop fighting", "halt to fighting",
                  "end to fighting", "ceasefire deal", "general truce", "full truce",
                  "30 day ceasefire", "thirty day ceasefire", "peace talks"),
    "partial_ceasefire": ("energy truce", "infrastructure truce", "moratorium",
                          "partial truce", "limited truce", "air truce", "air ceasefire",
                          "halt to energy strikes", "pause in energy strikes"),
    "maritime_ceasefire": ("black sea ceasefire", "black sea truce", "sea truce",
                           "naval truce", "maritime", "naval", "sea", "navigation"),
    "security_guarantees": ("guarantee", "guarantees", "security", "assurance",
                            "protection for ukraine", "defence guarantee",
                            "defense guarantee"),
    "halt_military_aid": ("aid cut", "cut aid", "stop aid", "halt aid", "halt to aid",
                          "end to aid", "arms embargo"),
    "halt_intelligence_sharing": ("intel pause", "intelligence cut-off", "intelligence cutoff"),
    "limit_ukraine_army": ("army size", "army cap", "cap on the army", "limits on the army",
                           "smaller army", "reduce the army", "troop limits",
                           "size of the army", "size of ukraine's army"),
    "ukraine_demilitarization": ("neutral", "demilitarise", "demilitarize"),
    "annexed_territory": ("territory", "territories", "land", "occupied land", "territorial",
                          "annexed", "annexation", "regions", "borders drawn",
                          "russian territory", "recognition", "cede", "ceding"),
    "pre_2014_borders": ("borders", "border", "1991 borders", "pre 2014 borders",
                         "pre-war borders", "prewar borders"),
    "recapture_territory_by_force": ("military reconquest", "take back territory",
                                     "win back territory", "military recapture",
                                     "reconquer", "reconquest", "liberation",
                                     "retaking", "recapturing"),
    "kursk_withdrawal": ("kursk",),
    "eu_nuclear_umbrella": ("nuclear umbrella", "umbrella", "deterrent for europe"),
    "sanctions_relief": ("sanction relief", "easing sanctions", "lifting sanctions",
                         "sanctions lifted"),
    "prisoner_exchange": ("prisoners", "prisoner", "pows", "pow swap", "swap"),
    "return_of_children": ("children", "child", "kids", "deported children"),
    "ukraine_elections": ("elections", "election", "vote", "zelensky's legitimacy",
                          "zelenskyy's legitimacy"),
    "nuclear_plant_control": ("zaporizhzhia plant", "nuclear plant", "znpp", "plant"),
    "frozen_assets": ("frozen assets", "assets", "russian money", "frozen funds"),
    "direct_talks": ("direct talks", "meeting", "summit", "putin zelensky meeting",
                     "face to face", "talks between putin and zelensky"),
    "minerals_deal": ("minerals", "mineral", "rare earths", "resources deal"),
}
"""Looser words for the pack's topics, keyed by topic id (ids missing from the store are
ignored). They count only when no pack phrase of any topic is in the question, so a stray
"troops" in a question about Kursk does not add a second topic."""

TOPIC_OPPOSITE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "halt_military_aid": ("aid", "weapons", "arms", "weapon", "military help", "us aid",
                          "western aid", "arms deliveries", "weapons deliveries",
                          "military aid", "military support", "arming ukraine"),
    "halt_intelligence_sharing": ("intelligence", "intel", "intel sharing",
                                  "intelligence sharing"),
    "partial_ceasefire": ("energy strikes", "strikes on energy", "strikes on power plants",
                          "infrastructure strikes", "attacks on energy"),
    "sanctions_relief": ("sanctions", "sanction", "new sanctions", "more sanctions",
                         "sanctions pressure", "tougher sanctions"),
}
"""Looser words for the contrary of a topic stated as a halt or a lifting, keyed by topic
id, as the pack's ``opposite_phrases``: being against "sanctions" is being for sanctions
relief, supporting "military aid" is rejecting a halt to it. A stopping word
(``STOPPING_WORDS``) next to them names the topic itself ("lifting sanctions")."""

STOPPING_WORDS: tuple[str, ...] = (
    "halt", "stop", "end", "lift", "lifting", "ease", "easing", "relief", "relieve",
    "remove", "removal", "cut", "cutoff", "freeze", "suspend", "suspension", "pause",
    "cease", "cessation", "scrap", "drop", "waive", "moratorium", "ban", "embargo",
)
"""Words that stop what they govern: "lifting sanctions" is sanctions relief itself."""

INFRASTRUCTURE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "energy": ("power", "power plants", "energy sites", "energy grid", "electricity grid",
               "oil", "gas"),
    "ports": ("ports", "harbours", "harbors", "docks"),
    "rail": ("railways", "railroads", "trains", "rail lines"),
    "hospitals": ("hospitals", "clinics"),
    "residential": ("homes", "houses", "apartments", "civilians' homes"),
    "civilian_infrastructure": ("civilian targets", "civilians"),
}
"""Looser words for infrastructure categories, as for topics."""

CHANGE_WORDS: tuple[str, ...] = (
    "change", "changed", "shift", "shifted", "evolve", "evolved", "evolution", "over time",
    "u-turn", "reversal", "reverse", "flip", "flip-flop", "soften", "harden", "move",
    "moved", "history", "timeline", "develop", "developed",
)
"""With an actor or a topic, these ask how positions changed over time."""

PERIOD_WORDS: tuple[str, ...] = (
    "before", "prior to", "until", "till", "by", "up to", "after", "since", "from", "in",
    "during", "on",
)
"""Words that put a date to a question: "before April", "since 15 March", "in March 2025"."""

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
