//! Properties of the quiz on the real content: determinism, every profile reachable, honest
//! « not enough answers », and share links that survive round trips and never panic on garbage.

use guide_domain::catalog::Profile;
use guide_domain::content;
use guide_domain::quiz::{self, share, Answer, Answers, Item, LicenceAnswer, Outcome};
use guide_domain::vocab::{Licence, Public, StudyLength};
use std::path::Path;
use std::sync::LazyLock;

struct Real {
    items: Vec<Item>,
    profiles: &'static [Profile],
}

static REAL: LazyLock<Real> = LazyLock::new(|| {
    let content = content::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"))
        .unwrap_or_else(|e| panic!("{}", content::report(&e)));
    Real { items: content.quiz, profiles: content.catalog.profiles }
});

fn ranked(answers: &Answers) -> Vec<quiz::Match> {
    match quiz::score(&REAL.items, answers, REAL.profiles) {
        Outcome::Ranked(r) => r,
        Outcome::NotEnough { .. } => panic!("pas assez de réponses"),
    }
}

/// What someone drawn to this profile would plausibly answer: love the activities of its first
/// two interests that touch its publics or places, « pourquoi pas » for its other activities,
/// « pas pour moi » elsewhere; the context questions as the profile needs.
fn plausible(profile: &Profile) -> Answers {
    let items = REAL
        .items
        .iter()
        .map(|item| {
            let rank = profile.riasec.iter().position(|l| *l == item.interest);
            let facet = item.publics.iter().any(|p| profile.publics.contains(p))
                || item.workplaces.iter().any(|w| profile.workplaces.contains(w));
            Some(match rank {
                Some(0 | 1) if facet || item.publics.is_empty() && item.workplaces.is_empty() => Answer::Love,
                Some(_) => Answer::Maybe,
                None => Answer::No,
            })
        })
        .collect();
    Answers {
        items,
        study: Some(profile.study),
        licence: Some(if profile.licence == Licence::Non { LicenceAnswer::No } else { LicenceAnswer::Have }),
        publics: Some({
            let mut publics = profile.publics.to_vec();
            publics.sort();
            publics
        }),
    }
}

fn margin(answers: &Answers, slug: &str) -> f64 {
    let ranked = ranked(answers);
    let own = ranked.iter().find(|m| m.profile.slug == slug).unwrap().score;
    let best_other = ranked.iter().filter(|m| m.profile.slug != slug).map(|m| m.score).fold(f64::MIN, f64::max);
    own - best_other
}

/// Hill-climbing over answer sets from the plausible start: change one answer at a time while
/// it raises the profile above the others. Succeeds when the profile comes first.
fn search_top(profile: &Profile) -> Option<Answers> {
    let mut answers = plausible(profile);
    let mut current = margin(&answers, profile.slug);
    for _ in 0..200 {
        if current > 0.0 {
            return Some(answers);
        }
        let mut best: Option<(f64, Answers)> = None;
        let publics_options: Vec<Vec<Public>> = (1..1u8 << Public::ALL.len())
            .map(|m| Public::ALL.iter().enumerate().filter(|(i, _)| m & (1 << i) != 0).map(|(_, p)| *p).collect())
            .collect();
        let mut candidates: Vec<Answers> = Vec::new();
        for i in 0..answers.items.len() {
            for a in Answer::ALL {
                if answers.items[i] != Some(a) {
                    let mut next = answers.clone();
                    next.items[i] = Some(a);
                    candidates.push(next);
                }
            }
        }
        for publics in publics_options {
            let mut next = answers.clone();
            next.publics = Some(publics);
            candidates.push(next);
        }
        for next in candidates {
            let m = margin(&next, profile.slug);
            if best.as_ref().is_none_or(|(b, _)| m > *b) {
                best = Some((m, next));
            }
        }
        let (m, next) = best?;
        if m <= current {
            return None;
        }
        current = m;
        answers = next;
    }
    None
}

