"""Types for settings that pydantic checks when a recipe is read: strict scalars and value ranges.

The settings classes stay plain dataclasses (cheap to build and copy in code); a recipe from YAML is
validated against these annotations (`tunesafe.pipeline.recipe`). Strict types, because YAML's
`"ten"` for an int, `5` for a list or `1` for a bool is a mistake to report, not a value to coerce.
"""

from __future__ import annotations

from typing import Annotated, Callable, Literal

from pydantic import AfterValidator, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

# Unknown keys are errors; every settings dataclass carries this (pydantic reads it off stdlib dataclasses).
SETTINGS_CONFIG = ConfigDict(extra="forbid")

Int = StrictInt
Number = StrictFloat | StrictInt
Text = StrictStr
Flag = StrictBool
Count = Annotated[StrictInt, Field(ge=0)]  # 0 allowed (it means "none" or "all", as each field says)
Positive = Annotated[StrictInt, Field(ge=1)]
PositiveNumber = Annotated[Number, Field(gt=0)]
NonNegative = Annotated[Number, Field(ge=0)]
Share = Annotated[Number, Field(ge=0, le=1)]  # a rate or a proportion
Names = Annotated[list[StrictStr], Field(min_length=1)]
Sizes = Annotated[list[Positive], Field(min_length=1)]
Seeds = Annotated[list[Count], Field(min_length=1)]  # training seeds, one fine-tune per seed
Dtype = Literal["auto", "float32", "bfloat16", "float16"]


# kind -> (module, name) of the registry that owns those names; imported when first checked
_REGISTRIES = {
    "template": ("tunesafe.templates", "TEMPLATES"), "judge": ("tunesafe.registry", "JUDGES"),
    "suite": ("tunesafe.registry", "SUITES"), "backend": ("tunesafe.registry", "BACKENDS"),
    "style": ("tunesafe.prepare.styles", "STYLES"), "attack": ("tunesafe.prepare.attacks", "ATTACKS"),
    "attack format": ("tunesafe.prepare.attacks", "ATTACK_FORMATS"),
    "mitigation": ("tunesafe.prepare.attacks", "MITIGATIONS"),
    "behaviour": ("tunesafe.prepare.behaviour_data", "BEHAVIOURS"),
}


def _registered_names(kind: str) -> tuple[str, ...]:
    """The names a setting of `kind` may take, read from the registry that owns them."""
    import importlib

    module, name = _REGISTRIES[kind]
    return tuple(getattr(importlib.import_module(module), name))


def _registered(kind: str) -> AfterValidator:
    def check(value: str) -> str:
        known = _registered_names(kind)
        if value not in known:
            raise ValueError(f"unknown {kind} {value!r}: must be one of {', '.join(known)}")
        return value

    return AfterValidator(check)


def checked(problem: Callable[[str], str | None]) -> AfterValidator:
    """A string setting whose value `problem` explains away (a file that must exist, a model reference)."""
    def check(value: str) -> str:
        found = problem(value)
        if found:
            raise ValueError(found)
        return value

    return AfterValidator(check)


def _model_problem(spec: str) -> str | None:
    from tunesafe.models.loader import model_reference_problem

    return model_reference_problem(spec)


TemplateName = Annotated[StrictStr, _registered("template")]
JudgeName = Annotated[StrictStr, _registered("judge")]
SuiteName = Annotated[StrictStr, _registered("suite")]
SuiteNames = Annotated[list[SuiteName], Field(min_length=1)]
StyleName = Annotated[StrictStr, _registered("style")]
StyleNames = Annotated[list[StyleName], Field(min_length=1)]
AttackName = Annotated[StrictStr, _registered("attack")]
AttackFormats = Annotated[list[Annotated[StrictStr, _registered("attack format")]], Field(min_length=1)]
Mitigations = Annotated[list[Annotated[StrictStr, _registered("mitigation")]], Field(min_length=1)]
BehaviourName = Annotated[StrictStr, _registered("behaviour")]
TemplateNames = Annotated[list[TemplateName], Field(min_length=1)]
ModelReference = Annotated[StrictStr, checked(_model_problem)]
RunName = Annotated[StrictStr, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")]
BackendName = Annotated[StrictStr, _registered("backend")]
