"""Build crampwise's food table from the USDA SR28 "Abbreviated" file.

Why: meal entries name foods ("banana, raw") or USDA numbers ("09040"), and the product needs
their magnesium, potassium, calcium, sodium, water and energy per 100 g plus real portion sizes.
The USDA ABBREV file (public domain) has all of that but is 2.2 MB of 53 cryptic columns; this
script turns it into a compact, deterministic CSV (``crampwise/knowledge/data/foods.csv``) and a
sidecar ``foods.source.toml`` that cites the source.

Usage::

    python scripts/build_food_table.py [ABBREV_SR28.txt] [--out DIR]

Selection rules (everything else is kept; the dropped rows are near-duplicates or out of scope,
and dropping them keeps the table small and short names less ambiguous):

1. baby foods and infant/child formulas: ``Shrt_Desc`` starts with ``BABYFOOD``, ``INF FORMULA``,
   ``INF FORMU``, ``INFANT FORMULA``, ``CHILD FORMULA`` or ``TODDLER FORMULA`` (crampwise is for
   adults who exercise);
2. brand-named fast-food and restaurant items: NDB number starts with 21 or 36 and ``Shrt_Desc``
   does not start with ``FAST FOOD`` or ``RESTAURANT`` (e.g. "MCDONALD'S,..."); the generic
   "FAST FOODS,..." and "RESTAURANT,..." rows stay. The brand-named rows go to a second file,
   ``foods_brands.csv``, so that a meal logged by its USDA number (food apps export them) is
   still counted, while a typed name is matched against the generic foods only;
3. beef rows analysed for one USDA grade only (``CHOIC``, ``SEL`` or ``PRIME`` as a
   comma-separated field of a ``BEEF,...`` description); the "all grades" rows of the same cuts
   stay.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "usda" / "ABBREV_SR28.txt"
DEFAULT_OUT = REPO / "crampwise" / "knowledge" / "data"

# 1-based field positions in the ABBREV layout (SR28 documentation).
FIELDS = {
    "ndb_no": 1,
    "usda_desc": 2,
    "water_g": 3,
    "energy_kcal": 4,
    "calcium_mg": 11,
    "magnesium_mg": 13,
    "potassium_mg": 15,
    "sodium_mg": 16,
    "gmwt_1": 49,
    "gmwt_desc1": 50,
    "gmwt_2": 51,
    "gmwt_desc2": 52,
}
N_FIELDS = 53

COLUMNS = (
    "ndb_no",
    "name",
    "usda_desc",
    "magnesium_mg",
    "potassium_mg",
    "calcium_mg",
    "sodium_mg",
    "water_g",
    "energy_kcal",
    "gmwt_1",
    "gmwt_desc1",
    "gmwt_2",
    "gmwt_desc2",
)

EXCLUDED_PREFIXES = (
    "BABYFOOD",
    "INF FORMULA",
    "INF FORMU",
    "INFANT FORMULA",
    "CHILD FORMULA",
    "TODDLER FORMULA",
)
GENERIC_PREFIXES = ("FAST FOOD", "RESTAURANT")
SINGLE_GRADES = {"CHOIC", "SEL", "PRIME"}

# USDA short-description abbreviations spelt out for the readable name. Conservative on purpose:
# a token missing here simply stays abbreviated (the USDA description is kept alongside anyway).
ABBREVIATIONS = {
    "APPL": "apple", "AUS": "australian", "BEV": "beverage", "BKD": "baked", "BLD": "boiled",
    "BNE": "bone", "BNL": "boneless", "BNLES": "boneless", "BNLESS": "boneless",
    "BNLS": "boneless", "BNS": "beans", "BRKFST": "breakfast", "BRLD": "broiled", "BRN": "brown",
    "BRSD": "braised", "BTLD": "bottled", "BTTM": "bottom", "BTTRMLK": "buttermilk",
    "CAL": "calorie", "CARB": "carbonated", "CHICK": "chicken", "CHK": "chuck",
    "CHOC": "chocolate", "CHOIC": "choice", "CHOPD": "chopped", "CHS": "cheese",
    "CINN": "cinnamon", "CKD": "cooked", "CMDTY": "commodity", "CND": "canned", "CNTR": "center",
    "COCNT": "coconut", "COMM": "commercial", "COMMER": "commercially", "COMMLY": "commercially",
    "CONC": "concentrate", "COND": "condensed", "CONDMNT": "condiment", "CRL": "cereal",
    "CRM": "cream", "DEHYD": "dehydrated", "DIL": "diluted", "DK": "dark", "DOM": "domestic",
    "DRK": "drink", "DRND": "drained", "DRSNG": "dressing", "DSSRT": "dessert", "ENR": "enriched",
    "EX": "extra", "FLAV": "flavored", "FLR": "flour", "FORT": "fortified", "FRD": "fried",
    "FRSH": "fresh", "FRSTD": "frosted", "FRZ": "frozen", "GRDS": "grades", "GRLD": "grilled",
    "GRLLD": "grilled", "GRN": "green", "GRNS": "greens", "H2O": "water", "HI": "high",
    "HTD": "heated", "HVY": "heavy", "HYDR": "hydrogenated", "IMMAT": "immature",
    "IMP": "imported", "INCL": "including", "INST": "instant", "JUC": "juice", "KRNL": "kernel",
    "KRNLS": "kernels", "LIQ": "liquid", "LN": "lean", "LO": "low", "LOFAT": "lowfat",
    "LRG": "large", "LT": "light", "MED": "medium", "MSHD": "mashed", "MXD": "mixed",
    "NFMS": "nonfat milk solids", "NZ": "new zealand", "PARBLD": "parboiled", "PDR": "powder",
    "PK": "pack", "PLN": "plain", "PNUT": "peanut", "PNUTS": "peanuts", "PRECKD": "precooked",
    "PREP": "prepared", "PROC": "processed", "PROT": "protein", "PRTRHS": "porterhouse",
    "RECON": "reconstituted", "REFR": "refrigerated", "REG": "regular", "RND": "round",
    "RST": "roast", "RSTD": "roasted", "RTB": "ready-to-bake", "RTD": "ready-to-drink",
    "RTE": "ready-to-eat", "RTF": "ready-to-feed", "RTS": "ready-to-serve", "SAU": "sauce",
    "SCRMBLD": "scrambled", "SD": "seed", "SDS": "seeds", "SEL": "select", "SHLDR": "shoulder",
    "SHRT": "short", "SIMMRD": "simmered", "SKN": "skin", "SML": "small", "SMMR": "summer",
    "SNDWCH": "sandwich", "SOL": "solids", "SOYBN": "soybean", "SOYBNS": "soybeans",
    "SPRD": "spread", "STK": "steak", "STKS": "steaks", "STMD": "steamed", "STWD": "stewed",
    "SWT": "sweet", "SWTND": "sweetened", "SWTNR": "sweetener", "TP": "top", "TSTD": "toasted",
    "UNCKD": "uncooked", "UND": "under", "UNDIL": "undiluted", "UNENR": "unenriched",
    "UNHTD": "unheated", "UNPREP": "unprepared", "UNSWTND": "unsweetened", "VAR": "varieties",
    "VEG": "vegetable", "VIT": "vitamin", "WHL": "whole", "WHT": "white", "WNTR": "winter",
    "XCPT": "except", "YEL": "yellow",
}  # fmt: skip

# Context-dependent rewrites applied (in order) before the word map.
CONTEXT_RULES = (
    (re.compile(r"\bUND BLD\b"), "UNDER BLADE"),
    (re.compile(r"\bARM ?& ?BLD\b"), "ARM & BLADE"),
    (re.compile(r"\b(LO|LOW|RED|NO) NA\b"), r"\1 SODIUM"),
    (re.compile(r"\bRED(?=[ -](FAT|SODIUM|CAL|SUGAR)\b)"), "REDUCED"),
    (re.compile(r"\bCA(?= SULFATE| FORTIFIED| PROP)|(?<=ADDED )CA\b|(?<=ADD )CA\b"), "CALCIUM"),
    (re.compile(r"\bWO/ ?"), "WITHOUT "),
    (re.compile(r"\bW/ ?"), "WITH "),
    (re.compile(r"\s*&\s*"), " & "),
)
WORD = re.compile(r"[A-Z][A-Z0-9']*")


def brand_named(ndb_no: str, short_desc: str) -> bool:
    """A brand-named fast-food or restaurant row (rule 2): looked up by number only."""
    return ndb_no.startswith(("21", "36")) and not short_desc.upper().startswith(GENERIC_PREFIXES)


def excluded(ndb_no: str, short_desc: str) -> bool:
    """True for rows the selection rules (module docstring) leave out."""
    desc = short_desc.upper()
    if desc.startswith(EXCLUDED_PREFIXES):
        return True
    if brand_named(ndb_no, desc):
        return True
    parts = [p.strip() for p in desc.split(",")]
    return parts[0] == "BEEF" and any(p in SINGLE_GRADES for p in parts[1:])


def readable_name(short_desc: str) -> str:
    """Turn a USDA ``Shrt_Desc`` into a lower-case name: "BANANAS,RAW" -> "bananas, raw"."""
    text = short_desc
    for pattern, replacement in CONTEXT_RULES:
        text = pattern.sub(replacement, text)
    text = WORD.sub(lambda m: ABBREVIATIONS.get(m.group(0), m.group(0)), text)
    text = re.sub(r"\s*,\s*", ", ", text.lower())
    return re.sub(r"\s+", " ", text).strip(" ,")


def _text(field: str) -> str:
    """A ``~``-wrapped text field, whitespace collapsed."""
    return re.sub(r"\s+", " ", field.strip().strip("~")).strip()


def parse_abbrev(text: str, keep: Callable[[str, str], bool] | None = None
                 ) -> list[dict[str, str]]:
    """Parse the ABBREV file into rows with the columns of the food table: the rows the
    selection rules keep, or those for which ``keep(ndb_no, short_desc)`` holds."""
    rows: list[dict[str, str]] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split("^")
        if len(fields) != N_FIELDS:
            raise ValueError(f"line {line_no}: expected {N_FIELDS} fields, got {len(fields)}")
        raw = {key: fields[pos - 1] for key, pos in FIELDS.items()}
        desc = _text(raw["usda_desc"])
        ndb = _text(raw["ndb_no"])
        if not re.fullmatch(r"\d{5}", ndb):
            raise ValueError(f"line {line_no}: bad NDB_No {ndb!r}")
        if (excluded(ndb, desc) if keep is None else not keep(ndb, desc)):
            continue
        row = {key: raw[key].strip() for key in raw}
        row.update(
            ndb_no=ndb,
            usda_desc=desc,
            name=readable_name(desc),
            gmwt_desc1=_text(raw["gmwt_desc1"]),
            gmwt_desc2=_text(raw["gmwt_desc2"]),
        )
        rows.append(row)
    rows.sort(key=lambda r: r["ndb_no"])
    return rows


def render_csv(rows: list[dict[str, str]]) -> str:
    """The CSV text: header + rows, LF line endings, minimal quoting (deterministic)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def render_source(source_bytes: bytes, n_rows: int, n_brands: int) -> str:
    """The sidecar TOML that says where the table comes from."""
    digest = hashlib.sha256(source_bytes).hexdigest()
    prefixes = ", ".join(f'"{p}"' for p in EXCLUDED_PREFIXES)
    return (
        "# Where foods.csv comes from. Regenerate with: python scripts/build_food_table.py\n"
        'title = "USDA National Nutrient Database for Standard Reference, Release 28 (SR28)"\n'
        'publisher = "U.S. Department of Agriculture, Agricultural Research Service (USDA ARS)"\n'
        'file = "ABBREV (abbreviated file), ABBREV_SR28.txt"\n'
        'license = "Public domain (US Government work)"\n'
        'successor = "FoodData Central, SR Legacy data set: https://fdc.nal.usda.gov/"\n'
        'copy_from = "GitHub d9nchik/db_test@4b75424df2d7e759fe84d8c862046f9d2aff35f1 ABBREV.txt"\n'
        f'source_sha256 = "{digest}"\n'
        'built_by = "scripts/build_food_table.py"\n'
        f"rows = {n_rows}\n"
        'units = "per 100 g edible portion; gmwt_1/gmwt_2 are grams of the portion described"\n'
        f"excluded_desc_prefixes = [{prefixes}]\n"
        'excluded_also = "brand-named fast-food/restaurant rows (NDB 21xxx/36xxx not starting '
        'FAST FOOD/RESTAURANT); beef rows for a single USDA grade (CHOIC, SEL, PRIME)"\n'
        f"brand_rows = {n_brands}\n"
        'brand_file = "foods_brands.csv: the brand-named rows, same columns, looked up by USDA '
        'number only"\n'
        'name_rule = "Shrt_Desc lower-cased, common USDA abbreviations spelt out"\n'
    )


def build(source: Path, out_dir: Path) -> int:
    """Read ``source``, write ``foods.csv`` and ``foods.source.toml`` into ``out_dir``."""
    data = source.read_bytes()
    every = parse_abbrev(data.decode("utf-8"), keep=lambda ndb_no, short_desc: True)
    rows = [r for r in every if not excluded(r["ndb_no"], r["usda_desc"])]
    brands = [r for r in every if brand_named(r["ndb_no"], r["usda_desc"])]
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "foods.csv").write_text(render_csv(rows), encoding="utf-8", newline="")
    (out_dir / "foods_brands.csv").write_text(render_csv(brands), encoding="utf-8", newline="")
    (out_dir / "foods.source.toml").write_text(
        render_source(data, len(rows), len(brands)), encoding="utf-8", newline=""
    )
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    n = build(args.source, args.out)
    print(f"wrote {n} foods to {args.out / 'foods.csv'}")


if __name__ == "__main__":
    main()
