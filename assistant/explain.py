"""Composed explanation answers: a lead sentence, then at most five cited points.

The points are sentences of the top passages, chosen for the question and for each other:

- relevance: a sentence's own dense similarity to the question (the sentence vectors the index
  already holds) fused with a BM25 over the candidate sentences, plus a little of its passage's
  place in retrieval's order;
- near-duplicates dropped (the same sentence in two letters, or one that says nearly the same);
- MMR: each next point is the most relevant one that is least like the points before it, with
  a bonus for a letter and a section no point covers yet.

Each point is a quote (a long sentence cut at a clause, marked with …) with its citation. When
the question names a subject and a year, or asks how a subject is doing, the lead gives its
figures from the figures tool; a group (onderwijs, overheid) gets each member's figures. An
English question gets the English frame and its Dutch quotes are marked as Dutch.

Nothing here writes a number of its own: every number is in a quoted sentence or a stored figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant import compose as C
from assistant.query import Query
from core import vocabulary as V
from core.aliases import find_subjects as _find_subjects
from core.numbers import format_number
from core.records import SourcedFigure
from index.bm25 import Bm25Index
from index.language import expand_query
from index.sentences import sentence_id, sentence_texts, split_sentences

MAX_POINTS = 5
WIDE = 24               # passages retrieved; points may come from beyond the cited ones
POOL = 12               # passages whose sentences may become points
NEW_PASSAGES = 2        # of them, beyond the cited ones, that may give points, where the
                        # reasons of a sector or how it stands are asked (spread over sections)
MIN_WORDS = 8           # a shorter sentence ("Dit blijven we doen.") leans on the one before
QUOTE_LIMIT = 320       # characters: a longer sentence is cut at a clause boundary
DUPLICATE = 0.93        # cosine of two sentence vectors that say the same thing
SAME_WORDS = 0.7        # share of shared words that makes two sentences one
MMR_LAMBDA = 0.7        # relevance against novelty
NEW_PLACE = 0.08        # bonus for a letter or a section no point covers yet
PRIOR = 0.3             # weight of the passage's place in retrieval's order
ABOUT = 0.35            # a sentence (or its section) about a sector asked
REASON = 0.25           # a sentence that gives a reason, where reasons are asked
DENSE, LEXICAL = 0.5, 0.3
# Retrieval ranks whole paragraphs, and a reason is often one sentence of a paragraph about
# something else: the paragraphs cited are re-ranked by their best sentence fused with
# retrieval's order, this weight on retrieval's first (chosen on the dev sets, stable across
# their halves; see tests/assistant/test_explain_reranking.py)
RETRIEVAL_ORDER = 1.5
FIGURE_METRICS = ("realisatie", "doel", "realisatiepercentage")
# Sentences that are mostly numbers (a table row) say nothing a figure lead does not.
_NUMERIC = re.compile(r"\d")
# How the letters give a reason: "vanwege de bevoegdheidseisen", "doordat", "knelpunt"
_REASON = re.compile(r"\b(omdat|doordat|vanwege|daardoor|door de|als gevolg|oorza\w*|reden\w*|"
                     r"knelpunt\w*|lastig\w*|moeilijk\w*|onvoldoende|beperkt\w*|onrealistisch\w*|"
                     r"niet mogelijk|nauwelijks|nagenoeg niet|krapte|bezuinig\w*|eisen|"
                     r"belemmer\w*|uitdaging\w*|achterstand|achterblijv\w*)\b", re.I)

FRAME = {
    "nl": {"points": "Uit de brieven:", "according": "Volgens {label} [{n}]: “{quote}”",
           "group": "In {when} stonden de {group} er zo voor (realisatie van het doel): {rows}."},
    "en": {"points": "From the letters (quoted in Dutch):",
           "according": "According to {label} [{n}] (in Dutch): “{quote}”",
           "group": "In {when} the {group} stood as follows (realisation of the target): {rows}."},
}
GROUP_NAMES = {"nl": {"onderwijs": "onderwijssectoren", "overheid": "overheidssectoren"},
               "en": {"onderwijs": "education sectors", "overheid": "government sectors"}}


@dataclass
class Candidate:
    passage_rank: int
    hit: object             # index.retriever.Hit
    text: str
    vector_id: str
    relevance: float = 0.0

    @property
    def place(self) -> tuple[str, str]:
        return self.hit.passage.doc_id, self.hit.passage.section or ""


# -- choosing the points -------------------------------------------------------------------
@lru_cache(maxsize=8192)
def find_subjects(text: str) -> frozenset[str]:
    """The sectors a passage, sentence or heading names (the same texts come back often)."""
    return frozenset(_find_subjects(text))


def about(q: Query) -> set[str]:
    """The sectors a question is about, with a group's members."""
    out = set(q.subjects)
    for s in q.subjects:
        out |= set(V.SUBJECTS[s].members) if s in V.SUBJECTS else set()
    return out


