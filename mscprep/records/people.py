"""Enrolled people: who may sign in this record store, and how a name is kept from
impersonating another.

A person is enrolled with a unique printed name and initials ("Mika Sato (MS)"), a role
(technician, pharmacist, qa, admin) and a credential: a random badge secret (printed as a
barcode, shown once as text) and a PIN of at least 6 digits that the person chooses. The
credential unlocks the person's Ed25519 private key, kept in the store only encrypted
(AES-GCM) under a key derived from badge secret + PIN by Argon2id (memory-hard); neither
the badge secret nor the PIN is stored. Replacing a badge or resetting a PIN makes a new
key pair; the old public key stays in the store, so what was signed with it still verifies.

Every change to a person is a new row of the append-only `staff` table (enrolled, role
changed, badge revoked, badge replaced, PIN reset, unlocked, a wrong PIN, a PIN accepted);
a person's state is read from their rows in order (`people()`). Five wrong PINs in a row
lock the badge until an admin unlocks it.

Names: refused when they hold control, format, private-use, unassigned or
default-ignorable characters, symbols, or letters of scripts that may not be mixed (UTS #39
"highly restrictive": Latin with Armenian, Cherokee, Cyrillic...), or when their UTS #39
confusable skeleton, after NFKC, NFD and removal of combining marks, equals that of a
person already enrolled (initials too). The Unicode data is ICU's (PyICU), never a
hand-kept table.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass, field

from ..errors import InputError, clipped, message

ROLES = ("technician", "pharmacist", "qa", "admin")
PIN_DIGITS = 6
LOCK_AFTER = 5
_NAME = re.compile(r"^(?P<name>.+?)\s*\((?P<initials>[^()]+)\)$")

# --- names -----------------------------------------------------------------------------------

_ALLOWED_PUNCTUATION = set(" .,'’-‐()")


def _icu():
    import icu   # PyICU (pyicu-wheels): ICU's Unicode and UTS #39 data
    return icu


def _spoof_checker():
    icu = _icu()
    checker = icu.SpoofChecker()
    checker.setRestrictionLevel(icu.URestrictionLevel.HIGHLY_RESTRICTIVE)
    checker.setChecks(icu.USpoofChecks.RESTRICTION_LEVEL)
    return checker


def _refused(char: str) -> str | None:
    """Why a character may not be part of a printed name, or None."""
    icu = _icu()
    category = unicodedata.category(char)
    if icu.Char.hasBinaryProperty(char, icu.UProperty.DEFAULT_IGNORABLE_CODE_POINT):
        return "an invisible (default-ignorable) character"
    if category == "Cc":
        return "a control character"
    if category == "Cf":
        return "an invisible format character"
    if category == "Co":
        return "a private-use character"
    if category in ("Cn", "Cs"):
        return "an unassigned character"
    if category in ("Zl", "Zp"):
        return "a line break"
    if category[0] in "LM" or char in _ALLOWED_PUNCTUATION:
        return None
    if category == "Zs":
        return None     # other spaces become a plain space (NFKC)
    return "a character that is not a letter (symbol, digit or blank pattern)"


def _scripts(text: str) -> list[str]:
    icu = _icu()
    found = []
    for char in text:
        if char.isalpha():
            name = icu.Script.getScript(char).getName()
            if name not in ("Common", "Inherited") and name not in found:
                found.append(name)
    return found


def skeleton(text: str, fold_case: bool = True) -> str:
    """The UTS #39 confusable skeleton of a name after NFKC, NFD without combining marks,
    without punctuation and spaces (case folded first unless `fold_case` is False)."""
    text = unicodedata.normalize("NFKC", text)
    if fold_case:
        text = text.casefold()
    text = "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.category(char).startswith("M"))
    text = " ".join(text.split())
    # Punctuation (dots, hyphens, apostrophes, brackets, also what the skeleton maps to them)
    # and spaces are dropped: "Mika-Sato", "Mika Sato.", "MikaSato" and "Mika Satoʼ" read as
    # "Mika Sato".
    return "".join(char for char in _icu().SpoofChecker().getSkeleton(0, text)
                   if not unicodedata.category(char).startswith(("P", "Z")) and not char.isspace())


def skeletons(text: str) -> set[str]:
    """A name's skeletons as written and case folded: two names sharing one read alike
    ("MIka" and "Mlka" as written; "MIKA" and "mika" folded)."""
    return {skeleton(text, False), skeleton(text, True)}


@dataclass(frozen=True)
class EnrolName:
    name: str          # the printed name with initials: "Mika Sato (MS)"
    full: str          # without the initials: "Mika Sato"
    initials: str      # "MS"


def enrolment_name(text: str | None, field_name: str = "name") -> EnrolName:
    """A name as it may be enrolled ("Full Name (IN)"), or InputError saying what is wrong.
    Not checked here: that no enrolled person has the same skeleton (see `refuse_lookalike`)."""
    raw = text or ""
    for char in raw:
        why = _refused(char)
        if why:
            raise InputError(field_name, message("the name holds {what} (U+{code}); type the name with letters, "
                                                 "spaces and the initials in brackets only", {"what": why},
                                                 code=f"{ord(char):04X}"))
    name = " ".join(unicodedata.normalize("NFKC", raw).split())
    match = _NAME.match(name)
    if not match:
        raise InputError(field_name, message("'{text}': write the full name and the initials in brackets, "
                                             "e.g. {example}", text=clipped(name), example='"Mika Sato (MS)"'))
    full, initials = match.group("name").strip(), match.group("initials").strip()
    if "(" in full or ")" in full:
        raise InputError(field_name, message("'{text}': brackets belong only around the initials at the end, "
                                             "e.g. {example}", text=clipped(name), example='"Mika Sato (MS)"'))
    if len(full) < 2 or not any(char.isalpha() for char in full):
        raise InputError(field_name, message("the full name is too short"))
    if not (1 <= len(initials) <= 4) or not all(char.isalpha() for char in initials):
        raise InputError(field_name, message("the initials '{text}' must be 1 to 4 letters", text=clipped(initials)))
    if _spoof_checker().check(name):
        scripts = _scripts(name)
        raise InputError(field_name, message("the name '{text}' mixes letters of {scripts} that may look alike; "
                                             "type it in one alphabet (Latin may go with Han and Japanese kana)",
                                             text=clipped(name), scripts=", ".join(scripts)))
    return EnrolName(name, full, initials)


def refuse_lookalike(candidate: EnrolName, enrolled: list["Person"], field_name: str = "name",
                     except_id: str | None = None) -> None:
    """InputError when the name or initials look like (same UTS #39 skeleton as) those of
    anyone ever enrolled in the store."""
    name_keys, initials_keys = skeletons(candidate.full), skeletons(candidate.initials)
    for person in enrolled:
        if person.person_id == except_id:
            continue
        theirs = enrolment_name(person.name, field_name)
        if skeletons(theirs.full) & name_keys:
            raise InputError(field_name, message(
                "'{text}' reads the same as '{person}', who is already enrolled (identical or look-alike letters); "
                "each person needs a name that cannot be taken for another's", text=clipped(candidate.name),
                person=clipped(person.name)))
        if skeletons(theirs.initials) & initials_keys:
            raise InputError(field_name, message("the initials ({initials}) are already those of '{person}'; give "
                                                 "other initials (e.g. with a middle or second letter)",
                                                 initials=candidate.initials, person=clipped(person.name)))


# --- badges and PINs ---------------------------------------------------------------------------

# Badge codes use letters and digits a keyboard-wedge scanner types the same under QWERTY,
# QWERTZ and AZERTY layouts (no A, Q, W, Z, Y, M) and no letter read as a digit (I, O).
BADGE_ALPHABET = "BCDEFGHJKLNPRSTUVX23456789"
BADGE_PREFIX = "MSB"
BADGE_BITS = 128


def new_badge_code() -> str:
    value = secrets.randbits(BADGE_BITS)
    digits = []
    while len(digits) < 28:
        value, digit = divmod(value, len(BADGE_ALPHABET))
        digits.append(BADGE_ALPHABET[digit])
    return BADGE_PREFIX + "".join(digits)


def normalise_badge(text: str | None) -> str:
    """A badge code as scanned or typed: upper case, without spaces or hyphens."""
    code = re.sub(r"[\s\-]", "", text or "").upper()
    if not code:
        raise InputError("badge", message("scan or type the badge code"))
    if not code.startswith(BADGE_PREFIX) or len(code) != len(BADGE_PREFIX) + 28 or \
            any(char not in BADGE_ALPHABET for char in code[len(BADGE_PREFIX):]):
        raise InputError("badge", message("this is not an mscprep badge code (scan the badge again)"))
    return code


def badge_lookup(code: str) -> str:
    """What the store keeps to find a badge: a hash of its 128-bit secret (the secret itself
    is never stored; it is also half of what unlocks the key)."""
    return hashlib.sha256(b"mscprep badge lookup v1\x00" + code.encode("ascii")).hexdigest()


def check_new_pin(pin: str | None, field_name: str = "pin") -> str:
    pin = (pin or "").strip()
    if not pin.isascii() or not pin.isdigit():
        raise InputError(field_name, message("a PIN is digits only (0-9)"))
    if len(pin) < PIN_DIGITS:
        raise InputError(field_name, message("a PIN has at least {count} digits", count=PIN_DIGITS))
    if len(set(pin)) == 1 or pin in "01234567890" or pin in "09876543210":
        raise InputError(field_name, message("choose a PIN that is not one digit repeated or a run (123456)"))
    return pin


# --- the key derivation and the sealed private key ---------------------------------------------

@dataclass(frozen=True)
class KdfCost:
    """Argon2id cost: memory in KiB, passes, lanes. Kept with each credential, so a changed
    site setting never locks anyone out."""
    memory_kib: int = 65536
    time_cost: int = 3
    lanes: int = 1


PRODUCTION_COST = KdfCost()
# Tests may set MSCPREP_TEST_KDF=cheap: a small memory cost for speed. It is honoured only
# while pytest runs a test (pytest sets PYTEST_CURRENT_TEST for each test, and processes the
# test starts inherit it), never on a workstation where the variable was left set by mistake.
_CHEAP = KdfCost(memory_kib=256, time_cost=1, lanes=1)


def kdf_cost() -> KdfCost:
    testing = bool(os.environ.get("PYTEST_CURRENT_TEST"))
    return _CHEAP if testing and os.environ.get("MSCPREP_TEST_KDF") == "cheap" else PRODUCTION_COST


def _derive(code: str, pin: str, salt: bytes, cost: KdfCost) -> bytes:
    from argon2.low_level import Type, hash_secret_raw
    secret = b"mscprep credential v1\x00" + code.encode("ascii") + b"\x00" + pin.encode("ascii")
    return hash_secret_raw(secret, salt, time_cost=cost.time_cost, memory_cost=cost.memory_kib,
                           parallelism=cost.lanes, hash_len=32, type=Type.ID)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Credential:
    """What the store keeps of a badge + PIN: the public key, the sealed private key."""
    key_id: str
    lookup: str
    public_key: str        # raw Ed25519 public key, base64
    sealed_key: str        # JSON: KDF cost, salt, nonce, AES-GCM ciphertext of the private key


def new_credential(code: str, pin: str, cost: KdfCost | None = None) -> Credential:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    cost = cost or kdf_cost()
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    key_id = hashlib.sha256(raw_public).hexdigest()[:16]
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_derive(code, pin, salt, cost)).encrypt(nonce, raw_private, key_id.encode("ascii"))
    envelope = {"kdf": "argon2id", "memory_kib": cost.memory_kib, "time_cost": cost.time_cost,
                "lanes": cost.lanes, "salt": _b64(salt), "nonce": _b64(nonce), "aead": "AES-256-GCM",
                "ciphertext": _b64(sealed)}
    return Credential(key_id, badge_lookup(code), _b64(raw_public), json.dumps(envelope, sort_keys=True))


def unseal(credential_key_id: str, sealed_key: str, code: str, pin: str):
    """The private key, or None when the PIN (or badge) is wrong: AES-GCM authenticates."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    envelope = json.loads(sealed_key)
    cost = KdfCost(int(envelope["memory_kib"]), int(envelope["time_cost"]), int(envelope["lanes"]))
    key = _derive(code, pin, base64.b64decode(envelope["salt"]), cost)
    try:
        raw = AESGCM(key).decrypt(base64.b64decode(envelope["nonce"]), base64.b64decode(envelope["ciphertext"]),
                                  credential_key_id.encode("ascii"))
    except InvalidTag:
        return None
    return Ed25519PrivateKey.from_private_bytes(raw)


# --- a person's state, read from their rows ------------------------------------------------------

STAFF_EVENTS = ("enrolled", "role", "revoked", "badge replaced", "pin reset", "unlocked", "pin wrong", "pin accepted")


@dataclass
class Person:
    person_id: str
    name: str
    initials: str
    role: str
    enrolled_utc: str
    key_id: str | None = None
    lookup: str | None = None
    public_key: str | None = None
    sealed_key: str | None = None
    revoked: bool = False
    wrong_pins: int = 0             # in a row, since the last accepted PIN, unlock or new credential
    keys: dict = field(default_factory=dict)     # key_id -> public key (every key this person ever had)
    old_lookups: set = field(default_factory=set)

    @property
    def locked(self) -> bool:
        return self.wrong_pins >= LOCK_AFTER

    @property
    def state(self) -> str:
        return "revoked" if self.revoked else "locked" if self.locked else "active"


STAFF_COLUMNS = ("person_id", "event", "name", "initials", "role", "key_id", "badge_lookup", "public_key",
                 "sealed_key", "at_utc", "seq")


def fold(rows) -> dict[str, Person]:
    """People as they stand after their rows (each a dict of STAFF_COLUMNS), oldest first."""
    found: dict[str, Person] = {}
    for row in rows:
        event, person = row["event"], found.get(row["person_id"])
        if event == "enrolled":
            person = found[row["person_id"]] = Person(row["person_id"], row["name"], row["initials"], row["role"],
                                                      row["at_utc"])
        if person is None:
            continue
        if row.get("key_id"):
            if person.lookup:
                person.old_lookups.add(person.lookup)
            person.key_id, person.lookup = row["key_id"], row["badge_lookup"]
            person.public_key, person.sealed_key = row["public_key"], row["sealed_key"]
            person.keys[row["key_id"]] = row["public_key"]
            person.wrong_pins = 0
        if event == "role":
            person.role = row["role"]
        elif event == "revoked":
            person.revoked = True
        elif event in ("badge replaced", "pin reset"):
            person.revoked = False
        elif event in ("unlocked", "pin accepted"):
            person.wrong_pins = 0
        elif event == "pin wrong":
            person.wrong_pins += 1
    return found
