"""Explanations from retrieved passages, and when the letters do not answer at all.

Abstention is decided by the evidence, not by the question: a question must name something of
the banenafspraak's domain (a sector or metric alias, a domain word, or a name the letters
mention only in passing), and enough of its content words must occur in the passages found.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import Stemmer

from assistant.coverage import PARLIAMENTARY_FRAME   # how a question is put: no content
from core.aliases import find_metrics, find_subjects, metric_spans, subject_spans
from core.vocabulary import ABROAD, SETTING
from index.glossary import dutch_synonyms
from index.language import dutch_expansion, _EN, _NL

_stem = Stemmer.Stemmer("dutch").stemWord
_WORD = re.compile(r"[a-zà-ÿ’'][a-zà-ÿ’'\-]*", re.I)
# Roots of the domain's own words, Dutch and English (matched at a word start).
DOMAIN_ROOTS = ("banenafspra", "baan", "banen", "job", "quot", "doelgroep", "target group",
                "fta", "werkgever", "employer", "arbeidsbeperk", "disab", "inleen", "hiring",
                "sroi", "social return", "wsw", "participatie", "werkagenda", "inclusi",
                "heffing", "levy", "sociaal akkoord", "social agreement", "arbeidsinspectie",
                "labour authority", "motie", "motion", "kabinet", "cabinet", "minister",
                "staatssecretaris", "state secretary", "onderscheid", "distinction", "nulmeting",
                "baseline", "realis", "sector")
_EXTRA_STOP = {"wat", "what", "waarom", "why", "welke", "which", "hoe", "how", "when", "wanneer",
               "wie", "who", "does", "doet", "about", "over", "according", "volgens", "zich",
               "been", "will", "would", "worden", "wordt", "werd", "they", "them", "het", "the",
               "van", "voor", "naar", "into", "daar", "there", "tell", "give", "geef",
               # how the meaning of a term is asked ("wat wordt verstaan onder")
               "verstaan", "definitie", "definition", "meant", "mean", "betekent", "betekenis",
               "begrip", "term", "houdt", "bedoeld", "verstaat", "understood", "means",
               "betekenen", "men", "onder",
               # how a reasons question says a sector is doing ("waarom bleven de umc's
               # achter"): the letters give the reasons in their own words
               "achter", "achterblijven", "achterblijft", "achterbleef", "achterbleven",
               "achterblijvende", "bleef", "bleven", "blijft", "blijven", "behind", "lag",
               "lags", "lagging", "lagged", "short", "fall", "falls", "fell", "slecht",
               "slechter", "badly", "poorly", "worse",
               # how the ask is put around what it is about: a reason asked for ("hoe verklaart
               # u dat ..."), the end or start of a year, more or fewer than then
               "verklaart", "verklaren", "verklaard", "verklaring", "explain", "explains",
               "explained", "explanation", "eind", "einde", "begin", "end", "start", "minder",
               "meer", "fewer", "less", "more"}
# Share of the question's content stems found in the top passages. An English question can
# only match the Dutch letters through names and the glossary, so one shared word must do.
MIN_COVERAGE = {"nl": 0.34, "en": 0.01}
# ("sector-by-sector", "per-sector", "each sector" name no sector)
_SECTOR_WORD = re.compile(r"\b(?!(?:by|per|each|every|elke|iedere|any)-?sector\b)[a-zà-ÿ]+-?sector\b"
                          r"(?!-by-)|(?<=\bthe )(?:dutch |national )?"
                          r"(?!(?:same|other|whole|entire|public|private)\b)"
                          r"[a-z]+(?: \([a-zà-ÿ]+\))? sector\b",
                          re.I)   # "the healthcare (zorg) sector": its name glossed
# a word before education's name: "speciaal onderwijs", "special education"
_KIND_OF_GROUP = re.compile(r"\b([a-zà-ÿ]+)\s+(onderwijs|education)\b", re.I)
_ABROAD = re.compile(r"(?<![\w-])(" + "|".join(
    re.escape(p) for p in sorted(ABROAD, key=len, reverse=True)) + r")(?![\w-])", re.I)
_NAME_INSIDE = re.compile(r"(?<=[a-zà-ÿ,] )([A-Z][a-zà-ÿ]{2,})\b")
# a separable verb's particle at the end of a Dutch question ("leverden ... cijfers aan")
_PARTICLE = re.compile(r"\b(aan|op|in|uit|mee|bij|af|door|toe|terug|vast|na|om)\s*[?.!]*\s*$",
                       re.I)
_AFTER_ARTICLE = re.compile(r"\b(?:de|het|bij|een)\s+([a-zà-ÿ][a-zà-ÿ\-]{3,})(?:\s+([a-zà-ÿ]{4,}))?",
                            re.I)
STRONG_HITS, STRONG_COVERAGE = 3, 0.5   # shared content words that make evidence on their own
SPECIFIC_LENGTH = 12         # a compound this long names one thing (financieringsconstructie)
FULL_MATCH_WORDS = 3         # content words a question needs before a full match counts
MIN_UNKNOWN_LENGTH = 5       # shorter words are too often inflections or abbreviations
RARE_DF = 2                  # a word in at most this many passages names something specific
# An English name's one Dutch word in at most this many: what the name stands for ("the Labour
# Inspectorate": Arbeidsinspectie, in 3), as the letters write it in a few paragraphs
NAMED_DF = 4
COMPOUND_HEAD = 5            # the shortest word after a subject's name in a compound


def content_stems(text: str) -> set[str]:
    words = [w.lower().strip("’'") for w in _WORD.findall(text)]
    return {_stem(w) for w in words
            if len(w) > 2 and w not in _EN and w not in _NL and w not in _EXTRA_STOP
            and w not in PARLIAMENTARY_FRAME}


def passage_stems(text: str, parts: bool = False) -> set[str]:
    """The stems of a text's words; with `parts` also of each part of a hyphenated word (the
    "verplichtingen" of "Social Return-verplichtingen", which a question may write apart)."""
    words = [w.lower().strip("’'") for w in _WORD.findall(text)]
    if parts:
        words += [p for w in words if "-" in w for p in w.split("-") if p]
    return {_stem(w) for w in words}


@dataclass
class Strength:
    domain: bool
    coverage: float
    rare: list[str]
    lang: str = "nl"

    hits: int = 0

    @property
    def enough(self) -> bool:
        # Most of a question's own words in the passages found is evidence by itself, domain
        # words or not ("de drie thema's van het rijksbrede plan van aanpak").
        shared = self.hits >= STRONG_HITS and self.coverage >= STRONG_COVERAGE
        return (self.domain or shared) and self.coverage >= MIN_COVERAGE[self.lang]


class Evidence:
    """Knows the corpus vocabulary (document frequency per stem) to judge retrieved evidence."""

    def __init__(self, passages_text: list[str]):
        self.df: Counter[str] = Counter()
        self.vocabulary: set[str] = set()
        self.names: set[str] = set()
        for text in passages_text:
            stems = passage_stems(text)
            self.df.update(stems)
            words = {w.lower() for w in _WORD.findall(text)}
            # a compound's parts are words of the letters too ("Wsw" of wsw-detacheringen)
            self.vocabulary |= words | {part for w in words for part in w.split("-") if part}
            # the words the letters write as a name, capitalised inside a sentence ("Leiden"
            # is a name in none of them, though "leiden tot" is a word of theirs)
            self.names |= {m.group(1).lower() for m in _NAME_INSIDE.finditer(text)}
        # the hyphenated words, in order, that an abbreviation may be part of ("scp-rapport")
        self._hyphenated = sorted(v for v in self.vocabulary if "-" in v and not v.endswith("-"))

    def names_unknown(self, question: str) -> list[str]:
        """Capitalised names in a question that the letters never mention (Belgium, Eredivisie):
        a figure about them cannot be in the letters."""
        # a name the vocabulary has (a sector's or a metric's) is known, in the letters or not
        taken = [(s, e) for s, e, _ in subject_spans(question) + metric_spans(question)]
        unknown = []
        for m in re.finditer(r"\b[A-Z][a-zà-ÿ]{2,}\b", question):
            opens = m.start() == 0 or re.search(r"[.?!:;'\"‘’“”]\s*$", question[:m.start()])
            if opens or any(s <= m.start() < e for s, e in taken) \
                    or m.group().lower() in MONTHS or (    # "the letter of July 2025"
                        len(m.group()) <= 4 and m.group().lower()[:3] in _MONTH_STARTS):  # "Sept"
                continue
            # (the country the letters are about, "Dutch employers", "the Netherlands", and an
            # English name of what they call by a Dutch one, "the Senate": Eerste Kamer)
            if m.group().lower() in SETTING or any(
                    self.known(t) for t in dutch_expansion(m.group().lower())):
                continue
            if m.group().lower() not in self.vocabulary and not self.known(m.group()):
                unknown.append(m.group())
        return unknown

    def places_abroad(self, question: str) -> list[str]:
        """Countries and regions beyond the Netherlands that a question names and no letter
        does ("Germany's quota", "andere EU-landen"): what it asks of them is not reported."""
        return [m.group(1) for m in _ABROAD.finditer(question)
                if not all(self.known(w) for w in m.group(1).split())]

    def members_unknown(self, question: str) -> list[str]:
        """A name the letters never use right after a sector or in brackets ("de provincie
        Utrecht", "(Belastingdienst)"): one member, whose figures the sector's are not."""
        unknown = []
        for s, e, _ in subject_spans(question):
            # "de provincie Utrecht", "the province of Noord-Brabant", "de gemeente Den Haag"
            # ("de politie-eenheid Rotterdam": a unit of the sector, then its name)
            m = re.match(r"(?:-[a-zà-ÿ]{3,})?\s+(?:(?:of|van)\s+)?"
                         r"([A-Z][a-zà-ÿ]{2,}(?:[- ][A-Z][a-zà-ÿ]+)*)\b", question[e:])
            if m and any(w.lower() not in self.names for w in re.split(r"[- ]", m.group(1))):
                unknown.append(m.group(1))
            # "Amsterdam's city government", "Utrecht's police": a member by its name before
            before = re.search(r"\b([A-Z][a-zà-ÿ]{2,})['’]s\s+(?:[a-z]+\s+)?$", question[:s])
            if before and before.group(1).lower() not in self.names:
                unknown.append(before.group(1))
        # "(Belastingdienst)", "the safety regions (veiligheidsregio's)": the asker's own name
        # for what is asked about, capitalised or not
        # (an English gloss the letters say in Dutch, "(procurement)": inkoop, is known)
        for m in re.finditer(r"\(([A-Za-zà-ÿ][a-zà-ÿ]{3,}(?:['’]s)?)\)", question):
            word = m.group(1)
            if word.lower() not in self.vocabulary and not find_subjects(word) \
                    and not find_metrics(word) and not self.known(word) \
                    and not any(self.known(t) for t in dutch_expansion(word)):
                unknown.append(word)
        return unknown

    @staticmethod
    def sectors_unknown(question: str) -> list[str]:
        """A sector named that is none of the letters' sectors ("de zorgsector", "the
        hospitality sector"): its figures are not in them, even where the word occurs."""
        taken = [(s, e) for s, e, _ in subject_spans(question)]
        # "de cao-sector hbo", "the education sector po": a label of the sector named beside it
        beside = [(s - 2, e + 2) for s, e in taken]
        return [m.group() for m in _SECTOR_WORD.finditer(question)
                if not any(s <= m.start() < e or s < m.end() <= e for s, e in taken)
                and not any(s <= m.end() + 1 <= e or s <= m.start() - 1 <= e
                            for s, e in beside)]

    def kinds_unknown(self, question: str) -> list[str]:
        """A kind of education the letters never name ("het speciaal onderwijs", "special
        education"): its word before "onderwijs" is in no letter, in any form, so its figures
        are not education's."""
        found, taken = [], [(s, e) for s, e, _ in subject_spans(question)]
        for m in _KIND_OF_GROUP.finditer(question):
            word = m.group(1).lower()
            if word in _EN or word in _NL or len(word) < 4 or any(
                    s <= m.start(1) < e for s, e in taken):
                continue
            forms = [word] if m.group(2).lower() == "onderwijs" else dutch_expansion(word)
            if forms and not any(self.known(f) for f in forms for f in f.split()):
                found.append(m.group())
        return found

    def hyphenated(self, question: str) -> list[str]:
        """The letters' hyphenated words that have an abbreviation of the question as a part
        ("het SCP": SCP-rapport), which a search for the abbreviation alone misses."""
        # (an abbreviation only, "SCP", "OCW": a common word's compounds are too many)
        words = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", question)} - _EN - _NL
        return [v for v in self._hyphenated if words & set(v.split("-"))] if words else []

    def compounds(self, question: str) -> list[str]:
        """Dutch closed compounds the letters use for two English words ("quota calculator":
        quotumcalculator), which the glossary cannot list one by one."""
        words = [w.lower() for w in _WORD.findall(question)]
        found = []
        for first, second in zip(words, words[1:]):
            if len(first) < 4 or len(second) < 5:
                continue
            # the second word as the letters write it: "school organisations": schoolorganisaties
            ends = {second, *dutch_expansion(second)}
            found += [v for v in self.vocabulary if v.startswith(first[:4]) and any(
                v.endswith(end) and len(v) > len(end) + 2 for end in ends)]
        return sorted(set(found))

    def words_unknown(self, words) -> list[str]:
        """Content words of a question no letter uses in any form ("realisatie horeca 2022"),
        when none of its content words is one the letters use: with no sector named, the
        figure asked is of that unknown thing."""
        unknown = [w for w in words if not self.known(w)]
        # one word the letters do use ("status netwerkorganisatie") is what the question is about
        if len(unknown) < len(words) or not any(len(w) >= MIN_UNKNOWN_LENGTH for w in unknown):
            return []
        return unknown

    def never_named(self, words, lang: str) -> list[str]:
        """Words of a question that name a thing no letter names in any form: an English word
        whose Dutch renderings the letters never use ("women": vrouwen, "hourly wage":
        uurloon, loon), a Dutch word they never use. An English word the glossary cannot
        render is not judged. (Of a Dutch question the caller passes only the noun counted:
        other words' inflections are too many to tell.)"""
        if lang != "en":
            return [w for w in words if not self.known(w)]
        rendered = {w: dutch_expansion(w) for w in words}
        return [w for w in words if rendered[w] and not any(
            self.known(d) for t in rendered[w] for d in t.split())]

    def known(self, word: str) -> bool:
        """A word the letters use in some form, or a Dutch compound of a subject's name and
        such a word ("Rijksprogramma": het Rijk's programma). Not any two words of the
        letters: "veiligheidsregio's" names an organisation the letters never do."""
        w = word.lower()
        if self.df[_stem(w)] or w in self.vocabulary:
            return True
        for i in range(3, len(w) - COMPOUND_HEAD + 1):
            modifier, head = w[:i], w[i:]
            if head in DOCUMENTS and (self.df[_stem(modifier)] or modifier in self.vocabulary):
                return True     # "resultatenbrief", "voortgangsbrief": a letter about that
            if not (self.df[_stem(head)] or head in self.vocabulary):
                continue
            for base in {modifier, modifier[:-1] if modifier.endswith("s") else modifier}:
                if any(s == 0 and e == len(base) for s, e, _ in subject_spans(base)):
                    return True
        return False

    def abbreviations_unknown(self, question: str) -> list[str]:
        """Short words of a shorthand question that no letter uses and that name no subject or
        metric ("ws realisatiepercentage 2024"): an abbreviation of something the letters do
        not know by it, so its figure is not the national total."""
        return [w for w in re.findall(r"\b[^\W\d_]{2,4}\b", question)
                if w.lower() not in self.vocabulary and w.lower() not in _EN
                and w.lower() not in _NL and not find_subjects(w) and not find_metrics(w)]

    def nouns_unknown(self, question: str) -> list[str]:
        """Dutch nouns after an article that no letter uses ("de horeca"): a sector the
        letters do not know, so no figure about it can be in them. Superlatives ("het
        laagste", "het slechtst") are no nouns; English words are never in the Dutch letters,
        so they are not judged."""
        # a name the vocabulary has (a sector's or a metric's) is known, in the letters or not
        taken = [(s, e) for s, e, _ in subject_spans(question) + metric_spans(question)]
        unknown = []
        for m in _AFTER_ARTICLE.finditer(question):
            word = m.group(1)
            if any(s <= m.start(1) < e for s, e in taken) or word.lower().endswith(("st", "ste")):
                continue
            if word.lower().endswith("e") and m.group(2) and self.known(m.group(2)):
                continue        # "bij gewone werkgevers": an adjective of a noun they use
            if not self.known(word):
                unknown.append(word)
        return unknown

    def separable_verbs(self, question: str) -> dict[str, str]:
        """A Dutch separable verb split over the question ("leverden ... cijfers aan"): each
        word's stem and the whole verb, in a form whose stem the letters use ("aanleverden",
        as in "aangeleverd")."""
        particle = _PARTICLE.search(question)
        if not particle:
            return {}
        joined = {}
        for w in _WORD.findall(question[:particle.start()]):
            whole = (particle.group(1) + w).lower()
            if len(w) > 2 and self.df[_stem(whole)]:
                joined[_stem(w.lower())] = whole
        return joined

    def strength(self, question: str, passages: list[str], lang: str,
                 frame: frozenset[str] = frozenset()) -> Strength:
        """How well the passages answer the question; `frame`: words of the question that
        only say how it is put (Query.frame), none of its content."""
        lowered = question.lower()
        found = set().union(*(passage_stems(p) for p in passages)) if passages else set()
        joined = self.separable_verbs(question) if lang == "nl" else {}
        own = {_stem(joined[s]) if s in joined else s for s in content_stems(question)} - {
            _stem(w) for w in frame}
        hit = {s for s in own if s in found}
        if lang == "en":
            hit |= {s for s in own if self._translated_in(s, question, found)}
        else:       # a word the letters write otherwise: "terugval", their "daling"
            hit |= {s for s in own - hit if self._synonym_in(s, question, found)}
        # a subject's or metric's other name ("the water boards", "uitzendkrachten") is found
        # where the passages name it by the letters' word (waterschappen, inleenverbanden)
        missing = [(name, content_stems(question[start:end]) & own - hit)
                   for start, end, name in subject_spans(question) + metric_spans(question)]
        if passages and any(stems for _, stems in missing):
            text = " ".join(passages)
            named = set(find_subjects(text)) | set(find_metrics(text))
            hit |= {s for name, stems in missing if name in named for s in stems}
        coverage = len(hit) / len(own) if own else 0.0
        # A name (capitalised) or a long compound the letters mention only in passing.
        # (a question word that opens the sentence is capitalised but names nothing)
        rare = [_stem(w.lower()) for w in _WORD.findall(question)
                if (w[0].isupper() or len(w) >= SPECIFIC_LENGTH) and _stem(w.lower()) in own
                and 0 < self.df[_stem(w.lower())] <= RARE_DF and _stem(w.lower()) in found]
        if lang == "en":    # ... by its English name ("the Labour Inspectorate": Arbeidsinspectie)
            # (a possessive is the name's: "the Inspectorate's report")
            names = [re.sub(r"['’]s$", "", w) for w in _WORD.findall(question) if w[0].isupper()]
            rare += [_stem(t) for w in names
                     if _stem(w.lower()) in own for t in dutch_expansion(w.lower())
                     if " " not in t and 0 < self.df[_stem(t)] <= NAMED_DF and _stem(t) in found]
        # Every content word of a Dutch question in one paragraph: the question is about what
        # that paragraph says ("het programma om archieven te digitaliseren"), domain words or not.
        whole = lang == "nl" and len(own) >= FULL_MATCH_WORDS and bool(passages) \
            and own <= passage_stems(passages[0])
        domain = bool(find_subjects(question) or find_metrics(question) or rare or whole or
                      _dates_found(question, passages) or
                      any(re.search(r"\b" + re.escape(root), lowered) for root in DOMAIN_ROOTS))
        return Strength(domain, coverage, rare, lang, len(hit))

    @staticmethod
    def _synonym_in(stem: str, question: str, found: set[str]) -> bool:
        return any(_stem(word.lower()) == stem and any(
            _stem(t) in found for t in dutch_synonyms(word)) for word in _WORD.findall(question))

    @staticmethod
    def _translated_in(stem: str, question: str, found: set[str]) -> bool:
        for word in _WORD.findall(question):
            if _stem(word.lower()) == stem:
                return any(_stem(t.lower()) in found
                           for t in dutch_expansion(word) for t in t.split())
        return False


# The months by their Dutch and English names: the number and the Dutch name the letters use
DUTCH_MONTHS = ("januari februari maart april mei juni juli augustus september oktober "
                "november december").split()
MONTHS = {name: n for n, name in enumerate(DUTCH_MONTHS, 1)} | {
    name: n for n, name in enumerate(("january february march april may june july august "
                                      "september october november december").split(), 1)}
_MONTH_STARTS = {name[:3] for name in MONTHS}
DATE = re.compile(r"\b(\d{1,2})\s+([a-z]+)\s+((?:19|20)\d\d)\b", re.I)   # "1 juli 2026"


# A compound of a letter's word and one of these names a letter ("resultatenbrief")
DOCUMENTS = {"brief", "brieven", "kamerbrief", "nota", "notitie", "rapportage", "rapport",
             "monitor", "bijlage"}


def _dates_found(question: str, passages: list[str]) -> bool:
    """"Wat gebeurt er op 1 juli 2026?": a day the question names that a passage names too is
    what the question is about, domain words or not."""
    dates = [f"{int(d)} {DUTCH_MONTHS[MONTHS[m.lower()] - 1]} {y}"
             for d, m, y in DATE.findall(question) if m.lower() in MONTHS]
    return any(date in " ".join(p.split()).lower() for date in dates for p in passages)


def best_sentences(text: str, question: str, limit: int = 2) -> list[str]:
    """The sentences of a passage that share most content words with the question."""
    from assistant.compose import sentences
    wanted = content_stems(question) | content_stems(" ".join(dutch_expansion(question)))
    parts = sentences(text)
    scored = sorted(range(len(parts)),
                    key=lambda i: (-len(passage_stems(parts[i]) & wanted), i))
    chosen = sorted(scored[:limit])
    return [parts[i] for i in chosen if len(passage_stems(parts[i]) & wanted) > 0] or parts[:1]
