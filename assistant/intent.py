"""The intent of a question by scored evidence: a decisive cue (a why, a ranking word, a gap to
the target ...) settles it; otherwise the weak cues of the question and the vote of the nearest
labelled example questions are added up. The cue patterns live here, with the words they
match, so the parse can tell which words of a question it has placed.
"""
from __future__ import annotations

import re

from assistant import metrics_asked as _asked
from assistant.metrics_asked import INCLUDING_SROI
from assistant.query import (FAR_FROM_TARGET, GROUPS, REASON_WORDS, WHICH, change_in_year,
                             define_match, latest_change, versus_year)
from core import vocabulary as V
from core.aliases import BASELINE_NAMES_PATTERN, metric_spans

INTENTS = ("figure", "difference", "sum", "ratio", "ranking", "trend", "target_met", "explanation")


# Asking for reasons or measures beats every other cue; "wat is ..." only when no other cue fits.
# The amount by which: after a verdict asked ("hun doel gehaald? Met hoeveel?", "did they hit
# it, and by what margin?"), the gap to the target
BY_HOW_MUCH = (r"(?:met hoeveel|by how (?:much|many|far)|by (?:what|which) margin|"
               r"(?:met|with) (?:welke|wat voor|what) (?:marge|margin)|hoe ruim)")
WHY = re.compile(rf"\b({REASON_WORDS}|"
                  r"reasoning|rationale|grounds|arguments?|argumentatie|onderbouw\w*|"
                  r"motivering|beweegreden\w*|maatregel\w*|measures?|"
                  r"aanpak|approach|"
                  r"(do|does|doing|done) about|(doet|doen|gedaan)\b[^?.]*\baan)\b")


# How a figure comes about ("hoe is dat aantal vastgesteld", "how is it measured"): a method,
# which the paragraphs explain, even where the question names a count
METHOD = re.compile(r"\b((hoe|how)\s+(is|zijn|werd|werden|wordt|worden|was|were|are|gets?)\b"
                     r"[^?.]*\b(vastgesteld|berekend|gemeten|bepaald|geteld|gemonitord|"
                     r"bijgehouden|gerapporteerd|measured|calculated|determined|counted|"
                     r"established|monitored|tracked|reported|treated|handled|included|"
                     r"accounted for|behandeld|meegenomen|meegeteld|verwerkt)|"
                     r"op welke (manier|wijze)|in what way|by what method|"
                     # whether a kind of job counts in a figure: "are SROI jobs counted in
                     # the percentages", "tellen de inleenverbanden mee in de realisatie"
                     # (or after a statement: "Wij vragen social return. Tellen die banen mee
                     # voor de overheid?")
                     r"(?:^|[.!?]\s+)(?:[^?.]*,\s*)?(?:are|is|do|does|worden|wordt|tellen|telt|"
                     r"count|counts)\b[^?]*\b(?:counted|included|meegeteld|meegerekend|mee|count)\s+"
                     r"(?:in|bij|for|towards?|voor|to|op)\b)",
                     re.I)


WHAT = re.compile(r"\b(wat (is|zijn|houdt|doet|betekent|deed|doen)|what (is|are|does|did|do)|"
                   r"hoe (werkt|wordt|gaat|zit)|how (does|do|is|are)|wie|who)\b")


