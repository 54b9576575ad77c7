//! The Zoho client: data centres, sign-in, the CRM calls and their errors. No UI, no threads.

pub mod api;
pub mod display;
pub mod error;
pub mod field;
pub mod http;
pub mod json;
pub mod logo_write;
pub mod oauth;
pub mod org;
pub mod photo;
pub mod region;
pub mod session;

pub use api::CrmClient;
pub use error::Error;
pub use org::Org;
pub use photo::{Photo, PhotoFormat};
pub use session::Session;
