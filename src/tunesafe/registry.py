"""Named extension points: judges, suites, benchmarks, templates, backends, experiments, defences.

A new one is one registration, from tunesafe's own modules or from a user's:

    import tunesafe

    @tunesafe.register_judge("my-judge")
    def make_my_judge(**options):
        return MyJudge()

Recipes and the CLI check names against these registries, so a typo fails before any work. A user's
module is imported with `--plugin MODULE` on the command line, `plugins: [MODULE]` in a recipe, or
the TUNESAFE_PLUGINS environment variable (comma-separated), before names are checked.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Callable, Generic, Iterator, TypeVar

from tunesafe.errors import TunesafeError

T = TypeVar("T")


class Registry(Generic[T]):
    """Name -> object, in registration order; built-ins are registered when their module is imported."""

    def __init__(self, kind: str, loader: str | None = None):
        self.kind = kind
        self._loader = loader  # the module whose import registers the built-ins
        self._entries: dict[str, T] = {}

    def _load(self) -> None:
        if self._loader and self._loader not in sys.modules:
            importlib.import_module(self._loader)

    def add(self, name: str, entry: T, replace: bool = False) -> T:
        if not replace and name in self._entries and self._entries[name] is not entry:
            raise TunesafeError(f"a {self.kind} named '{name}' is registered already")
        self._entries[name] = entry
        return entry

    def register(self, name: str, replace: bool = False) -> Callable[[T], T]:
        """Decorator form of `add`."""
        return lambda entry: self.add(name, entry, replace)

    def get(self, name: str) -> T:
        self._load()
        if name not in self._entries:
            raise TunesafeError(f"unknown {self.kind} '{name}'; known: {', '.join(self._entries)}")
        return self._entries[name]

    def names(self) -> tuple[str, ...]:
        self._load()
        return tuple(self._entries)

    def __contains__(self, name: object) -> bool:
        self._load()
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __len__(self) -> int:
        return len(self.names())


JUDGES: Registry[Callable] = Registry("judge", "tunesafe.evaluation.judges.factory")
SUITES: Registry = Registry("suite", "tunesafe.evaluation.suites")
BACKENDS: Registry[Callable] = Registry("backend", "tunesafe.generation.factory")
EXPERIMENTS: Registry[str] = Registry("experiment", "tunesafe.experiments")
DEFENCES: Registry[Callable] = Registry("train-time defence")  # the next turn's: Lisa, Vaccine, Safe LoRA, ...

register_judge = JUDGES.register
register_suite = SUITES.register
register_backend = BACKENDS.register
register_defence = DEFENCES.register


def load_plugins(modules: list[str] | tuple[str, ...] = ()) -> None:
    """Import users' modules (their registrations run on import), plus those in TUNESAFE_PLUGINS.

    A name ending in .py is a file path; otherwise a module importable from sys.path or the working folder."""
    wanted = [*modules, *filter(None, (m.strip() for m in os.environ.get("TUNESAFE_PLUGINS", "").split(",")))]
    for name in wanted:
        try:
            if name.endswith(".py"):
                _import_file(Path(name))
            elif name not in sys.modules:
                if os.getcwd() not in sys.path:
                    sys.path.insert(0, os.getcwd())
                importlib.import_module(name)
        except TunesafeError:
            raise
        except Exception as exc:  # the user's code failed: say whose, keep the cause
            raise TunesafeError(f"plugin {name}: could not be imported: {type(exc).__name__}: {exc}") from exc


def _import_file(path: Path) -> None:
    import importlib.util

    if not path.is_file():
        raise TunesafeError(f"plugin {path}: no such file")
    key = f"tunesafe_plugin_{abs(hash(str(path.resolve())))}"
    if key in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(key, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
