//! Domain logic of the guide, with no UI: the content model, its validation and rendering
//! (at build time, behind the `build` feature), text search and quiz scoring.

pub mod catalog;
pub mod geo;
pub mod myths;
pub mod quiz;
pub mod stand;
pub mod territory;
pub mod text;
pub mod training;
pub mod vocab;

#[cfg(feature = "build")]
pub mod content;
