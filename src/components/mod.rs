pub mod kiosk;
pub mod layout;
pub mod links;
pub mod pictograms;
