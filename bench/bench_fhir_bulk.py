"""A big FHIR Bulk Data export (ndjson) imported in flat memory: rate and peak RSS.

Run: ``python bench/bench_fhir_bulk.py [--mb 1024] [--patients 200] [--dir DIR]``, or
``python bench/bench_fhir_bulk.py --paired --mb 10`` for alternating in-process imports of
a small export with readings held across batches (``fhir_bulk.HOLD``, the default) and
stored at the end of every batch (HOLD = 0, as before).

Writes a directory of ndjson files of about ``--mb`` megabytes (Patient.ndjson,
Practitioner.ndjson, Observation.ndjson with vital signs spread over the patients,
Condition.ndjson, Immunization.ndjson), streamed line by line so the generator itself
holds nothing, then imports it in a child process into a fresh encrypted store with
``interop/fhir_bulk.py`` and prints resources/s, the child's peak RSS and its RSS after
each tenth of the bytes (flat memory means the later tenths are not higher than the
first ones). Not run in CI: the 1 GB run takes many minutes and ~1 GB of disk twice.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HEALTHDESK_KDF", "fast")

VITALS = (("8867-4", "Heart rate", 60, 40, "/min"), ("29463-7", "Body weight", 70, 20, "kg"),
          ("8310-5", "Body temperature", 36.6, 1.2, "Cel"),
          ("39156-5", "Body mass index (BMI) [Ratio]", 24, 6, "kg/m2"),
          ("9279-1", "Respiratory rate", 14, 6, "/min"))


def _line(out: IO[str], resource_: dict[str, Any]) -> int:
    text = json.dumps(resource_, separators=(",", ":")) + "\n"
    out.write(text)
    return len(text)


def generate(folder: Path, megabytes: float, patients: int) -> int:
    """Writes the export; returns the number of resources."""
    folder.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1e6)
    n = 0
    with open(folder / "Patient.ndjson", "w") as out:
        for p in range(patients):
            n += 1
            _line(out, {"resourceType": "Patient", "id": f"p{p}", "gender": "female",
                        "birthDate": f"{1940 + p % 60}-01-01",
                        "name": [{"use": "official", "family": f"Bulk{p}", "given": ["Fhir"]}]})
    with open(folder / "Practitioner.ndjson", "w") as out:
        n += 1
        _line(out, {"resourceType": "Practitioner", "id": "dr1",
                    "name": [{"family": "Phiri", "given": ["Grace"]}]})
    size = 0
    with open(folder / "Condition.ndjson", "w") as c, \
            open(folder / "Immunization.ndjson", "w") as im, \
            open(folder / "Observation.ndjson", "w") as obs:
        i = 0
        while size < target:
            p, step = i % patients, i // patients
            # One reading an hour per patient from 2000: never in the future.
            hours = step
            when = (f"{2000 + hours // 8760:04d}-{1 + hours % 8760 // 730 % 12:02d}-"
                    f"{1 + hours % 730 // 24 % 28:02d}T{hours % 24:02d}:00:00Z")
            code, name, base, spread, unit = VITALS[step % len(VITALS)]
            size += _line(obs, {
                "resourceType": "Observation", "id": f"o{i}", "status": "final",
                "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/"
                                          "observation-category", "code": "vital-signs"}]}],
                "code": {"coding": [{"system": "http://loinc.org", "code": code,
                                     "display": name}], "text": name},
                "subject": {"reference": f"Patient/p{p}"}, "effectiveDateTime": when,
                "valueQuantity": {"value": round(base + spread * ((i * 37) % 100) / 100, 1),
                                  "unit": unit, "system": "http://unitsofmeasure.org",
                                  "code": unit}})
            n += 1
            if i % 97 == 0:
                size += _line(c, {
                    "resourceType": "Condition", "id": f"c{i}",
                    "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/"
                                                   "CodeSystem/condition-clinical",
                                                   "code": "active"}]},
                    "code": {"text": f"Condition {i % 50}"},
                    "subject": {"reference": f"Patient/p{p}"}, "recordedDate": when[:10]})
                n += 1
            if i % 211 == 0:
                size += _line(im, {
                    "resourceType": "Immunization", "id": f"i{i}", "status": "completed",
                    "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx",
                                                "code": str(100 + i % 80)}],
                                    "text": f"Vaccine {i % 80}"},
                    "patient": {"reference": f"Patient/p{p}"}, "occurrenceDateTime": when,
                    "performer": [{"actor": {"reference": "Practitioner/dr1"}}]})
                n += 1
            i += 1
    return n


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(folder: Path, store: Path) -> None:
    """The import alone, in its own process, so its peak RSS is the import's."""
    from healthdesk.interop.fhir_bulk import import_bulk
    from healthdesk.services.record import HealthRecord
    from healthdesk.store.keys import KdfParams

    marks: list[tuple[float, float]] = []
    step = [0.1]

    def progress(fraction: float, _what: str) -> None:
        if fraction >= step[0]:
            marks.append((fraction, _rss_mb()))
            step[0] += 0.1

    rec, _ = HealthRecord.create(store, "bench passphrase", kdf=KdfParams.FAST_FOR_TESTS)
    with rec:
        start_rss = _rss_mb()
        t0 = time.perf_counter()
        report = import_bulk(rec, folder, progress=progress)
        took = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": took, "created": report.created,
                      "skipped": len(report.skipped), "rss_start_mb": start_rss,
                      "peak_rss_mb": peak, "rss_by_tenth": marks}))


