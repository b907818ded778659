#!/usr/bin/env python3
"""Build the training-centre content files of the Hautes-Alpes (05) and Pas-de-Calais (62).

Reads the open data in ../shared/data (see its PROVENANCE.md) once and writes:
  content/territoires/05-hautes-alpes/centres.toml
  content/territoires/62-pas-de-calais/centres.toml

Every value written comes from a source file; the only hand-made parts are listed in the tables
below: the ids, the French names with accents and abbreviations restored, the `type`, the mapping of
diploma labels to the ids of content/diplomes.toml, and what to do with each extra row.
Nothing is guessed: a value no source gives stays missing.

The output files are a starting point that organisers then edit by hand; running this script again
overwrites those edits.

Usage: python3 scripts/import_centres.py [path/to/shared/data]
"""

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"

PARCOURSUP = "MESR – Parcoursup 2025 (https://data.enseignementsup-recherche.gouv.fr/explore/dataset/fr-esr-parcoursup/)"
ONISEP = "Onisep, Idéo-actions de formation initiale"
LO = "Licence Ouverte / Etalab 2.0"
ODBL = "ODbL"
PAGE = "Faits tirés de la page citée"

OUTPUTS = {
    "05": ("05-hautes-alpes", "des Hautes-Alpes"),
    "62": ("62-pas-de-calais", "du Pas-de-Calais"),
}

# Diploma labels of the data (tag such as "[Parcoursup]" removed) -> id in content/diplomes.toml.
# A label absent from this table is reported and left out.
DIPLOMAS = {
    "D.E Infirmier": "dei",
    "D.E Educateur Specialise": "dees",
    "D.E Assistant de Service Social": "deass",
    "D.E Ergotherapeute": "de-ergotherapeute",
    "Bac pro accompagnement, soins et services à la personne": "bac-pro-assp",
    "Bac pro animation-enfance et personnes âgées": "bac-pro-aepa",
    "Bac pro services aux personnes et animation dans les territoires": "bac-pro-sapat",
    "CAP agent accompagnant au grand âge": "cap-aaga",
    "BTS - Services - Services et prestations des secteurs sanitaire et social": "bts-sp3s",
    "BTS - Services - Economie sociale familiale": "bts-esf",
    # centres-extra labels
    "DEI": "dei",
    "DEAS": "deas",
    "DEAS (voie classique et apprentissage)": "deas",
    "DEAS (voie scolaire, apprentissage, formation continue)": "deas",
    "DEAP": "deap",
    "DEA": "dea",
    "DEA (diplôme d'État d'ambulancier)": "dea",
    "DEES": "dees",
    "DEME": "deme",
}

