"""The typed record of what a question asks, parsed once (understand.py makes it).

Every later step reads this record, never the question text: the figures handlers, the
passage choice and the composer. `text` stays only for retrieval, which searches with the
question's own words.
"""
from __future__ import annotations

import re
from dataclasses import KW_ONLY, dataclass, field
from decimal import Decimal

from assistant.coverage import OTHER_CONTENT, SPECIFIC_LENGTH
from assistant.letters import LetterRef, letter_ref
from assistant.metrics_asked import share_of_other
from core import vocabulary as V
from core.aliases import (JOB_NOUNS_PATTERN, compound_head, find_subjects, metric_spans,
                          subject_spans)

# What each intent of the parse does with the figures: the operation a handler carries out.
OPERATIONS = ("value", "compare", "change", "shortfall", "with_without", "sum", "ratio",
              "complement", "rank",
              "list_beyond", "target_met", "targets_met", "series", "definition", "explain",
              "when")

GROUPS = V.GROUPS                     # subjects that name a range of sectors
# What each part is a part of: "niet werkzaam" is the target group less those in work.
WHOLE_OF = {m.id: m.whole for m in V.METRICS.values() if m.whole}

# -- the shape of an ask: which way, how many, beyond what -----------------------------------
# "lagging behind the most", "bleef het meest achter": the lowest, the furthest from the target
_BEHIND_MOST = (r"(?:lag\w*(?:\s+behind)?|behind|achter\w*)\b[^?.,]{0,20}\b(?:the most|most|"
                r"het meest|het verst|furthest)\b|\b(?:meest|most)\s+(?:achter\w*|behind|lagging)")
_LOWEST = re.compile(r"\b(laagste|laagst|lowest|least|minste|slechtst\w*|worst|fewest|smallest|"
                     r"kleinste|verst achter\w*|furthest behind|most behind|"
                     r"van laag naar hoog|from low(est)? to high(est)?|ascending|oplopend)\b|"
                     + _BEHIND_MOST, re.I)
# "below 50%", "meer dan 1.000 fta": a bound the sectors are filtered by
_BOUND = re.compile(r"\b(below|under|less than|fewer than|lower than|onder|beneden|minder dan|lager dan|"
                    r"at most|hooguit|maximaal|"
                    r"above|over|more than|higher than|boven|meer dan|hoger dan|at least|"
                    r"minstens|ten minste|tenminste|minimaal)\s+"
                    r"(?:(?:de|het|the)\s+)?"
                    # "cijfers over 2023" is about that year, not more than 2023 of something
                    r"(?!(?:19|20)\d\d\b(?!\s*(?:%|procent|percent|fta|banen|jobs)))"
                    r"(\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d+(?:,\d+)?)\s*(%|procent|percent)?", re.I)
# "100% or more of their target", "50% of minder": the bound after its number
_BOUND_AFTER = re.compile(r"\b(\d+(?:,\d+)?)\s*(%|procent|percent)\s+(or more|or higher|or above|"
                          r"of meer|of hoger|or less|or lower|or fewer|of minder|of lager)\b", re.I)


_AT_LEAST_OR_MOST = re.compile(r"at least|at most|minstens|ten ?minste|minimaal|maximaal|hooguit",
                               re.I)


def _bound(text: str) -> Bound | None:
    before, after = _BOUND.search(text), _BOUND_AFTER.search(text)
    if before:
        return Bound(bool(_BELOW.match(before.group(1))), _bound_limit(before.group(2)),
                     bool(before.group(3)), bool(_AT_LEAST_OR_MOST.match(before.group(1))))
    if after:
        return Bound(bool(_BELOW.search(after.group(3))), _bound_limit(after.group(1)), True,
                     True)
    return None


# "closest to its target", "het dichtst bij het doel": ranked by the distance to 100%
_CLOSEST = re.compile(r"\b(closest|nearest|dichtst\w*|dichtbij\w*)\b", re.I)
_BELOW = re.compile(r"below|under|less|fewer|lower|onder|beneden|minder|lager|at most|hooguit|"
                    r"maximaal", re.I)
WHICH = re.compile(r"\b(which|welke|waar|where)\b", re.I)   # "waar was het verschil het grootst"
_GROUP_CUES = {"onderwijs": re.compile(r"\b(?<!higher )(?<!hoger )(education|onderwijs\w*)\b", re.I),
               "hoger_onderwijs": re.compile(r"\b(higher[- ]education|hoger[- ]onderwijs)\b", re.I),
               "overheid": re.compile(r"\b(government|overheids?\w*|public)\b", re.I),
               "ministeries": re.compile(r"\b(ministerie\w*|ministr(?:y|ies))\b", re.I)}
# "outside (of) education", "buiten het onderwijs", "other than government": a group named to
# be left out of the sectors asked about
_LEFT_OUT = re.compile(r"\b(?:outside(?:\s+of)?|excluding|except(?:\s+for)?|other than|apart from|"
                       r"besides|buiten|behalve|exclusief|excl\.|zonder|niet)\s+(?:the\s+|het\s+|de\s+)?$"
                       r"|\b(?:niet|non)-$", re.I)


