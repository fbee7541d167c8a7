#include "queueview.h"

#include "domainlabels.h"
#include "queuedelegate.h"
#include "ticketqueuemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wd::ui {

namespace {

// The two built-in views come first in the tab bar; saved views follow.
constexpr int kMineTab = 0;
constexpr int kTeamTab = 1;
constexpr int kFirstSavedTab = 2;

template <typename E>
void fillEnumCombo(QComboBox *combo, const QString &anyText)
{
    combo->addItem(anyText, QString());
    for (const QString &name : enumNames<E>()) {
        const auto value = enumFromName<E>(name);
        combo->addItem(DomainLabels::label(*value), name);
    }
}

QStringList oneOrNone(const QComboBox *combo)
{
    const QString value = combo->currentData().toString();
    return value.isEmpty() ? QStringList() : QStringList{value};
}

void selectData(QComboBox *combo, const QStringList &values)
{
    const int i = values.isEmpty() ? 0 : combo->findData(values.first());
    combo->setCurrentIndex(qMax(0, i));
}

} // namespace

QueueView::QueueView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    m_pull = new QPushButton(tr("Pull next ticket"), this);
    m_pull->setObjectName(QStringLiteral("pullButton"));
    m_pull->setDefault(false);
    m_pull->setMinimumHeight(34);
    QFont pullFont = m_pull->font();
    pullFont.setBold(true);
    m_pull->setFont(pullFont);
    m_pull->setToolTip(tr("Claim the most urgent unclaimed ticket (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_pull->setAccessibleName(tr("Pull next ticket"));
    connect(m_pull, &QPushButton::clicked, this, &QueueView::pullRequested);
    top->addWidget(m_pull);
    m_views = new QTabBar(this);
    m_views->setObjectName(QStringLiteral("viewTabs"));
    m_views->setExpanding(false);
    m_views->setDocumentMode(true);
    m_views->setMovable(false);
    m_views->setAccessibleName(tr("Queue views"));
    top->addWidget(m_views, 1);
    auto *manage = new QToolButton(this);
    manage->setText(tr("Views…"));
    manage->setObjectName(QStringLiteral("manageViews"));
    manage->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(manage);
    menu->addAction(tr("Save current view as…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveCurrentAsView(name.trimmed());
    });
    menu->addAction(tr("Manage views…"), this, &QueueView::manageViews);
    menu->addSeparator();
    menu->addAction(tr("Export queue view…"), this, &QueueView::exportRequested)->setObjectName(QStringLiteral("exportViewAction"));
    manage->setMenu(menu);
    top->addWidget(manage);
    layout->addLayout(top);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search order, customer, merchant, product, description, notes… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the queue"));
    bar->addWidget(m_search, 3);
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("stepFilter"));
    m_step->setAccessibleName(tr("Step filter"));
    fillEnumCombo<Step>(m_step, tr("Any step"));
    bar->addWidget(m_step);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    fillEnumCombo<Status>(m_status, tr("Any status"));
    bar->addWidget(m_status);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category filter"));
    fillEnumCombo<Category>(m_category, tr("Any category"));
    bar->addWidget(m_category);
    m_sla = new QComboBox(this);
    m_sla->setObjectName(QStringLiteral("slaFilter"));
    m_sla->setAccessibleName(tr("SLA filter"));
    m_sla->addItem(tr("Any SLA"), QString());
    m_sla->addItem(tr("Running"), QStringLiteral("ok"));
    m_sla->addItem(tr("Under 25 % left"), QStringLiteral("warning"));
    m_sla->addItem(tr("Breached"), QStringLiteral("breached"));
    m_sla->addItem(tr("Paused"), QStringLiteral("paused"));
    m_sla->addItem(tr("Met"), QStringLiteral("met"));
    bar->addWidget(m_sla);
    m_pendingOnly = new QCheckBox(tr("Unsynced only"), this);
    m_pendingOnly->setObjectName(QStringLiteral("pendingOnly"));
    bar->addWidget(m_pendingOnly);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("queueCount"));
    m_count->setMinimumWidth(90);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegate(new QueueDelegate(m_table));
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &QueueView::onHeaderClicked);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        // Columns on or off, per view.
        QMenu columns(this);
        for (int c = 0; m_model && c < m_model->columnCount(); ++c) {
            QAction *a = columns.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            a->setEnabled(c != TicketQueueModel::TicketColumn);
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
        columns.exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid() && m_model) {
            const QString id = m_model->ticketIdAt(index.row());
            menu.addAction(tr("Open %1").arg(id), this, [this, id] { emit openTicketRequested(id); });
            menu.addSeparator();
        }
        menu.addAction(tr("Export queue view…"), this, &QueueView::exportRequested);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_model)
            emit openTicketRequested(m_model->ticketIdAt(index.row()));
    });
    layout->addWidget(m_table, 1);

    // Every keystroke filters at once: the first page is a few milliseconds of indexed SQL
    // (docs/performance.md), so there is nothing to gain from waiting for the agent to pause.
    connect(m_search, &QLineEdit::textChanged, this, &QueueView::applyFilter);
    // The count of matching tickets can take a full scan (terms shorter than a trigram): it
    // follows the repainted first page instead of holding it back.
    m_countDelay = new QTimer(this);
    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(40);
    connect(m_countDelay, &QTimer::timeout, this, &QueueView::refreshCount);
    for (QComboBox *combo : {m_step, m_status, m_category, m_sla})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueueView::applyFilter);
    connect(m_pendingOnly, &QCheckBox::toggled, this, &QueueView::applyFilter);
    connect(m_views, &QTabBar::currentChanged, this, [this](int tab) {
        if (m_loading)
            return;
        if (tab >= kFirstSavedTab && tab - kFirstSavedTab < m_saved.size()) {
            const SavedView &view = m_saved.at(tab - kFirstSavedTab);
            loadFilterIntoBar(view.filter);
            applyHiddenColumns(view.hiddenColumns);
        }
        applyFilter();
    });
    buildTabs();
    setTabOrder(m_pull, m_search);
    setTabOrder(m_search, m_step);
    setTabOrder(m_step, m_status);
    setTabOrder(m_status, m_category);
    setTabOrder(m_category, m_sla);
    setTabOrder(m_sla, m_pendingOnly);
    setTabOrder(m_pendingOnly, m_table);
}

