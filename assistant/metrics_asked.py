"""Which metrics a question asks for: the alias table's, the ones the letters state that the
table has no alias for (growth, the target group's size, ...), and the combinations that name
one thing ("groei via formele dienstverbanden", "het aandeel werkenden"). understand.py uses it.
"""
from __future__ import annotations

import re

from core import vocabulary as V
from core.aliases import (BASELINE_NAMES_PATTERN, COUNTED_NOUNS_PATTERN, find_metrics,
                          metric_spans, subject_spans)
from index.language import _EN, _NL

# "if the jobs via SROI were added", "als je de banen via inkoop meetelt": SROI counted in
INCLUDE_VERB = re.compile(r"\b(add|adds|adding|added|included|include|including|counted|counting|"
                          r"meetel\w*|optel\w*|meegeteld|meegerekend|bijgeteld|bijtel\w*|opgeteld|erbij|"
                          r"plus)\b", re.I)
INCLUDING_SROI = re.compile(r"\b(inclusief|including|incl\.?|met|with|counting|meegerekend|"
                            r"meetellen|meegeteld|with and without|without and with|"
                            r"met en zonder|zonder en met|zowel (?:met|zonder) als (?:met|zonder))"
                            r"\s+(de\s+|the\s+)?"
                            r"((banen|jobs)\s+)?((gerealiseerd\w*|realised|created)\s+)?"
                            r"((via|through|by)\s+)?(sroi|inkoop|procurement|purchasing|"
                            r"social return)\b", re.I)

# Jobs lost: a growth below zero, and since the start no count of extra jobs either
_LOST = r"lost|verloren|verdwenen|disappeared|weggevallen|kwijtgeraakt|kwijt"
_LOST_JOBS = re.compile(r"\b(" + _LOST + r")\b", re.I)
# Metrics the alias table leaves to the figures stage, recognised here by their phrasing.
# "geen baan", "without a job", "werkloos": those not in work, the part that is not werkzaam
NOT_IN_WORK = re.compile(r"\b(?:geen|zonder|no|without)\s+(?:een\s+|a\s+)?(?:betaalde?\s+|paid\s+)?"
                         r"(?:baan|werk|job|work|employment)\b|"
                         r"\b(?:out of work|unemployed|jobless|werkloos|werkloze\w*)\b", re.I)
# "hoeveel fta en welk realisatiepercentage", "number of fta and the percentage": a count
# asked beside the share (not "hoeveel procent van de banen")
_COUNT_BESIDE = re.compile(r"\b(?:hoeveel|aantal|number of|how many)\s+(?:fta|fte|banen|jobs)\b"
                           r"(?![^?.]{0,25}\b(?:procent|percent|%))[^?.]{0,20}?\b(?:en|and|,)\b", re.I)