# ... or after it: "het onderwijs niet meegerekend", "education excluded"
_LEFT_OUT_AFTER = re.compile(r"^\w*\s+(?:niet\s+meegerekend|niet\s+meegeteld|uitgezonderd|"
                             r"buiten beschouwing|excluded|left out|not counted|aside)\b", re.I)


def groups_left_out(text: str) -> set[str]:
    """The groups the question names only to leave them out."""
    def left_out(m: re.Match) -> bool:
        return bool(_LEFT_OUT.search(text[:m.start()]) or _LEFT_OUT_AFTER.match(text[m.start():]))
    return {g for g, cue in _GROUP_CUES.items()
            if all(left_out(m) for m in cue.finditer(text)) and cue.search(text)}


def _bound_limit(number: str) -> Decimal:
    """"1.000" and "1,000" are a thousand; "50,5" is a decimal."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number):
        return Decimal(re.sub(r"[.,]", "", number))
    return Decimal(number.replace(",", "."))


_COUNT_WORDS = {"twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4, "vijf": 5,
                "five": 5}
_TOP_N = re.compile(r"\b(?:top|eerste|first|bottom|laatste|last)\s+(\d)\b", re.I)
# "how many fta", "hoeveel banen": a count, which a percentage does not answer
_COUNT_ASKED = re.compile(r"\b(how many|hoeveel)\s+(\w+\s+)?(fta|fte|banen|jobs|mensen|people)\b",
                          re.I)
_COUNT_UNIT = re.compile(r"\b(fta|fte|banen|jobs)\b", re.I)
_PERCENT = re.compile(r"%|\b(procent|percent|percentage\w*|realisatiepercentage\w*|rate)\b", re.I)
# "verst van het doel af", "largest shortfall": how far from the target, which in fta (or
# "absolute") is the gap; as a percentage it is the lowest realisatiepercentage
_GAP = r"(verschil|gap|difference|tekort|achterstand|shortfall|deficit|gat)"
_MOST = r"(grootst\w*|meeste|largest|biggest|greatest|most)"
FAR_FROM_TARGET = re.compile(r"\b(verst\w*\s+(van|af|achter|onder)|furthest\s+(from|behind|"
                              r"below|off|short)|(verder|further)\s+(van|from|below|behind)\b"
                              r"[^?.]{0,30}\b(doel\w*|target|goal)|"
                              rf"{_MOST}\b[^?.,]{{0,40}}\b{_GAP}|"
                              # "het verschil tussen doel en realisatie ... het grootst"
                              rf"{_GAP}\s+(tussen|between)\b[^?.]{{0,60}}\b{_MOST}|"
                              # "lagging behind the most", "bleef het meest achter"
                              + _BEHIND_MOST + ")", re.I)
_ABSOLUTE = re.compile(r"\b(absolu\w*|in\s+(fta|fte|banen|jobs)|aantallen|numbers of)\b", re.I)
SHORTHAND_WORDS = 6
_QUESTION_WORD = re.compile(r"\b(wat|waarom|hoe|hoeveel|welke?|wanneer|wie|waar|what|why|how|"
                            r"which|when|who|where|is|are|was|were|did|does|do|klopt|kunt)\b", re.I)
_SPLIT = re.compile(r"\b(split|divided|verdeeld|verdeling|opgesplitst)\b", re.I)
# "hoeveel procent groei is dat", "by what percentage did it grow": a change relative to the
# level it started from (not a percentage of the target)
RELATIVE_CHANGE = re.compile(r"\b(?:hoeveel procent|welk percentage|what percentage|how many percent)\s+"
                              r"(?:groei|stijging|toename|daling|afname|increase|growth|rise|"
                              r"decrease|fall|drop)\b|\bprocentuele\s+(?:groei|stijging|toename|"
                              r"daling|afname)\b|\bby what percent(?:age)?\b|\brelative "
                              r"(?:increase|growth|change|rise)\b", re.I)
# "did the gap widen or narrow", "is het tekort groter geworden": how a gap changed over years
_GAP_CHANGE = re.compile(r"\b(widen\w*|narrow\w*|grow|grew|grown|shr[iau]nk\w*|groter|kleiner|"
                         r"toegenomen|afgenomen|gegroeid|gekrompen|verander\w*|changed?)\b", re.I)
_HOW_MUCH = re.compile(r"\b(hoeveel|how (many|much|high|large)|hoe (hoog|groot)|"
                       r"(what|which|wat|welk|welke)( \w+){0,2} (budget|bedrag|amount|sum|cost|"
                       r"kosten)|average|gemiddeld\w*|median|mediaan)\b", re.I)
# "wat is er aan LIV uitbetaald", "what was spent on it": an amount of money asked by "what"
_PAID_ASKED = re.compile(r"\b(wat|what)\b[^?]{0,60}?\b(uitbetaald|uitgekeerd|uitgegeven|uitgeeft|"
                         r"besteed\w*|paid( out)?|spen[dt]s?|disbursed)\b", re.I)
# "Waarom kon de minister niet zeggen hoeveel ...", "why can't BZK say how many ...": the
# amount is what the reason is about, not what is asked
_REASON_BEFORE = re.compile(r"\b(waarom|why|hoe komt|how come)\b[^?.]*$", re.I)


def _how_much(text: str) -> bool:
    m = _HOW_MUCH.search(text) or _PAID_ASKED.search(text)
    return bool(m) and not _REASON_BEFORE.search(text[:m.start()])


# "the results over 2025", "cijfers van 2026": the figures of a year are asked
_RESULTS = re.compile(r"\b(results?|resultaten|uitkomst\w*|cijfers|figures|numbers|scores?|"
                      r"realisatie\w*|realis(ation|ed)|achieved|gehaald|behaald)\b", re.I)
# "what budget", "hoeveel is er uitbetaald": money is asked, which only an amount in euro answers
_MONEY = re.compile(r"\b(budget\w*|bedrag\w*|kosten|kost|costs?|euro|geld|money|spent|spend\w*|"
                    r"besteed\w*|besteden|"
                    r"uitgegeven|uitgekeerd|uitbetaald|paid|funding|financiering|begroting|"
                    # a charge or a grant is an amount of money ("how much would the levy be")
                    r"heffing\w*|\w+heffing|levy|levies|boete\w*|fines?|premie\w*|subsid\w*|"
                    r"bonus\w*|tarief|tarieven|fee|fees)\b", re.I)
# A question for the meaning of one term: "What is an fta?", "Waar staat fta voor?"
# "wat wordt eigenlijk bedoeld met", "what exactly is meant by": the same ask, softened
_SOFTENER = r"(?:(?:eigenlijk|precies|nou|nu|exactly|actually|really|precisely)\s+){0,2}"
DEFINE = re.compile(r"^\s*(?:what is " + _SOFTENER + r"meant by|what do the letters " + _SOFTENER
                     + r"mean by|what is " + _SOFTENER + r"the definition of|what " + _SOFTENER
                     + r"is meant by|"
                     r"wat (?:wordt|worden) (?:er )?" + _SOFTENER + r"(?:in de brieven )?"
                     + _SOFTENER + r"verstaan onder|"
                     r"wat verstaa?t (?:men|u|je|het kabinet|de regering|de brief) " + _SOFTENER
                     + r"onder|"
                     r"wat wordt (?:er )?" + _SOFTENER + r"bedoeld met|what is understood by|"
                     r"wat is " + _SOFTENER + r"de definitie van|what is|what are|what does|"
                     r"what's|wat is|wat zijn|"
                     r"wat betekent|waar staat|wat houdt)\s+" + _SOFTENER
                     + r"(?:an?\s+|the\s+|de\s+|het\s+|een\s+)?"
                     r"(?:(?:term|begrip|woord|word|concept|notion)\s+)?"
                     r"([\w’'\-]+(?:\s+[\w’'\-]+){0,2}?)(?:\s+(?:stand for|mean|voor|in))?"
                     # "in the jobs agreement", "volgens de brieven": where the term is used
                     r"(?:\s+(?:in|within|under|binnen|bij|volgens|according to|for|voor)\s+"
                     r"(?:the\s+|de\s+|het\s+|this\s+|deze\s+)?(?:jobs agreement|banenafspraak|"
                     r"brieven|brief|letters?|nota|agreement|context|count|counting|telling))?"
                     r"\s*\??\s*$", re.I)
# "In the December 2024 letter, what does fta stand for": where to look, then the ask
SCOPE_LEAD = re.compile(r"^\s*(?:in|volgens|according to|uit)\s+[^,?]{3,80},\s*", re.I)


# "Wat is het exacte aantal?", "what is the difference": a figure asked, not a term's meaning
_AMOUNT_NOUNS = {"aantal", "getal", "cijfer", "percentage", "verschil", "totaal", "number",
                 "figure", "total", "difference", "amount"}


def define_match(text: str) -> re.Match | None:
    """The ask for a term's meaning, after any lead that says where to look."""
    found = DEFINE.match(text) or DEFINE.match(SCOPE_LEAD.sub("", text, count=1))
    words = found.group(1).lower().split() if found else []
    return None if words and words[-1] in _AMOUNT_NOUNS else found


