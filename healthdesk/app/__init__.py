"""The desktop app's ways in: start-up and the screenshot command.

Not use cases and not widgets, so neither ``services`` nor ``ui``: this package sits
between the command line and the UI (an import-linter layer). ``commands`` declares the
``gui`` and ``screenshot`` commands for ``healthdesk.cli.main`` without loading Qt;
``start`` opens the window (unlock or first run, build the services, show, lock);
``screenshots`` renders every page offscreen to PNG files.
"""
