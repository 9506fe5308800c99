import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ALL_RULES } from '@/lib/rules/registry';
import { aliasSlugs, findRule } from '@/lib/rules/catalog';
import { RuleDoc } from '@/components/rules/RuleDoc';
import { DocShell } from '@/components/rules/DocShell';

export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return [...ALL_RULES.map((r) => r.id), ...aliasSlugs()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const rule = findRule((await params).id);
  if (!rule) return {};
  return { title: `${rule.title} (${rule.id}) · Layerlab rules`, description: rule.explanation };
}

export default async function RulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const rule = findRule(id);
  if (!rule) notFound();
  return (
    <DocShell>
      <RuleDoc rule={rule} requested={id} />
    </DocShell>
  );
}