_INTERVAL = re.compile(r"\b(tussen|between|from|van(af)?|sinds|since)\b[^?.]*?(19|20)\d\d\b[^?.]*?"
                       r"\b(en|and|to|tot|naar|until)\b|\b(19|20)\d\d\s*(-|->|–|tot|to)\s*"
                       r"(eind\s+|end\s+)?(19|20)\d\d\b|"
                       # "in twee jaar tijd", "over two years"
                       r"\b(?:in|over|binnen|within)\s+(?:twee|drie|vier|vijf|two|three|four|five|"
                       r"\d)\s+(?:jaar|years)\b", re.I)
# "hoe staat het onderwijs ervoor", "how is the police doing": where a sector stands, its figures
_STATUS = re.compile(r"\b(hoe (?:staat|staan|stond|stonden)\b[^?.]*\ber(voor|bij|\b[^?.]*\bvoor)|"
                     r"hoe gaat het met|hoe (?:doet|doen|deed|deden)\b[^?.]*\bhet|"
                     r"hoe (?:heeft|hebben)\b[^?.]*\bhet\b[^?.]*\bgedaan|"
                     r"how did\b[^?.]*\b(?:do|fare|perform)|"
                     r"stand van zaken|hoe ver is|how (is|are|was|were)\b[^?.]*\bdoing|"
                     r"how (is|are)\b[^?.]*\bgetting on|how far along|where does\b[^?.]*\bstand|"
                     r"state of affairs|how (is|are)\b[^?.]*\bfaring)\b", re.I)
