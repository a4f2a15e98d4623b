/** Values made on first use and kept by a key that names everything they are made from; the oldest go beyond a bound. */
export class Kept<Value, Key extends string | number = string> {
  private readonly values = new Map<Key, Value>();

  constructor(private readonly limit: number) {}

  get(key: Key, make: () => Value): Value {
    const found = this.values.get(key);
    if (found !== undefined) return found;
    const made = make();
    if (this.values.size >= this.limit) this.values.delete(this.values.keys().next().value as Key);
    this.values.set(key, made);
    return made;
  }

  /** Drops the value kept under the key, if it is still this one. */
  forget(key: Key, value: Value): void {
    if (this.values.get(key) === value) this.values.delete(key);
  }
}
