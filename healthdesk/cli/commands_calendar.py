from healthdesk.cli.verbs import Handler

HANDLERS: dict[str, Handler] = {}


def register(sub, common) -> None:
    pass
