#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace cx {

// A read-only table of whole rows, one selected at a time, as every list
// page shows its records.
QTableView* makeTable(QAbstractItemModel* model, QWidget* parent);

} // namespace cx
