// Placeholder: replaced by the offline search implementation.
