#include "ui/report/graphml_export.h"

#include "ui/map/capability_card.h"
#include "ui/map/dependency_arrow.h"
#include "ui/map/map_scene.h"
#include "ui/report/report_scenes.h"
#include "ui/text/qt_text.h"

#include "core/io/atomic_file.h"

#include <QObject>
#include <QStringList>
#include <QXmlStreamWriter>

#include <utility>

namespace waveplan::ui::report {

namespace {

const QString kGraphmlNs = QStringLiteral("http://graphml.graphdrawing.org/xmlns");
const QString kYNs = QStringLiteral("http://www.yworks.com/xml/graphml");

// The key ids yEd itself uses for node and edge graphics, and ours for the data.
const QString kNameKey = QStringLiteral("d0");
const QString kKindKey = QStringLiteral("d1");
const QString kWaveKey = QStringLiteral("d2");
const QString kTeamsKey = QStringLiteral("d3");
const QString kLagKey = QStringLiteral("d4");
const QString kNodeGraphicsKey = QStringLiteral("d6");
const QString kResourcesKey = QStringLiteral("d7");
const QString kEdgeGraphicsKey = QStringLiteral("d10");

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

void writeKey(QXmlStreamWriter &xml, const QString &id, const QString &owner, const QString &name, const QString &type)
{
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("for"), owner);
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("attr.name"), name);
    xml.writeAttribute(QStringLiteral("attr.type"), type);
}

void writeGraphicsKey(QXmlStreamWriter &xml, const QString &id, const QString &owner, const QString &type)
{
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("for"), owner);
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("yfiles.type"), type);
}

void writeKeys(QXmlStreamWriter &xml)
{
    writeKey(xml, kNameKey, QStringLiteral("node"), QStringLiteral("name"), QStringLiteral("string"));
    writeKey(xml, kKindKey, QStringLiteral("node"), QStringLiteral("kind"), QStringLiteral("string"));
    writeKey(xml, kWaveKey, QStringLiteral("node"), QStringLiteral("wave"), QStringLiteral("int"));
    writeKey(xml, kTeamsKey, QStringLiteral("node"), QStringLiteral("teams"), QStringLiteral("string"));
    writeKey(xml, kLagKey, QStringLiteral("edge"), QStringLiteral("lag_days"), QStringLiteral("int"));
    writeGraphicsKey(xml, kNodeGraphicsKey, QStringLiteral("node"), QStringLiteral("nodegraphics"));
    writeGraphicsKey(xml, kResourcesKey, QStringLiteral("graphml"), QStringLiteral("resources"));
    writeGraphicsKey(xml, kEdgeGraphicsKey, QStringLiteral("edge"), QStringLiteral("edgegraphics"));
}

void writeData(QXmlStreamWriter &xml, const QString &key, const QString &value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), key);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

QString teamsOf(const Capability &capability)
{
    QStringList teams;
    for (const TeamDemand &demand : capability.demand)
        teams << qs(demand.team);
    return teams.join(QStringLiteral(", "));
}