void QueueView::setModel(TicketQueueModel *model)
{
    m_model = model;
    m_table->setModel(model);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = m_table->fontMetrics();
    const int widths[] = {150, 80, 80, 150, 190, 150, 80, 140, 120, 110, 70};
    for (int c = 0; c < TicketQueueModel::ColumnCount; ++c)
        header->resizeSection(c, qMax(widths[c], fm.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 24));
    header->setSectionResizeMode(TicketQueueModel::ProductColumn, QHeaderView::Stretch);
    connect(model, &QAbstractItemModel::modelReset, m_countDelay, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsInserted, m_countDelay, qOverload<>(&QTimer::start));
    applyFilter();
}

void QueueView::setCurrentUser(const QString &userId)
{
    m_user = userId;
    applyFilter();
}

QString QueueView::currentTicketId() const
{
    const QModelIndex index = m_table->currentIndex();
    return m_model && index.isValid() ? m_model->ticketIdAt(index.row()) : QString();
}

void QueueView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QueueView::buildTabs()
{
    m_loading = true;
    const int current = m_views->currentIndex();
    while (m_views->count() > 0)
        m_views->removeTab(0);
    m_views->addTab(tr("My tickets"));
    m_views->addTab(tr("Team queue"));
    for (const SavedView &view : std::as_const(m_saved))
        m_views->addTab(view.name);
    m_views->setCurrentIndex(qBound(0, current, m_views->count() - 1));
    m_loading = false;
}

store::QueueFilter QueueView::currentFilter() const
{
    store::QueueFilter f;
    f.steps = oneOrNone(m_step);
    f.statuses = oneOrNone(m_status);
    f.categories = oneOrNone(m_category);
    f.slaStates = oneOrNone(m_sla);
    f.pendingOnly = m_pendingOnly->isChecked();
    f.text = m_search->text().trimmed();
    f.sort = m_sort;
    f.descending = m_descending;
    f.me = m_user;
    if (m_views->currentIndex() == kMineTab)
        f.holder = store::QueueFilter::Holder::Me;
    else if (m_views->currentIndex() >= kFirstSavedTab && m_views->currentIndex() - kFirstSavedTab < m_saved.size())
        f.holder = m_saved.at(m_views->currentIndex() - kFirstSavedTab).filter.holder;
    return f;
}