# Order matters: the first intent whose cue is present wins.
INTENT_CUES: list[tuple[str, str]] = [
    ("target_met", r"\b(gehaald|behaald|haalde|haalden|bereikt|target met|(met|meet|reach(ed)?|hit|"
                   r"achieve(d)?) (its|the|their)( \w+)? (targets?|goals?)|on target|"
                   r"(target|goal|doel\w*)\b[^?.]*\b(met|reached|achieved|hit))\b"),
    ("ranking", r"\b(welke ((twee|drie|vier|vijf|\d+) )?sector(en)?|which ((two|three|four|five|\d+) )?"
                r"sectors?|hoogste|laagste|hoogst|laagst|highest|lowest|closest|nearest|dichtst\w*|"
                r"best|worst|"
                # ("the most recent figures": the latest year, no order)
                r"rangschik\w*|ranking|rank|most(?!\s+(?:recent|current|up[- ]to[- ]date)\b)|least|"
                r"meeste|minste|slechtst\w*|"
                r"in volgorde|in order|fewest|smallest|largest|biggest|kleinste|grootste|"
                r"did best|deed het best|top\s*\d|top (three|drie|five|vijf)|bottom\s*\d)\b"),
    ("difference", r"\b(verschil|difference|gap|kloof|stijging|daling|toename|afname|groei|"
                   r"daartussen|ertussen|between (?:them|the two|both)|"
                   r"growth|grew|groeide|"
                   r"increase|decrease|->|verhoud\w*|vergelijk\w*|compare[ds]?|(higher|lower|hoger|lager|more|less|meer|"
                   r"minder) in (19|20)\d\d (or|of) |hoeveel meer|hoeveel minder|how much more|"
                   r"hoeveel (groter|kleiner|hoger|lager)|how much (larger|bigger|smaller|higher|lower)|"
                   r"how many more|how much less|how many fewer|toegenomen met|afgenomen met|"
                   r"increase[ds]? by|decrease[ds]? by|changed? by|compared (to|with)|"
                   r"vergeleken met|ten opzichte van|hoger dan|lager dan|higher than|"
                   r"lower than|meer dan|more than|procentpunt\w*|percentage points?|"
                   r"change[ds]? from|veranderde?n? van|tekort|short of|shortfall|"
                   # with two years: "and the change between the two", "hoe veranderde"
                   r"change[ds]?|changing|verander\w*|"
                   r"(meer|more|minder|fewer|less)\b[^?.]*\b(dan|than)|" + BY_HOW_MUCH + r"|"
                   r"points?|how far behind|behind (its|the|their) (target|goal)|"
                   r"achter op|(how much|how many|hoeveel|by how \w+|met hoeveel)\b[^?.]*\b(grow|grew|"
                   r"groeide\w*|rise|rose|risen|stijg\w*|steeg|gestegen|fall|fell|fallen|added|"
                   r"bijgekomen|toegevoegd|daal\w*|gedaald|increase\w*|decrease\w*|decline\w*|toegenomen|afgenomen))\b"),
    # verb forms only: "sociaal ontwikkelbedrijven" names organisations, not a development
    # ("sinds kort", "since recently", "ever since": lately, no series)
    ("trend", r"\b((?:sinds|since)(?!\s+(?:kort|kort geleden|recently|lately|then|toen|dien)\b)|"
              r"ontwikkel(d|de|den|t|en|ing|ingen)?|develop\w*|trend|verloop|"
              r"verliep|over the years|"
              r"door de jaren|through the years|evolve\w*|verander\w*|change[ds]? over)\b"),
]


