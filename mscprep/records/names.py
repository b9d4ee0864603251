"""People's names: checked once when typed, and compared for the independent double check.

Every name of a person acting (operator, checker, weigher, "Prepared by") passes
`person_name()` when it is entered: no control or invisible format characters (zero-width
spaces, bidi overrides and isolates), no line breaks, and no name mixing the look-alike
scripts (Latin with Cyrillic or Greek: a Cyrillic "е" inside "Kenji"). Names already stored
are never refused when read.

The independent double check must be done by someone who did not prepare, change or save
the record. People type their names differently from one login to the next ("Kenji Tanaka
(KT)", "K. Tanaka", "kt", "TANAKA Kenji", "Tanaka, K.", "Dr. Kenji Tanaka, PharmD",
"KTanaka"), so names are compared on their form, not their spelling. On a doubt the answer
is "the same person": a refused check is asked again by someone else, a self-check passed
as independent is a safety failure.

Names are compared after NFKC and case folding, with invisible characters dropped and
Cyrillic or Greek look-alike letters read as the Latin ones, titles ("Dr", "Prof", "Ms")
dropped in front and degrees and suffixes ("MD", "PhD", "PharmD", "RPh", "Jr", "III")
dropped at the end, and "Surname, Given" read as "Given Surname". Two names are the same person when
- they are equal ignoring spaces, dots, commas and hyphens ("K.Tanaka" = "k tanaka");
- they hold the same words in another order ("Tanaka Kenji" = "Kenji Tanaka");
- one is only initials (one word of 2 to 4 letters, or initials in brackets) and they are
  the other's initials in either order, written in brackets or taken from its words
  ("kt" = "Kenji Tanaka" = "Tanaka K."; "(KT)" must be unique at a site);
- both give initials in brackets and they are equal ("Kenji Tanaka (KT)" = "Keiko Tanaka (KT)");
- one is a single word that is one of the other's words ("Tanaka" = "K. Tanaka"), or the
  other's initials joined to its family name ("KTanaka", "TanakaK");
- taking the family name first or last in each, the family names are equal and every given
  name of one matches the other's by word or by initial ("K. Tanaka" = "Kenji Tanaka" =
  "Tanaka K.", but "Keiko Tanaka" != "Kenji Tanaka").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..errors import InputError, clipped, message

_BRACKETS = re.compile(r"[(\[]([^)\]]*)[)\]]")
_SEPARATORS = re.compile(r"[\s.,\-_/'’]+")
SHORTEST_NAME = 2

# Titles written before a name and degrees or suffixes written after it (casefolded, dots
# removed). Roman numerals are suffixes only when a given and a family name stay ("Ii" is
# a Japanese family name).
TITLES = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame"})
DEGREES = frozenset({"md", "phd", "pharmd", "rn", "rph", "bsc", "msc", "bs", "ms", "ma", "ba", "mba", "mph",
                     "bpharm", "mpharm", "mbbs", "mbchb", "do", "dds", "np", "pa", "cph", "cpht", "bcop", "bcps",
                     "frcp", "mrcp", "jr", "sr"})
NUMERALS = frozenset({"ii", "iii", "iv"})

# The scripts whose letters look alike: a name mixing them can pass for another person's.
CONFUSABLE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
# Cyrillic and Greek letters read as the Latin letter they look like (casefolded), so that a
# name stored before names were checked still compares with its Latin look-alike.
_LOOK_ALIKE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q",
    "ԝ": "w", "ү": "y", "ɡ": "g",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "γ": "y", "ζ": "z", "μ": "u"})


def _refused_character(char: str) -> bool:
    """Control, format (zero-width, bidi), line or paragraph separator, surrogate, private
    use or unassigned: nothing a printed name may hold."""
    return unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else None


def person_name(text: str | None, field: str) -> str:
    """The name of a person acting, as typed (trimmed); InputError naming `field` when it
    is too short, holds a control, invisible or line-breaking character, or mixes Latin
    with Cyrillic or Greek letters."""
    name = (text or "").strip()
    hidden = next((char for char in name if _refused_character(char)), None)
    if hidden is not None:
        raise InputError(field, message("the name holds an invisible or control character ({code}); type the name "
                                        "again with letters only", code=f"U+{ord(hidden):04X}"))
    if len(name) < SHORTEST_NAME:
        raise InputError(field, message("enter the name and initials of the person acting"))
    scripts = {_script(char) for char in unicodedata.normalize("NFKC", name)} & set(CONFUSABLE_SCRIPTS)
    if len(scripts) > 1:
        shown = " and ".join(script.capitalize() for script in CONFUSABLE_SCRIPTS if script in scripts)
        raise InputError(field, message("the name '{text}' mixes {scripts} letters that look alike; type it in one "
                                        "alphabet", text=clipped(name), scripts=shown))
    return name


@dataclass(frozen=True)
class Name:
    words: tuple[str, ...]           # casefolded words outside brackets, given names first when known
    initials: str | None             # initials written in brackets, casefolded

    @property
    def joined(self) -> str:
        return "".join(self.words)

    @property
    def derived_initials(self) -> set[str]:
        """The initials of its words, read in both orders ("Tanaka K." is "tk" or "kt")."""
        if len(self.words) < 2:
            return set()
        forward = "".join(word[0] for word in self.words)
        return {forward, forward[::-1]}

    @property
    def only_initials(self) -> str | None:
        """The initials when the name is nothing but initials ("kt", "K.T.", "(KT)")."""
        if not self.words and self.initials:
            return self.initials
        if len(self.words) == 1 and 2 <= len(self.words[0]) <= 4 and self.initials is None \
                and self.words[0].isalpha() and self.words[0].isascii():
            return self.words[0]
        if len(self.words) >= 2 and all(len(word) == 1 for word in self.words) and self.initials is None:
            return self.joined
        return None

    def readings(self) -> list[tuple[str, tuple[str, ...]]]:
        """(family name, given names) with the family name last or first ("TANAKA Kenji")."""
        if len(self.words) < 2:
            return []
        found = [(self.words[-1], self.words[:-1]), (self.words[0], self.words[1:])]
        return [(family, given) for family, given in found if len(family) > 1]


# A right-to-left override (U+202E) shows the letters after it reversed, up to the end of
# the embedding (U+202C) or of the paragraph: the name is compared as it shows.
_OVERRIDDEN = re.compile("\u202e([^\u202c\n]*)")


def _as_shown(text: str) -> str:
    return _OVERRIDDEN.sub(lambda match: match.group(1)[::-1], text)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", _as_shown(text or "")).casefold()
    text = "".join(char for char in text if not _refused_character(char))
    return text.translate(_LOOK_ALIKE)


def _plain(token: str) -> str:
    return token.replace(".", "").strip()


def _drop_titles_and_degrees(tokens: list[str]) -> list[str]:
    """Titles in front and degrees or suffixes at the end dropped, a name always kept."""
    while len(tokens) > 1 and _plain(tokens[0]) in TITLES:
        tokens = tokens[1:]
    while len(tokens) > 1:
        last = _plain(tokens[-1])
        if last in DEGREES or (last in NUMERALS and len(tokens) > 2):
            tokens = tokens[:-1]
        else:
            break
    return tokens


def parse_name(text: str) -> Name:
    text = _clean(text)
    bracketed = [_SEPARATORS.sub("", part) for part in _BRACKETS.findall(text)]
    outside = _BRACKETS.sub(" ", text)
    # Commas part "Tanaka, Kenji" and "Kenji Tanaka, PharmD": the parts holding only degrees go.
    parts = [part.split() for part in outside.split(",")]
    parts = [part for part in parts if part and any(_plain(token) not in DEGREES | NUMERALS | TITLES
                                                   for token in part)] or [part for part in parts if part]
    if len(parts) == 2:
        parts = [parts[1], parts[0]]          # "Surname, Given" -> Given Surname
    tokens = _drop_titles_and_degrees([token for part in parts for token in part])
    words = tuple(word for token in tokens for word in _SEPARATORS.split(token) if word)
    initials = next((part for part in bracketed if part), None)
    return Name(words, initials)


def _given_names_match(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    if not first or not second:
        return True          # "Tanaka" alone matches any Tanaka: a doubt counts as the same person
    for a, b in zip(first, second):
        if a == b:
            continue
        if (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
            continue
        return False
    return True


def _joined_initials(word: str, other: Name) -> bool:
    """"ktanaka" or "tanakak": the other's given initials joined to its family name."""
    for family, given in other.readings():
        initials = "".join(name[0] for name in given)
        if word in (initials + family, family + initials, given[0] + family, family + given[0]):
            return True
    return False


def same_person(first: str, second: str) -> bool:
    """True when the two typed names may be the same person (see the module's rules)."""
    a, b = parse_name(first), parse_name(second)
    if not (a.words or a.initials) or not (b.words or b.initials):
        return False
    if a.words and a.joined == b.joined:
        return True
    if a.words and sorted(a.words) == sorted(b.words):
        return True
    for one, other in ((a, b), (b, a)):
        initials = one.only_initials
        if initials and initials in ({other.initials, other.only_initials} | other.derived_initials) - {None, ""}:
            return True
    if a.initials and a.initials == b.initials:
        return True
    for one, other in ((a, b), (b, a)):
        if len(one.words) == 1 and (one.words[0] in other.words or _joined_initials(one.words[0], other)):
            return True      # "Tanaka" may be any Tanaka
    return any(family_a == family_b and _given_names_match(given_a, given_b)
               for family_a, given_a in a.readings() for family_b, given_b in b.readings())


def conflict(checker: str, people: list[str] | tuple[str, ...] | set[str]) -> str | None:
    """The first of `people` (who prepared, changed or saved the record) that the checker may be."""
    return next((person for person in people if person and same_person(checker, person)), None)
