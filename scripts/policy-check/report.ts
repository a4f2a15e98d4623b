/** The policy check's report, short enough to read in a terminal or a CI log. */
import type { Comparison } from './compare';
import type { Page } from './page';

const formats: Record<Page['format'], string> = { 'learn-html': 'Learn HTML', markdown: 'Markdown' };
const languageNames = { en: 'English', de: 'German' } as const;

function indent(text: string, by = '      '): string {
  return text
    .split('\n')
    .map((line) => `${by}${line}`)
    .join('\n');
}

export function report(name: string, storedName: string, page: Page, comparison: Comparison): string {
  const { quotes, appliesTo, newText, date } = comparison;
  const languages = page.languages.map((language) => languageNames[language]).join(' and ');
  const lines = [`Policy check of ${name} (${formats[page.format]}, ${languages}) against ${storedName}`];

  if (date.page === undefined) lines.push(`  Page date: not in this copy (stored: ${date.stored})`);
  else if (date.page === date.stored) lines.push(`  Page date: ${date.page}, unchanged`);
  else lines.push(`  Page date: ${date.stored} → ${date.page} (set source.pageDate once the text is reviewed)`);

  const still = quotes.filter((finding) => finding.state === 'still');
  lines.push(`  Quotes: ${still.length} of ${quotes.length} unchanged word for word`);
  for (const finding of quotes) {
    const where = `${finding.rule} (${finding.language})`;
    if (finding.state === 'still') lines.push(`    ✓ ${where}`);
    else if (finding.state === 'gone') lines.push(`    ✗ ${where}: no longer on the page`, indent(`was: ${finding.quote}`));
    else lines.push(`    ✗ ${where}: changed`, indent(`now:  ${finding.now ?? ''}`), indent(`diff: ${finding.wordDiff ?? ''}`));
  }

  for (const finding of appliesTo) {
    const label = `  Applies to (${finding.language}): `;
    if (finding.state === 'same') lines.push(`${label}unchanged (${finding.now.join('; ')})`);
    else if (finding.state === 'missing') lines.push(`${label}✗ the list is not on the page (was: ${finding.before.join('; ')})`);
    else lines.push(`${label}✗ changed`, indent(`was: ${finding.before.join('; ')}`), indent(`now: ${finding.now.join('; ')}`));
  }

  if (newText.length === 0) lines.push('  New text to review: none');
  else {
    lines.push(`  New text to review: ${newText.length}`);
    for (const text of newText) {
      const mark = text.kind === 'heading' ? '✗ new section' : text.aboutCommunication ? '✗ about customer communication' : '· other';
      lines.push(`    ${mark} (${text.language}): ${text.text}`);
    }
  }

  lines.push(
    comparison.unchanged
      ? '  Result: UNCHANGED: every quote still stands'
      : '  Result: CHANGED: review the page and update the policy data and the stored page (docs/POLICY-UPDATES.md)'
  );
  return lines.join('\n');
}

/** One line per thing that changed, for the status file. */
export function statusFindings(name: string, comparison: Comparison): string[] {
  return [
    ...comparison.quotes
      .filter((finding) => finding.state !== 'still')
      .map((finding) => `${name}: quote of ${finding.rule} (${finding.language}) ${finding.state}`),
    ...comparison.appliesTo
      .filter((finding) => finding.state !== 'same')
      .map((finding) => `${name}: applies-to list (${finding.language}) ${finding.state}`),
    ...comparison.newText
      .filter((text) => text.kind === 'heading' || text.aboutCommunication)
      .map((text) => `${name}: new ${text.kind === 'heading' ? 'section' : 'text'} (${text.language}): ${text.text}`)
  ];
}