# The gap between a target and its realisation, either way: a shortfall or a surplus.
SHORTFALL = re.compile(r"\b(tekort\w*|te kort|short of|shortfall|fell short|falls? short|achterstand|"
                       r"(fta|fte|jobs|banen|places|positions)\s+short|"
                       r"behind|achter op|(bleef|bleven|blijft|blijven|lag|lagen|liep|liepen)\b"
                       r"[^?.]{0,50}\bachter\b|achterbl\w*|"
                       r"(onder|boven|below|above|under|over|achter bij)\s+(hun|het|de|zijn|"
                       # (the asker's own: "hoeveel fta zaten wij onder ons doel", "our target")
                       r"haar|die|dat|deze|ons|onze|uw|jullie|its|their|the|that|this|our|your)"
                       r"\s+(?:(?:eigen|own)\s+)?(?:(?:19|20)\d\d[- ]?)?"
                       r"(doel(?!groep)\w*|target|goal|opgave|"
                       r"taakstelling|norm)|gap to|\bgat\b|"
                       # shorthand without the article: "hoeveel boven doel gemeenten 2023"
                       r"(onder|boven|below|above)\s+(doel|target|goal|opgave|taakstelling)\b|"
                       r"ontbr(ak|aken|eekt|eken)|ontbrekende|how far (below|off|short|behind|away from)|"
                       # "hoe ver zat het totaal af van de 115.000", "hoe ver verwijderd van"
                       r"hoe ver\b[^?.]{0,60}\b(af van|verwijderd|vandaan|onder)\b|"
                       r"(miss(ed|es)?|misten|mist|beat|beaten|outperform\w*|overtrof\w*)\b"
                       r"[^?.]{0,40}\b(target|goal|doel(?!groep)\w*|norm|opgave|taakstelling)|"
                       r"tekortk\w*|kwam(en)? \w+ tekort|"
                       r"overschre\w*|exceed\w*|surpass\w*|overtr\w*|oversho\w*|undersho\w*|"
                       # "hoeveel fta zat er tussen het doel en de realisatie": the gap
                       r"(tussen|between)\s+(het |de |the |its |their )?([\w-]+['’]s )?(doel(?!groep)\w*|target|goal|"
                       r"realisatie|realisation|realization|result)\s+(en|and)\s+(het |de |the |its |"
                       r"their )?(doel(?!groep)\w*|target|goal|realisatie|realisation|realization|result)|"
                       # "verschil doel-realisatie", "target/realisation gap"
                       r"\b(doel|target)\s*[-/–]\s*(realisatie|realisation|realization)\b|"
                       r"\b(realisatie|realisation|realization)\s*[-/–]\s*(doel|target)\b|"
                       # "overschot t.o.v. doel", "surplus over target": the gap the other way
                       r"overschot\w*|surplus\w*|excess|meer dan nodig|"
                       r"missed (its|their|the) "
                       r"(target|goal) by|"
                       # "hun doel gehaald? Met hoeveel fta?": the amount is the gap
                       r"(doel(?!groep)\w*|target|goal|opgave|taakstelling)\b[^.]{0,60}?\b(gehaald|behaald|"
                       r"haalden?|bereikt|reached|met|achieved|hit)\b[^.]{0,40}?\b" + BY_HOW_MUCH + r"|"
                       r"(gehaald|behaald|haalden?|bereikt|reach(ed)?|meet|met|hit|"
                       r"achieved?)\b[^.]{0,40}?\b(doel(?!groep)\w*|target|goal|opgave|taakstelling)\b"
                       r"[^.]{0,40}?\b" + BY_HOW_MUCH + r"|"
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
VS_BASELINE = re.compile(r"\b(?:since|sinds|ten opzichte van|t\.o\.v\.|compared (?:with|to)|"
                          r"relative to|vergeleken met|versus|vs\.?|above|boven|bovenop)\s+(?:de |the )?(?:(?:19|20)\d{2}\s+)?"
                          # (the nulmeting by any of its names: "the 2012 zero measurement")
                          rf"(?:{BASELINE_NAMES_PATTERN})(?:\s+(?:in|of|van)\s+(?:19|20)\d{{2}})?|"
                          # "sinds 2012", "since end-2012": from the nulmeting (not "2012 tot 2016")
                          r"\b(?:since|sinds)\s+(?:eind |end(?: of |-| ))?"
                          rf"{V.BASELINE_YEAR}\b(?!\s*(?:en|and|tot|to|till|until|-|–)\s)",
                          re.I)


# "sinds de start (van de banenafspraak)": the count so far, not a series from some year
SINCE_START = re.compile(r"\b(?:sinds|since|vanaf|from)\s+(?:de |het |the )?(?:start|begin\w*|"
                          r"invoering|introduction|launch)\b(?!\s+(?:(?:of|van)\s+)?(?:19|20)\d\d)"
                          r"(?:\s+(?:van|of)\s+(?:de |het |the )?"
                          r"(?:banenafspraak|banenafspraken|agreement))?|"
                          r"\b(?:sinds|since)\s+(?:de |het |the )?(?:banenafspraak|agreement|jobs "
                          r"agreement)\s+(?:started|began|begon|(?:is |was )?(?:gestart|begonnen)|"
                          r"came into (?:force|effect)|van start ging)", re.I)




AT_BASELINE = re.compile(r"\b(?:tijdens|ten tijde van|at the time of|during|at|bij|op het "
                          r"moment van|in|volgens|according to)\s+(?:de |the )?"
                          r"(?:(?:eind|end)[- ](?:of )?)?(?:(?:19|20)\d\d[- ]?)?"
                          rf"(?:{BASELINE_NAMES_PATTERN})\b|"
                          # "hoeveel ... telde de nulmeting", "how many did the baseline count"
                          r"\b(?:telde|telt|kende|had|toonde|count|counted|show|showed|record|"
                          r"recorded)\s+(?:de |het |the )?(?:(?:19|20)\d\d[- ]?)?"
                          rf"(?:{BASELINE_NAMES_PATTERN})\b|"
                          rf"\b(?:{BASELINE_NAMES_PATTERN})\s+"
                          r"(?:telde|telt|kende|had|toonde|counted|"
                          r"showed|had|recorded)\b", re.I)


BASELINE_DATED = re.compile(rf"\b(?P<name>{BASELINE_NAMES_PATTERN})\s+(?:in|of|van|uit)\s+"
                            r"(?:eind\s+|end\s+(?:of\s+)?)?(?:19|20)\d\d\b|"
                            r"\b(?:(?:eind|end)[- ](?:of )?)?"
                            rf"(?:19|20)\d\d[- ](?P<name2>{BASELINE_NAMES_PATTERN})\b", re.I)


# "the 2013 social agreement", "het sociaal akkoord van 2013": the date of an event
# ("its 2024 Social Agreement target" is the target of 2024, the label its table gives)
EVENT_YEAR = re.compile(r"\b(?:19|20)\d{2}\s+(?:social agreement|sociaal akkoord)"
                         r"(?!\s+(?:target|goal|doel))|"
                         r"(?:akkoord|agreement)\s+(?:van|of)\s+(?:19|20)\d{2}", re.I)


COMPARED = re.compile(r"\b(compared|vergeleken|ten opzichte|t\.o\.v\.|versus|vs\.?|against|"
                       r"tegenover)\b", re.I)


AMOUNT = re.compile(r"\b(hoeveel|how (many|much|large|high|big|far)|hoe (groot|hoog|ver)|"
                     r"welke? [\w-]*(deel|percentage|aantal|getal|cijfer|bedrag)|"
                     r"what (\w+ )?(share|percentage|number|rate|amount)|"
                     r"om welk|op welk)\b", re.I)


# "what was the target", "welk doel gold": a metric named right after the question word
WHAT_METRIC = re.compile(r"\b(what|which|wat|welk|welke)\b(\s+[\w’'-]+){0,3}?\s*$", re.I)


FIGURE_CUE = re.compile(
    r"\b(hoeveel|how (many|much)|aantal|number|percentage|cijfer\w*|figures?)\b", re.IGNORECASE)


# "gemeenten fta 2024": a sector and a unit ask for its figure
_UNIT_WORD = re.compile(r"(\b(fta|fte|banen|jobs|procent|percent)\b|%)", re.I)


VOTE_WEIGHT = 0.6      # what the nearest labelled questions' vote is worth beside weak cues


_GROWS = dict(_asked.EXTRA_METRIC_CUES)["groei"]


_EXCEEDED = re.compile(r"\b(exceed\w*|overschre\w*|overtrof\w*|overtroffen|surpass\w*|beat|"
                       r"went over|kwam(en)? boven)\b[^?.]{0,30}\b(its|their|hun|haar|zijn|het|de|the)"
                       r"\s+(?:(?:19|20)\d\d\s+)?(target|goal|doel\w*|opgave|taakstelling)|"
                       r"\bover\s+(?:zijn|haar|hun|het|de)\s+(?:(?:19|20)\d\d\s+)?"
                       r"(?:doel\w*|opgave|taakstelling)\s+heen|"
                       # "welke sector zat als enige boven haar doel", "which was above target"
                       # (not "het verst boven": a ranking by the gap)
                       r"(?<!verst )(?<!furthest )(?<!farthest )\b(?:boven|above)\s+"
                       r"(?:(?:its|their|hun|haar|zijn|het|de|the)\s+)?(?:(?:19|20)\d\d\s+)?"
                       r"(?:target|goal|doel\w*|opgave|taakstelling)\b")


_BETWEEN_YEARS = re.compile(r"\b(?:tussen|between|from|van)\s+(?:eind |end(?: of |-| ))?"
                            r"(?:19|20)\d\d\s+(?:en|and|tot|to|till|until|naar)\s+"
                            r"(?:eind |end(?: of |-| ))?(?:19|20)\d\d\b|"
                            # shorthand: "wo 2022 vs 2023: hoeveel fta erbij?"
                            r"\b(?:19|20)\d\d\s*(?:vs\.?|versus|tegenover|->|→)\s*(?:19|20)\d\d\b")


# "the education sectors", "alle onderwijssectoren": a group named by its sectors
_SECTORS_OF = re.compile(r"(sectoren|sectors)\b|\b(alle|all)\b")


_WHOLE_OF_GROUP = re.compile(r"\b(totale|total|overall|gehele|whole|gezamenlijke|combined)\b")


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


# "aan welke sector worden de inleenverbanden toegerekend", "to which sector are such jobs
# attributed": where something is counted, not sectors ranked by a figure (unless an order
# is asked: "in which sector was it highest")
_WHERE_COUNTED = re.compile(r"\b(aan|to|onder|under|bij|tot|into|towards)\s+(welke|which|what)\s+"
                            r"sector\w*\b")
_ORDER = re.compile(r"\b(hoogst\w*|laagst\w*|highest|lowest|best|worst|"
                    r"most(?!\s+(?:recent|current|up[- ]to[- ]date)\b)|least|meeste|"
                    r"minste|grootste|kleinste|largest|smallest|biggest|furthest|verst)\b")


def _decisive(text: str, subjects: list[str], metrics: list[str], years: list[int],
              since: int | None) -> str | None:
    lowered = text.lower()
    if _WHERE_COUNTED.search(lowered) and not _ORDER.search(lowered):
        return "explanation"
    # ("how many more do they still need to reach it" asks the gap, not the measures)
    if WHY.search(lowered) or METHOD.search(lowered) or define_match(text) \
            or (_TO_REACH.search(lowered) and not (SHORTFALL.search(lowered)
                                                    and AMOUNT.search(lowered))):
        return "explanation"    # a reason, a method, the meaning of a term, the measures
    if len(subjects) >= 2 and RATIO.search(lowered):
        return "ratio"          # "how many times as many jobs did the market create"
    if len(subjects) >= 2 and BETTER.search(lowered) and not WHY.search(lowered):
        return "difference"     # "did mbo do better than hbo in 2024"
    # "market, government and in total": the total is listed, not a sum asked (a whole is
    # never added to its parts)
    if (len(subjects) >= 2 or set(subjects) & GROUPS and _SECTORS_OF.search(lowered)) \
            and SUM.search(TOTAL_LISTED.sub(" ", lowered)):
        return "sum"            # "hoeveel fta hebben po en vo samen gerealiseerd", "the
                                # education sectors combined"
    if SHORTFALL.search(lowered) and _WHOLE_OF_GROUP.search(lowered) and set(subjects) & GROUPS:
        return "sum"            # "de totale achterstand van de onderwijssectoren"
    into_year = (change_in_year(text) or latest_change(text)) and bool(metrics) \
        and not set(metrics) & _CHANGES
    if (versus_year(text) or into_year) and len(subjects) <= 1 and not WHY.search(lowered):
        return "difference"     # "met hoeveel procentpunt gedaald ten opzichte van 2022"
    if len(years) == 2 and len(subjects) <= 1 and metrics and not any(
            m == "groei" or m.startswith("groei_") for m in metrics) \
            and _GROWS.search(lowered) and not WHY.search(lowered):
        return "difference"     # "hoeveel is het aantal extra banen gegroeid tussen 2022 en
                                # 2024": the change of that level over the two years
    if len(years) == 2 and len(subjects) <= 1 and "groei" in metrics and AMOUNT.search(lowered) \
            and _BETWEEN_YEARS.search(lowered) and not WHY.search(lowered):
        return "difference"     # "hoeveel banen kwamen er bij tussen eind 2022 en eind 2024":
                                # one total over the interval, not each year's growth
    if WHICH.search(lowered) and _EXCEEDED.search(lowered) and (
            len(subjects) != 1 or set(subjects) & GROUPS):
        return "target_met"     # "which sector exceeded its 2023 target": those that met it
    if FAR_FROM_TARGET.search(lowered) and WHICH.search(lowered) and (
            len(subjects) != 1 or set(subjects) & GROUPS):
        return "ranking"        # "which sectors were furthest behind their target"
    if SHORTFALL.search(lowered) and (len(subjects) <= 1 or not COMPARED.search(lowered)):
        return "difference"     # "hoeveel fta zaten de provincies onder hun doel" (each's)
    if (INCLUDING_SROI.search(lowered) or "sroi" in metrics) and WITH_WITHOUT.search(lowered) \
            and ("realisatiepercentage" in metrics or INCLUDING_SROI.search(lowered)):
        return "difference"     # "how many points does including SROI add"
    for intent, cue in INTENT_CUES:
        if re.search(cue, lowered):
            if intent == "target_met" and ("realisatiepercentage" in metrics
                                            and "doel" not in metrics or AMOUNT.search(lowered)):
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
    what = WHAT.search(lowered)
    figure_cue = bool(FIGURE_CUE.search(lowered))
    about_content = bool(what) and not figure_cue and not years and not (
        subjects and metrics and _names_metric_next(lowered, what.end()))
    return {
        # "what did the inspectorate conclude about the target group?"
        "explanation": 1.2 * about_content + 0.5 * bool(what) + 0.4 * (not metrics),
        "figure": 1.0 * bool(figure_cue or (metrics and (years or subjects))
                             or (subjects and _UNIT_WORD.search(lowered)))
        + 0.4 * bool(metrics),
    }


def decide_intent(text: str, subjects: list[str], metrics: list[str], years: list[int],
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


# "bij markt, overheid en in totaal": the total is one of the things listed, not a qualifier
TOTAL_LISTED = re.compile(r"(?:,|\b(?:en|and|of|or))\s+(?:in\s+|the\s+)?(?:totaal|total)\b"
                           r"(?!\s+(?:aantal|number))", re.IGNORECASE)


def versus_target(metrics: list[str]) -> bool:
    """"the difference between the target and the realisation": one sector against its doel."""
    return "doel" in metrics and len(set(metrics)) >= 2


def _names_metric_next(lowered: str, start: int) -> bool:
    """"what is the target of the umc's": the metric follows the question words at once."""
    spans = [s for s, _, _ in metric_spans(lowered) if s >= start]
    return bool(spans) and len(lowered[start:min(spans)].split()) <= 2


# One figure as a multiple of another: "how many times as many", "hoeveel keer zo veel"
RATIO = re.compile(r"\b(how many times|times as (many|much|large|high)|hoeveel keer|"
                    r"keer zo (veel|groot|hoog)|ratio|verhouding)\b", re.I)


# "did mbo do better than hbo": two subjects compared
BETTER = re.compile(r"\b(better|worse|beter|slechter)\b", re.I)


# Figures of several subjects added up
SUM = re.compile(r"\b(samen|gezamenlijk\w*|opgeteld|bij elkaar|together|combined|in total|"
                  r"add(?:s|ed)? up|adding up|jointly|sum|som|totaal van)\b", re.I)


WITH_WITHOUT = re.compile(r"\b(adds?|added|bijdra\w*|contribut\w*|toevoeg\w*|voegt|"
                           r"(zowel )?(met|zonder) (en|als) (een )?(met|zonder)|with and without|"
                           r"without and with|verschil\w*|daartussen|ertussen|scheel\w*|"
                           r"difference|percentage ?points?|procentpunt\w*|hoeveel hoger|"
                           r"how much higher|verhoud\w*|compare\w*|vergelijk\w*)\b", re.I)