void QueueView::applyFilter()
{
    if (!m_model || m_loading)
        return;
    const QString keep = currentTicketId();
    m_model->setFilter(currentFilter());
    const int row = keep.isEmpty() ? -1 : m_model->rowOf(keep);
    if (row >= 0)
        m_table->selectRow(row);
    const int sortColumn = m_sort == store::QueueSort::Sla ? TicketQueueModel::SlaColumn
        : m_sort == store::QueueSort::Updated              ? TicketQueueModel::UpdatedColumn
        : m_sort == store::QueueSort::Amount               ? TicketQueueModel::AmountColumn
                                                           : TicketQueueModel::TicketColumn;
    m_table->horizontalHeader()->setSortIndicator(sortColumn, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_countDelay->start();
    emit filterChanged();
}

void QueueView::refreshCount()
{
    if (!m_model)
        return;
    m_count->setText(tr("%1 tickets").arg(QLocale().toString(m_model->matchingCount())));
}

void QueueView::showFilter(const store::QueueFilter &filter)
{
    m_loading = true;
    m_views->setCurrentIndex(kTeamTab);
    m_loading = false;
    loadFilterIntoBar(filter);
    applyFilter();
}

void QueueView::loadFilterIntoBar(const store::QueueFilter &filter)
{
    m_loading = true;
    selectData(m_step, filter.steps);
    selectData(m_status, filter.statuses);
    selectData(m_category, filter.categories);
    selectData(m_sla, filter.slaStates);
    m_pendingOnly->setChecked(filter.pendingOnly);
    m_search->setText(filter.text);
    m_sort = filter.sort;
    m_descending = filter.descending;
    m_loading = false;
}

void QueueView::onHeaderClicked(int section)
{
    store::QueueSort sort;
    switch (section) {
    case TicketQueueModel::SlaColumn: sort = store::QueueSort::Sla; break;
    case TicketQueueModel::UpdatedColumn: sort = store::QueueSort::Updated; break;
    case TicketQueueModel::AmountColumn: sort = store::QueueSort::Amount; break;
    case TicketQueueModel::TicketColumn: sort = store::QueueSort::Submitted; break;
    default: applyFilter(); return; // other columns do not sort (the indicator goes back)
    }
    m_descending = sort == m_sort ? !m_descending : false;
    m_sort = sort;
    applyFilter();
}

void QueueView::applyHiddenColumns(const QList<int> &hidden)
{
    for (int c = 0; c < TicketQueueModel::ColumnCount; ++c)
        m_table->setColumnHidden(c, hidden.contains(c));
}

QList<int> QueueView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < TicketQueueModel::ColumnCount && !m_table->isColumnHidden(logical))
            columns << logical;
    }
    return columns;
}

QList<int> QueueView::hiddenColumns() const
{
    QList<int> hidden;
    for (int c = 0; c < TicketQueueModel::ColumnCount; ++c) {
        if (m_table->isColumnHidden(c))
            hidden << c;
    }
    return hidden;
}

void QueueView::setSavedViews(const QList<SavedView> &views)
{
    m_saved = views;
    buildTabs();
}

void QueueView::saveCurrentAsView(const QString &name)
{
    m_saved << SavedView{name, currentFilter(), hiddenColumns()};
    buildTabs();
    m_views->setCurrentIndex(kFirstSavedTab + int(m_saved.size()) - 1);
}

void QueueView::renameView(int savedIndex, const QString &name)
{
    if (savedIndex < 0 || savedIndex >= m_saved.size() || name.trimmed().isEmpty())
        return;
    m_saved[savedIndex].name = name.trimmed();
    m_views->setTabText(kFirstSavedTab + savedIndex, m_saved.at(savedIndex).name);
}

void QueueView::moveView(int savedIndex, int delta)
{
    const int to = savedIndex + delta;
    if (savedIndex < 0 || savedIndex >= m_saved.size() || to < 0 || to >= m_saved.size())
        return;
    m_saved.move(savedIndex, to);
    buildTabs();
}

void QueueView::removeView(int savedIndex)
{
    if (savedIndex < 0 || savedIndex >= m_saved.size())
        return;
    m_saved.removeAt(savedIndex);
    buildTabs();
}

