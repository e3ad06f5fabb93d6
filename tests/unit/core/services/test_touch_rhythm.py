"""One person's stay-in-touch state, as the detail pane shows it."""

from datetime import UTC, datetime, timedelta

import pytest

from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.services import address_book as book
from smallcrm.core.services import tasks, timeline
from smallcrm.core.services.address_book import RecordNotFound
from smallcrm.core.services.timeline import ActivityInput


def test_touch_rhythm_counts_like_out_of_touch(database):
    now = datetime.now(UTC)
    with database.session_scope() as s:
        jana = book.save_record(s, ContactRecord(given_name="Jana", family_name="Nováková"))
        assert tasks.touch_rhythm(s, jana.id) == tasks.TouchRhythm(None, None, None)
        tasks.set_stay_in_touch(s, jana.id, 4)
        never = tasks.touch_rhythm(s, jana.id)
        assert never.weeks == 4 and never.last is None
        assert never.due == now.date() + timedelta(weeks=4)  # due from the day it was set
        assert not never.overdue(now.date())
        call = now - timedelta(weeks=6)
        timeline.log_activity(s, ActivityInput(kind="call", occurred_at=call, people=[jana.id]))
    with database.session_scope() as s:
        rhythm = tasks.touch_rhythm(s, jana.id)
        assert rhythm.last == call
        assert rhythm.due == (call + timedelta(weeks=4)).date()
        assert rhythm.overdue(now.date())
        [late] = tasks.out_of_touch(s)
        assert (late.contact_id, late.due) == (jana.id, rhythm.due)
        with pytest.raises(RecordNotFound):
            tasks.touch_rhythm(s, 999)