_COUNT_OF_JOBS = re.compile(r"\b(?:how many|hoeveel)\s+(?:\w+\s+)?(?:fta|fte|banen|jobs)\b", re.I)
# "the lowest rate of meeting its target": the share of the target, not the target
RATE_OF_TARGET = re.compile(r"\brates?\b[^?.]{0,30}\b(?:target|goal|quota)s?\b", re.I)
EXTRA_METRIC_CUES: list[tuple[str, re.Pattern]] = [
    # ("add up to", "added together": a sum, not jobs added)
    # ("dat er in 2024 200 banen bij kwamen": a subordinate clause puts the verb last)
    ("groei", re.compile(r"\b(kwamen( er)?( \w+){0,6} bij|bij ?kwamen|bij ?(?:is|zijn) ?gekomen|"
                         r"erbij|added(?! up| together)|"
                         r"(?:netto|banen)?groei|"
                         r"groeide|groeiden|gegroeid|growth|grew|grow|grows|grown|"
                         r"nam( [\w-]+){0,5} (toe|af)|declined?|decreased?|add(?! up| together)|"
                         r"joined|bijgekomen|bij (?:heeft |hebben )?gekregen|bijgekregen|"
                         r"(?:kreeg|kregen|krijgt|krijgen)(?: \w+){0,8} bij|gain|gained|gains|"
                         r"bij (?:kreeg|kregen|krijgt|krijgen)|"
                         r"afgenomen|afname|shr[iau]nk\w*|kromp|krompen|gekrompen|slonk|"
                         r"daling|the fall|the drop|terugval|terugloop|"
                         r"geslonken|" + _LOST + r")\b", re.I)),
    ("realisatie", re.compile(r"\b(realiseerden?|realiseren|realise|realize|achieve|filled|fill|"
                              r"how (did|does|is|are|was|were)\b[^?.]{1,40}\b(do|doing|perform\w*)|"
                              r"hoe (deed|deden|presteerde\w*)|"
                              r"ingevuld|hoeveel( \w+)? banen (had|hadden)|"
                              r"how many( \w+)? jobs were there at)\b", re.I)),
    # what a sector had to reach is its target: "moest het po halen", "supposed to reach"
    ("doel", re.compile(r"\b(promise[ds]?|beloofd|toegezegd|moeten( \w+){0,6} komen|"
                        r"moest(en)?( \w+){0,6} (halen|realiseren|bereiken)|supposed to|"
                        r"had to (reach|realise|realize|create)|(must|have to|has to|need to|"
                        r"needs to) be (realised|realized|created|reached)|moeten worden|"
                        r"moeten( \w+){0,6} (gerealiseerd|behaald|bereikt)|should( \w+){0,4} "
                        r"(be )?(realised|realized|created|reached))\b",
                        re.I)),
    # ("hoe groot was eind 2024 precies het tekort": the size of the gap, not of a group)
    ("omvang", re.compile(r"\b((how large|hoe groot)(?![^?.]{0,40}?\b(?:fall|drop|decline|decrease|"
                          r"increase|rise|growth|daling|stijging|(?:netto)?groei|afname|toename|verschil|"
                          r"difference|gap|tekort|achterstand|shortfall|change))|"
                          r"uit hoeveel personen|size of|(mensen|personen|people|persons)\s+"
                          r"(stonden|stond|staan|zaten|zitten)\s+(er\s+)?(eind\s+\d{4}\s+)?in|"
                          r"(people|persons|mensen|personen) (are|were|zitten|staan) in|"
                          # "ingeschreven in het register": those on it, in work or not
                          r"ingeschreven|geregistreerd|registered|enrolled)\b", re.I)),
    ("realisatiepercentage", re.compile(r"\b(hoeveel procent|welk deel|what share|what part|"
                                        r"what proportion|what fraction|how much of)\b|"
                                        + RATE_OF_TARGET.pattern, re.I)),
    # ("van de doelgroep werkt": the target group's own verb, not any "werken")
    ("werkzaam", re.compile(r"\b(in work|aan het werk|werkzaam|employed|werkten|werkte|worked|"
                            r"(?<=doelgroep )werk(?:t|en)|(?<=register )werk(?:t|en)|"
                            r"werkend\w*|(had|have|has|with) (a )?(job|jobs|paid work)|"
                            r"(een )?baan (had|hadden|hebben|heeft)|met (een )?baan|"
                            r"(had|hadden|hebben|heeft)( \w+){0,4} een baan|"
                            r"were working|working|(had|hadden|hebben|heeft|have|has) "
                            r"(\w+ ){0,3}(betaald )?werk|in (a |paid )?(job|employment))\b|"
                            + NOT_IN_WORK.pattern, re.I)),
]
# A share of those in work ("what share of the target group was in work") is its percentage.
_SHARE = re.compile(r"\b(share|aandeel|percentage|procent|proportion|fraction)|%", re.I)
# Jobs via inleenverbanden counted as a level, not as extra jobs against the nulmeting.
_EXTRA = re.compile(r"\b(extra|additional|toename|increase\w*|change|verander\w*|"
                    r"compared|relative|ten opzichte|t\.o\.v\.|since|sinds|stand|gerealiseerd|"
                    r"realised|realized)\b", re.I)
# "including those at the baseline", "inclusief de banen van de nulmeting": all jobs
_BRACKETS = re.compile(r"\([^()]*\)")
# "met de banen die er in 2012 al waren", "those that already existed in 2012": the jobs of
# the nulmeting, named by its year, which is then no period asked
EXISTED_AT_BASELINE = re.compile(r"\b(?:die|that|which)\s+(?:er\s+)?(?:al\s+|already\s+)?"
                                 r"(?:\w+\s+){0,2}?(?:in|eind|end(?:\s+of)?|at the end of)\s+"
                                 rf"(?P<year>{V.BASELINE_YEAR})\b(?!\s*(?:en|and|tot|to|-|–)\s)"
                                 r"(?:\s+(?:al\s+|already\s+)?(?:waren|was|bestonden|bestond|"
                                 r"existed|er waren|there)\b)?(?:\s+(?:meegeteld|meegerekend|"
                                 r"meetel\w*|meereken\w*|included|counted)\b)?", re.I)
