/**
 * Strings of the Issues list, the editor's hover and quick fixes, and the share warning. Kept
 * beside these components (not in i18n.ts) so they can change without touching shared files.
 */
import type { Lang } from '../i18n';

const en = {
  filterLabel: 'Show severities',
  filterToggle: '{severity}: {n}',
  fix: 'Fix',
  fixTitle: 'Apply the fix: {title}',
  fixStale: 'The text changed since this was analysed; try again in a moment.',
  rulePage: 'Rule page',
  rulePageFor: 'Rule page for {rule}',
  lesson: 'Lesson',
  aliases: 'Also known as',
  hiddenByFilter: '{n} findings hidden by the severity filter.',
  allFiltered: 'Every finding is hidden by the severity filter.',
  quickFix: 'Fix: {title}',
  // Share: secrets
  secretsTitle: 'This Dockerfile seems to contain secrets',
  secretsBody: 'Anyone with the link can read them. Mask them in the link (each value becomes ***), or share it as it is.',
  secretsLine: 'line {line}',
  secretsMore: 'and {n} more',
  secretsMask: 'Mask and copy',
  secretsAsIs: 'Share as is',
  secretsCancel: 'Cancel',
  secretsMasked: 'Link copied with {n} secrets masked',
  secretsMaskedNotCopied: '{n} secrets masked. Copy this link:',
};

export type IssueStringKey = keyof typeof en;

const ko: Record<IssueStringKey, string> = {
  filterLabel: '표시할 심각도',
  filterToggle: '{severity}: {n}',
  fix: '수정',
  fixTitle: '수정 적용: {title}',
  fixStale: '분석 이후 텍스트가 바뀌었습니다. 잠시 후 다시 시도하세요.',
  rulePage: '규칙 설명',
  rulePageFor: '{rule} 규칙 설명',
  lesson: '강의',
  aliases: '다른 이름',
  hiddenByFilter: '심각도 필터로 {n}개를 숨겼습니다.',
  allFiltered: '심각도 필터로 모든 항목을 숨겼습니다.',
  quickFix: '수정: {title}',
  secretsTitle: '이 Dockerfile에 비밀 값이 들어 있는 것 같습니다',
  secretsBody: '링크를 가진 사람은 누구나 볼 수 있습니다. 링크에서 가리거나(각 값이 ***가 됨) 그대로 공유하세요.',
  secretsLine: '{line}번째 줄',
  secretsMore: '외 {n}개',
  secretsMask: '가리고 복사',
  secretsAsIs: '그대로 공유',
  secretsCancel: '취소',
  secretsMasked: '비밀 값 {n}개를 가린 링크를 복사했습니다',
  secretsMaskedNotCopied: '비밀 값 {n}개를 가렸습니다. 이 링크를 복사하세요:',
};

const TABLE: Record<Lang, Record<IssueStringKey, string>> = { en, ko };

export type IssueTranslate = (key: IssueStringKey, vars?: Record<string, string | number>) => string;

export function issueStrings(lang: Lang): IssueTranslate {
  const table = TABLE[lang] ?? en;
  return (key, vars) => {
    let s = table[key] ?? en[key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}

/** The page language as preferences-init.js / the provider set it on <html> (for non-React code). */
export function documentLang(): Lang {
  return typeof document !== 'undefined' && document.documentElement.lang === 'ko' ? 'ko' : 'en';
}
