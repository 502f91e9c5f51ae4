#include "ui/inspector/advice_text.h"

#include "ui/text/qt_text.h"

namespace waveplan::ui {

namespace {

const QString kScheme = QStringLiteral("capability:");

/// Characters a key may hold (see isValidKey): a key only counts as a word between others.
bool isKeyChar(QChar ch)
{
    return ch.isLetterOrNumber() || ch == QLatin1Char('_') || ch == QLatin1Char('-') || ch == QLatin1Char('.');
}

} // namespace

QString capabilityLink(const QString &key)
{
    return kScheme + key;
}

std::optional<QString> keyOfLink(const QString &link)
{
    if (!link.startsWith(kScheme) || link.size() == kScheme.size())
        return std::nullopt;
    return link.mid(kScheme.size());
}

QString linkKeys(const std::string &sentence, const std::vector<std::string> &keys)
{
    const QString text = qs(sentence);
    QString html;
    qsizetype plainFrom = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        // The longest key starting here that is a whole word ("CDP" is not linked inside "CDP2").
        QString match;
        if (at == 0 || !isKeyChar(text[at - 1]))
            for (const std::string &k : keys) {
                const QString key = qs(k);
                const qsizetype end = at + key.size();
                if (key.size() > match.size() && text.mid(at, key.size()) == key &&
                    (end >= text.size() || !isKeyChar(text[end]) ||
                     (text[end] == QLatin1Char('.') && (end + 1 >= text.size() || text[end + 1].isSpace()))))
                    match = key;
            }
        if (match.isEmpty()) {
            ++at;
            continue;
        }
        html += text.mid(plainFrom, at - plainFrom).toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%2</a>").arg(capabilityLink(match).toHtmlEscaped(), match.toHtmlEscaped());
        at += match.size();
        plainFrom = at;
    }
    html += text.mid(plainFrom).toHtmlEscaped();
    return html;
}

QString adviceHtml(const std::vector<Advice> &advice)
{
    if (advice.empty())
        return {};
    // Paragraphs with a bullet rather than a list: a list's indent is too wide for a dock.
    QString html;
    for (const Advice &a : advice)
        html += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 6px;\">• ") + linkKeys(a.sentence, a.keys) +
                QStringLiteral("</p>");
    return html;
}

} // namespace waveplan::ui
