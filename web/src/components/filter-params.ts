import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filter kept in the address: each key is read from its search
 * parameter (`{ q: 'q', kind: 'type' }`), edited as a draft, and written back
 * trimmed (empty ones left out) when applied, which also returns to page 1.
 */
export function useFilterParams<K extends string>(names: Record<K, string>) {
  const [params, setParams] = useSearchParams();
  const entries = Object.entries(names) as [K, string][];
  const filter = Object.fromEntries(entries.map(([key, name]) => [key, params.get(name) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(filter);

  const apply = (next: Record<K, string>) => {
    const search = new URLSearchParams();
    for (const [key, name] of entries) {
      const value = next[key].trim();
      if (value) search.set(name, value);
    }
    setParams(search);
  };
  const set = (key: K) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  return { filter, page, draft, setDraft, set, apply, submit: () => apply(draft) };
}