# The words a status ask is put in ("wat is de stand van zaken bij", "hoe staan zij ervoor",
# "how is X doing"): they ask for its figures and name nothing of their own, for the parse and
# for the evidence alike (elsewhere "zaken" may be a ministry's: Binnenlandse Zaken)
_STATUS_FRAME = frozenset("""stand zaken staat staan stond stonden ervoor erbij doet doen deed
deden gedaan gaat doing fare fared faring perform performed performing getting along affairs
state""".split())


def status_frame(text: str) -> frozenset[str]:
    """The words of `text` that only ask where a sector stands."""
    return frozenset(w.lower() for m in _STATUS.finditer(text)
                     for w in re.findall(r"[^\W\d_]+", m.group()) if w.lower() in _STATUS_FRAME)


# "waarom blijft het achter", "what explains the gap": the reasons are asked
# The words that ask why, the one list: intent.WHY (an explanation asked) adds the words for
# measures and method, _REASONS (reasons asked) those for falling behind
REASON_WORDS = (r"waarom|why|hoe komt|how come|waardoor|what caused|reden(?:en)?|reasons?|"
                r"oorza\w*|causes?|verklaa?r\w*|explain\w*|explanations?")
_REASONS = re.compile(rf"\b({REASON_WORDS}|achterblijv\w*|blijf\w* achter|lag\w* behind|"
                      r"behind|knelpunt\w*|obstacles?|bottlenecks?|difficult\w*|moeilijk\w*)\b",
                      re.I)
# "wat is de minister van plan voor 2026", "which measures": what is to be done, which a
# letter may say of a year it has no figures for
_PLANS = re.compile(r"\b(plan|plans|planned|planning|van plan|voornemens?|voorgenomen|"
                    r"intends?|intended|intention\w*|maatregel\w*|measures?|"
                    r"(?:gaat|gaan|zal|zullen|will)\b[^?.]{0,40}\b(?:doen|do))\b", re.I)
_LETTER_NAMED = re.compile(r"\b(\w*brief|letter|nota|kamerstuk|memo)\b", re.I)
_COUNTED = re.compile(r"\b(hoeveel|how many)\s+(?:(?:van|of)\s+(?:de|het|the)\s+(?:\d[\d.,]*\s+|"
                      # "hoeveel van de waterschapsorganisaties hebben": the members counted
                      r"(?=[\w’'\-]+\s+(?:hebben|heeft|hadden|zijn|waren|is|was|have|had|were|"
                      r"are)\b)))?"
                      r"([\w’'\-]+)", re.I)
_NOUNS_COUNTED = {w.lower() for w in V.JOB_NOUNS + V.PEOPLE_NOUNS + V.MEMBER_NOUNS}
# "Van de 35 organisaties ...", "Of the 35 organisations": the whole a count is taken from
_PARTITIVE_WHOLE = re.compile(r"\b(van|of)\s+(?:de|het|the|die|those|alle|all)\s+\d[\d.,]*\s+"
                              r"([\w’'\-]+)", re.I)
# "hoeveel liepen er via inhuur": a verb, put before "er", so nothing is named as counted
_VERB_THEN_ER = re.compile(r"\s+(?:er|daar|daarvan|hiervan|there)\b", re.I)
# "how many came through SROI", "how many went via agencies": a verb, nothing named
_ASKED_VERB = re.compile(r"(came|went|got|ran|worked|fell|remained|stayed|ended|were|was|"
                         r"came in|have|had)$", re.I)
# "how many percentage points higher", "met hoeveel procentpunt": a gap between two shares
POINTS_ASKED = re.compile(r"\b(?:hoeveel|how many|by how many|met hoeveel)\s+(?:procentpunt\w*|"
                          r"percentage[- ]?points?|points?)\b", re.I)
_JOBS_IN = re.compile(rf"\b(extra|additional|werkenden|{JOB_NOUNS_PATTERN})\b", re.I)
# Words after "hoeveel" that are no noun: "hoeveel is", "how many of", "hoeveel hebben"
# "hoeveel zaten de markt en de overheid onder hun doel": a verb of where a count stands;
# "hoeveel groter was": a comparison. Nothing is named as counted.
_NOTHING_NAMED = re.compile(r"(zat|zaten|lag|lagen|bleef|bleven|stond|stonden|ging|gingen|liep|"
                            r"liepen|groter|kleiner|hoger|lager|meer|minder|larger|bigger|"
                            r"smaller|higher|lower|more|fewer|less|"
                            # "hoeveel precies", "how many exactly": how the count is wanted
                            r"precies|exact|exactly|precisely|ongeveer|approximately|roughly|"
                            r"circa|ruwweg)$", re.I)