INCLUDING_BASELINE = re.compile(r"\b(including|inclusief|incl|counting|counted|count|meegeteld|"
                                # ("counted at the time of the baseline" is its own count)
                                r"meetel\w*|meegerekend|meereken\w*)\b(?!\s+(?:at|during|in|bij|"
                                r"tijdens|ten tijde)\b)\.?[^.?]{0,60}\b"
                                rf"({BASELINE_NAMES_PATTERN})|"
                                # "de banen van de nulmeting meegerekend"
                                rf"\b({BASELINE_NAMES_PATTERN})\b[^.?]{{0,30}}\b(meegeteld|"
                                # "met de banen die er bij de nulmeting al waren erbij"
                                r"erbij|bijgeteld|opgeteld|added|"
                                r"meegerekend|inbegrepen|included|counted|taken into account|"
                                r"meetel\w*|meereken\w*)\b|" + EXISTED_AT_BASELINE.pattern, re.I)
# "hoeveel procent van de doelstelling", "what share of its target": the percentage
# (the target by any of its names in the vocabulary: "procent van hun opgave")
# ("target" and "doel" are written out in the pattern: "target group" is no target)
_TARGET_NAMES = "|".join(re.escape(n) for n in V.METRICS["doel"].nl + V.METRICS["doel"].other
                         if not n.startswith(("doel", "target", "goal")))
_SHARE_OF_TARGET = re.compile(r"(\b(?:procent|percent|percentage|deel|share|part|proportion|fraction)|"
                              r"(?<=\d)\s?%)\s+(van|of)\s+(de |het |the |"
                              r"its |their |hun |haar |zijn )?"
                              # "what share of its 2023 target", "deel van hun jaarlijkse doel"
                              r"(?:(?:eigen|own|jaarlijkse?|annual|yearly|(?:19|20)\d\d)\s+)*"
                              r"(doel(?!groep)\w*|targets?(?!\s+group)|"
                              r"goals?|" + _TARGET_NAMES + r")\b", re.I)
# "wie deed het beter ten opzichte van het doel", "how did they do relative to their target":
# doing well against a target is the share of it reached
_AGAINST_TARGET = re.compile(r"\b(ten opzichte van|t\.o\.v\.|relative to|against|compared (to|with)|"
                             r"in relation to|afgezet tegen)\s+(de |het |the |its |their |hun |haar |"
                             r"zijn |the respective )?(eigen |own )?(doel(?!groep)\w*|targets?(?!\s+group)|"
                             r"goals?|opgave|taakstelling)", re.I)
# "hoe ver is de politie met het halen van haar doel", "how close is it to its target":
# the share of the target reached
# ("how far short of", "hoe ver van het doel af": the gap, in counts)
_PROGRESS_TO_TARGET = re.compile(r"(\b(?:hoe ver|how far|how close|hoe dicht)\b)(?!\s+(?:short|below|"
                                 r"behind|under|off|away|from|achter|onder|af|verwijderd|van)\b)"
                                 r"(?![^?.]*\b(?:short|tekort|achter|af)\b)[^?.]{0,90}\b"
                                 r"(?:doel(?!groep)\w*|targets?(?!\s+group)|goals?|opgave|"
                                 r"taakstelling)\b", re.I)
_DID_WELL = re.compile(r"\b(beter|slechter|best|slechtst|better|worse|best|worst|outperform\w*|"
                       r"presteerde\w*|performed|did|deed|deden|scored|scoorde\w*)\b", re.I)
_PERCENT_SIGN = re.compile(r"%|\b(procent|percent|procentpunt\w*|percentage ?points?|"
                           r"how many points|hoeveel punt(en)?)\b", re.I)
# "niet alleen de extra banen", "not just the additional jobs": the metric not asked
_NOT_ONLY = re.compile(r"\b(niet|not)\s+(alleen|enkel|slechts|just|only)\s+(de\s+|the\s+)?"
                       r"(extra|additional)(\s+(banen|jobs))?", re.I)
# The verdeelsleutel divides the inleenverbanden; "split between" alone divides a target.
# (the inleenverbanden by any of their names in the vocabulary: "ingeleende krachten")
_HIRED = re.compile(r"\b(inleen\w*|hiring|hired|uitzend\w*|detacher\w*|second\w*|"
                    r"verdeelsleutel|distribution key|allocation key|" + "|".join(
                        re.escape(a) for a in V.METRICS["inleenverbanden"].aliases) + ")", re.I)
