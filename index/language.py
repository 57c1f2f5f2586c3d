"""Is a question English or Dutch, and the Dutch words to search for when it is English.

The letters are Dutch: BM25 finds nothing for "reasons" where a letter says "redenen". English
questions are therefore expanded with the Dutch aliases of the subjects and metrics they name
(the shared alias table) and with a small glossary of general words kept here.
"""
from __future__ import annotations

import re

from core.aliases import dutch_terms, find_metrics, find_subjects

# Words that are frequent in one language and rare in the other; shared forms ("in", "is",
# "over", "was") are left out so they cannot tip the balance.
_EN = {"the", "what", "why", "how", "which", "who", "when", "where", "did", "does", "do",
       "are", "were", "has", "have", "had", "of", "and", "to", "for", "with", "by", "from",
       "its", "their", "this", "that", "these", "those", "many", "much", "than", "about",
       "between", "there", "been", "will", "would", "can", "could", "not", "a", "an", "on",
       "at", "be", "it", "or", "say", "says", "mean", "much", "compared", "each", "all"}
_NL = {"de", "het", "een", "en", "van", "wat", "waarom", "hoe", "welke", "wie", "wanneer",
       "waar", "zijn", "heeft", "hebben", "had", "werd", "wordt", "worden", "voor", "met",
       "door", "uit", "bij", "aan", "op", "niet", "geen", "dit", "dat", "deze", "die", "er",
       "veel", "dan", "tussen", "naar", "om", "te", "ook", "nog", "zich", "hun", "haar",
       "kan", "kunnen", "moet", "zegt", "betekent", "vergeleken", "elke", "alle", "lukt"}

_WORD = re.compile(r"[a-zà-ÿ’']+")


def detect_language(text: str) -> str:
    """'en' or 'nl' by counting stop words; a tie is Dutch, the language of the letters."""
    words = _WORD.findall(text.lower())
    en = sum(w in _EN for w in words)
    nl = sum(w in _NL for w in words)
    return "en" if en > nl else "nl"


