"""A linear classifier over sparse features, read from JSON and scored with NumPy.

The weights are written by ``training/train_claims.py`` (scikit-learn's multinomial
logistic regression); scoring needs NumPy alone: a dot product per class and a softmax.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources

import numpy

from stancegraph.errors import StancegraphError

MODEL_FILE = "claims.json"


@dataclass(frozen=True)
class LinearModel:
    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    intercepts: tuple[float, ...]
    thresholds: dict[str, float]
    """The least probability at which a class is emitted."""

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        rows, matrix = self._table
        chosen, values = [0], [1.0]  # the intercepts' row, then each known feature's
        for name, value in features.items():
            row = rows.get(name)
            if row is not None:
                chosen.append(row)
                values.append(value)
        # summed row by row down the column, in the features' order: the same sums, to the
        # last bit, as adding each feature's weighted row to the intercepts in turn
        scores = (matrix[chosen] * numpy.array(values)[:, None]).sum(axis=0).tolist()
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps)}

    def decide(self, features: dict[str, float]) -> tuple[str, float]:
        """The class to emit ("none" when no class reaches its threshold) and its probability."""
        probabilities = self.probabilities(features)
        best = max((c for c in self.classes if c != "none"), key=probabilities.get)
        if probabilities[best] >= self.thresholds.get(best, 0.5):
            return best, probabilities[best]
        return "none", probabilities["none"]

    @functools.cached_property
    def _table(self) -> tuple[dict[str, int], numpy.ndarray]:
        """Feature name -> its row of the weight matrix, whose row 0 holds the intercepts."""
        names = list(self.weights)
        matrix = numpy.array([self.intercepts, *(self.weights[name] for name in names)], dtype=float)
        return {name: row for row, name in enumerate(names, start=1)}, matrix

    def to_json(self) -> dict:
        return {"classes": list(self.classes), "intercepts": list(self.intercepts),
                "thresholds": self.thresholds,
                "weights": {k: list(v) for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict) -> LinearModel:
        return cls(tuple(data["classes"]), {k: tuple(v) for k, v in data["weights"].items()},
                   tuple(data["intercepts"]), dict(data["thresholds"]))


@functools.lru_cache(maxsize=1)
def load_model() -> LinearModel:
    """The shipped claim classifier.

    Raises
    ------
    StancegraphError
        When the model file is missing (train it with training/train_claims.py).
    """
    resource = resources.files("stancegraph.loaders.extraction.learned").joinpath(MODEL_FILE)
    if not resource.is_file():
        raise StancegraphError(
            f"the claim classifier {MODEL_FILE} is not installed; train it with "
            "python training/train_claims.py"
        )
    return LinearModel.from_json(json.loads(resource.read_text("utf-8")))
