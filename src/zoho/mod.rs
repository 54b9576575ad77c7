//! The Zoho client: data centres, sign-in, the CRM calls and their errors. No UI, no threads.
