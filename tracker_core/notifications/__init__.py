"""The notification engine: due-item rules, message rendering and the senders.

Plain Python over plain records: the service (tracker_core.services.notifications) loads the
records, claims each message in the log, sends it here and marks it.
"""
