"""Pure health logic: value types, validation, units, reference ranges. No I/O, no Qt, no SQL."""