NO_NOUN = re.compile(r"(is|was|were|are|did|does|do|had|has|have|hebben|heeft|had|hadden|"
                     r"bedraagt|bedroeg|bedragen|bedroegen|"
                     r"zijn|waren|werd|werden|kwam|kwamen|nam|namen|steeg|stegen|daalde|daalden|"
                     r"groeide|groeiden|of|van|de|het|the|een|a|an|daarvan|"
                     r"ervan|hiervan|er|them|those|these|it|they|we|in|at|by|per|"
                     r"\d[\d.,]*)$|" + _NOTHING_NAMED.pattern, re.I)


@dataclass(frozen=True)
class Bound:
    """"below 50%": the side and the limit sectors are filtered by."""
    below: bool
    limit: Decimal
    percent: bool
    inclusive: bool = False     # "at least 100%", "50% of minder": the limit itself counts


@dataclass(frozen=True)
class Query:
    text: str
    language: str                         # "nl" | "en"
    intent: str                           # intent.INTENTS
    # the rest by name only: a field added mid-record must never take another's argument
    _: KW_ONLY
    subjects: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    quarter: int | None = None
    since: int | None = None
    follow_up: bool = False
    including_sroi: bool = False          # "inclusief SROI": the percentage with procurement jobs
    at_baseline: bool = False             # "tijdens de nulmeting": the nulmeting's year
    shortfall: bool = False               # a gap to the target, either way
    asks_amount: bool = False             # "hoeveel", "what was the target": a number is asked
    uncovered: tuple[str, ...] = ()       # content words the parse did not place
    direction: str = "highest"            # a ranking's order: "highest" | "lowest" first,
                                          # or "closest" to the target
    n: int | None = None                  # "the top three"
    bound: Bound | None = None            # "below 50%"
    groups: tuple[str, ...] = ()          # a group named as a whole ("which education sector")
    left_out: tuple[str, ...] = ()        # groups named to be left out ("outside education")
    lists: bool = False                   # "which sectors ...": a list, not one subject
    asks_count: bool = False              # "how many fta": a count, not a percentage
    split: bool = False                   # "how are they split between A and B"
    gap_change: bool = False              # "did the gap widen or narrow": how a gap changed
    relative_change: bool = False         # "hoeveel procent groei": a change as a percentage
    term: str | None = None               # "what is an fta": the term to define
    names_letter: bool = False            # "volgens de brief van 2017": a letter by its year
    letter: LetterRef | None = None       # "de nota van 10 oktober 2025": which letter
    counted: str | None = None            # the word after "hoeveel": what is counted
    counted_phrase: tuple[str, ...] = ()  # that word and the ones naming it, up to the verb
    counted_is_metric: bool = False       # "hoeveel extra banen": the count is a metric's
    how_much: bool = False                # "hoeveel", "how high": an amount is asked
    asks_results: bool = False            # "the results over 2025": a year's figures
    asks_money: bool = False              # "what budget", "hoeveel uitbetaald": in euro
    mentions_jobs: bool = False           # jobs or fta are named: the count is of jobs
    interval: bool = False                # "tussen 2022 en 2024", "2022-2023": a span of years
    excluded: str | None = None           # "níet via inhuur": the part left out of its whole
    parts: tuple["Query", ...] = ()       # a question with two asks, each its own Query
    shorthand: bool = False               # "quotumpercentage overheid 2024?": no sentence
    separate_asks: bool = False           # each ask names its own sector: answer them apart
    by_gap: bool = False                  # "het verst van zijn doel af, in fta": ranked by
                                          # the gap to the target, not by a stated figure
    refers_back: bool = False             # "..., and how far short was it?": the subject is
                                          # the one the ask before answers with
    asks_status: bool = False             # "hoe staat X ervoor": where it stands, in figures
    frame: frozenset[str] = frozenset()   # its words that only ask that (status_frame)
    asks_reasons: bool = False            # "waarom", "why is it behind": reasons asked
    asks_plans: bool = False              # "what does she plan for 2026", "welke maatregelen"
    calendar_year: bool = False           # "vorig jaar", "last year": a year by the calendar
    versus_year: bool = False             # "gedaald ten opzichte van 2022": the one year
                                          # named is what the change is measured from
    share_of_other: bool = False          # "welk deel van de mbo-scholen": a share of
                                          # members or things, not of jobs or a target
    which_member: str | None = None       # "welke hogeschool realiseerde 96%": one member's
                                          # name is asked, by the word the question uses
    per_member: str | None = None         # "per ministerie", "by municipality": a figure for
                                          # each member of that sector, as that word says it
    asks_when: bool = False               # "wanneer moeten ... gerealiseerd zijn": a date
    ranks_members: bool = False           # "welke gemeente scoorde het best": one member of a
                                          # sector asked, whose figures the sector's are not
    quarter_year: int | None = None       # the year the quarter is of ("Q1 2017": 2017)
    start_of: tuple[int, ...] = ()        # years named by their start ("begin 2022"), which
    #                                       `years` holds as the year before
    via_other: tuple[str, ...] = ()       # "via een detachering", "on secondment": a way jobs
    #                                       come about that no metric names
    asks_points: bool = False             # "how many percentage points higher": a gap of shares
    searched: str | None = None           # what the passages are searched with, where not the
    #                                       text: the ask after a lead-in ("Heeft u kennis-
    #                                       genomen van ...? Zo ja, waarom ...")

    @property
    def periods(self) -> list[str]:
        if self.quarter and self.years:
            # "eind 2016, en in het eerste kwartaal van 2017": the quarter is its year's only
            of = self.quarter_year or self.years[0]
            return [f"{y}-Q{self.quarter}" if y == of else str(y) for y in self.years]
        return [str(y) for y in self.years]

    @property
    def about_other_things(self) -> bool:
        """Content no figure covers ("the Labour Inspectorate", "kept separately"): the
        passages answer it, a figure is at most its lead."""
        return len(self.uncovered) >= OTHER_CONTENT or any(
            len(w) >= SPECIFIC_LENGTH for w in self.uncovered)

    @property
    def operation(self) -> str:
        """What is done with the figures (OPERATIONS), from the intent and the shape."""
        if self.by_gap and self.lists and (set(self.subjects) <= GROUPS
                                           or len(self.subjects) >= 2):
            return "rank"       # "which sector had the largest shortfall": sectors by gap
        if self.excluded and self.intent in ("figure", "difference"):
            return "complement"
        if self.intent == "ratio":
            return "ratio"
        # ("wanneer verdwijnt het verschil tussen markt en overheid": a date, not a gap,
        # where no figure is named to compare)
        if self.asks_when and (self.intent in ("figure", "explanation")
                               or not (self.metrics or self.years)):
            return "when"
        if self.intent == "explanation":
            return "definition" if self.term else "explain"
        if self.intent == "ranking":
            return "list_beyond" if self.bound else "rank"
        if self.intent == "trend":
            return "series"
        if self.intent == "sum":
            return "sum"
        if self.intent == "target_met":
            # "which of the Rijk, the police and defence met it": those that met it, of these
            return "targets_met" if self.lists and (set(self.subjects) <= GROUPS or len(
                set(self.subjects) - GROUPS) >= 2) else "target_met"
        if self.intent == "difference":
            if self.shortfall:
                return "shortfall"
            if self.versus_year and len(self.subjects) <= 1:
                return "change"
            if (self.including_sroi or {"sroi", "realisatiepercentage"} <= set(self.metrics)) \
                    and len(self.years) <= 1 and (len(self.subjects) <= 1
                                                   or self.including_sroi):
                return "with_without"
            return "compare" if len(self.subjects) >= 2 and len(self.years) < 2 else "change"
        return "value"


