import type { Storage, StoreItem, StoreItems } from '../../src/storage/storage';

/** A fresh, empty store for one test, and how to give it back. */
export interface OpenedStore {
  storage: Storage;
  close(): Promise<void>;
}

const withoutETags = (items: StoreItems): Record<string, Omit<StoreItem, 'eTag'>> =>
  Object.fromEntries(Object.entries(items).map(([key, { eTag: _eTag, ...item }]) => [key, item]));

/** Keys that trip stores which put keys into paths, URLs or file names. */
const awkwardKeys = [
  'feedback/2026-01-01T00:00:00.000Z-0a1b2c',
  '../outside',
  '/leading/slash',
  'trailing/',
  'feedback/ä €/..',
  'per%cent%2Fencoded',
  'hash#and?query&amp=1',
  'spaces  and\ttab',
  'back\\slash',
  '.'
];

/**
 * What every store promises the features built on it, run against each store: the file store, the one in memory
 * and the Azure store on Azurite behave alike here, so a feature tested on one works on the others.
 */
export function describeStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`the store contract: ${name}`, () => {
    let opened: OpenedStore;
    let storage: Storage;
    beforeEach(async () => {
      opened = await open();
      storage = opened.storage;
    });
    afterEach(() => opened.close());

    it('reads back what it wrote, with an eTag of its own', async () => {
      const item = { helpful: true, rules: ['applies-to'], count: 3, nested: { text: 'Grüße', none: null } };

      await storage.write({ 'feedback/1': item });
      const { 'feedback/1': first } = await storage.read(['feedback/1']);
      await storage.write({ 'feedback/1': { ...item, count: 4, eTag: first?.eTag } });

      const { 'feedback/1': read } = await storage.read(['feedback/1']);
      expect(first).toEqual({ ...item, eTag: expect.any(String) });
      expect(read).toEqual({ ...item, count: 4, eTag: expect.any(String) });
      expect(read?.eTag).not.toBe(first?.eTag);
    });

    it('leaves out keys that have no item', async () => {
      await storage.write({ present: { value: 1 } });

      expect(Object.keys(await storage.read(['present', 'absent']))).toEqual(['present']);
    });

    it('keeps every one of many writes made at once', async () => {
      const keys = Array.from({ length: 40 }, (_, index) => `feedback/${index}`);

      await Promise.all(keys.map((key, index) => storage.write({ [key]: { index } })));

      const items = await storage.read(keys);
      expect(keys.map((key) => items[key]?.index)).toEqual(keys.map((_, index) => index));
    });

    it('keeps awkward keys apart and gives each back as it was written, by read and by list', async () => {
      await storage.write(Object.fromEntries(awkwardKeys.map((key) => [key, { key }])));

      const read = await storage.read(awkwardKeys);
      const listed = await storage.list('');

      for (const items of [read, listed]) {
        expect(Object.keys(items).sort()).toEqual([...awkwardKeys].sort());
        for (const [key, item] of Object.entries(items)) expect(item.key).toBe(key);
      }
    });

    it('writes over an item when given its current eTag, and without an eTag', async () => {
      await storage.write({ counter: { value: 1 } });
      const { counter } = await storage.read(['counter']);

      await storage.write({ counter: { value: 2, eTag: counter?.eTag } });
      expect((await storage.read(['counter'])).counter?.value).toBe(2);

      await storage.write({ counter: { value: 3 } });
      expect((await storage.read(['counter'])).counter?.value).toBe(3);
    });

    it('refuses a write with a stale eTag with CSP5004, and writes none of the items given with it', async () => {
      await storage.write({ counter: { value: 1 } });
      const { counter } = await storage.read(['counter']);
      await storage.write({ counter: { value: 2 } });

      const write = storage.write({ other: { value: 'new' }, counter: { value: 3, eTag: counter?.eTag } });

      await expect(write).rejects.toMatchObject({ code: 'CSP5004' });
      expect(withoutETags(await storage.read(['other', 'counter']))).toEqual({ counter: { value: 2 } });
    });

    it('refuses a write naming an eTag for a key that has no item', async () => {
      await expect(storage.write({ absent: { value: 1, eTag: 'some-etag' } })).rejects.toMatchObject({ code: 'CSP5004' });
      expect(await storage.read(['absent'])).toEqual({});
    });

    it('lets exactly one of two writes with the same eTag through, so no update is lost', async () => {
      await storage.write({ counter: { value: 0 } });
      const { counter } = await storage.read(['counter']);

      const outcomes = await Promise.allSettled([
        storage.write({ counter: { value: 'first', eTag: counter?.eTag } }),
        storage.write({ counter: { value: 'second', eTag: counter?.eTag } })
      ]);

      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const [refused] = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'CSP5004' });
    });

    it('deletes items, and deleting a key without one is no error', async () => {
      await storage.write({ gone: { value: 1 }, kept: { value: 2 } });

      await storage.delete(['gone', 'never-there']);

      expect(Object.keys(await storage.read(['gone', 'kept']))).toEqual(['kept']);
      expect(Object.keys(await storage.list(''))).toEqual(['kept']);
    });

    it('lists the items whose keys start with the prefix, and nothing else', async () => {
      await storage.write({
        'feedback/a': { value: 'a' },
        'feedback/b/c': { value: 'b/c' },
        feedbackx: { value: 'no slash' },
        'Feedback/upper': { value: 'other case' },
        'expert/q1': { value: 'q1' }
      });

      expect(withoutETags(await storage.list('feedback/'))).toEqual({
        'feedback/a': { value: 'a' },
        'feedback/b/c': { value: 'b/c' }
      });
      expect(Object.keys(await storage.list('expert/')).sort()).toEqual(['expert/q1']);
      expect(await storage.list('nothing/')).toEqual({});
      expect(Object.keys(await storage.list('')).sort()).toEqual(
        ['Feedback/upper', 'expert/q1', 'feedback/a', 'feedback/b/c', 'feedbackx'].sort()
      );
    });

    it('lists with prefixes that need escaping in a URL or a query', async () => {
      await storage.write({ 'per%cent/1': { value: 1 }, 'per%25cent/2': { value: 2 }, "it's/3": { value: 3 } });

      expect(Object.keys(await storage.list('per%cent/'))).toEqual(['per%cent/1']);
      expect(Object.keys(await storage.list("it's/"))).toEqual(["it's/3"]);
    });

    it('lists items with their eTags, which a conditional write accepts', async () => {
      await storage.write({ 'report/state': { value: 1 } });
      const { 'report/state': listed } = await storage.list('report/');

      await storage.write({ 'report/state': { value: 2, eTag: listed?.eTag } });

      expect((await storage.read(['report/state']))['report/state']?.value).toBe(2);
    });

    it('refuses an empty key and one longer than 512 characters with CSP5005', async () => {
      await expect(storage.write({ '': { value: 1 } })).rejects.toMatchObject({ code: 'CSP5005' });
      await expect(storage.write({ ['k'.repeat(513)]: { value: 1 } })).rejects.toMatchObject({ code: 'CSP5005' });
      await storage.write({ ['k'.repeat(512)]: { value: 1 } });
      expect(Object.keys(await storage.read(['k'.repeat(512)]))).toHaveLength(1);
    });
  });
}
