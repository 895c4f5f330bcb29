"""A town that only says whose someone is: "an Ajdabiya court judge escaped an assassination
attempt ... in the Al-Hadaiq area in Benghazi". An English town name as the first word of a
person's description (after "a", "an" or "the", before a role noun) is where the person comes
from or serves, not where the happening was; the stage "drafts" puts it behind the places
told otherwise (it is still chosen when the sentence names no other)."""
from __future__ import annotations

import re

_ARTICLE_END = re.compile(r"\b(?:an?|the)\s+$", re.I)
# the role nouns a town may describe; mayors and councillors are left out (their town is
# as often where they were attacked)
_ROLE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:judge|official|officer|activist|journalist|lawyer|resident|"
                         r"businessman|student|teacher|doctor|cleric|imam|preacher|prosecutor)s?\b")


def hometown(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` opens a person's description ("an Ajdabiya court judge")."""
    return bool(_ARTICLE_END.search(text[max(0, start - 5):start])) and bool(_ROLE_AFTER.match(text[end:end + 40]))
