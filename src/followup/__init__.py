"""followup: drafts and checks the thank-you email a job seeker sends after an interview."""

__version__ = "0.1.0"
