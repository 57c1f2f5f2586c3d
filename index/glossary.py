"""English -> Dutch words for expanding English questions before BM25 searches Dutch letters.

Sectors and metrics are in core.aliases (shared with the figures stage). This holds the rest:
first the words questions use to ask (reasons, measures, problems), then the letters' own
general vocabulary: the frequent content words of the five letters, each with the English
words a reader would use for it. Written from the letters, not from the evaluation questions;
an English word maps to every Dutch word it may stand for, since BM25 only rewards the ones
a passage holds.
"""
from __future__ import annotations

_QUESTION_WORDS: dict[str, list[str]] = {
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
    "senate": ["eerste kamer", "kamer"], "representatives": ["tweede kamer", "kamer"],
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
    "decision": ["besluit", "besluiten"], "decisions": ["besluiten"], "decide": ["besluiten"],
    "decided": ["besloten", "besluit"], "advise": ["adviseren", "geadviseerd"],
    "advises": ["adviseren", "geadviseerd"], "advised": ["geadviseerd"],
    "advice": ["geadviseerd", "adviseren"], "recommend": ["adviseren", "geadviseerd"],
    "recommends": ["adviseren", "geadviseerd"], "approve": ["instemmen"],
    "agree": ["instemmen"],
    "reliable": ["betrouwbaar", "betrouwbare"], "unreliable": ["betrouwbaar", "betrouwbare"],
    "reliability": ["betrouwbaar", "betrouwbaarder"], "temp": ["uitzendrelaties", "uitzenders"],
    "temping": ["uitzendrelaties"], "shrinking": ["daling", "afname", "minder"],
    "shrink": ["daling", "afname"], "shrank": ["gedaald", "afgenomen"],
    # a ranking's words ("the best-performing institutions": "de hoogst scorende hogescholen")
    "best": ["hoogst", "beste"], "highest": ["hoogst", "hoogste"], "top": ["hoogst"],
    "performing": ["scorende", "presterende"], "scoring": ["scorende"],
    "lowest": ["laagst", "laagste"], "worst": ["slechtst", "laagst"],
    # kinds of people and their pay, which a question may ask a breakdown by: in Dutch, so
    # that whether the letters speak of them can be told
    "women": ["vrouwen"], "woman": ["vrouw"], "female": ["vrouwen", "vrouwelijke"],
    "men": ["mannen"], "male": ["mannen", "mannelijke"], "gender": ["geslacht"],
    "sex": ["geslacht"], "young": ["jongeren", "jonge"], "youth": ["jongeren"],
    "youngsters": ["jongeren"], "older": ["ouderen", "oudere"], "elderly": ["ouderen"],
    "age": ["leeftijd"], "aged": ["leeftijd"], "migrants": ["migranten"],
    "migration": ["migratieachtergrond"], "ethnicity": ["afkomst"],
    "wage": ["loon"], "wages": ["lonen", "loon"], "salary": ["salaris"],
    "salaries": ["salarissen"], "hourly": ["uurloon"], "pay": ["loon", "salaris"],
    "earnings": ["inkomsten", "loon"], "income": ["inkomen"],
}

