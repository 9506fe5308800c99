'use client';
/** The searchable list of rules: by id, title or any alias (a search for DL3009 finds its rule). */
import { useMemo, useState } from 'react';
import { CATEGORY_ORDER, type RuleSummary } from '@/lib/rules/summary';
import { SeverityIcon } from '@/components/SeverityIcon';

export function RulesIndex({ rules }: { rules: RuleSummary[] }) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return rules;
    return rules.filter((r) => r.id.includes(q) || r.title.toLowerCase().includes(q) || r.aliases.some((a) => a.toLowerCase().includes(q)));
  }, [rules, query]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Rules</h1>
        <p className="max-w-prose text-muted">
          {rules.length} checks for size, cache use, security, correctness and style. Each names its hadolint, ShellCheck,
          Docker build-check, Trivy or Checkov equivalent, so you can search by those codes too.
        </p>
        <label htmlFor="rule-search" className="sr-only">
          Search rules
        </label>
        <input
          id="rule-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search: DL3009, apt, secrets…"
          className="h-10 w-full max-w-md rounded-md border border-border bg-surface px-3 text-base"
        />
        <p className="text-sm text-muted" aria-live="polite">
          {shown.length === rules.length ? `${rules.length} rules` : `${shown.length} of ${rules.length} rules match`}
        </p>
      </div>
      {CATEGORY_ORDER.map((cat) => {
        const list = shown.filter((r) => r.category === cat);
        if (!list.length) return null;
        return (
          <section key={cat} aria-labelledby={`cat-${cat}`}>
            <h2 id={`cat-${cat}`} className="mb-2 text-lg font-semibold capitalize">
              {cat} <span className="text-sm font-normal text-muted">({list.length})</span>
            </h2>
            <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
              {list.map((r) => (
                <li key={r.id}>
                  <a href={`/rules/${r.id}/`} className="flex items-start gap-3 px-3 py-2.5 hover:bg-surface-2">
                    <SeverityIcon severity={r.severity} className="mt-0.5" />
                    <span className="sr-only">{r.severity}</span>
                    <span className="min-w-0 flex-1">
                      <span className="block font-medium">{r.title}</span>
                      <span className="block truncate font-mono text-xs text-muted">
                        {r.id}
                        {r.aliases.length ? ` · ${r.aliases.join(', ')}` : ''}
                        {r.enabledByDefault ? '' : ' · off by default'}
                      </span>
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