# "Kunt u per ministerie aangeven", "broken down by municipality": a figure for each member
# of a sector (the sectors themselves are what the letters break their figures down by)
_PER_MEMBER = re.compile(r"\b(?:per|by|for each|for every|voor elk(?:e)?|voor ieder(?:e)?|"
                         r"uitgesplitst naar|uitgesplitst per|uitsplitsing naar|uitsplitsing per|"
                         r"broken down by|split by|breakdown by)\s+"
                         r"(ministerie|ministry|gemeente|municipality|provincie|province|"
                         r"waterschap|water board|school|hogeschool|universiteit|university|umc|"
                         r"korps|politie-eenheid|police unit|instelling|institution|organisatie|"
                         r"organisation|organization|werkgever|employer|regio|region|"
                         r"departement|department)(?:s|en|'s)?(?:omvang|grootte| size)?\b", re.I)
# "wanneer", "by when", "in welk jaar", "per wanneer": a date or a year is asked, which a
# sentence states; never a figure of the table
# ("wanneer de banen via social return worden meegeteld", "when SROI is included": a
# condition, whose "when" a noun or an article follows, not a verb)
_WHEN = re.compile(r"\b((?:wanneer|when)(?!\s+(?:de|het|een|the|an?|er|men|je|we|wij|you|they|"
                   r"zij|deze|die|dit|dat|these|those|this|that|all|alle|sroi|banen|jobs)\b)|"
                   r"by when|per wanneer|tegen wanneer|in welk jaar|in what year|"
                   r"which year|welk jaar|by what date|op welke datum|what date|deadline|uiterlijk)\b",
                   re.I)
# "gedaald ten opzichte van 2022", "how many points up compared with 2022": a change from that
# year to the latest the letters report
_VERSUS_YEAR = re.compile(r"\b(?:ten opzichte van|t\.o\.v\.?|compared (?:with|to)|vergeleken met|"
                          r"relative to|versus|vs\.?|"
                          # "hoeveel hoger lag het doel dan in 2022", "how much higher than 2022"
                          r"(?:hoger|lager|higher|lower|meer|minder|more|less|fewer)\b[^?.]{0,40}"
                          r"\b(?:dan|than)(?:\s+in)?)\s+(?:het jaar |the year |eind |end of )?"
                          r"(?:19|20)\d\d\b", re.I)