# Main file, keyed by UAI: (id, name in natural French, type).
MAIN = {
    "0050566N": ("ifsi-ch-briancon", "Institut de formation en soins infirmiers du centre hospitalier de Briançon", "ifsi"),
    "0050567P": ("ifsi-chicas-gap", "Institut de formation en soins infirmiers du CHICAS", "ifsi"),
    "0050012L": ("agricampus-hautes-alpes-gap", "Agricampus Hautes-Alpes", "lycee-agricole"),
    "0050009H": ("lp-sevigne-gap", "Lycée professionnel Sévigné", "lycee-professionnel"),
    "0624064F": ("afertes", "AFERTES", "efts"),
    "0624551K": ("afertes-avion", "AFERTES – site d'Avion", "efts"),
    "0624489T": ("eests-avion", "École européenne supérieure en travail social (EESTS) d'Avion", "efts"),
    "0624490U": ("eests-saint-omer", "École européenne supérieure en travail social (EESTS) de Saint-Omer", "efts"),
    "0624065G": ("irts-hdf-artois", "Institut régional du travail social (IRTS) Hauts-de-France – site Artois", "efts"),
    "0624488S": ("irts-hdf-cote-d-opale", "Institut régional du travail social (IRTS) Hauts-de-France – site Côte d'Opale", "efts"),
    "0622196A": ("ensemble-baudimont-arras", "Ensemble Baudimont", "lycee"),
    "0623137Y": ("ifsi-ch-boulogne-sur-mer", "Institut de formation en soins infirmiers du centre hospitalier de Boulogne-sur-Mer", "ifsi"),
    "0623138Z": ("ifsi-ch-saint-omer", "Institut de formation en soins infirmiers du centre hospitalier de Saint-Omer", "ifsi"),
    "0623845T": ("ifsi-campus-val-de-lys-artois", "Institut de formation en soins infirmiers du Campus des métiers de la santé Val de Lys-Artois", "ifsi"),
    "0623135W": ("ifsi-croix-rouge-bethune", "Institut de formation en soins infirmiers de la Croix-Rouge française de Béthune", "ifsi"),
    "0623136X": ("ifsi-croix-rouge-calais", "Institut de formation en soins infirmiers de la Croix-Rouge française de Calais", "ifsi"),
    "0623139A": ("ifsi-croix-rouge-lens", "Institut de formation en soins infirmiers de la Croix-Rouge française de Lens", "ifsi"),
    "0623133U": ("ifsi-croix-rouge-arras", "Institut de formation en soins infirmiers de la Croix-Rouge française d'Arras", "ifsi"),
    "0623134V": ("ifsi-ch-arras", "Institut de formation en soins infirmiers du centre hospitalier d'Arras", "ifsi"),
    "0623844S": ("ifsi-ifas-berck", "Institut de formation en soins infirmiers et d'aides-soignants de Berck", "ifsi"),
    "0623633M": ("ergotherapie-berck", "Institut de formation en ergothérapie de Berck-sur-Mer – site de Berck", "institut-ergotherapie"),
    "0620162P": ("lycee-pays-de-saint-omer-aa", "Lycée du pays de Saint-Omer – site de l'Aa", "lycee"),
    "0622949U": ("lycee-mariette-boulogne-sur-mer", "Lycée général et technologique Mariette", "lycee"),
    "0620109G": ("lycee-auguste-behal-lens", "Lycée Auguste Béhal", "lycee"),
    "0620120U": ("lycee-anatole-france-lillers", "Lycée général et technologique Anatole France", "lycee"),
    "0623276Z": ("lycee-agricole-sainte-marie-aire-sur-la-lys", "Lycée d'enseignement agricole privé Sainte-Marie", "lycee-agricole"),
    "0623723K": ("campus-agro-62-radinghem", "Campus agro-environnemental 62 – site de Radinghem", "lycee-agricole"),
    "0620027T": ("lpo-pablo-picasso-avion", "Lycée polyvalent Pablo Picasso", "lycee-polyvalent"),
    "0622276M": ("lpo-jan-lavezzari-berck", "Lycée polyvalent Jan Lavezzari", "lycee-polyvalent"),
    "0623902E": ("lpo-marguerite-yourcenar-beuvry", "Lycée polyvalent Marguerite Yourcenar", "lycee-polyvalent"),
    "0620059C": ("lpo-leo-lagrange-bully-les-mines", "Lycée polyvalent Léo Lagrange", "lycee-polyvalent"),
    "0622150A": ("lpo-jean-bosco-guines", "Lycée polyvalent Jean Bosco", "lycee-polyvalent"),
    "0622198C": ("lpo-saint-joseph-saint-martin-boulogne", "Lycée polyvalent privé et campus Saint-Joseph", "lycee-polyvalent"),
    "0620257T": ("lp-savary-ferry-arras", "Lycée professionnel Savary Ferry", "lycee-professionnel"),
    "0622275L": ("lp-jean-charles-cazin-boulogne-sur-mer", "Lycée professionnel Jean-Charles Cazin", "lycee-professionnel"),
    "0620192X": ("lp-pierre-mendes-france-bruay-la-buissiere", "Lycée professionnel Pierre Mendès France", "lycee-professionnel"),
    "0623278B": ("lp-saint-joseph-bucquoy", "Lycée professionnel Saint-Joseph", "lycee-professionnel"),
    "0620189U": ("lp-pierre-de-coubertin-calais", "Lycée professionnel Pierre de Coubertin", "lycee-professionnel"),
    "0620188T": ("lp-du-detroit-calais", "Lycée professionnel du Détroit", "lycee-professionnel"),
    "0622192W": ("lp-saint-joseph-etaples", "Lycée professionnel Saint-Joseph", "lycee-professionnel"),
    "0620110H": ("lp-auguste-behal-lens", "Lycée professionnel Auguste Béhal", "lycee-professionnel"),
    "0620150B": ("lp-joliot-curie-oignies", "Lycée professionnel Joliot Curie", "lycee-professionnel"),
    "0620167V": ("lp-pierre-mendes-france-saint-pol-sur-ternoise", "Lycée professionnel Pierre Mendès France", "lycee-professionnel"),
    "0623833E": ("mfr-hucqueliers", "Maison familiale rurale de Hucqueliers", "mfr"),
}

