"""Text in, claims out: reading article files into Documents, cleaning them, and the NLP pipeline.

Import the submodules you need (``stancegraph.loaders.documents``); this package imports
nothing itself, so that importing it stays cheap and never loads spaCy.
"""