void QueueView::manageViews()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Manage views"));
    auto *layout = new QHBoxLayout(&dialog);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("viewList"));
    auto reload = [&] {
        const int row = list->currentRow();
        list->clear();
        for (const SavedView &v : std::as_const(m_saved))
            list->addItem(v.name);
        list->setCurrentRow(qBound(0, row, list->count() - 1));
    };
    reload();
    layout->addWidget(list, 1);
    auto *buttons = new QVBoxLayout;
    auto add = [&](const QString &text, const std::function<void()> &action) {
        auto *b = new QPushButton(text, &dialog);
        connect(b, &QPushButton::clicked, &dialog, [&, action] {
            action();
            reload();
        });
        buttons->addWidget(b);
    };
    add(tr("Rename…"), [&] {
        const int i = list->currentRow();
        if (i < 0)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(&dialog, tr("Rename view"), tr("Name of the view:"), QLineEdit::Normal, m_saved.at(i).name, &ok);
        if (ok)
            renameView(i, name);
    });
    add(tr("Move up"), [&] {
        moveView(list->currentRow(), -1);
        list->setCurrentRow(qMax(0, list->currentRow() - 1));
    });
    add(tr("Move down"), [&] {
        moveView(list->currentRow(), 1);
        list->setCurrentRow(qMin(list->count() - 1, list->currentRow() + 1));
    });
    add(tr("Delete"), [&] { removeView(list->currentRow()); });
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    dialog.exec();
}

QVariantMap QueueView::filterToMap(const store::QueueFilter &f)
{
    return {{QStringLiteral("steps"), f.steps},
            {QStringLiteral("statuses"), f.statuses},
            {QStringLiteral("categories"), f.categories},
            {QStringLiteral("sla"), f.slaStates},
            {QStringLiteral("holder"), int(f.holder)},
            {QStringLiteral("text"), f.text},
            {QStringLiteral("pending"), f.pendingOnly},
            {QStringLiteral("sort"), int(f.sort)},
            {QStringLiteral("descending"), f.descending}};
}

store::QueueFilter QueueView::filterFromMap(const QVariantMap &map)
{
    store::QueueFilter f;
    f.steps = map.value(QStringLiteral("steps")).toStringList();
    f.statuses = map.value(QStringLiteral("statuses")).toStringList();
    f.categories = map.value(QStringLiteral("categories")).toStringList();
    f.slaStates = map.value(QStringLiteral("sla")).toStringList();
    f.holder = store::QueueFilter::Holder(qBound(0, map.value(QStringLiteral("holder")).toInt(), 2));
    f.text = map.value(QStringLiteral("text")).toString().left(200);
    f.pendingOnly = map.value(QStringLiteral("pending")).toBool();
    f.sort = store::QueueSort(qBound(0, map.value(QStringLiteral("sort")).toInt(), 3));
    f.descending = map.value(QStringLiteral("descending")).toBool();
    return f;
}

QVariantMap QueueView::saveState() const
{
    QVariantList views;
    for (const SavedView &v : m_saved) {
        QVariantList hidden;
        for (int c : v.hiddenColumns)
            hidden << c;
        views << QVariantMap{{QStringLiteral("name"), v.name}, {QStringLiteral("filter"), filterToMap(v.filter)},
                             {QStringLiteral("hidden"), hidden}};
    }
    return {{QStringLiteral("views"), views},
            {QStringLiteral("current"), m_views->currentIndex()},
            {QStringLiteral("bar"), filterToMap(currentFilter())},
            {QStringLiteral("header"), m_table->horizontalHeader()->saveState()}};
}

void QueueView::restoreState(const QVariantMap &state)
{
    QList<SavedView> views;
    for (const QVariant &v : state.value(QStringLiteral("views")).toList()) {
        const QVariantMap m = v.toMap();
        SavedView view;
        view.name = m.value(QStringLiteral("name")).toString();
        view.filter = filterFromMap(m.value(QStringLiteral("filter")).toMap());
        for (const QVariant &c : m.value(QStringLiteral("hidden")).toList())
            view.hiddenColumns << c.toInt();
        if (!view.name.isEmpty())
            views << view;
    }
    m_loading = true;
    m_saved = views;
    buildTabs();
    m_loading = true;
    m_views->setCurrentIndex(qBound(0, state.value(QStringLiteral("current"), kTeamTab).toInt(), m_views->count() - 1));
    m_loading = false;
    loadFilterIntoBar(filterFromMap(state.value(QStringLiteral("bar")).toMap()));
    m_table->horizontalHeader()->restoreState(state.value(QStringLiteral("header")).toByteArray());
    applyFilter();
}

} // namespace wd::ui
