pub mod analysis;
pub mod ranking;
pub mod stages;