def covers(hit, wanted: set[str]) -> bool:
    return bool(wanted & find_subjects(hit.passage.section or ""))


def pool_of(q: Query, cited: list, wide: list) -> list:
    """The cited passages, then the next ones retrieval found: for a question about sectors,
    only those of their sections or naming them."""
    wanted = about(q)
    ids = {h.passage_id for h in cited}
    rest = [h for h in wide if h.passage_id not in ids and (
        not wanted or covers(h, wanted) or wanted & find_subjects(h.text))]
    # a section about the sector (or group) asked itself first, then retrieval's order
    rest.sort(key=lambda h: not find_subjects(h.passage.section or "") & set(q.subjects))
    return (cited + rest)[:max(POOL, len(cited))]


def candidates(pool: list) -> list[Candidate]:
    """Every sentence of the pool's passages, with the id of the vector that embeds it."""
    out = []
    for rank, hit in enumerate(pool):
        sentences = split_sentences(hit.text)
        with_vectors = bool(sentence_texts(hit.passage))
        for n, s in enumerate(sentences):
            vid = sentence_id(hit.passage_id, n) if with_vectors else hit.passage_id
            s = without_heading(without_table(s), hit.passage.section)
            if len(s.split()) >= MIN_WORDS and not s.endswith(":"):   # not a list's opening
                out.append(Candidate(rank, hit, s, vid))
    return out


_FIGURE_TOKEN = re.compile(r"^(\d[\d.,]*%?|%|fta|\+/-)$")


def without_table(sentence: str) -> str:
    """A sentence glued to the heading and figures before it ("Politie Cijfermatige realisatie
    2023 Doel 713 fta Realisatie 387 fta Realisatiepercentage 54,3% De politie heeft ..."):
    the words from the last figure of that run on, when the run holds three figures or more."""
    words = sentence.split()
    cut = 0
    for i in range(len(words) - 1):
        if _FIGURE_TOKEN.match(words[i]) and words[i + 1][:1].isupper() and \
                sum(bool(_FIGURE_TOKEN.match(w)) for w in words[:i + 1]) >= 3:
            cut = i + 1
    return " ".join(words[cut:]) if cut else sentence


def without_heading(sentence: str, section: str | None) -> str:
    """"Onderwijssectoren Voor de onderwijssectoren ...": the passage's heading glued to its
    first sentence is left off."""
    if section and sentence.startswith(section + " ") and sentence[len(section) + 1:][:1].isupper():
        return sentence[len(section) + 1:]
    return sentence


def _vectors(retriever, cands: list[Candidate]) -> dict[str, np.ndarray]:
    """The stored vectors of the candidates (sentence collection, or the passage's own)."""
    found: dict[str, np.ndarray] = {}
    vectors = getattr(retriever, "vectors", None)
    if vectors is None:
        return found

    def fetch(collection, ids) -> None:
        if ids:
            got = collection.get(ids=sorted(ids), include=["embeddings"])
            for vid, emb in zip(got["ids"], got["embeddings"]):
                found[vid] = _unit(emb)

    fetch(vectors.sentences, {c.vector_id for c in cands if c.vector_id != c.hit.passage_id})
    for c in cands:         # a sentence the index gave no vector of its own: its passage's
        if c.vector_id not in found:
            c.vector_id = c.hit.passage_id
    fetch(vectors.chroma, {c.vector_id for c in cands if c.vector_id not in found})
    return found


def _unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    return v / (np.linalg.norm(v) or 1.0)


def _ranks(scores: list[float]) -> list[int]:
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    ranks = [0] * len(scores)
    for r, i in enumerate(order, 1):
        ranks[i] = r
    return ranks


def _normal(values: list[float]) -> list[float]:
    low, high = min(values), max(values)
    return [(v - low) / (high - low) if high > low else 0.0 for v in values]


def on_subject(c: Candidate, q: Query) -> float:
    """1 for a sentence in a section about the sector (or group) asked itself, less for one
    naming it or a member, or in a member's section; 0 for one about other things."""
    if not q.subjects:
        return 0.0
    section = find_subjects(c.hit.passage.section or "")
    if section & set(q.subjects):
        return 1.0
    wanted = about(q)
    return 0.7 if section & wanted or wanted & find_subjects(c.text) else 0.0


