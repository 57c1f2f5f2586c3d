"""A lone value in running text: its metric, subject and year from the words around it.

"In 2022 bedroeg het aantal gerealiseerde fta 370,4": the unit after the number, a metric
word in its clause, the nearest sector named (else the sector block the text sits under, else
the whole country for national metrics), the sentence's own year (else the block's or the
report's). Returns None where any of these cannot be told; the caller logs it.
"""
from __future__ import annotations

import re

from core.aliases import metric_spans, subject_spans
from ingest.figures.numbers import DutchNumber, parse_numbers
from ingest.figures.periods import YEAR
from ingest.figures.words import (CAUSE, NULMETING, UNIT_AFTER, UNIT_BEFORE, Candidate,
                                  Sentence, clause, clause_end, names_sroi, norm_unit, quote_start)

_THRESHOLD = re.compile(r"\b(?:boven|onder|minder\s+dan|tussen|maximaal|tot\s+en\s+met)"
                        r"(?:\s+de)?\s*$", re.IGNORECASE)
_RANGE_END = re.compile(r"^\s*(?:en|tot|-)\s+\d")
_RANGE_START = re.compile(r"\d\s+(?:en|tot|-)\s+$")
_HOURS_DEFINITION = re.compile(r"\b(?:baan|fta|arbeidsparticipant)\b", re.IGNORECASE)
_DOEL = re.compile(r"\b(?:doel|doelstelling|opgave|quotum|te\s+behalen)\b", re.IGNORECASE)
# Plain "percentage" only counts under a sector block: elsewhere it is any share.
_PERCENT_WORD = re.compile(r"\bpercentage\b", re.IGNORECASE)
# Words that point back to the subject of the sentence before: "dat jaar", "daar", "zij
# realiseerden", "hun doel" (a possessive before a metric; "zijn" alone is also "are").
_ANAPHORIC = re.compile(r"\b(?:dat|die|dit|deze)\s+(?:jaar|sector)\b|\bdaar(?:door|mee|van|bij|"
                        r"\s+staat|\s+nog)?\b|\b(?:gaat|ging)\s+het\s+om\b|"
                        r"(?:^|[;,:]\s*)(?:zij|ze)\s+\w+|"
                        r"\b(?:hun|zijn|haar)\s+(?:\w+\s+)?(?:doel|doelstelling|opgave|realisatie)",
                        re.IGNORECASE)
_PERCENT_CUE = re.compile(r"realisatiepercentage|\brealisatie\b|"
                          r"van\s+(?:het\s+)?(?:\w+\s+)?(?:doel|doelstelling)\b", re.IGNORECASE)
_REALISED = re.compile(r"gerealiseerd|realiseerden?\b|\bhaalden?\b|\bbehaald|\buit\s+op\b|gecreëerd|\brealisatie\b|ingevuld|\bwaren\b|bedroeg|"
                       r"\bsteeg\b|\bbanen\s+bij\b", re.IGNORECASE)
UP = re.compile(r"bijgekomen|bij\s+gekomen|\bkwamen\s+er\b|toegenomen|\btoe\b|toename|"
                r"stijging\s+van|gestegen\s+met|\bmeer\s+gerealiseerd|\bgroei\b", re.IGNORECASE)
DOWN = re.compile(r"\bminder\b|daling|gedaald|afgenomen|\bafnam\b|afname|vermindering",
                  re.IGNORECASE)
_AGREEMENT = re.compile(r"akkoord|afgesproken|afspraak", re.IGNORECASE)
_INCLUDING = re.compile(r"inclusief|meegerekend|daarmee|\bdan\b", re.IGNORECASE)
# "inclusief de 75.179 banen ten tijde van de nulmeting", "als we ... meetellen": all jobs
_WITH_BASELINE = re.compile(r"inclusief|meetellen|meegeteld|meegerekend|opgeteld",
                            re.IGNORECASE)
_AT_BASELINE = re.compile(r"\s*(?:banen\s+)?(?:ten\s+tijde\s+van|tijdens|bij)\s+de\s+"
                          r"(?:nulmeting|0-meting)", re.IGNORECASE)
_VS_BASELINE = re.compile(r"(?:ten\s+opzichte\s+van|t\.o\.v\.|sinds)\s+de\s+(?:nulmeting|0-meting)",
                          re.IGNORECASE)
_SHARE = re.compile(r"\s*(?:%|procent)\b[^,;]{0,60}?\b(?:gerelateerd|toegerekend|toe\s+te\s+"
                    r"rekenen)\b|\s*(?:%|procent)\s+aan\s", re.IGNORECASE)
