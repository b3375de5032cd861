/// The page's style sheet: readable on screen, A4 in print (sections kept whole where they
/// fit), levels marked by a border and a word as well as a colour.
enum ReportStyle {
    static let css = """
        @page { size: A4; margin: 15mm; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #111827; max-width: 180mm; margin: 0 auto; padding: 8mm; }
        h1 { font-size: 18pt; margin: 0 0 4pt; }
        h2 { font-size: 14pt; border-bottom: 1px solid #9ca3af; padding-bottom: 2pt; margin-top: 14pt; }
        h3 { font-size: 12pt; margin: 10pt 0 4pt; }
        section { break-inside: auto; }
        section.member, figure, tr { break-inside: avoid; }
        .level { border: 3px solid #6b7280; padding: 6pt 10pt; }
        .level-high, .level-acute { border: 6px double #991b1b; }
        .level-elevated { border: 4px solid #b45309; }
        .levels strong { font-size: 13pt; }
        .possible { text-decoration: underline; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
        th, td { border: 1px solid #d1d5db; padding: 3pt 5pt; text-align: left; vertical-align: top; }
        thead th { background: #f3f4f6; }
        td.num { text-align: right; white-space: nowrap; }
        td.lvl { font-weight: bold; white-space: nowrap; }
        .source, .note, .details { font-size: 9pt; color: #374151; }
        figure { margin: 0; }
        figcaption { font-size: 9pt; }
        svg text { font-family: inherit; }
        svg .tick { font-size: 8px; fill: #374151; }
        svg .band { font-size: 8px; fill: #7f1d1d; }
        svg .value { font-size: 10px; font-weight: bold; fill: #1e3a8a; }
        """
}
