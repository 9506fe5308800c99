'use client';
/**
 * The cost calculator of the why-size lesson: pull time, registry storage and monthly transfer
 * for the article's example and its slimmed version, from lib/size/costs. The sizes come from
 * the server (computed with the estimator at build time); only the arithmetic runs here.
 */
import { useId, useState } from 'react';
import { monthlyTransferBytes, pullSeconds, registryStorageBytes } from '@/lib/size/costs';
import { LESSON_UI } from '@/lib/lessons/ui';
import { formatBytes } from '@/components/format';
import { NumberField } from '@/components/NumberField';
import type { LessonLang } from '@/lib/lessons/types';

export interface CalculatorImage {
  /** compressed bytes of the whole image */
  compressedBytes: number;
  /** compressed bytes above the base image (what each new tag stores again) */
  changedBytes: number;
}

const GB = 1e9;

function duration(seconds: number, lang: LessonLang): string {
  if (!Number.isFinite(seconds)) return '∞';
  const nf = (v: number, d = 0) => new Intl.NumberFormat(lang, { maximumFractionDigits: d }).format(v);
  if (seconds < 60) return lang === 'ko' ? `${nf(seconds, 1)}초` : `${nf(seconds, 1)} s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return lang === 'ko' ? `${nf(m)}분 ${s}초` : `${nf(m)} min ${s} s`;
}

function money(v: number, lang: LessonLang): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: v < 10 ? 2 : 0 }).format(v);
}

export function CostCalculator({ lang, before, after }: { lang: LessonLang; before: CalculatorImage; after: CalculatorImage }) {
  const ui = LESSON_UI[lang].calculator;
  const [mbit, setMbit] = useState(100);
  const [tags, setTags] = useState(20);
  const [deploys, setDeploys] = useState(10);
  const [nodes, setNodes] = useState(5);
  const [storagePrice, setStoragePrice] = useState(0.1);
  const [transferPrice, setTransferPrice] = useState(0.09);
  const sliderId = useId();

  const row = (img: CalculatorImage) => {
    const storage = registryStorageBytes(img.compressedBytes, tags, img.changedBytes);
    const transfer = monthlyTransferBytes(img.compressedBytes, deploys, nodes);
    return {
      pull: pullSeconds(img.compressedBytes, mbit),
      storage,
      transfer,
      cost: (storage / GB) * storagePrice + (transfer / GB) * transferPrice,
    };
  };
  const rows = [
    { name: ui.before, img: before, r: row(before) },
    { name: ui.after, img: after, r: row(after) },
  ];

  return (
    <section className="rounded-lg border border-border bg-surface p-4 sm:p-5" aria-labelledby={`${sliderId}-title`} data-testid="cost-calculator">
      <h3 id={`${sliderId}-title`} className="text-lg font-bold">
        {ui.title}
      </h3>
      <div className="mt-3 flex flex-col gap-1">
        <label htmlFor={sliderId} className="text-sm text-muted">
          {ui.bandwidth}: <strong className="font-mono text-fg">{mbit}</strong>
        </label>
        <input id={sliderId} type="range" min={1} max={1000} step={1} value={mbit} onChange={(e) => setMbit(Number(e.target.value))} className="w-full accent-[var(--accent)]" data-testid="bandwidth" />
      </div>
      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
        <NumberField size="large" label={ui.tags} value={tags} onCommit={setTags} min={1} max={10000} step={1} />
        <NumberField size="large" label={ui.deploys} value={deploys} onCommit={setDeploys} min={0} max={10000} step={1} />
        <NumberField size="large" label={ui.nodes} value={nodes} onCommit={setNodes} min={1} max={10000} step={1} />
        <NumberField size="large" label={ui.storagePrice} value={storagePrice} onCommit={setStoragePrice} min={0} max={100} step={0.01} />
        <NumberField size="large" label={ui.transferPrice} value={transferPrice} onCommit={setTransferPrice} min={0} max={100} step={0.01} />
      </div>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[32rem] text-left text-sm sm:text-base">
          <thead>
            <tr className="border-b border-border text-muted">
              <th scope="col" className="py-2 pr-3 font-medium">{ui.image}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{ui.pullTime}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{ui.storage}</th>
              <th scope="col" className="py-2 pr-3 font-medium">{ui.transfer}</th>
              <th scope="col" className="py-2 font-medium">{ui.monthlyCost}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ name, img, r }) => (
              <tr key={name} className="border-b border-border last:border-0">
                <th scope="row" className="py-2 pr-3 font-semibold">
                  {name}
                  <span className="block text-xs font-normal text-muted">{formatBytes(img.compressedBytes, lang)}</span>
                </th>
                <td className="py-2 pr-3 font-mono" data-testid="pull-time">{duration(r.pull, lang)}</td>
                <td className="py-2 pr-3 font-mono">{formatBytes(r.storage, lang)}</td>
                <td className="py-2 pr-3 font-mono">{formatBytes(r.transfer, lang)}</td>
                <td className="py-2 font-mono">{money(r.cost, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-muted">{ui.note}</p>
    </section>
  );
}
