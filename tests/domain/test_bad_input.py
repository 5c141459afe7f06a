# ruff: noqa: E501  (the expected messages are long by design: they list the valid names)
"""The bad-input suite: every malformed journal line gets an exact, actionable message.

Each case is one line as a person (or a buggy exporter) might write it; the message must say
which key, what was wrong and what was expected. These run through the same parser as
``crampwise import`` and the API.
"""

from __future__ import annotations

import pytest

from crampwise.domain.parsing import EntryError, parse_json_bytes, parse_line

W = '"time":"2026-06-14T07:00:00+02:00"'

CASES = [
    ('{"type":"workout",' + W + ',"duration_min":30,"activity":"running"',
     "not valid JSON: Expecting ',' delimiter at column 92"),
    ('[1,2]',
     'expected a JSON object, got a list'),
    ('{' + W + '}',
     "key 'type': required key is missing (expected one of: profile, workout, episode, body_mass, fluid, sleep, meal, supplement, medication)"),
    ('{"type":"wrkout"}',
     "key 'type': unknown entry type 'wrkout'; did you mean 'workout'? (expected one of: profile, workout, episode, body_mass, fluid, sleep, meal, supplement, medication)"),
    ('{"type":5}',
     "key 'type': expected a string, got a number"),
    ('{"type":"workout",' + W + ',"duration_min":30,"activity":"running","speed":3}',
     "key 'speed': unknown key (valid keys for workout: type, id, notes, time, duration_min, activity, rpe, avg_hr, distance_km, temperature_c, humidity_pct, muscle_groups, warm_up_min, cool_down_min, urine_ml)"),
    ('{"type":"workout",' + W + ',"duration_min":"thirty","activity":"running"}',
     "key 'duration_min': expected a number or a number with a unit convertible to minute, e.g. '1.5 h'"),
    ('{"type":"workout",' + W + ',"duration_min":0,"activity":"running"}',
     "key 'duration_min': expected a number > 0, got 0"),
    ('{"type":"workout",' + W + ',"duration_min":2000,"activity":"running"}',
     "key 'duration_min': expected a number ≤ 1440, got 2000"),
    ('{"type":"workout",' + W + ',"duration_min":30,"activity":"runing"}',
     "key 'activity': unknown activity 'runing'; did you mean 'running'? (expected one of: running, trail_running, cycling, swimming, walking, hiking, rowing, strength, crossfit, team_sport, racket_sport, yoga, pilates, dance, skiing, climbing, martial_arts, hiit, elliptical, other)"),
    ('{"type":"workout",' + W + ',"duration_min":30,"activity":"running","rpe":11}',
     "key 'rpe': expected a number ≤ 10, got 11"),
    ('{"type":"workout",' + W + ',"duration_min":30,"activity":"running","avg_hr":72.5}',
     "key 'avg_hr': expected a whole number, got 72.5"),
    ('{"type":"workout",' + W + ',"duration_min":30,"activity":"running","temperature_c":"86 furlongs"}',
     "key 'temperature_c': 'furlongs' cannot be converted to degC; expected e.g. '86 degF'"),
    ('{"type":"workout",' + W + ',"duration_min":30,"activity":"running","temperature_c":"30 kg"}',
     "key 'temperature_c': 'kg' cannot be converted to degC; expected e.g. '86 degF'"),
    ('{"type":"workout",' + W + ',"duration_min":30,"activity":"running","humidity_pct":101}',
     "key 'humidity_pct': expected a number ≤ 100, got 101"),
    ('{"type":"workout",' + W + ',"duration_min":30,"activity":"running","muscle_groups":"calf"}',
     'key \'muscle_groups\': expected a list, got "calf"'),
    ('{"type":"workout","time":"2026-06-14T07:00:00","duration_min":30,"activity":"running"}',
     "key 'time': time has no UTC offset; write it like 2026-05-01T07:00:00+02:00, or import with --tz (e.g. --tz Europe/Paris) or set a profile time zone"),
    ('{"type":"workout","time":"yesterday","duration_min":30,"activity":"running"}',
     'key \'time\': expected an ISO 8601 time with UTC offset such as 2026-05-01T07:00:00+02:00, got "yesterday"'),
    ('{"type":"workout","duration_min":30,"activity":"running"}',
     "key 'time': required key is missing"),
    ('{"type":"episode",' + W + ',"kind":"spasm","muscle":"clf"}',
     "key 'muscle': unknown muscle 'clf'; did you mean 'calf'? (expected one of: calf, shin, foot, toes, hamstring, quadriceps, adductor, glute, hip_flexor, abdomen, lower_back, upper_back, neck, chest, shoulder, biceps, triceps, forearm, hand, fingers, eyelid, face)"),
    ('{"type":"episode",' + W + ',"kind":"spasm","muscle":"thigh"}',
     "key 'muscle': 'thigh' is ambiguous: say hamstring (back of thigh), quadriceps (front) or adductor (inner)"),
    ('{"type":"episode",' + W + ',"kind":"ache","muscle":"calf"}',
     "key 'kind': unknown episode kind 'ache' (expected one of: twitch, spasm)"),
    ('{"type":"episode",' + W + ',"kind":"spasm","muscle":"calf","pain":11}',
     "key 'pain': expected a number ≤ 10, got 11"),
    ('{"type":"episode",' + W + ',"kind":"spasm","muscle":"calf","side":"middle"}',
     "key 'side': unknown side 'middle' (expected one of: left, right, both)"),
    ('{"type":"episode",' + W + ',"kind":"spasm","muscle":"calf","during":"lunch"}',
     'key \'during\': expected one of \'exercise\', \'after_exercise\', \'rest\' or \'sleep\', got "lunch"'),
    ('{"type":"episode",' + W + ',"kind":"spasm","muscle":"calf","flags":{"swellin":true}}',
     "key 'flags': unknown red-flag key 'swellin'; did you mean 'swelling'? (expected one of: weakness, swelling, redness, warmth, numbness_tingling, dark_urine, confusion, chest_pain, short_of_breath, high_body_temperature, muscle_wasting, progressive, speech_or_swallowing_trouble, vomiting_or_headache_after_heavy_drinking, saddle_numbness_or_bladder_change, severe_pain_tense_limb, recent_immobility_or_long_travel, calf_pain_on_walking_eases_at_rest, fever, injury_or_trauma)"),
    ('{"type":"episode",' + W + ',"kind":"spasm","muscle":"calf","flags":{"swelling":"yes"}}',
     'key \'flags.swelling\': expected true or false, got "yes"'),
    ('{"type":"episode",' + W + ',"kind":"spasm","muscle":"calf","relief":["yoga"]}',
     "key 'relief.0': unknown relief method 'yoga' (expected one of: stretching, massage, heat, cold, hydration, magnesium, pickle_juice, rest, walking_it_off, other)"),
    ('{"type":"episode",' + W + ',"kind":"spasm","muscle":"calf","relieved":"maybe"}',
     'key \'relieved\': expected true or false, got "maybe"'),
    ('{"type":"body_mass",' + W + ',"kg":350}',
     "key 'kg': expected a number ≤ 300, got 350"),
    ('{"type":"body_mass",' + W + ',"kg":"150 stone"}',
     'key \'kg\': expected a number ≤ 300, got "150 stone"'),
    ('{"type":"body_mass",' + W + ',"kg":true}',
     "key 'kg': expected a number, not true/false"),
    ('{"type":"fluid",' + W + ',"ml":0}',
     "key 'ml': expected a number > 0, got 0"),
    ('{"type":"fluid",' + W + ',"ml":"16 parsecs"}',
     "key 'ml': 'parsecs' cannot be converted to ml; expected e.g. '16 oz'"),
    ('{"type":"fluid",' + W + ',"ml":250,"drink":"lemonade"}',
     "key 'drink': unknown drink 'lemonade' (expected one of: water, sports_drink, electrolyte_drink, ors, coconut_water, milk, juice, coffee, tea, soft_drink, beer, other)"),
    ('{"type":"fluid",' + W + ',"ml":250,"sodium_mg":-5}',
     "key 'sodium_mg': expected a number ≥ 0, got -5"),
    ('{"type":"sleep",' + W + '}',
     "give either 'end' (wake time) or 'hours'"),
    ('{"type":"sleep",' + W + ',"end":"2026-06-14T06:00:00+02:00"}',
     "'end' must be after 'time' and within 24 hours of it"),
    ('{"type":"sleep",' + W + ',"hours":25}',
     "key 'hours': expected a number ≤ 24, got 25"),
    ('{"type":"sleep",' + W + ',"hours":7,"quality":6}',
     "key 'quality': expected a number ≤ 5, got 6"),
    ('{"type":"meal",' + W + ',"items":[{"food":"zzqx unknown food","grams":100}]}',
     'key \'items.0\': No food in the table matches "zzqx unknown food". The closest are: "fast foods biscuit with egg" (ndb_no 21002); "house foods premium soft tofu" (ndb_no 16279); "house foods premium firm tofu" (ndb_no 16281); "fast foods, biscuit, with ham" (ndb_no 21008); "fast foods, sundae, hot fudge" (ndb_no 21033). Use one of these names, or give the USDA number as "ndb_no".'),
    ('{"type":"meal",' + W + ',"items":[{"food":"banana, raw"}]}',
     "key 'items.0.grams': required key is missing"),
    ('{"type":"meal",' + W + ',"items":[{"grams":100}]}',
     "key 'items.0': an item needs 'food' (a name) or 'ndb_no' (a USDA number)"),
    ('{"type":"supplement",' + W + '}',
     "key 'name': required key is missing"),
    ('{"type":"medication","name":"atorvastatin"}',
     "key 'start': required key is missing"),
    ('{"type":"medication","name":"atorvastatin","start":"last spring"}',
     'key \'start\': expected an ISO 8601 time with UTC offset such as 2026-05-01T07:00:00+02:00, got "last spring"'),
    ('{"type":"profile","sex":"robot"}',
     'key \'sex\': expected one of \'female\', \'male\' or \'other\', got "robot"'),
    ('{"type":"profile","birth_year":1850}',
     "key 'birth_year': expected a year between 1900 and 2026"),
    ('{"type":"profile","timezone":"Mars/Olympus"}',
     "key 'timezone': expected an IANA time zone name such as Europe/Berlin"),
    ('{"type":"profile","height_cm":300}',
     "key 'height_cm': expected a number ≤ 250, got 300"),
    ('{"type":"workout",' + W + ',"duration_min":30,"activity":"running","id":""}',
     "key 'id': must not be empty"),
    ('{"type":"workout","time":"2026-06-14T07:00:00+02:00","duration_min":30,"activity":"running","notes":' + '"' + 'x' * 2001 + '"' + '}',
     "key 'notes': too long: at most 2000 characters"),
    ('{"type":"fluid",' + W + ',"ml":250,"notes":"after the run\\u0000"}',
     "key 'notes': text must not contain NUL characters (\\u0000)"),
    ('{"type":"supplement",' + W + ',"name":"mag\\u0000nesium"}',
     "key 'name': text must not contain NUL characters (\\u0000)"),
    ('{"type":"fluid",' + W + ',"ml":250,"notes":"after the run\\ud800"}',
     "key 'notes': text must be valid Unicode (it holds a lone surrogate escape such as \\ud800)"),
    ('{"type":"profile","sweat_sodium_mmol_l":400}',
     "key 'sweat_sodium_mmol_l': expected a number ≤ 150, got 400"),
]


@pytest.mark.parametrize(("line", "message"), CASES)
def test_bad_line_message(line: str, message: str) -> None:
    with pytest.raises(EntryError) as caught:
        parse_line(line)
    assert str(caught.value) == message


@pytest.mark.parametrize(("line", "message"), CASES)
def test_bulk_fast_path_gives_the_same_message(line: str, message: str) -> None:
    with pytest.raises(EntryError) as caught:
        parse_json_bytes(line.encode())
    assert str(caught.value) == message


def test_suite_is_large_enough() -> None:
    assert len(CASES) >= 30
