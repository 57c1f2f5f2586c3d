"""Understanding a question: its language, subjects, years, metric and intent.

Rule-based on purpose: it must be exact and explainable for numeric questions, and fast.
Subjects and metrics come from the alias table the figures stage also uses, so a sector the
extractor knows is a sector the parser knows.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from assistant.coverage import names_something, uncovered
from assistant.query import (CHANGE_WORD, DEFINE, FAR_FROM_TARGET, GROUPS, WHICH, Query,
                             change_in_year, latest_change, shape, versus_year, via_other)
from assistant import metrics_asked as _asked
from assistant.references import (LETTER_DATE, abbreviated_subjects, answer_referred_to,
                                  elliptical_asks)
from assistant.metrics_asked import INCLUDING_SROI, metrics_asked
from core import vocabulary as V
from core.aliases import (JOB_NOUNS_PATTERN, find_metrics, find_subjects, metric_spans,
                          subject_spans)
from index.language import detect_language  # one detector for retrieval and understanding
from index.sentences import _ABBREVIATION   # the stops that end no sentence ("incl.", "nr.")

INTENTS = ("figure", "difference", "sum", "ratio", "ranking", "trend", "target_met", "explanation")

# Asking for reasons or measures beats every other cue; "wat is ..." only when no other cue fits.
_WHY = re.compile(r"\b(waarom|why|hoe komt|how come|reden(en)?|reasons?|oorza(a|ken)k?|causes?|"
                  r"reasoning|rationale|grounds|arguments?|argumentatie|onderbouw\w*|"
                  r"motivering|beweegreden\w*|"
                  r"verklaar\w*|verklaring\w*|explain\w*|explanations?|maatregel\w*|measures?|"
                  r"aanpak|approach|"
                  r"(do|does|doing|done) about|(doet|doen|gedaan)\b[^?.]*\baan)\b")
# How a figure comes about ("hoe is dat aantal vastgesteld", "how is it measured"): a method,
# which the paragraphs explain, even where the question names a count
_METHOD = re.compile(r"\b((hoe|how)\s+(is|zijn|werd|werden|wordt|worden|was|were|are|gets?)\b"
                     r"[^?.]*\b(vastgesteld|berekend|gemeten|bepaald|geteld|gemonitord|"
                     r"bijgehouden|gerapporteerd|measured|calculated|determined|counted|"
                     r"established|monitored|tracked|reported)|op welke (manier|wijze)|"
                     r"in what way|by what method)\b", re.I)
_WHAT = re.compile(r"\b(wat (is|zijn|houdt|doet|betekent|deed|doen)|what (is|are|does|did|do)|"
                   r"hoe (werkt|wordt|gaat|zit)|how (does|do|is|are)|wie|who)\b")
# Order matters: the first intent whose cue is present wins.
_INTENT_CUES: list[tuple[str, str]] = [
    ("target_met", r"\b(gehaald|behaald|haalde|haalden|bereikt|target met|(met|meet|reach(ed)?|hit|"
                   r"achieve(d)?) (its|the|their)( \w+)? (target|goal)|on target|"
                   r"(target|goal|doel\w*)\b[^?.]*\b(met|reached|achieved|hit))\b"),
    ("ranking", r"\b(welke ((twee|drie|vier|vijf|\d+) )?sector(en)?|which ((two|three|four|five|\d+) )?"
                r"sectors?|hoogste|laagste|hoogst|laagst|highest|lowest|closest|nearest|dichtst\w*|"
                r"best|worst|"
                r"rangschik\w*|ranking|rank|most|least|meeste|minste|slechtst\w*|"
                r"in volgorde|in order|fewest|smallest|largest|biggest|kleinste|grootste|"
                r"did best|deed het best|top\s*\d|top (three|drie|five|vijf)|bottom\s*\d)\b"),
    ("difference", r"\b(verschil|difference|gap|kloof|stijging|daling|toename|afname|groei|"
                   r"daartussen|ertussen|between (?:them|the two|both)|"
                   r"growth|grew|groeide|"
                   r"increase|decrease|->|verhoud\w*|vergelijk\w*|compare[ds]?|(higher|lower|hoger|lager|more|less|meer|"
                   r"minder) in (19|20)\d\d (or|of) |hoeveel meer|hoeveel minder|how much more|"
                   r"how many more|how much less|how many fewer|toegenomen met|afgenomen met|"
                   r"increase[ds]? by|decrease[ds]? by|changed? by|compared (to|with)|"
                   r"vergeleken met|ten opzichte van|hoger dan|lager dan|higher than|"
                   r"lower than|meer dan|more than|procentpunt\w*|percentage points?|"
                   r"change[ds]? from|veranderde?n? van|tekort|short of|shortfall|"
                   # with two years: "and the change between the two", "hoe veranderde"
                   r"change[ds]?|changing|verander\w*|"
                   r"(meer|more|minder|fewer|less)\b[^?.]*\b(dan|than)|by how (many|much)|"
                   r"met hoeveel|points?|how far behind|behind (its|the|their) (target|goal)|"
                   r"achter op|(how much|how many|hoeveel|by how \w+|met hoeveel)\b[^?.]*\b(grow|grew|"
                   r"groeide\w*|rise|rose|risen|stijg\w*|steeg|gestegen|fall|fell|fallen|added|"
                   r"bijgekomen|toegevoegd|daal\w*|gedaald|increase\w*|decrease\w*|decline\w*|toegenomen|afgenomen))\b"),
    # verb forms only: "sociaal ontwikkelbedrijven" names organisations, not a development
    ("trend", r"\b(sinds|since|ontwikkel(d|de|den|t|en|ing|ingen)?|develop\w*|trend|verloop|"
              r"verliep|over the years|"
              r"door de jaren|through the years|evolve\w*|verander\w*|change[ds]? over)\b"),
]
# The gap between a target and its realisation, either way: a shortfall or a surplus.
SHORTFALL = re.compile(r"\b(tekort\w*|te kort|short of|shortfall|fell short|falls? short|achterstand|"
                       r"(fta|fte|jobs|banen|places|positions)\s+short|"
                       r"behind|achter op|(bleef|bleven|blijft|blijven|lag|lagen|liep|liepen)\b"
                       r"[^?.]{0,50}\bachter\b|achterbl\w*|"
                       r"(onder|boven|below|above|under|over|achter bij)\s+(hun|het|de|zijn|"
                       r"haar|die|dat|deze|its|their|the|that|this)\s+(?:(?:19|20)\d\d[- ]?)?"
                       r"(doel\w*|target|goal|opgave|"
                       r"taakstelling|norm)|gap to|\bgat\b|"
                       # shorthand without the article: "hoeveel boven doel gemeenten 2023"
                       r"(onder|boven|below|above)\s+(doel|target|goal|opgave|taakstelling)\b|"
                       r"ontbr(ak|aken|eekt|eken)|ontbrekende|how far (below|off|short)|"
                       r"(miss(ed|es)?|misten|mist|beat|beaten|outperform\w*|overtrof\w*)\b"
                       r"[^?.]{0,40}\b(target|goal|doel\w*|norm|opgave|taakstelling)|"
                       r"tekortk\w*|kwam(en)? \w+ tekort|"
                       r"overschre\w*|exceed\w*|surpass\w*|overtr\w*|oversho\w*|undersho\w*|"
                       r"missed (its|their|the) "
                       r"(target|goal) by|"
                       # "hun doel gehaald? Met hoeveel fta?": the amount is the gap
                       r"(doel\w*|target|goal|opgave|taakstelling)\b[^.]{0,60}?\b(gehaald|behaald|"
                       r"haalden?|bereikt|reached|met|achieved)\b[^.]{0,40}?\b(met hoeveel|"
                       r"by how (much|many))|(gehaald|behaald|haalden?|bereikt|reach(ed)?|meet|met|"
                       r"achieved?)\b[^.]{0,40}?\b(doel\w*|target|goal|opgave|taakstelling)\b"
                       r"[^.]{0,40}?\b(met hoeveel|by how (much|many))|"
                       # what is still to be done: "hoeveel moeten er nog bij om de 25.000 te
                       # halen", "how many more are needed to reach the target"
                       r"nog\b[^?.]{0,50}\b(?:om|voor)\b(?:[^?.]|\.(?=\d)){0,40}\b(?:te )?"
                       r"(?:halen|bereiken|behalen|komen|voldoen)|nodig om\b(?:[^?.]|\.(?=\d)){0,40}"
                       r"\b(?:te )?(?:halen|bereiken|behalen|komen|voldoen)|"
                       r"still\b[^?.]{0,30}\bto (?:reach|meet|achieve|hit)|(?:needed|required|"
                       r"necessary) to (?:reach|meet|achieve|hit)|"
                       # the target named before: "zaten zij erboven", "did they beat it"
                       r"erboven|eronder|daarboven|daaronder|(beat|beaten|miss(ed)?) (it|them)|"
                       r"(above|below) (it|them))\b",
                       re.I)
# The nulmeting as a reference ("since the 2012 baseline", "ten opzichte van de nulmeting") is
# neither the metric asked nor its year; "tijdens de nulmeting" asks for the nulmeting's year.
_VS_BASELINE = re.compile(r"\b(?:since|sinds|ten opzichte van|t\.o\.v\.|compared (?:with|to)|"
                          r"relative to|vergeleken met|versus|vs\.?)\s+(?:de |the )?(?:(?:19|20)\d{2}\s+)?"
                          r"(?:nulmeting|0-meting|baseline)(?:\s+(?:in|of|van)\s+(?:19|20)\d{2})?|"
                          # "sinds 2012", "since end-2012": from the nulmeting (not "2012 tot 2016")
                          r"\b(?:since|sinds)\s+(?:eind |end(?: of |-| ))?"
                          rf"{V.BASELINE_YEAR}\b(?!\s*(?:en|and|tot|to|till|until|-|–)\s)",
                          re.I)
# "sinds de start (van de banenafspraak)": the count so far, not a series from some year
_SINCE_START = re.compile(r"\b(?:sinds|since|vanaf|from)\s+(?:de |het |the )?(?:start|begin\w*|"
                          r"invoering|introduction|launch)\b(?!\s+(?:(?:of|van)\s+)?(?:19|20)\d\d)"
                          r"(?:\s+(?:van|of)\s+(?:de |het |the )?"
                          r"(?:banenafspraak|banenafspraken|agreement))?|"
                          r"\b(?:sinds|since)\s+(?:de |het |the )?(?:banenafspraak|agreement|jobs "
                          r"agreement)\s+(?:started|began|begon|(?:is |was )?(?:gestart|begonnen)|"
                          r"came into (?:force|effect)|van start ging)", re.I)
# (the nulmeting by any of its names in the vocabulary: "the 2012 zero measurement")
_BASELINE_NAMES = "|".join(re.escape(a) for a in sorted(V.METRICS["nulmeting"].aliases, key=len,
                                                        reverse=True))
_AT_BASELINE = re.compile(r"\b(?:tijdens|ten tijde van|at the time of|during|at|bij|op het "
                          r"moment van|in|volgens|according to)\s+(?:de |the )?"
                          r"(?:(?:eind|end)[- ](?:of )?)?(?:(?:19|20)\d\d[- ]?)?"
                          rf"(?:{_BASELINE_NAMES})\b|"
                          # "hoeveel ... telde de nulmeting", "how many did the baseline count"
                          r"\b(?:telde|telt|kende|had|toonde|count|counted|show|showed|record|"
                          r"recorded)\s+(?:de |het |the )?(?:(?:19|20)\d\d[- ]?)?"
                          rf"(?:{_BASELINE_NAMES})\b|"
                          rf"\b(?:{_BASELINE_NAMES})\s+(?:telde|telt|kende|had|toonde|counted|"
                          r"showed|had|recorded)\b", re.I)
_BASELINE_DATED = re.compile(rf"\b(?P<name>{_BASELINE_NAMES})\s+(?:in|of|van|uit)\s+(?:eind\s+|"
                             r"end\s+(?:of\s+)?)?(?:19|20)\d\d\b|\b(?:(?:eind|end)[- ](?:of )?)?"
                             rf"(?:19|20)\d\d[- ](?P<name2>{_BASELINE_NAMES})\b", re.I)
# "the 2013 social agreement", "het sociaal akkoord van 2013": the date of an event
# ("its 2024 Social Agreement target" is the target of 2024, the label its table gives)
_EVENT_YEAR = re.compile(r"\b(?:19|20)\d{2}\s+(?:social agreement|sociaal akkoord)"
                         r"(?!\s+(?:target|goal|doel))|"
                         r"(?:akkoord|agreement)\s+(?:van|of)\s+(?:19|20)\d{2}", re.I)
_COMPARED = re.compile(r"\b(compared|vergeleken|ten opzichte|t\.o\.v\.|versus|vs\.?|against|"
                       r"tegenover)\b", re.I)
_YEAR_BEFORE = re.compile(r"\b(het jaar (ervoor|daarvoor)|een jaar eerder|the year before|"
                          r"the previous year|a year earlier)\b", re.I)
_AMOUNT = re.compile(r"\b(hoeveel|how (many|much|large|high|big|far)|hoe (groot|hoog|ver)|"
                     r"welke? [\w-]*(deel|percentage|aantal|getal|cijfer|bedrag)|"
                     r"what (\w+ )?(share|percentage|number|rate|amount)|"
                     r"om welk|op welk)\b", re.I)
# "what was the target", "welk doel gold": a metric named right after the question word
_WHAT_METRIC = re.compile(r"\b(what|which|wat|welk|welke)\b(\s+[\w’'-]+){0,3}?\s*$", re.I)
_FIGURE_CUE = re.compile(
    r"\b(hoeveel|how (many|much)|aantal|number|percentage|cijfer\w*|figures?)\b", re.IGNORECASE)
_FOLLOW_UP = re.compile(r"^\s*(en|and|what about|how about|wat dan met|en voor|and for|"
                        r"en de|and the|en bij|and at|en in|and in|idem|same for)\b",
                        re.IGNORECASE)

# A year, any from 1950 to 2099 ("in 1990" must not read as no year and get the latest);
# outside the agreement's years a number before a unit is an amount ("1990 fta")
_YEAR = re.compile(r"\b(20[0-4]\d|(?:19[5-9]\d|20[5-9]\d)(?![.,]\d|\s*(?:fta|fte|banen|jobs|%|"
                   r"procent|euro|mensen|personen|people)\b))\b", re.I)
_QUARTER = re.compile(r"\b(?:(?:Q|kwartaal\s*|quarter\s*)([1-4])\s*(?:van\s+|of\s+)?((?:19|20)\d\d)|"
                      r"(eerste|tweede|derde|vierde|first|second|third|fourth)\s+(?:kwartaal|quarter)"
                      r"\s+(?:van\s+|of\s+)?((?:19|20)\d\d))", re.IGNORECASE)
_ORDINAL = {"eerste": 1, "first": 1, "tweede": 2, "second": 2, "derde": 3, "third": 3,
            "vierde": 4, "fourth": 4}


def quarter_named(text: str) -> int | None:
    """The quarter a text names ("in het eerste kwartaal 2017", "Q1 2017"), or None."""
    m = _QUARTER.search(text)
    if not m:
        return None
    return int(m.group(1)) if m.group(1) else _ORDINAL[m.group(3).lower()]
_SINCE = re.compile(r"\b(?:sinds|since|vanaf|from)\s+(?:(?:the |de |het )?(?:start|begin\w*)\s+"
                    r"(?:of |van )?)?(20[0-4]\d)\b", re.IGNORECASE)
_RELATIVE = [(re.compile(r"\b(vorig jaar|last year|verleden jaar)\b", re.I), -1),
             (re.compile(r"\b(dit jaar|this year)\b", re.I), 0),
             (re.compile(r"\b(twee jaar geleden|two years ago)\b", re.I), -2)]


# "gemeenten fta 2024": a sector and a unit ask for its figure
_UNIT_WORD = re.compile(r"(\b(fta|fte|banen|jobs|procent|percent)\b|%)", re.I)
VOTE_WEIGHT = 0.6      # what the nearest labelled questions' vote is worth beside weak cues
# The typed record every later step reads; the old name stays for callers outside the package.
Question = Query


_START_OF_YEAR = re.compile(r"\b((?:begin|start|beginning)\s+(?:of\s+|van\s+)?)((?:19|20)\d\d)\b",
                            re.I)


def _years(text: str, today: _dt.date) -> tuple[list[int], int | None, int | None]:
    quarter = None
    # "begin 2022", "at the start of 2022": the count stands as at the end of 2021
    text = _START_OF_YEAR.sub(lambda m: f"{m.group(1)}{int(m.group(2)) - 1}", text)
    years = [int(y) for y in _YEAR.findall(text)]
    quarter = quarter_named(text)
    # "in 2023 compared to last year": last year is 2022, not the calendar's
    anchor = years[0] if years else today.year
    for pattern, offset in _RELATIVE:
        if pattern.search(text):
            years.append(anchor + offset)
    if years and _YEAR_BEFORE.search(text):     # "2023 compared with the year before"
        years.append(years[0] - 1)
    # "sinds 2022" is counted from the 2022 figure, "since the start of 2023" from 2022's too
    since_m = _SINCE.search(text)
    since = int(since_m.group(1)) if since_m else None
    unique: list[int] = []
    for y in years:
        if y not in unique:
            unique.append(y)
    return unique, quarter, since


_GROWS = dict(_asked.EXTRA_METRIC_CUES)["groei"]
_EXCEEDED = re.compile(r"\b(exceed\w*|overschre\w*|overtrof\w*|overtroffen|surpass\w*|beat|"
                       r"went over|kwam(en)? boven)\b[^?.]{0,30}\b(its|their|hun|haar|zijn|het|de|the)"
                       r"\s+(?:(?:19|20)\d\d\s+)?(target|goal|doel\w*|opgave|taakstelling)|"
                       r"\bover\s+(?:zijn|haar|hun|het|de)\s+(?:(?:19|20)\d\d\s+)?"
                       r"(?:doel\w*|opgave|taakstelling)\s+heen")
_BETWEEN_YEARS = re.compile(r"\b(?:tussen|between|from|van)\s+(?:eind |end(?: of |-| ))?"
                            r"(?:19|20)\d\d\s+(?:en|and|tot|to|till|until|naar)\s+"
                            r"(?:eind |end(?: of |-| ))?(?:19|20)\d\d\b")
# "the education sectors", "alle onderwijssectoren": a group named by its sectors
_SECTORS_OF = re.compile(r"(sectoren|sectors)\b|\b(alle|all)\b")
_WHOLE_OF_GROUP = re.compile(r"\b(totale|total|overall|gehele|whole|gezamenlijke|combined)\b")
# Levels whose growth is their own change, never the growth in jobs ("het doel is gegroeid")
_NO_JOBS_GROWTH = {"doel", "realisatiepercentage"}
# Metrics that are themselves a change (a year's growth, jobs since the nulmeting): "met
# hoeveel toegenomen in 2023" asks their value, not a change between two of them
_CHANGES = {"groei", "extra_banen", "wsw_detacheringen"} | {m for m in V.METRICS
                                                            if m.startswith("groei_")}


# "what are the water boards doing to reach their target", "wat doet X om het doel te halen":
# the measures taken, not whether the target was met
_TO_REACH = re.compile(r"\b(doing|do|does|done|take|taking|taken|ondernem\w*|doe[tn]?|gedaan|"
                       r"measures|maatregel\w*|steps|stappen|actions?|acties|inzet)\b[^?]*"
                       r"\b(in order to|to|om)\b[^?]*\b(reach|meet|achieve|halen|bereiken|behalen|"
                       r"realiseren)\b")


def _decisive(text: str, subjects: list[str], metrics: list[str], years: list[int],
              since: int | None) -> str | None:
    lowered = text.lower()
    # ("how many more do they still need to reach it" asks the gap, not the measures)
    if _WHY.search(lowered) or _METHOD.search(lowered) or DEFINE.match(text) \
            or (_TO_REACH.search(lowered) and not (SHORTFALL.search(lowered)
                                                    and _AMOUNT.search(lowered))):
        return "explanation"    # a reason, a method, the meaning of a term, the measures
    if len(subjects) >= 2 and _RATIO.search(lowered):
        return "ratio"          # "how many times as many jobs did the market create"
    if len(subjects) >= 2 and _BETTER.search(lowered) and not _WHY.search(lowered):
        return "difference"     # "did mbo do better than hbo in 2024"
    # "market, government and in total": the total is listed, not a sum asked (a whole is
    # never added to its parts)
    if (len(subjects) >= 2 or set(subjects) & GROUPS and _SECTORS_OF.search(lowered)) \
            and _SUM.search(_TOTAL_LISTED.sub(" ", lowered)):
        return "sum"            # "hoeveel fta hebben po en vo samen gerealiseerd", "the
                                # education sectors combined"
    if SHORTFALL.search(lowered) and _WHOLE_OF_GROUP.search(lowered) and set(subjects) & GROUPS:
        return "sum"            # "de totale achterstand van de onderwijssectoren"
    into_year = (change_in_year(text) or latest_change(text)) and bool(metrics) \
        and not set(metrics) & _CHANGES
    if (versus_year(text) or into_year) and len(subjects) <= 1 and not _WHY.search(lowered):
        return "difference"     # "met hoeveel procentpunt gedaald ten opzichte van 2022"
    if len(years) == 2 and len(subjects) <= 1 and metrics and not any(
            m == "groei" or m.startswith("groei_") for m in metrics) \
            and _GROWS.search(lowered) and not _WHY.search(lowered):
        return "difference"     # "hoeveel is het aantal extra banen gegroeid tussen 2022 en
                                # 2024": the change of that level over the two years
    if len(years) == 2 and len(subjects) <= 1 and "groei" in metrics and _AMOUNT.search(lowered) \
            and _BETWEEN_YEARS.search(lowered) and not _WHY.search(lowered):
        return "difference"     # "hoeveel banen kwamen er bij tussen eind 2022 en eind 2024":
                                # one total over the interval, not each year's growth
    if WHICH.search(lowered) and _EXCEEDED.search(lowered) and (
            len(subjects) != 1 or set(subjects) & GROUPS):
        return "target_met"     # "which sector exceeded its 2023 target": those that met it
    if FAR_FROM_TARGET.search(lowered) and WHICH.search(lowered) and len(subjects) != 1:
        return "ranking"        # "which sectors were furthest behind their target"
    if SHORTFALL.search(lowered) and (len(subjects) <= 1 or not _COMPARED.search(lowered)):
        return "difference"     # "hoeveel fta zaten de provincies onder hun doel" (each's)
    if (INCLUDING_SROI.search(lowered) or "sroi" in metrics) and _WITH_WITHOUT.search(lowered) \
            and ("realisatiepercentage" in metrics or INCLUDING_SROI.search(lowered)):
        return "difference"     # "how many points does including SROI add"
    for intent, cue in _INTENT_CUES:
        if re.search(cue, lowered):
            if intent == "target_met" and ("realisatiepercentage" in metrics
                                            and "doel" not in metrics or _AMOUNT.search(lowered)):
                continue      # "welk realisatiepercentage / hoeveel procent haalde ..." asks a figure
            if intent == "difference" and len(years) < 2 and len(subjects) < 2 \
                    and not SHORTFALL.search(lowered) and not versus_target(metrics):
                continue      # "ten opzichte van" alone is common in figure questions
            if intent == "trend" and since is None and len(years) == 1:
                continue
            return intent
    if len(years) >= 3 or since is not None:
        return "trend"
    return None


def weak_evidence(text: str, subjects: list[str], metrics: list[str],
                  years: list[int]) -> dict[str, float]:
    """A figure or the paragraphs, where no decisive cue speaks: each weighed by what the
    question has (a number asked, a metric, a "what ..." with content after it)."""
    lowered = text.lower()
    what = _WHAT.search(lowered)
    figure_cue = bool(_FIGURE_CUE.search(lowered))
    about_content = bool(what) and not figure_cue and not years and not (
        subjects and metrics and _names_metric_next(lowered, what.end()))
    return {
        # "what did the inspectorate conclude about the target group?"
        "explanation": 1.2 * about_content + 0.5 * bool(what) + 0.4 * (not metrics),
        "figure": 1.0 * bool(figure_cue or (metrics and (years or subjects))
                             or (subjects and _UNIT_WORD.search(lowered)))
        + 0.4 * bool(metrics),
    }


def _intent(text: str, subjects: list[str], metrics: list[str], years: list[int],
            since: int | None, vote=None) -> str:
    """The intent by scored evidence: a decisive cue (a why, a ranking word, a gap to the
    target ...) settles it; otherwise the weak evidence of the question and the vote of the
    nearest labelled example questions are added up."""
    decided = _decisive(text, subjects, metrics, years, since)
    if decided:
        return decided
    scores = weak_evidence(text, subjects, metrics, years)
    first, second = sorted(scores.values(), reverse=True)[:2]
    if vote is not None and first - second < VOTE_WEIGHT:   # else the vote cannot change it
        for intent, share in vote(text).items():
            if intent in scores:
                scores[intent] += VOTE_WEIGHT * share
    return max(scores, key=lambda i: (scores[i], i == "explanation"))


# Dutch words sharing a part: "overheids- of onderwijssector", "hoger beroeps- en
# wetenschappelijk onderwijs"
_ELLIPSIS_GLUED = re.compile(r"\b(\w+)-\s+(en|of)\s+(\w+?)(sectoren|sector|onderwijs|instellingen|"
                             r"werkgevers)\b", re.I)
_ELLIPSIS_WORD = re.compile(r"\b(\w+)-\s+(en|of)\s+(\w+)\s+(onderwijs)\b", re.I)


# "25.5-hour job units", "25,5-uursbanen": the letters' unit (fta), named by its definition
_FTA_WORDS = re.compile(r"\b25[.,]5[- ]?(?:hours?|uurs?)[- ]?(?:job[- ]?units?|jobs?|units?|"
                        r"banen|baan|posts?|positions?)\b|\b25[.,]5[- ]?uursbanen\b", re.I)


def expand_ellipsis(text: str) -> str:
    """Writes out the shared part a Dutch hyphen leaves out, so each name is found."""
    text = _ELLIPSIS_WORD.sub(lambda m: f"{m[1]}{m[4]} {m[2]} {m[3]} {m[4]}", text)
    return _ELLIPSIS_GLUED.sub(lambda m: f"{m[1]}{m[4]} {m[2]} {m[3]}{m[4]}", text)


_NATIONAL = re.compile(r"\b(landelijk\w*|nationa\w*|overall|als geheel|as a whole|alle "
                       r"werkgevers|all employers|banenafspraak in totaal)\b", re.I)


def _without_generic_total(text: str, subjects: list[str]) -> list[str]:
    """"in total", "in totaal" beside a sector ("Defence: how many fta in total") qualify its
    count; they name the national total only when the question says it is national."""
    if "totaal" in subjects and len(subjects) >= 2 and not _NATIONAL.search(text) \
            and not _TOTAL_LISTED.search(text):
        return [s for s in subjects if s != "totaal"]
    return subjects


# "bij markt, overheid en in totaal": the total is one of the things listed, not a qualifier
_TOTAL_LISTED = re.compile(r"(?:,|\b(?:en|and|of|or))\s+(?:in\s+|the\s+)?(?:totaal|total)\b"
                           r"(?!\s+(?:aantal|number))", re.IGNORECASE)


def asks_amount(text: str) -> bool:
    """Whether a number is asked: "hoeveel", "how far", or a metric named right after the
    question word ("what was the target", "welk realisatiepercentage")."""
    if _AMOUNT.search(text) or _FIGURE_CUE.search(text):
        return True
    return any(_WHAT_METRIC.search(text[:start]) for start, _, _ in metric_spans(text))


def versus_target(metrics: list[str]) -> bool:
    """"the difference between the target and the realisation": one sector against its doel."""
    return "doel" in metrics and len(set(metrics)) >= 2


def _names_metric_next(lowered: str, start: int) -> bool:
    """"what is the target of the umc's": the metric follows the question words at once."""
    spans = [s for s, _, _ in metric_spans(lowered) if s >= start]
    return bool(spans) and len(lowered[start:min(spans)].split()) <= 2


# One figure as a multiple of another: "how many times as many", "hoeveel keer zo veel"
_RATIO = re.compile(r"\b(how many times|times as (many|much|large|high)|hoeveel keer|"
                    r"keer zo (veel|groot|hoog)|ratio|verhouding)\b", re.I)
# "did mbo do better than hbo": two subjects compared
_BETTER = re.compile(r"\b(better|worse|beter|slechter)\b", re.I)
# What is not in a part: "níet via inhuur", "not in work": the whole minus that part
NEGATED = re.compile(r"\b(niet|níet|not|geen)\b", re.I)
# Figures of several subjects added up
_SUM = re.compile(r"\b(samen|gezamenlijk\w*|opgeteld|bij elkaar|together|combined|in total|"
                  r"added up|jointly|sum)\b", re.I)
# The same figure with and without a qualifier: "adds", "zowel zonder als met", "verschil"
_WITHOUT_SROI = re.compile(r"\b(no|not|without|zonder|excluding|exclusief|excl\.?|geen|buiten)\s+"
                           r"(the\s+|de\s+|het\s+)?(jobs\s+via\s+|banen\s+via\s+)?(sroi|inkoop|"
                           r"procurement)\b|\b(regular jobs only|alleen reguliere banen)\b", re.I)
# "met en een zonder de banen via SROI", "with and without SROI": both figures asked, the
# "without" is no exclusion
_BOTH_WAYS = re.compile(r"\b(with and without|without and with|met en (een )?zonder|"
                        r"zonder en (een )?met|zowel (met|zonder) als (met|zonder))\b", re.I)
_WITH_WITHOUT = re.compile(r"\b(adds?|added|bijdra\w*|contribut\w*|toevoeg\w*|voegt|"
                           r"(zowel )?(met|zonder) (en|als) (een )?(met|zonder)|with and without|"
                           r"without and with|verschil\w*|daartussen|ertussen|scheel\w*|"
                           r"difference|percentage ?points?|procentpunt\w*|hoeveel hoger|"
                           r"how much higher|verhoud\w*|compare\w*|vergelijk\w*)\b", re.I)
# Which way a ranking or change goes: words of the operation, not content.
_DIRECTION = re.compile(r"\b(hoog|hoger|laag|lager|high|higher|low|lower|top|bottom|up|down|"
                        r"omhoog|omlaag|naar|zet|sorteer\w*|sort|order|volgorde|list|noem|"
                        r"opeenvolgend|achtereenvolgens|stijgend|dalend|ascending|descending)\b",
                        re.I)
# Every pattern whose match the parse uses: what it matched is covered, not other content.
CUE_PATTERNS = [re.compile(c, re.I) for _, c in _INTENT_CUES] + [
    _WHY, _METHOD, _WHAT, _AMOUNT, _FIGURE_CUE, _VS_BASELINE, _SINCE_START, _AT_BASELINE, _EVENT_YEAR,
    _COMPARED, _YEAR_BEFORE, _QUARTER, SHORTFALL, _FOLLOW_UP, INCLUDING_SROI, _DIRECTION, _WITH_WITHOUT, _SUM, _RATIO, _BETTER, NEGATED,
    _asked.INCLUDING_BASELINE, CHANGE_WORD] + [
    p for _, p in _asked.EXTRA_METRIC_CUES] + [p for p, _ in _RELATIVE]


# Where a second ask begins: a new question sentence, or ", en hoeveel ...", "and why ...".
_NEXT_ASK = re.compile(r"(?<=\?)\s+(?=\S)|\s+[+&]\s+|"
                       r"[,;]?\s+(?:en|and|maar|but)\s+(?=(?:hoe|wat|welk\w*|"
                       r"hoeveel|waarom|wanneer|wie|waar|met hoeveel|in hoeverre|how|what|which|"
                       r"why|when|who|where|by how|to what)\b)|"
                       # after a bare comma only what opens a question: "which" there is relative
                       r"[,;]\s+(?=(?:hoeveel|hoe|waarom|wanneer|met hoeveel|how|why|when|what|"
                       r"by how)\b)|"
                       # "..., en dat van het Rijk?", "..., and that of defence?": the same ask
                       r"[,;]\s+(?:en|and)\s+(?=(?:dat|die|that|those)\s+(?:van|of|for)\b[^,;?]*\?\s*$)",
                       re.I)
_QUESTION_START = re.compile(r"\s*(wat|waarom|hoe|hoeveel|welke?|wanneer|wie|waar|klopt|kunt|"
                             r"what|why|how|which|when|who|where|is|are|was|were|did|does|do)\b",
                             re.I)
# A statement before the question ("In de brief van 3 juli staat dat ... . Kunt u ...?"):
# context, not an ask; what the ask leaves out it means as the statement says it.
# (a sentence ends at a full stop after a word of three letters or more, not at "t.o.v.")
# (a quoted statement's closing quote may follow its full stop: 'staat: "... zorgelijk." Kunt u')
_PREAMBLE = re.compile(r"^(?P<context>[^?]*[^\W\d_]{3}[.’'\"”)]*\.[’'\"”]?)\s+"
                       r"(?P<ask>[A-Z][^?]*\?.*)$", re.S)
MIN_ASK_WORDS = 2        # fewer words are a fragment of the ask before, not an ask


def _excluded(text: str, metrics: list[str]) -> str | None:
    """"liepen níet via inhuur", "waren niet werkzaam": a part of a whole, negated."""
    from assistant.query import WHOLE_OF
    starts = [(s, m) for s, _, m in metric_spans(text)] + [
        (match.start(), m) for m, cue in _asked.EXTRA_METRIC_CUES for match in cue.finditer(text)]
    for neg in NEGATED.finditer(text):
        for start, metric in starts:
            if metric in WHOLE_OF and metric in metrics and 0 < start - neg.end() <= 6:
                return metric
    return None


# "welke gemeente", "the best-performing hogeschool": a member of the sector named next
_WHICH_MEMBER = re.compile(r"\b(?:welke?|which)\s+$", re.I)
_MEMBER_ASKED = re.compile(r"\b(?:welke|which|(?:best|hoogst|laagst|slechtst|worst|top|highest|"
                           r"lowest)[- ]?(?:presterende|scorende|performing|scoring))\s+$", re.I)


def ranks_members(text: str) -> bool:
    """Whether a ranking is of one sector's members: its name in the singular right after
    "welke"/"which" or a superlative ("welke provincie", "the top-scoring university")."""
    return bool(_members_asked(text, _MEMBER_ASKED))


def member_named(text: str) -> str | None:
    """"Welke hogeschool realiseerde 96%", "which province": the name of one member is asked;
    the member's word, as the question says it."""
    return _members_asked(text, _WHICH_MEMBER)


