#!/usr/bin/env python3
"""Checks every .xlsx under the given folders with three programs that did not write it.

  check_xlsx.py FOLDER...          check every workbook found (recursively)
  check_xlsx.py --self-test FILE   prove on tampered copies of FILE that each check can fail

1. openxml-audit validates the package against the OOXML schemas (a port of the Open XML SDK's
   validator, as Excel checks a file): any error fails.
2. openpyxl, a second real reader, opens the workbook and reads every cell of every sheet; a
   formula's cached value (what LibreOffice and previews show without recalculating) must be a
   finite number or text, never an error code, `inf` or `nan`, nor missing.
3. gnumeric's ssconvert recalculates every formula (--recalc); each result must equal the cached
   value prosperity wrote (numbers within a relative 1e-9, text exactly).

The closing line counts workbooks as `check-xlsx: N passed, N failed`.
"""

import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
import zipfile
from concurrent.futures import ProcessPoolExecutor

import openpyxl
from openxml_audit import OpenXmlValidator

# openpyxl warns about parts it does not model (data validations, gnumeric's styles); reading
# them is not what is checked here.
warnings.filterwarnings("ignore", module="openpyxl")

RELATIVE_TOLERANCE = 1e-9
ERROR_CODES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
NON_FINITE_WORD = re.compile(r"(?<![\w.])[-+]?(inf|infinity|nan)(?![\w])", re.IGNORECASE)
# ssconvert reports the parts it skips (notes, table parts) on stderr; they are not failures.
SSCONVERT_NOISE = re.compile(r"Unhandled object of type|Unexpected element|^\s*worksheet\s*$")


def schema_errors(path, validator):
    result = validator.validate(path)
    return [
        f"schema: {error.part_uri} {error.path}: {error.description}"
        for error in result.errors
        if error.severity.value == "error"
    ]


def is_bad_number(value):
    return isinstance(value, float) and not math.isfinite(value)


def cached_value_problem(value):
    """Why a formula's cached value is not a finite number or text, or None."""
    if value is None:
        return "no cached value"
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return "not finite" if is_bad_number(value) else None
    if isinstance(value, str):
        if value in ERROR_CODES:
            return "an error code"
        if NON_FINITE_WORD.search(value):
            return "a non-finite number as text"
        return None
    return f"of type {type(value).__name__}"


def read_back(path):
    """Every formula cell with its cached value, and the problems openpyxl found."""
    problems = []
    try:
        formulas_book = openpyxl.load_workbook(path)
        values_book = openpyxl.load_workbook(path, data_only=True)
    except Exception as error:  # any failure to open is the finding itself
        return {}, [f"openpyxl: cannot open: {type(error).__name__}: {error}"]
    formulas = {}
    for sheet in formulas_book.worksheets:
        values = values_book[sheet.title]
        for row in sheet.iter_rows():
            for cell in row:
                cached = values[cell.coordinate].value
                where = f"{sheet.title}!{cell.coordinate}"
                if cell.data_type == "f":
                    formulas[(sheet.title, cell.coordinate)] = (cell.value, cached)
                    problem = cached_value_problem(cached)
                    if problem:
                        problems.append(
                            f"openpyxl: {where} {cell.value}: cached value {cached!r} is {problem}"
                        )
                elif is_bad_number(cell.value) or (
                    isinstance(cell.value, str) and NON_FINITE_WORD.search(cell.value)
                ):
                    problems.append(f"openpyxl: {where}: non-finite value {cell.value!r}")
    if len(formulas_book.sheetnames) == 0:
        problems.append("openpyxl: the workbook has no sheets")
    return formulas, problems


def recalculated(path, scratch):
    """The values gnumeric computes for every cell, by (sheet, cell)."""
    output = os.path.join(scratch, "recalculated.xlsx")
    run = subprocess.run(
        ["ssconvert", "--recalc", path, output], capture_output=True, text=True, check=False
    )
    noise = [line for line in run.stderr.splitlines() if line and not SSCONVERT_NOISE.search(line)]
    if run.returncode != 0 or not os.path.exists(output):
        raise RuntimeError(f"ssconvert failed ({run.returncode}): {' '.join(noise)}")
    # Read-only: openpyxl's full reader trips over the comments part that gnumeric writes.
    book = openpyxl.load_workbook(output, read_only=True, data_only=True)
    values = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    values[(sheet.title, cell.coordinate)] = cell.value
    book.close()
    return values


def same(cached, computed):
    numbers = (int, float)
    if isinstance(cached, bool) or isinstance(computed, bool):
        return cached == computed
    if isinstance(cached, numbers) and isinstance(computed, numbers):
        return math.isclose(cached, computed, rel_tol=RELATIVE_TOLERANCE, abs_tol=0.0)
    return cached == computed


def recalculation_mismatches(path, formulas, scratch):
    try:
        values = recalculated(path, scratch)
    except Exception as error:
        return [f"gnumeric: {error}"]
    return [
        f"gnumeric: {sheet}!{cell} ={formula}: cached {cached!r}, recalculated "
        f"{values.get((sheet, cell))!r}"
        for (sheet, cell), (formula, cached) in sorted(formulas.items())
        if not same(cached, values.get((sheet, cell)))
    ]


