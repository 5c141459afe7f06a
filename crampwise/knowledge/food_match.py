"""Turn a food name someone typed into one food of the table, or a helpful error.

Why: meal entries carry free-text names ("bananas", "dark chocolate", "spinach, raw"), while
the USDA table has terse descriptions ("BANANAS,RAW"). Matching is tried from strictest to
loosest, and stops at the first step that gives exactly one food:

1. a USDA number ("09040");
2. the exact name or USDA description, ignoring case and spacing;
3. an everyday alias from ``food_aliases.toml`` ("milk", "yogurt");
4. the same words in any order, plurals folded ("raw bananas" = "bananas, raw");
5. every word of the name found in exactly one food ("medjool" -> "dates, medjool");
6. steps 3-5 again with misspelt words corrected ("choclate" -> "chocolate");
7. a close spelling of one whole name or alias ("bananna").

Several foods equally good is an error, as is nothing close; both list the closest foods with
their USDA numbers so the person can pick one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from crampwise.knowledge.base import read_toml
from crampwise.knowledge.foods import (
    Food,
    FoodMatchError,
    everyday_foods,
    food_by_ndb,
    load_foods,
)

SHOWN = 5  # candidates listed in an error message
TYPO_CUTOFF = 88.0  # fuzz.ratio of word keys above which a spelling counts as a typo
TYPO_TIE = 3.0  # foods within this many points of the best typo match tie with it
WORD_CUTOFF = 85.0  # fuzz.ratio above which an unknown word is read as a known one
POOL_LIMIT = 2000  # most foods scored in full when listing the closest to an unknown name
MIN_CORRECTED = 4  # shorter unknown words are not corrected ("mik" could be milk or mix)
_WORD = re.compile(r"[a-z0-9%]+")
_STOP = frozenset({"and", "a", "an", "of", "the"})


@cache
def _singular(word: str) -> str:
    """Fold an English plural to its singular well enough for matching ("berries" -> "berry")."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("oes", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def words(text: str) -> tuple[str, ...]:
    """The matching words of a name: lower case, singular, no punctuation or filler words."""
    found = _WORD.findall(text.lower().replace("&", " and "))
    return tuple(_singular(w) for w in found if w not in _STOP)


def word_key(text: str) -> str:
    """Order-free key of a name: its distinct words, sorted ("bananas, raw" -> "banana raw")."""
    return " ".join(sorted(set(words(text))))


def _literal(text: str) -> str:
    """A name as typed, ignoring case and spacing around commas."""
    text = re.sub(r"\s*,\s*", ", ", text.strip().lower())
    return re.sub(r"\s+", " ", text)


@dataclass(frozen=True)
class _Index:
    """Lookup structures built once from the food table and the alias file."""

    literal: dict[str, tuple[str, ...]]
    aliases: dict[str, str]
    keys: dict[str, tuple[str, ...]]
    postings: dict[str, frozenset[str]]
    choice_keys: tuple[str, ...]
    choice_ndbs: tuple[str, ...]
    vocabulary: tuple[str, ...]
    name_keys: dict[str, str]
    preferred: frozenset[str]