def _members_asked(text: str, before: re.Pattern) -> str | None:
    for start, end, subject in subject_spans(text):
        if V.SUBJECTS.get(subject) is None or V.SUBJECTS[subject].kind not in ("sector",
                                                                                "ministry"):
            continue
        name = text[start:end].lower().split()
        head = name[0] if len(name) > 1 and name[1] in ("of", "van") else name[-1]
        plural = head.endswith(("en", "s")) and not head.endswith("ss")
        if not plural and before.search(text[:start]) and not _ORGANISATION_AFTER.match(
                text, end):
            return head
    return None


# "which central-government organisation", "welk Rijksonderdeel": a body of the sector (which
# the letters may name), not one of its members
_ORGANISATION_AFTER = re.compile(r"[\s-]*(?:organisations?|organizations?|organisaties?|body|"
                                 r"bodies|units?|onderde(?:el|len)|departments?|diensts?|"
                                 r"diensten|institutes?|instellingen|instelling)\b", re.I)


# "Van de 387 fta bij de politie, hoeveel ...": the whole a part is asked of, no ask itself
_PARTITIVE = re.compile(r"\s*(?:van|of|out of)\s+(?:de|het|the|die|those|deze|these)?\s*"
                        r"(?:[\w’']+\s+){0,3}?\d", re.I)