# Source cities written without their accent in the data.
CITY_ACCENTS = {"Etaples": "Étaples"}

# centres-extra rows, keyed by their `name`. Two kinds of action (decided from each row's notes):
#  - "merge": the row only adds details to institutes of the main file (UAIs in "into"); the
#    listed columns are copied onto them and the row's page is added to their source.
#  - "new": a new centre; "with" = UAI of the main-file IFSI it shares a site with (its
#    coordinates are used), or "commune" = (département, commune) whose centroid is used, and
#    the position is then marked approximate.
# "columns" lists the CSV columns to keep; the others are left out because the notes say they are
# not confirmed (or, for the phone, that the page is only a mirror).
EXTRA = {
    "IFAS du CHICAS (Centre hospitalier intercommunal des Alpes du Sud)": {
        "action": "new", "dep": "05", "with": "0050567P", "columns": ["website"],
        "id": "ifas-chicas", "type": "ifas",
        "nom": "Institut de formation d'aides-soignants du CHICAS (Centre hospitalier intercommunal des Alpes du Sud)",
    },
    "IFSI de Gap (CHICAS)": {
        "action": "merge", "into": ["0050567P"], "columns": ["city"],
    },
    "IFSS (Institut de formation sanitaire et sociale) de la Fondation Edith Seltzer – formation d'ambulancier à Embrun": {
        "action": "new", "dep": "05", "commune": ("05", "Embrun"), "columns": ["city", "website"],
        "id": "ifss-seltzer-ambulanciers-embrun", "type": "ecole-ambulanciers",
        "nom": "Institut de formation sanitaire et sociale de la Fondation Edith Seltzer – formation d'ambulancier à Embrun",
    },
    "Centre de Formation aux Métiers de la Santé (CFMS) du Centre Hospitalier de Boulogne-sur-Mer – IFSI": {
        "action": "merge", "into": ["0623137Y"], "columns": ["address", "postcode", "city", "website"],
        "nom": "Institut de formation en soins infirmiers du centre hospitalier de Boulogne-sur-Mer (Centre de formation aux métiers de la santé)",
    },
    "Centre de Formation aux Métiers de la Santé (CFMS) du Centre Hospitalier de Boulogne-sur-Mer – IFAS": {
        "action": "new", "dep": "62", "with": "0623137Y", "columns": ["address", "postcode", "city", "website"],
        "id": "ifas-ch-boulogne-sur-mer", "type": "ifas",
        "nom": "Institut de formation d'aides-soignants du centre hospitalier de Boulogne-sur-Mer (Centre de formation aux métiers de la santé)",
    },
    "Institut de Formation du Centre Hospitalier de la Région de Saint-Omer – IFSI": {
        "action": "merge", "into": ["0623138Z"], "columns": ["website"],
        "nom": "Institut de formation en soins infirmiers du centre hospitalier de la région de Saint-Omer",
    },
    "Institut de Formation du Centre Hospitalier de la Région de Saint-Omer – IFAS": {
        "action": "new", "dep": "62", "with": "0623138Z", "columns": ["website"],
        "id": "ifas-ch-saint-omer", "type": "ifas",
        "nom": "Institut de formation d'aides-soignants du centre hospitalier de la région de Saint-Omer",
    },
    "Campus des métiers de la santé Val de Lys-Artois – formation infirmière": {
        "action": "merge", "into": ["0623845T"], "columns": ["website"],
    },
    "IRFSS Croix-Rouge française – site de Calais – IFSI": {
        "action": "merge", "into": ["0623136X"], "columns": ["city"],
    },
    "IRFSS Croix-Rouge française – site de Calais – IFAS": {
        "action": "new", "dep": "62", "with": "0623136X", "columns": ["city"],
        "id": "ifas-croix-rouge-calais", "type": "ifas",
        "nom": "Institut de formation d'aides-soignants de la Croix-Rouge française de Calais",
    },
    "IRFSS Croix-Rouge française – site de Calais – IFAP": {
        "action": "new", "dep": "62", "with": "0623136X", "columns": ["city"],
        "id": "ifap-croix-rouge-calais", "type": "ifap",
        "nom": "Institut de formation d'auxiliaires de puériculture de la Croix-Rouge française de Calais",
    },
    "IRFSS Croix-Rouge française – site de Calais – formation d'ambulancier": {
        "action": "new", "dep": "62", "with": "0623136X", "columns": ["city"],
        "id": "ambulanciers-croix-rouge-calais", "type": "ecole-ambulanciers",
        "nom": "Formation d'ambulancier de la Croix-Rouge française de Calais",
    },
    # The notes say the IFA's location is not stated: the position is Arras (the hospital's
    # commune), marked approximate, and no city is written.
    "Institut de formation des ambulanciers (IFA) – Centre hospitalier d'Arras / Chambre régionale de métiers et de l'artisanat": {
        "action": "new", "dep": "62", "commune": ("62", "Arras"), "columns": [],
        "id": "ifa-ch-arras", "type": "ecole-ambulanciers",
        "nom": "Institut de formation des ambulanciers du centre hospitalier d'Arras et de la Chambre régionale de métiers et de l'artisanat",
    },
    "IFRAAS (Institut de formation de région académique des aides-soignants de l'Éducation nationale) – site de Saint-Pol-sur-Ternoise": {
        "action": "new", "dep": "62", "commune": ("62", "Saint-Pol-sur-Ternoise"), "columns": ["city"],
        "id": "ifraas-saint-pol-sur-ternoise", "type": "ifas",
        "nom": "Institut de formation de région académique des aides-soignants de l'Éducation nationale (IFRAAS) – site de Saint-Pol-sur-Ternoise",
    },
    # Adds the street, the city, the website and the moniteur-éducateur course to the EESTS row.
    "EESTS – École européenne supérieure en travail social, antenne de Saint-Omer": {
        "action": "merge", "into": ["0624490U"], "columns": ["address", "city", "website", "diplomas"],
    },
    # The organisation's website, for both AFERTES sites. Its course list (DEME, DEES, CAFERUIS) is
    # not tied to a site, so no diploma is added (and CAFERUIS has no id in the catalogue).
    "AFERTES": {
        "action": "merge", "into": ["0624064F", "0624551K"], "columns": ["website"],
    },
}

