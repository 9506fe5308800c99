/** Interface strings of the lesson pages (the prose lives in en.ts and ko.ts). */
import type { Severity } from '../types';
import type { LessonLang } from './types';

export interface LessonUi {
  lessons: string;
  lessonsIntro: string;
  lessonN: (n: number) => string;
  playground: string;
  rules: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  before: string;
  after: string;
  alternative: string;
  openInPlayground: string;
  openTab: { issues: string; layers: string; optimized: string };
  estimate: string;
  onDisk: string;
  compressed: string;
  range: string;
  whatLayerlabSays: string;
  topFindings: string;
  noFindings: string;
  moreFindings: (n: number) => string;
  optimizerOutput: string;
  optimizerSays: (size: string) => string;
  severity: Record<Severity, string>;
  keyPoints: string;
  relatedRules: string;
  prev: string;
  next: string;
  allLessons: string;
  estimateNote: string;
  calculator: {
    title: string;
    bandwidth: string;
    tags: string;
    deploys: string;
    nodes: string;
    storagePrice: string;
    transferPrice: string;
    pullTime: string;
    storage: string;
    transfer: string;
    monthlyCost: string;
    image: string;
    before: string;
    after: string;
    note: string;
  };
}

export const LESSON_UI: Record<LessonLang, LessonUi> = {
  en: {
    lessons: 'Lessons',
    lessonsIntro:
      'Six short lessons that follow the source article: why image size matters, then the techniques that make a Docker image small and safe. Every example opens in the playground, and every figure on these pages comes from Layerlab’s own estimator.',
    lessonN: (n) => `Lesson ${n}`,
    playground: 'Playground',
    rules: 'Rules',
    switchLanguage: '한국어',
    switchLanguageLabel: 'Read this page in Korean',
    before: 'Before',
    after: 'After',
    alternative: 'Also works',
    openInPlayground: 'Open in the playground',
    openTab: { issues: 'Issues', layers: 'Layers', optimized: 'Optimized' },
    estimate: 'Estimated image',
    onDisk: 'on disk',
    compressed: 'compressed',
    range: 'likely range',
    whatLayerlabSays: 'What Layerlab says about these files',
    topFindings: 'Top findings in the “before” file',
    noFindings: 'No findings.',
    moreFindings: (n) => `and ${n} more in the playground`,
    optimizerOutput: 'What the optimizer recommends for the “before” file',
    optimizerSays: (size) => `Estimated at ${size} after its changes:`,
    severity: { error: 'error', warning: 'warning', info: 'info', style: 'style' },
    keyPoints: 'Key points',
    relatedRules: 'Rules this lesson teaches',
    prev: 'Previous',
    next: 'Next',
    allLessons: 'All lessons',
    estimateNote:
      'Estimates, not measurements: Layerlab never builds the image. Files it cannot see (requirements, the build context) are counted at typical sizes.',
    calculator: {
      title: 'Cost calculator',
      bandwidth: 'Bandwidth (Mbit/s)',
      tags: 'Tags kept in the registry',
      deploys: 'Deploys per day',
      nodes: 'Machines pulling each deploy',
      storagePrice: 'Storage price ($ per GB-month)',
      transferPrice: 'Transfer price ($ per GB)',
      pullTime: 'Pull time',
      storage: 'Registry storage',
      transfer: 'Transfer per month',
      monthlyCost: 'Cost per month',
      image: 'Image',
      before: 'Article’s example',
      after: 'Slimmed',
      note: 'Compressed sizes (what is downloaded). Example prices; put in your provider’s. Pulls are counted without a warm cache.',
    },
  },
  ko: {
    lessons: '레슨',
    lessonsIntro:
      '원문 글의 흐름을 따라가는 짧은 레슨 여섯 개입니다. 이미지 크기가 왜 중요한지부터 시작해 Docker 이미지를 작고 안전하게 만드는 기법을 차례로 다룹니다. 모든 예제는 플레이그라운드에서 바로 열 수 있고, 페이지에 나오는 수치는 모두 Layerlab 추정기가 계산한 값입니다.',
    lessonN: (n) => `레슨 ${n}`,
    playground: '플레이그라운드',
    rules: '규칙',
    switchLanguage: 'English',
    switchLanguageLabel: '이 페이지를 영어로 보기',
    before: '변경 전',
    after: '변경 후',
    alternative: '이 방법도 동작합니다',
    openInPlayground: '플레이그라운드에서 열기',
    openTab: { issues: '문제', layers: '레이어', optimized: '최적화' },
    estimate: '추정 이미지 크기',
    onDisk: '디스크',
    compressed: '압축',
    range: '예상 범위',
    whatLayerlabSays: '이 파일들에 대한 Layerlab의 분석',
    topFindings: '“변경 전” 파일의 주요 문제',
    noFindings: '발견된 문제가 없습니다.',
    moreFindings: (n) => `외 ${n}개는 플레이그라운드에서 확인하세요`,
    optimizerOutput: '“변경 전” 파일에 대한 최적화 제안',
    optimizerSays: (size) => `제안을 모두 적용하면 약 ${size}로 추정됩니다:`,
    severity: { error: '오류', warning: '경고', info: '정보', style: '스타일' },
    keyPoints: '핵심 정리',
    relatedRules: '이 레슨과 관련된 규칙',
    prev: '이전',
    next: '다음',
    allLessons: '전체 레슨',
    estimateNote:
      '측정값이 아니라 추정값입니다. Layerlab은 이미지를 실제로 빌드하지 않으며, 보이지 않는 파일(requirements, 빌드 컨텍스트)은 일반적인 크기로 계산합니다.',
    calculator: {
      title: '비용 계산기',
      bandwidth: '대역폭 (Mbit/s)',
      tags: '레지스트리에 보관하는 태그 수',
      deploys: '하루 배포 횟수',
      nodes: '배포마다 pull하는 머신 수',
      storagePrice: '저장 요금 ($/GB·월)',
      transferPrice: '전송 요금 ($/GB)',
      pullTime: 'pull 시간',
      storage: '레지스트리 저장 용량',
      transfer: '월간 전송량',
      monthlyCost: '월 비용',
      image: '이미지',
      before: '원문 글의 예제',
      after: '가볍게 만든 버전',
      note: '압축 크기(실제로 내려받는 크기) 기준입니다. 요금은 예시이니 사용하는 서비스의 요금을 넣어 보세요. pull은 캐시가 없는 상태로 계산합니다.',
    },
  },
};