/// A y:ShapeNode: the card's rectangle, filled and outlined as the map draws the kind (square
/// and solid for foundational, rounded and dashed for additive), the key as its label.
void writeShapeNode(QXmlStreamWriter &xml, const map::CapabilityCard &card, const map::MapColors &colors)
{
    const bool foundational = card.kind() == CapabilityKind::Foundational;
    const QRectF rect = card.sceneCardRect();
    xml.writeStartElement(kYNs, QStringLiteral("ShapeNode"));
    xml.writeEmptyElement(kYNs, QStringLiteral("Geometry"));
    xml.writeAttribute(QStringLiteral("x"), number(rect.x()));
    xml.writeAttribute(QStringLiteral("y"), number(rect.y()));
    xml.writeAttribute(QStringLiteral("width"), number(rect.width()));
    xml.writeAttribute(QStringLiteral("height"), number(rect.height()));
    xml.writeEmptyElement(kYNs, QStringLiteral("Fill"));
    xml.writeAttribute(QStringLiteral("color"),
                       (foundational ? colors.foundationalFill : colors.additiveFill).name(QColor::HexRgb).toUpper());
    xml.writeAttribute(QStringLiteral("transparent"), QStringLiteral("false"));
    xml.writeEmptyElement(kYNs, QStringLiteral("BorderStyle"));
    xml.writeAttribute(QStringLiteral("color"),
                       (foundational ? colors.foundationalAccent : colors.outline).name(QColor::HexRgb).toUpper());
    xml.writeAttribute(QStringLiteral("type"), foundational ? QStringLiteral("line") : QStringLiteral("dashed"));
    xml.writeAttribute(QStringLiteral("width"), card.criticalPathMarked() ? QStringLiteral("3.0") : QStringLiteral("1.5"));
    xml.writeStartElement(kYNs, QStringLiteral("NodeLabel"));
    xml.writeAttribute(QStringLiteral("alignment"), QStringLiteral("center"));
    xml.writeAttribute(QStringLiteral("fontSize"), QStringLiteral("14"));
    xml.writeAttribute(QStringLiteral("fontStyle"), QStringLiteral("bold"));
    xml.writeAttribute(QStringLiteral("modelName"), QStringLiteral("internal"));
    xml.writeAttribute(QStringLiteral("modelPosition"), QStringLiteral("c"));
    xml.writeAttribute(QStringLiteral("textColor"), colors.text.name(QColor::HexRgb).toUpper());
    xml.writeCharacters(card.key());
    xml.writeEndElement(); // NodeLabel
    xml.writeEmptyElement(kYNs, QStringLiteral("Shape"));
    xml.writeAttribute(QStringLiteral("type"), foundational ? QStringLiteral("rectangle") : QStringLiteral("roundrectangle"));
    xml.writeEndElement(); // ShapeNode
}

void writeNode(QXmlStreamWriter &xml, const Capability &capability, const map::CapabilityCard &card,
               const map::MapColors &colors)
{
    xml.writeStartElement(QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("id"), card.key());
    writeData(xml, kNameKey, qs(capability.name));
    writeData(xml, kKindKey, qs(std::string(toString(capability.kind))));
    writeData(xml, kWaveKey, QString::number(card.wave()));
    writeData(xml, kTeamsKey, teamsOf(capability));
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), kNodeGraphicsKey);
    writeShapeNode(xml, card, colors);
    xml.writeEndElement(); // data
    xml.writeEndElement(); // node
}

/// A y:PolyLineEdge through the arrow's route: its ends as offsets from the cards' centres (as
/// yEd keeps ports), the points between as bends.
void writePolyLineEdge(QXmlStreamWriter &xml, const map::DependencyArrow &arrow, const map::MapColors &colors)
{
    const QPolygonF &route = arrow.route();
    xml.writeStartElement(kYNs, QStringLiteral("PolyLineEdge"));
    xml.writeStartElement(kYNs, QStringLiteral("Path"));
    if (route.size() >= 2) {
        const QPointF source = route.front() - arrow.predecessor()->sceneCardRect().center();
        const QPointF target = route.back() - arrow.successor()->sceneCardRect().center();
        xml.writeAttribute(QStringLiteral("sx"), number(source.x()));
        xml.writeAttribute(QStringLiteral("sy"), number(source.y()));
        xml.writeAttribute(QStringLiteral("tx"), number(target.x()));
        xml.writeAttribute(QStringLiteral("ty"), number(target.y()));
        for (qsizetype i = 1; i + 1 < route.size(); ++i) {
            xml.writeEmptyElement(kYNs, QStringLiteral("Point"));
            xml.writeAttribute(QStringLiteral("x"), number(route[i].x()));
            xml.writeAttribute(QStringLiteral("y"), number(route[i].y()));
        }
    }
    xml.writeEndElement(); // Path
    const bool critical = arrow.criticalPathMarked();
    xml.writeEmptyElement(kYNs, QStringLiteral("LineStyle"));
    xml.writeAttribute(QStringLiteral("color"), (critical ? colors.criticalPath : colors.arrow).name(QColor::HexRgb).toUpper());
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("line"));
    xml.writeAttribute(QStringLiteral("width"), critical ? QStringLiteral("3.0") : QStringLiteral("1.5"));
    xml.writeEmptyElement(kYNs, QStringLiteral("Arrows"));
    xml.writeAttribute(QStringLiteral("source"), QStringLiteral("none"));
    xml.writeAttribute(QStringLiteral("target"), QStringLiteral("standard"));
    if (arrow.lag() > 0) {
        xml.writeStartElement(kYNs, QStringLiteral("EdgeLabel"));
        xml.writeAttribute(QStringLiteral("alignment"), QStringLiteral("center"));
        xml.writeAttribute(QStringLiteral("modelName"), QStringLiteral("centered"));
        xml.writeAttribute(QStringLiteral("modelPosition"), QStringLiteral("center"));
        xml.writeAttribute(QStringLiteral("textColor"), colors.text.name(QColor::HexRgb).toUpper());
        xml.writeCharacters(QObject::tr("+%1 d lag").arg(arrow.lag()));
        xml.writeEndElement(); // EdgeLabel
    }
    xml.writeEmptyElement(kYNs, QStringLiteral("BendStyle"));
    xml.writeAttribute(QStringLiteral("smoothed"), QStringLiteral("true"));
    xml.writeEndElement(); // PolyLineEdge
}