def check(path, validator):
    """The problems of one workbook, and how many formulas were recalculated."""
    with tempfile.TemporaryDirectory(prefix="check-xlsx-") as scratch:
        problems = schema_errors(path, validator)
        formulas, read_problems = read_back(path)
        problems += read_problems
        if formulas:
            problems += recalculation_mismatches(path, formulas, scratch)
    return problems, len(formulas)


def workbooks(folders):
    found = []
    for folder in folders:
        if not os.path.isdir(folder):
            sys.exit(f"check-xlsx: no folder {folder}")
        for root, _, names in os.walk(folder):
            found += [os.path.join(root, name) for name in names if name.endswith(".xlsx")]
    return sorted(found)


_worker_validator = None


def check_in_worker(path):
    global _worker_validator
    if _worker_validator is None:
        _worker_validator = OpenXmlValidator(max_errors=0)
    return check(path, _worker_validator)


def check_folders(folders):
    paths = workbooks(folders)
    if not paths:
        sys.exit(f"check-xlsx: no .xlsx under {' '.join(folders)}")
    failed = 0
    formulas_total = 0
    # One workbook per core: the three programs are single-threaded.
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        results = list(pool.map(check_in_worker, paths))
    for path, (problems, formulas) in zip(paths, results):
        formulas_total += formulas
        if problems:
            failed += 1
            print(f"FAIL {path}: {len(problems)} problems")
            for problem in problems:
                print(f"  {problem}")
        else:
            print(f"ok   {path}: 0 schema errors, {formulas} formulas read and recalculated equal")
    print(f"{formulas_total} formulas in {len(paths)} workbooks")
    print(f"check-xlsx: {len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


# --- self-test: each check must fail on a workbook broken in its own way --------------------

FORMULA_CELL = re.compile(r'(<c r="([A-Z]+[0-9]+)"[^>]*>)<f>([^<]*)</f><v>(-?[0-9][^<]*)</v></c>')


def rewrite_member(source, target, member, edit):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == member:
                data = edit(data.decode("utf-8")).encode("utf-8")
            new.writestr(item, data)


def first_numeric_formula_sheet(path):
    with zipfile.ZipFile(path) as book:
        for name in sorted(book.namelist()):
            if name.startswith("xl/worksheets/sheet") and FORMULA_CELL.search(
                book.read(name).decode("utf-8")
            ):
                return name
    sys.exit(f"check-xlsx self-test: {path} has no numeric formula to tamper with")


def self_test(path):
    validator = OpenXmlValidator(max_errors=0)
    problems, _ = check(path, validator)
    if problems:
        print("\n".join(problems))
        sys.exit(f"check-xlsx self-test: {path} must pass before it is tampered with")
    member = first_numeric_formula_sheet(path)

    def wrong_cache(xml):
        def bump(match):
            value = float(match.group(4)) * 2 + 1
            return f"{match.group(1)}<f>{match.group(3)}</f><v>{value!r}</v></c>"

        return FORMULA_CELL.sub(bump, xml, count=1)

    def error_cache(xml):
        def to_error(match):
            opening = match.group(1).replace(">", ' t="e">', 1)
            return f"{opening}<f>{match.group(3)}</f><v>#DIV/0!</v></c>"

        return FORMULA_CELL.sub(to_error, xml, count=1)

    cases = [
        (
            "an element the schema does not allow",
            lambda xml: xml.replace("<sheetData", "<bogus/><sheetData", 1),
            "schema:",
        ),
        ("a cached value the formula does not give", wrong_cache, "gnumeric:"),
        ("a cached #DIV/0!", error_cache, "openpyxl:"),
    ]
    failures = 0
    with tempfile.TemporaryDirectory(prefix="check-xlsx-self-") as scratch:
        for name, edit, expected in cases:
            broken = os.path.join(scratch, "broken.xlsx")
            rewrite_member(path, broken, member, edit)
            found, _ = check(broken, validator)
            caught = [problem for problem in found if problem.startswith(expected)]
            if caught:
                print(f"ok   self-test: {name} in {member} is caught: {caught[0]}")
            else:
                failures += 1
                print(f"FAIL self-test: {name} in {member} was not caught ({found})")
    print(f"check-xlsx self-test: {len(cases) - failures} passed, {failures} failed")
    return 1 if failures else 0


def main(arguments):
    if len(arguments) == 2 and arguments[0] == "--self-test":
        return self_test(arguments[1])
    if not arguments or arguments[0].startswith("-"):
        print("\n".join(__doc__.strip().splitlines()[2:4]), file=sys.stderr)
        return 64
    return check_folders(arguments)


if __name__ == "__main__":
    if shutil.which("ssconvert") is None:
        sys.exit("check-xlsx: ssconvert (Debian's gnumeric) is not installed")
    sys.exit(main(sys.argv[1:]))
