"""Files are written whole or not at all; a folder that cannot take them is a clear error."""

import pytest

from smallcrm.core.errors import KnownError
from smallcrm.core.files import write_atomically


def test_written_whole_and_replacing_only_when_done(tmp_path):
    target = tmp_path / "calendar.ics"
    target.write_bytes(b"old")
    write_atomically(target, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir()] == ["calendar.ics"]  # no .part left


def test_a_missing_folder_is_a_known_error_and_nothing_is_written(tmp_path):
    with pytest.raises(KnownError, match="Cannot write to the folder"):
        write_atomically(tmp_path / "missing" / "out.ics", b"x")
    # A folder where the target should be: the rename fails, the temporary file goes.
    (tmp_path / "taken").mkdir()
    with pytest.raises(KnownError, match="Cannot write"):
        write_atomically(tmp_path / "taken", b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
