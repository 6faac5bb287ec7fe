from collections import Counter

from tunesafe.data.prompts import load_prompts


def test_harmful_pools_are_disjoint_and_cover_at_least_ten_categories():
    evaluation, reserved = load_prompts("builtin:harmful"), load_prompts("builtin:harmful-reserved")
    assert len(evaluation) + len(reserved) >= 200
    assert {c.meta["pool"] for c in evaluation} == {"eval"} and {c.meta["pool"] for c in reserved} == {"reserved"}
    assert not {c.last_user for c in evaluation} & {c.last_user for c in reserved}
    assert not {c.id for c in evaluation} & {c.id for c in reserved}
    categories = Counter(c.meta["category"] for c in evaluation)
    assert len(categories) >= 10 and min(categories.values()) >= 10
    assert all(c.answer is None for c in evaluation + reserved)  # requests only


def test_overrefusal_and_utility_sets():
    overrefusal = load_prompts("builtin:overrefusal")
    assert len(overrefusal) >= 100 and len({c.meta["category"] for c in overrefusal}) >= 6
    utility = load_prompts("builtin:utility")
    assert utility and all(c.meta["answer_key"].strip() for c in utility)
    assert len({c.id for c in utility}) == len(utility)
