pub mod hands;
pub mod kiosk;
pub mod layout;
pub mod links;
pub mod myth_answer;
pub mod pictograms;
pub mod where_to_look;
