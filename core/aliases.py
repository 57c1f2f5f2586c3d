"""One alias table, Dutch and English, shared by figure extraction and the question parser.

Canonical ids are the `subject` and `metric` values of Figure records. Matching is on whole
words, case-insensitive; longer aliases win over shorter ones ("sector Rijk" before "Rijk").
"""
from __future__ import annotations

import re
from functools import lru_cache

SUBJECTS: dict[str, list[str]] = {
    "rijk": ["rijk", "rijksoverheid", "sector rijk", "het rijk", "central government",
             "national government", "ministeries", "ministries"],
    "defensie": ["defensie", "defence", "defense", "ministry of defence"],
    "gemeenten": ["gemeenten", "gemeente", "municipalities", "municipality", "vng"],
    "provincies": ["provincies", "provincie", "provinces", "province", "ipo"],
    "waterschappen": ["waterschappen", "waterschap", "water boards", "water board",
                      "water authorities", "sector waterschappen"],
    "politie": ["politie", "police", "de politie", "the police"],
    "umc": ["umc", "umc's", "umc’s", "umcs", "universitaire medische centra",
            "universitair medische centra", "university medical centres",
            "university medical centers", "academic hospitals", "nfu"],
    "po": ["po", "primair onderwijs", "basisonderwijs", "primary education", "primary schools",
           "po-raad"],
    "vo": ["vo", "voortgezet onderwijs", "secondary education", "secondary schools", "vo-raad"],
    "mbo": ["mbo", "middelbaar beroepsonderwijs", "mbo-scholen", "vocational education",
            "secondary vocational education", "mbo raad"],
    "hbo": ["hbo", "hoger beroepsonderwijs", "hogescholen", "hogeschool",
            "universities of applied sciences", "university of applied sciences"],
    "wo": ["wo", "wetenschappelijk onderwijs", "universiteiten", "research universities",
           "universities"],
    "onderzoeksinstellingen": ["onderzoeksinstellingen", "onderzoeksinstelling",
                               "research institutes", "research institutions"],
    "markt": ["markt", "marktsector", "sector markt", "marktwerkgevers", "market sector",
              "market", "private sector", "market employers"],
    "overheid": ["overheid", "sector overheid", "overheidssector", "overheidswerkgevers",
                 "government sector", "government employers", "public sector", "the government",
                 "government's", "and government", "or government"],
    "onderwijs": ["onderwijs", "onderwijssectoren", "onderwijssector", "education",
                  "education sectors", "education sector"],
    "totaal": ["totaal", "in totaal", "total", "overall", "landelijk", "nationaal"],
    "binnenwerk": ["binnenwerk"],
    "doelgroep": ["doelgroep", "doelgroepregister", "target group", "target group register"],
    # The unit itself (its definition: 25,5 uur). No bare "fta" alias: "hoeveel fta ..." asks
    # about a sector, not about the unit.
    "fta": ["fulltime arbeidsparticipant", "definitie van een baan", "definition of a job",
            "full-time job equivalent"],
}

METRICS: dict[str, list[str]] = {
    "doel": ["doel", "doelstelling", "doelstellingen", "opgave", "taakstelling", "norm",
             "target", "goal", "objective", "quotum"],
    "realisatie": ["realisatie", "gerealiseerd", "gerealiseerde", "teller", "realisation",
                   "realization",
                   "realised", "realized", "achieved", "jobs created"],
    "realisatiepercentage": ["realisatiepercentage", "realisatiepercentages", "percentage",
                             "percentages", "realisation rate", "realization rate",
                             "realisation percentage", "realisation percentages",
                             "realization percentage", "share of target", "share of its target",
                             "share of their target", "realisatie%", "realisatie %",
                             "achievement rate", "percentage realised"],
    "extra_banen": ["extra banen", "additional jobs", "extra jobs", "toename"],
    "sroi": ["sroi", "social return", "social return on investment", "inkoop", "procurement"],
    "formele_dienstverbanden": ["formele dienstverbanden", "dienstverbanden",
                                "formal employment", "formal contracts", "employment contracts"],
    "inleenverbanden": ["inleenverbanden", "inleenverband", "uitzendrelaties", "inhuur",
                        "hired", "agency work", "temporary agency work", "hiring arrangements",
                        "hiring arrangement", "via hiring"],
    "wsw_detacheringen": ["wsw-detacheringen", "wsw-detachering", "wsw detacheringen",
                          "wsw secondments", "wsw secondment", "secondments"],
    # Counts that are not extra jobs: all jobs including those at the nulmeting, the jobs at
    # the nulmeting itself, and how many jobs via inleenverbanden there were at a moment.
    "totaal_banen": ["totaal aantal banen", "total number of jobs", "inclusief de nulmeting",
                     "including the baseline",
                     "counting the jobs that existed at the baseline", "all jobs"],
    "nulmeting": ["nulmeting", "0-meting", "baseline", "baseline measurement"],
    "aantal_inleenverbanden": ["aantal inleenverbanden", "number of hiring arrangements"],
    "verdeelsleutel": ["verdeelsleutel", "verdeling", "verdeeld", "toegerekend", "gerelateerd aan",
                       "distribution key", "allocation key", "attributed", "split between"],
    "achterstand": ["achterstand", "backlog", "shortfall"],
    "definitie": ["uur per week", "hours per week", "hours a week", "hoeveel uur", "hoeveel uren",
                  "aantal uren", "how many hours", "number of hours", "in hours"],
}