_CONDITION = re.compile(r"\s*(als|indien|mocht|stel dat|gesteld dat|aangenomen dat|nu|omdat|"
                        r"aangezien|zo (?:ja|nee|niet)|if|once|suppose|assuming|given that|"
                        r"since|because|as)\b", re.I)


def split_asks(text: str) -> list[str]:
    """"Klopt het dat ...? Om welk percentage gaat het?", "hoeveel ..., en waarom ...": the
    asks of a question, each as its own text; one ask gives one text."""
    asks = [a.strip() for a in _NEXT_ASK.split(text) if a and a.strip()]
    # "Als de quotumregeling wordt geactiveerd, hoe hoog ...": a condition is the ask's
    # context, not an ask of its own
    # ("..., hebben gehaald? Zo nee, hoeveel ...": "zo nee" is the next ask's condition)
    i = 0
    while i < len(asks) - 1:
        if (_CONDITION.match(asks[i]) or _PARTITIVE.match(asks[i])) and not asks[i].endswith("?"):
            asks[i:i + 2] = [f"{asks[i]}, {asks[i + 1]}"]
        else:
            i += 1
    # "and what was it?" names nothing of its own: it refines the ask before it ("wat is een
    # fta" names its term, though fta is a frame word elsewhere)
    # ("..., en hoe groot was het verschil?" asks the gap between what the ask before named)
    # (and "..., and by how many fta?" the amount of what the ask before found)
    return asks if len(asks) >= 2 and all(len(a.split()) >= MIN_ASK_WORDS and (
        names_something(a) or DEFINE.match(a) or _GAP_WORD.search(a)
        or i and _BY_HOW_MUCH.match(a)) for i, a in enumerate(asks)) else [text]


