"""Text helpers: cleaning pasted postings (`clean`), reading resume files (`extract`),
number words (`numbers`), making user Markdown safe to render (`markdown`) and how much
pasted text is read (`limits`: MAX_POSTING_CHARS)."""
