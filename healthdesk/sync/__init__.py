"""The client sync engine: push the outbox, pull the change feed, merge (docs/sync.md).

Sits between the services and the store (services > sync > store) and speaks the wire
protocol of :mod:`healthdesk.protocol` over HTTP.
"""
