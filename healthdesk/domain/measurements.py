"""The kinds of reading a person can log, and turning what they typed into a stored value.

Every reading is stored in its kind's canonical unit, so trends, ranges and sync never
have to ask which unit a number is in; the user's unit matters only on the way in (for
messages) and on the way out (``display``, ``format_reading``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from healthdesk.domain import units as u
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import N_, _
from healthdesk.domain.validation import parse_number

# Canonical values keep two more decimals than they are shown with, so converting back
# reproduces what the user typed (100 mg/dL -> 5.551 mmol/L -> 100 mg/dL).
STORED_EXTRA_DECIMALS = 2


@dataclass(frozen=True, slots=True)
class ComponentSpec:
    """One number in a reading; limits are in the kind's canonical unit (or ``unit``)."""

    name: str
    label: str
    plausible_min: float
    plausible_max: float
    decimals: int
    required: bool = True
    unit: str | None = None  # a fixed unit of its own (the pulse of a BP reading is bpm)
    whole: bool = False  # a count that cannot be fractional (steps)


@dataclass(frozen=True, slots=True)
class KindSpec:
    """A kind of reading: its canonical unit, accepted units, components and contexts."""

    key: str
    label: str
    canonical_unit: str
    units: tuple[str, ...]
    components: tuple[ComponentSpec, ...]
    contexts: tuple[str, ...] = ()

    def component(self, name: str) -> ComponentSpec:
        """Return the component called ``name``; ValidationError if there is none."""
        for component in self.components:
            if component.name == name:
                return component
        raise ValidationError(
            name,
            _("{kind} has no field '{name}'; its fields are: {fields}.").format(
                kind=_(self.label), name=name,
                fields=", ".join(c.name for c in self.components)),
        )

    def unit_of(self, component: ComponentSpec) -> str:
        """The canonical unit a component is stored in."""
        return component.unit or self.canonical_unit


@dataclass(frozen=True, slots=True)
class NormalizedReading:
    """A validated reading in canonical units, ready to store."""

    kind: str
    values: dict[str, float]
    unit: str
    context: str | None = None


def _one(key: str, label: str, unit: str, lo: float, hi: float, decimals: int,
         units: tuple[str, ...] = (), contexts: tuple[str, ...] = (),
         name: str | None = None, whole: bool = False) -> KindSpec:
    component = ComponentSpec(name or key, label, lo, hi, decimals, whole=whole)
    return KindSpec(key, label, unit, (unit, *units), (component,), contexts)


GLUCOSE_CONTEXTS: tuple[str, ...] = ("fasting", "before_meal", "after_meal", "bedtime", "random")

KINDS: dict[str, KindSpec] = {
    spec.key: spec
    for spec in (
        KindSpec(
            "blood_pressure", N_("Blood pressure"), u.MMHG, (u.MMHG,),
            (
                ComponentSpec("systolic", N_("Systolic"), 50, 300, 0),
                ComponentSpec("diastolic", N_("Diastolic"), 20, 200, 0),
                ComponentSpec("pulse", N_("Pulse"), 20, 250, 0, required=False, unit=u.BPM),
            ),
        ),
        _one("pulse", N_("Pulse"), u.BPM, 20, 250, 0),
        _one("glucose", N_("Glucose"), u.MMOL_L, 0.5, 60, 1, (u.MG_DL,), GLUCOSE_CONTEXTS),
        _one("weight", N_("Weight"), u.KG, 0.2, 500, 1, (u.LB,)),
        _one("height", N_("Height"), u.CM, 20, 280, 1, (u.INCH,)),
        _one("temperature", N_("Temperature"), u.CELSIUS, 25, 46, 1, (u.FAHRENHEIT,)),
        _one("spo2", N_("SpO2"), u.PERCENT, 50, 100, 0),
        _one("hba1c", N_("HbA1c"), u.PERCENT, 3, 20, 1, (u.MMOL_MOL,)),
        _one("cholesterol", N_("Total cholesterol"), u.MMOL_L, 1, 20, 1, (u.MG_DL,), name="total"),
        _one("respiratory_rate", N_("Respiratory rate"), u.BREATHS_MIN, 4, 80, 0),
        _one("peak_flow", N_("Peak flow"), u.L_MIN, 30, 1000, 0),
        _one("sleep", N_("Sleep"), u.HOURS, 0, 24, 1),
        _one("steps", N_("Steps"), u.STEPS, 0, 200_000, 0, whole=True),
        _one("bmi", N_("BMI"), u.KG_M2, 8, 100, 1),
        _one("hdl", N_("HDL cholesterol"), u.MMOL_L, 0.1, 6, 2, (u.MG_DL,)),
        _one("ldl", N_("LDL cholesterol"), u.MMOL_L, 0.1, 15, 2, (u.MG_DL,)),
        _one("triglycerides", N_("Triglycerides"), u.MMOL_L, 0.1, 60, 2, (u.MG_DL,)),
        _one("pain", N_("Pain score"), u.SCORE, 0, 10, 0, whole=True),
        _one("head_circumference", N_("Head circumference"), u.CM, 20, 70, 1, (u.INCH,)),
    )
}


