/**
 * The floor bot's one reply. It has the shape and about the size of a typical answer card of ours
 * (verdict line, summary, a quoted passage, what to do, the source, buttons), so the comparison
 * measures what our bot does per message, not how many bytes a reply carries.
 * The bench reports both sizes.
 */
const passage =
  'This passage stands in for a rule quoted word for word. It is fixed text, the same for every message, ' +
  'long enough to make the card about as large as the answers our bot sends, and it says nothing about any policy. ';

export const floorCard = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  fallbackText: 'Fixed answer from the floor bot.',
  speak: 'Fixed answer from the floor bot.',
  msteams: { width: 'Full' },
  body: [
    {
      type: 'Container',
      id: 'verdict',
      style: 'good',
      bleed: true,
      items: [{ type: 'TextBlock', text: '✓ Fixed answer', style: 'heading', size: 'Large', weight: 'Bolder', wrap: true }]
    },
    { type: 'TextBlock', id: 'summary', text: 'Every message gets this same card.', size: 'Medium', wrap: true },
    {
      type: 'Container',
      id: 'why',
      spacing: 'Large',
      items: [
        { type: 'TextBlock', text: 'Why', style: 'heading', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: 'A fixed rule title', weight: 'Bolder', wrap: true },
        {
          type: 'Container',
          style: 'emphasis',
          items: [1, 2, 3, 4].map((n) => ({ type: 'TextBlock', text: `${n}. ${passage.repeat(3)}`, wrap: true }))
        }
      ]
    },
    {
      type: 'Container',
      id: 'what-to-do',
      spacing: 'Large',
      items: [
        { type: 'TextBlock', text: 'What to do', style: 'heading', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: passage, wrap: true }
      ]
    },
    {
      type: 'ColumnSet',
      id: 'source',
      columns: [
        { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: 'Source', weight: 'Bolder' }] },
        { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: 'A fixed page, 1 January 2025', wrap: true }] }
      ]
    },
    {
      type: 'Container',
      id: 'question',
      items: [
        { type: 'TextBlock', text: 'Your question', isSubtle: true, size: 'Small' },
        { type: 'TextBlock', text: 'The same for everyone', wrap: true }
      ]
    }
  ],
  actions: [
    { type: 'Action.OpenUrl', title: 'Open the source', url: 'https://example.com/fixed-source' },
    { type: 'Action.Submit', title: 'A follow-up question', data: { action: 'ask', v: 1, question: 'fixed follow-up' } },
    { type: 'Action.Execute', title: 'Helpful', verb: 'feedback', data: { helpful: true } },
    { type: 'Action.Execute', title: 'Not helpful', verb: 'feedback', data: { helpful: false } }
  ]
};