void writeEdge(QXmlStreamWriter &xml, int index, const Dependency &dependency, const map::DependencyArrow &arrow,
               const map::MapColors &colors)
{
    xml.writeStartElement(QStringLiteral("edge"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(index));
    xml.writeAttribute(QStringLiteral("source"), qs(dependency.predecessor));
    xml.writeAttribute(QStringLiteral("target"), qs(dependency.successor));
    writeData(xml, kLagKey, QString::number(dependency.lagDays));
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), kEdgeGraphicsKey);
    writePolyLineEdge(xml, arrow, colors);
    xml.writeEndElement(); // data
    xml.writeEndElement(); // edge
}

} // namespace

QByteArray mapGraphml(const Plan &plan, const map::MapScene &scene)
{
    const map::MapColors &colors = scene.mapStyle().colors;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kGraphmlNs);
    xml.writeNamespace(kYNs, QStringLiteral("y"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeNamespace(QStringLiteral("http://www.yworks.com/xml/yed/3"), QStringLiteral("yed"));
    xml.writeStartElement(kGraphmlNs, QStringLiteral("graphml"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"));
    writeKeys(xml);
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("G"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    for (const Capability &capability : plan.capabilities)
        if (const map::CapabilityCard *card = scene.card(qs(capability.key)))
            writeNode(xml, capability, *card, colors);
    int index = 0;
    for (const Dependency &dependency : plan.dependencies)
        if (const map::DependencyArrow *arrow = scene.arrow(qs(dependency.predecessor), qs(dependency.successor)))
            writeEdge(xml, index++, dependency, *arrow, colors);
    xml.writeEndElement(); // graph
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), kResourcesKey);
    xml.writeEmptyElement(kYNs, QStringLiteral("Resources"));
    xml.writeEndElement(); // data
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return bytes;
}

Status writeGraphmlFile(const Plan &plan, std::int64_t budgetSchedules, const std::filesystem::path &path,
                        bool overwrite, const ScheduleReference &shown)
{
    if (Status drawable = drawablePlan(plan, path); !drawable)
        return drawable;
    Schedule schedule = reportSchedule(plan, budgetSchedules, shown);
    if (Status drawable = drawableSchedule(plan, schedule, path); !drawable)
        return drawable;
    const ReportScenes scenes(plan, std::move(schedule), false);
    const QByteArray bytes = mapGraphml(scenes.plan(), *scenes.mapScene());
    return writeFileAtomically(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                               overwrite);
}

} // namespace waveplan::ui::report
