"""The app's automatic backups: due once a day, once more on quit, failures said in the
status bar; run through the window's op runner on a real store."""

from __future__ import annotations

from pathlib import Path

from healthdesk.interop.transfer import Transfer

from .conftest import settle


def test_timer_backs_up_when_due_and_on_quit(qtbot, ctx, record, clock, tmp_path: Path):  # type: ignore[no-untyped-def]
    from healthdesk.ui.backup_timer import BackupTimer

    folder = tmp_path / "stick"
    folder.mkdir()
    timer = BackupTimer(ctx)
    said: list[str] = []
    ctx.status_event.connect(said.append)
    timer.check()  # no folder chosen: nothing happens, nothing is said
    settle(qtbot, ctx)
    assert said == [] and list(folder.iterdir()) == []
    Transfer(record).backup_schedule().set_folder(folder)
    timer.check()
    settle(qtbot, ctx)
    [first] = folder.glob("*.hdbackup")
    clock.advance(hours=2)
    timer.check()  # not due again the same day
    settle(qtbot, ctx)
    assert len(list(folder.glob("*.hdbackup"))) == 1
    timer.on_quit()  # the last one is older than ten minutes: one more on the way out
    settle(qtbot, ctx)
    [last] = folder.glob("*.hdbackup")  # the day's newest is the one the rotation keeps
    assert last.name > first.name
    assert Transfer(record).backup_schedule().status().last_good_file == last.name
    folder.rename(tmp_path / "unplugged")  # the stick is gone
    clock.advance(days=1)
    timer.check()
    settle(qtbot, ctx)
    assert said and said[-1].startswith("The automatic backup failed")
