import { CodeText } from '../CodeText';

/** A paragraph of lesson prose: `backticks` become inline code. */
export function Prose({ text, className }: { text: string; className?: string }) {
  return (
    <p className={className ?? 'max-w-prose text-base leading-relaxed sm:text-lg'}>
      <CodeText text={text} />
    </p>
  );
}