# General words of these letters, English -> Dutch. Sectors and metrics are in core.aliases.
GLOSSARY: dict[str, list[str]] = {
    "reason": ["reden", "oorzaak"], "reasons": ["redenen", "oorzaken"],
    "why": ["waarom", "oorzaak", "verklaring"], "cause": ["oorzaak"], "causes": ["oorzaken"],
    "explain": ["verklaring", "verklaart"], "explanation": ["verklaring"],
    "measure": ["maatregel"], "measures": ["maatregelen"], "action": ["actie", "inzet"],
    "actions": ["acties", "inzet"], "steps": ["stappen", "maatregelen"],
    "approach": ["aanpak"], "plan": ["plan"], "plans": ["plannen"],
    "problem": ["probleem", "knelpunt"], "problems": ["problemen", "knelpunten"],
    "bottleneck": ["knelpunt"], "bottlenecks": ["knelpunten"],
    "barrier": ["belemmering", "knelpunt"], "barriers": ["belemmeringen", "knelpunten"],
    "obstacle": ["belemmering"], "obstacles": ["belemmeringen", "knelpunten"],
    "challenge": ["uitdaging"], "challenges": ["uitdagingen", "knelpunten"],
    "difficult": ["moeilijk", "lastig"], "difficulty": ["moeilijkheid"],
    "job": ["baan", "banen"], "jobs": ["banen", "werkgelegenheid"],
    "employer": ["werkgever"], "employers": ["werkgevers"], "employee": ["werknemer"],
    "employees": ["werknemers", "medewerkers"], "staff": ["medewerkers", "personeel"],
    "people": ["mensen"], "disability": ["arbeidsbeperking"],
    "disabilities": ["arbeidsbeperking"], "disabled": ["arbeidsbeperking"],
    "work": ["werk"], "agreement": ["afspraak", "akkoord"], "accord": ["akkoord"],
    "results": ["resultaten"], "result": ["resultaat"], "progress": ["voortgang"],
    "growth": ["groei"], "grew": ["gegroeid", "groei"], "increase": ["stijging", "toename"],
    "increased": ["gestegen"], "decrease": ["daling"], "decreased": ["gedaald"],
    "behind": ["achter", "achterstand"], "shortfall": ["achterstand"],
    "met": ["gehaald", "behaald"], "missed": ["niet", "behaald"], "achieve": ["behalen"],
    "support": ["ondersteuning"], "guidance": ["begeleiding"], "coaching": ["begeleiding"],
    "coach": ["jobcoach"], "recruitment": ["werving"], "recruit": ["werven"],
    "vacancies": ["vacatures"], "vacancy": ["vacature"], "functions": ["functies"],
    "positions": ["functies"], "tasks": ["taken"], "create": ["creëren"],
    "creating": ["creëren", "creatie"], "creation": ["creatie"],
    "sustainable": ["duurzaam", "duurzame"], "quality": ["kwaliteit", "kwalitatieve"],
    "budget": ["budget"], "costs": ["kosten"], "money": ["middelen"], "funds": ["middelen"],
    "subsidy": ["subsidie"], "law": ["wet"], "act": ["wet"], "quota": ["quotum"],
    "levy": ["heffing"], "baseline": ["nulmeting"], "measurement": ["meting"],
    "count": ["telling"], "counted": ["meetellen", "geteld"], "register": ["register"],
    "minister": ["minister"], "state": ["staat"], "parliament": ["kamer"],
    "letter": ["brief"], "evaluation": ["evaluatie"], "research": ["onderzoek"],
    "report": ["rapportage"], "agenda": ["werkagenda"], "ministry": ["ministerie"],
    "ministries": ["ministeries"], "organisations": ["organisaties"],
    "organizations": ["organisaties"], "example": ["voorbeeld", "voorbeeldfunctie"],
    "priority": ["prioriteit"], "capacity": ["capaciteit"], "requirements": ["eisen"],
    "qualification": ["bevoegdheid"], "teachers": ["leraren", "docenten"],
    "schools": ["scholen"], "hours": ["uur"], "hour": ["uur"], "definition": ["definitie"],
    "future": ["toekomst"], "expected": ["verwacht"], "expect": ["verwacht"],
    "outsourcing": ["uitbesteding"], "procurement": ["inkoop"], "contracts": ["contracten"],
    "training": ["opleiding", "scholing"], "talks": ["gesprek", "gesprekken"],
}


# "de brief van 2017", "the letter of 2017", "the 2017 letter", "de nota uit 2025": a question
# that names the letter it is about by the year it was sent.
_LETTER = r"(?:kamer)?brie(?:f|ven)|letters?|nota'?s?|notes?"
_LETTER_YEAR = re.compile(
    rf"\b(?:{_LETTER})\s+(?:van|uit|from|of|dated|in)\s+(?:\d{{1,2}}\s+[a-z]+\s+)?((?:19|20)\d\d)\b"
    rf"|\b((?:19|20)\d\d)(?:'s)?\s+(?:{_LETTER})\b", re.IGNORECASE)


def letter_years(question: str) -> set[int]:
    """The years of the letters a question names ("volgens de brief van 2017" -> {2017}).

    Only a year tied to a word for letter counts: "in 2023" is the year a figure is about,
    which is reported in the next year's letter."""
    return {int(a or b) for a, b in _LETTER_YEAR.findall(question)}


def dutch_expansion(question: str) -> list[str]:
    """Dutch words for what an English question names: aliases first, then the glossary."""
    terms: list[str] = []
    for cid in find_subjects(question) + find_metrics(question):
        terms += dutch_terms(cid)
    for word in _WORD.findall(question.lower()):
        terms += GLOSSARY.get(word, [])
    return list(dict.fromkeys(terms))


def expand_query(question: str, lang: str | None = None) -> str:
    """The question as BM25 should see it: English questions get their Dutch words added."""
    if (lang or detect_language(question)) != "en":
        return question
    extra = dutch_expansion(question)
    return question + (" " + " ".join(extra) if extra else "")