def score(cands: list[Candidate], q: Query, query: str, vectors: dict, qvec) -> None:
    """Relevance of each candidate: its dense similarity to the question and its BM25 among
    the candidates (each scaled to 0..1), its passage's place in retrieval's order, whether it
    (or its section) is about the sector asked, and whether it gives a reason where reasons
    are asked."""
    if not cands:
        return
    bm25 = Bm25Index([str(i) for i in range(len(cands))], [c.text for c in cands])
    lexical = _normal([float(x) for x in bm25.scores(expand_query(query, q.language))])
    dense = _normal([float(vectors[c.vector_id] @ qvec) if qvec is not None
                     and c.vector_id in vectors else 0.0 for c in cands])
    for c, lex, sim in zip(cands, lexical, dense):
        c.relevance = (DENSE * sim + LEXICAL * lex + PRIOR / (1 + c.passage_rank)
                       + ABOUT * on_subject(c, q)
                       + (REASON if q.asks_reasons and _REASON.search(c.text) else 0.0))


def reranked(cands: list[Candidate], pool: list, named: frozenset[str] = frozenset()) -> list:
    """The pool's passages by RETRIEVAL_ORDER / (1 + place in retrieval's order) plus the
    relevance of their best sentence, those of a letter the question names (doc ids `named`)
    still first; the candidates get their passage's new place."""
    best: dict[int, float] = {}
    for c in cands:
        own = c.relevance - PRIOR / (1 + c.passage_rank)
        best[c.passage_rank] = max(best.get(c.passage_rank, own), own)
    # (a paragraph of no full sentence keeps its place by retrieval's order alone)
    order = sorted(range(len(pool)), key=lambda r: (
        bool(named) and pool[r].passage.doc_id not in named,
        -(RETRIEVAL_ORDER / (1 + r) + best.get(r, 0.0))))
    place = {old: new for new, old in enumerate(order)}
    for c in cands:
        c.relevance += PRIOR / (1 + place[c.passage_rank]) - PRIOR / (1 + c.passage_rank)
        c.passage_rank = place[c.passage_rank]
    return [pool[r] for r in order]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{3,}", text.lower()))


def _same(a: Candidate, b: Candidate, vectors: dict) -> float:
    """How alike two candidates are: their vectors' cosine, or their shared words."""
    wa, wb = _words(a.text), _words(b.text)
    overlap = len(wa & wb) / max(1, min(len(wa), len(wb)))
    if a.vector_id in vectors and b.vector_id in vectors and a.vector_id != b.vector_id:
        return max(float(vectors[a.vector_id] @ vectors[b.vector_id]), overlap)
    return 1.0 if a.text == b.text else overlap


def numeric(text: str) -> bool:
    tokens = text.split()
    return sum(bool(_NUMERIC.search(t)) for t in tokens) > 0.25 * len(tokens)


def choose(cands: list[Candidate], vectors: dict, limit: int = MAX_POINTS,
           first: Candidate | None = None, cited: int = 0, new: int = 0) -> list[Candidate]:
    """MMR over the candidates: relevant, unlike the points before, from new places. Of the
    passages beyond the first `cited` (those the answer cites anyway), at most `new` give
    points: each one more is a paragraph more for the reader to check."""
    chosen: list[Candidate] = [first] if first else []
    rest = [c for c in cands if c is not first]
    top = max((c.relevance for c in rest), default=1.0) or 1.0
    while rest and len(chosen) < limit:
        places = {c.place for c in chosen}
        docs = {c.place[0] for c in chosen}

        def gain(c: Candidate) -> float:
            like = max((_same(c, p, vectors) for p in chosen), default=0.0)
            new = (NEW_PLACE if c.place not in places else 0.0) + \
                (NEW_PLACE if c.place[0] not in docs else 0.0)
            return MMR_LAMBDA * c.relevance / top - (1 - MMR_LAMBDA) * like + new

        beyond = {c.hit.passage_id for c in chosen if c.passage_rank >= cited}
        if len(beyond) >= new:      # no more passages beyond the cited ones
            rest = [c for c in rest if c.passage_rank < cited or c.hit.passage_id in beyond]
            if not rest:
                break
        best = max(rest, key=gain)
        rest.remove(best)
        if any(_same(best, p, vectors) >= DUPLICATE or
               len(_words(best.text) & _words(p.text)) >= SAME_WORDS * max(
                   1, min(len(_words(best.text)), len(_words(p.text)))) for p in chosen):
            continue            # a near-duplicate of a point already made
        if best.relevance < 0.35 * top:
            break               # what is left is not about the question
        chosen.append(best)
    return chosen


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The sentence as written, or (too long) its first clauses, marked as cut with …"""
    text = text.lstrip("-–• ").strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind("; "), cut.rfind(", "), cut.rfind(": "))
    return (cut[:end] if end > limit // 2 else cut.rsplit(" ", 1)[0]) + " …"


# -- the lead's figures ------------------------------------------------------------------
def figure_subjects(q: Query) -> list[str]:
    """The sectors whose figures lead: a group's members, else the sectors asked."""
    out: list[str] = []
    for s in q.subjects:
        members = V.SUBJECTS[s].members if s in V.SUBJECTS else ()
        out += [m for m in (members or (s,)) if m not in out]
    return out


