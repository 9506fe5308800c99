import { highlightDockerfile, type TokenKind } from '@/lib/lessons/highlight';

const TOKEN_CLASS: Record<TokenKind, string> = {
  keyword: 'font-semibold text-accent',
  comment: 'italic text-muted',
  flag: 'text-sev-style',
  string: 'text-sev-warning',
  variable: 'text-sev-info',
  plain: '',
};

/** A Dockerfile as highlighted, copyable text (server-rendered; no editor on lesson pages). */
export function DockerfileCode({ text, label }: { text: string; label?: string }) {
  const lines = highlightDockerfile(text);
  return (
    <pre className="overflow-x-auto p-3 font-mono text-sm leading-relaxed sm:text-[0.95rem]" aria-label={label} tabIndex={0}>
      <code data-testid="dockerfile">
        {lines.map((tokens, i) => (
          <span key={i}>
            {tokens.map((t, j) =>
              t.kind === 'plain' ? (
                t.text
              ) : (
                <span key={j} className={TOKEN_CLASS[t.kind]}>
                  {t.text}
                </span>
              ),
            )}
            {i < lines.length - 1 ? '\n' : ''}
          </span>
        ))}
      </code>
    </pre>
  );
}
