//! Where the app keeps credentials, settings and the last data it showed.
