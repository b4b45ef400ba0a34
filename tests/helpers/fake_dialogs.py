"""FakeDialogs: a DialogService for tests that records every call and never blocks.

    dialogs = FakeDialogs(confirm=True, unsaved="discard", open_path=Path("x.xlsx"))
    ... exercise the screen ...
    assert dialogs.calls == [("confirm", "Trainee verwijderen", "...")]
    assert dialogs.titles("error") == []

Each preset answer may also be a list: successive calls then take the answers in
order (the last one repeats), e.g. ``FakeDialogs(choice=["demo", "empty"])``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

Unsaved = Literal["save", "discard", "cancel"]


class FakeDialogs:
    def __init__(
        self,
        *,
        confirm: bool | list[bool] = True,
        unsaved: Unsaved | list[Unsaved] = "discard",
        save_path: Path | None | list[Path | None] = None,
        open_path: Path | None | list[Path | None] = None,
        choice: str | None | list[str | None] = None,
    ) -> None:
        self.confirm_answer = confirm
        self.unsaved_answer = unsaved
        self.save_path = save_path
        self.open_path = open_path
        self.choice = choice
        # (method, title, text) for every call; text is "" where the method has none.
        self.calls: list[tuple[str, str, str]] = []
        # Extra detail per call (parent, filters, choices), in the same order as calls.
        self.details: list[dict[str, Any]] = []

    # -- answers -------------------------------------------------------------------

    @staticmethod
    def _next(answer: Any) -> Any:
        if isinstance(answer, list):
            return answer.pop(0) if len(answer) > 1 else (answer[0] if answer else None)
        return answer

    def _record(self, method: str, title: str, text: str, **detail: Any) -> None:
        self.calls.append((method, title, text))
        self.details.append(detail)

    # -- the DialogService protocol -------------------------------------------------

    def info(self, parent: Any, title: str, text: str) -> None:
        self._record("info", title, text, parent=parent)

    def error(self, parent: Any, title: str, text: str) -> None:
        self._record("error", title, text, parent=parent)

    def confirm(self, parent: Any, title: str, text: str, *, destructive: bool = False) -> bool:
        self._record("confirm", title, text, parent=parent, destructive=destructive)
        return bool(self._next(self.confirm_answer))

    def ask_unsaved(self, parent: Any) -> Unsaved:
        self._record("ask_unsaved", "", "", parent=parent)
        return self._next(self.unsaved_answer)  # type: ignore[no-any-return]

    def save_file(self, parent: Any, title: str, suggested: str, file_filter: str) -> Path | None:
        self._record("save_file", title, suggested, parent=parent, file_filter=file_filter)
        return self._next(self.save_path)  # type: ignore[no-any-return]

    def open_file(self, parent: Any, title: str, file_filter: str) -> Path | None:
        self._record("open_file", title, "", parent=parent, file_filter=file_filter)
        return self._next(self.open_path)  # type: ignore[no-any-return]

    def choose(self, parent: Any, title: str, text: str, choices: Sequence[Any]) -> str | None:
        self._record("choose", title, text, parent=parent, choices=list(choices))
        return self._next(self.choice)  # type: ignore[no-any-return]

    # -- conveniences for assertions -------------------------------------------------

    def methods(self) -> list[str]:
        return [method for method, _title, _text in self.calls]

    def titles(self, method: str) -> list[str]:
        return [title for called, title, _text in self.calls if called == method]

    def texts(self, method: str) -> list[str]:
        return [text for called, _title, text in self.calls if called == method]
