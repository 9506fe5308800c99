'use client';
/**
 * Two panes with a drag handle between them (pointer or keyboard: arrows, Home, End).
 * Below the md breakpoint the panes stack and the handle hides: phones scroll instead.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

const MIN = 20;
const MAX = 80;
const STEP = 2;

interface Props {
  left: ReactNode;
  right: ReactNode;
  handleLabel: string;
  handleId?: string;
}

export function SplitPane({ left, right, handleLabel, handleId }: Props) {
  const [percent, setPercent] = useState(50);
  const container = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const clamp = (value: number) => Math.min(MAX, Math.max(MIN, value));

  const onPointerDown = useCallback((e: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
  }, []);
  const onPointerMove = useCallback((e: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current || !container.current) return;
    const rect = container.current.getBoundingClientRect();
    setPercent(clamp(((e.clientX - rect.left) / rect.width) * 100));
  }, []);
  const onPointerUp = useCallback((e: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    e.currentTarget.releasePointerCapture(e.pointerId);
  }, []);
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    const next: Record<string, (p: number) => number> = {
      ArrowLeft: (p) => p - STEP,
      ArrowRight: (p) => p + STEP,
      Home: () => MIN,
      End: () => MAX,
    };
    const move = next[e.key];
    if (move) {
      e.preventDefault();
      setPercent((p) => clamp(move(p)));
    }
  }, []);

  return (
    <div ref={container} className="flex min-h-0 flex-1 flex-col md:flex-row" style={{ ['--split' as string]: `${percent}%` }}>
      <div className="flex h-[55vh] min-h-0 min-w-0 flex-col md:h-auto md:shrink-0 md:basis-[var(--split)]">{left}</div>
      <div
        id={handleId}
        role="separator"
        aria-orientation="vertical"
        aria-label={handleLabel}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        aria-valuenow={Math.round(percent)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onKeyDown={onKeyDown}
        onDoubleClick={() => setPercent(50)}
        className="split-handle group relative hidden w-2 shrink-0 cursor-col-resize items-center justify-center bg-surface-2 hover:bg-border md:flex"
      >
        <span className="h-10 w-1 rounded-full bg-border group-hover:bg-muted" aria-hidden />
      </div>
      <div className="flex min-h-[70vh] min-w-0 flex-1 flex-col border-t border-border md:min-h-0 md:border-t-0">{right}</div>
    </div>
  );
}
