pub mod audit;
pub mod home;
pub mod login;
pub mod not_found;
pub mod profile;
pub mod sites;
pub mod user;
pub mod users;
