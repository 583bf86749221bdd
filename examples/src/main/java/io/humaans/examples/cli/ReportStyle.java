package io.humaans.examples.cli;

/**
 * The style sheet {@link ReportHtml} inlines: system fonts only, one colour per status (FAIL red,
 * INCOMPLETE amber, WAIVED violet, PASS green, the others grey), print-friendly.
 */
final class ReportStyle {
  private ReportStyle() {}

  static final String CSS =
      """
      :root { --fail: #c0392b; --fail-bg: #fdecea; --incomplete: #a15c00;
        --incomplete-bg: #fff4e0; --waived: #6b4fbb; --waived-bg: #f0ecfb; --pass: #1e7b45;
        --pass-bg: #e6f4ec; --muted: #5f6b7a; --line: #dfe3e8; --ink: #1d2733;
        --accent: #2f6fb0; --accent-light: #a9c8e8; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #f5f7fa; color: var(--ink);
        font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
        sans-serif; }
      main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 40px; }
      h1 { font-size: 26px; margin: 0 0 4px; }
      h2 { font-size: 18px; margin: 0 0 12px; }
      h3 { font-size: 14px; margin: 18px 0 6px; }
      h3 .title { font-weight: normal; color: var(--muted); margin-left: 6px; }
      section { background: #fff; border: 1px solid var(--line); border-radius: 8px;
        padding: 18px 20px; margin: 18px 0; }
      .meta { color: var(--muted); margin: 0; }
      .warning { background: var(--incomplete-bg); border-color: #f0c98a; }
      .tiles { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 14px; }
      .tile { flex: 1 1 140px; border-radius: 8px; padding: 10px 14px; border: 1px solid; }
      .tile .n { font-size: 28px; font-weight: 700; display: block; line-height: 1.1; }
      .tile.FAIL, .tile.NEW { background: var(--fail-bg); border-color: #f3b8b0;
        color: var(--fail); }
      .tile.INCOMPLETE { background: var(--incomplete-bg); border-color: #f0c98a;
        color: var(--incomplete); }
      .tile.PASS, .tile.RESOLVED { background: var(--pass-bg); border-color: #a8d8bb;
        color: var(--pass); }
      .tile.WAIVED { background: var(--waived-bg); border-color: #cbbdf0; color: var(--waived); }
      .tile.NOT_APPLICABLE { background: #eef0f3; border-color: #cfd5dc; color: var(--muted); }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line);
        vertical-align: baseline; }
      table.seats { width: auto; min-width: 640px; }
      table.seats th, table.seats td { padding-right: 28px; }
      th { font-size: 12px; text-transform: uppercase; letter-spacing: .03em;
        color: var(--muted); font-weight: 600; }
      table.results { table-layout: fixed; }
      table.results .c-change { width: 110px; }
      table.results .c-subject { width: 42%; }
      table.results .c-reason { width: 230px; }
      table.results .c-since { width: 110px; }
      table.results td { overflow-wrap: anywhere; }
      .id { display: block; }
      td.num.FAIL { color: var(--fail); font-weight: 700; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      code, .id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
        font-size: 12px; }
      .id { color: var(--muted); }
      .badge { display: inline-block; min-width: 84px; text-align: center; font-size: 11px;
        font-weight: 700; letter-spacing: .04em; padding: 2px 8px; border-radius: 10px;
        color: #fff; background: #8a94a3; }
      .badge.FAIL, .badge.NEW { background: var(--fail); }
      .badge.INCOMPLETE { background: var(--incomplete); }
      .badge.WAIVED { background: var(--waived); }
      .badge.PASS, .badge.RESOLVED { background: var(--pass); }
      .badge.UNCHANGED { background: #8a94a3; }
      .counts span { margin-right: 10px; white-space: nowrap; }
      .counts .FAIL { color: var(--fail); font-weight: 600; }
      .counts .INCOMPLETE { color: var(--incomplete); font-weight: 600; }
      .counts .WAIVED { color: var(--waived); }
      .counts .PASS { color: var(--pass); }
      .reason { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px;
        white-space: nowrap; }
      .detail { color: var(--muted); }
      .trends { display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr));
        gap: 16px; }
      figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
      figcaption { margin-bottom: 6px; }
      figcaption b { font-size: 15px; }
      .chart { display: block; width: 100%; height: auto; }
      .chart .grid { stroke: #edf0f3; }
      .chart .axis { stroke: #9aa5b1; }
      .chart .bar { fill: var(--accent-light); }
      .chart .bar.current { fill: var(--accent); }
      .chart .assigned { fill: none; stroke: var(--waived); stroke-width: 2;
        stroke-dasharray: 5 4; }
      .chart text { font-size: 11px; fill: var(--muted); }
      .chart .value { fill: var(--ink); font-weight: 600; paint-order: stroke;
        stroke: #fff; stroke-width: 3px; }
      .up { color: var(--pass); font-weight: 600; }
      .down { color: var(--fail); font-weight: 600; }
      footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 24px; }
      @media print { body { background: #fff; } section { break-inside: avoid; } }
      """;
}
