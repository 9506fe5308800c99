'use client';
/** The cost panel's inputs (bandwidth, kept tags, deploys a day), remembered in localStorage. */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_BANDWIDTH_MBIT } from '@/lib/size/costs';

export interface CostSettings {
  mbitPerSecond: number;
  tags: number;
  deploysPerDay: number;
}

export const DEFAULT_COST_SETTINGS: CostSettings = { mbitPerSecond: DEFAULT_BANDWIDTH_MBIT, tags: 10, deploysPerDay: 10 };

const KEY = 'layerlab:costs:v1';
const LIMITS: Record<keyof CostSettings, [number, number]> = { mbitPerSecond: [0.1, 100_000], tags: [1, 10_000], deploysPerDay: [0, 100_000] };

function clean(value: unknown): CostSettings {
  const out = { ...DEFAULT_COST_SETTINGS };
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(LIMITS) as (keyof CostSettings)[]) {
    const v = (value as Record<string, unknown>)[key];
    const [lo, hi] = LIMITS[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi) out[key] = v;
  }
  return out;
}

/** Shared by every panel on the page (the Layers view, a lesson): one `storage` event keeps them in step. */
export function useCostSettings(): [CostSettings, (next: Partial<CostSettings>) => void] {
  const [settings, setSettings] = useState<CostSettings>(DEFAULT_COST_SETTINGS);
  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(KEY);
      if (raw) setSettings(clean(JSON.parse(raw)));
    } catch {
      /* storage disabled or junk: defaults */
    }
  }, []);
  const update = useCallback((next: Partial<CostSettings>) => {
    setSettings((current) => {
      const merged = clean({ ...current, ...next });
      try {
        window.localStorage.setItem(KEY, JSON.stringify(merged));
      } catch {
        /* not remembered */
      }
      return merged;
    });
  }, []);
  return [settings, update];
}
