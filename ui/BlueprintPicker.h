#pragma once

#include "api/PagedQuery.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace LhShare {

class BlueprintListModel;
class InlineStatus;
class LighthouseService;

// Chooses the blueprints a job works on: the region's custom blueprints (every page of
// DescribeBlueprints) in a sortable table with type-to-filter and multi-select, plus a manual ID
// for one that is not listed. Loading shows a busy strip and never blocks; a failure shows the
// explanation, code and RequestId with Retry.
class BlueprintPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit BlueprintPicker(QWidget *parent = nullptr);
    ~BlueprintPicker() override;

    // null: no credentials, nothing to load.
    void setService(LighthouseService *service);
    void setRegion(const QString &regionId);
    void reload();

    bool isLoading() const;
    // Selected rows plus the manual ID when it is valid, without repeats.
    QStringList selectedIds() const;
    // Selects these IDs once they are listed (restoring the last session's choice).
    void selectIds(const QStringList &ids);
    // Why the manual ID is not usable ("" when it is valid or empty).
    QString manualIdProblem() const;

    BlueprintListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLineEdit *manualIdEdit() const { return m_manualId; }

Q_SIGNALS:
    void selectionChanged();
    void loaded();

private:
    void onLoaded(PagedQuery *query);
    void validateManualId();
    void applyPendingSelection();

    LighthouseService *m_service = nullptr;
    QString m_region;
    QPointer<PagedQuery> m_query;
    BlueprintListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    InlineStatus *m_status;
    QLineEdit *m_manualId;
    QLabel *m_manualIdProblem;
    QStringList m_pendingSelection;
};

} // namespace LhShare