# "how many extra jobs were promised": the target, not what was realised
_PROMISED = re.compile(r"\b(promise[ds]?|beloofd|toegezegd|afgesproken|agreed|"
                       r"(must|have to|has to|need to|needs to) be|moeten worden)\b", re.I)
# Growth split by the kind of job: the letters state it as its own metric.
_GROWTH_OF = {"formele_dienstverbanden": "groei_formele_dienstverbanden",
              "inleenverbanden": "groei_inleenverbanden",
              # (the Wsw-detacheringen' figure is their change since the nulmeting; one
              # year's change is their growth: "nam in 2024 met 2.340 af")
              "wsw_detacheringen": "groei_wsw_detacheringen"}
# and back: over a span of periods, a kind of job's growth is the change of its level
LEVEL_OF = {growth: level for level, growth in _GROWTH_OF.items()}
# A metric about one part of another: asked together, the part is meant.
_PART_OF = {m.id: m.part_of for m in V.METRICS.values() if m.part_of}



# "welk deel van de schoolorganisaties": a share of something else than jobs or a target
_SHARE_OF = re.compile(r"\b(welk deel|what share|what part|how much|welk percentage|"
                       r"what percentage|hoeveel procent|percentage|share|aandeel|"
                       r"(?:what )?proportion|(?:what )?fraction|welke fractie)\s+(van|of)\s+"
                       r"(?:(?:de|het|the|hun|their|its|zijn|haar|all|alle)\s+)?"
                       r"([\w\-]+(?:\s+[\w\-]+){0,2})", re.I)
_JOB_WORDS = re.compile(f"({COUNTED_NOUNS_PATTERN})$", re.I)


# "the quota percentage", "het quotumpercentage": a percentage named by another thing
_NAMED_PERCENT = re.compile(r"\b([^\W\d_]{3,})(?:[- ](?:percentage|rate)|percentage)\b", re.I)
_NOT_A_NAME = re.compile(r"(the|de|het|een|an?|what|which|welk|welke|this|that|dit|dat|its|their|"
                         r"hun|his|her|zijn|haar|same|zelfde|hoogste|laagste|highest|lowest|"
                         r"total|totale|overall)$", re.I)


# "welk percentage schoolorganisaties", "what share municipal employers": a share of members
# with "van"/"of" left out
_SHARE_OF_MEMBERS = re.compile(r"\b(?:welk|welke|what|which)\s+(?:deel|percentage|aandeel|share|"
                               r"proportion)\s+(?:\w+[- ]?)?(?:" + "|".join(
                                   V.MEMBER_NOUNS + ("schoolorganisaties", "scholen", "schools",
                                                     "organisations", "organizations",
                                                     "employers", "institutions")) + r")\b",
                               re.I)


def share_of_other(text: str) -> bool:
    """"What percentage of school organisations", "welk deel van de mbo-scholen", "the quota
    percentage": a share of something else than jobs, a target or the target group, so no
    realisatiepercentage; unless the question names that percentage itself."""
    named = _NAMED_PERCENT.search(text)
    if named and not (_NOT_A_NAME.match(named.group(1)) or named.group(1).lower() in _EN
                      or named.group(1).lower() in _NL or find_metrics(named.group(1))
                      or any(s <= named.start() < e for s, e, _ in   # "achievement rate"
                             metric_spans(text) + subject_spans(text))     # "police percentage"
                      or named.group(1).lower().endswith(("realisatie", "realisation"))):
        return True
    if _SHARE_OF_MEMBERS.search(text):
        return True
    m = _SHARE_OF.search(text)
    before = text[:m.start()].split()[-1:] if m else []
    if not m or find_metrics(text[:m.start()] + " " + text[m.end():]).count(
            "realisatiepercentage") or (before and find_metrics(before[0])):
        return False        # "the realisation percentage of the municipalities" is theirs
    # "what share of the target group" is of people; "welk deel van de mbo-scholen" of members
    of_people = any(m.start(3) <= s < m.end(3) and subject == "doelgroep"
                    for s, _, subject in subject_spans(text))
    words = m.group(3).split()
    return not (any(_JOB_WORDS.match(w) for w in words) or find_metrics(m.group(3))
                or of_people)


