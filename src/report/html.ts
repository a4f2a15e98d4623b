import * as echarts from 'echarts';
import { headlines } from '../policy/phrases';
import type { Verdict } from '../policy/rule';
import { LOW_CONFIDENCE, type MissKind } from '../records/unanswered';
import type { Figures } from './figures';

/** Colours that stay apart for the common kinds of colour blindness (Okabe–Ito), one per verdict and per kind. */
const verdictColours: Record<Verdict, string> = {
  yes: '#009E73',
  no: '#D55E00',
  depends: '#E69F00',
  applies: '#0072B2',
  'not-covered': '#999999'
};
const kindColours: Record<MissKind, string> = {
  'not-covered': '#999999',
  'did-you-mean': '#56B4E9',
  'low-confidence': '#E69F00',
  'not-helpful': '#D55E00'
};
const kindNames: Record<MissKind, string> = {
  'not-covered': 'Not covered',
  'did-you-mean': '“Did you mean…?”',
  'low-confidence': 'Low confidence',
  'not-helpful': '“Not helpful”'
};
const HELPFUL_COLOUR = '#009E73';
const NOT_HELPFUL_COLOUR = '#D55E00';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A chart as static SVG: ECharts' server-side renderer, no DOM, no script in the page. */
function svgChart(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

function perDayChart(figures: Figures): string {
  const days = figures.answered.perDay;
  return svgChart(
    {
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 48 },
      xAxis: { type: 'category', data: days.map((day) => day.day.slice(5)), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: (Object.keys(verdictColours) as Verdict[]).map((verdict) => ({
        type: 'bar' as const,
        stack: 'verdict',
        name: headlines[verdict].en.split(':')[0] ?? verdict,
        color: verdictColours[verdict],
        data: days.map((day) => day.byVerdict[verdict])
      }))
    },
    880,
    320
  );
}

/** The label column holds about this many characters; the tables below the charts show labels in full. */
const LABEL_CHARACTERS = 44;

function shortLabel(label: string): string {
  return label.length <= LABEL_CHARACTERS ? label : `${label.slice(0, LABEL_CHARACTERS - 1)}…`;
}

function horizontalBars(labels: string[], series: Array<{ name: string; colour: string; values: number[] }>, width: number): string {
  const height = Math.max(140, 60 + labels.length * 30);
  return svgChart(
    {
      legend: { top: 0 },
      // A fixed label column: the server-side renderer cannot measure text, so it cannot size one to fit.
      grid: { left: 300, right: 24, top: 36, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: labels.map(shortLabel), inverse: true },
      series: series.map((each) => ({
        type: 'bar' as const,
        stack: 'total',
        name: each.name,
        color: each.colour,
        data: each.values,
        label: { show: true, formatter: (params: { value: unknown }) => (Number(params.value) > 0 ? String(params.value) : '') }
      }))
    },
    width,
    height
  );
}

function perRuleChart(figures: Figures): string {
  const rules = figures.feedback.perRule;
  return horizontalBars(
    rules.map((rule) => rule.title),
    [
      { name: 'Helpful', colour: HELPFUL_COLOUR, values: rules.map((rule) => rule.helpful) },
      { name: 'Not helpful', colour: NOT_HELPFUL_COLOUR, values: rules.map((rule) => rule.notHelpful) }
    ],
    880
  );
}

/** The ten most frequent readings; the table below lists them all. */
const CHARTED_GROUPS = 10;

function unansweredChart(figures: Figures): string {
  const groups = figures.unanswered.groups.slice(0, CHARTED_GROUPS);
  return horizontalBars(
    groups.map((group) => group.readAs),
    (Object.keys(kindColours) as MissKind[]).map((kind) => ({
      name: kindNames[kind],
      colour: kindColours[kind],
      values: groups.map((group) => group.byKind[kind])
    })),
    880
  );
}

function age(hours: number): string {
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`;
}

function pendingChart(figures: Figures): string {
  const buckets: Array<[string, (hours: number) => boolean]> = [
    ['under a day', (hours) => hours < 24],
    ['1–3 days', (hours) => hours >= 24 && hours < 72],
    ['3–7 days', (hours) => hours >= 72 && hours < 168],
    ['over a week', (hours) => hours >= 168]
  ];
  const pending = figures.experts.pending;
  return horizontalBars(
    buckets.map(([label]) => label),
    [
      { name: 'Open', colour: '#56B4E9', values: buckets.map(([, test]) => pending.filter((each) => each.status === 'open' && test(each.ageHours)).length) },
      { name: 'Taken', colour: '#E69F00', values: buckets.map(([, test]) => pending.filter((each) => each.status === 'taken' && test(each.ageHours)).length) }
    ],
    880
  );
}

function figure(id: string, value: number, label: string): string {
  return `<div class="figure"><span class="value" data-figure="${id}">${value}</span><span class="label">${escape(label)}</span></div>`;
}

const STYLE = `
  :root { color-scheme: light; }
  body { font-family: ${FONT}; margin: 0; color: #1b1b1b; background: #f5f5f5; }
  main { max-width: 940px; margin: 0 auto; padding: 24px 20px 48px; }
  h1 { font-size: 1.6rem; margin: 0 0 4px; }
  h2 { font-size: 1.2rem; margin: 36px 0 4px; }
  p.lead, p.note { color: #4a4a4a; margin: 4px 0 12px; }
  .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 20px 0; }
  .figure { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 12px 14px; }
  .figure .value { display: block; font-size: 1.8rem; font-weight: 700; }
  .figure .label { color: #4a4a4a; font-size: .9rem; }
  .chart { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 8px; overflow-x: auto; }
  .chart svg { display: block; max-width: 100%; height: auto; }
  table { width: 100%; border-collapse: collapse; background: #fff; margin-top: 12px; font-size: .92rem; }
  th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
  th { background: #fafafa; }
  td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
  ul.examples { margin: 0; padding-left: 18px; color: #333; }
  .empty { color: #4a4a4a; font-style: italic; }
  footer { margin-top: 40px; color: #4a4a4a; font-size: .85rem; }
`;

/** The whole report as one HTML page: inline style and inline SVG, no script, nothing fetched. */
export function renderReportHtml(figures: Figures, source: string): string {
  const { answered, feedback, unanswered, experts, period } = figures;
  const rows = (cells: string[][]) => cells.map((cell) => `<tr>${cell.join('')}</tr>`).join('\n');
  const text = (value: string) => `<td>${escape(value)}</td>`;
  const number = (value: number) => `<td class="number">${value}</td>`;

  const perRuleTable = feedback.perRule.length
    ? `<table data-table="feedback-per-rule"><thead><tr><th>Rule</th><th class="number">Helpful</th><th class="number">Not helpful</th></tr></thead><tbody>
${rows(feedback.perRule.map((rule) => [`<td>${escape(rule.title)} <code>${escape(rule.rule)}</code></td>`, number(rule.helpful), number(rule.notHelpful)]))}
</tbody></table>`
    : '<p class="empty">No feedback in this period.</p>';

  const groupsTable = unanswered.groups.length
    ? `<table data-table="unanswered-groups"><thead><tr><th>Read as</th><th class="number">Questions</th>${(Object.keys(kindNames) as MissKind[])
        .map((kind) => `<th class="number">${escape(kindNames[kind])}</th>`)
        .join('')}<th>Latest questions</th></tr></thead><tbody>
${rows(
  unanswered.groups.map((group) => [
    text(group.readAs),
    number(group.count),
    ...(Object.keys(kindNames) as MissKind[]).map((kind) => number(group.byKind[kind])),
    `<td><ul class="examples">${group.examples.map((example) => `<li>${escape(example)}</li>`).join('')}</ul></td>`
  ])
)}
</tbody></table>`
    : '<p class="empty">Nothing unanswered in this period.</p>';

  const pendingTable = experts.pending.length
    ? `<table data-table="expert-pending"><thead><tr><th>Question</th><th>Status</th><th>Asked</th><th class="number">Waiting</th></tr></thead><tbody>
${rows(experts.pending.map((each) => [text(each.question), text(each.status), text(each.askedAt.slice(0, 16).replace('T', ' ') + ' UTC'), `<td class="number">${age(each.ageHours)}</td>`]))}
</tbody></table>`
    : '<p class="empty">No question is waiting for the experts.</p>';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CSP comms bot: report ${escape(period.from)} to ${escape(period.to)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>What partners asked, and what the bot could not answer</h1>
<p class="lead">${escape(period.from)} to ${escape(period.to)} (${period.days} days, UTC) · from ${escape(source)} · made ${escape(figures.generatedAt.slice(0, 16).replace('T', ' '))} UTC. No user names or ids: the store keeps users only as salted hashes, and this page shows none.</p>
<section class="figures">
${figure('answered-total', answered.total, 'questions answered')}
${figure('unanswered-total', unanswered.total, 'could not be answered well')}
${figure('helpful', feedback.helpful, '“Helpful” clicks')}
${figure('not-helpful', feedback.notHelpful, '“Not helpful” clicks')}
${figure('experts-asked', experts.asked, 'sent to the experts')}
${figure('experts-pending', experts.pending.length, 'waiting for the experts')}
</section>

<h2>Questions per day, by verdict</h2>
<p class="note">Every question the bot answered, counted per day; the counts hold no question and no user.</p>
<div class="chart" id="chart-per-day">${perDayChart(figures)}</div>

<h2>Helpful and not helpful, per rule</h2>
<p class="note">Each click counts for every rule the judged answer quoted.</p>
${feedback.perRule.length ? `<div class="chart" id="chart-per-rule">${perRuleChart(figures)}</div>` : ''}
${perRuleTable}

<h2>Unanswered and not-helpful questions, by what they were read as</h2>
<p class="note">Not covered, “did you mean…?”, answers below ${Math.round(LOW_CONFIDENCE * 100)} % confidence, and answers someone found not helpful, grouped by the facts the bot read in them; most frequent first. Where a group is large, the policy page or the bot's understanding may have a gap.</p>
${unanswered.groups.length ? `<div class="chart" id="chart-unanswered">${unansweredChart(figures)}</div>` : ''}
${groupsTable}

<h2>Questions waiting for the experts</h2>
<p class="note">In this period ${experts.asked} were sent to the experts, ${experts.answered} answered and ${experts.closed} closed without an answer. Every question still waiting is listed, however old.</p>
${experts.pending.length ? `<div class="chart" id="chart-pending">${pendingChart(figures)}</div>` : ''}
${pendingTable}
${figures.unreadable > 0 ? `<p class="note">${figures.unreadable} stored records could not be read and are not counted.</p>` : ''}
<footer>Made by <code>npm run report</code> of csp-comms-bot. Charts: Apache ECharts, rendered to SVG when the page was made.</footer>
</main>
</body>
</html>
`;
}
