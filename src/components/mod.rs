pub mod layout;
pub mod links;
pub mod pictograms;
