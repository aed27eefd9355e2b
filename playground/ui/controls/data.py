"""Data controls: a gallery of every dataset, noise, size, train/test split, seed, CSV files.

Which rows show for a dataset, and their ranges, come from `engine.datasets` (FACTS and the
limits) and `experiment` (the seed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground import experiment
from playground.engine import datasets
from playground.ui.common.scale import scaled
from playground.ui.controls.base import ExperimentControls, form_layout
from playground.ui.controls.thumbnails import dataset_thumbnail

# A QSpinBox holds a C int, so it cannot show seeds above 2**31 - 1 although an experiment
# allows seeds up to experiment.MAX_SEED (2**32 - 1): larger ones come only from a file.
SPIN_BOX_MAX = 2**31 - 1
THUMBNAIL_PX, GRID_WIDTH_PX = 64, 96  # a gallery thumbnail, and its cell's width at 100 %


def dataset_titles() -> dict[str, str]:
    """Display names of the gallery entries, in the user's language."""
    return {
        "circle": QCoreApplication.translate("DataControls", "Circle"),
        "xor": QCoreApplication.translate("DataControls", "XOR"),
        "gauss": QCoreApplication.translate("DataControls", "Gaussian"),
        "spiral": QCoreApplication.translate("DataControls", "Spiral"),
        "plane": QCoreApplication.translate("DataControls", "Plane (regression)"),
        "multi_gauss": QCoreApplication.translate("DataControls", "Multi-Gaussian (regression)"),
        "blobs": QCoreApplication.translate("DataControls", "Blobs (K classes)"),
        "spiral_k": QCoreApplication.translate("DataControls", "Spiral (K classes)"),
        "and": QCoreApplication.translate("DataControls", "AND gate"),
        "or": QCoreApplication.translate("DataControls", "OR gate"),
        "nand": QCoreApplication.translate("DataControls", "NAND gate"),
        "xor_gate": QCoreApplication.translate("DataControls", "XOR gate"),
        "sales": QCoreApplication.translate("DataControls", "Sales"),
        "iris": QCoreApplication.translate("DataControls", "Iris"),
        "digits": QCoreApplication.translate("DataControls", "Digits 8×8"),
        datasets.CSV: QCoreApplication.translate("DataControls", "CSV file…"),
    }


