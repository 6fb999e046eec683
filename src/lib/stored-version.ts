// Stored data carries a version; an update of the site brings older data forward one version at a time, so nothing
// a reader saved is lost. A store lists its steps (steps[n] turns version-n data into version n + 1) and calls
// upgrade() on what it parsed; data it cannot bring forward is set aside by the store, never dropped.

export type UpgradeStep = (data: Record<string, unknown>) => Record<string, unknown>;

/** Why stored data could not be read as the current version. */
export type Unreadable = 'foreign' | 'newer' | 'corrupt';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings `data` ({ version: n, ... }) up to `current` through `steps`. Returns the upgraded object (with
 * version: current), 'newer' for data from a later version of the site, 'foreign' for data without a whole-number
 * version or from before the oldest step, and 'corrupt' when a step throws.
 */
export function upgrade(data: unknown, current: number, steps: Readonly<Record<number, UpgradeStep>>): Record<string, unknown> | Unreadable {
  if (!isRecord(data)) return 'foreign';
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return 'foreign';
  if (version > current) return 'newer';
  let upgraded = data;
  for (let from = version; from < current; from++) {
    const step = steps[from];
    if (step === undefined) return 'foreign';
    try {
      upgraded = { ...step(upgraded), version: from + 1 };
    } catch {
      return 'corrupt';
    }
  }
  return upgraded;
}