CHANGE_WORD = re.compile(r"\b(procentpunt\w*|percentage ?points?|points?|gedaald|gestegen|"
                          r"daalde|steeg|daling|stijging|rose|risen|fell|fallen|dropped|"
                          r"increased|decreased|declined|grew|gegroeid|toegenomen|afgenomen|"
                          r"increase|decrease|decline|rise|grow|fall|drop|stijgen|dalen|"
                          r"groeien|toenemen|afnemen|verdwenen|verdwijnen|weggevallen|"
                          r"groeide|groeiden|(?:nam|namen)\b[^?.,]{0,40}\b(?:toe|af)|"
                          r"hoger|lager|higher|lower|"
                          r"verloren|lost|disappeared|vanished|"
                          r"changed|veranderd|(?:go|goes|went|gone) (?:up|down)|omhoog|omlaag)\b",
                          re.I)


_CHANGE_AMOUNT = re.compile(r"\b(met hoeveel|by how (much|many)|how many (percentage )?points|"
                            r"hoeveel procentpunt\w*)\b", re.I)


def _one_change_year(text: str, cue: re.Pattern) -> bool:
    return bool(cue.search(text)) and bool(CHANGE_WORD.search(text)) \
        and len(set(re.findall(r"\b(?:19|20)\d\d\b", text))) == 1


def change_in_year(text: str) -> bool:
    """"Met hoeveel procentpunt steeg het percentage in 2024": the change into that year."""
    return _one_change_year(text, _CHANGE_AMOUNT)


def latest_change(text: str) -> bool:
    """"Met hoeveel procentpunt is het percentage gestegen", no year named: the change into
    the latest year the letters report."""
    return bool(_CHANGE_AMOUNT.search(text)) and bool(CHANGE_WORD.search(text)) \
        and not re.search(r"\b(?:19|20)\d\d\b", text)


def versus_year(text: str) -> bool:
    """"Gedaald ten opzichte van 2022": the change from that year to the latest."""
    return _one_change_year(text, _VERSUS_YEAR)


_LETTER_WORD = re.compile(r"\b(letter|brief|nota|report|rapport)\b", re.I)
_ASK_WORD = re.compile(r"\b(hoeveel|how many|how much|aangeven|geef|give|noem|list)\b", re.I)


def _per_member(text: str) -> str | None:
    """The member a breakdown is asked by; not the words of a letter's title ("the 2017
    letter on the Rijk per ministry": a letter named, nothing broken down)."""
    m = _PER_MEMBER.search(text)
    if not m:
        return None
    before = text[max(0, m.start() - 60):m.start()]
    if _LETTER_WORD.search(before) and not _ASK_WORD.search(before):
        return None
    return m.group(1).lower()


# "Wat betekent dat?": a term pointed back to, named earlier in the question
POINTS_BACK = {"dat", "dit", "die", "deze", "het", "it", "that", "this", "these", "those"}
_QUOTED_TERM = re.compile(r"['‘’\"“”]([\w\-]+(?:\s+[\w\-]+){0,2})['‘’\"“”]")


def term_pointed_to(term: str | None, before: str) -> str | None:
    """"De term SROI zie ik vaak. Wat betekent dat?": the term is the one named before the
    ask, in quotes or as a name the vocabulary knows; any other term is itself."""
    if (term or "").lower() not in POINTS_BACK:
        return term
    quoted = _QUOTED_TERM.search(before)
    spans = metric_spans(before)
    return quoted.group(1) if quoted else before[spans[0][0]:spans[0][1]] if spans else term


def shape(text: str) -> dict:
    """The fields of a Query that say how an ask is put rather than what it is about."""
    words = re.findall(r"\w+", text.lower())
    top = _TOP_N.search(text)
    define = define_match(text)
    counted = _COUNTED.search(text)
    phrase = _counted_phrase(text, counted)
    left_out = groups_left_out(text)
    whole = _PARTITIVE_WHOLE.search(text[:counted.start()]) if counted and not (
        phrase and phrase[0].lower() in _NOUNS_COUNTED) else None
    if whole:       # "Van de 35 organisaties ...: hoeveel hebben": organisations are counted
        counted, phrase = whole, _whole_phrase(text, whole)
    return {
        "direction": "closest" if _CLOSEST.search(text) else
                     "lowest" if _LOWEST.search(text) else "highest",
        "n": int(top.group(1)) if top else next((_COUNT_WORDS[w] for w in words
                                                 if w in _COUNT_WORDS), None),
        "bound": _bound(text),
        "groups": tuple(g for g, cue in _GROUP_CUES.items() if cue.search(text)
                        and g not in left_out),
        "left_out": tuple(sorted(left_out)),
        "lists": bool(WHICH.search(text)),
        "asks_count": bool(_COUNT_ASKED.search(text) or (
            _COUNT_UNIT.search(text) and not _PERCENT.search(text))),
        "split": bool(_SPLIT.search(text)),
        "gap_change": bool(_GAP_CHANGE.search(text)),
        "relative_change": bool(RELATIVE_CHANGE.search(text)),
        # the term without the quotes a writer puts around it ("een 'inleenverband'")
        "term": term_pointed_to(define.group(1).strip("'’‘"), define.string[:define.start(1)])
        if define else None,
        "names_letter": bool(_LETTER_NAMED.search(text)),
        "letter": letter_ref(text) if _LETTER_NAMED.search(text) else None,
        "counted": _counted_word(text, counted, phrase),
        "counted_phrase": phrase,
        "counted_is_metric": bool(counted) and any(
            s == 0 for s, _, _ in metric_spans(text[counted.start(2):])),
        "how_much": _how_much(text),
        "asks_results": bool(_RESULTS.search(text)),
        "asks_money": bool(_MONEY.search(text)) and bool(_HOW_MUCH.search(text))
        or bool(_PAID_ASKED.search(text)),
        "mentions_jobs": bool(_JOBS_IN.search(text)),
        "asks_points": bool(POINTS_ASKED.search(text)),
        "interval": bool(_INTERVAL.search(text)),
        "shorthand": len(words) <= SHORTHAND_WORDS and not _QUESTION_WORD.search(text),
        "asks_status": bool(_STATUS.search(text)),
        "asks_reasons": bool(_REASONS.search(text)),
        "asks_plans": bool(_PLANS.search(text)),
        "versus_year": versus_year(text),
        "share_of_other": share_of_other(text),
        "per_member": _per_member(text),
        "asks_when": bool(_WHEN.search(text)),
        "by_gap": bool(FAR_FROM_TARGET.search(text)) and bool(
            _ABSOLUTE.search(text) or _COUNT_ASKED.search(text)
            or re.search(r"\b(tekort|gap|shortfall|deficit|achterstand)\b", text, re.I)
            and not _PERCENT.search(text)),
    }