def _sectors_part(metrics: list[str], subjects: list[str]) -> list[str]:
    """"Welk deel van de politierealisatie kwam via inhuur": a sector's part via
    inleenverbanden; the split key divides them between market and government only."""
    if metrics == ["verdeelsleutel"] and subjects and all(
            V.SUBJECTS[s].kind == "sector" for s in subjects if s in V.SUBJECTS):
        return ["inleenverbanden"]
    return metrics


def _at_employer(metrics: list[str], subjects: list[str]) -> list[str]:
    """"People from the target group working at Binnenwerk": that employer's jobs for them,
    not the share of the target group in work."""
    if "werkzaam" in metrics and any(V.SUBJECTS[s].kind not in ("population", "aggregate")
                                     for s in subjects if s in V.SUBJECTS):
        return list(dict.fromkeys("realisatie" if m == "werkzaam" else m for m in metrics))
    return metrics


def _inherit(part: Query, whole: Query, metrics_too: bool = False) -> Query:
    """One ask of a question with two (or the ask after a statement): what it leaves out (the
    sector, the year, "inclusief SROI"; after a statement also the metric, "hoeveel banen
    heeft dit opgeleverd") it means as the whole question or the statement says it."""
    # "... Binnenwerk. How many people from the target group worked there?": the target
    # group is whom the jobs asked are for, the employer is the statement's
    named = [s for s in whole.subjects if s in V.SUBJECTS]
    employers = [s for s in named if V.SUBJECTS[s].kind == "employer"] or [
        s for s in named if V.SUBJECTS[s].kind not in ("population", "aggregate")]
    subjects = employers if part.subjects == ["doelgroep"] and employers else part.subjects
    metrics = part.metrics or (whole.metrics if metrics_too else [])
    inherited = replace(part, language=whole.language if not metrics_too else part.language,
                        subjects=subjects or whole.subjects,
                        years=part.years or whole.years,
                        # ("eind 2016, en in het eerste kwartaal van 2017": the quarter is 2017's)
                        quarter=part.quarter or (None if part.years else whole.quarter),
                        metrics=_sectors_part(_at_employer(metrics, subjects or whole.subjects),
                                              subjects or whole.subjects),
                        including_sroi=part.including_sroi or whole.including_sroi)
    if whole.shortfall and inherited.intent == "figure" and not part.metrics \
            and not part.shortfall and not _WHY.search(part.text):
        # "hoeveel banen de marktsector en hoeveel de overheid tekortkwamen": the verb at the
        # end is each ask's
        return replace(inherited, intent="difference", shortfall=True)
    if inherited.intent in ("figure", "explanation") and _GAP_WORD.search(part.text) \
            and not _WHY.search(part.text):
        # "..., en hoe groot was het verschil?", "and how big is the gap if SROI is added?":
        # the gap between what the ask before named, or that ask's gap to the target
        gap = replace(inherited, metrics=inherited.metrics or whole.metrics)
        if whole.shortfall:
            return replace(gap, intent="difference", shortfall=True)
        if len(inherited.subjects) >= 2 or len(inherited.years) >= 2:
            return replace(gap, intent="difference")
    return inherited