_ACHTERSTAND = re.compile(r"\bachterstand\b", re.IGNORECASE)
_REFERS_BACK = re.compile(r"\b(?:ging|gaat|betrof|betreft)\s+(?:het\s+|dat\s+|dit\s+)om\b|"
                          r"\b(?:dat|dit)\s+(?:ging|gaat|betrof|betreft)\b", re.IGNORECASE)
KINDS = ("formele_dienstverbanden", "inleenverbanden", "wsw_detacheringen")
# No sector named: these are about the whole country.
NATIONAL = {"extra_banen", "doel", "formele_dienstverbanden", "inleenverbanden", "groei",
            "achterstand", "totaal_banen", "nulmeting", "aantal_inleenverbanden",
            "wsw_detacheringen", *(f"groei_{k}" for k in KINDS)}


# "Defensie heeft in totaal 641 fta gerealiseerd": after a subject, a qualifier of its count,
# not the whole country ("In totaal zijn er 83.400 extra banen" still is).
_GENERIC_TOTAL = re.compile(r"(?:in\s+)?totaal", re.IGNORECASE)


def subjects_named(text: str, sectored: bool, unit: str | None):
    spans = subject_spans(text)
    spans = [s for i, s in enumerate(spans)
             if not (s[2] == "totaal" and _GENERIC_TOTAL.fullmatch(text[s[0]:s[1]])
                     and any(p[2] != "totaal" for p in spans[:i]))]
    if sectored:
        spans = [s for s in spans if s[2] != "totaal"]
    if unit != "personen":       # "mensen uit de doelgroep" is in nearly every sentence
        spans = [s for s in spans if s[2] != "doelgroep"]
    return spans


def subject(s: Sentence, pos: int, metric: str | None, unit: str | None) -> str | None:
    spans = subjects_named(s.text, s.ctx is not None, unit)
    if unit == "personen" and "doelgroep" in {sp[2] for sp in spans}:
        return "doelgroep"
    before = [sp for sp in spans if sp[1] <= pos]
    pair = before[-2:]
    if len(pair) == 2 and {p[2] for p in pair} == {"markt", "overheid"} \
            and pair[1][0] - pair[0][1] <= 12:
        return "totaal"                                  # "markt en overheid" together
    if before:
        return before[-1][2]
    after = [sp for sp in spans if sp[0] >= pos]
    if after:
        return after[0][2]
    if s.ctx is not None:
        return s.ctx.subject
    named = subjects_named(s.previous, False, unit) if _ANAPHORIC.search(s.text) else []
    if named:                                         # "De doelstelling voor dat jaar ..."
        return named[-1][2]
    if metric in NATIONAL:
        return "totaal"
    return None


def paren_period(sentence: str, n: DutchNumber, years) -> str | None | bool:
    """A value in brackets belongs to the year beside it: "2022 (62,4%)", "(48,6% in 2022)".
    False when the value is not in brackets."""
    open_ = sentence.rfind("(", 0, n.start)
    if open_ < 0 or sentence.find(")", open_) < n.start:
        return False
    close = sentence.find(")", n.end)
    close = len(sentence) if close < 0 else close
    inside = [y for y in years if open_ < y.start < close and not (n.start <= y.start < n.end)]
    if inside:
        return inside[0].period
    ahead = [y for y in years if 0 <= open_ - y.end <= 2]
    return ahead[0].period if ahead else None


def _unit_word(sentence: str, n: DutchNumber):
    after = UNIT_AFTER.match(sentence, n.end)
    if after:
        return after.group("unit"), after.end()
    if UNIT_BEFORE.search(sentence[:n.start]):
        return "fta", n.end
    counted = re.search(r"aantal\s+(?:[\w-]+\s+){0,4}?(personen|banen)\b", sentence,
                        re.IGNORECASE)
    if counted and re.search(r"\bmet\s+$", sentence[:n.start]) and (
            UP.search(clause(sentence, n)) or DOWN.search(clause(sentence, n))):
        return counted.group(1), n.end               # "het aantal personen ... nam met N toe"
    return None, n.end


