"""stancegraph: who stands where in a negotiation, extracted from news articles."""

__version__ = "0.1.0"