def wants_figures(q: Query) -> bool:
    """A subject and a year, or how a subject stands ("hoe staat X ervoor"): its figures are
    asked. A why alone asks for reasons, not numbers ("why did the police lose jobs in
    2023" is answered by the reasons, not by its realisation and target); a why about a
    figure it names ("waarom daalde de realisatie van de politie") leads with that figure."""
    if q.asks_reasons and not (q.asks_amount or q.how_much or q.asks_status or q.metrics):
        return False
    if q.ranks_members:     # one member asked ("the best hogeschool"): not the sector's figures
        return False
    return bool(q.subjects) and (bool(q.years) or q.asks_status)


def figure_period(q: Query, lookup, subjects: list[str]) -> str | None:
    """The year asked, else the latest year the letters hold most of these sectors' realisation."""
    if q.years:
        return str(q.years[-1])
    latest = [lookup.latest(s, "realisatie") for s in subjects]
    latest = [p for p in latest if p]
    return max(set(latest), key=lambda p: (latest.count(p), p)) if latest else None


def sector_figures(lookup, subject: str, period: str) -> dict[str, SourcedFigure]:
    found = {}
    for metric in FIGURE_METRICS:
        sf = lookup.value(subject, metric, period)
        if sf is not None:
            found[metric] = sf
    return found


def group_row(subject: str, figs: dict[str, SourcedFigure], src: C.Sources, lang: str) -> str:
    """"po 1.290 fta van 5.845 fta (22%) [4]"."""
    real, doel, pct = (figs.get(m) for m in FIGURE_METRICS)
    of = "van" if lang == "nl" else "of"
    parts = [C.subject_name(subject, lang)]
    if real:
        parts.append(C.figure_amount(real, lang))
    if doel:
        parts.append(f"{of} {C.figure_amount(doel, lang)}")
    if pct:
        parts.append(f"({C.figure_amount(pct, lang)})")
    refs = "".join(dict.fromkeys(src.of(sf) for sf in (real, doel, pct) if sf))
    return " ".join(parts) + f" {refs}"


@dataclass
class LeadFigures:
    """The figures the lead states, found once: `rows` per sector, or (a metric other than
    the sector block asked, "what is the total growth") `asked` alone."""
    period: str
    stated: list[SourcedFigure]
    rows: list[tuple[str, dict[str, SourcedFigure]]]
    asked: bool


def figures_to_lead(q: Query, lookup) -> LeadFigures | None:
    """The figures the lead states, or None where it states none."""
    if not wants_figures(q):
        return None
    subjects = figure_subjects(q)
    period = figure_period(q, lookup, subjects)
    if period is None:
        return None
    asked = [m for m in q.metrics if m not in FIGURE_METRICS and m != "extra_banen"]
    if q.metrics and len(asked) == len(q.metrics):
        # that metric's figures, never the target beside it
        stated = [sf for s in subjects for m in asked
                  if (sf := lookup.value(s, m, period)) is not None]
        return LeadFigures(period, stated, [], True) if stated else None
    rows = [(s, sector_figures(lookup, s, period)) for s in subjects]
    rows = [(s, f) for s, f in rows if f]
    if not rows:
        return None
    return LeadFigures(period, [sf for _, f in rows for sf in f.values()], rows, False)


