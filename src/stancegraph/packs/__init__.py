"""Domain packs shipped with stancegraph: one YAML file per negotiation.

A pack lists the actors, commentators, topics and infrastructure categories that extraction
needs to know about (see ``stancegraph.schema.DomainPack``). Load one with
``stancegraph.loaders.packs.load_pack``, by path or by the file's name without ``.yaml``.
"""
