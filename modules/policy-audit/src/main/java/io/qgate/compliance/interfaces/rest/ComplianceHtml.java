package io.qgate.compliance.interfaces.rest;

import io.qgate.compliance.application.ComplianceReport;
import java.util.Map;

/** The compliance report as a self-contained, printable HTML page (no scripts, inline CSS). */
final class ComplianceHtml {

  private ComplianceHtml() {}

  static String render(ComplianceReport r) {
    StringBuilder html = new StringBuilder(8_192);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>qgate compliance report – ")
        .append(e(r.tenant().name()))
        .append("</title>")
        .append("<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#111}")
        .append("table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}")
        .append("th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}")
        .append(
            "th{background:#eee}.bad{color:#a00;font-weight:bold}.ok{color:#060;font-weight:bold}")
        .append("@media print{body{margin:0}}</style></head><body>");
    html.append("<h1>Compliance report: ")
        .append(e(r.tenant().name()))
        .append("</h1>")
        .append("<p>Period ")
        .append(e(r.from().toString()))
        .append(" to ")
        .append(e(r.to().toString()))
        .append("; generated ")
        .append(e(r.generatedAt().toString()))
        .append(".</p>");
    html.append("<h2>Audit trail</h2><p class=\"")
        .append(r.trail().intact() ? "ok" : "bad")
        .append("\">")
        .append(e(r.trail().summary()))
        .append("</p>");
    html.append(
        "<h2>Policies in force</h2><table><tr><th>Domain</th><th>Version</th><th>Since</th><th>By</th><th>Rules</th></tr>");
    for (var p : r.policies()) {
      html.append("<tr><td>")
          .append(e(p.domain()))
          .append("</td><td>")
          .append(p.version())
          .append("</td><td>")
          .append(e(p.since().toString()))
          .append("</td><td>")
          .append(e(p.changedBy()))
          .append("</td><td>")
          .append(rules(p.rules()))
          .append("</td></tr>");
    }
    html.append("</table><h2>Violations (devices out of policy now)</h2>");
    table(
        html,
        r.violations().isEmpty(),
        "None.",
        "<tr><th>Device</th><th>Domain</th><th>Problem</th></tr>");
    for (var v : r.violations()) {
      html.append("<tr><td>")
          .append(e(v.deviceId()))
          .append("</td><td>")
          .append(e(v.domain()))
          .append("</td><td>")
          .append(e(v.problem()))
          .append("</td></tr>");
    }
    html.append("</table><h2>Denials: ").append(r.denials()).append("</h2>");
    table(html, r.denialsByRule().isEmpty(), "None.", "<tr><th>Rule</th><th>Denials</th></tr>");
    r.denialsByRule()
        .forEach(
            (rule, n) ->
                html.append("<tr><td>")
                    .append(e(rule))
                    .append("</td><td>")
                    .append(n)
                    .append("</td></tr>"));
    html.append("</table>");
    table(
        html,
        r.recentDenials().isEmpty(),
        "",
        "<tr><th>Row</th><th>When</th><th>Point</th><th>Actor</th><th>Subject</th><th>Rule</th><th>Reason</th></tr>");
    for (var d : r.recentDenials()) {
      html.append("<tr><td>")
          .append(d.seq())
          .append("</td><td>")
          .append(e(d.at().toString()))
          .append("</td><td>")
          .append(e(d.point()))
          .append("</td><td>")
          .append(e(d.actor()))
          .append("</td><td>")
          .append(e(d.subject()))
          .append("</td><td>")
          .append(e(d.rule()))
          .append("</td><td>")
          .append(e(d.reason()))
          .append("</td></tr>");
    }
    html.append("</table><h2>Certifications expiring within 30 days</h2>");
    table(
        html,
        r.expiringCertifications().isEmpty(),
        "None.",
        "<tr><th>Device</th><th>Scheme</th><th>Level</th><th>Valid to</th><th>Days left</th></tr>");
    for (var c : r.expiringCertifications()) {
      html.append("<tr><td>")
          .append(e(c.deviceId()))
          .append("</td><td>")
          .append(e(c.scheme()))
          .append("</td><td>")
          .append(c.level())
          .append("</td><td>")
          .append(e(c.validTo().toString()))
          .append("</td><td>")
          .append(c.daysLeft())
          .append("</td></tr>");
    }
    html.append("</table><h2>Keys issued by class</h2>");
    table(html, r.keysByClass().isEmpty(), "None.", "<tr><th>Class</th><th>Keys</th></tr>");
    r.keysByClass()
        .forEach(
            (k, n) ->
                html.append("<tr><td>")
                    .append(e(k))
                    .append("</td><td>")
                    .append(n)
                    .append("</td></tr>"));
    html.append("</table></body></html>\n");
    return html.toString();
  }

  /** Opens a table with its header row, or says {@code empty} when there is nothing to list. */
  private static void table(StringBuilder html, boolean isEmpty, String empty, String header) {
    html.append(isEmpty ? "<p>" + empty + "</p><table hidden>" : "<table>").append(header);
  }

  private static String rules(Map<String, Object> rules) {
    StringBuilder list = new StringBuilder();
    rules.forEach(
        (k, v) -> list.append(e(k)).append(": ").append(e(String.valueOf(v))).append("<br>"));
    return list.toString();
  }

  /** HTML-escapes text from the database (actors, reasons and subjects are caller input). */
  static String e(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
