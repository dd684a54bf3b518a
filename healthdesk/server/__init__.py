"""The sync server: FastAPI over PostgreSQL (docs/server.md, docs/sync.md).

Workers keep nothing between requests that matters (login throttling lives in the
database too), so any number of them can run behind a load balancer.
"""
