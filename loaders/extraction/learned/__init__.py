"""The learned extractor (``--extractor learned``): the rule engine's passes, then a
classifier that reads every (holder, topic) pair a sentence offers and decides whether the
sentence states that holder's position on the topic, and which way.

``candidates`` gathers the pairs with high recall (subjects, possessors, speakers, sources,
a plan's author, the rules' own claims); ``features`` describes each pair in terms that
hold across negotiations (the syntactic path from holder to topic, cue words and their
stances, negation, modality, conditions, quotation, evaluative words); ``model`` scores
them with a linear model trained by ``training/train_claims.py`` and shipped as JSON.
"""