# The letters' vocabulary (content words occurring three times or more), Dutch -> English.
_LETTER_WORDS: dict[str, list[str]] = {
    "aantal": ["number"], "aantallen": ["numbers"], "cijfers": ["figures", "numbers", "data"],
    "gegevens": ["data", "figures"], "informatie": ["information"], "inzicht": ["insight"],
    "overzicht": ["overview"], "tabel": ["table"], "percentage": ["percentage"],
    "procent": ["percent"], "schatting": ["estimate", "estimated"],
    "indicatief": ["indicative", "approximate"], "exact": ["exact", "precise", "precisely"],
    "precieze": ["exact", "precise"], "ongeveer": ["about", "approximately", "roughly"],
    "steekproef": ["sample", "survey"], "verdeelsleutel": ["distribution", "allocation"],
    "verdeling": ["distribution", "split", "allocation"], "meten": ["measure", "measured"],
    "registreren": ["register", "record", "registered", "recorded"],
    "geregistreerd": ["registered", "recorded"], "rapporteren": ["report", "reported"],
    "gerapporteerd": ["reported"], "aangeleverd": ["supplied", "submitted", "delivered"],
    # (data received is data submitted: "gegevens ontvangen", "data aangeleverd")
    "ontvangen": ["received", "receive", "submitted"],
    "inleenverbanden": ["hiring", "hired", "borrowed", "agency", "loan"],
    "inhuur": ["hiring", "hired", "contracting"], "detacheringen": ["secondments", "seconded", "secondment"],
    "gedetacheerd": ["seconded"], "uitzendrelaties": ["agency", "temporary"],
    "dienstverbanden": ["employment", "contracts", "employed"],
    "aanstelling": ["appointment", "hiring", "hired", "appointed", "contract", "contracts"],
    "tijdelijke": ["temporary"], "vaste": ["permanent", "fixed"],
    "reguliere": ["regular", "mainstream"], "formele": ["formal"],
    "onderscheid": ["distinction", "difference", "separation", "split", "distinguish"],
    "opheffen": ["lift", "abolish", "remove", "scrap", "merge"],
    "overheid": ["government", "public"], "overheidssector": ["government", "public"],
    "kabinet": ["cabinet", "government"], "staatssecretaris": ["secretary"],
    "minister": ["minister"], "departementen": ["departments", "ministries"],
    "ministerie": ["department"], "motie": ["motion"], "kamer": ["house", "parliament"],
    "wet": ["legislation", "statute"], "quotumregeling": ["quota", "scheme", "levy"],
    "sanctiebeleid": ["sanction", "sanctions", "penalty", "penalties"],
    "participatiewet": ["participation"], "participatie": ["participation"],
    "arbeidsmarkt": ["labour", "labor"], "arbeidsinspectie": ["inspectorate"],
    "werkvoorziening": ["sheltered", "workshop"], "samenwerking": ["cooperation",
                                                                  "collaboration"],
    "overleg": ["consultation", "talks", "discussion"], "partners": ["partners"],
    "sociale": ["social"], "inspanningen": ["efforts", "effort"], "inzet": ["effort", "deployment"],
    "aandacht": ["attention", "focus"], "focus": ["focus"], "ambitie": ["ambition", "aim"],
    "streven": ["aim", "strive", "ambition"], "beleid": ["policy"],
    "verantwoordelijkheid": ["responsibility", "responsible"],
    "teleurstellend": ["disappointing", "disappointed"], "teleurstelling": ["disappointment",
                                                                           "disappointed"],
    "achtergebleven": ["behind", "lagged", "lagging", "fell"],
    "opgave": ["task", "assignment", "challenge"], "haalbaar": ["feasible", "achievable",
                                                                "realistic"],
    "knelpunten": ["bottlenecks", "obstacles"], "belemmeringen": ["obstacles", "barriers"],
    "kansen": ["opportunities", "chances"], "mogelijkheden": ["possibilities", "options",
                                                              "opportunities"],
    "voorbeelden": ["examples"], "ontwikkeling": ["development", "trend"],
    "ontwikkelingen": ["developments"], "daling": ["decline", "drop", "fall", "fell"],
    "afname": ["decline", "decrease", "reduction"],
    # (Dutch words of questions the letters write otherwise: "terugval" is their daling)
    "terugval": ["decline", "drop", "fall"], "terugloop": ["decline", "drop"],
    "teruggang": ["decline", "drop"], "achteruitgang": ["decline", "deterioration"],
    "vermindering": ["decrease", "reduction"], "groter": ["larger", "bigger"], "afgenomen": ["declined", "decreased", "fell"],
    "gedaald": ["declined", "dropped", "fell"], "toegenomen": ["increased", "rose", "grew"],
    "stijging": ["rise", "rose"], "gestegen": ["rose", "risen"],
    "instroom": ["inflow", "intake", "hiring"], "doorstroom": ["progression", "advancement"],
    "behoud": ["retention", "retaining", "keeping", "retain"],
    "duurzaamheid": ["durability", "sustainability", "lasting"],
    "duurzame": ["lasting", "permanent", "sustainable"], "inclusieve": ["inclusive"],
    "inclusie": ["inclusion"], "diversiteit": ["diversity"],
    "aanbestedingen": ["tenders", "tendering", "procurement"],
    "leveranciers": ["suppliers", "contractors"], "diensten": ["services"],
    "dienstverlening": ["services"], "financiering": ["financing", "funding"],
    "financieringsconstructie": ["financing", "funding"], "participatiefonds": ["fund"],
    "investeren": ["invest", "investment"], "kosten": ["cost"],
    "leidinggevenden": ["managers", "supervisors"], "collega": ["colleague", "colleagues"],
    "projectleiders": ["project"], "projecten": ["projects"], "netwerk": ["network"],
    "netwerkorganisatie": ["network"], "kennis": ["knowledge", "expertise"],
    "bijeenkomsten": ["meetings", "events"], "routekaart": ["roadmap"],
    "werkzaamheden": ["tasks", "activities", "work"], "activiteiten": ["activities"],
    "archieven": ["archives", "records"], "digitaliseren": ["digitise", "digitize",
                                                            "digitising", "digitizing"],
    "scanstraten": ["scanning"], "werkgelegenheid": ["employment"],
    "arbeidsbeperking": ["handicap", "impairment"], "afstand": ["distance"],
    "bevoegdheid": ["qualified", "qualification", "certified"],
    "bevoegdheidseisen": ["qualification", "qualifications", "certification"],
    "eisen": ["requirements", "demands"], "uitvoering": ["implementation", "execution"],
    "uitbesteding": ["outsourcing", "outsourced"], "vereenvoudiging": ["simplification",
                                                                       "simplify", "simpler"],
    "analyse": ["analysis"], "onderzoek": ["study", "survey", "investigation"],
    "verwachting": ["expectation", "expects", "forecast"], "doelstelling": ["objective"],
    "realiseren": ["achieve", "create", "realise", "realize"],
    "gecreëerd": ["created"], "afgesproken": ["agreed"], "afspraken": ["agreements"],
    "aangekondigd": ["announced"], "nulmeting": ["baseline", "benchmark"],
    "jaarlijks": ["annual", "annually", "yearly"], "regio": ["region", "regional"],
    "landelijke": ["national", "nationwide"], "centrale": ["central"],
    "werkgeversdienstverlening": ["employer"], "jobcoach": ["coach", "coaching"],
    "begeleiding": ["supervision", "mentoring"],
    "scorende": ["scoring", "performing"], "hoogst": ["highest", "best"],
    "sporen": ["tracks", "lines", "strands", "pillars"], "spoor": ["track"],
}


def _glossary() -> dict[str, list[str]]:
    """English word -> Dutch words: the question words, then the letters' vocabulary turned
    around (an English word may stand for several Dutch ones)."""
    table = {en: list(nl) for en, nl in _QUESTION_WORDS.items()}
    for nl, english in _LETTER_WORDS.items():
        for en in english:
            for word in en.split():
                if nl not in table.setdefault(word, []):
                    table[word].append(nl)
    return table


GLOSSARY: dict[str, list[str]] = _glossary()


def dutch_synonyms(word: str) -> list[str]:
    """The letters' other Dutch words for a Dutch word, by the English they share ("cijfers":
    gegevens, data) or, for a word Dutch shares with English, by its English sense
    ("contract": aanstelling)."""
    word = word.lower()
    found: list[str] = list(GLOSSARY.get(word, []))
    for english in _LETTER_WORDS.get(word, []):
        found += GLOSSARY.get(english, [])
    return [w for w in dict.fromkeys(found) if w != word]