def paired(folder: Path, tmp: Path, pairs: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from paired import Side, print_table, run_pairs

    from healthdesk.interop import fhir_bulk
    from healthdesk.services.record import HealthRecord
    from healthdesk.store.keys import KdfParams

    runs = iter(range(10_000))

    def side(hold: int) -> Any:
        def one() -> dict[str, float]:
            rec, _ = HealthRecord.create(tmp / f"p{next(runs)}", "bench passphrase",
                                         kdf=KdfParams.FAST_FOR_TESTS)
            saved, fhir_bulk.HOLD = fhir_bulk.HOLD, hold
            try:
                with rec:
                    t0, c0 = time.perf_counter(), time.process_time()
                    fhir_bulk.import_bulk(rec, folder)
                    return {"import": time.perf_counter() - t0,
                            "import CPU": time.process_time() - c0}
            finally:
                fhir_bulk.HOLD = saved
        return one

    print_table([run_pairs("bulk ndjson import, readings held vs stored every batch",
                           Side("held", side(fhir_bulk.HOLD)), Side("every batch", side(0)),
                           pairs=pairs)])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--paired", action="store_true")
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--mb", type=float, default=1024)
    ap.add_argument("--patients", type=int, default=200)
    ap.add_argument("--dir", type=Path, default=None, help="keep the export here")
    ap.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp) / "export"
        t0 = time.perf_counter()
        if (folder / "Observation.ndjson").exists():
            n = 0
            for f in folder.glob("*.ndjson"):
                with open(f, "rb") as lines:
                    n += sum(1 for _ in lines)
        else:
            n = generate(folder, args.mb, args.patients)
        size = sum(f.stat().st_size for f in folder.glob("*.ndjson")) / 1e6
        print(f"export: {n:,} resources, {size:,.0f} MB in {folder} "
              f"({time.perf_counter() - t0:.0f} s); load {os.getloadavg()}", flush=True)
        if args.paired:
            paired(folder, Path(tmp), args.pairs)
            return
        out = subprocess.run([sys.executable, __file__, "--child", str(folder),
                              str(Path(tmp) / "store")], capture_output=True, text=True,
                             check=True)
        got = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"import: {got['seconds']:.0f} s = {n / got['seconds']:,.0f} resources/s, "
              f"created {got['created']}, skipped {got['skipped']}; load after "
              f"{os.getloadavg()}")
        tenths = ", ".join(f"{f:.0%}: {mb:.0f}" for f, mb in got["rss_by_tenth"])
        print(f"RSS MB: at start {got['rss_start_mb']:.0f}, peak {got['peak_rss_mb']:.0f}; "
              f"by bytes read {tenths}")


if __name__ == "__main__":
    main()
