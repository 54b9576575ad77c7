//! A simulated Zoho (accounts and CRM) on loopback, for the demo and the tests.
