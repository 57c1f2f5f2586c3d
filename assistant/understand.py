"""Understanding a question: its language, subjects, years, metric and intent (the intent is
decided in assistant/intent.py, the periods read in assistant/periods.py).

Rule-based on purpose: it must be exact and explainable for numeric questions, and fast.
Subjects and metrics come from the alias table the figures stage also uses, so a sector the
extractor knows is a sector the parser knows.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from assistant.coverage import names_something, uncovered
from assistant.spelling import spelled
from assistant.intent import (AMOUNT, AT_BASELINE, BASELINE_DATED, BETTER, COMPARED, EVENT_YEAR,
                              FIGURE_CUE, INTENT_CUES, METHOD, RATIO, SHORTFALL, SINCE_START, SUM,
                              TOTAL_LISTED, VS_BASELINE, WHAT, WHAT_METRIC, WHY, WITH_WITHOUT,
                              BY_HOW_MUCH, decide_intent)
from assistant.periods import (QUARTER, RELATIVE, YEAR_BEFORE, by_calendar, periods_named,
                              quarter_named, start_of_years)
from assistant.query import (CHANGE_WORD, FAR_FROM_TARGET, POINTS_BACK, RELATIVE_CHANGE,
                            SCOPE_LEAD, Query, define_match, groups_left_out, shape,
                            status_frame, term_pointed_to, via_other)
from assistant import metrics_asked as _asked
from assistant.references import (LETTER_DATE, abbreviated_subjects, answer_referred_to,
                                  elliptical_asks)
from assistant.metrics_asked import INCLUDING_SROI, metrics_asked
from core import vocabulary as V
from core.aliases import (JOB_NOUNS_PATTERN, find_metrics, find_subjects, metric_spans,
                          subject_spans)
from index.language import detect_language  # one detector for retrieval and understanding
from index.sentences import _ABBREVIATION   # the stops that end no sentence ("incl.", "nr.")


_FOLLOW_UP = re.compile(r"^\s*(en|and|what about|how about|wat dan met|en voor|and for|"
                        r"en de|and the|en bij|and at|en in|and in|idem|same for)\b",
                        re.IGNORECASE)


# The typed record every later step reads; the old name stays for callers outside the package.
Question = Query


# Levels whose growth is their own change, never the growth in jobs ("het doel is gegroeid")
_NO_JOBS_GROWTH = {"doel", "realisatiepercentage"}


# Dutch words sharing a part: "overheids- of onderwijssector", "hoger beroeps- en
# wetenschappelijk onderwijs"
_ELLIPSIS_GLUED = re.compile(r"\b(\w+)-\s+(en|of)\s+(\w+?)(sectoren|sector|onderwijs|instellingen|"
                             r"werkgevers)\b", re.I)
_ELLIPSIS_WORD = re.compile(r"\b(\w+)-\s+(en|of)\s+(\w+)\s+(onderwijs)\b", re.I)


# "méér banen", "wél gehaald": a stress accent is emphasis, the word is the plain one ("één"
# is a word of its own, one)
_STRESSED = re.compile(r"\b(?!één\b)\w*[áéíóú]\w*", re.I)
_UNSTRESSED = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")

# "eind '23", "in ’24": a year written short is the year (the agreement's years are 20xx)
_SHORT_YEAR = re.compile(r"(?<![\w'’‘])['’‘]([0-4]\d)\b(?![.,]\d)")

# "25.5-hour job units", "25,5-uursbanen": the letters' unit (fta), named by its definition
_FTA_WORDS = re.compile(r"\b25[.,]5[- ]?(?:hours?|uurs?)[- ]?(?:job[- ]?units?|jobs?|units?|"
                        r"banen|baan|posts?|positions?)\b|\b25[.,]5[- ]?uursbanen\b|"
                        # ("voltijdsbanen", "full-time-equivalent jobs": what fta counts)
                        r"\bvoltijds?ba(?:a|ne)n\b|\bfull[- ]?time[- ]equivalents?(?:[- ](?:jobs?|"
                        r"posts?|positions?|units?))?\b", re.I)


# "uitzendwerk en Wsw-detachering", "secondments or agency work": both kinds of hired-in
# job named together are the inleenverbanden, the letters' word for the two (either one alone
# is that part)
_AGENCY = (r"(?:uitzend\w*|agency(?: work| workers?| staff| placements?)?|"
           r"temp(?:orary)? (?:agency )?work\w*)")
_SECONDED = r"(?:(?:wsw[- ]?)?detach\w*|gedetacheerd\w*|(?:wsw )?secondments?|secondees?|seconded)"
_HIRING_PARTS = re.compile(rf"\b(?:{_AGENCY}\s*(?:en|of|and|or|&|/)\s*{_SECONDED}|"
                           rf"{_SECONDED}\s*(?:en|of|and|or|&|/)\s*{_AGENCY})(?!\w)", re.I)


# "their 2023 quota", "hun quotum": a sector's own quota is its target (the quota regulation,
# "de quotumregeling", "the quota levy", is not)
# ("their own quota percentage" is the regulation's, and so is any quota in a question that
# names the levy or the regulation)
_OWN_QUOTA = re.compile(r"\b(its|their|hun|haar|zijn)\s+((?:(?:19|20)\d\d|own|eigen|annual|"
                        r"jaarlijkse?)\s+)?(quota|quotas|quotum)\b(?![\s-]*(?:regel|regul|levy|heff|"
                        r"percent|%))", re.I)
_QUOTA_REGULATION = re.compile(r"\bquot\w*[\s-]*(?:regel|regul|levy|heff)|\bheffing|\blevy\b",
                               re.I)
# "doelgroepbanen", "banenafspraakwerknemers": a closed compound of the target group and what
# is counted, the jobs and people "voor de doelgroep" as the rest of the parse reads them
_TARGET_GROUP_COMPOUND = re.compile(
    r"\b(?:doelgroep|banenafspraak)-?(" + "|".join(map(re.escape, sorted(
        {w for w in V.JOB_NOUNS + V.PEOPLE_NOUNS if w.isalpha() and len(w) > 4 and w.islower()}
        | {"medewerkers", "kandidaten"}, key=len, reverse=True))) + r")\b", re.I)
_TARGET_GROUP_COMPOUND_EN = re.compile(r"\btarget[- ]group (jobs|positions|placements|workers|"
                                       r"employees|staff)\b", re.I)


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
            and not TOTAL_LISTED.search(text):
        return [s for s in subjects if s != "totaal"]
    return subjects


def asks_amount(text: str) -> bool:
    """Whether a number is asked: "hoeveel", "how far", or a metric named right after the
    question word ("what was the target", "welk realisatiepercentage")."""
    if AMOUNT.search(text) or FIGURE_CUE.search(text):
        return True
    return any(WHAT_METRIC.search(text[:start]) for start, _, _ in metric_spans(text))


# What is not in a part: "níet via inhuur", "not in work": the whole minus that part
NEGATED = re.compile(r"\b(niet|níet|not|geen)\b", re.I)
# The same figure with and without a qualifier: "adds", "zowel zonder als met", "verschil"
_WITHOUT_SROI = re.compile(r"\b(no|not|without|zonder|excluding|exclusief|excl\.?|geen|buiten)\s+"
                           r"(the\s+|de\s+|het\s+)?(jobs\s+via\s+|banen\s+via\s+)?(sroi|inkoop|"
                           r"procurement)\b|\b(regular jobs only|alleen reguliere banen)\b", re.I)
# "met en een zonder de banen via SROI", "with and without SROI": both figures asked, the
# "without" is no exclusion
_BOTH_WAYS = re.compile(r"\b(with and without|without and with|met en (een )?zonder|"
                        r"zonder en (een )?met|zowel (met|zonder) als (met|zonder))\b", re.I)
# Which way a ranking or change goes: words of the operation, not content.
_DIRECTION = re.compile(r"\b(hoog|hoger|laag|lager|high|higher|low|lower|top|bottom|up|down|"
                        r"omhoog|omlaag|naar|zet|sorteer\w*|sort|order|volgorde|list|noem|"
                        r"opeenvolgend|achtereenvolgens|stijgend|dalend|ascending|descending)\b",
                        re.I)
# Every pattern whose match the parse uses: what it matched is covered, not other content.
CUE_PATTERNS = [re.compile(c, re.I) for _, c in INTENT_CUES] + [
    WHY, METHOD, WHAT, AMOUNT, FIGURE_CUE, VS_BASELINE, SINCE_START, AT_BASELINE, EVENT_YEAR,
    COMPARED, YEAR_BEFORE, QUARTER, SHORTFALL, _FOLLOW_UP, INCLUDING_SROI, _DIRECTION,
    WITH_WITHOUT, SUM, RATIO, BETTER, NEGATED,
    _asked.INCLUDING_BASELINE, CHANGE_WORD] + [
    p for _, p in _asked.EXTRA_METRIC_CUES] + [p for p, _ in RELATIVE]


# Where a second ask begins: a new question sentence, or ", en hoeveel ...", "and why ...".
_NEXT_ASK = re.compile(r"(?<=\?)\s+(?=\S)|\s+[+&]\s+|"
                       # (after a dash too: "realisatie umc's 2023 — en op hoeveel ...")
                       r"(?:\s*[—–]|[,;])?\s+(?:en|and|maar|but)\s+(?=(?:hoe|wat|welk\w*|"
                       r"hoeveel|waarom|wanneer|wie|waar|in hoeverre|how|what|which|"
                       # "en bij hoeveel scholen", "and at how many": a count with a preposition
                       r"why|when|who|where|(?:met|bij|in|voor|van|onder|op|over|uit|om|tot|naar|"
                       r"vanaf|sinds|door|aan|by|at|in|for|of|from|since|to|among|on) "
                       r"(?:hoeveel|how many|how much|welke?|which|what)|to what)\b)|"
                       # after a bare comma only what opens a question: "which" there is relative
                       r"[,;]\s+(?=(?:hoeveel|hoe|waarom|wanneer|met hoeveel|met welke|how|why|when|"
                       r"what|by how|by what)\b)|"
                       # "..., en moesten zij meteen betalen?": a yes-or-no ask, its verb first
                       r"[,;]\s+(?:en|and)\s+(?=(?:is|zijn|was|waren|moet|moeten|moest|moesten|kan|"
                       r"kunnen|kon|konden|heeft|hebben|had|hadden|wordt|worden|werd|werden|gaat|"
                       r"gaan|zal|zullen|geldt|gelden|gold|golden|telt|tellen|telde|telden|"
                       r"komt|kwam|blijft|bleef|are|were|does|did|do|can|could|will|would|has|have|"
                       r"must|should)\s+\w+[^,;?]*\?\s*$)|"
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
# A parliamentary lead-in ("Heeft u kennisgenomen van het bericht dat ...? Zo ja, ...", "Are
# you aware of ...? If so, ..."): whether the minister knows of something is no ask of its
# own; what it names is context for the ask after it, as a statement before a question is.
_LEAD_IN = re.compile(r"^(?P<context>\s*(?:heeft u (?:kennis\s?genomen|gelezen|gezien|gehoord)|"
                      r"bent u (?:bekend|op de hoogte|bekend geraakt)|kent u|"
                      r"are you (?:aware|familiar)|have you (?:seen|read|taken note|heard))\b"
                      r"[^?]*\?)\s+(?:(?:zo ja|indien ja|if so|if yes)\s*[,:]?\s*)?"
                      r"(?P<ask>\S[^?]*\?.*)$", re.I | re.S)
_BOTH = re.compile(r"\b(beide|allebei|beiden|both)\b", re.I)
MIN_ASK_WORDS = 2        # fewer words are a fragment of the ask before, not an ask


# "(local government, police, hospitals, schools etc.)", "zoals gemeenten en politie": sectors
# given as examples of a group named beside them
_EXAMPLES = re.compile(r"\((?=[^)]*\b(?:etc|enz|e\.g|bijv|bijvoorbeeld|for example|such as|zoals)\b)"
                       r"[^)]*\)|\b(?:such as|zoals|bijvoorbeeld|for example|for instance|e\.g\.)"
                       r"[^?.;()]*", re.I)


def _without_examples(text: str, subjects: list[str]) -> list[str]:
    """The subjects asked, without sectors named only as examples of a group also named: the
    group is asked about, every sector of it."""
    spans = [m.span() for m in _EXAMPLES.finditer(text)]
    if not spans or not set(subjects) & V.GROUPS:
        return subjects
    outside = {sid for s, _, sid in subject_spans(text)
               if not any(a <= s < b for a, b in spans)}
    return [s for s in subjects if s in outside or s in V.GROUPS]


# "bij Binnenwerk, die rijksorganisatie waar ...", "at Binnenwerk, the government agency
# that ...": words after a name that say what it is
_APPOSITION = re.compile(r"\s*,\s*(?:die|dat|de|het|een|the|a|an|which|that)\b[^,?.;]*", re.I)


# "buying services from companies that ...", "uitbesteden aan bedrijven die ...": the market
# named as whom jobs are bought from
_SUPPLIER_BEFORE = re.compile(r"\b(?:from|aan)\s+(?:de\s+|the\s+)?"
                              r"(?:(?:sociale|social|andere|other)\s+)?$", re.I)


def _without_suppliers(text: str, subjects: list[str], metrics: list[str]) -> list[str]:
    """The subjects asked, without the market where it is only where jobs via procurement
    (SROI) are bought from, beside the sector that buys them."""
    if "markt" not in subjects or len(subjects) < 2 or "sroi" not in metrics:
        return subjects
    spans = [s for s, _, sid in subject_spans(text) if sid == "markt"]
    if spans and all(_SUPPLIER_BEFORE.search(text[max(0, s - 30):s]) for s in spans):
        return [s for s in subjects if s != "markt"]
    return subjects


def _without_apposition(text: str, subjects: list[str]) -> list[str]:
    """The subjects asked, without a sector named only in the description of one employer
    (a list, "the police, the provinces and ...", describes nothing)."""
    if "," not in text or not any(V.SUBJECTS[s].kind == "employer" for s in subjects
                                  if s in V.SUBJECTS):
        return subjects
    spans = subject_spans(text)
    described = [m.span() for _, end, sid in spans
                 if sid in V.SUBJECTS and V.SUBJECTS[sid].kind == "employer"
                 for m in [_APPOSITION.match(text, end)] if m]
    if not described:
        return subjects
    outside = {sid for s, _, sid in spans if not any(a <= s < b for a, b in described)}
    return [s for s in subjects if s in outside] or subjects


def _excluded(text: str, metrics: list[str]) -> str | None:
    """"liepen níet via inhuur", "waren niet werkzaam": a part of a whole, negated."""
    from assistant.query import WHOLE_OF
    starts = [(s, m) for s, _, m in metric_spans(text)] + [
        (match.start(), m) for m, cue in _asked.EXTRA_METRIC_CUES for match in cue.finditer(text)]
    if "werkzaam" in metrics and "werkzaam" in WHOLE_OF and _asked.NOT_IN_WORK.search(text):
        return "werkzaam"
    for neg in NEGATED.finditer(text):
        for start, metric in starts:
            if metric in WHOLE_OF and metric in metrics and 0 < start - neg.end() <= 6:
                return metric
    return None


# "welke gemeente", "the best-performing hogeschool": a member of the sector named next
_WHICH_MEMBER = re.compile(r"\b(?:welke?|which)\s+$", re.I)
_MEMBER_ASKED = re.compile(r"\b(?:welke|which|(?:best|hoogst|laagst|slechtst|worst|top|highest|"
                           r"lowest)[- ]?(?:presterende|scorende|performing|scoring))\s+$", re.I)


# "the two best-performing institutions", "de best scorende scholen": members by a general
# noun, ranked, of the one sector the question names
_SUPERLATIVE = (r"(?:best|top|hoogst\w*|laagst\w*|slechtst\w*|worst|highest|lowest)"
                r"[- ]?(?:presterende|scorende|performing|scoring)?")
_BEST_MEMBERS = re.compile(r"\b" + _SUPERLATIVE + r"\s+(?:institutions?|instellingen|"
                           r"organi[sz]ations?|organisaties|schools?|scholen|employers?|"
                           r"werkgevers|members?|leden)\b", re.I)
# ... and a number of them before the sector's name: "de twee best presterende hogescholen"
_SOME_BEST = re.compile(r"\b(?:twee|drie|vier|vijf|two|three|four|five|\d)\s+" + _SUPERLATIVE +
                        r"\s+$", re.I)


def ranks_members(text: str) -> bool:
    """Whether a ranking is of one sector's members: its name in the singular right after
    "welke"/"which" or a superlative ("welke provincie", "the top-scoring university")."""
    return bool(_members_asked(text, _MEMBER_ASKED))


def best_members(text: str) -> bool:
    """A number of a sector's best or worst members ("de twee best presterende hogescholen"),
    or its best members by a general noun when one sector is named ("the best-performing
    institutions" among the universities of applied sciences), whatever the verb asks."""
    spans = [(start, s) for start, _, s in subject_spans(text) if s in V.SUBJECTS
             and V.SUBJECTS[s].kind == "sector"]
    counted = any(_SOME_BEST.search(text[:start]) for start, _ in spans)
    return counted or (len({s for _, s in spans}) == 1 and bool(_BEST_MEMBERS.search(text)))


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


_JOINED = re.compile(r"^(?:en|and|maar|but)\s+(?=\w)", re.I)


def _defines_named(ask: str) -> bool:
    """"Wat is een fta?" asks what a named thing is; "Wat is het exacte aantal?" names none
    and asks the figure of the ask before."""
    term = define_match(ask)
    named = term.group(1).lower().strip("'’‘\"“”") if term else ""
    # ("Ik kom de afkorting fta tegen. Waar staat dat voor?": "dat" is the term named before)
    return bool(term) and bool(find_subjects(named) or find_metrics(named) or names_something(named)
                               or named in V.SUBJECTS or named in V.METRICS
                               or named in POINTS_BACK)


_ASK_OF_A_YEAR = re.compile(r"(?:en\s+|and\s+)?(?:hoeveel|how many|how much|wat|what)"
                            r"(?:\s+[\w’']+){0,3}?\s+(?:19|20)\d\d\s*\??$", re.I)


def split_asks(text: str) -> list[str]:
    """"Klopt het dat ...? Om welk percentage gaat het?", "hoeveel ..., en waarom ...": the
    asks of a question, each as its own text; one ask gives one text."""
    # ("...? En wat is een fta?": the conjunction joins the asks, it is in neither)
    asks = [_JOINED.sub("", a.strip()) for a in _NEXT_ASK.split(text) if a and a.strip()]
    # "Als de quotumregeling wordt geactiveerd, hoe hoog ...": a condition is the ask's
    # context, not an ask of its own
    # ("..., hebben gehaald? Zo nee, hoeveel ...": "zo nee" is the next ask's condition)
    i = 0
    while i < len(asks) - 1:
        if (_CONDITION.match(asks[i]) or _PARTITIVE.match(asks[i])) and not asks[i].endswith("?"):
            asks[i:i + 2] = [f"{asks[i]}, {asks[i + 1]}"]   # (once: the ask it conditions)
        i += 1
    # "and what was it?" names nothing of its own: it refines the ask before it ("wat is een
    # fta" names its term, though fta is a frame word elsewhere)
    # ("..., en hoe groot was het verschil?" asks the gap between what the ask before named)
    # (and "..., and by how many fta?" the amount of what the ask before found)
    # (", en hoeveel eind 2022?" asks the same of a year of its own)
    def own(i: int, a: str) -> bool:
        return len(a.split()) >= MIN_ASK_WORDS and bool(
            names_something(a) or _defines_named(a) or _GAP_WORD.search(a)
            or _BY_HOW_MUCH.match(a) and (i or a.endswith("?"))
            or i and _ASK_OF_A_YEAR.match(a))
    # ("In the 2024 letter, what does fta stand for": a lead naming where to look is the
    # scope of the ask after it)
    if len(asks) >= 2 and not asks[0].endswith("?") and not own(0, asks[0]) \
            and SCOPE_LEAD.match(asks[0] + ", "):
        asks[0:2] = [f"{asks[0]}, {asks[1]}"]
    # ("Klopt het dat ... uitkwam? Hoeveel precies, en welk deel ...": "hoeveel precies" asks
    # the claim's own figure, and the ask after it is one of its own)
    i = 1
    while i < len(asks):
        if not own(i, asks[i]) and own(i - 1, asks[i - 1]) and i < len(asks) - 1:
            asks[i - 1:i + 1] = [f"{asks[i - 1]} {asks[i]}"]
        else:
            i += 1
    return asks if len(asks) >= 2 and all(own(i, a) for i, a in enumerate(asks)) else [text]


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


# "dat aandeel", "this number", "die percentages": a measure named before, pointed back to
_THAT_MEASURE = re.compile(r"\b(?:dat|dit|die|deze|that|this|these|those)\s+(?:aandeel|aandelen|"
                           r"aantal|aantallen|percentage|percentages|cijfer|cijfers|getal|share|"
                           r"shares|number|numbers|figure|figures|proportion|rate)\b", re.I)


# "hoeveel banen moet dat opleveren", "how many jobs will it bring": a pronoun for the
# statement's subject of talk (not "dat" opening a clause: "klopt het dat")
_ASK_ABOUT_STATEMENT = re.compile(r"\b(?:moet|moeten|zal|zullen|kan|kunnen|heeft|hebben|levert|leverde|"
                          r"will|would|did|does|has|have|should)\s+(?:dat|dit|het|deze|die|that|"
                          r"this|it|these|those|they)\b(?!\s+(?:de|het|een|the|a)\b)|"
                          r"\b(?:dat|dit|that|this|it)\s+(?:opleveren|oplevert|opgeleverd|"
                          r"bring|brings|brought|yield|yields|yielded|deliver|delivers|delivered)\b",
                          re.I)
_COMPARED_WITH = re.compile(r"\b(?:compares?|compared)\s+(?:with|to)\b|\bverhoudt\s+(?:zich\s+)?"
                            r"(?:dat|dit|het)\s+(?:zich\s+)?tot\b|\bvergeleken\s+met\b|"
                            r"\bin vergelijking met\b", re.I)
# "the 2022 figure", "het cijfer over 2022", "het aantal in 2022": one year's figure
_FIGURE_OF_YEAR = re.compile(r"\b(?:19|20)\d\d\s+(?:figure|number|count|level|total)\b|"
                             r"\b(?:figure|number|count|level|total|cijfer|aantal|stand|niveau)\s+"
                             r"(?:for|of|in|over|van|voor|per|eind|end|at the end of)\s+(?:19|20)\d\d\b|"
                             r"\b(?:19|20)\d\d[- ]?(?:cijfer|stand)\b", re.I)
# "als je dat meetelt", "if you count those too": what the statement names, counted in
_INCLUDING_THAT = re.compile(r"\b(?:dat|dit|die|deze|that|this|these|those|them|it)\b[^?.,]{0,25}"
                             + _asked.INCLUDE_VERB.pattern + r"|" + _asked.INCLUDE_VERB.pattern
                             + r"\s+(?:(?:ook|too|also)\s+)?(?:dat|dit|die|deze|that|this|these|"
                             r"those|them|it)\b", re.I)
# "Wat is SROI, en hoeveel fta telde defensie daarmee mee?": by the thing the ask before named
_BY_THAT = re.compile(r"\b(?:daarmee|hiermee|daardoor|langs die weg|via die weg|op die manier|"
                      r"through (?:it|that|this|them)|by (?:it|that|this) route|that way|"
                      r"in that way|by means of (?:it|that|this))\b", re.I)


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
    metrics = part.metrics or (whole.metrics if metrics_too or _BY_THAT.search(part.text)
                               else [])
    if metrics_too and whole.metrics and _THAT_MEASURE.search(part.text):
        # "... is in 2022 veranderd. Met hoeveel procentpunt is dat aandeel gedaald?": the
        # measure the ask points back to is the statement's, whatever its noun suggests
        metrics = whole.metrics
    grown = _asked.as_growth(whole.metrics)
    if (metrics_too or not part.subjects) and part.metrics == ["groei"] and grown != whole.metrics \
            and any(m.startswith("groei_") for m in grown):
        # "Ministries count their agency workers. How much did that number grow?", "the Wsw
        # secondments' fall since 2012, and the fall in 2024 alone?": the growth of the kind
        # of job the statement or the ask before names
        metrics = grown
    if whole.ranks_members and part.intent == "ranking":
        # "Among the hogescholen, what did the two best-performing institutions reach?":
        # the ask ranks the members the whole names, not the sectors
        part = replace(part, intent="explanation", ranks_members=True)
    if part.operation == "definition":
        # "Wat betekent SROI, en hoeveel fta ... defensie in 2023?": a term means the same in
        # every sector and year
        term = term_pointed_to(part.term, whole.text.split(part.text)[0])
        asked = define_match(part.text)
        if asked and asked.group(1).lower() in POINTS_BACK and term \
                and term.lower() not in POINTS_BACK:
            # ("Wat betekent dat?" is searched as what it points at: "Wat betekent SROI")
            return replace(part, term=term, searched=asked.string[:asked.start(1)] + term
                           + asked.string[asked.end(1):])
        return replace(part, term=term)
    named = whole.years
    if len(named) >= 2 and YEAR_BEFORE.search(whole.text) and not YEAR_BEFORE.search(part.text):
        named = [y for y in named if y != named[0] - 1]     # the year before is the other ask's
    years = part.years or named
    if not part.years and named and YEAR_BEFORE.search(part.text) and not part.parts:
        years = [named[0], named[0] - 1]    # "... dan het jaar daarvoor": a change, as alone
        part = replace(part, intent="difference") if part.intent == "figure" else part
    if part.versus_year and len(part.years) == 1 and any(y > part.years[0] for y in whole.years):
        # "hoeveel tekort in 2023, en met hoeveel groeide het t.o.v. 2022": the change from
        # the year it names to the year the whole asks about
        years = sorted({y for y in whole.years if y > part.years[0]} | set(part.years),
                       reverse=True)
        part = replace(part, versus_year=False)
    inherited = replace(part, language=whole.language if not metrics_too else part.language,
                        subjects=subjects or whole.subjects,
                        years=years,
                        start_of=part.start_of if part.years else whole.start_of,
                        # ("eind 2016, en in het eerste kwartaal van 2017": the quarter is 2017's)
                        quarter=part.quarter or (None if part.years else whole.quarter),
                        metrics=_sectors_part(_at_employer(metrics, subjects or whole.subjects),
                                              subjects or whole.subjects),
                        including_sroi=part.including_sroi or whole.including_sroi,
                        term=term_pointed_to(part.term, whole.text.split(part.text)[0]))
    if whole.shortfall and inherited.intent == "figure" and not part.metrics \
            and not part.shortfall and not WHY.search(part.text):
        # "hoeveel banen de marktsector en hoeveel de overheid tekortkwamen": the verb at the
        # end is each ask's
        return replace(inherited, intent="difference", shortfall=True)
    if inherited.intent in ("figure", "explanation") and _GAP_WORD.search(part.text) \
            and not WHY.search(part.text):
        # "..., en hoe groot was het verschil?", "and how big is the gap if SROI is added?":
        # the gap between what the ask before named, or that ask's gap to the target
        gap = replace(inherited, metrics=inherited.metrics or whole.metrics)
        if whole.shortfall:
            return replace(gap, intent="difference", shortfall=True)
        if len(inherited.subjects) >= 2 or len(inherited.years) >= 2:
            return replace(gap, intent="difference")
    return inherited


_BY_HOW_MUCH = re.compile(r"\s*" + BY_HOW_MUCH + r"\b", re.I)
_GAP_WORD = re.compile(r"\b(verschil|difference|gap|kloof|tekort\w*|achterstand|shortfall|marge|"
                       r"margin)\b",
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
    text = _HIRING_PARTS.sub("inleenverbanden", text)
    text = _STRESSED.sub(lambda m: m.group().translate(_UNSTRESSED), text)
    text = _SHORT_YEAR.sub(r"20\1", spelled(text))
    text = _TARGET_GROUP_COMPOUND.sub(lambda m: f"{m[1]} voor de doelgroep", text)
    text = _TARGET_GROUP_COMPOUND_EN.sub(lambda m: f"{m[1]} for the target group", text)
    if not _QUOTA_REGULATION.search(text):
        text = _OWN_QUOTA.sub(lambda m: f"{m[1]} {m[2] or ''}"
                              f"{'doel' if m[3].lower() == 'quotum' else 'target'}", text)
    if text != original:
        return replace(understand(text, history, today, vote), text=original)
    subjects = _without_generic_total(text, find_subjects(text))
    subjects += [s for s in abbreviated_subjects(text) if s not in subjects]
    left_out = groups_left_out(text)        # "the sectors outside education": not asked about
    subjects = [s for s in subjects if s not in left_out]
    subjects = _without_examples(text, subjects)
    subjects = _without_apposition(text, subjects)
    subjects = _without_suppliers(text, subjects, find_metrics(text))
    including = bool(INCLUDING_SROI.search(text)) or (
        "sroi" in find_metrics(text) and bool(_asked.INCLUDE_VERB.search(text)))
    # "incl. wat er al was bij de nulmeting": the total counted with the baseline's jobs, not
    # the baseline's own count
    at_baseline = bool(AT_BASELINE.search(text)) and not _asked.INCLUDING_BASELINE.search(text)
    plain = EVENT_YEAR.sub(" ", VS_BASELINE.sub(" ", SINCE_START.sub(" ", text)))
    # "de uitgangsmeting van 2012", "the 2012 baseline": the nulmeting's date, no period asked
    plain = BASELINE_DATED.sub(lambda m: m.group("name") or m.group("name2"), plain)
    plain = LETTER_DATE.sub(lambda m: m.group(1) + " ", plain)
    plain = _asked.EXISTED_AT_BASELINE.sub(
        lambda m: m.string[m.start():m.start("year")] + "nulmeting"
        + m.string[m.end("year"):m.end()], plain)
    # "sinds de nulmeting", "since the agreement began": jobs added so far, not a year's growth
    so_far = bool(VS_BASELINE.search(text) or SINCE_START.search(text))
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
    if RELATIVE_CHANGE.search(text):    # "hoeveel procent groei": of the count, not the target's
        metrics = [m for m in metrics if m != "realisatiepercentage"]
    years, quarter, since = periods_named(plain, today)
    language = detect_language(text)
    frame = status_frame(text)
    left = tuple(w for w in uncovered(text, CUE_PATTERNS) if w not in frame)
    kind_of_jobs = bool(left) and _asked.share_of_jobs(text) \
        and set(metrics) <= {"realisatiepercentage"}
    if kind_of_jobs:
        # "welk deel van de banen was een vast contract": a share of the jobs by a kind the
        # figures do not hold, which a sentence may state; not the share of the target
        metrics = []
    question = Question(text, language, decide_intent(plain, subjects, metrics, years, since, vote),
                        subjects=subjects, metrics=metrics, years=years, quarter=quarter,
                        since=since, including_sroi=including, start_of=start_of_years(plain),
                        at_baseline=at_baseline, shortfall=bool(SHORTFALL.search(text)),
                        asks_amount=asks_amount(text), calendar_year=by_calendar(plain),
                        uncovered=left, via_other=via_other(text, left), frame=frame,
                        **shape(text))
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
    if best_members(text) or (question.intent == "ranking" and ranks_members(text)):
        # "welke gemeente scoorde het best", "the best-performing hogeschool", "wat haalden
        # de drie best scorende hogescholen": members of a sector, whose figures are not the
        # sector's; the paragraphs may name them
        question = replace(question, intent="explanation", ranks_members=True)
    which_member = member_named(text)
    if which_member:
        question = replace(question, which_member=which_member)
    quarter_named = QUARTER.search(plain)
    if quarter and quarter_named:
        question = replace(question, quarter_year=int(quarter_named.group(2)
                                                      or quarter_named.group(4)))
    excluded = _excluded(text, metrics)
    if excluded:
        question = replace(question, excluded=excluded)
    lead_in = _LEAD_IN.match(text) if not history else None
    preamble = _PREAMBLE.match(text) if not history else None
    if preamble and _ABBREVIATION.search(preamble.group("context")):
        preamble = None         # "realisatiepercentage incl. SROI?": one ask, not a statement
    if preamble and _QUESTION_START.match(preamble.group("context")):
        preamble = None
    if lead_in and names_something(lead_in.group("ask")):
        preamble = lead_in
    # ("... What was the 2022 figure?" names nothing but the year of what the statement names)
    if preamble and (names_something(preamble.group("ask"))
                     or _FIGURE_OF_YEAR.search(preamble.group("ask"))):
        context = understand(preamble.group("context"), today=today)
        own = understand(preamble.group("ask"), today=today, vote=vote)
        asked = _inherit(own, context, metrics_too=True)
        if "verdeelsleutel" in find_metrics(preamble.group("ask")) and set(context.metrics) & {
                "inleenverbanden", "aantal_inleenverbanden", "verdeelsleutel"}:
            # "... ingeleende werknemers worden verdeeld. Welk percentage werd aan de overheid
            # toegerekend?": the split of the hired the statement speaks of
            asked = replace(asked, metrics=["verdeelsleutel"], parts=tuple(
                replace(p, metrics=["verdeelsleutel"]) for p in asked.parts))
        if _BOTH.search(preamble.group("ask")) and context.metrics:
            # "... inclusief de banen van de nulmeting. Kunt u beide aantallen noemen
            # (nulmeting en totaal)?": what the statement names and what the ask adds
            asked = replace(asked, metrics=list(dict.fromkeys(context.metrics + asked.metrics)))
        # (and each of the ask's own asks: "how many such placements at the end of 2016, and
        # how many by Q1 2017?" are both of the placements the statement names)
        # ("Gemeenten zaten in 2023 boven hun doel. Met hoeveel fta precies? En ...": an ask
        # naming nothing of its own asks after what the statement says)
        # ("Ik kom de afkorting fta tegen. Waar staat dat voor, en ...": the statement's term)
        asked = replace(asked, term=term_pointed_to(asked.term, context.text), parts=tuple(
            _inherit(replace(p, term=term_pointed_to(p.term, context.text)),
                     context if context.metrics and not names_something(p.text) else asked,
                     metrics_too=True) for p in asked.parts))
        if not own.subjects and asked.subjects:
            # "... for market and for government. What is the combined growth?": whether the
            # ask adds up, compares or ranks depends on the subjects the statement names
            asked = replace(asked, intent=decide_intent(preamble.group("ask"), asked.subjects,
                                                  asked.metrics, asked.years, asked.since, vote))
        if _ASK_ABOUT_STATEMENT.search(preamble.group("ask")) and not (own.subjects
                                                                      or own.metrics):
            # "Ik las iets over het digitaliseren van archieven bij het Rijk. Hoeveel banen
            # moet dat opleveren?": the ask is about what the statement is about
            asked = replace(asked, uncovered=tuple(dict.fromkeys(
                context.uncovered + asked.uncovered)))
        if "sroi" in context.metrics and not asked.including_sroi \
                and _INCLUDING_THAT.search(preamble.group("ask")):
            # "Defensie besteedt werk uit aan ... . Als je dat meetelt, op hoeveel procent ...":
            # the procurement the statement names, counted in
            asked = replace(asked, including_sroi=True, parts=tuple(
                replace(p, including_sroi=True) for p in asked.parts))
        if context.including_sroi and asked.intent == "figure" \
                and WITH_WITHOUT.search(preamble.group("ask")):
            # "... een percentage met en een zonder SROI. Hoeveel procentpunt ligt
            # daartussen?": the two the statement names, compared
            asked = replace(asked, intent="difference")
        if not own.metrics and len(own.years) == 1 and _FIGURE_OF_YEAR.search(
                preamble.group("ask")) and asked.metrics and all(
                m == "groei" or m in _asked.LEVEL_OF for m in asked.metrics):
            # "... reports growth compared with the year before. What was the 2022 figure?":
            # one year's figure of what grew, its level that year
            asked = replace(asked, intent="figure", years=own.years, since=None, metrics=[
                _asked.LEVEL_OF.get(m, "realisatie") for m in asked.metrics])
            return replace(asked, text=text,
                           searched=lead_in.group("ask") if preamble is lead_in else None)
        if "groei" in context.metrics:
            # "... de groei kwam uit op 840. Hoeveel via formele dienstverbanden?": the ask's
            # kinds of job are parts of that growth, not levels
            asked = replace(asked, metrics=_asked.as_growth(asked.metrics), parts=tuple(
                replace(p, metrics=_asked.as_growth(p.metrics)) for p in asked.parts))
        return replace(asked, text=text,
                       searched=lead_in.group("ask") if preamble is lead_in else None)
    parts = [p for p in split_asks(text)] if not history else []
    if len(parts) >= 2:
        own = [understand(p, today=today, vote=vote) for p in parts]
        # "..., and how does that compare with the share of the market?": the same figure of
        # the other subject, set beside the first ask's
        own = [replace(p, intent="figure") if i and p.intent == "explanation" and p.metrics
               and not (p.asks_reasons or p.asks_plans) and _COMPARED_WITH.search(p.text)
               else p for i, p in enumerate(own)]
        # "..., en hoeveel procent groei is dat?": the change the ask before asks, as a share
        # of where it started
        own = [replace(p, intent=own[i - 1].intent, metrics=own[i - 1].metrics,
                       years=own[i - 1].years) if i and p.relative_change and not p.metrics
               else p for i, p in enumerate(own)]
        question = replace(question, parts=tuple(answer_referred_to(
            elliptical_asks([_inherit(p, question) for p in own]), question)),
                           separate_asks=_own_subjects_differ(own))
        if YEAR_BEFORE.search(text) and not YEAR_BEFORE.search(parts[0]) \
                and question.parts[0].years:
            # "..., en hoeveel groeiden ze t.o.v. het jaar daarvoor?": the year before is the
            # later ask's, the question as a whole is about the year the first ask names
            question = replace(question, years=list(question.parts[0].years))
    if not history:
        return question
    previous = understand(history[-1], history[:-1], today, vote)
    if not years and YEAR_BEFORE.search(text) and previous.years:
        years = [previous.years[0] - 1]
    short = len(re.findall(r"\w+", text)) <= 6
    if not (_FOLLOW_UP.search(text) or (short and not (subjects and metrics and years))):
        return question
    asks_why = bool(WHY.search(text.lower()))
    inherited_intent = previous.intent if question.intent in ("figure", "explanation") \
        and not asks_why else question.intent
    compares = bool(COMPARED.search(text)) and bool(years) and bool(previous.years)
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
