"""Fictitious letters for the scale benchmark, generated from the real ones in corpus/.

Each letter is a real letter with its numbers varied (×0.6–1.4, written back in the same Dutch
notation), its years shifted, its sector names permuted, and a header that says it is
fictitious. Layout, page breaks and footnotes stay as the real letter has them, so ingest and
indexing do the same work per letter as on the corpus. Written to a folder outside the
repository; never to corpus/.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = ("FICTIEF - synthetische brief {n} voor de schaaltest (benchmarks/scale.py); "
        "de cijfers zijn verzonnen.\n\n")
# Sector names that head blocks in the letters; swapped among each other per letter.
SECTORS = ["Politie", "Defensie", "Gemeenten", "Provincies", "Waterschappen", "Rijk",
           "Hoger beroepsonderwijs", "Middelbaar beroepsonderwijs", "Primair onderwijs",
           "Voortgezet onderwijs"]
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+)(?![\w])")
_YEAR = re.compile(r"^(19[89]\d|20[0-4]\d)$")
_PAGE_LINE = re.compile(r"Pagina \d+ van \d+")


def _vary(token: str, rng: random.Random, year_shift: int) -> str:
    if _YEAR.match(token):
        return str(int(token) + year_shift)
    whole, _, frac = token.replace(".", "").partition(",")
    if len(whole) > 9 or int(whole) < 20:     # footnote marks, page and list numbers stay
        return token
    value = float(f"{whole}.{frac or 0}") * rng.uniform(0.6, 1.4)
    if frac:
        text = f"{value:,.{len(frac)}f}"
    else:
        text = f"{round(value):,}"
    # English grouping -> Dutch: "1,234.5" -> "1.234,5"
    text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text if "." in token or len(whole) < 4 else text.replace(".", "")


def synthesize(text: str, n: int, rng: random.Random) -> str:
    shift = rng.randint(-4, 4)
    order = SECTORS[:]
    rng.shuffle(order)
    swap = dict(zip(SECTORS, order))
    swap.update({k.lower(): v.lower() for k, v in swap.items()})
    sectors = re.compile(r"\b(" + "|".join(map(re.escape, sorted(swap, key=len, reverse=True)))
                         + r")\b")
    out = []
    for line in text.splitlines(keepends=True):
        if _PAGE_LINE.search(line):
            out.append(line)
            continue
        line = sectors.sub(lambda m: swap[m.group(1)], line)
        out.append(_NUMBER.sub(lambda m: _vary(m.group(1), rng, shift), line))
    return MARK.format(n=n) + "".join(out)


def write_letters(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """`count` fictitious letters in `folder`, cycling through the real letters."""
    sources = sorted((ROOT / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        src = sources[n % len(sources)]
        path = folder / f"fictief-{n:04d}_{src.stem[:40]}.txt"
        path.write_text(synthesize(texts[n % len(texts)], n, rng), encoding="utf-8")
        paths.append(path)
    return paths