COLUMN_TO_FIELD = {"address": "adresse", "postcode": "code_postal", "city": "ville", "website": "site"}
FIELD_ORDER = ["id", "nom", "type", "diplomes", "adresse", "code_postal", "ville", "ville_deduite",
               "lat", "lon", "position_approchee", "site", "telephone", "uai", "source", "licence"]

unmapped = []


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def diploma_ids(cell, where):
    """Map a `;`-separated diploma cell to catalogue ids, in order, without repeats."""
    ids = []
    for label in cell.split(";"):
        label = label.strip()
        if "[" in label:
            label = label[: label.index("[")].strip()
        if not label:
            continue
        if label in DIPLOMAS:
            if DIPLOMAS[label] not in ids:
                ids.append(DIPLOMAS[label])
        else:
            unmapped.append(f"{where}: « {label} »")
    return ids


def source_urls(cell):
    return " ; ".join(u.strip() for u in cell.split("|") if u.strip())


def main_entry(row, derived):
    uai = row["uai"]
    cid, nom, kind = MAIN[uai]
    onisep = "[ONISEP" in row["diplomas"]
    e = {"id": cid, "nom": nom, "type": kind, "diplomes": diploma_ids(row["diplomas"], cid)}
    if row["address"]:
        e["adresse"] = row["address"]
    if row["postcode"]:
        e["code_postal"] = row["postcode"]
    if row["city"]:
        e["ville"] = CITY_ACCENTS.get(row["city"], row["city"])
    else:
        e["ville"] = derived[uai]["derived_commune_2018"]
        e["ville_deduite"] = True
    e["lat"], e["lon"] = float(row["lat"]), float(row["lon"])
    if row["website"]:
        e["site"] = row["website"]
    e["uai"] = uai
    if onisep:
        sources = [row["onisep_url"] or ONISEP]
        if "[Parcoursup]" in row["diplomas"]:  # BTS of a lycée come from Parcoursup
            sources.append(PARCOURSUP)
        e["source"], e["licence"] = " ; ".join(sources), ODBL
    else:
        e["source"], e["licence"] = PARCOURSUP, LO
    return e


