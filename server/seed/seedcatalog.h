#pragma once
// The fixed world of the demo seed: the shops (商家) and the goods they sell. Tickets pick from
// these tables; the tables themselves do not depend on the seed, so merchant and product ids are
// stable across seeds.

#include "casefile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wd::seed {

struct CatalogProduct
{
    QString sku;
    QString name;
    ProductType type = ProductType::Other;
    qint64 faceCents = 0;
    qint64 priceCents = 0;   // what the customer pays: a little below the face value
    QStringList regions;     // 区服 / carrier / edition; one is chosen per order
    QString app;             // where the key is redeemed: "《九州幻想》充值中心"
    QString yield;           // what a successful activation gives: "300 点"
    WarrantyPolicy policy;   // as shown on the product page at purchase time
};

struct CatalogMerchant
{
    Merchant merchant;
    QList<ProductType> sells;
};

const QList<CatalogProduct> &catalogProducts();
const QList<CatalogMerchant> &catalogMerchants();

// Indices into catalogProducts() / catalogMerchants().
QList<int> productsOfTypes(const QList<ProductType> &types);
QList<int> merchantsSelling(ProductType type);

QString yuan(qint64 cents); // "98.50"

} // namespace wd::seed
