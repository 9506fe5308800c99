import type { Metadata } from 'next';
import { LessonsIndexView } from '@/components/lessons/LessonsIndexView';

export const metadata: Metadata = {
  title: 'Lessons · Layerlab',
  description: 'Six lessons on making Docker images small and safe: why size matters, multi-stage builds, layers, minimal bases, distroless and security.',
  alternates: { languages: { ko: '/ko/lessons/' } },
};

export default function LessonsPage() {
  return <LessonsIndexView lang="en" />;
}
