"""Text helpers: cleaning pasted postings (`clean`), reading resume files (`extract`),
number words (`numbers`) and making user Markdown safe to render (`markdown`)."""