def free_value(s: Sentence, n: DutchNumber, ranged: bool = False) -> Candidate | None:
    """`ranged`: the number is one end of a range read by statements.py."""
    sentence = s.text
    unit_word, end = _unit_word(sentence, n)
    if unit_word is None:
        return None
    if not ranged and (_THRESHOLD.search(sentence[:n.start]) or _RANGE_END.match(sentence[n.end:])
                       or _RANGE_START.search(sentence[:n.start])):
        return None
    unit = norm_unit(unit_word)
    if unit == "uur":
        # the definition of a job, as stated in a letter about that year
        when = s.year or s.definition_year
        if not _HOURS_DEFINITION.search(sentence) or when is None:
            return None
        return Candidate("fta", "definitie", str(when), n, "uur", n.qualifier,
                         (max(0, n.start - 60), end))
    metric = _metric(s, n, unit, unit_word)
    if metric is None:
        return None
    period = _period(s, n, metric)
    if period is None:
        return None
    if metric == "groei" and paren_period(sentence, n, s.years) is not False:
        metric = "realisatie"           # "groei t.o.v. 2022 (963 fta)": the level in 2022
    if metric == "extra_banen" and _AGREEMENT.search(sentence):
        metric = "doel"                 # "afgesproken ... 125.000 extra banen te realiseren"
    if metric == "verdeelsleutel":      # "... 24,0 procent aan overheidswerkgevers"
        named = [sp for sp in subjects_named(sentence[n.end:], True, unit)]
        who = named[0][2] if named else None
    else:
        who = subject(s, n.start, metric, unit)
    if who is None:
        return None
    qualifier = n.qualifier
    if metric == "realisatiepercentage" and (
            names_sroi(sentence) or (names_sroi(s.previous) and _INCLUDING.search(sentence))):
        qualifier = f"{qualifier}, inclusief SROI" if qualifier else "inclusief SROI"
    value = n
    if (metric.startswith("groei") or metric in KINDS) and DOWN.search(clause(sentence, n)):
        value = DutchNumber(-n.value, n.qualifier, n.footnote, n.start, n.end, n.num_start,
                            n.num_end)
    return Candidate(who, metric, period, value, unit, qualifier,
                     (quote_start(sentence, n.start), end))


_COUNT_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5}
# "een jaar eerder", "twee jaar daarvoor", "vorig jaar": a period counted back from the
# clause's own year, else the section's.
_RELATIVE = re.compile(r"\b(?:(?P<n>een|één|twee|drie|vier|vijf|\d)\s+jaar\s+(?:eerder|daarvoor|"
                       r"ervoor|terug)|vorige?\s+jaar|het\s+jaar\s+(?:daarvoor|ervoor))\b",
                       re.IGNORECASE)


def _relative_period(s: Sentence, n: DutchNumber) -> str | None:
    m = _RELATIVE.search(clause(s.text, n))
    if m is None:
        return None
    back = m.group("n")
    back = int(back) if back and back.isdigit() else _COUNT_WORDS.get((back or "een").lower(), 1)
    own = {y.period for y in s.years if y.role == "period" and y.period.isdigit()}
    base = int(own.pop()) if len(own) == 1 else (s.ctx.year if s.ctx else s.year)
    return str(base - back) if base else None


def _period(s: Sentence, n: DutchNumber, metric: str) -> str | None:
    sentence, years = s.text, s.years
    period = paren_period(sentence, n, years)
    if period:                  # in brackets with no year of its own: the sentence's
        return period
    relative = _relative_period(s, n)
    if relative:
        return relative
    if metric == "nulmeting":
        return s.baseline
    # a year after "te maken met", "vanwege": the year of the cause
    causes = [m.end() for m in CAUSE.finditer(sentence, n.end)]
    # a year scopes forward: one stated in a later clause is about something else ("5.911
    # fta ... – in 2032 was dat nog 5.640 fta")
    later = clause_end(sentence, n)
    free = {y.period for y in years if y.role == "period"
            and not (causes and y.start > causes[0])
            and not y.start >= later
            and paren_period(sentence, _at(y), years) is False}
    baselines = {y.period for y in years if y.role == "baseline"}
    at_baseline = re.search(r"(?:ten\s+tijde|tijdens)\s+(?:van\s+)?de\s+(?:nulmeting|0-meting)",
                            sentence, re.I)
    if len(free) == 1:
        return free.pop()
    if len(free) > 1:
        return None
    if len(baselines) == 1 and re.search(r"\btoen\b", sentence, re.I):
        return baselines.pop()          # "In vergelijking met 2022 ..., toen was het 37%"
    if at_baseline and metric not in ("extra_banen", "totaal_banen") \
            and not metric.startswith("groei") and metric not in KINDS:
        return s.baseline               # "Tijdens de nulmeting waren er 36.206 banen ..."
    if re.search(r"vorig\s+jaar", clause(sentence, n), re.I) and s.ctx is not None:
        return str(s.ctx.year - 1)
    if metric == "verdeelsleutel" and re.search(r"\b(?:deze|die|dit)\b", sentence, re.I):
        return s.previous_period        # "van deze inleenverbanden 74,2 procent ..."
    if _AGREEMENT.search(sentence) or s.year is None:
        return None
    return str(s.year)


def _at(y) -> DutchNumber:
    return DutchNumber(0, None, None, y.start, y.end, y.start, y.end)


