//! The closed vocabularies that content files use. Each value has the id written in content
//! files and URLs, and the French label shown to visitors.

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id used in content files and URLs.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The French label shown to visitors.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }

            /// All ids, for error messages that list what is allowed.
            pub fn ids() -> String {
                Self::ALL.iter().map(|v| v.id()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

vocabulary!(
    /// The field of care a profile belongs to.
    Sector {
        GrandAge = "grand-age", "Grand âge";
        Handicap = "handicap", "Handicap";
        Sante = "sante", "Santé";
        PetiteEnfance = "petite-enfance", "Petite enfance";
        ProtectionEnfance = "protection-enfance", "Protection de l'enfance";
        Domicile = "domicile", "Aide à domicile";
        Ecole = "ecole", "École";
        ActionSociale = "action-sociale", "Action sociale";
    }
);

vocabulary!(
    /// What kind of publisher a cited source is, so a reader can weigh it.
    SourceKind {
        TexteOfficiel = "texte-officiel", "texte officiel";
        OrganismePublic = "organisme-public", "organisme public";
        Professionnel = "professionnel", "professionnel";
        Presse = "presse", "presse";
    }
);

vocabulary!(
    /// Who the professional works with.
    Public {
        PersonnesAgees = "personnes-agees", "Personnes âgées";
        Enfants = "enfants", "Enfants";
        PersonnesHandicapees = "personnes-handicapees", "Personnes en situation de handicap";
        Malades = "malades", "Personnes malades";
        Familles = "familles", "Familles";
    }
);

vocabulary!(
    /// Where the work happens.
    Workplace {
        Domicile = "domicile", "À domicile";
        Etablissement = "etablissement", "En établissement";
        Hopital = "hopital", "À l'hôpital";
        Ecole = "ecole", "À l'école";
        Bureau = "bureau", "Dans un bureau ou à l'accueil";
    }
);

vocabulary!(
    /// How long one studies before starting the job. Ordered from shortest to longest.
    StudyLength {
        Aucune = "aucune", "Sans études";
        MoinsDUnAn = "moins-d-un-an", "Moins d'un an";
        UnADeuxAns = "un-a-deux-ans", "1 à 2 ans";
        TroisAnsEtPlus = "trois-ans-et-plus", "3 ans et plus";
    }
);

vocabulary!(
    /// Whether a driving licence is needed.
    Licence {
        Indispensable = "indispensable", "Permis indispensable";
        Utile = "utile", "Permis souvent demandé";
        Non = "non", "Permis pas nécessaire";
    }
);

vocabulary!(
    /// Holland's six interest types (RIASEC), as used by the O*NET Interest Profiler.
    Interest {
        Realiste = "R", "Concret";
        Investigateur = "I", "Curieux";
        Artistique = "A", "Créatif";
        Social = "S", "Social";
        Entreprenant = "E", "Entreprenant";
        Conventionnel = "C", "Organisé";
    }
);

vocabulary!(
    /// The eight sections every profile body has, in this order.
    Section {
        EnBref = "en-bref", "En bref";
        AuQuotidien = "au-quotidien", "Au quotidien";
        Qualites = "les-qualites-utiles", "Les qualités utiles";
        Conditions = "les-conditions-de-travail", "Les conditions de travail";
        SeFormer = "se-former", "Se former";
        OuTravailler = "ou-travailler", "Où travailler";
        Salaire = "le-salaire", "Le salaire";
        EtApres = "et-apres", "Et après ?";
    }
);

vocabulary!(
    /// The kind of a training centre.
    CentreKind {
        Ifsi = "ifsi", "Institut de formation en soins infirmiers (IFSI)";
        Ifas = "ifas", "Institut de formation d'aides-soignants (IFAS)";
        Ifap = "ifap", "Institut de formation d'auxiliaires de puériculture (IFAP)";
        Efts = "efts", "École de formation en travail social";
        LyceeProfessionnel = "lycee-professionnel", "Lycée professionnel";
        LyceeAgricole = "lycee-agricole", "Lycée agricole";
        LyceePolyvalent = "lycee-polyvalent", "Lycée polyvalent";
        Lycee = "lycee", "Lycée";
        Mfr = "mfr", "Maison familiale rurale (MFR)";
        InstitutErgotherapie = "institut-ergotherapie", "Institut de formation en ergothérapie";
        InstitutPsychomotricite = "institut-psychomotricite", "Institut de formation en psychomotricité";
        EcoleAmbulanciers = "ecole-ambulanciers", "École d'ambulanciers";
        Iut = "iut", "Institut universitaire de technologie (IUT)";
        Autre = "autre", "Autre centre de formation";
    }
);

vocabulary!(
    /// The kind of an event in a territory's agenda.
    EventKind {
        Forum = "forum", "Forum";
        PortesOuvertes = "portes-ouvertes", "Portes ouvertes";
        Jobdating = "jobdating", "Job dating";
        SemaineDesMetiers = "semaine-des-metiers", "Semaine des métiers";
        Information = "information", "Réunion d'information";
    }
);

vocabulary!(
    /// Who an event is for.
    Audience {
        Collegiens = "collegiens", "Collégiens";
        Lyceens = "lyceens", "Lycéens";
        DemandeursEmploi = "demandeurs-emploi", "Demandeurs d'emploi";
        ToutPublic = "tout-public", "Tout public";
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for s in Sector::ALL {
            assert_eq!(Sector::from_id(s.id()), Some(*s));
        }
        let mut ids: Vec<_> = Section::ALL.iter().map(|s| s.id()).collect();
        ids.dedup();
        assert_eq!(ids.len(), 8);
        assert_eq!(Interest::from_id("S"), Some(Interest::Social));
        assert_eq!(Interest::from_id("X"), None);
    }

    #[test]
    fn study_lengths_are_ordered() {
        assert!(StudyLength::Aucune < StudyLength::TroisAnsEtPlus);
    }
}

vocabulary!(
    /// The answer to a « Vrai ou faux ? » statement, in the order the buttons show.
    Verdict {
        Vrai = "vrai", "Vrai";
        Faux = "faux", "Faux";
        CaDepend = "ca-depend", "Ça dépend";
    }
);

vocabulary!(
    /// What a received idea is about, so that a round mixes them.
    Theme {
        Acces = "acces", "Se former, y entrer";
        Argent = "argent", "L'argent";
        Conditions = "conditions", "Les conditions de travail";
        Carriere = "carriere", "Évoluer";
        Stereotypes = "stereotypes", "Les clichés";
    }
);

vocabulary!(
    /// Who a statement speaks to.
    MythAudience {
        CollegeLycee = "college-lycee", "Collège et lycée";
        Adultes = "adultes", "Adultes";
        Tous = "tous", "Tout le monde";
    }
);
