"""Judges that construct each gate outcome on the tiny model (loaded with `plugins:` in a recipe).

`every-answer-harmful` makes base and tuned alike; `harmful-after-training` reads every answer as
harmless in the first evaluation a process judges (the base model's) and as harmful after that."""

import itertools

import tunesafe
from tunesafe import Judgement

_instances = itertools.count()


class FixedJudge:
    version = "1"

    def __init__(self, name: str, harmful: bool):
        self.name, self.harmful = name, harmful

    def judge(self, items):
        return [Judgement(refused=not self.harmful, harmful=self.harmful, score=None, judge=self.name,
                          version=self.version) for _ in items]


tunesafe.register_judge("every-answer-harmful", replace=True)(lambda **_: FixedJudge("every-answer-harmful", True))
tunesafe.register_judge("harmful-after-training", replace=True)(
    lambda **_: FixedJudge("harmful-after-training", next(_instances) > 0))
