// Wall-clock times in a named zone (the show's or the buyer's), which need not be the phone's.

/**
 * The instant a clock in `zone` reads `wall` ('YYYY-MM-DDTHH:MM'), with that day's offset, not
 * today's. A time skipped when clocks go forward lands an hour later; one that happens twice
 * when they go back is the later of the two.
 */
export function zonedInstant(wall, zone) {
  const asUtc = Date.parse(`${wall}:00Z`);
  // The offset at a first guess, then at the corrected instant: the second step settles a
  // guess that fell on the other side of a switch.
  const guess = asUtc - offsetAt(asUtc, zone);
  return new Date(asUtc - offsetAt(guess, zone));
}

const parts = (zone) => new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric',
  month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });

/** How far ahead of UTC the clocks in `zone` are at `ms`, in ms. */
function offsetAt(ms, zone) {
  const p = Object.fromEntries(parts(zone).formatToParts(ms).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}
