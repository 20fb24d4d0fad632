// The Sources report as one HTML page for a webview: three SVG charts, each with a table
// alternative, a strict Content-Security-Policy, no script, and every article text escaped.
// No `vscode` import (the webview layer passes its cspSource and a nonce).
import { ReportModel, ROLE_GROUP_LABELS, ROLE_GROUPS, SHARES, AttributionShare } from './report-model';
import { barChart, clip, escapeHtml, stackedBar } from './svg-charts';
import { KIND_LABELS, KINDS, STATED_GROUPS, STATED_LABELS, StatedGroup } from './who-labels';
import type { WhoModel } from './who-model';

export interface ReportPageOptions {
  /** The webview's cspSource (style sheets it may load); empty in tests. */
  cspSource: string;
  /** A fresh random nonce for the page's one <style> element. */
  nonce: string;
}

const SHARE_LABELS: Record<AttributionShare, string> = {
  named: 'Named source',
  anonymous: 'Anonymous source',
  continuation: 'Continuation',
  unattributed: 'Unattributed',
};

/** The colour of each share (indices into the chart colour classes). */
const SHARE_COLOURS: Record<AttributionShare, number> = { named: 0, anonymous: 3, continuation: 1, unattributed: 4 };

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  const styles = [cspSource, `'nonce-${nonce}'`].filter(Boolean).join(' ');
  return `default-src 'none'; style-src ${styles}; script-src 'none'; img-src 'none'; font-src 'none'; frame-src 'none'; form-action 'none'`;
}

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 20px 24px; max-width: 1280px; }
main { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); column-gap: 40px; align-items: start; }
h1 { font-size: 1.5em; font-weight: 600; margin: 18px 0 4px; }
h2 { font-size: 1.15em; font-weight: 600; margin: 26px 0 8px; }
p.summary, p.note { color: var(--vscode-descriptionForeground); margin: 4px 0 10px; }
svg.chart { display: block; overflow: visible; max-width: 100%; height: auto; }
svg text { fill: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: 12px; }
svg text.value { fill: var(--vscode-descriptionForeground); }
rect.hit { fill: transparent; }
rect.empty { fill: var(--vscode-editorWidget-border, rgba(128,128,128,.3)); }
.c0 { fill: var(--vscode-charts-blue); }
.c1 { fill: var(--vscode-charts-green); }
.c2 { fill: var(--vscode-charts-purple); }
.c3 { fill: var(--vscode-charts-orange); }
.c4 { fill: var(--vscode-charts-red); }
.c5 { fill: var(--vscode-charts-yellow); }
g.datum:focus { outline: none; }
g.datum:focus rect.hit, g.datum:hover rect.hit { fill: var(--vscode-list-hoverBackground, rgba(128,128,128,.15)); }
g.datum:focus rect.bar { stroke: var(--vscode-focusBorder); stroke-width: 2px; }
details { margin: 8px 0 0; }
summary { cursor: pointer; color: var(--vscode-textLink-foreground); }
summary:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
table { border-collapse: collapse; margin: 8px 0; }
th, td { text-align: left; padding: 3px 12px 3px 0; border-bottom: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,.3)); vertical-align: top; }
td.n, th.n { text-align: right; }
td.quote { color: var(--vscode-descriptionForeground); max-width: 420px; }
`;

function table(caption: string, head: string[], rows: (string | number)[][], numeric: number[]): string {
  const cell = (tag: string, v: string | number, i: number) => `<${tag}${numeric.includes(i) ? ' class="n"' : i === head.length - 1 && tag === 'td' && head[i] === 'First quotation' ? ' class="quote"' : ''}>${escapeHtml(String(v))}</${tag}>`;
  return (
    `<details><summary>${escapeHtml(caption)}</summary><table><thead><tr>${head.map((h, i) => cell('th', h, i)).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((v, i) => cell('td', v, i)).join('')}</tr>`).join('')}</tbody></table></details>`
  );
}

