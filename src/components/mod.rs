pub mod layout;
pub mod pictograms;