_BY_HOW_MUCH = re.compile(r"\s*(?:by how (?:many|much)|met hoeveel)\b", re.I)
_GAP_WORD = re.compile(r"\b(verschil|difference|gap|kloof|tekort\w*|achterstand|shortfall)\b",
                       re.I)


def _own_subjects_differ(parsed: list[Query]) -> bool:
    """"Met hoeveel overtroffen de marktwerkgevers hun doel, en hoeveel kwam de overheid
    tekort?": each ask names its own sector, so the asks are answered one by one, not the
    question as one."""
    own = [frozenset(p.subjects) for p in parsed]
    return all(own) and len(set(own)) == len(own) and all(
        p.intent != "explanation" for p in parsed)


# What the letters count of the target group itself (the register, those in work)
_OF_THE_TARGET_GROUP = {"omvang", "werkzaam", "werkzaam_percentage", "groei"}
# "scholen die achterblijven", "employers that fall short": a gap in a clause describing whom
_GAP_DESCRIBES = re.compile(r"\b(?:die|dat|that|which|who)\s+(?:\w+\s+){0,3}?(?:achterbl\w*|"
                            r"achter\s+(?:lopen|liepen|blijven|bleven)|lag(?:ged)?\s+behind|"
                            r"(?:fall|fell|falls)\s+short|(?:are|were|is|was)\s+behind)\b|"
                            # "de heffing per ontbrekende baan": the unit of something else
                            r"\bper\s+(?:ontbrekende|missing|unfilled)\s+"
                            r"(?:baan|job|\w*plaats|\w*plek|place)\b", re.I)
