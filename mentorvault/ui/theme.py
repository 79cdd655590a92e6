"""Light and dark palettes that follow the system, and the SVG icons drawn to match them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyleOption

from mentorvault.ui.logic.shipped import icon_file

THEMES = ("system", "light", "dark")
STYLE = "Fusion"  # the same look on every desktop
STYLE_PROPERTY = "mentorvault-style"  # set on a QApplication made with "-style Fusion" (app.make_application)

# The icons are drawn in a slate grey; on a dark background they are lightened.
_ICON_RECOLOUR_DARK = {
    "#5b6770": "#b3bfc7",
    "#173b47": "#cfe3e2",
    "#17535f": "#8fd0cb",
}

ACCENT_LIGHT = "#237a77"
ACCENT_DARK = "#4fb3ad"


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        colours = {
            QPalette.ColorRole.Window: "#1f2427", QPalette.ColorRole.WindowText: "#e4e8ea",
            QPalette.ColorRole.Base: "#171b1d", QPalette.ColorRole.AlternateBase: "#232a2d",
            QPalette.ColorRole.Text: "#e4e8ea", QPalette.ColorRole.Button: "#2b3236",
            QPalette.ColorRole.ButtonText: "#e4e8ea", QPalette.ColorRole.Highlight: "#2f7f7b",
            QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2b3236",
            QPalette.ColorRole.ToolTipText: "#e4e8ea", QPalette.ColorRole.PlaceholderText: "#8a969d",
            QPalette.ColorRole.Link: ACCENT_DARK, QPalette.ColorRole.Light: "#3a4247",
            QPalette.ColorRole.Midlight: "#323a3e", QPalette.ColorRole.Mid: "#293034",
            QPalette.ColorRole.Dark: "#121517", QPalette.ColorRole.Shadow: "#000000",
            QPalette.ColorRole.BrightText: "#ffffff",
        }
        disabled = "#6d777d"
    else:
        colours = {
            QPalette.ColorRole.Window: "#f4f3ef", QPalette.ColorRole.WindowText: "#1d272c",
            QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f7f6f2",
            QPalette.ColorRole.Text: "#1d272c", QPalette.ColorRole.Button: "#ebe9e3",
            QPalette.ColorRole.ButtonText: "#1d272c", QPalette.ColorRole.Highlight: "#cfe6e4",
            QPalette.ColorRole.HighlightedText: "#10292a", QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#1d272c", QPalette.ColorRole.PlaceholderText: "#7d878c",
            QPalette.ColorRole.Link: ACCENT_LIGHT, QPalette.ColorRole.Light: "#ffffff",
            QPalette.ColorRole.Midlight: "#e2e0da", QPalette.ColorRole.Mid: "#c9c6bf",
            QPalette.ColorRole.Dark: "#9c9890", QPalette.ColorRole.Shadow: "#5f5c56",
            QPalette.ColorRole.BrightText: "#ffffff",
        }
        disabled = "#9aa2a6"
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return p


# Fusion draws the frames of check boxes, radio buttons and line edits in the window colour made
# 40% darker: on the dark window that is nearly the window itself, so an unchecked box or an empty
# field could not be seen.  These widgets get a palette whose window colour is light enough that
# its darker shade stands out; none of them paints its window colour as a background.
FRAMED_CLASSES = ("QCheckBox", "QRadioButton", "QLineEdit", "QAbstractSpinBox")
DARK_FRAME_WINDOW = "#98a6ad"


def _framed_palette(dark: bool) -> QPalette:
    p = _palette(dark)
    if dark:
        p.setColor(QPalette.ColorRole.Window, QColor(DARK_FRAME_WINDOW))
    return p


def _stylesheet(dark: bool) -> str:
    accent = ACCENT_DARK if dark else ACCENT_LIGHT
    notice_bg, notice_fg = ("#2f3a2a", "#e1ecd4") if dark else ("#eef4e4", "#2c3b1c")
    warn_bg, warn_fg = ("#3d3322", "#f1e2c4") if dark else ("#fbf1dc", "#4d3a12")
    demo_bg, demo_fg = ("#23383a", "#d6ecea") if dark else ("#e1efed", "#163c3a")
    card = "#232a2d" if dark else "#ffffff"
    border = "#384145" if dark else "#dedbd3"
    muted = "#9aa6ad" if dark else "#5f6a70"
    sidebar = "#1a1f21" if dark else "#ebe9e3"
    return f"""
    QLabel[role="muted"] {{ color: {muted}; }}
    QTreeView#sidebar {{ border: none; background: {sidebar}; }}
    QTreeView#sidebar::item {{ padding: 3px 2px; }}
    QLabel[role="heading"] {{ font-size: 15pt; font-weight: 600; }}
    QLabel[role="subheading"] {{ font-size: 11.5pt; font-weight: 600; }}
    QLabel[role="inline-error"] {{ color: {'#f0b9a6' if dark else '#8a3a1e'}; }}
    QLabel[role="ok"] {{ color: {accent}; }}
    QFrame[role="notice"] {{ background: {notice_bg}; border-radius: 6px; }}
    QFrame[role="notice"] QLabel {{ color: {notice_fg}; }}
    QFrame[role="warning"] {{ background: {warn_bg}; border-radius: 6px; }}
    QFrame[role="warning"] QLabel {{ color: {warn_fg}; }}
    QFrame[role="demo"] {{ background: {demo_bg}; }}
    QFrame[role="demo"] QLabel {{ color: {demo_fg}; }}
    QFrame[role="card"] {{ background: {card}; border: 1px solid {border}; border-radius: 8px; }}
    QFrame[role="card"] QLabel {{ background: transparent; }}
    QLabel[role="recovery"] {{ font-family: "DejaVu Sans Mono", monospace; font-size: 15pt; padding: 12px;
        background: {card}; border: 1px solid {border}; border-radius: 6px; }}
    QPushButton[role="primary"] {{ background: {accent}; color: #ffffff; border: none; border-radius: 5px;
        padding: 6px 16px; font-weight: 600; }}
    QPushButton[role="primary"]:disabled {{ background: {border}; color: {muted}; }}
    QPushButton[role="primary"]:focus {{ outline: 2px solid {accent}; }}
    QPushButton[role="link"] {{ color: {accent}; background: transparent; border: none; padding: 3px 4px;
        text-decoration: underline; }}
    QPushButton[role="link"]:hover {{ color: {'#ffffff' if dark else '#000000'}; }}
    QPushButton[role="link"]:focus {{ outline: 1px dotted {accent}; }}
    QPushButton[role="link"]:disabled {{ color: {muted}; }}
    QProgressBar {{ border: 1px solid {border}; border-radius: 4px; background: {card}; text-align: center; }}
    QProgressBar::chunk {{ background: {accent}; border-radius: 3px; }}
    """


class ThemeManager(QObject):
    """Applies a palette (system / light / dark) and hands out icons coloured for it."""

    changed = Signal()

    def __init__(self, app: QApplication, mode: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._mode = mode if mode in THEMES else "system"
        self._dark = False
        self._cache: dict[str, QIcon] = {}
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        if app.property(STYLE_PROPERTY) != STYLE:
            app.setStyle(STYLE)
        self.apply(self._mode)

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def is_dark(self) -> bool:
        return self._dark

    def _system_is_dark(self) -> bool:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def apply(self, mode: str) -> None:
        self._mode = mode if mode in THEMES else "system"
        dark = self._system_is_dark() if self._mode == "system" else self._mode == "dark"
        self._dark = dark
        self._cache.clear()
        self._app.setPalette(_palette(dark))
        framed = _framed_palette(dark)
        for name in FRAMED_CLASSES:
            self._app.setPalette(framed, name)  # type: ignore[arg-type]  # the stub says bytes; PySide6 takes str
        self._app.setStyleSheet(_stylesheet(dark))
        self.changed.emit()

    def _system_changed(self, *_: object) -> None:
        if self._mode == "system":
            self.apply("system")

    def accent(self) -> QColor:
        return QColor(ACCENT_DARK if self._dark else ACCENT_LIGHT)

    def icon(self, name: str) -> QIcon:
        cached = self._cache.get(name)
        if cached is not None:
            return cached
        icon = render_icon(name, self._dark)
        self._cache[name] = icon
        return icon


def render_icon(name: str, dark: bool = False) -> QIcon:
    """The named icon, drawn from its SVG at each size when first asked for (not before)."""
    path = icon_file(name)
    if path is None:
        return QIcon()
    return QIcon(SvgIconEngine(str(path), dark))


class SvgIconEngine(QIconEngine):
    """Renders an SVG icon (recoloured for a dark palette) at the sizes actually painted.

    Drawing every icon at eight sizes up front cost start-up time for icons nobody
    had looked at yet; this draws one size when a widget first paints it, and keeps it.
    QtSvg itself is imported at the first paint.
    """

    def __init__(self, path: str, dark: bool, svg: bytes | None = None) -> None:
        super().__init__()
        self._path = path
        self._dark = dark
        self._svg = svg
        self._pixmaps: dict[tuple[int, int, int], QPixmap] = {}

    def _data(self) -> bytes:
        if self._svg is None:
            try:
                with open(self._path, encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                text = ""
            if self._dark:
                for old, new in _ICON_RECOLOUR_DARK.items():
                    text = text.replace(old, new)
            self._svg = text.encode("utf-8")
        return self._svg

    def _render(self, size: QSize) -> QPixmap:
        from PySide6.QtSvg import QSvgRenderer

        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        data = self._data()
        if data:
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            QSvgRenderer(QByteArray(data)).render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if size.isEmpty():
            return QPixmap()
        key = (size.width(), size.height(), mode.value)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = self._render(size)
        if mode != QIcon.Mode.Normal:  # disabled (greyed) and selected, as the style draws them for any icon
            app = QApplication.instance()
            if isinstance(app, QApplication):
                option = QStyleOption()
                option.palette = app.palette()
                pixmap = app.style().generatedIconPixmap(mode, pixmap, option)
        self._pixmaps[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        pixmap = self.pixmap(size, mode, state)
        painter.drawPixmap(rect, pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())  # the icons are square
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        engine = SvgIconEngine(self._path, self._dark, self._svg)
        engine._pixmaps = dict(self._pixmaps)
        return engine

    def key(self) -> str:
        return "mentorvault-svg"


_manager: ThemeManager | None = None


def install(app: QApplication, mode: str = "system") -> ThemeManager:
    global _manager
    if _manager is None or _manager.parent() is not app:
        _manager = ThemeManager(app, mode)
    else:
        _manager.apply(mode)
    return _manager


def manager() -> ThemeManager:
    if _manager is None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        return install(app)
    return _manager


def icon(name: str) -> QIcon:
    return manager().icon(name)