def lead_sentence(found: LeadFigures, q: Query, src: C.Sources, lang: str) -> str:
    """The lead's sentence of the figures found, numbering their sources in `src`."""
    if found.asked:
        return " ".join(C.figure_sentence(sf, src, lang) for sf in found.stated)
    groups = [s for s in q.subjects if s in V.GROUPS]
    if len(found.rows) == 1 and not groups:
        _, f = found.rows[0]
        real = f.get("realisatie")
        if real is None:
            return " ".join(C.figure_sentence(sf, src, lang) for sf in f.values())
        return C.realisation_sentence(real, f.get("realisatiepercentage"), f.get("doel"),
                                      src, lang)
    name = GROUP_NAMES[lang].get(groups[0]) if len(groups) == 1 else None
    listing = "; ".join(group_row(s, f, src, lang) for s, f in found.rows)
    when = C.period_text(found.period, lang)
    if name:
        return FRAME[lang]["group"].format(when=when, group=name, rows=listing)
    return f"In {when}: {listing}."


# -- the answer ----------------------------------------------------------------------------
@dataclass
class Composed:
    lead: list[str]
    sources: C.Sources
    figures: list[SourcedFigure]
    lead_figures: int       # how many of the lead's sentences only state its figures


def compose(q: Query, query: str, cited: list, wide: list, retriever, lookup,
            named: frozenset[str] = frozenset()) -> Composed:
    """The composed answer. `cited`: the passages the answer cites first, in retrieval's order
    (the same as a one-quote answer would), re-ranked here by their best sentences with the
    next ones of `wide`, what retrieval found further down; `named`: the letters the question
    names, whose passages stay first."""
    lang = q.language
    sources = C.Sources()
    # the lead's figures first, to leave out the sentences that restate them; their sentence
    # comes after the cited passages are numbered, which go before the figures' sources
    found = figures_to_lead(q, lookup)
    figures = found.stated if found else []
    pool = pool_of(q, cited, wide)
    cands = candidates(pool)
    vectors = _vectors(retriever, cands)
    qvec = _unit(retriever.vectors.embeddings.embed_query(query)) if vectors else None
    # every sentence of a paragraph counts for its place, before those that make no point
    # here (restating the figures, about another sector) are left out
    score(cands, q, query, vectors, qvec)
    pool = reranked(cands, pool, named)
    cited = pool[:len(cited)]
    if figures:         # the lead gives the figures: a table row or a sentence restating
        stated = [format_number(abs(sf.figure.value), "nl") for sf in figures]   # one says
        cands = [c for c in cands if not numeric(c.text) and not any(   # nothing more
            re.search(rf"(?<![\d.,]){re.escape(v)}(?![\d]|[.,]\d)", c.text) for v in stated)]
    if q.subjects and any(on_subject(c, q) for c in cands):
        cands = [c for c in cands if on_subject(c, q)]   # about the sector asked
    # scored again among those left, so each point's relevance is relative to what can be said
    score(cands, q, query, vectors, qvec)
    numbers = {h.passage_id: sources.ref(h.citation()) for h in cited}
    lead = [lead_sentence(found, q, sources, lang)] if found else []
    lead_figures = len(lead)
    # The best sentences of the first passage open the answer when no figures do, as a
    # one-quote answer would; the points then add what the other passages say.
    first = None
    if not figures and cands:
        top = [c for c in cands if c.passage_rank == 0]
        first = max(top, key=lambda c: c.relevance) if top else None
    new = NEW_PASSAGES if q.subjects and (q.asks_reasons or q.asks_status) else 0
    points = choose(cands, vectors, MAX_POINTS, first, len(cited), new)
    used: dict[str, list[str]] = {}
    lines = []
    for c in points:
        n = numbers.get(c.hit.passage_id) or sources.ref(c.hit.citation())
        numbers[c.hit.passage_id] = n
        said = quote(c.text)
        used.setdefault(c.hit.passage_id, []).append(said.rstrip(" …"))
        lines.append((c, n, said))
    if not figures and lines:
        c, n, _ = lines.pop(0)      # the lead quotes its sentence whole
        said = c.text.lstrip("-–• ").strip()
        used[c.hit.passage_id][0] = said
        lead.append(FRAME[lang]["according"].format(label=c.hit.citation().label(), n=n,
                                                    quote=said))
    if lines:
        shown = [f"- {c.hit.passage.section + ': ' if c.hit.passage.section else ''}“{said}” [{n}]"
                 for c, n, said in lines]
        lead.append("\n\n" + FRAME[lang]["points"] + "\n" + "\n".join(shown))
    # each source's quote: the sentences the answer uses from it (else its best ones)
    from assistant.evidence import best_sentences
    for i, c in enumerate(sources.citations):
        if c.passage_id in used:
            sources.quotes[i] = " … ".join(used[c.passage_id])
        elif not sources.quotes[i]:
            sources.quotes[i] = " ".join(best_sentences(c.text, query))
    return Composed(lead, sources, figures, lead_figures)