def share_of_jobs(text: str) -> bool:
    """"Welk deel van de banen", "what share of the jobs": a share of the jobs themselves
    (never of the target, which is the realisatiepercentage)."""
    m = _SHARE_OF.search(text)
    # (the noun may follow a word that says which jobs: "of the job-agreement jobs")
    return bool(m) and any(_JOB_WORDS.match(w) for w in m.group(3).split()[:2])


# "on secondment rather than directly employed", "in plaats van via inhuur": what the asked
# thing is set against is not asked
_CONTRAST = re.compile(r"\b(rather than|instead of|as opposed to|in plaats van|"
                       r"in tegenstelling tot)\b[^,.;:?]*", re.I)


# a verb of decline is a change in jobs, unless a share fell ("met hoeveel procentpunt gedaald")
_FELL = re.compile(r"\b(daalde|daalden|gedaald)\b", re.I)
# ... and so is one of rise in the one year named ("met hoeveel is het aantal in 2022
# toegenomen", "nam het aantal banen bij de overheid in 2022 af"), where no share or other
# count is named;
# between two years the change is the levels' difference
_ROSE = re.compile(r"\b(steeg|stegen|gestegen|toegenomen|increased?|rose|risen|"
                   r"na(?:m|men)(?: [\w-]+){0,9} (?:toe|af))\b", re.I)
_SHARE_ROSE = re.compile(r"\b(aandeel|share|proportion|percentage)\b", re.I)
_YEAR = re.compile(r"\b20\d\d\b")
_IN_POINTS = re.compile(r"\b(procentpunt\w*|percentage ?points?|procent|percent)\b|%", re.I)


def metrics_asked(text: str, at_baseline: bool, vs_baseline: bool = False) -> list[str]:
    """Metrics named, not counting words inside a subject's name ("target group") or what the
    asked thing is set against. Against the nulmeting, "afgenomen" is the change since 2012,
    not one year's growth."""
    text = _CONTRAST.sub(" ", _NOT_ONLY.sub(" ", text))
    chars = list(INCLUDING_SROI.sub(" ", text))
    for start, end, _ in subject_spans(text):
        chars[start:end] = " " * (end - start)
    metrics = find_metrics("".join(chars))
    # "via hiring-in arrangements (agency work and Wsw secondments)": what the brackets name
    # explains the metric before them, it is not asked beside it
    outside = find_metrics(_BRACKETS.sub(lambda m: " " * len(m.group()), "".join(chars)))
    if outside:
        metrics = [m for m in metrics if m in outside]
    # ("met de nulmeting erbij": the jobs counted in, not jobs added)
    plain = INCLUDING_BASELINE.sub(" ", text)
    cued = [m for m, cue in EXTRA_METRIC_CUES if cue.search(plain) and m not in metrics]
    if _FELL.search(plain) and not _IN_POINTS.search(plain) and "groei" not in metrics + cued:
        cued.append("groei")    # "met hoeveel banen daalde het in 2024": that year's change
    elif _ROSE.search(plain) and not (_IN_POINTS.search(plain) or _SHARE_ROSE.search(plain)) \
            and not cued \
            and set(metrics) <= {"realisatie", "extra_banen"} \
            and len(set(_YEAR.findall(plain))) == 1:
        cued.append("groei")
    if vs_baseline and "groei" in cued and not metrics and not _LOST_JOBS.search(text):
        metrics = ["extra_banen"]       # "bijgekomen sinds de start": the jobs added so far
    metrics += [m for m in cued if not (m == "groei" and vs_baseline)]
    other = share_of_other(text)
    if "realisatiepercentage" in metrics and other:
        metrics = [m for m in metrics if m != "realisatiepercentage"]
    if metrics == ["realisatiepercentage"] and _COUNT_BESIDE.search(text):
        metrics = ["realisatie", "realisatiepercentage"]   # "aantal fta en realisatiepercentage"
    if RATE_OF_TARGET.search(text) and "realisatiepercentage" in metrics:
        metrics = [m for m in metrics if m != "doel"]
    if INCLUDING_BASELINE.search(text):
        metrics = ["totaal_banen"] + [m for m in metrics if m not in ("totaal_banen", "nulmeting")]
    if at_baseline and "nulmeting" in metrics and set(metrics) <= {"nulmeting", "realisatie",
                                                                "extra_banen"}:
        metrics = ["nulmeting"]     # "how many jobs were there at the baseline": its count
    elif at_baseline and len(metrics) > 1:
        metrics = [m for m in metrics if m != "nulmeting"]     # the period, not the metric
    if not metrics and _PERCENT_SIGN.search(text) and not other:
        metrics = ["realisatiepercentage"]      # "verschil hbo wo 2023 %": the percentages
    return _combined(text, metrics)


