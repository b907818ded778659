pub mod about;
pub mod home;
pub mod map;
pub mod not_found;
pub mod profile;
pub mod profiles;
pub mod quiz;
