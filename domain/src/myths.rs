//! « Vrai ou faux ? »: received ideas about these jobs, each with its sourced answer. Rounds are
//! drawn to mix themes, never repeat within a round, and prefer statements not seen yet; the draw
//! is deterministic for a seed, so that a test (or a class replaying a round) gets the same one.

use crate::catalog::Source;
use crate::vocab::{MythAudience, Theme, Verdict};

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub id: &'static str,
    pub text: &'static str,
    pub answer: Verdict,
    /// Plain text: the citations are in `sources`.
    pub explanation: &'static str,
    pub theme: Theme,
    pub audience: MythAudience,
    pub profiles: &'static [&'static str],
    /// One question for a class to discuss after the answer.
    pub question: &'static str,
    pub sources: &'static [Source],
}

/// A round on a forum-stand tablet: short, the next visitor is waiting.
pub const STAND_ROUND: usize = 5;
pub const ROUND: usize = 8;

/// SplitMix64: a tiny, well-mixed generator; no crate needed for a shuffle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Draws `size` statements (indices into `statements`): themes taken in turn, in a shuffled order,
/// so a round mixes them; within a theme, statements not in `seen` come first. Fewer statements
/// than `size` gives them all.
pub fn draw_round(statements: &[Statement], size: usize, seed: u64, seen: &[&str]) -> Vec<usize> {
    let mut rng = Rng(seed);
    let mut themes: Vec<Theme> = Theme::ALL.to_vec();
    rng.shuffle(&mut themes);
    let mut pools: Vec<Vec<usize>> = themes
        .iter()
        .map(|theme| {
            let mut pool: Vec<usize> = (0..statements.len()).filter(|&i| statements[i].theme == *theme).collect();
            rng.shuffle(&mut pool);
            // Unseen first, in shuffled order; popped from the end.
            pool.sort_by_key(|&i| !seen.contains(&statements[i].id));
            pool
        })
        .collect();
    let mut round = Vec::with_capacity(size);
    while round.len() < size && pools.iter().any(|p| !p.is_empty()) {
        for pool in pools.iter_mut() {
            if round.len() == size {
                break;
            }
            if let Some(i) = pool.pop() {
                round.push(i);
            }
        }
    }
    round
}

/// How much a statement surprised a class: the share of hands raised for a wrong answer.
/// `hands` counts Vrai, Faux, Ça dépend in that order; `None` when nobody voted.
pub fn surprise(hands: [u32; 3], truth: Verdict) -> Option<f64> {
    let total: u32 = hands.iter().sum();
    let right = hands[Verdict::ALL.iter().position(|v| *v == truth).unwrap_or(0)];
    (total > 0).then(|| f64::from(total - right) / f64::from(total))
}

/// The class's answer from its hands: the most raised, `None` on a tie or without votes.
pub fn majority(hands: [u32; 3]) -> Option<Verdict> {
    let max = *hands.iter().max()?;
    let winners: Vec<usize> = (0..3).filter(|&i| hands[i] == max).collect();
    (max > 0 && winners.len() == 1).then(|| Verdict::ALL[winners[0]])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(id: &'static str, theme: Theme) -> Statement {
        Statement {
            id,
            text: "Une idée.",
            answer: Verdict::Faux,
            explanation: "Parce que.",
            theme,
            audience: MythAudience::Tous,
            profiles: &[],
            question: "Pourquoi ?",
            sources: &[],
        }
    }

    fn sample() -> Vec<Statement> {
        let ids = ["a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "d1", "d2", "e1", "e2"];
        let themes = [
            Theme::Acces,
            Theme::Acces,
            Theme::Acces,
            Theme::Argent,
            Theme::Argent,
            Theme::Argent,
            Theme::Conditions,
            Theme::Conditions,
            Theme::Carriere,
            Theme::Carriere,
            Theme::Stereotypes,
            Theme::Stereotypes,
        ];
        ids.iter().zip(themes).map(|(id, t)| statement(id, t)).collect()
    }

    #[test]
    fn a_round_mixes_themes_and_never_repeats() {
        let all = sample();
        for seed in 0..200 {
            let round = draw_round(&all, ROUND, seed, &[]);
            assert_eq!(round.len(), ROUND);
            let mut unique = round.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), ROUND, "seed {seed}");
            // The first five cover the five themes.
            let mut themes: Vec<Theme> = round[..5].iter().map(|&i| all[i].theme).collect();
            themes.sort();
            themes.dedup();
            assert_eq!(themes.len(), 5, "seed {seed}");
        }
    }

    #[test]
    fn the_draw_is_deterministic_for_a_seed_and_varies_between_seeds() {
        let all = sample();
        assert_eq!(draw_round(&all, ROUND, 42, &[]), draw_round(&all, ROUND, 42, &[]));
        let distinct: std::collections::BTreeSet<Vec<usize>> =
            (0..20).map(|s| draw_round(&all, ROUND, s, &[])).collect();
        assert!(distinct.len() > 10);
    }

    #[test]
    fn replaying_prefers_statements_not_seen_yet() {
        let all = sample();
        let first = draw_round(&all, 5, 7, &[]);
        let seen: Vec<&str> = first.iter().map(|&i| all[i].id).collect();
        let second = draw_round(&all, 5, 8, &seen);
        assert!(second.iter().all(|i| !seen.contains(&all[*i].id)), "{first:?} puis {second:?}");
        // Asking for more than there is gives everything once.
        assert_eq!(draw_round(&all, 50, 1, &[]).len(), all.len());
    }

    #[test]
    fn class_votes_give_a_majority_and_a_surprise() {
        assert_eq!(majority([3, 20, 4]), Some(Verdict::Faux));
        assert_eq!(majority([5, 5, 1]), None);
        assert_eq!(majority([0, 0, 0]), None);
        assert_eq!(surprise([15, 5, 0], Verdict::Faux), Some(0.75));
        assert_eq!(surprise([0, 0, 0], Verdict::Vrai), None);
    }
}
