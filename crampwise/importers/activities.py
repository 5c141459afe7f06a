"""What devices call a sport, in the journal's activity vocabulary (``other`` when unknown).

Apple Health names ``HKWorkoutActivityType*``, FIT files a ``sport`` plus ``sub_sport``, TCX a
``Sport`` attribute and GPX a free-text ``<type>``. Each maps to one of ``vocabulary.ACTIVITIES``.
A FIT ``transition`` (the changeover inside a multisport file) maps to ``None``: it is not a
workout, and the FIT importer counts it as unused.
"""

from __future__ import annotations

import re

_TEAM = ("Soccer", "Basketball", "AmericanFootball", "AustralianFootball", "Rugby", "Hockey",
         "Volleyball", "Baseball", "Softball", "Cricket", "Handball", "Lacrosse", "WaterPolo")
_RACKET = ("Tennis", "Badminton", "Squash", "Racquetball", "TableTennis", "Pickleball",
           "Paddle Sports")
_MARTIAL = ("MartialArts", "Boxing", "Kickboxing", "Wrestling", "Fencing")

#: HKWorkoutActivityType<Name> → activity
APPLE: dict[str, str] = {
    "Running": "running", "Walking": "walking", "Cycling": "cycling", "HandCycling": "cycling",
    "Swimming": "swimming", "Hiking": "hiking", "Rowing": "rowing",
    "TraditionalStrengthTraining": "strength", "FunctionalStrengthTraining": "strength",
    "CoreTraining": "strength", "CrossTraining": "crossfit",
    "HighIntensityIntervalTraining": "hiit", "Yoga": "yoga", "Pilates": "pilates",
    "Dance": "dance", "SocialDance": "dance", "CardioDance": "dance", "Barre": "dance",
    "DanceInspiredTraining": "dance", "DownhillSkiing": "skiing", "CrossCountrySkiing": "skiing",
    "Snowboarding": "skiing", "Climbing": "climbing", "Elliptical": "elliptical",
    **dict.fromkeys(_TEAM, "team_sport"), **dict.fromkeys(_RACKET, "racket_sport"),
    **dict.fromkeys(_MARTIAL, "martial_arts"),
}

_APPLE_PREFIX = "HKWorkoutActivityType"


def apple_activity(workout_type: str) -> str:
    """The activity for an Apple ``workoutActivityType`` (``HKWorkoutActivityTypeRunning``)."""
    name = workout_type.removeprefix(_APPLE_PREFIX)
    return APPLE.get(name, "other")


#: FIT (sport, sub_sport) → activity; a sub_sport entry wins over the sport entry.
FIT_SUB_SPORT: dict[str, str] = {
    "trail": "trail_running", "treadmill": "running", "track": "running",
    "indoor_cycling": "cycling", "spin": "cycling", "road": "cycling", "mountain": "cycling",
    "lap_swimming": "swimming", "open_water": "swimming", "elliptical": "elliptical",
    "indoor_rowing": "rowing", "strength_training": "strength", "yoga": "yoga",
    "pilates": "pilates", "hiit": "hiit", "indoor_climbing": "climbing", "bouldering": "climbing",
    "cardio_training": "other", "stair_climbing": "other",
}
FIT_SPORT: dict[str, str] = {
    "running": "running", "cycling": "cycling", "e_biking": "cycling", "swimming": "swimming",
    "walking": "walking", "hiking": "hiking", "rowing": "rowing", "paddling": "other",
    "training": "strength", "cross_country_skiing": "skiing", "alpine_skiing": "skiing",
    "snowboarding": "skiing", "rock_climbing": "climbing", "soccer": "team_sport",
    "basketball": "team_sport", "american_football": "team_sport", "rugby": "team_sport",
    "hockey": "team_sport", "ice_hockey": "team_sport", "volleyball": "team_sport",
    "baseball": "team_sport", "cricket": "team_sport", "lacrosse": "team_sport",
    "tennis": "racket_sport", "racket": "racket_sport", "boxing": "martial_arts",
    "mixed_martial_arts": "martial_arts", "dance": "dance", "hiit": "hiit",
    "floor_climbing": "other", "generic": "other",
}


def fit_activity(sport: object, sub_sport: object) -> str | None:
    """The activity for a FIT session's sport/sub_sport; ``None`` for a multisport transition."""
    sport_name = str(sport) if sport is not None else "generic"
    if sport_name == "transition":
        return None
    sub = str(sub_sport) if sub_sport is not None else ""
    if sub in FIT_SUB_SPORT:
        return FIT_SUB_SPORT[sub]
    return FIT_SPORT.get(sport_name, "other")


#: Words found in TCX ``Sport`` and GPX ``<type>`` (lower-cased, separators removed)
_WORDS: dict[str, str] = {
    "running": "running", "run": "running", "trailrunning": "trail_running",
    "trailrun": "trail_running", "biking": "cycling", "cycling": "cycling", "ride": "cycling",
    "bike": "cycling", "mountainbiking": "cycling", "roadbiking": "cycling",
    "swimming": "swimming", "swim": "swimming", "walking": "walking", "walk": "walking",
    "hiking": "hiking", "hike": "hiking", "rowing": "rowing", "row": "rowing",
    "strength": "strength", "weighttraining": "strength", "yoga": "yoga", "skiing": "skiing",
    "alpineski": "skiing", "nordicski": "skiing", "climbing": "climbing",
    "rockclimbing": "climbing", "elliptical": "elliptical", "crossfit": "crossfit",
    "hiit": "hiit", "dance": "dance", "pilates": "pilates",
}
#: Strava's numeric activity types as written in its GPX ``<type>`` (the common ones)
_STRAVA = {"1": "cycling", "4": "hiking", "9": "running", "10": "walking", "16": "swimming"}
_SEPARATORS = re.compile(r"[\s_\-]+")


def text_activity(text: str | None) -> str:
    """The activity for free text such as TCX ``Sport="Biking"`` or GPX ``<type>running``."""
    if not text:
        return "other"
    cleaned = text.strip()
    if cleaned in _STRAVA:
        return _STRAVA[cleaned]
    word = _SEPARATORS.sub("", cleaned.lower())
    return _WORDS.get(word, "other")
