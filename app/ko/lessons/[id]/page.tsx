import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonView } from '@/components/lessons/LessonView';
import { getLesson, isLessonId, lessonPath, LESSON_IDS } from '@/lib/lessons';

export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return LESSON_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  if (!isLessonId(id)) return {};
  const lesson = getLesson(id, 'ko');
  return { title: `${lesson.title} · Layerlab 레슨`, description: lesson.summary, alternates: { languages: { en: lessonPath(id, 'en') } } };
}

export default async function KoLessonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isLessonId(id)) notFound();
  return <LessonView id={id} lang="ko" />;
}
