"""Many adds as one unit: all of them are written, or none (bulk loads from a file).

Writes nest (store/vault.py): each add's own write becomes a savepoint inside one outer
transaction, so every add runs exactly the rules it runs alone, and the first refused
one rolls the whole batch back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from healthdesk.domain.errors import ValidationError
from healthdesk.store.vault import Store

from .errors import NotFoundError

T = TypeVar("T")


class BatchItemError(ValidationError):
    """Entry ``index`` (from 0) of a batch was refused; nothing of the batch was kept."""

    def __init__(self, index: int, error: ValidationError | NotFoundError) -> None:
        field = error.field if isinstance(error, ValidationError) else error.what
        super().__init__(field, str(error))
        self.index = index
        self.error = error


def all_or_nothing(store: Store, entries: Sequence[Mapping[str, Any]],
                   add: Callable[..., T]) -> list[T]:
    """``add(**entry)`` for each entry inside one write. Raises BatchItemError."""
    out: list[T] = []
    with store.write():
        for i, entry in enumerate(entries):
            try:
                out.append(add(**entry))
            except (ValidationError, NotFoundError) as exc:
                raise BatchItemError(i, exc) from exc
    return out
