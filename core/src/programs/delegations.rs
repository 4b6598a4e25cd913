//! Hosted delegations (issue #17).