#[test]
fn every_profile_is_the_top_result_for_some_answer_set() {
    let mut unreachable = Vec::new();
    for profile in REAL.profiles {
        match search_top(profile) {
            Some(answers) => assert_eq!(ranked(&answers)[0].profile.slug, profile.slug),
            None => unreachable.push(profile.slug),
        }
    }
    assert!(unreachable.is_empty(), "aucune réponse ne place ces fiches en tête : {unreachable:?}");
}

#[test]
fn same_answers_give_same_results() {
    for profile in REAL.profiles.iter().take(5) {
        let answers = plausible(profile);
        let a: Vec<_> =
            ranked(&answers).iter().map(|m| (m.profile.slug, m.score.to_bits(), m.reasons.clone())).collect();
        let b: Vec<_> =
            ranked(&answers).iter().map(|m| (m.profile.slug, m.score.to_bits(), m.reasons.clone())).collect();
        assert_eq!(a, b);
    }
}

#[test]
fn results_explain_themselves_with_loved_answers() {
    let profile = REAL.profiles.iter().find(|p| p.slug == "aide-soignant").unwrap();
    let ranked = ranked(&plausible(profile));
    let top = &ranked[0];
    assert!((2..=3).contains(&top.reasons.len()), "{:?}", top.reasons);
    assert!(top.reasons.iter().all(|r| r.answer == Answer::Love || r.answer == Answer::Maybe));
    assert!(top.reasons.windows(2).all(|w| w[0].weight >= w[1].weight));
}

#[test]
fn dont_know_everywhere_asks_for_more_answers() {
    let answers = Answers { items: vec![Some(Answer::DontKnow); REAL.items.len()], ..Default::default() };
    assert_eq!(
        quiz::score(&REAL.items, &answers, REAL.profiles),
        Outcome::NotEnough { answered: 0, needed: quiz::MIN_ANSWERS }
    );
    let mut few = answers.clone();
    for a in few.items.iter_mut().take(quiz::MIN_ANSWERS - 1) {
        *a = Some(Answer::Love);
    }
    assert!(matches!(quiz::score(&REAL.items, &few, REAL.profiles), Outcome::NotEnough { answered: 5, .. }));
}

#[test]
fn longer_studies_lower_but_never_hide_a_profile() {
    let infirmier = REAL.profiles.iter().find(|p| p.slug == "infirmier").unwrap();
    let mut answers = plausible(infirmier);
    let before = ranked(&answers).iter().find(|m| m.profile.slug == "infirmier").unwrap().score;
    answers.study = Some(StudyLength::Aucune);
    let after = ranked(&answers);
    let m = after.iter().find(|m| m.profile.slug == "infirmier").expect("toujours classé");
    assert!(m.longer_studies);
    assert!(m.score < before);
    assert_eq!(after.len(), REAL.profiles.len());
}

#[test]
fn no_licence_lowers_profiles_that_need_one() {
    let ambulancier = REAL.profiles.iter().find(|p| p.slug == "ambulancier").unwrap();
    let mut answers = plausible(ambulancier);
    let with = ranked(&answers).iter().find(|m| m.profile.slug == "ambulancier").unwrap().score;
    answers.licence = Some(LicenceAnswer::No);
    let without = ranked(&answers).into_iter().find(|m| m.profile.slug == "ambulancier").unwrap();
    assert!(without.needs_licence && without.score < with);
}

#[test]
fn also_discover_offers_a_lead_from_another_sector() {
    let profile = REAL.profiles.iter().find(|p| p.slug == "aide-a-domicile").unwrap();
    let ranked = ranked(&plausible(profile));
    let also = quiz::also_discover(&ranked);
    assert_eq!(also.len(), 3);
    let top_sectors: Vec<_> = ranked.iter().take(3).map(|m| m.profile.sectors[0]).collect();
    assert!(!top_sectors.contains(&also[2].profile.sectors[0]));
}