# the noun phrase naming a whole ends where a preposition or a relative clause begins: "van de
# 387 fta bij de politie" counts fta, not the police
_PHRASE_ENDS = {"bij", "in", "van", "op", "voor", "met", "die", "dat", "eind", "at", "of", "from",
                "for", "with", "that", "which", "who", "end", "within", "binnen"}


def _whole_phrase(text: str, whole: re.Match) -> tuple[str, ...]:
    """"Out of the 51 vocational (mbo) colleges, how many": the words naming the whole, up to
    the first stop or verb, with a writer's brackets taken off."""
    phrase: list[str] = []
    for word in text[whole.start(2):].split()[:4]:
        bare = word.strip("()?.,:;")
        if phrase and (NO_NOUN.match(bare) or _COUNTED.match(word)
                       or bare.lower() in _PHRASE_ENDS):
            break
        phrase.append(bare)
        if word[-1] in ",:;?":
            break
    return tuple(w for w in phrase if w)


# "how many banenafspraak jobs": the agreement's jobs, counted as jobs
_AGREEMENT = {"banenafspraak", "banenafspraken", "job-agreement", "doelgroep", "target-group"}


def _counted_word(text: str, counted: re.Match | None, phrase: tuple[str, ...]) -> str | None:
    """The thing counted: "hoeveel mbo-scholen" counts schools, but "how many market-sector
    jobs" counts jobs, of the sector named before them."""
    if not counted or _VERB_THEN_ER.match(text, counted.end(2)) \
            or _ASKED_VERB.match(counted.group(2)) or _NOTHING_NAMED.match(counted.group(2)):
        return None     # "hoeveel liepen er", "how many came", "hoeveel zaten": nothing named
    if counted.re is _PARTITIVE_WHOLE and len(phrase) > 1:
        # "the 51 vocational (mbo) colleges": the sector it names, else the noun it ends in
        return next((w for w in phrase if find_subjects(w)), phrase[-1])
    start = counted.start(2)
    if len(phrase) >= 2 and _JOBS_IN.fullmatch(phrase[1]) and (any(
            s == start and e >= start + len(phrase[0]) for s, e, _ in subject_spans(text))
            or phrase[0].lower() in _AGREEMENT):
        return phrase[1]
    # "hoeveel waterschapsorganisaties": organisations are counted, of the sector named
    return compound_head(counted.group(2)) or counted.group(2)


def _counted_phrase(text: str, counted: re.Match | None) -> tuple[str, ...]:
    """"hoeveel mbo-scholen hadden": ("mbo-scholen",); the thing counted ends at its verb."""
    if not counted or NO_NOUN.match(counted.group(2)) or _VERB_THEN_ER.match(
            text, counted.end(2)) or _ASKED_VERB.match(counted.group(2)):
        return ()
    phrase: list[str] = []
    for word in text[counted.start(2):].split()[:4]:
        if phrase and NO_NOUN.match(word.strip("?.,")):
            break
        phrase.append(word.strip("?.,"))
    return tuple(phrase)


_VIA = (r"\b(?:via|through|on|by way of|door middel van|in de vorm van)\s+"
        r"(?:een\s+|de\s+|het\s+|a\s+|the\s+)?")


def via_other(text: str, uncovered: tuple[str, ...]) -> tuple[str, ...]:
    """The uncovered words that say how the jobs came about ("werkten via een detachering",
    "were on secondment"): the jobs asked are of that kind only, which no stored figure is."""
    return tuple(w for w in uncovered
                 if re.search(_VIA + re.escape(w) + r"\b", text, re.I))

