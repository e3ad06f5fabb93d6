"""The calendar: day, week, work-week, month and agenda views, painted by one widget.

Qt has no calendar of appointments, so SmallCRM draws its own. One widget paints the whole
view (never a widget per event): the occurrences are laid out once when the data, the range
or the size changes, texts are elided the first time a box is painted, and a paint only
draws what lies in the visible part.

The view only shows and asks. Its data comes from ``fetch(range_start, range_end)`` (see
``set_source``); a drag or a key press emits ``createRequested``, ``moveRequested``,
``resizeRequested``, ``openRequested`` or ``deleteRequested``, and the caller writes the
change and calls ``reload()``. All times are aware datetimes in the user's zone; all-day
ranges are midnights with the end exclusive. See calendar_layout for how DST days are drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QScrollBar, QToolTip, QWidget

from smallcrm.core.services.calendar import Occurrence
from smallcrm.gui.dates import short_date
from smallcrm.gui.widgets.calendar_layout import (
    MINUTES_PER_DAY,
    MODES,
    SNAP_MINUTES,
    add_elapsed,
    elapsed,
    midnight,
    overlap_columns,
    pack_lanes,
    page_step,
    skipped_minutes,
    slot_time,
    snap,
    to_aware,
    wall_minutes,
)
from smallcrm.gui.widgets.calendar_layout import visible_days as days_shown

Fetch = Callable[[datetime, datetime], list[Occurrence]]
_Text = tuple[float, float, float, str, str]  # x, top, width, elided text, style (a font)
_MUTED_STYLES = frozenset({"detail", "normal_muted"})

GRID_MODES = ("day", "week", "workweek")
WORK_HOURS = (8, 18)
SCROLL_TO_MINUTE = 7 * 60 + 30
SLOT_MINUTES = 30  # keyboard steps and double-click slots; drags snap to 15 minutes
MIN_EVENT_MINUTES = 20  # a shorter event still gets a box a title fits in
ALL_DAY_LANES = 3  # all-day lanes shown before "+k more"

_GUTTER = 58  # at least; wider when the language's labels need it
_HEADER = 50
_BAR = 22
_HOUR = 48
_RIGHT_MARGIN = 10  # free strip right of each day's events: a place to click and create
_EDGE = 5  # pixels at a box's top or bottom edge that resize instead of moving
_MONTH_HEADER = 28
_WEEK_NUMBERS = 34
_AGENDA_DAY = 36
_AGENDA_ROW = 30
_AGENDA_TIME = 120


@dataclass(slots=True, eq=False)
class _Entry:
    """One occurrence as the current range sees it."""

    occ: Occurrence
    start: datetime  # aware; all-day: midnight of the first day
    end: datetime
    first: int  # first and last visible day it covers (clipped to the range)
    last: int
    bar: bool  # grid views: drawn in the all-day row
    spans_days: bool  # month view: drawn as a bar over several days

    @property
    def ident(self) -> tuple[int, str]:
        return (self.occ.event_id, self.occ.key)


@dataclass(slots=True, eq=False)
class _Box:
    """Where one entry (or one day's piece of it) is drawn."""

    rect: QRectF  # grid: content coordinates (y 0 = midnight); elsewhere widget coordinates
    entry: _Entry
    day: int
    kind: str  # "timed", "bar", "item" (a month line), "row" (an agenda line)
    starts_here: bool = True  # False: the event began earlier (a flat or open top/left)
    ends_here: bool = True
    texts: list[_Text] | None = None  # laid out at the first paint, then kept


@dataclass(slots=True)
class _More:
    rect: QRectF
    day: int
    count: int


@dataclass(slots=True)
class _AgendaDay:
    y: float
    day: int
    text: str


@dataclass(slots=True)
class _Drag:
    kind: str  # "create", "allday", "move", "shift", "resize_start", "resize_end"
    origin: QPointF
    day: int
    minute: float
    entry: _Entry | None = None
    active: bool = False
    start: datetime | None = None  # the range the preview shows and the request carries
    end: datetime | None = None


@dataclass(slots=True)
class _Hit:
    kind: str  # "box", "more", "slot", "allday", "header", "cell", "none"
    day: int = -1
    minute: float = 0.0
    box: _Box | None = None
    edge: str = ""  # "top" / "bottom" of a timed box
    more: _More | None = None


@dataclass(slots=True)
class _Colors:
    base: QColor
    text: QColor
    muted: QColor
    line: QColor
    soft_line: QColor
    off_hours: QColor
    accent: QColor
    accent_text: QColor
    now: QColor
    kinds: dict[str, tuple[QColor, QColor]] = field(default_factory=dict)  # edge, fill


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way to ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def _clock(moment: datetime) -> str:
    return f"{moment.hour}:{moment.minute:02d}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarView(QWidget):
    """Day, week, work-week, month or agenda view of occurrences in ``zone``.

    ``first_weekday`` and ``set_first_weekday`` take ISO numbers (1 Monday ... 7 Sunday), as
    ``QLocale.firstDayOfWeek()`` gives them.
    """

    createRequested = Signal(object, object, bool)  # start, end, all day
    moveRequested = Signal(object, object, object)  # occurrence, new start, new end
    resizeRequested = Signal(object, object, object)
    openRequested = Signal(object)
    deleteRequested = Signal(object)
    rangeChanged = Signal(object, object)
    currentChanged = Signal(object)  # Occurrence or None
    modeChanged = Signal(str)  # also when the view switches itself ("+k more", a day heading)

    def __init__(
        self,
        zone: ZoneInfo,
        fetch: Fetch | None = None,
        parent: QWidget | None = None,
        *,
        mode: str = "week",
        day: date | None = None,
        first_weekday: int = 1,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.setAccessibleName(self.tr("Calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 240)
        self._zone = zone
        self._fetch = fetch
        self._now: Callable[[], datetime] = lambda: datetime.now(zone)
        self._mode = self._checked_mode(mode)
        self._first_weekday = self._checked_weekday(first_weekday)
        self._anchor = day or self._today()
        self._days: list[date] = []
        self._range: tuple[datetime, datetime] | None = None
        self._occurrences: list[Occurrence] = []
        self._entries: list[_Entry] = []
        self._tab_order: list[_Entry] = []
        self._current: _Entry | None = None
        self._sel_day = self._anchor
        self._sel_minute = 9 * 60
        self._drag: _Drag | None = None
        self._all_day_open = False
        self._scroll_minute = float(SCROLL_TO_MINUTE)
        self._shown_once = False

        # Laid out by _ensure_layout(): valid until the data, range, size, font or palette change.
        self._dirty = True
        self._boxes: list[_Box] = []  # timed boxes (grid), lines (month), rows (agenda)
        self._bars: list[_Box] = []  # the all-day row (grid)
        self._more: list[_More] = []
        self._agenda_days: list[_AgendaDay] = []
        self._col_x: list[float] = []
        self._col_w = 0.0
        self._grid_top = 0.0
        self._all_day_top = 0.0
        self._hour = float(_HOUR)
        self._content_h = 0.0
        self._cell_w = 0.0
        self._cell_h = 0.0
        self._skipped: dict[int, list[tuple[int, int]]] = {}
        self._labels: list[tuple[str, str]] = []  # per day: weekday, number or date

        self._relaying = False  # True while layout sets the scroll bar, not the user
        self._vbar = QScrollBar(Qt.Orientation.Vertical, self)
        self._vbar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._vbar.valueChanged.connect(self._on_scroll)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(30_000)  # the current-time line moves a pixel a minute
        self._clock_timer.timeout.connect(self.update)

        self._style()
        self._update_range(force=True)

    # ----------------------------------------------------------------- public API

    def set_source(self, fetch: Fetch | None) -> None:
        """Where occurrences come from: ``fetch(start, end)`` for [start, end)."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        """Ask the source again for the visible range (after a change was written)."""
        start, end = self.visible_range()
        occurrences = list(self._fetch(start, end)) if self._fetch else []
        self._set_occurrences(occurrences)

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        mode = self._checked_mode(mode)
        if mode == self._mode:
            return
        self._mode = mode
        self._cancel_drag()
        self._anchor = self._sel_day
        self._update_range(force=True)
        self.modeChanged.emit(mode)

    def anchor_date(self) -> date:
        """The day the view was set to: its page is the one holding this day."""
        return self._anchor

    def set_date(self, day: date) -> None:
        self._anchor = day
        self._sel_day = day
        self._update_range()
        self._describe()
        self.update()

    def today(self) -> None:
        self.set_date(self._today())

    def next_page(self) -> None:
        self.set_date(page_step(self._mode, self._anchor, 1))

    def previous_page(self) -> None:
        self.set_date(page_step(self._mode, self._anchor, -1))

    def visible_range(self) -> tuple[datetime, datetime]:
        assert self._range is not None
        return self._range

    def visible_days(self) -> list[date]:
        return list(self._days)

    def selected_day(self) -> date:
        return self._sel_day

    def selected_slot(self) -> tuple[datetime, datetime]:
        """The keyboard's time slot (grid views) or the selected day (month, agenda)."""
        if self._mode in GRID_MODES:
            start = slot_time(self._sel_day, self._sel_minute, self._zone)
            return start, add_elapsed(start, timedelta(minutes=SLOT_MINUTES))
        return midnight(self._sel_day, self._zone), midnight(
            self._sel_day + timedelta(days=1), self._zone
        )

    def current_occurrence(self) -> Occurrence | None:
        return self._current.occ if self._current else None

    def set_now_provider(self, now: Callable[[], datetime]) -> None:
        """What "now" is: the current-time line and "today" (tests freeze it)."""
        self._now = now
        self.update()

    def set_first_weekday(self, weekday: int) -> None:
        """1 Monday ... 7 Sunday (``Qt.DayOfWeek`` values are accepted too)."""
        weekday = self._checked_weekday(weekday)
        if weekday != self._first_weekday:
            self._first_weekday = weekday
            self._update_range()

    def first_weekday(self) -> int:
        return self._first_weekday

    def title(self) -> str:
        """The visible range as a heading: the month, the day's long date, or a range of
        days with their month ("23 – 29 March 2026")."""
        locale = QLocale()
        if self._mode == "month":
            name = locale.standaloneMonthName(self._anchor.month, QLocale.FormatType.LongFormat)
            return f"{name} {self._anchor.year}"
        if self._mode == "day":
            return locale.toString(_qdate(self._anchor), QLocale.FormatType.LongFormat)
        first, last = self._days[0], self._days[-1]
        month = locale.monthName(last.month, QLocale.FormatType.LongFormat)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day} – {last.day} {month} {last.year}"
        before = locale.monthName(first.month, QLocale.FormatType.ShortFormat)
        after = locale.monthName(last.month, QLocale.FormatType.ShortFormat)
        if first.year == last.year:
            return f"{first.day} {before} – {last.day} {after} {last.year}"
        return f"{first.day} {before} {first.year} – {last.day} {after} {last.year}"

    def scroll_to_minute(self, minute: float) -> None:
        """Scroll the time grid so ``minute`` after midnight is at the top."""
        self._scroll_minute = max(0.0, min(float(minute), MINUTES_PER_DAY))
        if not self._dirty and self._mode in GRID_MODES:
            self._apply_scroll()

    def point_at(self, day: date, minute: float | None = None) -> QPoint:
        """Where ``day`` is drawn, in widget coordinates (possibly scrolled out of view).

        Grid views: ``minute`` of wall clock in the day's column, or with None its all-day
        row below any bars. Month: the day's cell below its event lines. Agenda: the day's
        heading (a null point when the day has no events).
        """
        self._ensure_layout()
        if day not in self._days:
            raise ValueError(f"{day} is not shown")
        index = self._days.index(day)
        if self._mode in GRID_MODES:
            x = self._col_x[index] + (self._col_w - _RIGHT_MARGIN) / 2
            if minute is None:
                return QPoint(int(x), int(self._grid_top - 4))
            y = self._grid_top + minute / 60 * self._hour - self._vbar.value()
            return QPoint(int(x), round(y))
        if self._mode == "month":
            row, column = divmod(index, 7)
            x = _WEEK_NUMBERS + (column + 0.5) * self._cell_w
            return QPoint(int(x), int(_MONTH_HEADER + (row + 1) * self._cell_h - 5))
        heading = next((h for h in self._agenda_days if h.day == index), None)
        if heading is None:
            return QPoint()
        return QPoint(40, int(heading.y + _AGENDA_DAY / 2 - self._vbar.value()))

    def event_rects(self, occurrence: Occurrence) -> list[QRect]:
        """Where ``occurrence`` is drawn, in widget coordinates: a rectangle per piece (a
        day of an event that crosses midnight, a week row of a long bar)."""
        self._ensure_layout()
        ident = (occurrence.event_id, occurrence.key)
        shift = 0.0
        if self._mode in GRID_MODES:
            shift = self._grid_top - self._vbar.value()
        elif self._mode == "agenda":
            shift = -self._vbar.value()
        rects = [
            b.rect.translated(0, shift).toRect() for b in self._boxes if b.entry.ident == ident
        ]
        rects += [b.rect.toRect() for b in self._bars if b.entry.ident == ident]
        return rects

    def more_link(self, day: date) -> tuple[QRect, int] | None:
        """Where the "+k more" of ``day`` is drawn and its k; None when all events show."""
        self._ensure_layout()
        for more in self._more:
            if self._days[more.day] == day:
                return more.rect.toRect(), more.count
        return None

    # ---------------------------------------------------------------- state helpers

    @staticmethod
    def _checked_mode(mode: str) -> str:
        if mode not in MODES:
            raise ValueError(f"unknown calendar mode {mode!r}; one of {', '.join(MODES)}")
        return mode

    @staticmethod
    def _checked_weekday(weekday: int) -> int:
        number = int(getattr(weekday, "value", weekday))
        if not 1 <= number <= 7:
            raise ValueError(f"first weekday must be 1 (Monday) to 7 (Sunday), not {weekday}")
        return number

    def _today(self) -> date:
        return self._now().astimezone(self._zone).date()

    def _update_range(self, force: bool = False) -> None:
        days = days_shown(self._mode, self._anchor, self._first_weekday)
        if self._sel_day not in days:
            self._sel_day = self._anchor
        changed = days != self._days
        self._days = days
        if not (changed or force):
            return
        self._cancel_drag()
        start = midnight(days[0], self._zone)
        end = midnight(days[-1] + timedelta(days=1), self._zone)
        new_range = (start, end)
        if new_range != self._range:
            self._range = new_range
            self.rangeChanged.emit(start, end)
            self.reload()
        else:
            self._set_occurrences(self._occurrences)

    def _set_occurrences(self, occurrences: list[Occurrence]) -> None:
        self._occurrences = occurrences
        self._entries = self._build_entries(occurrences)
        self._tab_order = sorted(
            self._entries,
            key=lambda e: (e.start, not e.occ.all_day, e.end, e.occ.summary.casefold()),
        )
        before = self._current
        self._current = None
        if before is not None:
            self._current = next((e for e in self._entries if e.ident == before.ident), None)
        if (before and before.occ) != (self._current and self._current.occ):
            self.currentChanged.emit(self.current_occurrence())
        self._dirty = True
        self._describe()
        self.update()

    def _build_entries(self, occurrences: list[Occurrence]) -> list[_Entry]:
        days = self._days
        first_day = days[0]
        count = len(days)
        midnights: dict[date, datetime] = {}

        def at_midnight(day: date) -> datetime:
            moment = midnights.get(day)
            if moment is None:
                moment = midnights[day] = midnight(day, self._zone)
            return moment

        one_day = timedelta(days=1)
        range_start, range_end = self.visible_range()
        last_day = days[-1]
        entries: list[_Entry] = []
        for occ in occurrences:
            # Sources may hand over more than the range: drop those before any conversion.
            occ_start, occ_end = occ.start, occ.end
            if isinstance(occ_start, datetime) and isinstance(occ_end, datetime):
                if occ_start >= range_end or occ_end < range_start:
                    continue
                if occ_end == range_start and occ_start != occ_end:
                    continue
            elif not isinstance(occ_start, datetime) and (
                occ_start > last_day or occ_end <= first_day
            ):
                continue
            if occ.all_day or not isinstance(occ.start, datetime):
                first_date = occ.start if not isinstance(occ.start, datetime) else occ.start.date()
                end_date = occ.end if not isinstance(occ.end, datetime) else occ.end.date()
                end_date = max(end_date, first_date + one_day)
                first = (first_date - first_day).days
                last = (end_date - first_day).days - 1
                if last < 0 or first >= count:
                    continue
                start, end = at_midnight(first_date), at_midnight(end_date)
                bar = spans = True
            else:
                zone = self._zone
                # The service hands over times in the user's zone already; convert the rest.
                start = occ_start if occ_start.tzinfo is zone else occ_start.astimezone(zone)
                if not isinstance(occ_end, datetime):
                    end = start
                else:
                    end = occ_end if occ_end.tzinfo is zone else occ_end.astimezone(zone)
                    end = max(end, start)
                last_date = end.date()
                if end > start and end.hour == end.minute == end.second == 0:
                    last_date -= one_day  # ends at midnight: nothing of it on that day
                first = (start.date() - first_day).days
                last = (last_date - first_day).days
                if last < 0 or first >= count:
                    continue
                spans = first != last
                bar = spans and elapsed(start, end) >= one_day
            entries.append(_Entry(occ, start, end, max(first, 0), min(last, count - 1), bar, spans))
        return entries

    def _set_current(self, entry: _Entry | None) -> None:
        if entry is self._current:
            return
        self._current = entry
        self.currentChanged.emit(self.current_occurrence())
        self._describe()
        self.update()

    def _describe(self) -> None:
        """What a screen reader says about the selection."""
        locale = QLocale()
        if self._current is not None:
            occ = self._current.occ
            text = f"{occ.summary}, {self._time_text(self._current)}"
            if occ.location:
                text += f", {occ.location}"
            if occ.status == "cancelled":
                text += ", " + self.tr("cancelled")
        else:
            text = locale.toString(_qdate(self._sel_day), QLocale.FormatType.LongFormat)
            if self._mode in GRID_MODES:
                start, end = self.selected_slot()
                text += f", {_clock(start)} – {_clock(end)}"
        self.setAccessibleDescription(text)

    def _time_text(self, entry: _Entry) -> str:
        if entry.occ.all_day:
            return self.tr("All day")
        if entry.start == entry.end:
            return _clock(entry.start)
        if entry.start.date() != entry.end.date():
            locale = QLocale()
            today = self._today()
            return (
                f"{short_date(locale, entry.start.date(), today)} {_clock(entry.start)} – "
                f"{short_date(locale, entry.end.date(), today)} {_clock(entry.end)}"
            )
        return f"{_clock(entry.start)} – {_clock(entry.end)}"

    # ------------------------------------------------------------------ appearance

    def _style(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        window = palette.color(QPalette.ColorRole.Window)
        dark = base.lightness() < 128
        accent = palette.color(QPalette.ColorRole.Highlight)
        deadline = QColor("#ff8a65" if dark else "#d84315")
        tint = 0.34 if dark else 0.17
        self._colors = _Colors(
            base=base,
            text=text,
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            line=_mix(base, text, 0.14 if dark else 0.12),
            soft_line=_mix(base, text, 0.07 if dark else 0.055),
            # Off-hours a shade towards the window colour, or the text where they match.
            off_hours=_mix(base, window, 0.6)
            if abs(base.lightness() - window.lightness()) > 6
            else _mix(base, text, 0.035),
            accent=accent,
            accent_text=palette.color(QPalette.ColorRole.HighlightedText),
            now=QColor("#ff6b6b" if dark else "#e02424"),
            kinds={
                "event": (accent, _mix(base, accent, tint)),
                "deadline": (deadline, _mix(base, deadline, tint)),
            },
        )
        font = self.font()
        self._f_normal = QFont(font)
        self._f_small = QFont(font)
        self._f_small.setPointSizeF(font.pointSizeF() * 0.88)
        self._f_small_bold = QFont(self._f_small)
        self._f_small_bold.setWeight(QFont.Weight.DemiBold)
        self._f_bold = QFont(font)
        self._f_bold.setWeight(QFont.Weight.DemiBold)
        self._f_big = QFont(font)
        self._f_big.setPointSizeF(font.pointSizeF() * 1.45)
        self._f_strike = QFont(self._f_small_bold)
        self._f_strike.setStrikeOut(True)
        self._f_strike_normal = QFont(self._f_normal)
        self._f_strike_normal.setStrikeOut(True)
        self._fm_small = QFontMetricsF(self._f_small)
        self._fm_small_bold = QFontMetricsF(self._f_small_bold)
        self._fm_normal = QFontMetricsF(self._f_normal)
        # The hours' column holds "all-day" and the week number too: as wide as the
        # language's words for them need.
        labels = (self.tr("all-day"), self.tr("W{number}").format(number=53), "22:00")
        widest = max(self._fm_small.horizontalAdvance(text) for text in labels)
        self._gutter = max(_GUTTER, int(widest) + 16)
        self._fonts = {
            "title": self._f_small_bold,
            "detail": self._f_small,
            "strike": self._f_strike,
            "normal": self._f_normal,
            "normal_muted": self._f_normal,
            "normal_strike": self._f_strike_normal,
        }
        self._ascents = {name: QFontMetricsF(f).ascent() for name, f in self._fonts.items()}
        self._muted: dict[int, QColor] = {}
        self._dirty = True

    def _event_colors(self, entry: _Entry, selected: bool) -> tuple[QColor, QColor, QColor]:
        """Edge, fill and text colour of an event."""
        c = self._colors
        edge, fill = c.kinds.get(entry.occ.kind, c.kinds["event"])
        if selected:
            return edge.darker(125), edge, c.accent_text
        if entry.occ.status == "cancelled":
            return _mix(c.base, edge, 0.45), _mix(c.base, fill, 0.5), c.muted
        return edge, fill, c.text

    # ---------------------------------------------------------------------- layout

    def _ensure_layout(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self._boxes, self._bars, self._more, self._agenda_days = [], [], [], []
        self._labels = self._day_labels()
        if self._mode in GRID_MODES:
            self._layout_grid()
        elif self._mode == "month":
            self._vbar.hide()
            self._layout_month()
        else:
            self._layout_agenda()

    def _day_labels(self) -> list[tuple[str, str]]:
        locale = QLocale()
        labels = []
        for day in self._days:
            weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            if self._mode == "month" and day.day == 1:
                number = locale.toString(_qdate(day), "d MMM")
            else:
                number = str(day.day)
            labels.append((weekday, number))
        return labels

    def _layout_grid(self) -> None:
        count = len(self._days)
        bar_width = self._vbar.sizeHint().width()
        right = self.width() - bar_width
        self._col_w = max(1.0, (right - self._gutter) / count)
        self._col_x = [self._gutter + n * self._col_w for n in range(count)]

        # The all-day row: bars in lanes; collapsed it shows ALL_DAY_LANES, the last of
        # them "+k more" where a day has more.
        bars = sorted(
            (e for e in self._entries if e.bar),
            key=lambda e: (e.first, e.first - e.last, e.start, e.occ.summary.casefold()),
        )
        lanes = pack_lanes([(e.first, e.last) for e in bars])
        needed = max((lane for lane in lanes if lane is not None), default=-1) + 1
        if self._all_day_open:
            shown = min(needed, max(ALL_DAY_LANES, int(self.height() * 0.4 / _BAR)))
        else:
            shown = min(needed, ALL_DAY_LANES)
        self._all_day_top = float(_HEADER)
        all_day_h = max(1, shown) * _BAR + 6
        self._grid_top = self._all_day_top + all_day_h + 1
        self._place_bars(bars, lanes, shown)

        grid_h = max(1.0, self.height() - self._grid_top)
        self._hour = max(float(_HOUR), grid_h / 24)
        self._content_h = self._hour * 24
        self._relaying = True
        self._vbar.setGeometry(int(right), int(self._grid_top), bar_width, int(grid_h))
        self._vbar.setRange(0, max(0, int(self._content_h - grid_h)))
        self._vbar.setPageStep(int(grid_h))
        self._vbar.setSingleStep(int(self._hour / 4))
        self._vbar.show()
        self._relaying = False
        self._apply_scroll()

        self._skipped = {}
        for index, day in enumerate(self._days):
            gaps = skipped_minutes(day, self._zone)
            if gaps:
                self._skipped[index] = gaps

        # Timed events, a piece per day they touch, side by side where they overlap.
        per_day: list[list[tuple[_Entry, float, float, bool, bool]]] = [[] for _ in range(count)]
        day_starts = [midnight(d, self._zone) for d in self._days]
        day_starts.append(midnight(self._days[-1] + timedelta(days=1), self._zone))
        for entry in self._entries:
            if entry.bar:
                continue
            for index in range(entry.first, entry.last + 1):
                starts_here = entry.start >= day_starts[index]
                ends_here = entry.end <= day_starts[index + 1]
                top = wall_minutes(entry.start) if starts_here else 0.0
                bottom = wall_minutes(entry.end) if ends_here else float(MINUTES_PER_DAY)
                if ends_here and entry.end == day_starts[index + 1]:
                    bottom = float(MINUTES_PER_DAY)
                per_day[index].append((entry, top, bottom, starts_here, ends_here))
        usable = self._col_w - _RIGHT_MARGIN
        for index, pieces in enumerate(per_day):
            spans = []
            for _entry, top, bottom, _s, _e in pieces:
                top = min(top, MINUTES_PER_DAY - MIN_EVENT_MINUTES)
                spans.append((top, max(bottom, top + MIN_EVENT_MINUTES)))
            places = overlap_columns(spans)
            order = sorted(range(len(pieces)), key=lambda i: (places[i][0], spans[i][0]))
            for i in order:
                entry, _top, _bottom, starts_here, ends_here = pieces[i]
                column, width, columns = places[i]
                sub = usable / columns
                top, bottom = spans[i]
                rect = QRectF(
                    self._col_x[index] + column * sub + 1,
                    top / 60 * self._hour + 1,
                    max(2.0, width * sub - 2),
                    max(4.0, (bottom - top) / 60 * self._hour - 2),
                )
                self._boxes.append(_Box(rect, entry, index, "timed", starts_here, ends_here))

    def _place_bars(self, bars: list[_Entry], lanes: list[int | None], shown: int) -> None:
        """Boxes for the all-day row's bars and its "+k more" labels."""
        count = len(self._days)
        limit = self._day_limits(bars, lanes, shown, 0, count)
        for entry, lane in zip(bars, lanes, strict=True):
            if lane is None:
                continue
            for first, last in self._visible_runs(entry.first, entry.last, lane, limit, 0):
                rect = QRectF(
                    self._col_x[first] + 2,
                    self._all_day_top + 3 + lane * _BAR,
                    (last - first + 1) * self._col_w - 4,
                    _BAR - 3,
                )
                starts = first == entry.first and entry.start.date() >= self._days[0]
                ends = last == entry.last and entry.end.date() <= self._days[-1] + timedelta(1)
                self._bars.append(_Box(rect, entry, first, "bar", starts, ends))
        for day, (lanes_shown, hidden) in enumerate(limit):
            if hidden:
                rect = QRectF(
                    self._col_x[day] + 2,
                    self._all_day_top + 3 + lanes_shown * _BAR,
                    self._col_w - 4,
                    _BAR - 3,
                )
                self._more.append(_More(rect, day, hidden))

    @staticmethod
    def _day_limits(
        entries: list[_Entry],
        lanes: list[int | None],
        shown: int,
        offset: int,
        days: int,
    ) -> list[tuple[int, int]]:
        """Per day: how many lanes show events and how many events the rest hides.

        A day whose events all fit in ``shown`` lanes shows them all; a fuller one gives its
        last lane to "+k more".
        """
        covering: list[list[int | None]] = [[] for _ in range(days)]
        for entry, lane in zip(entries, lanes, strict=True):
            for day in range(max(entry.first - offset, 0), min(entry.last - offset, days - 1) + 1):
                covering[day].append(lane)
        result = []
        for day_lanes in covering:
            full = any(lane is None or lane >= shown for lane in day_lanes)
            if not full:
                result.append((shown, 0))
                continue
            limit = max(shown - 1, 0)
            hidden = sum(1 for lane in day_lanes if lane is None or lane >= limit)
            result.append((limit, hidden))
        return result

    @staticmethod
    def _visible_runs(
        first: int, last: int, lane: int, limits: list[tuple[int, int]], offset: int
    ) -> list[tuple[int, int]]:
        """The stretches of days where ``lane`` is shown, as (first, last) day indices."""
        runs: list[tuple[int, int]] = []
        start = None
        for day in range(first, last + 1):
            if lane < limits[day - offset][0]:
                if start is None:
                    start = day
            elif start is not None:
                runs.append((start, day - 1))
                start = None
        if start is not None:
            runs.append((start, last))
        return runs

    def _apply_scroll(self) -> None:
        self._relaying = True
        self._vbar.setValue(int(self._scroll_minute / 60 * self._hour))
        self._relaying = False

    def _on_scroll(self, value: int) -> None:
        if not self._relaying and self._mode in GRID_MODES and self._hour:
            self._scroll_minute = value / self._hour * 60
        self.update()

    def _layout_month(self) -> None:
        self._cell_w = (self.width() - _WEEK_NUMBERS) / 7
        self._cell_h = (self.height() - _MONTH_HEADER) / 6
        line = self._month_line()
        label_h = self._fm_normal.height() + 8
        lines = max(1, int((self._cell_h - label_h - 4) / line))
        ordered = sorted(
            self._entries,
            key=lambda e: (
                not e.spans_days and not e.occ.all_day,
                e.first,
                e.first - e.last,
                e.start,
                e.occ.summary.casefold(),
            ),
        )
        for week in range(6):
            offset = week * 7
            row = [e for e in ordered if e.first <= offset + 6 and e.last >= offset]
            spans = [(max(e.first - offset, 0), min(e.last - offset, 6)) for e in row]
            lanes = pack_lanes(spans, lines)
            limits = self._day_limits(row, lanes, lines, offset, 7)
            top = _MONTH_HEADER + week * self._cell_h + label_h
            for entry, lane, (first, last) in zip(row, lanes, spans, strict=True):
                if lane is None:
                    continue
                is_bar = entry.spans_days or entry.occ.all_day
                for a, b in self._visible_runs(first, last, lane, limits, 0):
                    rect = QRectF(
                        _WEEK_NUMBERS + a * self._cell_w + 3,
                        top + lane * line,
                        (b - a + 1) * self._cell_w - 6,
                        line - 2,
                    )
                    starts = a + offset == entry.first and entry.start.date() >= self._days[0]
                    ends = b + offset == entry.last and (
                        entry.end.date() <= self._days[-1] + timedelta(1)
                    )
                    kind = "bar" if is_bar else "item"
                    self._boxes.append(_Box(rect, entry, offset + a, kind, starts, ends))
            for day, (shown, hidden) in enumerate(limits):
                if hidden:
                    rect = QRectF(
                        _WEEK_NUMBERS + day * self._cell_w + 3,
                        top + shown * line,
                        self._cell_w - 6,
                        line - 2,
                    )
                    self._more.append(_More(rect, offset + day, hidden))

    def _month_line(self) -> float:
        return self._fm_small.height() + 6

    def _layout_agenda(self) -> None:
        bar_width = self._vbar.sizeHint().width()
        width = self.width() - bar_width
        locale = QLocale()
        per_day: list[list[_Entry]] = [[] for _ in self._days]
        for entry in self._tab_order:
            for day in range(entry.first, entry.last + 1):
                per_day[day].append(entry)
        y = 8.0
        for day, entries in enumerate(per_day):
            if not entries:
                continue
            text = locale.toString(_qdate(self._days[day]), QLocale.FormatType.LongFormat)
            self._agenda_days.append(_AgendaDay(y, day, text))
            y += _AGENDA_DAY
            for entry in entries:
                rect = QRectF(16, y, width - 32, _AGENDA_ROW)
                self._boxes.append(_Box(rect, entry, day, "row"))
                y += _AGENDA_ROW
            y += 8
        self._content_h = y
        self._relaying = True
        self._vbar.setGeometry(int(width), 0, bar_width, self.height())
        self._vbar.setRange(0, max(0, int(y - self.height())))
        self._vbar.setPageStep(self.height())
        self._vbar.setSingleStep(_AGENDA_ROW)
        self._vbar.setVisible(y > self.height())
        self._relaying = False

    # ------------------------------------------------------------------ geometry

    def _grid_point(self, pos: QPointF) -> tuple[int, float]:
        """(day index, minute) under ``pos`` in the time grid, clamped to it."""
        day = int((pos.x() - self._gutter) // self._col_w) if self._col_w else 0
        day = max(0, min(day, len(self._days) - 1))
        y = pos.y() - self._grid_top + self._vbar.value()
        minute = max(0.0, min(y / self._hour * 60, float(MINUTES_PER_DAY)))
        return day, minute

    def _month_day(self, pos: QPointF) -> int:
        column = int((pos.x() - _WEEK_NUMBERS) // self._cell_w) if self._cell_w else 0
        row = int((pos.y() - _MONTH_HEADER) // self._cell_h) if self._cell_h else 0
        return max(0, min(row, 5)) * 7 + max(0, min(column, 6))

    def _hit(self, pos: QPointF) -> _Hit:
        self._ensure_layout()
        if self._mode in GRID_MODES:
            return self._hit_grid(pos)
        if self._mode == "month":
            for more in self._more:
                if more.rect.contains(pos):
                    return _Hit("more", more.day, more=more)
            for box in reversed(self._boxes):
                if box.rect.contains(pos):
                    return _Hit("box", box.day, box=box)
            if pos.y() < _MONTH_HEADER:
                return _Hit("none")
            return _Hit("cell", self._month_day(pos))
        content = QPointF(pos.x(), pos.y() + self._vbar.value())
        for box in self._boxes:
            if box.rect.top() <= content.y() < box.rect.bottom():
                return _Hit("box", box.day, box=box)
        return _Hit("none")

    def _hit_grid(self, pos: QPointF) -> _Hit:
        if pos.x() >= self.width() - self._vbar.width() and self._vbar.isVisible():
            return _Hit("none")
        if pos.y() < self._all_day_top:
            if pos.x() < self._gutter:
                return _Hit("none")
            return _Hit("header", self._grid_point(pos)[0])
        if pos.y() < self._grid_top:
            for more in self._more:
                if more.rect.contains(pos):
                    return _Hit("more", more.day, more=more)
            for box in reversed(self._bars):
                if box.rect.contains(pos):
                    return _Hit("box", box.day, box=box)
            if pos.x() < self._gutter:
                return _Hit("none")
            return _Hit("allday", self._grid_point(pos)[0])
        if pos.x() < self._gutter:
            return _Hit("none")
        day, minute = self._grid_point(pos)
        content = QPointF(pos.x(), pos.y() - self._grid_top + self._vbar.value())
        for box in reversed(self._boxes):
            rect = box.rect
            if rect.contains(content):
                edge = ""
                if rect.height() >= 3 * _EDGE:
                    if box.ends_here and content.y() >= rect.bottom() - _EDGE:
                        edge = "bottom"
                    elif box.starts_here and content.y() <= rect.top() + _EDGE:
                        edge = "top"
                return _Hit("box", box.day, minute, box=box, edge=edge)
        return _Hit("slot", day, minute)

    # ------------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self._colors.base)
        if self._mode in GRID_MODES:
            self._paint_grid(painter)
        elif self._mode == "month":
            self._paint_month(painter)
        else:
            self._paint_agenda(painter)
        painter.end()

    def _paint_grid(self, p: QPainter) -> None:
        c = self._colors
        right = self._col_x[-1] + self._col_w
        scroll = self._vbar.value()
        grid_h = self.height() - self._grid_top
        today = self._today()
        hour = self._hour

        p.save()
        p.setClipRect(QRectF(0, self._grid_top, right, grid_h))
        p.translate(0, self._grid_top - scroll)
        view_top, view_bottom = float(scroll), scroll + grid_h
        work_top, work_bottom = WORK_HOURS[0] * hour, WORK_HOURS[1] * hour
        hatch = QBrush(c.line, Qt.BrushStyle.BDiagPattern)
        for index, day in enumerate(self._days):
            x = self._col_x[index]
            if day.isoweekday() >= 6:
                p.fillRect(QRectF(x, 0, self._col_w, self._content_h), c.off_hours)
            else:
                p.fillRect(QRectF(x, 0, self._col_w, work_top), c.off_hours)
                p.fillRect(QRectF(x, work_bottom, self._col_w, self._content_h), c.off_hours)
            for first, end in self._skipped.get(index, ()):
                gap = QRectF(x, first / 60 * hour, self._col_w, (end - first) / 60 * hour)
                p.fillRect(gap, c.off_hours)
                p.fillRect(gap, hatch)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(QPen(c.soft_line, 1, Qt.PenStyle.DotLine))
        for n in range(24):
            y = n * hour + hour / 2
            if view_top <= y <= view_bottom:
                p.drawLine(QPointF(self._gutter, y), QPointF(right, y))
        p.setPen(c.line)
        for n in range(1, 24):
            y = n * hour
            if view_top - 1 <= y <= view_bottom + 1:
                p.drawLine(QPointF(self._gutter - 6, y), QPointF(right, y))
        for index in range(len(self._days)):
            x = self._col_x[index]
            p.drawLine(QPointF(x, view_top), QPointF(x, view_bottom))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)

        now = self._now().astimezone(self._zone)
        now_y = wall_minutes(now) / 60 * hour
        now_index = self._days.index(today) if today in self._days else -1
        p.setFont(self._f_small)
        p.setPen(c.muted)
        label_h = self._fm_small.height()
        for n in range(1, 24):
            y = n * hour
            if not view_top - label_h <= y <= view_bottom + label_h:
                continue
            if now_index >= 0 and abs(y - now_y) < label_h:
                continue  # the current time's label sits there
            p.drawText(
                QRectF(0, y - label_h / 2, self._gutter - 10, label_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{n}:00",
            )

        for box in self._boxes:
            rect = box.rect
            if rect.bottom() < view_top or rect.top() > view_bottom:
                continue
            self._paint_box(p, box)

        drag = self._drag
        if drag and drag.active and drag.kind in ("create", "move", "resize_start", "resize_end"):
            self._paint_timed_preview(p, drag)
        if self.hasFocus() and self._current is None and not (drag and drag.active):
            index = self._days.index(self._sel_day) if self._sel_day in self._days else -1
            if index >= 0:
                rect = QRectF(
                    self._col_x[index] + 1.5,
                    self._sel_minute / 60 * hour + 1.5,
                    self._col_w - 3,
                    SLOT_MINUTES / 60 * hour - 3,
                )
                p.setPen(QPen(c.accent, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect, 3, 3)

        if now_index >= 0:
            x = self._col_x[now_index]
            p.setPen(QPen(c.now, 2))
            p.drawLine(QPointF(x, now_y), QPointF(x + self._col_w, now_y))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(c.now)
            p.drawEllipse(QPointF(x, now_y), 4.5, 4.5)
            text = _clock(now)
            text_w = self._fm_small_bold.horizontalAdvance(text) + 10
            pill = QRectF(self._gutter - 8 - text_w, now_y - label_h / 2 - 1, text_w, label_h + 2)
            p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            p.setFont(self._f_small_bold)
            p.setPen(QColor("white"))
            p.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        p.restore()

        self._paint_grid_header(p, today, right)

    def _paint_grid_header(self, p: QPainter, today: date, right: float) -> None:
        c = self._colors
        p.fillRect(QRectF(0, 0, self.width(), self._grid_top), c.base)
        big = QFontMetricsF(self._f_big)
        # One wide day column keeps its heading at the left, where the eye starts reading.
        head_w = min(self._col_w, 64.0) if self._mode == "day" else self._col_w
        for index, day in enumerate(self._days):
            x = self._col_x[index]
            weekday, number = self._labels[index]
            p.setFont(self._f_small)
            p.setPen(c.accent if day == today else c.muted)
            p.drawText(
                QRectF(x, 5, head_w, self._fm_small.height()),
                Qt.AlignmentFlag.AlignCenter,
                weekday.upper() if len(weekday) <= 4 else weekday,
            )
            number_rect = QRectF(x, 5 + self._fm_small.height(), head_w, big.height() + 4)
            if day == today:
                side = big.height() + 4
                circle = QRectF(number_rect.center().x() - side / 2, number_rect.top(), side, side)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(c.accent)
                p.drawEllipse(circle)
                p.setPen(c.accent_text)
            else:
                p.setPen(c.text)
            p.setFont(self._f_big)
            p.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, number)
            if day == self._sel_day and self.hasFocus() and day != today:
                p.setPen(QPen(c.accent, 2))
                width = min(head_w - 16, 36)
                cx = x + head_w / 2
                y = number_rect.bottom() + 1
                p.drawLine(QPointF(cx - width / 2, y), QPointF(cx + width / 2, y))

        p.setFont(self._f_small)
        p.setPen(c.muted)
        p.drawText(
            QRectF(0, 5, self._gutter - 6, self._fm_small.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("W{number}").format(number=self._iso_week(self._days)),
        )
        p.drawText(
            QRectF(0, self._all_day_top, self._gutter - 10, _BAR + 4),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("all-day"),
        )

        p.setPen(c.soft_line)
        for index in range(len(self._days)):
            x = self._col_x[index]
            p.drawLine(QPointF(x, self._all_day_top), QPointF(x, self._grid_top))
        for box in self._bars:
            self._paint_box(p, box)
        for more in self._more:
            self._paint_more(p, more)
        drag = self._drag
        if drag and drag.active and drag.kind in ("allday", "shift"):
            self._paint_day_preview(p, drag)
        # A line and a soft shadow under the fixed part: the grid scrolls beneath it.
        p.setPen(c.line)
        p.drawLine(QPointF(0, self._grid_top - 0.5), QPointF(right, self._grid_top - 0.5))
        if self._vbar.value() > 0:
            shadow = QColor(c.text)
            for n in range(3):
                shadow.setAlphaF(0.06 - n * 0.02)
                p.setPen(shadow)
                y = self._grid_top + 0.5 + n
                p.drawLine(QPointF(0, y), QPointF(right, y))

    @staticmethod
    def _iso_week(days: list[date]) -> int:
        """The ISO week of a run of days: the week its Thursday (or its first day) is in."""
        for day in days:
            if day.isoweekday() == 4:
                return day.isocalendar()[1]
        return days[0].isocalendar()[1]

    def _paint_box(self, p: QPainter, box: _Box, ghost: bool = False) -> None:
        entry = box.entry
        moving = self._drag is not None and self._drag.active and self._drag.entry is entry
        # While dragged, the event at its old place is a faint trace, the ghost the event.
        selected = entry is self._current and not ghost and not moving
        edge, fill, text = self._event_colors(entry, selected)
        rect = box.rect
        if box.kind == "item":
            self._paint_item(p, box, edge, text, selected)
            return
        if box.kind == "row":
            self._paint_row(p, box, edge, text, selected)
            return
        if rect.width() < 6 and not ghost:
            p.fillRect(rect, edge)  # a sliver in a crowded day: no room for more
            return
        if moving and not ghost:
            p.setOpacity(0.35)
        elif ghost:
            p.setOpacity(0.85)
        radius = 4.0
        p.setPen(QPen(self._colors.base, 1))
        p.setBrush(edge)
        p.drawRoundedRect(rect, radius, radius)
        inner = rect.adjusted(3, 0, 0, 0) if box.starts_here or box.kind == "timed" else rect
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(inner, radius - 1, radius - 1)
        if entry.occ.status == "tentative" and not selected:
            hatch = QColor(edge)
            hatch.setAlphaF(0.35)
            p.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(inner, radius - 1, radius - 1)
        if entry.occ.kind == "deadline" and not selected and rect.width() > 18:
            # A flag corner tells a deadline from a meeting without reading it.
            p.setBrush(edge)
            corner = rect.topRight()
            size = min(9.0, rect.height() / 2)
            p.drawPolygon(QPolygonF([corner, corner - QPointF(size, 0), corner + QPointF(0, size)]))
        if selected and self.hasFocus():
            p.setPen(QPen(self._colors.text, 1.5, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), radius + 1, radius + 1)
        if box.texts is None:
            box.texts = self._box_texts(box)
        self._draw_texts(p, rect, box.texts, text)
        p.setOpacity(1.0)

    def _draw_texts(
        self,
        p: QPainter,
        rect: QRectF,
        texts: list[_Text],
        color: QColor,
    ) -> None:
        # Texts were elided when the box was laid out: drawing at a baseline point skips
        # the alignment and clipping work of a rectangle, the bulk of a paint's cost.
        muted = self._muted.get(color.rgba())
        if muted is None:
            muted = self._muted[color.rgba()] = _mix(color, self._colors.base, 0.3)
        left, top = rect.left(), rect.top()
        fonts, ascents = self._fonts, self._ascents
        for x, y, _width, line, style in texts:
            p.setFont(fonts[style])
            p.setPen(muted if style in _MUTED_STYLES else color)
            p.drawText(QPointF(left + x, top + y + ascents[style]), line)

    def _fit(self, x: float, y: float, width: float, text: str, style: str) -> _Text:
        """A line of text elided to ``width``."""
        shown = QFontMetricsF(self._fonts[style]).elidedText(
            text, Qt.TextElideMode.ElideRight, max(0.0, width)
        )
        return (x, y, width, shown, style)

    def _box_texts(self, box: _Box) -> list[_Text]:
        """The box's lines, elided to its size: computed at its first paint and kept."""
        entry, rect = box.entry, box.rect
        occ = entry.occ
        title_style = "strike" if occ.status == "cancelled" else "title"
        title_fm = self._fm_small_bold
        small = self._fm_small
        pad_x = 7.0 if box.starts_here or box.kind == "timed" else 5.0
        width = rect.width() - pad_x - 4
        if width < 12 or rect.height() < 10:
            return []
        elide = Qt.TextElideMode.ElideRight
        title = occ.summary or self.tr("(no title)")
        line_h = small.lineSpacing()
        if box.kind == "bar":
            y = (rect.height() - title_fm.height()) / 2
            prefix = ""
            if not occ.all_day and box.starts_here:
                prefix = _clock(entry.start) + " "
            texts = []
            if prefix:
                prefix_w = small.horizontalAdvance(prefix)
                texts.append((pad_x, y, prefix_w, prefix, "detail"))
            else:
                prefix_w = 0.0
            shown = title_fm.elidedText(title, elide, width - prefix_w)
            texts.append((pad_x + prefix_w, y, width - prefix_w, shown, title_style))
            return texts
        lines = int((rect.height() - 4) // line_h)
        time_text = f"{_clock(entry.start)} – {_clock(entry.end)}"
        if entry.start == entry.end:
            time_text = _clock(entry.start)
        if lines < 2:
            y = max(0.0, (rect.height() - title_fm.height()) / 2 - 1)
            title_w = min(title_fm.horizontalAdvance(title), width)
            texts = [(pad_x, y, width, title_fm.elidedText(title, elide, width), title_style)]
            clock = _clock(entry.start)
            rest = width - title_w - 6
            if rest >= small.horizontalAdvance(clock):
                texts.append((pad_x + title_w + 6, y + 1, rest, clock, "detail"))
            return texts
        texts = []
        y = 2.0
        title_lines = self._wrap(title, title_fm, width, 2 if lines >= 4 else 1)
        for line in title_lines:
            texts.append((pad_x, y, width, line, title_style))
            y += line_h
        lines -= len(title_lines)
        if lines >= 1:
            texts.append((pad_x, y, width, small.elidedText(time_text, elide, width), "detail"))
            y += line_h
            lines -= 1
        if lines >= 1 and occ.location:
            texts.append((pad_x, y, width, small.elidedText(occ.location, elide, width), "detail"))
        return texts

    @staticmethod
    def _wrap(text: str, metrics: QFontMetricsF, width: float, most: int) -> list[str]:
        """``text`` over at most ``most`` lines at word breaks, the last one elided."""
        elide = Qt.TextElideMode.ElideRight
        if most <= 1 or metrics.horizontalAdvance(text) <= width:
            return [metrics.elidedText(text, elide, width)]
        words = text.split()
        first = ""
        while words:
            trial = f"{first} {words[0]}".strip()
            if metrics.horizontalAdvance(trial) > width and first:
                break
            first = trial
            words.pop(0)
        rest = " ".join(words)
        lines = [metrics.elidedText(first, elide, width)]
        if rest:
            lines.append(metrics.elidedText(rest, elide, width))
        return lines

    def _paint_item(
        self, p: QPainter, box: _Box, edge: QColor, text: QColor, selected: bool
    ) -> None:
        """A timed event in a month cell: a dot, its start, its title."""
        rect = box.rect
        moving = self._drag is not None and self._drag.active and self._drag.entry is box.entry
        if moving:
            p.setOpacity(0.35)
        if selected:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(edge)
            p.drawRoundedRect(rect, 4, 4)
            if self.hasFocus():
                p.setPen(QPen(self._colors.text, 1.5, Qt.PenStyle.DotLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 5, 5)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._colors.accent_text if selected else edge)
        p.drawEllipse(QPointF(rect.left() + 6, rect.center().y()), 3.5, 3.5)
        if box.texts is None:
            occ = box.entry.occ
            small = self._fm_small
            clock = _clock(box.entry.start) if box.starts_here else "…"
            clock_w = small.horizontalAdvance(clock)
            y = (rect.height() - small.height()) / 2
            width = rect.width() - 14 - clock_w - 6
            title = occ.summary or self.tr("(no title)")
            style = "strike" if occ.status == "cancelled" else "title"
            box.texts = [(14, y, clock_w + 2, clock, "detail")]
            if width > 8:
                shown = self._fm_small_bold.elidedText(title, Qt.TextElideMode.ElideRight, width)
                box.texts.append((14 + clock_w + 5, y, width, shown, style))
        self._draw_texts(p, rect, box.texts, text)
        p.setOpacity(1.0)

    def _paint_more(self, p: QPainter, more: _More) -> None:
        p.setFont(self._f_small_bold)
        p.setPen(self._colors.muted)
        p.drawText(
            more.rect.adjusted(6, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("+%n more", "", more.count),
        )

    def _paint_timed_preview(self, p: QPainter, drag: _Drag) -> None:
        """The range a drag would create, or where it would move or resize an event."""
        if drag.start is None or drag.end is None:
            return
        c = self._colors
        hour = self._hour
        for index, day in enumerate(self._days):
            day_start = midnight(day, self._zone)
            day_end = midnight(day + timedelta(days=1), self._zone)
            if drag.end <= day_start or drag.start >= day_end:
                continue
            top = wall_minutes(drag.start) if drag.start >= day_start else 0.0
            bottom = wall_minutes(drag.end) if drag.end < day_end else float(MINUTES_PER_DAY)
            bottom = max(bottom, top + SNAP_MINUTES)
            rect = QRectF(
                self._col_x[index] + 1,
                top / 60 * hour + 1,
                self._col_w - _RIGHT_MARGIN / 2,
                (bottom - top) / 60 * hour - 2,
            )
            if drag.entry is None:
                tint = QColor(c.accent)
                tint.setAlphaF(0.28)
                p.setPen(QPen(c.accent, 1.5))
                p.setBrush(tint)
                p.drawRoundedRect(rect, 4, 4)
                texts = [self._fit(8.0, 3.0, rect.width() - 10, self._preview_text(drag), "title")]
                self._draw_texts(p, rect, texts, c.text)
            else:
                ghost = _Box(rect, drag.entry, index, "timed")
                width = rect.width() - 10
                when = self._preview_text(drag)
                ghost.texts = [
                    self._fit(8.0, 2.0, width, drag.entry.occ.summary, "title"),
                    self._fit(8.0, 2.0 + self._fm_small.lineSpacing(), width, when, "detail"),
                ]
                if rect.height() < 2 * self._fm_small.lineSpacing() + 4:
                    ghost.texts = [self._fit(8.0, 2.0, width, when, "title")]
                self._paint_box(p, ghost, ghost=True)

    def _preview_text(self, drag: _Drag) -> str:
        assert drag.start is not None and drag.end is not None
        return f"{_clock(drag.start)} – {_clock(drag.end)}"

    def _paint_day_preview(self, p: QPainter, drag: _Drag) -> None:
        """Days an all-day drag covers: in the all-day row, or month cells."""
        if drag.start is None or drag.end is None:
            return
        c = self._colors
        first = (drag.start.date() - self._days[0]).days
        last_date = drag.end.date()
        if drag.end > drag.start and (drag.end.hour, drag.end.minute) == (0, 0):
            last_date -= timedelta(days=1)
        last = (last_date - self._days[0]).days
        first, last = max(first, 0), min(last, len(self._days) - 1)
        tint = QColor(c.accent)
        tint.setAlphaF(0.22)
        p.setPen(QPen(c.accent, 1.5))
        p.setBrush(tint)
        if self._mode == "month":
            for day in range(first, last + 1):
                row, column = divmod(day, 7)
                rect = QRectF(
                    _WEEK_NUMBERS + column * self._cell_w + 1,
                    _MONTH_HEADER + row * self._cell_h + 1,
                    self._cell_w - 2,
                    self._cell_h - 2,
                )
                p.drawRect(rect)
        elif first <= last:
            rect = QRectF(
                self._col_x[first] + 2,
                self._all_day_top + 3,
                (last - first + 1) * self._col_w - 4,
                _BAR - 3,
            )
            p.drawRoundedRect(rect, 4, 4)
            label = drag.entry.occ.summary if drag.entry else ""
            if label:
                texts = [self._fit(8.0, 3.0, rect.width() - 10, label, "title")]
                self._draw_texts(p, rect, texts, c.text)

    def _paint_month(self, p: QPainter) -> None:
        c = self._colors
        today = self._today()
        cell_w, cell_h = self._cell_w, self._cell_h
        small_h = self._fm_small.height()
        # Weekday names over the columns.
        p.setFont(self._f_small)
        p.setPen(c.muted)
        for column in range(7):
            weekday = self._labels[column][0]
            p.drawText(
                QRectF(_WEEK_NUMBERS + column * cell_w + 8, 0, cell_w - 8, _MONTH_HEADER),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                weekday.upper() if len(weekday) <= 4 else weekday,
            )
        for index, day in enumerate(self._days):
            row, column = divmod(index, 7)
            x = _WEEK_NUMBERS + column * cell_w
            y = _MONTH_HEADER + row * cell_h
            if day.month != self._anchor.month:
                p.fillRect(QRectF(x, y, cell_w, cell_h), c.off_hours)
            elif day.isoweekday() >= 6:
                shade = _mix(c.base, c.off_hours, 0.5)
                p.fillRect(QRectF(x, y, cell_w, cell_h), shade)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(c.line)
        for row in range(6):
            y = _MONTH_HEADER + row * cell_h
            p.drawLine(QPointF(_WEEK_NUMBERS, y), QPointF(self.width(), y))
        for column in range(1, 7):
            x = _WEEK_NUMBERS + column * cell_w
            p.drawLine(QPointF(x, _MONTH_HEADER), QPointF(x, self.height()))
        p.drawLine(QPointF(_WEEK_NUMBERS, _MONTH_HEADER), QPointF(_WEEK_NUMBERS, self.height()))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)

        label_h = self._fm_normal.height() + 8
        for row in range(6):
            y = _MONTH_HEADER + row * cell_h
            p.setFont(self._f_small)
            p.setPen(c.muted)
            p.drawText(
                QRectF(0, y + 4, _WEEK_NUMBERS - 6, small_h + 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(self._iso_week(self._days[row * 7 : row * 7 + 7])),
            )
        for index, day in enumerate(self._days):
            row, column = divmod(index, 7)
            x = _WEEK_NUMBERS + column * cell_w
            y = _MONTH_HEADER + row * cell_h
            number = self._labels[index][1]
            rect = QRectF(x + 4, y + 4, cell_w - 8, label_h - 6)
            p.setFont(self._f_bold if day == today else self._f_normal)
            if day == today:
                width = max(rect.height(), self._fm_normal.horizontalAdvance(number) + 12)
                pill = QRectF(rect.left(), rect.top(), width, rect.height())
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(c.accent)
                p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                p.setPen(c.accent_text)
                p.drawText(pill, Qt.AlignmentFlag.AlignCenter, number)
            else:
                p.setPen(c.text if day.month == self._anchor.month else c.muted)
                p.drawText(
                    rect.adjusted(4, 0, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    number,
                )
            if day == self._sel_day and self.hasFocus() and self._current is None:
                p.setPen(QPen(c.accent, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(x + 1.5, y + 1.5, cell_w - 3, cell_h - 3))
        for box in self._boxes:
            self._paint_box(p, box)
        for more in self._more:
            self._paint_more(p, more)
        drag = self._drag
        if drag and drag.active and drag.kind in ("allday", "shift"):
            self._paint_day_preview(p, drag)

    def _paint_agenda(self, p: QPainter) -> None:
        c = self._colors
        scroll = self._vbar.value()
        height = self.height()
        if not self._boxes:
            p.setFont(self._f_normal)
            p.setPen(c.muted)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No events"))
            return
        today = self._today()
        p.save()
        p.translate(0, -scroll)
        width = self.width() - (self._vbar.width() if self._vbar.isVisible() else 0)
        for header in self._agenda_days:
            if header.y + _AGENDA_DAY < scroll or header.y > scroll + height:
                continue
            day = self._days[header.day]
            p.setFont(self._f_bold)
            p.setPen(c.accent if day == today else c.text)
            text_rect = QRectF(16, header.y, width - 32, _AGENDA_DAY - 6)
            p.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, header.text
            )
            if day == today:
                advance = QFontMetricsF(self._f_bold).horizontalAdvance(header.text)
                p.setFont(self._f_small)
                p.setPen(c.muted)
                p.drawText(
                    text_rect.adjusted(advance + 10, 0, 0, -1),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                    self.tr("Today"),
                )
            p.setPen(c.line)
            y = header.y + _AGENDA_DAY - 2.5
            p.drawLine(QPointF(16, y), QPointF(width - 16, y))
        for box in self._boxes:
            if box.rect.bottom() < scroll or box.rect.top() > scroll + height:
                continue
            self._paint_box(p, box)
        p.restore()

    def _paint_row(
        self, p: QPainter, box: _Box, edge: QColor, text: QColor, selected: bool
    ) -> None:
        """An agenda line: time, a colour mark, title and location."""
        rect = box.rect
        c = self._colors
        if selected:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(edge)
            p.drawRoundedRect(rect, 5, 5)
            if self.hasFocus():
                p.setPen(QPen(c.text, 1.5, Qt.PenStyle.DotLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 6, 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(c.accent_text if selected else edge)
        p.drawRoundedRect(
            QRectF(rect.left() + _AGENDA_TIME, rect.top() + 7, 4, rect.height() - 14), 2, 2
        )
        if box.texts is None:
            box.texts = self._row_texts(box)
        self._draw_texts(p, rect, box.texts, text)

    def _row_texts(self, box: _Box) -> list[_Text]:
        entry = box.entry
        occ = entry.occ
        day = self._days[box.day]
        if occ.all_day or (entry.start.date() < day and entry.end.date() > day):
            when = self.tr("All day")
        elif entry.start.date() < day:
            when = f"… – {_clock(entry.end)}"
        elif entry.end.date() > day and entry.end.time() != datetime.min.time():
            when = f"{_clock(entry.start)} – …"
        elif entry.start == entry.end:
            when = _clock(entry.start)
        else:
            when = f"{_clock(entry.start)} – {_clock(entry.end)}"
        fm = self._fm_normal
        y = (box.rect.height() - fm.height()) / 2
        elide = Qt.TextElideMode.ElideRight
        left = _AGENDA_TIME + 16
        width = box.rect.width() - left - 8
        title = occ.summary or self.tr("(no title)")
        title_w = min(fm.horizontalAdvance(title), width * (0.65 if occ.location else 1.0))
        style = "normal_strike" if occ.status == "cancelled" else "normal"
        texts = [
            (8.0, y, _AGENDA_TIME - 12, when, "normal_muted"),
            (left, y, title_w + 2, fm.elidedText(title, elide, title_w + 1), style),
        ]
        if occ.location:
            rest = width - title_w - 16
            if rest > 20:
                texts.append(
                    (
                        left + title_w + 16,
                        y,
                        rest,
                        fm.elidedText(occ.location, elide, rest),
                        "normal_muted",
                    )
                )
        return texts

    # ---------------------------------------------------------------- mouse input

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        hit = self._hit(pos)
        self._drag = None
        if hit.kind == "more" and hit.more is not None:
            if event.button() == Qt.MouseButton.LeftButton:
                self._open_more(hit.more)
            return
        if hit.kind == "box" and hit.box is not None:
            if hit.box.kind in ("bar", "item"):
                # A bar spans days: the day under the pointer is the one a drag starts from.
                hit.day = self._pointer_day(pos, hit.box)
            self._sel_day = self._days[hit.day]
            self._set_current(hit.box.entry)
        elif hit.kind in ("slot", "allday", "cell", "header"):
            self._sel_day = self._days[hit.day]
            if hit.kind == "slot":
                self._sel_minute = int(hit.minute // SLOT_MINUTES * SLOT_MINUTES)
            self._set_current(None)
            self._describe()
            self.update()
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if self._mode == "agenda":
            return
        if hit.kind == "box" and hit.box is not None:
            box = hit.box
            if box.kind == "timed":
                kind = {"top": "resize_start", "bottom": "resize_end"}.get(hit.edge, "move")
            else:
                kind = "shift"  # all-day bars and month lines move by whole days
            self._drag = _Drag(kind, pos, hit.day, hit.minute, box.entry)
        elif hit.kind == "slot":
            self._drag = _Drag("create", pos, hit.day, hit.minute)
        elif hit.kind in ("allday", "cell"):
            self._drag = _Drag("allday", pos, hit.day, 0.0)

    def _pointer_day(self, pos: QPointF, box: _Box) -> int:
        day = self._month_day(pos) if self._mode == "month" else self._grid_point(pos)[0]
        return max(box.entry.first, min(day, box.entry.last))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self._drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            if not event.buttons():
                self._hover(pos)
            return
        if not drag.active:
            distance = (pos - drag.origin).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            drag.active = True
        if self._mode in GRID_MODES and drag.kind not in ("allday", "shift"):
            self._autoscroll(pos)
        self._track(drag, pos)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        self._drag = None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if not drag.active or drag.start is None or drag.end is None:
            self.update()
            return
        self.update()
        if drag.kind == "create":
            self.createRequested.emit(drag.start, drag.end, False)
        elif drag.kind == "allday":
            self.createRequested.emit(drag.start, drag.end, True)
        elif drag.entry is not None:
            entry = drag.entry
            if drag.start == entry.start and drag.end == entry.end:
                return  # dropped where it was
            if drag.kind in ("move", "shift"):
                self.moveRequested.emit(entry.occ, drag.start, drag.end)
            else:
                self.resizeRequested.emit(entry.occ, drag.start, drag.end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = None
        hit = self._hit(event.position())
        if hit.kind == "box" and hit.box is not None:
            self.openRequested.emit(hit.box.entry.occ)
        elif hit.kind == "slot":
            start = slot_time(
                self._days[hit.day], hit.minute // SLOT_MINUTES * SLOT_MINUTES, self._zone
            )
            self.createRequested.emit(start, add_elapsed(start, timedelta(hours=1)), False)
        elif hit.kind in ("allday", "cell"):
            day = self._days[hit.day]
            self.createRequested.emit(
                midnight(day, self._zone), midnight(day + timedelta(days=1), self._zone), True
            )
        elif hit.kind == "header":
            self.set_mode("day")
            self.set_date(self._days[hit.day])

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._mode == "month" or not self._vbar.isVisible():
            event.ignore()
            return
        pixels = event.pixelDelta().y()
        if not pixels:
            pixels = int(event.angleDelta().y() / 120 * self._vbar.singleStep() * 3)
        self._vbar.setValue(self._vbar.value() - pixels)
        event.accept()

    def _hover(self, pos: QPointF) -> None:
        hit = self._hit(pos)
        if hit.kind == "box" and hit.edge:
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        elif hit.kind == "more":
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def _autoscroll(self, pos: QPointF) -> None:
        """Dragging past the grid's top or bottom scrolls it, a quarter hour a step."""
        step = max(1, int(self._hour / 4))
        if pos.y() < self._grid_top + 8:
            self._vbar.setValue(self._vbar.value() - step)
        elif pos.y() > self.height() - 8:
            self._vbar.setValue(self._vbar.value() + step)

    def _track(self, drag: _Drag, pos: QPointF) -> None:
        """The drag's range for the pointer at ``pos``."""
        zone = self._zone
        days = self._days
        if drag.kind == "allday":
            day = self._month_day(pos) if self._mode == "month" else self._grid_point(pos)[0]
            first, last = sorted((drag.day, day))
            drag.start = midnight(days[first], zone)
            drag.end = midnight(days[last] + timedelta(days=1), zone)
            return
        entry = drag.entry
        if drag.kind == "shift" and entry is not None:
            day = self._month_day(pos) if self._mode == "month" else self._grid_point(pos)[0]
            shift = timedelta(days=day - drag.day)
            if entry.occ.all_day:
                drag.start = midnight(entry.start.date() + shift, zone)
                drag.end = midnight(entry.end.date() + shift, zone)
            else:
                drag.start = to_aware(entry.start.replace(tzinfo=None) + shift, zone)
                drag.end = add_elapsed(drag.start, elapsed(entry.start, entry.end))
            return
        day, minute = self._grid_point(pos)
        if drag.kind == "create":
            anchor = (drag.day, drag.minute)
            if (day, minute) >= anchor:
                first_day, first_min = drag.day, drag.minute // SNAP_MINUTES * SNAP_MINUTES
                last_day, last_min = day, -(-minute // SNAP_MINUTES) * SNAP_MINUTES
            else:
                first_day, first_min = day, minute // SNAP_MINUTES * SNAP_MINUTES
                last_day = drag.day
                last_min = drag.minute // SNAP_MINUTES * SNAP_MINUTES + SNAP_MINUTES
            drag.start = slot_time(days[first_day], first_min, zone)
            drag.end = slot_time(days[last_day], last_min, zone)
            if drag.end <= drag.start:  # both ends fell into a skipped hour
                drag.end = add_elapsed(drag.start, timedelta(minutes=SNAP_MINUTES))
            return
        assert entry is not None
        quarter = timedelta(minutes=SNAP_MINUTES)
        if drag.kind == "move":
            wall = entry.start.replace(tzinfo=None) + timedelta(
                days=day - drag.day, minutes=minute - drag.minute
            )
            midnight_wall = wall.replace(hour=0, minute=0, second=0, microsecond=0)
            wall = midnight_wall + timedelta(minutes=snap(wall_minutes(wall)))
            drag.start = to_aware(wall, zone)
            drag.end = add_elapsed(drag.start, elapsed(entry.start, entry.end))
        elif drag.kind == "resize_end":
            drag.start = entry.start
            drag.end = slot_time(days[day], snap(minute), zone)
            if elapsed(drag.start, drag.end) < quarter:
                drag.end = add_elapsed(drag.start, quarter)
        else:
            drag.end = entry.end
            drag.start = slot_time(days[day], snap(minute), zone)
            if elapsed(drag.start, drag.end) < quarter:
                drag.start = add_elapsed(drag.end, -quarter)

    def _cancel_drag(self) -> None:
        if self._drag is not None:
            self._drag = None
            self.update()

    def _open_more(self, more: _More) -> None:
        if self._mode in GRID_MODES:
            self._all_day_open = not self._all_day_open
            self._dirty = True
            self.update()
            return
        day = self._days[more.day]
        self.set_mode("day")
        self.set_date(day)

    # ------------------------------------------------------------- keyboard input

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            # Tab walks the events instead of leaving the widget; an empty view lets it go.
            if plain and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._tab_order:
                self._cycle(-1 if event.key() == Qt.Key.Key_Backtab else 1)
                return True
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self._hit(QPointF(event.pos()))
            if hit.kind == "box" and hit.box is not None:
                QToolTip.showText(event.globalPos(), self._tooltip(hit.box.entry), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.LocaleChange,
            QEvent.Type.StyleChange,
        ):
            self._style()
            self.update()
        return super().event(event)

    def _tooltip(self, entry: _Entry) -> str:
        occ = entry.occ
        lines = [occ.summary or self.tr("(no title)"), self._time_text(entry)]
        if occ.location:
            lines.append(occ.location)
        if occ.kind == "deadline":
            lines.append(self.tr("Deadline"))
        if occ.status == "cancelled":
            lines.append(self.tr("Cancelled"))
        elif occ.status == "tentative":
            lines.append(self.tr("Tentative"))
        return "\n".join(lines)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._cancel_drag()
            return
        grid = self._mode in GRID_MODES
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step_day(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if grid:
                self._step_slot(step)
            elif self._mode == "month":
                self._step_day(7 * step)
            else:
                self._cycle(step)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._current is not None:
                self.openRequested.emit(self._current.occ)
            else:
                start, end = self.selected_slot()
                if grid:
                    end = add_elapsed(start, timedelta(hours=1))
                self.createRequested.emit(start, end, not grid)
        elif key == Qt.Key.Key_PageUp:
            self.previous_page()
        elif key == Qt.Key.Key_PageDown:
            self.next_page()
        elif key == Qt.Key.Key_T and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            self.today()
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._jump(key == Qt.Key.Key_End)
        elif key == Qt.Key.Key_Delete and self._current is not None:
            self.deleteRequested.emit(self._current.occ)
        else:
            super().keyPressEvent(event)

    def _step_day(self, days: int) -> None:
        day = self._sel_day + timedelta(days=days)
        self._set_current(None)
        # Past the page (in the month: past the month) the page follows; the agenda always
        # starts at the selected day, as it has no other way to show it.
        if (
            day not in self._days
            or self._mode == "agenda"
            or (self._mode == "month" and day.month != self._anchor.month)
        ):
            self.set_date(day)
            return
        self._sel_day = day
        self._describe()
        self.update()

    def _step_slot(self, step: int) -> None:
        self._set_current(None)
        minute = self._sel_minute + step * SLOT_MINUTES
        self._sel_minute = max(0, min(minute, MINUTES_PER_DAY - SLOT_MINUTES))
        self._reveal_minutes(self._sel_minute, self._sel_minute + SLOT_MINUTES)
        self._describe()
        self.update()

    def _jump(self, end: bool) -> None:
        if self._mode in GRID_MODES:
            self._set_current(None)
            self._sel_minute = MINUTES_PER_DAY - SLOT_MINUTES if end else 0
            self._reveal_minutes(self._sel_minute, self._sel_minute + SLOT_MINUTES)
        elif self._mode == "month":
            self._set_current(None)
            first = self._anchor.replace(day=1)
            last = page_step("month", first, 1) - timedelta(days=1)
            self._sel_day = last if end else first
        elif self._tab_order:
            self._select_entry(self._tab_order[-1 if end else 0])
        self._describe()
        self.update()

    def _cycle(self, step: int) -> None:
        order = self._tab_order
        if not order:
            return
        if self._current is None:
            # From the selected day: the first event on or after it (or before, going back).
            index = -1 if step > 0 else len(order)
            sel = midnight(self._sel_day, self._zone)
            if step > 0:
                index = next((i - 1 for i, e in enumerate(order) if e.end > sel), len(order) - 1)
            else:
                index = next(
                    (i + 1 for i in range(len(order) - 1, -1, -1) if order[i].start < sel), 0
                )
        else:
            index = order.index(self._current)
        self._select_entry(order[(index + step) % len(order)])

    def _select_entry(self, entry: _Entry) -> None:
        self._sel_day = self._days[entry.first]
        self._set_current(entry)
        if self._mode in GRID_MODES and not entry.bar:
            top = wall_minutes(entry.start) if entry.start.date() == self._sel_day else 0.0
            self._sel_minute = int(top // SLOT_MINUTES * SLOT_MINUTES)
            self._reveal_minutes(
                top, top + max(SLOT_MINUTES, elapsed(entry.start, entry.end).total_seconds() / 60)
            )
        elif self._mode == "agenda":
            self._ensure_layout()
            box = next((b for b in self._boxes if b.entry is entry), None)
            if box is not None:
                value = self._vbar.value()
                if box.rect.top() - _AGENDA_DAY < value:
                    self._vbar.setValue(int(box.rect.top() - _AGENDA_DAY))
                elif box.rect.bottom() > value + self.height():
                    self._vbar.setValue(int(box.rect.bottom() - self.height() + 8))
        self._describe()
        self.update()

    def _reveal_minutes(self, top: float, bottom: float) -> None:
        """Scroll the grid as little as needed to show [top, bottom) minutes."""
        self._ensure_layout()
        value = self._vbar.value()
        grid_h = self.height() - self._grid_top
        top_y = top / 60 * self._hour
        bottom_y = min(bottom, MINUTES_PER_DAY) / 60 * self._hour
        if top_y < value:
            self._vbar.setValue(int(top_y))
        elif bottom_y > value + grid_h:
            self._vbar.setValue(int(min(top_y, bottom_y - grid_h)))

    # ------------------------------------------------------------------ life cycle

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._dirty = True
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.scroll_to_minute(SCROLL_TO_MINUTE)
        self._clock_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._clock_timer.stop()
        super().hideEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._cancel_drag()
        self.update()
        super().focusOutEvent(event)