class DataControls(ExperimentControls):
    """Chooses the dataset and how it is generated and split."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Data"), parent)
        self.gallery = QListWidget()
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setWordWrap(True)
        titles = dataset_titles()
        for name in datasets.SOURCES:
            item = QListWidgetItem(dataset_thumbnail(name), titles[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(titles[name])
            self.gallery.addItem(item)
        self.gallery.itemClicked.connect(self._on_item_clicked)
        self._fit_gallery()

        self.noise = QSlider(Qt.Orientation.Horizontal)
        max_noise = round(datasets.MAX_NOISE * 100)
        self.noise.setRange(0, max_noise)
        self.noise.setToolTip(
            self.tr("How much the points are jittered (0–{0} %)").format(max_noise)
        )
        self.noise_label = QLabel()
        self.noise.valueChanged.connect(self._on_noise)
        self.size = QSpinBox()
        self.size.setRange(datasets.MIN_N, datasets.MAX_N)
        self.size.setSingleStep(50)
        self.size.setToolTip(self.tr("Number of points (train + test)"))
        self.size.editingFinished.connect(self._on_size)
        self.train_share = QSlider(Qt.Orientation.Horizontal)
        self.train_share.setRange(round((1 - datasets.MAX_TEST_RATIO) * 100), 100)
        self.train_share.setToolTip(self.tr("Share of the points used for training"))
        self.train_label = QLabel()
        self.train_share.valueChanged.connect(self._on_train_share)
        self.classes = QSpinBox()
        self.classes.setRange(datasets.MIN_CLASSES, datasets.MAX_CLASSES)
        self.classes.setToolTip(self.tr("Number of classes K"))
        self.classes.valueChanged.connect(lambda k: self.edit("data", classes=k))
        self.seed = QSpinBox()
        self.seed.setRange(0, min(experiment.MAX_SEED, SPIN_BOX_MAX))
        self.seed.setToolTip(self.tr("Same seed, same data and same starting weights"))
        self.seed.valueChanged.connect(lambda s: self.edit(seed=s))
        self.regenerate = QPushButton(self.tr("Regenerate"))
        self.regenerate.setToolTip(self.tr("New random data and weights (next seed)"))
        self.regenerate.clicked.connect(lambda: self.edit(seed=self.experiment.seed + 1))
        self.label_column = QComboBox()
        self.label_column.setToolTip(self.tr("The CSV column that holds the class or target"))
        self.label_column.activated.connect(self._on_label_column)
        self.csv_file = QLabel()
        self.csv_file.setWordWrap(True)

        form = form_layout()
        self.noise_row = _row(self.noise, self.noise_label)
        form.addRow(self.tr("Noise"), self.noise_row)
        form.addRow(self.tr("Points"), self.size)
        form.addRow(self.tr("Training"), _row(self.train_share, self.train_label))
        form.addRow(self.tr("Classes"), self.classes)
        self.seed_row = _row(self.seed, self.regenerate)
        form.addRow(self.tr("Seed"), self.seed_row)
        form.addRow(self.tr("File"), self.csv_file)
        form.addRow(self.tr("Label column"), self.label_column)
        self.form = form
        self.advanced = (self.seed_row, self.label_column)  # hidden with advanced controls
        layout = QVBoxLayout(self)
        layout.addWidget(self.gallery)
        layout.addLayout(form)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_gallery()

    def _fit_gallery(self) -> None:
        """Thumbnails in cells wide enough for the longest word of a title and tall enough for
        two lines of it, whatever the font size; two rows show."""
        metrics = self.gallery.fontMetrics()
        items = (self.gallery.item(i) for i in range(self.gallery.count()))
        words = {word for item in items for word in item.text().split()}
        widest = max(metrics.horizontalAdvance(word) for word in words) + 12
        width = max(round(scaled(GRID_WIDTH_PX)), widest)
        height = THUMBNAIL_PX + 2 * metrics.lineSpacing() + 12
        self.gallery.setIconSize(QSize(THUMBNAIL_PX, THUMBNAIL_PX))
        self.gallery.setGridSize(QSize(width, height))
        self.gallery.setMinimumHeight(2 * height + 8)

    # --------------------------------------------------------------------- view
    def refresh(self) -> None:
        data = self.experiment.data
        facts = datasets.FACTS[data.name]
        for row in range(self.gallery.count()):
            item = self.gallery.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == data.name:
                self.gallery.setCurrentItem(item)
        self.noise.setValue(round(data.noise * 100))
        self.noise_label.setText(f"{round(data.noise * 100)} %")
        if facts.sized:
            self.size.setValue(data.n or datasets.default_size(data.name))
        self.train_share.setValue(round((1 - data.test_ratio) * 100))
        self.train_label.setText(f"{round((1 - data.test_ratio) * 100)} %")
        self.classes.setValue(data.classes)
        self.seed.setValue(self.experiment.seed)
        is_csv = data.name == datasets.CSV
        self.set_row_visible(self.noise_row, facts.noisy)
        self.set_row_visible(self.size, facts.sized)
        self.set_row_visible(self.classes, facts.k_classes)
        self.set_row_visible(self.csv_file, is_csv)
        self.set_row_visible(self.label_column, is_csv)
        if is_csv and data.csv_path:
            self.csv_file.setText(Path(data.csv_path).name)
            self._fill_label_columns(data.csv_path, data.label)

    def _fill_label_columns(self, path: str, label: str | int) -> None:
        try:
            columns = datasets.csv_columns(path)
        except (OSError, ValueError):
            columns = ()
        self.label_column.clear()
        for index, name in enumerate(columns):
            self.label_column.addItem(name, name if not name.isdigit() else index)
        wanted = label if isinstance(label, str) else label % max(len(columns), 1)
        found = self.label_column.findData(wanted)
        self.label_column.setCurrentIndex(found if found >= 0 else len(columns) - 1)

    # ------------------------------------------------------------------- edits
    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if name == datasets.CSV:
            self.choose_csv()
        else:
            self.edit("data", name=name, n=None)

    def choose_csv(self) -> None:
        """Ask for a CSV file; its last column is the label until another one is chosen."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a CSV file"), "", self.tr("CSV files (*.csv *.txt *.csv.gz)")
        )
        if path:
            self.edit("data", name=datasets.CSV, csv_path=path, label=-1, n=None)
        else:
            self.refresh()

    def _on_noise(self, value: int) -> None:
        self.noise_label.setText(f"{value} %")
        self.edit("data", noise=value / 100)

    def _on_size(self) -> None:
        self.edit("data", n=self.size.value())

    def _on_train_share(self, value: int) -> None:
        self.train_label.setText(f"{value} %")
        self.edit("data", test_ratio=round(1 - value / 100, 2))

    def _on_label_column(self, index: int) -> None:
        self.edit("data", label=self.label_column.itemData(index))


def _row(*widgets: QWidget) -> QWidget:
    """Widgets side by side in one form row."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return box
