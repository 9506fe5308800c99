/** Text whose `backticked` parts are code, as messages, explanations and lesson prose are written. */
export function CodeText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        part.length > 1 && part.startsWith('`') && part.endsWith('`') ? (
          <code key={i} className="rounded bg-surface-2 px-1 py-0.5 font-mono text-[0.9em] break-words">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** The same text for an aria-label or a title, where markup cannot go: the backticks are dropped. */
export function plainText(text: string): string {
  return text.replace(/`([^`]+)`/g, '$1');
}
