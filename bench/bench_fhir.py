"""How fast a FHIR Bundle imports, and where the time goes.

Run: ``python bench/bench_fhir.py [--resources 6000] [--repeat 3]``, or
``python bench/bench_fhir.py --paired [--pairs 5]`` for alternating runs of the import with
the dict-first reader (interop/fhir_read.py) against the same import reading each resource
with the fhir.resources R4B models, as it did before (kept here, as the mark), and against
``json.loads`` of the same file.

Builds a Synthea-shaped transaction Bundle in memory (one Patient; vital-sign and lab
Observations with LOINC codes and UCUM units, Conditions recorded at several encounters,
Immunizations with CVX codes, MedicationRequests, a DiagnosticReport per lab panel),
writes it to a temporary file and imports it into a fresh encrypted store, ``--repeat``
times. Prints resources/s end to end, and the share spent validating resources with the
fhir.resources R4B models (timed alone over the same resources), which is the cost a
dict-first parser would save.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HEALTHDESK_KDF", "fast")

from paired import Side, print_table, run_pairs

from healthdesk.interop.detect import first_error, load_bundle
from healthdesk.interop.fhir_codes import ref_key
from healthdesk.interop.fhir_import import HANDLED, SUPPORTING, _Import, import_fhir
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams

PATIENT = "urn:uuid:00000000-0000-4000-8000-000000000001"
VITALS = (("8867-4", "Heart rate", 60, 40, "/min"), ("29463-7", "Body weight", 70, 20, "kg"),
          ("8331-1", "Oral temperature", 36.6, 1.2, "Cel"),
          ("39156-5", "Body mass index (BMI) [Ratio]", 24, 6, "kg/m2"),
          ("9279-1", "Respiratory rate", 14, 6, "/min"))
LABS = (("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", 190, 40, "mg/dL"),
        ("2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma", 50, 20, "mg/dL"),
        ("18262-6", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay",
         110, 50, "mg/dL"),
        ("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", 140, 60, "mg/dL"))


def _uuid(i: int) -> str:
    return f"urn:uuid:00000000-0000-4000-8000-{i:012d}"


def _obs(i: int, code: str, name: str, value: float, unit: str, when: str | None,
         category: str) -> dict[str, Any]:
    r: dict[str, Any] = {
        "resourceType": "Observation", "id": _uuid(i)[9:], "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/"
                                            "observation-category", "code": category}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": name}],
                 "text": name},
        "subject": {"reference": PATIENT},
        "valueQuantity": {"value": round(value, 1), "unit": unit,
                          "system": "http://unitsofmeasure.org", "code": unit}}
    if when:
        r["effectiveDateTime"] = when
    return r


def bundle(n: int) -> dict[str, Any]:
    entries: list[dict[str, Any]] = [{"fullUrl": PATIENT, "resource": {
        "resourceType": "Patient", "id": PATIENT[9:], "gender": "female",
        "birthDate": "1960-01-01", "name": [{"use": "official", "family": "Bench",
                                             "given": ["Fhir"]}]}}]
    i = 2
    day = 0
    while len(entries) < n:
        day += 1
        when = f"{2000 + day // 365:04d}-{1 + day % 365 // 31:02d}-{1 + day % 28:02d}T08:00:00Z"
        for code, name, base, spread, unit in VITALS:
            entries.append({"fullUrl": _uuid(i), "resource": _obs(
                i, code, name, base + spread * ((i * 37) % 100) / 100, unit, when,
                "vital-signs")})
            i += 1
        if day % 5 == 0:  # a lab panel: results dated by their report only
            results = []
            for code, name, base, spread, unit in LABS:
                entries.append({"fullUrl": _uuid(i), "resource": _obs(
                    i, code, name, base + spread * ((i * 53) % 100) / 100, unit, None,
                    "laboratory")})
                results.append({"reference": _uuid(i)})
                i += 1
            entries.append({"fullUrl": _uuid(i), "resource": {
                "resourceType": "DiagnosticReport", "id": _uuid(i)[9:], "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "57698-3"}]},
                "subject": {"reference": PATIENT}, "effectiveDateTime": when,
                "result": results}})
            i += 1
        if day % 7 == 0:
            entries.append({"fullUrl": _uuid(i), "resource": {
                "resourceType": "Condition", "id": _uuid(i)[9:],
                "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/"
                                               "CodeSystem/condition-clinical",
                                               "code": "active"}]},
                "code": {"text": f"Condition {day % 40}"}, "subject": {"reference": PATIENT},
                "recordedDate": when[:10]}})
            i += 1
        if day % 11 == 0:
            entries.append({"fullUrl": _uuid(i), "resource": {
                "resourceType": "Immunization", "id": _uuid(i)[9:], "status": "completed",
                "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx",
                                            "code": str(100 + day % 80)}],
                                "text": f"Vaccine {day % 80}"},
                "patient": {"reference": PATIENT}, "occurrenceDateTime": when}})
            i += 1
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries[:n]}


def validation_seconds(document: dict[str, Any]) -> float:
    from fhir.resources.R4B import get_fhir_model_class

    t0 = time.perf_counter()
    for e in document["entry"]:
        r = e["resource"]
        get_fhir_model_class(r["resourceType"]).model_validate(r)
    return time.perf_counter() - t0


class _ModelsImport(_Import):
    """The import as it was before fhir_read.py: every resource validated whole with the
    R4B models (the Bundle shell too, by detect.load_bundle), the same handlers after."""

    def validate(self, document: dict[str, Any]) -> list[tuple[str, str, Any]]:
        from fhir.resources.R4B import get_fhir_model_class
        from pydantic import ValidationError as PydanticError

        valid: list[tuple[str, str, Any]] = []
        for i, entry in enumerate(document.get("entry") or [], start=1):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict):
                self.skipped.append(f"Entry {i} holds no resource.")
                continue
            kind, rid = resource.get("resourceType"), resource.get("id")
            label = f"{kind}/{rid}" if rid else f"{kind} (entry {i})"
            if kind not in HANDLED and kind not in SUPPORTING:
                self.skipped.append(f"{label}: not imported")
                continue
            try:
                model = get_fhir_model_class(kind).model_validate(resource)
            except PydanticError as exc:
                self.skipped.append(f"{label}: not valid FHIR ({first_error(exc)}); left out.")
                continue
            if kind in SUPPORTING:
                self.tally[str(kind)].referenced += 1
            for key in (entry.get("fullUrl"), f"{kind}/{rid}" if rid else None):
                if key:
                    self.index[key] = model
                    self.index.setdefault(ref_key(key) or key, model)
            if kind in HANDLED:
                valid.append((kind, label, model))
        return valid


def _models_import(rec: HealthRecord, path: Path) -> Any:
    name, document = load_bundle(path)
    return _ModelsImport(rec, name, None, None).run(document)


def paired(path: Path, tmp: Path, pairs: int) -> None:
    runs = iter(range(10_000))

    def side(importer: Any) -> Any:
        def one() -> dict[str, float]:
            rec, _ = HealthRecord.create(tmp / f"p{next(runs)}", "bench passphrase",
                                         kdf=KdfParams.FAST_FOR_TESTS)
            with rec:
                t0, c0 = time.perf_counter(), time.process_time()
                report = importer(rec, path)
                took, cpu = time.perf_counter() - t0, time.process_time() - c0
            assert sum(report.created.values()) > 0 and not report.skipped
            # CPU time too: at load 8-10 on two cores the wall clock is mostly waiting.
            return {"import": took, "import CPU": cpu}
        return one

    def parse() -> dict[str, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        json.loads(path.read_bytes())
        return {"import": time.perf_counter() - t0, "import CPU": time.process_time() - c0}

    results = [run_pairs("FHIR import, fhir_read vs R4B models",
                         Side("fhir_read", side(import_fhir)),
                         Side("R4B models", side(_models_import)), pairs=pairs),
               run_pairs("FHIR import vs json.loads of the file",
                         Side("fhir_read", side(import_fhir)), Side("json.loads", parse),
                         pairs=pairs)]
    print_table(results)
    n = len(json.loads(path.read_bytes())["entry"])
    for r in results[:1]:
        for m in r.metrics():
            print(f"resources/s by {m} (medians): fhir_read {n / r.median('a', m):,.0f}, "
                  f"R4B models {n / r.median('b', m):,.0f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--resources", type=int, default=6000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--paired", action="store_true")
    ap.add_argument("--pairs", type=int, default=5)
    args = ap.parse_args()
    document = bundle(args.resources)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bundle.json"
        path.write_text(json.dumps(document))
        size = path.stat().st_size / 1e6
        print(f"bundle: {len(document['entry'])} resources, {size:.1f} MB; "
              f"load {os.getloadavg()[0]:.2f}")
        if args.paired:
            paired(path, Path(tmp), args.pairs)
            return
        for run in range(args.repeat):
            rec, _ = HealthRecord.create(Path(tmp) / f"s{run}", "bench passphrase",
                                         kdf=KdfParams.FAST_FOR_TESTS)
            with rec:
                t0 = time.perf_counter()
                report = import_fhir(rec, path)
                took = time.perf_counter() - t0
            valid = validation_seconds(document)
            n = len(document["entry"])
            print(f"run {run + 1}: import {took:.2f} s = {n / took:,.0f} resources/s "
                  f"(created {sum(report.created.values())}, skipped {len(report.skipped)}); "
                  f"R4B validation alone {valid:.2f} s = {100 * valid / took:.0f} %")


if __name__ == "__main__":
    main()
