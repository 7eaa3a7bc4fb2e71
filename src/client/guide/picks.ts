// The questions a leader picked for tonight, kept in this browser only (localStorage), per brief.
const key = (brief: string) => `guide-picks:${brief}`;

export function loadPicks(brief: string): Set<string> {
  try {
    const stored = JSON.parse(localStorage.getItem(key(brief)) ?? '[]') as unknown;
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    // Private modes may refuse storage; picking still works for this visit.
    return new Set();
  }
}

export function savePicks(brief: string, picks: Set<string>): void {
  try {
    localStorage.setItem(key(brief), JSON.stringify([...picks]));
  } catch {
    // Nothing to do: the choice lasts until the page is closed.
  }
}