_RISE = re.compile(r"\b(increase[ds]?|rise|rose|risen|stijging|gestegen|steeg|toegenomen)\b", re.I)
_JOBS_NAMED = re.compile(rf"\b(?:{JOB_NOUNS_PATTERN})\b", re.I)
# "banen voor de doelgroep", "jobs for the target group": whom the jobs are for, whatever
# is counted of them
_JOBS_FOR_TARGET_GROUP = re.compile(
    rf"\b(?:{JOB_NOUNS_PATTERN})\s+(?:voor|for)\s+(?:de\s+|the\s+)?"
    rf"(?:{'|'.join(map(re.escape, V.SUBJECTS['doelgroep'].aliases))})\b", re.I)
# "BZK question:", "Vraag SZW -": who asks, not what is asked about
_ASKER = re.compile(r"^\s*(?:\(?[A-Z]{2,5}\)?\s+(?:[Qq]uestion|[Vv]raag)|(?:[Qq]uestion|[Vv]raag)\s+"
                    r"(?:from |of |van )?\(?[A-Z]{2,5}\)?)\s*[:\-–]\s*")


def understand(text: str, history: list[str] | None = None,
               today: _dt.date | None = None, vote=None) -> Question:
    """Parses a question; a follow-up ("en in 2022?", "and the police?") inherits from history.
    `vote(text) -> {intent: share}` (assistant/examples.py) weighs in where no cue decides."""
    today = today or _dt.date.today()
    original, text = text, _FTA_WORDS.sub("fta", expand_ellipsis(_ASKER.sub("", text)))
    if text != original:
        return replace(understand(text, history, today, vote), text=original)
    subjects = _without_generic_total(text, find_subjects(text))
    subjects += [s for s in abbreviated_subjects(text) if s not in subjects]
    including = bool(INCLUDING_SROI.search(text)) or (
        "sroi" in find_metrics(text) and bool(_asked.INCLUDE_VERB.search(text)))
    # "incl. wat er al was bij de nulmeting": the total counted with the baseline's jobs, not
    # the baseline's own count
    at_baseline = bool(_AT_BASELINE.search(text)) and not _asked.INCLUDING_BASELINE.search(text)
    plain = _EVENT_YEAR.sub(" ", _VS_BASELINE.sub(" ", _SINCE_START.sub(" ", text)))
    # "de uitgangsmeting van 2012", "the 2012 baseline": the nulmeting's date, no period asked
    plain = _BASELINE_DATED.sub(lambda m: m.group("name") or m.group("name2"), plain)
    plain = LETTER_DATE.sub(lambda m: m.group(1) + " ", plain)
    # "sinds de nulmeting", "since the agreement began": jobs added so far, not a year's growth
    so_far = bool(_VS_BASELINE.search(text) or _SINCE_START.search(text))
    metrics = metrics_asked(plain, at_baseline, so_far)
    both_ways = bool(_BOTH_WAYS.search(text)) and "sroi" in find_metrics(text)
    including = including or both_ways
    if _WITHOUT_SROI.search(text) and not both_ways:
        # "regular jobs only, no SROI": what is asked without procurement ("the realisation
        # excluding SROI" is the realisation, not a part of it); else the percentage
        including = False
        metrics = [m for m in metrics_asked(_WITHOUT_SROI.sub(" ", plain), at_baseline,
                                            so_far) if m != "sroi"] \
            or ["realisatiepercentage"]
    if including and metrics and set(metrics) <= {"sroi", "groei"}:
        # "if the jobs via SROI were added to the 498 fta": the realisation counted with
        # SROI; "added" says what is counted in, not a growth
        metrics = ["realisatie"]
    metrics = _at_employer(metrics, subjects)
    if "groei" in metrics and set(metrics) & _NO_JOBS_GROWTH:
        # "met hoeveel is het doel zelf gegroeid": the target's change, not a growth of jobs
        metrics = [m for m in metrics if m != "groei"]
    if subjects == ["doelgroep"] and (metrics == ["extra_banen"] or (
            not metrics and _RISE.search(text))) and not _JOBS_NAMED.search(text):
        # "toename doelgroepregister", "the increase of the register": its own growth, not
        # jobs for it
        metrics = ["groei"]
    if "doelgroep" in subjects and (not set(metrics) & _OF_THE_TARGET_GROUP
                                    or _JOBS_FOR_TARGET_GROUP.search(text)) and any(
            V.SUBJECTS[s].kind != "population" for s in subjects if s in V.SUBJECTS):
        # "mensen uit de doelgroep bij Binnenwerk", "market employers' jobs for the target
        # group", "all jobs for the target group": whom the jobs are for
        subjects = [s for s in subjects if s != "doelgroep"]
    metrics = _sectors_part(metrics, subjects)
    years, quarter, since = _years(plain, today)
    language = detect_language(text)
    left = tuple(uncovered(text, CUE_PATTERNS))
    kind_of_jobs = bool(left) and _asked.share_of_jobs(text) \
        and set(metrics) <= {"realisatiepercentage"}
    if kind_of_jobs:
        # "welk deel van de banen was een vast contract": a share of the jobs by a kind the
        # figures do not hold, which a sentence may state; not the share of the target
        metrics = []
    question = Question(text, language, _intent(plain, subjects, metrics, years, since, vote),
                        subjects=subjects, metrics=metrics, years=years, quarter=quarter,
                        since=since, including_sroi=including,
                        at_baseline=at_baseline, shortfall=bool(SHORTFALL.search(text)),
                        asks_amount=asks_amount(text),
                        uncovered=left, via_other=via_other(text, left), **shape(text))
    if kind_of_jobs:
        question = replace(question, share_of_other=True)
    amount = question.asks_amount or question.how_much
    if question.intent == "difference" and (
            (question.about_other_things and not metrics and not amount)
            or (_GAP_DESCRIBES.search(text) and not (metrics and amount))):
        # "could sanctions be imposed on schools that lag behind": the gap describes whom
        # the ask is about; no amount is asked, the ask is about something else
        question = replace(question, intent="explanation")
    if question.intent in ("trend", "difference") and since is not None and metrics == ["groei"] \
            and len(years) <= 1 and (question.how_much or question.asks_count):
        # "how many jobs were added since 2022": one total, the level's change from that
        # year's figure to the latest year reported, not a list of years
        question = replace(question, intent="difference", years=[since], versus_year=True)
    if question.intent == "ranking" and "doel" in metrics and not question.by_gap \
            and FAR_FROM_TARGET.search(text):
        # "het verst achter bij hun doel": ranked by the share of the target, not by it
        question = replace(question, metrics=["realisatiepercentage"], direction="lowest")
    if question.intent == "ranking" and ranks_members(text):
        # "welke gemeente scoorde het best", "the best-performing hogeschool": one member of
        # a sector, whose figures are not the sector's; the paragraphs may name it
        question = replace(question, intent="explanation", ranks_members=True)
    if member_named(text):
        question = replace(question, which_member=member_named(text))
    quarter_named = _QUARTER.search(plain)
    if quarter and quarter_named:
        question = replace(question, quarter_year=int(quarter_named.group(2)
                                                      or quarter_named.group(4)))
    excluded = _excluded(text, metrics)
    if excluded:
        question = replace(question, excluded=excluded)
    preamble = _PREAMBLE.match(text) if not history else None
    if preamble and _ABBREVIATION.search(preamble.group("context")):
        preamble = None         # "realisatiepercentage incl. SROI?": one ask, not a statement
    if preamble and names_something(preamble.group("ask")) \
            and not _QUESTION_START.match(preamble.group("context")):
        context = understand(preamble.group("context"), today=today)
        own = understand(preamble.group("ask"), today=today, vote=vote)
        asked = _inherit(own, context, metrics_too=True)
        if "verdeelsleutel" in find_metrics(preamble.group("ask")) and set(context.metrics) & {
                "inleenverbanden", "aantal_inleenverbanden", "verdeelsleutel"}:
            # "... ingeleende werknemers worden verdeeld. Welk percentage werd aan de overheid
            # toegerekend?": the split of the hired the statement speaks of
            asked = replace(asked, metrics=["verdeelsleutel"], parts=tuple(
                replace(p, metrics=["verdeelsleutel"]) for p in asked.parts))
        # (and each of the ask's own asks: "how many such placements at the end of 2016, and
        # how many by Q1 2017?" are both of the placements the statement names)
        asked = replace(asked, parts=tuple(_inherit(p, asked, metrics_too=True)
                                           for p in asked.parts))
        if not own.subjects and asked.subjects:
            # "... for market and for government. What is the combined growth?": whether the
            # ask adds up, compares or ranks depends on the subjects the statement names
            asked = replace(asked, intent=_intent(preamble.group("ask"), asked.subjects,
                                                  asked.metrics, asked.years, asked.since, vote))
        if context.including_sroi and asked.intent == "figure" \
                and _WITH_WITHOUT.search(preamble.group("ask")):
            # "... een percentage met en een zonder SROI. Hoeveel procentpunt ligt
            # daartussen?": the two the statement names, compared
            asked = replace(asked, intent="difference")
        if "groei" in context.metrics:
            # "... de groei kwam uit op 840. Hoeveel via formele dienstverbanden?": the ask's
            # kinds of job are parts of that growth, not levels
            asked = replace(asked, metrics=_asked.as_growth(asked.metrics), parts=tuple(
                replace(p, metrics=_asked.as_growth(p.metrics)) for p in asked.parts))
        return replace(asked, text=text)
    parts = [p for p in split_asks(text)] if not history else []
    if len(parts) >= 2:
        own = [understand(p, today=today, vote=vote) for p in parts]
        question = replace(question, parts=tuple(answer_referred_to(
            elliptical_asks([_inherit(p, question) for p in own]), question)),
                           separate_asks=_own_subjects_differ(own))
    if not history:
        return question
    previous = understand(history[-1], history[:-1], today, vote)
    if not years and _YEAR_BEFORE.search(text) and previous.years:
        years = [previous.years[0] - 1]
    short = len(re.findall(r"\w+", text)) <= 6
    if not (_FOLLOW_UP.search(text) or (short and not (subjects and metrics and years))):
        return question
    asks_why = bool(_WHY.search(text.lower()))
    inherited_intent = previous.intent if question.intent in ("figure", "explanation") \
        and not asks_why else question.intent
    compares = bool(_COMPARED.search(text)) and bool(years) and bool(previous.years)
    if compares:        # "and compared to 2022?": the year asked before against this one
        years = [y for y in previous.years if y not in years] + years
        inherited_intent = "difference"
    return replace(
        question,
        language=language if len(re.findall(r"[^\W\d]+", text)) > 3 else previous.language,
        intent=inherited_intent,
        subjects=subjects or previous.subjects,
        metrics=metrics or previous.metrics,
        years=years or previous.years,
        quarter=quarter if years else previous.quarter,
        since=since if since is not None else (None if years else previous.since),
        follow_up=True,
        including_sroi=including or (previous.including_sroi and not metrics),
        at_baseline=at_baseline or (previous.at_baseline and not years),
        shortfall=question.shortfall or (previous.shortfall and inherited_intent == "difference"),
    )