const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : word === 'person' ? 'people' : `${word}s`}`;

/** Fact-checking progress: per article, its quotations by status and the share checked. */
function verificationSection(rows: NonNullable<ReportModel['verification']>): string {
  const total = rows.reduce((n, r) => n + r.counts.verified + r.counts['needs-check'] + r.counts.disputed + r.counts.unchecked, 0);
  const checked = rows.reduce((n, r) => n + r.counts.verified + r.counts.disputed, 0);
  return (
    `<section aria-labelledby="verification"><h2 id="verification">Verification progress</h2>` +
    `<p class="note">${escapeHtml(`${checked} of ${plural(total, 'quotation')} checked (verified or disputed). Marks are kept beside each article in <article>.sources.json.`)}</p>` +
    table(
      'Table: verification progress per article',
      ['Article', 'Verified', 'Needs check', 'Disputed', 'Not checked', 'Orphaned marks'],
      rows.map((r) => [r.file, r.counts.verified, r.counts['needs-check'], r.counts.disputed, r.counts.unchecked, r.counts.orphaned]),
      [1, 2, 3, 4, 5],
    ) +
    `</section>`
  );
}

const GENDER_COLOURS: Record<StatedGroup, number> = { female: 2, male: 0, unstated: 5 };
const percent = (n: number, of: number): string => (of ? `${Math.round((100 * n) / of)}%` : '—');

/** "Who is quoted": people (each once) and quotations by stated gender and by kind, then per article. */
function whoSection(who: WhoModel): string {
  const people = STATED_GROUPS.reduce((n, g) => n + who.gender.people[g], 0);
  const quotes = STATED_GROUPS.reduce((n, g) => n + who.gender.quotes[g], 0);
  const stated = who.gender.people.female + who.gender.people.male;
  const genderPart = who.genderShown
    ? `<p class="note">${escapeHtml(`People quoted, each counted once (${people})`)}</p>` +
      stackedBar(STATED_GROUPS.map((g) => ({ label: STATED_LABELS[g], value: who.gender.people[g], colour: GENDER_COLOURS[g] })), { title: 'People quoted by gender as the articles state it', width: 560 }) +
      `<p class="note">${escapeHtml(`Their quotations (${quotes})`)}</p>` +
      stackedBar(STATED_GROUPS.map((g) => ({ label: STATED_LABELS[g], value: who.gender.quotes[g], colour: GENDER_COLOURS[g] })), { title: 'Quotations by the gender of their speaker', width: 560 }) +
      `<p class="note">${escapeHtml(`Gender as the text states it (a pronoun, Mr./Mrs./Ms., a word such as “spokeswoman” or “his wife”), not a person's identity. ${stated} of ${plural(people, 'person')} quoted have a stated gender; women are ${percent(who.gender.people.female, stated)} of those. “Not stated”: the article states none, or states both.`)}</p>` +
      table('Table: people and quotations by gender', ['Gender', 'People', 'Share of people', 'Quotations', 'Share of quotations'],
        STATED_GROUPS.map((g) => [STATED_LABELS[g], who.gender.people[g], percent(who.gender.people[g], people), who.gender.quotes[g], percent(who.gender.quotes[g], quotes)]), [1, 2, 3, 4])
    : '<p class="note">Gender is turned off (setting newsAnnotator.gender.enabled).</p>';
  const kinds = KINDS.filter((k) => who.kind.people[k] > 0 || who.kind.quotes[k] > 0);
  const kindPart =
    barChart(kinds.map((k) => ({ label: KIND_LABELS[k], value: who.kind.quotes[k], colour: k === 'unknown' ? 5 : 1, description: `${KIND_LABELS[k]}: ${plural(who.kind.quotes[k], 'quotation')}, ${plural(who.kind.people[k], 'person')}` })), { title: 'Quotations by kind of source', width: 560, rowHeight: 24 }) +
    `<p class="note">${escapeHtml(`Kind of source from the roles the article states (“the mayor” is an official, “a professor” an expert); organisations, documents and unnamed sources are kinds of their own (${plural(who.notPeople, 'quotation')}).`)}</p>` +
    table('Table: people and quotations by kind of source', ['Kind of source', 'People', 'Quotations'], kinds.map((k) => [KIND_LABELS[k], who.kind.people[k], who.kind.quotes[k]]), [1, 2]);
  const perArticle = table(
    'Table: who is quoted, per article',
    ['Article', 'Women', 'Men', 'Not stated', 'Quotations by women', 'by men', 'not stated', 'Kinds of source (people)'],
    who.articles.map((a) => [
      a.file, a.gender.people.female, a.gender.people.male, a.gender.people.unstated, a.gender.quotes.female, a.gender.quotes.male, a.gender.quotes.unstated,
      KINDS.filter((k) => a.kind.people[k] > 0).map((k) => `${KIND_LABELS[k]} ${a.kind.people[k]}`).join(', '),
    ]),
    [1, 2, 3, 4, 5, 6],
  );
  return `<section aria-labelledby="who"><h2 id="who">Who is quoted</h2>${genderPart}${kindPart}${perArticle}</section>`;
}

/** The report page. Everything from articles (names, quotations, file names) is escaped. */
export function buildReportHtml(model: ReportModel, options: ReportPageOptions): string {
  const { nonce } = options;
  const sections: string[] = [];

  const speakerBars = model.speakers.map((s) => ({
    label: s.name,
    value: s.count,
    description: `${s.name}: ${plural(s.count, 'quotation')} in ${plural(s.files, 'article')}`,
  }));
  sections.push(
    `<section aria-labelledby="speakers"><h2 id="speakers">Quotations per speaker${model.speakerCount > model.speakers.length ? ` (top ${model.speakers.length} of ${model.speakerCount})` : ''}</h2>` +
      (speakerBars.length ? barChart(speakerBars, { title: 'Quotations per speaker', width: 560, rowHeight: 24 }) : '<p class="note">Nobody is quoted.</p>') +
      table(
        'Table: quotations per speaker',
        ['Speaker', 'Quotations', 'Articles', 'Kind of role', 'First quotation'],
        model.speakers.map((s) => [s.name, s.count, s.files, ROLE_GROUP_LABELS[s.group], clip(s.example, 140)]),
        [1, 2],
      ) +
      `</section>`,
  );

  sections.push(
    `<section aria-labelledby="shares"><h2 id="shares">How quotations are attributed</h2>` +
      stackedBar(
        SHARES.map((k) => ({ label: SHARE_LABELS[k], value: model.shares[k], colour: SHARE_COLOURS[k] })),
        { title: 'Share of named, anonymous, continuation and unattributed quotations', width: 560 },
      ) +
      `<p class="note">Named: a person, organisation or document is named as the source. Anonymous: an unnamed source (“a senior official”). Continuation: a quotation that carries on the previous speaker's. Unattributed: no source found.</p>` +
      table('Table: attribution', ['Attribution', 'Quotations'], SHARES.map((k) => [SHARE_LABELS[k], model.shares[k]]), [1]) +
      `</section>`,
  );

  const groups = ROLE_GROUPS.filter((g) => model.roleGroups[g] > 0 || g !== 'none');
  sections.push(
    `<section aria-labelledby="roles"><h2 id="roles">Quotations by kind of role</h2>` +
      barChart(
        groups.map((g) => ({ label: ROLE_GROUP_LABELS[g], value: model.roleGroups[g], colour: g === 'none' ? 5 : 2, description: `${ROLE_GROUP_LABELS[g]}: ${plural(model.roleGroups[g], 'quotation')}` })),
        { title: 'Quotations by kind of role of the speaker', width: 560, rowHeight: 24 },
      ) +
      `<p class="note">Roles are grouped by their head word, the last word before “of”, “for” or a comma: “the mayor of Riverton” is an official, “White House press secretary” a secretary, “Sen.” and “Rep.” lawmakers. Roles come from the quotation's article, or from other articles when it states none.</p>` +
      table('Table: kinds of role', ['Kind of role', 'Quotations'], groups.map((g) => [ROLE_GROUP_LABELS[g], model.roleGroups[g]]), [1]) +
      `</section>`,
  );

  sections.push(whoSection(model.who));
  if (model.verification) sections.push(verificationSection(model.verification));

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(model.title)}</title>
<style nonce="${escapeHtml(nonce)}">${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(model.title)}</h1>
<p class="summary">${escapeHtml(`${plural(model.files, 'article')}, ${plural(model.quotes, 'quotation')}, ${plural(model.speakerCount, 'person')} quoted.`)}</p>
<main>
${sections[0]}
<div>
${sections.slice(1).join('\n')}
</div>
</main>
</body>
</html>
`;
}

/** A page with one message (while indexing, or when there is nothing to show). */
export function buildMessageHtml(title: string, message: string, options: ReportPageOptions): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options.cspSource, options.nonce))}">
<title>${escapeHtml(title)}</title><style nonce="${escapeHtml(options.nonce)}">${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1><p class="summary">${escapeHtml(message)}</p></body></html>
`;
}
