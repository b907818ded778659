//! Pictograms are decoration (`aria-hidden`): the text next to them always says the same thing.

use guide_domain::vocab::Sector;

pub fn sector(sector: Sector) -> &'static str {
    match sector {
        Sector::GrandAge => "👵",
        Sector::Handicap => "♿",
        Sector::Sante => "🩺",
        Sector::PetiteEnfance => "🧸",
        Sector::ProtectionEnfance => "🏠",
        Sector::Domicile => "🚗",
        Sector::Ecole => "🎒",
        Sector::ActionSociale => "🤝",
    }
}
