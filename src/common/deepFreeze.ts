/**
 * Freezes a value and everything it holds, for objects made once and then shared between many answers: a reader
 * that tries to change one fails at once instead of changing it for everyone after.
 */
export function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