def _slug(text: str) -> str:
    return "_".join(text.strip().casefold().replace("-", " ").split())


def get_kind(kind: str) -> KindSpec:
    """Look a kind up by key ("blood_pressure"; "Blood pressure" works too).

    Raises ValidationError(field="kind") naming the known kinds.
    """
    spec = KINDS.get(_slug(kind)) if isinstance(kind, str) else None
    if spec is None:
        raise ValidationError(
            "kind", _("Unknown kind of reading '{kind}'; known kinds: {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS))
        )
    return spec


def resolve_unit(spec: KindSpec, unit: str | None) -> str:
    """The canonical spelling of ``unit`` for this kind (None means the canonical unit)."""
    if unit is None or (isinstance(unit, str) and not unit.strip()):
        return spec.canonical_unit
    try:
        return u.parse_unit(unit, allowed=spec.units)
    except ValidationError:
        raise ValidationError(
            "unit", _("{kind} is recorded in {units}, not '{unit}'.").format(
                kind=_(spec.label), units=_(" or ").join(spec.units), unit=unit)
        ) from None


def resolve_context(spec: KindSpec, context: str | None) -> str | None:
    """The context key ("Before meal" -> "before_meal"); None when none is given."""
    if context is None or (isinstance(context, str) and not context.strip()):
        return None
    slug = _slug(context) if isinstance(context, str) else ""
    if slug in spec.contexts:
        return slug
    if not spec.contexts:
        raise ValidationError("context", _("{kind} readings take no context.").format(
            kind=_(spec.label)))
    raise ValidationError(
        "context", _("Context must be one of: {choices}.").format(
            choices=", ".join(spec.contexts))
    )


def _decimals(spec: KindSpec, component: ComponentSpec, unit: str) -> int:
    if unit == spec.unit_of(component):
        return component.decimals
    return u.DISPLAY_DECIMALS[unit]


def _to(spec: KindSpec, value: float, src: str, dst: str) -> float:
    return u.convert(value, src, dst, analyte=spec.key)


@lru_cache(maxsize=256)  # a handful of (kind, component, unit); the sync server asks per row
def plausible_range(spec: KindSpec, component: ComponentSpec, unit: str) -> tuple[float, float]:
    """The plausibility limits in ``unit``, rounded as they are shown (and enforced)."""
    canonical = spec.unit_of(component)
    decimals = _decimals(spec, component, unit)
    lo = u.round_half_up(_to(spec, component.plausible_min, canonical, unit), decimals)
    hi = u.round_half_up(_to(spec, component.plausible_max, canonical, unit), decimals)
    return lo, hi


def _input_values(spec: KindSpec, values: Mapping[str, object]) -> dict[str, object]:
    """Key the given values by component name; a lone component may also be "value"."""
    names = {c.name for c in spec.components}
    lone = spec.components[0].name if len(spec.components) == 1 else None
    keyed: dict[str, object] = {}
    for key, raw in values.items():
        name = key
        if key not in names and lone is not None and key in ("value", spec.key):
            name = lone
        if name not in names:
            spec.component(key)  # raises, naming the fields this kind has
        if name in keyed and keyed[name] is not None:
            raise ValidationError(name, _("{field} was given twice.").format(
                field=_(spec.component(name).label)))
        keyed[name] = raw
    return keyed


def normalize(
    kind: str,
    values: Mapping[str, float | str | None],
    unit: str | None = None,
    context: str | None = None,
) -> NormalizedReading:
    """Validate a reading as entered and convert it to the kind's canonical unit.

    Values may be numbers or text ("120", "7,5"); limits are checked in the unit the user
    entered, and messages quote them in that unit, exactly as they are enforced.

    Raises ValidationError(field=component name, "kind", "unit" or "context").
    """
    spec = get_kind(kind)
    entered_unit = resolve_unit(spec, unit)
    ctx = resolve_context(spec, context)
    if not isinstance(values, Mapping):
        raise ValidationError("kind", _("{kind} values must be given by field name.").format(
            kind=_(spec.label)))
    given = _input_values(spec, values)
    result: dict[str, float] = {}
    for component in spec.components:
        number = parse_number(component.name, given.get(component.name), _(component.label))
        if number is None:
            if component.required:
                raise ValidationError(component.name, _("{field} is required.").format(
                    field=_(component.label)))
            continue
        shown_unit = component.unit or entered_unit
        lo, hi = plausible_range(spec, component, shown_unit)
        decimals = _decimals(spec, component, shown_unit)
        if not lo <= number <= hi:
            raise ValidationError(
                component.name,
                _("{field} must be between {lo} and {hi}.").format(
                    field=_(component.label), lo=_limit(lo, decimals),
                    hi=u.with_unit(_limit(hi, decimals), shown_unit)),
            )
        if component.whole and not number.is_integer():
            raise ValidationError(component.name, _("{field} must be a whole number.").format(
                field=_(component.label)))
        canonical = _to(spec, number, shown_unit, spec.unit_of(component))
        stored = 0 if component.whole else component.decimals + STORED_EXTRA_DECIMALS
        result[component.name] = u.round_half_up(canonical, stored)
    _check_consistency(spec, result, entered_unit)
    return NormalizedReading(spec.key, result, spec.canonical_unit, ctx)


def _limit(value: float, decimals: int) -> str:
    return u.format_number(value, decimals, trim=True)


def _check_consistency(spec: KindSpec, values: dict[str, float], unit: str) -> None:
    """Cross-field rules: a diastolic at or above the systolic is a swapped or mistyped pair."""
    if spec.key != "blood_pressure":
        return
    systolic, diastolic = values["systolic"], values["diastolic"]
    if diastolic >= systolic:
        raise ValidationError(
            "diastolic",
            _("Diastolic ({diastolic} {unit}) must be lower than systolic "
              "({systolic} {unit}).").format(diastolic=_limit(diastolic, 0),
                                             systolic=_limit(systolic, 0), unit=unit),
        )


def display(kind: str, values_canonical: Mapping[str, float], unit: str | None = None
            ) -> dict[str, float]:
    """Convert stored canonical values to ``unit`` and round them as they are shown.

    Components with a fixed unit of their own (the pulse of a BP reading) stay in it;
    components missing from ``values_canonical`` are left out.
    """
    spec = get_kind(kind)
    shown = resolve_unit(spec, unit)
    given = _input_values(spec, values_canonical)
    out: dict[str, float] = {}
    for component in spec.components:
        number = parse_number(component.name, given.get(component.name), component.label)
        if number is None:
            continue
        target = component.unit or shown
        converted = _to(spec, number, spec.unit_of(component), target)
        out[component.name] = u.round_half_up(converted, _decimals(spec, component, target))
    return out


def format_reading(kind: str, values: Mapping[str, float], unit: str | None = None) -> str:
    """One line for lists and notifications: "128/82 mmHg, pulse 71", "6.1 mmol/L".

    ``values`` are canonical (as stored); ``unit`` is the unit to show them in.
    """
    spec = get_kind(kind)
    shown = resolve_unit(spec, unit)
    shown_values = display(spec.key, values, shown)
    for component in spec.components:
        if component.required and component.name not in shown_values:
            raise ValidationError(component.name, _("{field} is required.").format(
                field=_(component.label)))

    def text(component: ComponentSpec) -> str:
        target = component.unit or shown
        number = shown_values[component.name]
        return u.format_number(number, _decimals(spec, component, target))

    if spec.key == "blood_pressure":
        sys_c, dia_c, pulse_c = spec.components
        line = u.with_unit(f"{text(sys_c)}/{text(dia_c)}", shown)
        if pulse_c.name in shown_values:
            line += _(", pulse {pulse}").format(pulse=text(pulse_c))
        return line
    component = spec.components[0]
    return u.with_unit(text(component), shown)
