import type { Metadata } from 'next';
import { ruleSummaries } from '@/lib/rules/catalog';
import { RulesIndex } from '@/components/rules/RulesIndex';
import { DocShell } from '@/components/rules/DocShell';

export const metadata: Metadata = {
  title: 'Rules · Layerlab',
  description: 'Every check Layerlab makes, with its hadolint, ShellCheck, Docker build-check, Trivy and Checkov equivalents.',
};

export default function RulesPage() {
  return (
    <DocShell>
      <RulesIndex rules={ruleSummaries()} />
    </DocShell>
  );
}
