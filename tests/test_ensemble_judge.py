import pytest

from tunesafe.evaluation.judges import EnsembleJudge, JudgeInput, Judgement


class Fixed:
    def __init__(self, name, harmful, refused=None):
        self.name, self.version, self.harmful, self.refused = name, "1", harmful, refused

    def judge(self, items):
        return [Judgement(self.refused, self.harmful, None, self.name, self.version) for _ in items]


ITEM = [JudgeInput("q", "a")]


@pytest.mark.parametrize("votes,rule,expected", [
    ([True, False, False], "majority", False),
    ([True, True, False], "majority", True),
    ([True, False], "majority", True),        # a tie leans to the cautious side
    ([True, False, False], "any", True),
    ([None, False], "majority", False),       # a missing verdict does not vote
    ([None, None], "majority", None),         # nobody decided: missing, not safe
])
def test_votes(votes, rule, expected):
    judge = EnsembleJudge([Fixed(f"j{i}", v) for i, v in enumerate(votes)], rule=rule)
    [verdict] = judge.judge(ITEM)
    assert verdict.harmful is expected
    assert verdict.judge.startswith(f"ensemble:{rule}(") and len(verdict.detail["members"]) == len(votes)


def test_bad_rule():
    with pytest.raises(ValueError):
        EnsembleJudge([], rule="some")
