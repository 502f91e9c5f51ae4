#pragma once
// Reads back what the GraphML export wrote, as yEd would: the keys declared, each node's data,
// geometry and label, each edge's ends, port offsets, bends, arrowhead and label.

#include <QByteArray>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>
#include <QXmlStreamReader>

namespace waveplan::test {

inline const QString kGraphmlNamespace = QStringLiteral("http://graphml.graphdrawing.org/xmlns");
inline const QString kYFilesNamespace = QStringLiteral("http://www.yworks.com/xml/graphml");

struct GraphmlNode {
    QString id;
    QMap<QString, QString> data; ///< by the attr.name of its key
    QRectF geometry;
    QString label;
    QString shape;
};

struct GraphmlEdge {
    QString source;
    QString target;
    QMap<QString, QString> data;
    QPointF sourcePort; ///< sx, sy: from the source node's centre
    QPointF targetPort; ///< tx, ty
    QVector<QPointF> bends;
    QString targetArrow;
    QString label;
};

struct GraphmlDocument {
    QString rootNamespace;             ///< of the root <graphml>
    QMap<QString, QString> yFilesKeys; ///< yfiles.type -> key id
    QMap<QString, QString> dataKeys;   ///< key id -> attr.name
    QVector<GraphmlNode> nodes;
    QVector<GraphmlEdge> edges;
    QString error; ///< empty when well-formed
};

inline double attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1String(name)).toDouble();
}

inline GraphmlDocument readGraphml(const QByteArray &bytes)
{
    GraphmlDocument doc;
    QXmlStreamReader xml(bytes);
    GraphmlNode *node = nullptr;
    GraphmlEdge *edge = nullptr;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        const bool y = xml.namespaceUri() == kYFilesNamespace;
        const auto attr = [&](const char *a) { return xml.attributes().value(QLatin1String(a)).toString(); };
        if (name == QStringLiteral("graphml")) {
            doc.rootNamespace = xml.namespaceUri().toString();
        } else if (!y && name == QStringLiteral("key")) {
            if (!attr("yfiles.type").isEmpty())
                doc.yFilesKeys[attr("yfiles.type")] = attr("id");
            else
                doc.dataKeys[attr("id")] = attr("attr.name");
        } else if (!y && name == QStringLiteral("node")) {
            doc.nodes.append({attr("id"), {}, {}, {}, {}});
            node = &doc.nodes.back();
            edge = nullptr;
        } else if (!y && name == QStringLiteral("edge")) {
            doc.edges.append({attr("source"), attr("target"), {}, {}, {}, {}, {}, {}});
            edge = &doc.edges.back();
            node = nullptr;
        } else if (!y && name == QStringLiteral("data") && doc.dataKeys.contains(attr("key"))) {
            const QString key = doc.dataKeys.value(attr("key"));
            const QString text = xml.readElementText();
            if (node)
                node->data[key] = text;
            else if (edge)
                edge->data[key] = text;
        } else if (y && node && name == QStringLiteral("Geometry")) {
            node->geometry = QRectF(attribute(xml, "x"), attribute(xml, "y"), attribute(xml, "width"), attribute(xml, "height"));
        } else if (y && node && name == QStringLiteral("NodeLabel")) {
            node->label = xml.readElementText();
        } else if (y && node && name == QStringLiteral("Shape")) {
            node->shape = attr("type");
        } else if (y && edge && name == QStringLiteral("Path")) {
            edge->sourcePort = QPointF(attribute(xml, "sx"), attribute(xml, "sy"));
            edge->targetPort = QPointF(attribute(xml, "tx"), attribute(xml, "ty"));
        } else if (y && edge && name == QStringLiteral("Point")) {
            edge->bends.append(QPointF(attribute(xml, "x"), attribute(xml, "y")));
        } else if (y && edge && name == QStringLiteral("Arrows")) {
            edge->targetArrow = attr("target");
        } else if (y && edge && name == QStringLiteral("EdgeLabel")) {
            edge->label = xml.readElementText();
        }
    }
    if (xml.hasError())
        doc.error = xml.errorString();
    return doc;
}

} // namespace waveplan::test