def _metric(s: Sentence, n: DutchNumber, unit: str, unit_word: str) -> str | None:
    sentence = s.text
    part = clause(sentence, n)
    if unit == "%":
        if _SHARE.match(sentence, n.end):
            return "verdeelsleutel"
        if _PERCENT_CUE.search(sentence) or _DOEL.search(sentence) or \
                (s.ctx is not None and _PERCENT_WORD.search(sentence)):
            return "realisatiepercentage"       # a share stated beside a target is of it
        return None
    if unit == "personen":
        return "groei" if UP.search(part) or DOWN.search(part) else "omvang"
    if _doel_in_clause(sentence, n):
        return "doel"
    if _AT_BASELINE.match(sentence, n.end) or _AT_BASELINE.match(sentence, _unit_end(sentence, n)):
        return "nulmeting"              # "75.179 banen ten tijde van de nulmeting"
    if NULMETING.search(sentence) and _WITH_BASELINE.search(sentence):
        return "totaal_banen"
    if _ACHTERSTAND.search(sentence[:n.start]):
        return "achterstand"
    if unit_word.lower().startswith("inleen"):
        return "inleenverbanden"
    window = sentence[max(0, n.start - 45):n.start]
    if names_sroi(window + sentence[n.end:n.end + 40]):
        return "sroi"
    # the kind of job the number is about, not one named in a later clause ("waardoor ...")
    kind = _kind_named(sentence[:_clause_end(sentence, n)]) or _kind_before(s)
    if re.search(r"ten\s+opzichte\s+van\s+(?:19|20)\d{2}|t\.o\.v\.\s+(?:19|20)\d{2}|"
                 r"dan\s+in\s+(?:19|20)\d{2}", sentence) or UP.search(part) or DOWN.search(part):
        if _VS_BASELINE.search(sentence) or re.search(r"dan\s+ten\s+tijde\s+van", sentence):
            # a change since the nulmeting is the level the tables give
            return kind or "extra_banen"
        # growth of one kind of job is not the growth of all jobs
        return f"groei_{kind}" if kind else "groei"
    if "extra" in unit_word.lower():
        return _kind_of_job(sentence, n) or "extra_banen"
    after = metric_spans(sentence[n.end:n.end + 40])
    if after and after[0][2] == "inleenverbanden" and not re.search(r"\bextra\b", sentence):
        return "aantal_inleenverbanden"  # "Eind 2022 waren er 38.061 banen via inleenverbanden"
    if _REALISED.search(sentence):
        return "realisatie"
    if unit == "fta" and _DOEL.search(sentence):
        return "realisatie"      # "1.291 fta bij een doel van 1.310 fta": the count against it
    return None


def _clause_end(sentence: str, n: DutchNumber) -> int:
    brk = re.compile(r",|;").search(sentence, n.end)
    return brk.start() if brk else len(sentence)


def _unit_end(sentence: str, n: DutchNumber) -> int:
    after = UNIT_AFTER.match(sentence, n.end)
    return after.end() if after else n.end


def _kind_named(text: str) -> str | None:
    kinds = [cid for _, _, cid in metric_spans(text) if cid in KINDS]
    return kinds[-1] if kinds else None


def _kind_before(s: Sentence) -> str | None:
    """"...; in 2024 ging dat om een daling van 2.340 banen": the kind the sentence before
    was about."""
    if not _REFERS_BACK.search(s.text):
        return None
    return _kind_named(s.previous)


def _kind_of_job(sentence: str, n: DutchNumber) -> str | None:
    """"N extra banen via inleenverbanden", or "... 724 extra banen via inleenverbanden ... en
    werkgevers in de sector overheid 1.130 extra banen": the kind named right after the number,
    else the last one named before it with no other figure in between."""
    after = [cid for _, _, cid in metric_spans(sentence[n.end:n.end + 60]) if cid in KINDS]
    if after:
        return after[0]
    before = [(e, cid) for _, e, cid in metric_spans(sentence[:n.start]) if cid in KINDS]
    if before:
        end, cid = before[-1]
        if not parse_numbers(sentence[end:n.start]):
            return cid
    return None


def _doel_in_clause(sentence: str, n: DutchNumber) -> bool:
    """"De opgave ... tot en met 2022 was om 92.500": a target word earlier in the clause
    with no other figure between it and this number."""
    lo = min(max(sentence.rfind(",", 0, n.start) + 1, 0), max(0, n.start - 60))
    head = sentence[lo:n.start]
    hits = list(_DOEL.finditer(head))
    if not hits:
        return False
    between = head[hits[-1].end():]
    return not [x for x in parse_numbers(between)
                if not YEAR.fullmatch(between[x.num_start:x.num_end])]