#[test]
fn share_codes_round_trip() {
    for profile in REAL.profiles {
        let mut answers = plausible(profile);
        answers.items[3] = None;
        answers.items[4] = Some(Answer::DontKnow);
        let code = share::encode(&answers);
        assert_eq!(share::decode(&code, REAL.items.len()), Ok(answers), "{code}");
    }
    let empty = Answers { items: vec![None; REAL.items.len()], study: None, licence: None, publics: Some(vec![]) };
    assert_eq!(share::decode(&share::encode(&empty), REAL.items.len()), Ok(empty));
}

#[test]
fn tampered_or_truncated_codes_are_refused() {
    let code = share::encode(&plausible(&REAL.profiles[0]));
    let n = REAL.items.len();
    assert!(share::decode(&code[..code.len() - 1], n).is_err() || code.ends_with('x'));
    for bad in [
        "",
        "1",
        "2-0-00-00",
        "1-000-00-00",
        &code.replace("1-", "9-"),
        &format!("{code}-0"),
        &code.replacen('0', "7", 1),
    ] {
        assert!(share::decode(bad, n).is_err(), "{bad}");
    }
    assert!(share::decode(&code, n + 1).is_err());
}

/// Fuzz: random strings, and random edits of a real code, never panic.
#[test]
fn random_share_codes_never_panic() {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let alphabet: Vec<char> = "0123456789abcdefxX-_ é%/?&=".chars().collect();
    let real = share::encode(&plausible(&REAL.profiles[1]));
    for round in 0..20_000 {
        let s: String = if round % 2 == 0 {
            (0..next() % 48).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect()
        } else {
            let mut chars: Vec<char> = real.chars().collect();
            let i = (next() % chars.len() as u64) as usize;
            chars[i] = alphabet[(next() % alphabet.len() as u64) as usize];
            chars.into_iter().collect()
        };
        if let Ok(answers) = share::decode(&s, REAL.items.len()) {
            let _ = quiz::score(&REAL.items, &answers, REAL.profiles);
        }
    }
}

#[test]
fn share_links_make_a_qr_code() {
    let url = format!("https://exemple.fr/quiz/resultats?r={}", share::encode(&plausible(&REAL.profiles[0])));
    let svg = share::qr_svg(&url).expect("QR");
    assert!(svg.starts_with("<svg") && svg.contains("#000000") && !svg.contains("<?xml"));
}

#[test]
fn a_class_answers_with_its_majority_and_admits_a_split() {
    use quiz::class_answer;
    // Hands for A (J'adorerais), B (Pourquoi pas), C (Pas pour moi), D (Je ne sais pas).
    assert_eq!(class_answer([12, 5, 3, 1]), Some(Answer::Love));
    assert_eq!(class_answer([2, 3, 20, 0]), Some(Answer::No));
    assert_eq!(class_answer([10, 0, 10, 0]), Some(Answer::Maybe), "une classe partagée");
    assert_eq!(class_answer([4, 0, 0, 4]), Some(Answer::Love), "un avis l'emporte sur « je ne sais pas »");
    assert_eq!(class_answer([1, 0, 0, 9]), Some(Answer::DontKnow));
    assert_eq!(class_answer([0, 0, 0, 0]), None, "personne n'a levé la main");
}

#[test]
fn a_class_quiz_scores_like_a_visitor_with_the_same_answers() {
    let hands: Vec<[u32; 4]> = (0..REAL.items.len()).map(|i| [(i % 5) as u32 * 3, 4, (i % 3) as u32 * 4, 1]).collect();
    let answers = Answers { items: hands.iter().map(|h| quiz::class_answer(*h)).collect(), ..Default::default() };
    let first = ranked(&answers);
    assert_eq!(first, ranked(&answers));
    assert!(first[0].reasons.len() >= 2, "les résultats de la classe s'expliquent aussi");
}
