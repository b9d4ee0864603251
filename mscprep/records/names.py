"""Whether two typed names can be the same person.

The independent double check must be done by someone who did not prepare, change or save
the record. People type their names differently from one login to the next ("Kenji Tanaka
(KT)", "K. Tanaka", "kt", "TANAKA Kenji", "K.Tanaka"), so names are compared on their
form, not their spelling. On a doubt the answer is "the same person": a refused check is
asked again by someone else, a self-check passed as independent is a safety failure.

Two names are the same person when
- they are equal ignoring case, spaces, dots, commas and hyphens ("K.Tanaka" = "k tanaka");
- they hold the same words in another order ("Tanaka Kenji" = "Kenji Tanaka");
- one is only initials (one word of 2 to 4 letters, or initials in brackets) and they are
  the other's initials, written in brackets or taken from its words ("kt" = "Kenji Tanaka";
  "kt" = "Kenji Tanaka (KT)"; "(KT)" must be unique at a site);
- both give initials in brackets and they are equal ("Kenji Tanaka (KT)" = "Keiko Tanaka (KT)");
- one is a single word that is one of the other's words ("Tanaka" = "K. Tanaka");
- they share the last word (family name) and every given name of one matches the other's by
  word or by initial ("K. Tanaka" = "Kenji Tanaka", but "Keiko Tanaka" != "Kenji Tanaka").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_BRACKETS = re.compile(r"[(\[]([^)\]]*)[)\]]")
_SEPARATORS = re.compile(r"[\s.,\-_/]+")


@dataclass(frozen=True)
class Name:
    words: tuple[str, ...]           # casefolded words outside brackets
    initials: str | None             # initials written in brackets, casefolded

    @property
    def joined(self) -> str:
        return "".join(self.words)

    @property
    def derived_initials(self) -> str:
        return "".join(word[0] for word in self.words)

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


def parse_name(text: str) -> Name:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    bracketed = [_SEPARATORS.sub("", part) for part in _BRACKETS.findall(text)]
    outside = _BRACKETS.sub(" ", text)
    words = tuple(word for word in _SEPARATORS.split(outside) if word)
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
        if initials and initials in {other.initials, other.derived_initials, other.only_initials} - {None, ""}:
            return True
    if a.initials and a.initials == b.initials:
        return True
    for one, other in ((a, b), (b, a)):
        if len(one.words) == 1 and one.words[0] in other.words:
            return True      # "Tanaka" may be any Tanaka
    if len(a.words) >= 2 and len(b.words) >= 2 and a.words[-1] == b.words[-1]:
        return _given_names_match(a.words[:-1], b.words[:-1])
    return False


def conflict(checker: str, people: list[str] | tuple[str, ...] | set[str]) -> str | None:
    """The first of `people` (who prepared, changed or saved the record) that the checker may be."""
    return next((person for person in people if person and same_person(checker, person)), None)