def merge(entry, row, spec):
    for col in spec["columns"]:
        if col == "diplomas":
            for d in diploma_ids(row["diplomas"], entry["id"]):
                if d not in entry["diplomes"]:
                    entry["diplomes"].append(d)
        elif row[col]:
            entry[COLUMN_TO_FIELD[col]] = row[col]
            if col == "city":
                entry.pop("ville_deduite", None)
    if "nom" in spec:
        entry["nom"] = spec["nom"]
    entry["source"] += " ; " + source_urls(row["source_url"])


def new_entry(row, spec, by_uai, communes):
    e = {"id": spec["id"], "nom": spec["nom"], "type": spec["type"],
         "diplomes": diploma_ids(row["diplomas"], spec["id"])}
    for col in spec["columns"]:
        if row[col]:
            e[COLUMN_TO_FIELD[col]] = row[col]
    if "with" in spec:
        e["lat"], e["lon"] = float(by_uai[spec["with"]]["lat"]), float(by_uai[spec["with"]]["lon"])
    else:
        c = communes[spec["commune"]]
        e["lat"], e["lon"] = float(c["lat"]), float(c["lon"])
        e["position_approchee"] = True
    e["source"], e["licence"] = source_urls(row["source_url"]), PAGE
    return e


def toml_value(v):
    if v is True:
        return "true"
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, float):
        return repr(v)  # shortest form, i.e. as written in the source
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    rows = read_csv(DATA / "centres" / "centres-05-62.csv")
    derived = {r["uai"]: r for r in read_csv(DATA / "centres" / "centres-05-62-derived-commune.csv")}
    extras = read_csv(DATA / "centres" / "centres-extra-05-62.csv")
    communes = {(c["departement"], c["nom"]): c for c in read_csv(DATA / "communes" / "communes-05-62.csv")}

    assert len(rows) == len(MAIN) and all(r["uai"] in MAIN for r in rows), "main file changed"
    assert {r["name"] for r in extras} == set(EXTRA), "extra file changed"

    by_uai = {r["uai"]: r for r in rows}
    out = {dep: [] for dep in OUTPUTS}
    entries = {}
    for r in rows:
        e = main_entry(r, derived)
        entries[r["uai"]] = e
        out[r["departement"]].append(e)
    for r in extras:
        spec = EXTRA[r["name"]]
        if spec["action"] == "merge":
            for uai in spec["into"]:
                merge(entries[uai], r, spec)
        elif "with" in spec:
            # Listed right after the IFSI it shares a site with (and after earlier such rows,
            # which are the ones without a UAI).
            dep_list = out[spec["dep"]]
            pos = dep_list.index(entries[spec["with"]]) + 1
            while pos < len(dep_list) and "uai" not in dep_list[pos]:
                pos += 1
            dep_list.insert(pos, new_entry(r, spec, by_uai, communes))
        else:
            out[spec["dep"]].append(new_entry(r, spec, by_uai, communes))

    ids = [e["id"] for es in out.values() for e in es]
    assert len(ids) == len(set(ids)), "duplicate id"
    for es in out.values():
        for e in es:
            assert e["diplomes"], f"{e['id']}: no diploma"

    for dep, (folder, label) in OUTPUTS.items():
        path = ROOT / "content" / "territoires" / folder / "centres.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = [
            f"# Centres de formation {label}. Sources et licences : voir chaque centre (champ source).",
            "# Première version produite par scripts/import_centres.py à partir de données ouvertes ;",
            "# on peut ensuite ajouter ou corriger un centre à la main.",
        ]
        for e in out[dep]:
            lines.append("")
            lines.append("[[centre]]")
            lines += [f"{k} = {toml_value(e[k])}" for k in FIELD_ORDER if k in e]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(out[dep])} centres")
    for u in unmapped:
        print("diploma label without an id, left out:", u)


if __name__ == "__main__":
    main()
