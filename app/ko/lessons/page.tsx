import type { Metadata } from 'next';
import { LessonsIndexView } from '@/components/lessons/LessonsIndexView';

export const metadata: Metadata = {
  title: '레슨 · Layerlab',
  description: 'Docker 이미지를 작고 안전하게 만드는 레슨 여섯 개: 크기가 중요한 이유, 멀티 스테이지 빌드, 레이어, 최소 베이스 이미지, distroless, 보안.',
  alternates: { languages: { en: '/lessons/' } },
};

export default function KoLessonsPage() {
  return <LessonsIndexView lang="ko" />;
}