def _freeze(groups: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {k: tuple(sorted(set(v))) for k, v in groups.items()}


@cache
def _index() -> _Index:
    """Build (once) the lookup tables used by :func:`match_name`."""
    foods = load_foods()
    literal: dict[str, list[str]] = defaultdict(list)
    keys: dict[str, list[str]] = defaultdict(list)
    postings: dict[str, set[str]] = defaultdict(set)
    name_keys: dict[str, str] = {}
    for food in foods.values():
        for text in (food.name, food.usda_desc):
            literal[_literal(text)].append(food.ndb_no)
            text_words = words(text)
            text_key = " ".join(sorted(set(text_words)))
            keys[text_key].append(food.ndb_no)
            if text is food.name:
                name_keys[food.ndb_no] = text_key
            for word in text_words:
                postings[word].add(food.ndb_no)
    aliases: dict[str, str] = {}
    for alias, ndb_no in read_toml("food_aliases.toml")["aliases"].items():
        if ndb_no not in foods:
            raise ValueError(f"food_aliases.toml: {alias!r} -> {ndb_no!r} is not in foods.csv")
        aliases[word_key(alias)] = ndb_no
    frozen_keys = _freeze(keys)
    name_choices = {key: ndb_no for ndb_no, key in name_keys.items()}
    choices = [(k, n) for k, n in name_choices.items() if k] + list(aliases.items())
    return _Index(
        literal=_freeze(literal),
        aliases=aliases,
        keys=frozen_keys,
        postings={w: frozenset(s) for w, s in postings.items()},
        choice_keys=tuple(c[0] for c in choices),
        choice_ndbs=tuple(c[1] for c in choices),
        vocabulary=tuple(sorted(postings)),
        name_keys=name_keys,
        preferred=frozenset(aliases.values()) | {e.ndb_no for e in everyday_foods()},
    )


def _describe(foods: Sequence[Food]) -> str:
    return "; ".join(f'"{f.name}" (ndb_no {f.ndb_no})' for f in foods)


def _ambiguous(query: str, ndbs: Iterable[str]) -> FoodMatchError:
    """The error for a name that fits several foods; everyday and simplest names come first."""
    foods = load_foods()
    preferred = _index().preferred
    query_words = set(words(query))
    found = sorted(
        (foods[n] for n in set(ndbs)),
        key=lambda f: (
            f.ndb_no not in preferred,
            len(set(words(f.name)) - query_words),
            len(f.name),
            f.name,
        ),
    )
    shown = found[:SHOWN]
    more = f" (showing {len(shown)} of {len(found)})" if len(found) > len(shown) else ""
    return FoodMatchError(
        f'The name "{query}" matches several foods{more}: {_describe(shown)}. '
        'Write the name more fully, or give "ndb_no" instead of "food".',
        query=query,
        candidates=shown,
    )


def _closest(key: str) -> list[str]:
    """NDB numbers of the foods nearest to ``key``, best first.

    Two cheap passes instead of one slow WRatio scan over every name: whole keys by edit
    similarity, then the foods containing a word close to one of the query's words.
    """
    index = _index()
    foods = load_foods()
    scores: dict[str, float] = {}
    for _choice, score, pos in process.extract(key, index.choice_keys, scorer=fuzz.ratio, limit=20):
        ndb_no = index.choice_ndbs[pos]
        scores[ndb_no] = max(score, scores.get(ndb_no, 0.0))
    pool: set[str] = set()
    for word in key.split():
        near = process.extract(word, index.vocabulary, scorer=fuzz.ratio, score_cutoff=75, limit=5)
        for near_word, _score, _pos in near:
            pool |= index.postings[near_word]
    for ndb_no in sorted(pool)[:POOL_LIMIT]:
        score = fuzz.WRatio(key, index.name_keys[ndb_no])
        scores[ndb_no] = max(score, scores.get(ndb_no, 0.0))
    return sorted(
        scores,
        key=lambda n: (-scores[n], n not in index.preferred, len(foods[n].name), n),
    )


def _unknown(query: str, key: str) -> FoodMatchError:
    """The error for a name that fits no food, listing the closest spellings."""
    foods = load_foods()
    shown = [foods[n] for n in _closest(key)[:SHOWN]]
    closest = f" The closest are: {_describe(shown)}." if shown else ""
    return FoodMatchError(
        f'No food in the table matches "{query}".{closest} '
        'Use one of these names, or give the USDA number as "ndb_no".',
        query=query,
        candidates=shown,
    )


def _typo_match(key: str) -> tuple[str, ...]:
    """Foods whose word key (or alias) is a near-identical spelling of ``key``."""
    index = _index()
    hits = process.extract(
        key, index.choice_keys, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, limit=10
    )
    if not hits:
        return ()
    best = hits[0][1]
    return tuple(sorted({index.choice_ndbs[pos] for _c, s, pos in hits if s >= best - TYPO_TIE}))


def _by_words(query: str, key: str) -> tuple[Food | None, frozenset[str]]:
    """Steps 3-5 on a word key: the food found (or None) and the foods containing every word."""
    index = _index()
    foods = load_foods()
    if key in index.aliases:
        return foods[index.aliases[key]], frozenset()
    same_words = index.keys.get(key, ())
    if len(same_words) == 1:
        return foods[same_words[0]], frozenset()
    if same_words:
        raise _ambiguous(query, same_words)
    query_words = key.split()
    if not query_words or any(w not in index.postings for w in query_words):
        return None, frozenset()
    containing = frozenset.intersection(*(index.postings[w] for w in query_words))
    if len(containing) == 1:
        return foods[next(iter(containing))], containing
    return None, containing


def _correct_words(key: str) -> str:
    """The word key with each unknown word of 4+ letters replaced by its one closest known word."""
    index = _index()
    corrected = []
    for word in key.split():
        if word in index.postings or len(word) < MIN_CORRECTED:
            corrected.append(word)
            continue
        hits = process.extract(
            word, index.vocabulary, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF, limit=2
        )
        unique = len(hits) == 1 or (len(hits) == 2 and hits[0][1] > hits[1][1])
        corrected.append(hits[0][0] if hits and unique else word)
    return " ".join(sorted(set(corrected)))


def match_name(name: str) -> Food:
    """The one food ``name`` means (see the module docstring), else :class:`FoodMatchError`."""
    query = " ".join(str(name).split())
    if not query:
        raise FoodMatchError('The food name is empty: write e.g. "banana, raw".', query="")
    if re.fullmatch(r"\d{4,5}", query):
        return food_by_ndb(query)
    index = _index()
    foods = load_foods()

    exact = index.literal.get(_literal(query), ())
    if len(exact) == 1:
        return foods[exact[0]]
    if exact:
        raise _ambiguous(query, exact)

    key = word_key(query)
    found, containing = _by_words(query, key)
    if found is not None:
        return found
    corrected = _correct_words(key)
    if corrected != key:
        found, containing_corrected = _by_words(query, corrected)
        if found is not None:
            return found
        containing = containing or containing_corrected

    typos = _typo_match(key)
    if len(typos) == 1:
        return foods[typos[0]]
    if typos:
        raise _ambiguous(query, typos)
    if containing:
        raise _ambiguous(query, containing)
    raise _unknown(query, key)