def as_growth(metrics: list[str]) -> list[str]:
    """The metrics meant as one year's growth: a kind of job becomes the growth via it."""
    level = {"aantal_inleenverbanden": "inleenverbanden"}
    return list(dict.fromkeys(_GROWTH_OF.get(level.get(m, m), m) for m in metrics))


# "netto groei", "onder de streep", "per saldo": the growth of all jobs, whatever kinds of
# job the question names as its breakdown
_NET = re.compile(r"\b(net|netto|nettogroei|onder de streep|per saldo|bottom line|overall|in total|"
                  r"in totaal)\b", re.I)


# "tot hoeveel banen is Binnenwerk gegroeid", "what had it grown to": the level reached, not
# the growth
_GROWN_TO = re.compile(r"\b(tot|naar|to)\s+hoeveel\b|\b(gegroeid|gestegen|toegenomen|groeide\w*|"
                       r"steeg|stegen|grown|grew|risen|rose|increased)\s+(tot|naar|to)\s+"
                       r"(hoeveel|welk|what|which|how)\b|\bwhat\b[^?.]{0,60}\b(grown|grew|risen|"
                       r"rose|increased)\s+to\b", re.I)


_REALISATION_PERCENT = re.compile(r"\b(realis\w*|realiz\w*|gerealiseerd\w*)\s*(\(%\)|-?%|in %)|"
                                  r"%\s*(realis\w*|realiz\w*)", re.I)


def _combined(text: str, metrics: list[str]) -> list[str]:
    """Metrics that together name one thing the letters state: growth via a kind of job,
    the share of the target group in work, the level of the inleenverbanden."""
    if "groei" in metrics and _GROWN_TO.search(text):
        metrics = list(dict.fromkeys("realisatie" if m == "groei" else m for m in metrics))
    if "groei" in metrics and _NET.search(text):
        metrics = ["groei"] + [m for m in metrics if m not in _GROWTH_OF and m != "groei"
                               and m != "extra_banen"]
    elif "groei" in metrics and any(m in _GROWTH_OF for m in metrics):
        metrics = [_GROWTH_OF.get(m, m) for m in metrics if m not in ("groei", "extra_banen")]
    if "realisatie" in metrics and _REALISATION_PERCENT.search(text):
        # "realisation %", "realisatie (%)": the realisation as a percentage of the target
        metrics = list(dict.fromkeys("realisatiepercentage" if m == "realisatie" else m
                                     for m in metrics))
    if "werkzaam" in metrics and (_SHARE.search(text) or "realisatiepercentage" in metrics):
        metrics = ["werkzaam_percentage" if m == "werkzaam" else m for m in metrics
                   if m != "realisatiepercentage"]
    if "verdeelsleutel" in metrics and not _HIRED.search(text):
        metrics = [m for m in metrics if m != "verdeelsleutel"]   # "split between market and ..."
    if "doel" in metrics and _PROMISED.search(text):
        metrics = [m for m in metrics if m not in ("extra_banen", "realisatie")]
    if set(metrics) & {"inleenverbanden", "aantal_inleenverbanden"} and (
            _SHARE.search(text) or "realisatiepercentage" in metrics):
        metrics = ["verdeelsleutel"]    # "what percentage of the inleenverbanden ... market"
    if metrics == ["inleenverbanden"] and not _EXTRA.search(text):
        metrics = ["aantal_inleenverbanden"]
    share = _SHARE_OF_TARGET.search(text) or _PROGRESS_TO_TARGET.search(text)
    if share or ("doel" in metrics and _AGAINST_TARGET.search(text)
                 and (_DID_WELL.search(text) or _PERCENT_SIGN.search(text))):
        # ("welk percentage van hun taakstelling realiseerden zij": the verb is no count)
        # ("Klopt het dat het Rijk 85% van zijn doel haalde? Om hoeveel fta gaat het?": a
        # share stated and a count asked, both)
        counted = ["realisatie"] if share and share.group(1).endswith("%") \
            and _COUNT_OF_JOBS.search(text) else []
        metrics = ["realisatiepercentage"] + counted + [m for m in metrics if m not in (
            "doel", "realisatiepercentage", "realisatie")]
    parts = {whole for m in metrics for whole in _PART_OF.get(m, ())}
    return [m for m in metrics if m not in parts] or metrics
