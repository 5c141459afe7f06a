"""The USDA-derived food table, its build script, name matching and per-portion arithmetic."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from crampwise.knowledge import foods as F
from crampwise.knowledge.base import data_path
from crampwise.knowledge.food_match import word_key, words

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "build_food_table.py"
USDA_COPY = REPO / "tests" / "data" / "usda" / "ABBREV_SR28.txt"


def shipped_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data_path("foods.csv").read_text("utf-8"))))


def load_script():  # the build script is not part of the package; import it by path
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_food_table", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the shipped table -------------------------------------------------------------------


def test_table_has_at_least_1000_foods_with_unique_5_digit_numbers():
    rows = shipped_rows()
    assert len(rows) >= 1000
    numbers = [r["ndb_no"] for r in rows]
    assert all(len(n) == 5 and n.isdigit() for n in numbers)
    assert len(set(numbers)) == len(numbers)
    assert len(F.load_foods()) == len(rows)


def test_provenance_spot_check_broccoli_holds_in_shipped_table():
    broccoli = F.food_by_ndb("11090")
    assert broccoli.name == "broccoli, raw"
    assert broccoli.usda_desc == "BROCCOLI,RAW"
    assert broccoli.water_g == 89.30
    assert broccoli.energy_kcal == 34
    assert broccoli.calcium_mg == 47
    assert broccoli.magnesium_mg == 21
    assert broccoli.potassium_mg == 316
    assert broccoli.sodium_mg == 33


def test_leading_zeros_and_portions_survive():
    banana = F.food_by_ndb("09040")
    assert banana.ndb_no == "09040"
    assert banana.usda_portions[0] == F.Portion(225.0, "1 cup, mashed")


def test_selection_rules_drop_baby_foods_brand_fast_food_and_single_grade_beef():
    descs = [r["usda_desc"] for r in shipped_rows()]
    assert not [d for d in descs if d.startswith("BABYFOOD")]
    assert not [d for d in descs if d.startswith("MCDONALD'S")]
    assert not [d for d in descs if d.startswith("BEEF,") and ",CHOIC," in d]
    assert any(d.startswith("FAST FOODS,") for d in descs)  # generic fast food stays


def test_source_sidecar_cites_usda_and_the_script():
    text = data_path("foods.source.toml").read_text("utf-8")
    assert "Release 28" in text and "Agricultural Research Service" in text
    assert "Public domain" in text and "scripts/build_food_table.py" in text


# --- the build script --------------------------------------------------------------------


def test_build_script_reproduces_shipped_table_byte_for_byte(tmp_path):
    subprocess.run(
        [sys.executable, str(SCRIPT), str(USDA_COPY), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in ("foods.csv", "foods_brands.csv", "foods.source.toml"):
        assert (tmp_path / name).read_bytes() == data_path(name).read_bytes(), name


@pytest.mark.parametrize(
    ("short_desc", "name"),
    [
        ("BANANAS,RAW", "bananas, raw"),
        ("POTATOES,BKD,FLESH & SKN,WO/ SALT", "potatoes, baked, flesh & skin, without salt"),
        (
            "PUMPKIN&SQUASH SD KRNLS,RSTD,W/SALT",
            "pumpkin & squash seed kernels, roasted, with salt",
        ),  # noqa: E501
        ("CHOCOLATE,DK,70-85% CACAO SOL", "chocolate, dark, 70-85% cacao solids"),
        ("BEEF,CHK,UND BLD, POT RST", "beef, chuck, under blade, pot roast"),
        ("BEANS,BLACK,MATURE SEEDS,CND,LO NA", "beans, black, mature seeds, canned, low sodium"),
    ],
)
def test_readable_name_spells_out_usda_abbreviations(short_desc, name):
    assert load_script().readable_name(short_desc) == name


def test_parse_rejects_a_line_with_missing_fields():
    script = load_script()
    good = USDA_COPY.read_text("utf-8").splitlines()[0]
    bad = "^".join(good.split("^")[:50])
    with pytest.raises(ValueError, match="line 2: expected 53 fields, got 50"):
        script.parse_abbrev(good + "\n" + bad + "\n")


# --- lookup and matching -----------------------------------------------------------------


def test_brand_named_rows_count_by_number_but_typed_names_match_generic_foods():
    # a food app exports a restaurant meal by its USDA number: it must count, not be rejected
    pasta = F.food_by_ndb("36631")
    assert pasta.usda_desc.startswith("OLIVE GARDEN")
    assert pasta.sodium_mg is not None and pasta.sodium_mg > 0
    assert pasta.usda_portions  # "1 serving" of 525 g
    assert "36631" not in F.load_foods()
    brands = [r["usda_desc"] for r in csv.DictReader(io.StringIO(
        data_path("foods_brands.csv").read_text("utf-8")))]
    assert len(brands) == len(F.load_brand_foods()) > 250
    assert all(not d.startswith(("FAST FOOD", "RESTAURANT")) for d in brands)
    assert any(d.startswith("MCDONALD'S") for d in brands)
    # a typed name is matched (or its closest foods listed) among generic foods only
    with pytest.raises(F.FoodMatchError) as err:
        F.match_food("spaghetti with meat sauce")
    assert "36630" in str(err.value)  # "restaurant, italian, spaghetti with meat sauce"
    assert "36631" not in str(err.value)


def test_food_by_ndb_accepts_missing_leading_zero_and_rejects_unknown_numbers():
    assert F.food_by_ndb(9040).name == "bananas, raw"
    assert F.food_by_ndb("9040").ndb_no == "09040"
    with pytest.raises(F.FoodMatchError, match="99999"):
        F.food_by_ndb("99999")


@pytest.mark.parametrize(
    ("typed", "ndb_no"),
    [
        ("banana, raw", "09040"),
        ("banana", "09040"),
        ("bananas", "09040"),
        ("Bananas, Raw", "09040"),
        ("BANANAS,RAW", "09040"),
        ("raw bananas", "09040"),
        ("spinach, raw", "11457"),
        ("almonds", "12061"),
        ("dark chocolate", "19904"),
        ("yogurt", "01117"),
        ("sweet potato", "11508"),
        ("milk", "01079"),
        ("pumpkin seeds", "12016"),
        ("peanut butter", "16098"),
        ("lentils", "16070"),
        ("sardines", "15088"),
        ("tomatoes", "11529"),
        ("eggs", "01123"),
        ("coconut water", "14090"),
        ("pretzels", "19047"),
        ("quinoa, cooked", "20137"),
        ("dates, medjool", "09421"),
        ("medjool", "09421"),  # the only food with that word
        ("09040", "09040"),
    ],
)
def test_everyday_names_resolve_to_the_sensible_usda_item(typed, ndb_no):
    assert F.match_food(typed).ndb_no == ndb_no


@pytest.mark.parametrize(
    ("typo", "ndb_no"),
    [("bananna", "09040"), ("spinnach", "11457"), ("almnds", "12061"), ("brocoli", "11090")],
)
def test_close_misspellings_of_one_food_are_accepted(typo, ndb_no):
    assert F.match_food(typo).ndb_no == ndb_no


def test_misspelt_word_inside_a_longer_name_is_corrected():
    assert F.match_food("dark choclate 70").ndb_no == "19904"


def test_unknown_name_error_lists_closest_matches_with_numbers():
    with pytest.raises(F.FoodMatchError) as caught:
        F.match_food("chocolatte cake frostng xyz")
    error = caught.value
    assert isinstance(error, ValueError)
    assert 3 <= len(error.candidates) <= 5
    message = str(error)
    assert "No food in the table matches" in message
    for food in error.candidates:
        assert f'"{food.name}" (ndb_no {food.ndb_no})' in message
    assert any("chocolate" in food.name for food in error.candidates)


def test_nonsense_name_is_unknown_not_a_guess():
    with pytest.raises(F.FoodMatchError, match="No food in the table matches"):
        F.match_food("qwzx plorb")


def test_ambiguous_name_raises_with_the_competing_foods():
    with pytest.raises(F.FoodMatchError) as caught:
        F.match_food("salmon raw")
    error = caught.value
    assert "matches several foods" in str(error)
    assert 2 <= len(error.candidates) <= 5
    for food in error.candidates:
        assert {"salmon", "raw"} <= set(words(food.name))


def test_empty_name_is_an_error():
    with pytest.raises(F.FoodMatchError, match="empty"):
        F.match_food("   ")


def test_word_key_folds_plurals_order_and_punctuation():
    assert word_key("Bananas, RAW") == word_key("raw banana")
    assert word_key("berries & cherries") == "berry cherry"
    assert word_key("tomatoes") == word_key("tomato")


def test_every_alias_and_everyday_food_points_into_the_table():
    foods = F.load_foods()
    from crampwise.knowledge.base import read_toml

    for alias, ndb_no in read_toml("food_aliases.toml")["aliases"].items():
        assert ndb_no in foods, alias
        assert F.match_food(alias).ndb_no == ndb_no, alias
    assert len(F.everyday_foods()) >= 40
    assert all(e.ndb_no in foods for e in F.everyday_foods())


# --- nutrients and portions --------------------------------------------------------------


def test_nutrients_for_120_g_banana_hand_checked():
    # USDA SR28 09040 per 100 g: Mg 27, K 358, Ca 5, Na 1, water 74.91 g, 89 kcal.
    got = F.nutrients_for(F.match_food("banana"), 120)
    assert got == pytest.approx(
        {
            "magnesium_mg": 32.4,
            "potassium_mg": 429.6,
            "calcium_mg": 6.0,
            "sodium_mg": 1.2,
            "water_ml": 89.892,
            "energy_kcal": 106.8,
        }
    )


def test_nutrients_for_keeps_unknown_values_unknown():
    enhanced_soymilk = F.food_by_ndb("16223")  # the USDA row has no magnesium figure
    got = F.nutrients_for(enhanced_soymilk, 243)
    assert got["magnesium_mg"] is None
    assert got["potassium_mg"] == pytest.approx(141 * 2.43)


def test_nutrients_for_rejects_negative_grams():
    with pytest.raises(ValueError, match="grams"):
        F.nutrients_for(F.match_food("banana"), -1)


def test_portions_put_the_typical_portion_before_usda_ones():
    banana = F.match_food("banana")
    got = F.portions(banana)
    assert got[0] == F.Portion(118.0, "1 medium banana")
    assert got[1:] == banana.usda_portions
    assert F.portions(F.food_by_ndb("11090"))[0].label == "1 cup, chopped"


# --- foods rich in a mineral -------------------------------------------------------------


def test_foods_rich_in_magnesium_ranks_everyday_foods_by_portion():
    got = F.foods_rich_in("magnesium", limit=5)
    assert len(got) == 5
    assert got[0].food.ndb_no == "12016"  # pumpkin seeds, 1 oz
    amounts = [r.amount_mg for r in got]
    assert amounts == sorted(amounts, reverse=True)
    for r in got:
        assert r.food.magnesium_mg is not None
        assert r.amount_mg == pytest.approx(r.food.magnesium_mg * r.portion.grams / 100)
        assert "spices" not in r.food.name


def test_foods_rich_in_leaves_out_excluded_categories():
    got = F.foods_rich_in("calcium", limit=10, exclude_categories=["dairy", "soy"])
    assert got and all(r.category not in {"dairy", "soy"} for r in got)
    with_dairy = F.foods_rich_in("calcium_mg", limit=10)
    assert any(r.category == "dairy" for r in with_dairy)


def test_foods_rich_in_rejects_unknown_nutrient_or_category():
    with pytest.raises(ValueError, match="unknown nutrient"):
        F.foods_rich_in("iron")
    with pytest.raises(ValueError, match="unknown food categories"):
        F.foods_rich_in("potassium", exclude_categories=["candy"])


@pytest.mark.parametrize(
    ("name", "nutrient", "evidence_mg"),
    [  # evidence.md §5.6 (NIH ODS servings); our portion x USDA SR28 should agree within 15 %
        ("pumpkin seeds", "magnesium", 155),
        ("roasted almonds", "magnesium", 80),
        ("cooked spinach", "magnesium", 78),
        ("black beans", "magnesium", 60),
        ("banana", "potassium", 420),
        ("yogurt", "potassium", 530),
        ("yogurt", "calcium", 415),
        ("lentils", "potassium", 730),
    ],
)
def test_typical_portions_agree_with_evidence_food_sources(name, nutrient, evidence_mg):
    food = F.match_food(name)
    portion = F.portions(food)[0]
    per_100g = food.per_100g(nutrient)
    assert per_100g is not None
    assert per_100g * portion.grams / 100 == pytest.approx(evidence_mg, rel=0.15)
