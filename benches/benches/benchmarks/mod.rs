pub mod analysis;
pub mod ranking;
