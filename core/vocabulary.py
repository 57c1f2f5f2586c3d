"""The domain's vocabulary, in one place: every subject (sectors, groups of sectors, national
aggregates, ministries, Binnenwerk, the target group) and every metric (its unit, what it is a
part of, whether it adds up), with the Dutch and English words that name it and the names an
answer gives it.

Extraction (ingest/figures), understanding (assistant/understand.py), wording
(assistant/wording.py), the figures tool and the store read it from here; core/aliases.py is
the matcher over these words. A subject or metric that is not here is not a figure: the store
refuses it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Subject:
    id: str
    kind: str                      # sector | group | aggregate | employer | population | unit | ministry
    nl: tuple[str, ...] = ()       # Dutch names: what an English question is searched with
    other: tuple[str, ...] = ()    # English names and other spellings
    name_nl: str | None = None     # as an answer names it
    name_en: str | None = None
    plural: tuple[str, ...] = ()   # languages in which its name takes a plural verb
    members: tuple[str, ...] = ()  # a group's sectors

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.nl + self.other


@dataclass(frozen=True)
class Metric:
    id: str
    nl: tuple[str, ...] = ()
    other: tuple[str, ...] = ()
    name_nl: str | None = None
    name_en: str | None = None
    part_of: tuple[str, ...] = ()  # asked together with these, this one is meant
    whole: str | None = None       # "niet werkzaam": the whole it is a part of
    equivalent: str | None = None  # the same count under another name for some subjects
    summable: bool = False         # a count that adds up over subjects (a percentage does not)

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.nl + self.other


def _index(entries):
    return {e.id: e for e in entries}


SUBJECTS: dict[str, Subject] = _index([
    Subject('rijk', 'sector', nl=('rijk', 'rijksoverheid', 'sector rijk', 'het rijk', 'ministeries'), other=('central government', 'national government', 'ministries', 'civil service', 'national civil service', 'central civil service', 'dutch civil service'),
            name_nl='het Rijk', name_en='central government (Rijk)'),
    Subject('defensie', 'sector', nl=('defensie',), other=('defence', 'defense', 'ministry of defence', 'armed forces', 'the military', 'krijgsmacht', 'army', 'the army', 'leger', 'het leger', 'military', 'ministerie van defensie', 'defence ministry', 'defense ministry'),
            name_nl='Defensie', name_en='Defence'),
    Subject('gemeenten', 'sector', nl=('gemeenten', 'gemeente'), other=('gemeentes', 'municipalities', 'municipality', 'vng', 'local authorities', 'local governments', 'local government', 'lokale overheden', 'lokale overheid', 'municipal employers', 'town halls', 'town hall', 'councils', 'local councils', 'gemeentehuizen', 'gemeentehuis'),
            name_nl='de gemeenten', name_en='the municipalities', plural=('nl', 'en')),
    Subject('provincies', 'sector', nl=('provincies', 'provincie'), other=('provinces', 'province', 'ipo', 'provincial authorities', 'provincial governments', 'provincial government', 'provinciale overheden', 'provinciale overheid', 'provinciehuizen', 'provinciehuis'),
            name_nl='de provincies', name_en='the provinces', plural=('nl', 'en')),
    Subject('waterschappen', 'sector', nl=('waterschappen', 'waterschap'), other=('water boards', 'water board', 'water authorities', 'sector waterschappen'),
            name_nl='de waterschappen', name_en='the water boards', plural=('nl', 'en')),
    Subject('politie', 'sector', nl=('politie',), other=('police', 'de politie', 'the police', 'police force', 'national police', 'nationale politie', 'politiekorps', 'politiekorpsen'),
            name_nl='de politie', name_en='the police'),
    Subject('umc', 'sector', nl=('umc', "umc's", 'umc’s', 'universitaire medische centra'), other=('umcs', 'universitair medische centra', 'university medical centres', 'university medical centers', 'academic hospitals', 'university hospitals', 'academische ziekenhuizen', 'academisch ziekenhuis', 'academische medische centra', 'nfu'),
            name_nl="de umc's", name_en='the university medical centres', plural=('nl', 'en')),
    Subject('po', 'sector', nl=('po', 'primair onderwijs', 'basisonderwijs'), other=('primary education', 'primary schools', 'po-raad', 'basisscholen', 'elementary schools'),
            name_nl='het primair onderwijs', name_en='primary education'),
    Subject('vo', 'sector', nl=('vo', 'voortgezet onderwijs'), other=('secondary education', 'secondary schools', 'vo-raad', 'middelbare scholen', 'high schools'),
            name_nl='het voortgezet onderwijs', name_en='secondary education'),
    Subject('mbo', 'sector', nl=('mbo', 'middelbaar beroepsonderwijs'), other=('mbo-scholen', 'vocational education', 'secondary vocational education', 'mbo raad',
                                                                    'vocational colleges', 'vocational schools', 'mbo colleges', 'mbo-instellingen', 'roc', "roc's", 'roc’s', 'rocs',
                                                                    'regionale opleidingscentra'),
            name_nl='het mbo', name_en='mbo (vocational education)'),
    Subject('hbo', 'sector', nl=('hbo', 'hoger beroepsonderwijs', 'hogescholen'), other=('hogeschool', 'universities of applied sciences', 'university of applied sciences'),
            name_nl='het hbo', name_en='hbo (universities of applied sciences)'),
    Subject('wo', 'sector', nl=('wo', 'wetenschappelijk onderwijs', 'universiteiten'), other=('research universities', 'universities', 'universiteit', 'research university', 'university'),
            name_nl='het wo', name_en='the research universities', plural=('en',)),
    Subject('onderzoeksinstellingen', 'sector', nl=('onderzoeksinstellingen',), other=('onderzoeksinstelling', 'research institutes', 'research institutions', 'research organisations', 'research organizations', 'kennisinstellingen'),
            name_nl='de onderzoeksinstellingen', name_en='the research institutes', plural=('nl', 'en')),
    Subject('markt', 'aggregate', nl=('markt', 'marktsector', 'marktwerkgevers'), other=('sector markt', 'market sector', 'market', 'private sector', 'market employers', 'private employers', 'private-sector employers', 'private companies', 'businesses', 'business sector', 'private werkgevers', 'particuliere werkgevers', 'bedrijfsleven', 'bedrijven', 'companies', 'commerciële bedrijven', 'private sector employers'),
            name_nl='de marktsector', name_en='the market sector'),
    Subject('overheid', 'group', nl=('overheid', 'sector overheid', 'overheidswerkgevers'), other=('overheidssector', 'overheidssectoren', 'government', 'government sector', 'government employers', 'public sector', 'the government', "government's", 'and government', 'or government', 'public employers', 'public-sector employers', 'public sector employers', 'public-sector', 'werkgevers bij de overheid', 'overheidsorganisaties', 'publieke werkgevers', 'publieke sector'),
            name_nl='de overheid', name_en='government employers', plural=('en',), members=('rijk', 'defensie', 'gemeenten', 'provincies', 'waterschappen', 'politie', 'umc')),
    Subject('onderwijs', 'group', nl=('onderwijs', 'onderwijssectoren'), other=('onderwijssector', 'education', 'education sectors', 'education sector', 'scholen', 'schools', 'schoolorganisaties', 'onderwijsinstellingen', 'educational institutions'),
            name_nl='het onderwijs', name_en='education', members=('po', 'vo', 'mbo', 'hbo', 'wo', 'onderzoeksinstellingen')),
    # "hoger onderwijs": the letters report hbo and wo apart and never together
    Subject('hoger_onderwijs', 'group', nl=('hoger onderwijs',), other=('higher education', 'higher-education', 'higher education sector', 'higher education sectors', 'higher education institutions', 'instellingen voor hoger onderwijs'),
            name_nl='het hoger onderwijs', name_en='higher education', members=('hbo', 'wo')),
    Subject('totaal', 'aggregate', nl=('totaal',), other=('in totaal', 'total', 'overall', 'landelijk', 'nationaal'),
            name_nl='de banenafspraak als geheel', name_en='the banenafspraak as a whole'),
    Subject('binnenwerk', 'employer', nl=('binnenwerk',), other=(),
            name_nl='Binnenwerk', name_en='Binnenwerk'),
    Subject('doelgroep', 'population', nl=('doelgroep', 'doelgroepregister'), other=('register', 'het register', 'banenafspraakregister', 'geregistreerden', 'ingeschrevenen', 'registered people', 'registered persons', 'people registered', 'target group', 'target group register', 'target-group register', 'people on the register', 'register members', 'those on the register'),
            name_nl='de doelgroep', name_en='the target group'),
    Subject('fta', 'unit', nl=(), other=('fulltime arbeidsparticipant', 'definitie van een baan', 'definition of a job', 'full-time job equivalent'),
            name_nl='een fta', name_en='one fta'),
])
METRICS: dict[str, Metric] = _index([
    Metric('doel', nl=('doel', 'doelstelling', 'quotum'), other=('doelstellingen', 'opgave', 'taakstelling', 'norm', 'streefcijfer', 'streefcijfers', 'streefgetal', 'target', 'targets', 'goal', 'goals', 'objective', 'objectives'),
           name_nl='het doel', name_en='the target', summable=True),
    Metric('realisatie', nl=('realisatie', 'gerealiseerd', 'gerealiseerde', 'realiseerde', 'realiseerden', 'realiseert'), other=('teller', 'realisation', 'realization', 'realised', 'realized', 'achieved', 'jobs created'),
           name_nl='de realisatie', name_en='the realisation', equivalent='extra_banen', summable=True),
    Metric('realisatiepercentage', nl=('realisatiepercentage',), other=('realisatiepercentages', 'percentage', 'percentages', 'realisation rate', 'realization rate', 'realisation percentage', 'realisation percentages', 'realization percentage', 'share of target', 'share of its target', 'share of their target', 'realisatie%', 'realisatie %', 'achievement rate', 'percentage realised', 'score', 'scores', 'share achieved', 'share reached', 'share realised', 'share realized', 'percentage achieved', 'percentage reached'),
           name_nl='het realisatiepercentage', name_en='the realisation percentage'),
    Metric('extra_banen', nl=('extra banen', 'toename'), other=('additional jobs', 'extra jobs', 'increase in jobs', 'extra plekken', 'extra plaatsen'),
           name_nl='het aantal extra banen', name_en='the number of extra jobs', equivalent='realisatie', summable=True),
    Metric('sroi', nl=('sroi', 'social return', 'inkoop'), other=('social return on investment', 'procurement', 'ingekocht', 'ingekochte', 'inkopen', 'purchasing', 'purchased', 'aanbesteding', 'aanbestedingen', 'tenders', 'tendering', 'buying services', 'buying goods and services', 'by buying', 'through buying', 'via inkoopopdrachten', 'inkoopopdrachten', 'uitbesteden', 'uitbesteed', 'uitbesteedt', 'uitbesteding', 'outsourcing', 'outsourced', 'outsource', 'outsources', 'buys from', 'buy from', 'bought from', 'buying from', 'koopt in', 'kopen in'),
           name_nl='het aantal banen via inkoop (SROI)', name_en='the number of jobs via procurement (SROI)', part_of=('realisatie',), summable=True),
    Metric('formele_dienstverbanden', nl=('formele dienstverbanden', 'dienstverbanden'), other=('formal employment', 'formal employment contracts', 'formal employment contract', 'formal contracts', 'employment contracts', 'formal jobs', 'own payroll', 'own-payroll', 'on their own payroll', 'on the payroll', 'direct employment', 'directly employed', 'eigen loonlijst', 'in eigen dienst', 'arbeidscontracten', 'arbeidscontract', 'rechtstreekse arbeidscontracten', 'rechtstreeks in dienst', 'direct in dienst', 'direct contracts', 'direct employment contracts'),
           name_nl='het aantal extra banen via formele dienstverbanden', name_en='the number of extra jobs via formal employment', part_of=('extra_banen',), whole='extra_banen', summable=True),
    Metric('inleenverbanden', nl=('inleenverbanden', 'uitzendrelaties', 'inhuur', 'inleen'), other=('inleenverband', 'hired', 'agency work', 'temporary agency work', 'hiring arrangements', 'hiring arrangement', 'via hiring', 'hiring-in arrangements', 'hiring-in arrangement', 'hired-in placements', 'hired-in jobs', 'hiring-in', 'hired-in', 'hired in', 'temp agency', 'temp agencies', 'temporary agency', 'temporary agencies', 'agency workers', 'agency staff', 'temp workers', 'ingeleende krachten', 'ingeleende mensen', 'ingeleend', 'ingehuurd', 'ingehuurde', 'ingehuurden', 'uitzendrelaties en wsw-detacheringen', 'uitzendrelaties en detacheringen', 'agency work and wsw secondments', 'temporary agency work and wsw secondments', 'agency work and secondments', 'uitzendkrachten', 'uitzendwerk', 'uitzendbanen', 'uitzendbureau', 'uitzendbureaus', 'uitzendbureau of detachering', 'uitzending en detachering', 'uitzendingen en detacheringen', 'uitzenden en detacheren', 'uitzendkrachten en gedetacheerden', 'agency work and secondment', 'agency workers and secondees', 'uitzendbureaus of detacheringen', 'agencies or secondments', 'agency or secondment', 'through agencies', 'via agencies', 'agency placements'),
           name_nl='het aantal extra banen via inleenverbanden', name_en='the number of extra jobs via hiring arrangements', part_of=('extra_banen', 'realisatie'), whole='realisatie', summable=True),
    Metric('wsw_detacheringen', nl=('wsw-detacheringen', 'wsw-detachering', 'wsw detacheringen'), other=('wsw secondments', 'wsw secondment', 'secondments from sheltered employment', 'sheltered employment secondments', 'sheltered-workshop secondments', 'sheltered workshop secondments', 'sheltered-workshop secondment', 'sheltered workshop secondment', 'secondments from sheltered workshops', 'secondments from the sheltered workshops', 'secondments from sheltered work', 'sociale werkplaats', 'sociale werkplaatsen', 'vanuit de sociale werkplaats', 'vanuit de sociale werkvoorziening'),
           name_nl='het aantal banen via Wsw-detacheringen t.o.v. de nulmeting', name_en='the change in jobs via Wsw secondments since the baseline', part_of=('inleenverbanden',)),
    Metric('totaal_banen', nl=('totaal aantal banen', 'inclusief de nulmeting'), other=('total number of jobs', 'including the baseline', 'counting the jobs that existed at the baseline', 'all jobs'),
           name_nl='het totaal aantal banen (inclusief de nulmeting)', name_en='the total number of jobs (including the baseline)', part_of=('extra_banen', 'realisatie')),
    Metric('nulmeting', nl=('nulmeting', '0-meting'), other=('uitgangsmeting', 'beginmeting', 'startmeting', 'baseline', 'baseline measurement', 'zero measurement', 'zero-measurement', 'base measurement', 'zero-point measurement', 'nul-meting', 'telling begon', 'de telling begon', 'the count began', 'the count started', 'counting began', 'counting started', 'starting count', 'the starting count', 'beginstand', 'eerste telling', 'the first count'),
           name_nl='het aantal banen bij de nulmeting', name_en='the number of jobs at the baseline'),
    Metric('aantal_inleenverbanden', nl=('aantal inleenverbanden',), other=('number of hiring arrangements',),
           name_nl='het aantal banen via inleenverbanden', name_en='the number of jobs via hiring arrangements', part_of=('inleenverbanden',), equivalent='inleenverbanden'),
    Metric('verdeelsleutel', nl=('verdeelsleutel', 'verdeling', 'verdeeld', 'toegerekend', 'gerelateerd aan'), other=('distribution key', 'allocation key', 'attributed', 'split between'),
           name_nl='het aandeel in de inleenverbanden (verdeelsleutel)', name_en='the share of the hiring arrangements (distribution key)', part_of=('inleenverbanden',)),
    Metric('achterstand', nl=('achterstand', 'tekort', 'tekorten'), other=('backlog', 'shortfall', 'deficit'),
           name_nl='de achterstand op de doelstelling', name_en='the shortfall against the target', part_of=('doel',)),
    Metric('definitie', nl=('uur per week',), other=('hours per week', 'hours a week', 'hoeveel uur', 'hoeveel uren', 'aantal uren', 'how many hours', 'number of hours', 'in hours'),
           name_nl='de omvang in uren', name_en='the size in hours'),
    Metric('groei', nl=(), other=(),
           name_nl='de groei', name_en='the growth', part_of=('extra_banen',), summable=True),
    Metric('groei_formele_dienstverbanden', nl=(), other=(),
           name_nl='de groei via formele dienstverbanden', name_en='the growth via formal employment', summable=True),
    Metric('groei_inleenverbanden', nl=(), other=(),
           name_nl='de groei via inleenverbanden', name_en='the growth via hiring arrangements', summable=True),
    Metric('omvang', nl=(), other=(),
           name_nl='de omvang', name_en='the size', equivalent='realisatie'),
    Metric('werkzaam', nl=(), other=(),
           name_nl='het aantal werkenden', name_en='the number in work', whole='omvang'),
    Metric('werkzaam_percentage', nl=(), other=(),
           name_nl='het aandeel werkenden', name_en='the share in work'),
    Metric('groei_wsw_detacheringen', nl=(), other=(),
           name_nl='de groei via Wsw-detacheringen', name_en='the growth via Wsw secondments'),
])

# Ministries: the 2017 letter and the annexes speak of them one by one. No letter in corpus/
# gives a ministry's own figures, so a question about one is recognised and then answered
# with what the letters do hold, not mistaken for the Rijk as a whole.
MINISTRIES = [
    ("az", "Algemene Zaken", "General Affairs", ("algemene zaken",), ("ministry of general affairs",)),
    ("bzk", "Binnenlandse Zaken en Koninkrijksrelaties", "the Interior and Kingdom Relations",
     ("bzk", "binnenlandse zaken", "binnenlandse zaken en koninkrijksrelaties"),
     ("ministry of the interior", "interior ministry")),
    ("buza", "Buitenlandse Zaken", "Foreign Affairs", ("buitenlandse zaken", "buza"),
     ("ministry of foreign affairs", "foreign affairs")),
    ("ezk", "Economische Zaken en Klimaat", "Economic Affairs and Climate",
     ("ezk", "economische zaken"), ("ministry of economic affairs", "economic affairs")),
    ("fin", "Financiën", "Finance", ("financiën", "financien", "ministerie van financiën"),
     ("ministry of finance", "finance ministry")),
    ("ienw", "Infrastructuur en Waterstaat", "Infrastructure and Water Management",
     ("ienw", "infrastructuur en waterstaat"), ("ministry of infrastructure",)),
    ("jenv", "Justitie en Veiligheid", "Justice and Security",
     ("jenv", "justitie en veiligheid", "ministerie van justitie"),
     ("ministry of justice", "justice and security")),
    ("lnv", "Landbouw, Natuur en Voedselkwaliteit", "Agriculture, Nature and Food Quality",
     ("lnv", "landbouw, natuur en voedselkwaliteit", "ministerie van landbouw"),
     ("ministry of agriculture",)),
    ("ocw", "Onderwijs, Cultuur en Wetenschap", "Education, Culture and Science",
     ("ocw", "onderwijs, cultuur en wetenschap"), ("ministry of education",)),
    ("szw", "Sociale Zaken en Werkgelegenheid", "Social Affairs and Employment",
     ("szw", "sociale zaken en werkgelegenheid", "ministerie van sociale zaken"),
     ("ministry of social affairs",)),
    ("vws", "Volksgezondheid, Welzijn en Sport", "Health, Welfare and Sport",
     ("vws", "volksgezondheid, welzijn en sport"), ("ministry of health",)),
    # the ministries of the cabinet formed in 2024
    ("kgg", "Klimaat en Groene Groei", "Climate and Green Growth",
     ("kgg", "klimaat en groene groei"), ("ministry of climate",)),
    ("vro", "Volkshuisvesting en Ruimtelijke Ordening", "Housing and Spatial Planning",
     ("vro", "volkshuisvesting en ruimtelijke ordening"), ("ministry of housing",)),
    ("aenm", "Asiel en Migratie", "Asylum and Migration",
     ("asiel en migratie",), ("ministry of asylum and migration",)),
]
SUBJECTS.update(_index(
    Subject(f"ministerie_{key}", "ministry", nl=nl, other=other,
            name_nl=f"het ministerie van {dutch}", name_en=f"the Ministry of {english}")
    for key, dutch, english, nl, other in MINISTRIES))

# The ministries as a group, for "which ministry ...": no words of its own (the alias
# matcher keeps "de ministeries" for the sector Rijk, whose figures the letters give); a
# ranking over ministries asks for this (assistant/query.py's group cues).
SUBJECTS["ministeries"] = Subject(
    "ministeries", "group", name_nl="de ministeries", name_en="the ministries",
    plural=("nl", "en"),
    members=tuple(k for k, v in SUBJECTS.items() if v.kind == "ministry") + ("defensie",))

# The nouns that count jobs ("hoeveel plekken", "how many positions") and the people in them:
# a count of these is a count the figures hold, a count of anything else ("hoeveel
# werkgevers") is not
JOB_NOUNS = ("banen", "baan", "jobs", "job", "fta", "fta's", "fte", "plaatsen", "plekken",
             "werkplekken", "arbeidsplaatsen", "participatiebanen", "positions",
             "placements")
PEOPLE_NOUNS = ("werkenden", "mensen", "personen", "werknemers", "people", "persons",
                "employees", "workers")

# A sector's organisations and their staff, the second part of a Dutch compound that names the
# sector ("waterschapsorganisaties", "gemeentewerkgevers", "politiemedewerkers")
MEMBER_NOUNS = ("organisaties", "organisatie", "werkgevers", "werkgever", "medewerkers",
                "medewerker", "personeel", "ambtenaren", "instellingen", "instelling")

# The ways jobs come about, each counted apart: a sector's amount of one of them is not its
# whole realisation ("via social return", "via inhuur")
JOB_KINDS = ("sroi", "inleenverbanden", "formele_dienstverbanden", "wsw_detacheringen")

# The national total is the market's and government's jobs together: asked as their sum, the
# total the letters state is the answer (a table's parts may not add up to it by rounding)
NATIONAL_PARTS = ("markt", "overheid")

# The nulmeting is the count at the end of this year: "sinds 2012" counts from it
BASELINE_YEAR = 2012

# Where the letters are: the Netherlands. Naming it names no other subject ("Dutch employers").
SETTING = frozenset({"dutch", "netherlands", "nederland", "nederlandse", "holland", "nl"})
# Countries and regions beyond it, Dutch and English: the letters report on no other country,
# so what a question asks of one ("Germany's quota", "in andere EU-landen") is not in them
# (unless a letter names the place; assistant/evidence.py checks). Plural "countries" only:
# "our country note" names no other country.
ABROAD = frozenset("""
buitenland buitenlandse abroad foreign internationaal internationale international
internationally landen countries eu eu-landen europa europese europe european
duitsland duitse germany german frankrijk franse france french belgië belgie belgische
belgium belgian luxemburg luxembourg oostenrijk oostenrijkse austria austrian zwitserland
switzerland swiss engeland engelse england britain british brits britse scandinavië
scandinavia scandinavian zweden zweedse sweden swedish denemarken deense denmark danish
noorwegen noorse norway norwegian finland finse finnish spanje spaanse spain spanish
italië italiaanse italy italian portugal portugese portuguese polen poolse poland polish
ierland ierse ireland irish amerika amerikaanse america american canada canadese canadian
japan japanse japanese australië australia australian
""".split()) | frozenset({"verenigd koninkrijk", "united kingdom", "verenigde staten",
                          "united states", "andere landen", "other countries",
                          "oeso-landen", "oecd countries", "eu countries",
                          "eu member states", "lidstaten"})

GROUPS = {s.id for s in SUBJECTS.values() if s.kind == "group"}
AGGREGATES = {s.id for s in SUBJECTS.values()
              if s.kind in ("group", "aggregate", "employer", "population", "unit")}


def subject_name(subject: str, lang: str) -> str:
    entry = SUBJECTS.get(subject)
    name = entry and (entry.name_nl if lang == "nl" else entry.name_en)
    return name or subject


def metric_name(metric: str, lang: str) -> str:
    entry = METRICS.get(metric)
    name = entry and (entry.name_nl if lang == "nl" else entry.name_en)
    return name or metric


def known(subject: str, metric: str) -> str | None:
    """Why a figure cannot be stored ("unknown metric 'x'"), or None when both are known."""
    if subject not in SUBJECTS:
        return f"unknown subject {subject!r}"
    if metric not in METRICS:
        return f"unknown metric {metric!r}"
    return None