def _pattern(alias: str) -> str:
    # "target-group register" is the target group's: a hyphen joins the same words
    return r"(?<![\w’'])" + re.escape(alias).replace(r"\ ", r"[\s\-]+") + r"(?!\w)"


@lru_cache(maxsize=None)
def _compiled(table: str) -> list[tuple[re.Pattern, str]]:
    source = SUBJECTS if table == "subjects" else METRICS
    pairs = [(alias, cid) for cid, aliases in source.items() for alias in aliases]
    pairs.sort(key=lambda p: -len(p[0]))
    return [(re.compile(_pattern(a), re.IGNORECASE), cid) for a, cid in pairs]


@lru_cache(maxsize=None)
def _elliptic(table: str) -> list[tuple[re.Pattern, str]]:
    """The first words of a two-word alias whose head word is shared with the next name:
    "primair (onderwijs) en het voortgezet onderwijs", "primary and secondary education"."""
    source = SUBJECTS if table == "subjects" else METRICS
    found = []
    for cid, aliases in source.items():
        for alias in aliases:
            words = alias.split()
            if len(words) != 2 or len(words[0]) < 4:
                continue
            found.append((re.compile(
                r"(?<![\w’'])" + re.escape(words[0]) + r"(?=\s*(?:,|en|of|and|or)\s+"
                r"(?:het\s+|de\s+|the\s+)?[\w-]+\s+" + re.escape(words[1]) + r"(?!\w))",
                re.IGNORECASE), cid))
    return found


@lru_cache(maxsize=None)
def _one_word(table: str) -> dict[str, str]:
    source = SUBJECTS if table == "subjects" else METRICS
    return {a.lower(): cid for cid, aliases in source.items() for a in aliases
            if " " not in a and len(a) >= 4 and a.isalpha()}


def _compound_spans(table: str, text: str) -> list[tuple[int, int, str]]:
    """Dutch closed compounds of a sector and a metric ("politierealisatie",
    "gemeentedoel"): the sector is the first part, the metric the rest."""
    subjects, metrics = _one_word("subjects"), _one_word("metrics")
    found = []
    for m in re.finditer(r"[a-zà-ÿ]{8,}", text, re.I):
        word = m.group().lower()
        for cut in range(4, len(word) - 3):
            head, tail = word[:cut], word[cut:]
            if head in subjects and tail in metrics:
                span = (m.start(), m.start() + cut) if table == "subjects" \
                    else (m.start() + cut, m.end())
                found.append((*span, subjects[head] if table == "subjects" else metrics[tail]))
                break
    return found


def _spans(table: str, text: str) -> list[tuple[int, int, str]]:
    """(start, end, id) of every mention, in text order; a longer alias claims its span first."""
    taken: list[tuple[int, int, str]] = list(_compound_spans(table, text))
    for pattern, cid in _compiled(table) + _elliptic(table):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e, _ in taken):
                continue
            taken.append((m.start(), m.end(), cid))
    return sorted(taken)


def _find(table: str, text: str) -> list[str]:
    """Canonical ids in order of first mention."""
    seen: list[str] = []
    for _, _, cid in _spans(table, text):
        if cid not in seen:
            seen.append(cid)
    return seen


def subject_spans(text: str) -> list[tuple[int, int, str]]:
    """Where each subject is mentioned: the figures stage attributes a value to the nearest."""
    return _spans("subjects", text)


def metric_spans(text: str) -> list[tuple[int, int, str]]:
    return _spans("metrics", text)


def find_subjects(text: str) -> list[str]:
    return _find("subjects", text)


def find_metrics(text: str) -> list[str]:
    return _find("metrics", text)


def resolve_subject(text: str) -> str | None:
    found = find_subjects(text)
    return found[0] if found else None


def dutch_terms(cid: str) -> list[str]:
    """The Dutch words for a canonical id: what an English question is expanded with."""
    aliases = SUBJECTS.get(cid) or METRICS.get(cid) or []
    return [a for a in aliases if a in _DUTCH]


# Which aliases are Dutch: used to expand English questions for BM25 over Dutch letters.
_DUTCH = {
    "rijk", "rijksoverheid", "sector rijk", "het rijk", "ministeries", "defensie", "gemeenten",
    "gemeente", "provincies", "provincie", "waterschappen", "waterschap", "politie", "umc",
    "umc's", "umc’s", "universitaire medische centra", "primair onderwijs", "basisonderwijs",
    "voortgezet onderwijs", "mbo", "middelbaar beroepsonderwijs", "hbo", "hoger beroepsonderwijs",
    "hogescholen", "wo", "wetenschappelijk onderwijs", "universiteiten", "onderzoeksinstellingen",
    "markt", "marktsector", "marktwerkgevers", "overheid", "sector overheid",
    "overheidswerkgevers", "onderwijs", "onderwijssectoren", "totaal", "binnenwerk", "doelgroep",
    "doelgroepregister", "doel", "doelstelling", "realisatie", "gerealiseerd",
    "realisatiepercentage", "extra banen", "sroi", "gerealiseerde", "social return", "inkoop",
    "formele dienstverbanden", "dienstverbanden", "inleenverbanden", "uitzendrelaties",
    "wsw-detacheringen", "po", "vo", "quotum", "toename", "inhuur", "wsw-detachering",
    "wsw detacheringen", "totaal aantal banen", "inclusief de nulmeting", "nulmeting",
    "0-meting", "aantal inleenverbanden", "verdeelsleutel",
    "verdeling", "verdeeld", "toegerekend", "gerelateerd aan", "achterstand", "uur per week",
}
